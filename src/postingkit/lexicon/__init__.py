"""Vocabulary as data. One folder per language (en/, fr/, es/, de/, and the region's hbs/ sq/ mk/ uk/
bg/), the same file names in each, and mul/ (ISO 639 "multiple languages") for what no one language owns
(symbols). A file holds literals only: `ENTRIES`, a list of dicts, each with an `id`, what it means, the
words or pattern it matches, and `examples` and `not` (negative examples) that tests/test_lexicon.py runs
through the code that uses the entry. The regexes and pre-filters of every field are built here from the
entries, so a word is spelled once; a new phrasing is one entry, a new language one folder.

`python -m postingkit.lexicon` merges the folders into _merged.py, the one module loaded at start-up
(~1.5 ms): plain Python literals read from the bytecode cache, where TOML or YAML would be parsed on
every start."""
from __future__ import annotations

import importlib
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

_HERE = os.path.dirname(__file__)
# every folder is a language: adding one is adding a folder. mul/ and English first, where order matters
# (an alternation tries its first entries first), then the others by name
LANGUAGES = ("mul", "en") + tuple(sorted(
    name for name in os.listdir(_HERE)
    if name not in ("mul", "en", "__pycache__") and os.path.isdir(os.path.join(_HERE, name))))
_KEYS = frozenset({"id", "means", "words", "pattern", "hints", "starts", "examples", "not", "note"})


@dataclass(frozen=True)
class Entry:
    id: str
    lang: str
    means: object  # what the words mean: a section and requirement, a currency code, a period, a number
    words: tuple[str, ...] = ()  # literal phrases, lower case
    pattern: str | None = None  # a regex where words cannot say it
    hints: tuple[str, ...] = ()  # plain substrings, one of which every match holds: the pre-filter
    starts: tuple[str, ...] = ()  # where a match can begin (lower case), for patterns tried only there
    examples: tuple[str, ...] = ()
    counter_examples: tuple[str, ...] = ()

    def regex(self) -> str:
        """The entry as one regex alternative: its pattern, or its words as literals."""
        return self.pattern if self.pattern is not None else or_regex(self.words)


def entries(kind: str) -> list[Entry]:
    """Every language's entries of one kind (headings, currencies, pay_words ...), in LANGUAGES order,
    from the merged module (`python -m postingkit.lexicon` writes it from the folders)."""
    from ._merged import ENTRIES

    return [_entry(raw, lang, kind) for lang, raw in ENTRIES.get(kind, [])]


def merged_from_folders() -> dict[str, list[tuple[str, dict]]]:
    """kind -> [(language, entry), ...] read from the language folders themselves."""
    kinds = sorted({name[:-3] for lang in LANGUAGES for name in os.listdir(os.path.join(_HERE, lang))
                    if name.endswith(".py") and name != "__init__.py"})
    merged: dict[str, list[tuple[str, dict]]] = {}
    for kind in kinds:
        for lang in LANGUAGES:
            try:
                module = importlib.import_module(f"{__name__}.{lang}.{kind}")
            except ModuleNotFoundError as exc:
                if exc.name != f"{__name__}.{lang}.{kind}":
                    raise
                continue
            merged.setdefault(kind, []).extend((lang, raw) for raw in module.ENTRIES)
    return merged


def _entry(raw: dict, lang: str, kind: str) -> Entry:
    unknown = set(raw) - _KEYS
    if unknown or "id" not in raw or "means" not in raw or ("words" in raw) == ("pattern" in raw):
        raise ValueError(f"lexicon {lang}/{kind}.py entry {raw.get('id')!r}: needs id, means and one of "
                         f"words or pattern; unknown keys {sorted(unknown)}")
    words = tuple(raw.get("words", ()))
    return Entry(id=f"{lang}.{kind}.{raw['id']}", lang=lang, means=raw["means"], words=words,
                 pattern=raw.get("pattern"), hints=tuple(raw.get("hints", words)), starts=tuple(raw.get("starts", ())),
                 examples=tuple(raw.get("examples", ())), counter_examples=tuple(raw.get("not", ())))


def or_regex(words: Iterable[str]) -> str:
    """Literal words as one alternation, longest first so "swiss francs" wins over "swiss franc";
    spaces match any run of white space.

    >>> or_regex(["euro", "euros", "swiss franc"])
    '(?:swiss\\\\s+franc|euros|euro)'
    """
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) + ")"


def alternation(found: Iterable[Entry]) -> str:
    return "(?:" + "|".join(e.regex() for e in found) + ")"


def whole_words(found: Iterable[Entry]) -> str:
    """The entries as one alternation that matches whole words only: a pattern may be a part of a word ("rate",
    a pay label's, in "Directorate" or "Strategy")."""
    return "|".join(rf"(?<![^\W\d_])(?:{e.regex()})(?![^\W\d_])" for e in found)


def at_either_end(pattern: re.Pattern[str], text: str) -> bool:
    """Whether the pattern matches words that begin or end the text: a label's own words ("Country of
    assignment", "Contracted Hours"), not a word inside it ("Length and type of practical")."""
    return any(m.start() == 0 or m.end() == len(text) for m in pattern.finditer(text))


def hints(found: Iterable[Entry]) -> tuple[str, ...]:
    """The plain substrings a text must hold for any of the entries to match it (a cheap pre-filter). A hint
    that holds another ("not paid" holds "paid") is left out: a text with it has the shorter one too, and each
    hint is a scan of the whole text.

    >>> hints([Entry("en.x.a", "en", "pay", hints=("paid", "not paid", "salar"))])
    ('paid', 'salar')
    """
    unique = tuple(dict.fromkeys(h for e in found for h in e.hints))
    return tuple(h for h in unique if not any(other != h and other in h for other in unique))


def gated_search(found: Iterable[Entry], compile: Callable[[str, int], re.Pattern[str]] = re.compile,
                 flags: int = 0) -> Callable[[str], bool]:
    """A test "does any entry match this (lower-cased) text?" that runs an entry's pattern only when one of
    its hints is in the text: a few substring scans in C instead of one long alternation tried at every
    position. Entries without hints are always tried.

    >>> found = [Entry("en.x.pay", "en", "pay", pattern=r"\\bpaid\\b", hints=("paid",))]
    >>> test = gated_search(found)
    >>> test("a paid role"), test("unpaid"), test("no pay")
    (True, False, False)
    """
    tests = [(entry.hints, compile(entry.regex(), flags)) for entry in found]

    def search(lowered: str) -> bool:
        return any((not hints or any(h in lowered for h in hints)) and pattern.search(lowered) is not None
                   for hints, pattern in tests)

    return search


def by_meaning(found: Iterable[Entry]) -> dict[object, list[Entry]]:
    grouped: dict[object, list[Entry]] = {}
    for entry in found:
        grouped.setdefault(entry.means, []).append(entry)
    return grouped
