"""Asides: what a line sets off in parentheses ("Leeds (hybrid, 2 days in the office)", "Full time (part time
considered)", "Project Officer (m/f/d)"), which many readings of a line leave out."""
from __future__ import annotations

from .. import patterns as rx  # re.compile, from a per-machine cache of compiled patterns

_ASIDE = rx.compile(r"\([^()]*\)")


def without_asides(text: str) -> str:
    """The text with its parenthesised asides taken out, its spacing made single.

    >>> without_asides("Leeds (hybrid, minimum 2 days per week in the office)"), without_asides("A (b) c")
    ('Leeds', 'A c')
    """
    return " ".join(_ASIDE.sub(" ", text).split()) if "(" in text else text
