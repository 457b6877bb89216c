"""Sentence splitting for prose sections: one item per sentence."""
from __future__ import annotations

import re

_BOUNDARY = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[A-Z0-9\"“(])")
_ABBREVIATIONS = re.compile(
    r"(?:\b(?:e\.g|i\.e|etc|mr|ms|mrs|dr|prof|no|nr|approx|incl|vs|st|jr|inc|ltd|co|dept|min|max|"
    r"p\.a|a\.m|p\.m|u\.s|u\.k|e\.u|ref|art|para|sec|cf|al|resp)|\b[A-Z])\.$", re.IGNORECASE)


def split_sentences(text: str) -> list[str]:
    """
    >>> split_sentences("Strong skills are essential. Knowledge of e.g. Excel is an asset. Apply now!")
    ['Strong skills are essential.', 'Knowledge of e.g. Excel is an asset.', 'Apply now!']
    >>> split_sentences("Deadline is 26 Nov. 2023 at noon.")
    ['Deadline is 26 Nov. 2023 at noon.']
    """
    pieces = _BOUNDARY.split(text.strip())
    sentences: list[str] = []
    for piece in pieces:
        if sentences and (_ABBREVIATIONS.search(sentences[-1]) or _ends_with_month_abbreviation(sentences[-1])):
            sentences[-1] = f"{sentences[-1]} {piece}"
        else:
            sentences.append(piece)
    return [s.strip() for s in sentences if s.strip()]


def _ends_with_month_abbreviation(sentence: str) -> bool:
    return bool(re.search(r"\b(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.$", sentence, re.IGNORECASE))
