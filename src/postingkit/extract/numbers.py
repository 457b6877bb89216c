"""Numbers written in figures or as words, from the lexicon's number entries (one table for every field)."""
from __future__ import annotations

from ..lexicon import entries, or_regex

NUMBER_WORDS: dict[str, int] = {word: int(e.means) for e in entries("numbers")  # type: ignore[call-overload]
                                for word in e.words}
# a word only as a whole word: "often" holds "ten"
WORD_NUMBER = r"\b" + or_regex(NUMBER_WORDS) + r"\b"


def number_value(token: str) -> float:
    """
    >>> number_value("Five"), number_value("12"), number_value("2.5"), number_value("twenty-four")
    (5, 12.0, 2.5, 24)
    """
    word = " ".join(token.lower().split())
    return NUMBER_WORDS[word] if word in NUMBER_WORDS else float(token)
