"""Sentence splitting for prose sections: one item per sentence."""
from __future__ import annotations

import re

from .. import patterns as rx  # re.compile, from a per-machine cache of compiled patterns

# after a sentence's end, with a space; or glued by a scrape ("...from your home office.Take inbound leads"),
# when a word of three letters or more follows (not "Node.Js")
# a semicolon glued to a capitalised word ends one too ("... college/university required;Minimum of 5 years"):
# a scrape that lost the line break between two items
_BOUNDARY = rx.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[A-Z0-9\"“(])|(?<=[a-z]{2}[.!?])(?=[A-Z][a-z]{2,})|"
                       r"(?<=[a-z]{2});(?=[A-Z][a-z]{2,})")
_ABBREVIATIONS = rx.compile(
    # ("etc." is not one: mid-sentence it is followed by a lowercase word, and before a capital it ends the
    # sentence: "... sessions/workshops, etc. You are encouraged to ...")
    r"(?:\b(?:e\.g|i\.e|mr|ms|mrs|dr|prof|no|nr|approx|incl|vs|st|jr|inc|ltd|co|dept|min|max|"
    r"p\.a|a\.m|p\.m|u\.s|u\.k|e\.u|ref|art|para|sec|cf|al|resp|"
    # currencies abbreviated before their amount: "Kshs. 1,000 per day", "Rs. 25,000", "Fr. 8,000"
    r"rs|kshs|ksh|ushs|tshs|fr|din)|\b[A-Z])\.$", re.IGNORECASE)
# a piece that starts with an initial ("D, or Master's degree" after "Pharm.") goes on the sentence before
_INITIAL_FIRST = rx.compile(r"[A-Z][.,]\s")


def split_sentences(text: str) -> list[str]:
    """
    >>> split_sentences("Strong skills are essential. Knowledge of e.g. Excel is an asset. Apply now!")
    ['Strong skills are essential.', 'Knowledge of e.g. Excel is an asset.', 'Apply now!']
    >>> split_sentences("Deadline is 26 Nov. 2023 at noon.")
    ['Deadline is 26 Nov. 2023 at noon.']
    >>> split_sentences("You will be paid Kshs. 1,000 per day. Airtime is provided.")
    ['You will be paid Kshs. 1,000 per day.', 'Airtime is provided.']
    >>> split_sentences("Work from your home office.Take inbound leads. Use Node.Js daily.")
    ['Work from your home office.', 'Take inbound leads.', 'Use Node.Js daily.']
    >>> split_sentences("Pharm. D, or Master's degree. Fluent English.")
    ["Pharm. D, or Master's degree.", 'Fluent English.']
    >>> split_sentences("Join workshops, etc. You are encouraged to speak up.")
    ['Join workshops, etc.', 'You are encouraged to speak up.']
    >>> split_sentences("Bachelor's degree required;Minimum of 5 years in sales; and/or in a team")
    ["Bachelor's degree required", 'Minimum of 5 years in sales; and/or in a team']
    """
    if not any(mark in text for mark in ".!?;"):
        return [text.strip()] if text.strip() else []
    pieces = _BOUNDARY.split(text.strip())
    sentences: list[str] = []
    for piece in pieces:
        tail = sentences[-1][-12:] if sentences else ""  # an abbreviation can only be at the very end
        if sentences and (_ABBREVIATIONS.search(tail) or _ends_with_month_abbreviation(tail)
                          or _INITIAL_FIRST.match(piece)):
            sentences[-1] = f"{sentences[-1]} {piece}"
        else:
            sentences.append(piece)
    return [s.strip() for s in sentences if s.strip()]


_MONTH_ABBREVIATION = rx.compile(r"\b(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.$", re.IGNORECASE)


def _ends_with_month_abbreviation(sentence: str) -> bool:
    return bool(_MONTH_ABBREVIATION.search(sentence))
