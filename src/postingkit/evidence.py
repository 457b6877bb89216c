"""Where each value of the record was read: the rule that chose it and the span of its words in the
notice's text (the text `postingkit read --format text FILE` prints: one line per block)."""
from __future__ import annotations

from .model import Evidence


def evidence_for(full_text: str, rule: str | None, *sources: str | None) -> Evidence | None:
    """The first of `sources` (the words a value was read from, then the value itself) found in the text;
    a span of None when none is there as such (a value tidied from several lines)."""
    if rule is None:
        return None
    for source in sources:
        if source:
            start = full_text.find(source.strip())
            if start >= 0:
                return Evidence(rule=rule, start=start, end=start + len(source.strip()))
    return Evidence(rule=rule)


def first_reading(texts: list[str], read, value) -> str | None:
    """The first text from which `read` (a field's reader over one text) gives `value`."""
    if value is None:
        return None
    return next((text for text in texts if read([text]) == value), None)
