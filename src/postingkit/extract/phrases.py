"""Finding known names (countries, languages) in text by looking words up in a table: no giant
regex to compile at start-up, and one dictionary probe per word instead of hundreds of alternatives."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Generic, TypeVar

from .. import patterns as rx  # re.compile, from a per-machine cache of compiled patterns

_TOKEN = rx.compile(r"[\w'’&]+(?:[.\-][\w'’&]+)*")
# French elision: "l'anglais", "d'Italie" name English and Italy after the article or preposition
_ELIDED = rx.compile(r"^(?:l|d|qu|j|n|s|c)'(?=\w)")
V = TypeVar("V")


@dataclass(frozen=True)
class PhraseMatch(Generic[V]):
    start: int
    end: int
    phrase: str  # lower case, words joined by single spaces
    value: V


class PhraseTable(Generic[V]):
    """Lower-case phrases of one or more words -> values; finds the longest phrase at each word.

    >>> table = PhraseTable({"bosnia and herzegovina": "BA", "bosnia": "BA", "kosovo": "XK"})
    >>> [(m.phrase, m.value) for m in table.find("in Bosnia and Herzegovina, Kosovo-based")]
    [('bosnia and herzegovina', 'BA')]
    """

    def __init__(self, phrases: Mapping[str, V]) -> None:
        # most names are plain lower-case words ("tchad", "south sudan"): those need no tokenising (a cold start
        # builds the country table, ~1,600 names, on its first notice)
        self.phrases = {(k if k.islower() and k.replace(" ", "").isalpha() else self.normalize(k)): v
                        for k, v in phrases.items()}
        self.longest: dict[str, int] = {}
        for phrase in self.phrases:
            first = phrase.split(" ")[0]
            self.longest[first] = max(self.longest.get(first, 1), phrase.count(" ") + 1)

    @staticmethod
    def normalize(phrase: str) -> str:
        # with the elision dropped as find() drops it: "côte d'ivoire" is looked up as "côte ivoire"
        return " ".join(_ELIDED.sub("", token) for token in _TOKEN.findall(phrase.lower().replace("’", "'")))

    def find(self, text: str) -> list[PhraseMatch[V]]:
        """
        >>> [m.value for m in PhraseTable({"anglais": "en", "italie": "IT"}).find("de l'anglais, d’Italie")]
        ['en', 'IT']
        """
        lowered = text.lower().replace("’", "'")
        words = _TOKEN.findall(lowered)
        if self.longest.keys().isdisjoint(words) and ("'" not in lowered or self.longest.keys().isdisjoint(
                _ELIDED.sub("", word) for word in words)):
            return []  # most texts name nothing in the table: one pass in C says so
        tokens = [_without_elision(m.start(), m.end(), m.group(0).lower().replace("’", "'"))
                  for m in _TOKEN.finditer(text)]
        found: list[PhraseMatch[V]] = []
        i = 0
        while i < len(tokens):
            longest = self.longest.get(tokens[i][2])
            if longest is None:
                i += 1
                continue
            for n in range(min(longest, len(tokens) - i), 0, -1):
                phrase = " ".join(t[2] for t in tokens[i:i + n])
                if phrase in self.phrases:
                    found.append(PhraseMatch(tokens[i][0], tokens[i + n - 1][1], phrase, self.phrases[phrase]))
                    i += n
                    break
            else:
                i += 1
        return found


def _without_elision(start: int, end: int, token: str) -> tuple[int, int, str]:
    m = _ELIDED.match(token)
    return (start + m.end(), end, token[m.end():]) if m else (start, end, token)
