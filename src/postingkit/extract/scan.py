"""Cheap pre-filters: which texts could matter to an extractor at all, found with a few substring scans.

Python's regex engine tries every alternative at every position, and a generator of `in` tests per
text costs a Python frame per test; scanning one joined string for each hint runs in C."""
from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate


def indexes_mentioning(lowered: list[str], hints: tuple[str, ...]) -> list[int]:
    """Indexes, in order, of the lower-cased texts that contain at least one of the hints.

    >>> indexes_mentioning(["monthly salary", "team work", "daily rate", ""], ("salar", "rate"))
    [0, 2]
    """
    joined = "\n".join(lowered)  # hints hold no newline, so none can match across two texts
    starts = [0, *accumulate(len(text) + 1 for text in lowered)]
    found: set[int] = set()
    for hint in hints:
        at = joined.find(hint)
        while at >= 0:
            index = bisect_right(starts, at) - 1
            found.add(index)
            at = joined.find(hint, starts[index + 1])  # this text is in: go on from the next one
    return sorted(found)


def matches_from_hints(pattern: re.Pattern[str], text: str, starts: tuple[str, ...],
                       lowered: str | None = None) -> list[re.Match[str]]:
    """What `pattern.finditer(text)` finds, for a pattern whose every match begins with one of `starts`
    (lower case): the pattern is tried only where one of them begins, not at every position. `lowered` is
    `text.lower()` when the caller has it already.

    >>> based_in = re.compile(r"\\bbased\\s+in\\s+\\w+", re.I)
    >>> [m.group(0) for m in matches_from_hints(based_in, "Based in Rome; unbased in X", ("based",))]
    ['Based in Rome']
    """
    lowered = text.lower() if lowered is None else lowered
    if len(lowered) != len(text):  # a few letters lengthen when lowered: offsets would not line up
        return list(pattern.finditer(text))
    positions = sorted({at for start in starts for at in _find_all(lowered, start)})
    found: list[re.Match[str]] = []
    resume = 0
    for at in positions:
        if at < resume:
            continue
        m = pattern.match(text, at)
        if m:
            found.append(m)
            resume = m.end() if m.end() > at else at + 1
    return found


def _find_all(text: str, part: str) -> list[int]:
    found, at = [], text.find(part)
    while at >= 0:
        found.append(at)
        at = text.find(part, at + 1)
    return found
