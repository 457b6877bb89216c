"""Labelled facts: "Deadline: 14 July 2024" lines and two- or four-column key/value table rows."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .. import patterns as rx  # re.compile, from a per-machine cache of compiled patterns
from ..lexicon import alternation, by_meaning, entries
from ..model import Block

# a label starts with a capital of any script ("Место на работа"), checked in _is_label
LABEL_LINE = rx.compile(r"^(?P<label>[^\W\d_][\w/&'().\- ]{1,40}?)\s*:\s*(?P<value>\S.*)$")
_ABBREVIATED_END = rx.compile(r"\b(?:no|nr|ref)\.$", re.IGNORECASE)  # "Vacancy No.:", "Ref.:"
_MAX_LABEL_WORDS = 5
# a template's blank, not a value: "Location: [Insert Location or Remote]", "Date: {{DATE}}"
_PLACEHOLDER = rx.compile(r"^\s*(?:\[[^\[\]]*\]|\{\{[^{}]*\}\}|<[^<>]*>)\s*$")


@dataclass(frozen=True)
class LabelledField:
    label: str  # lower case, as written
    value: str
    text: str  # the line or row it came from
    at: float = 0.0  # where in the notice: the block's index over the number of blocks (0 first, 1 last)


def labelled_fields(blocks: list[Block]) -> list[LabelledField]:
    """
    >>> [(f.label, f.value, f.at) for f in labelled_fields([Block("paragraph", "Job type:Contract, 4 to 12 months")])]
    [('job type', 'Contract, 4 to 12 months', 0.0)]
    >>> [f.label for f in labelled_fields([Block("table_row", "", cells=["Salary", "Day rate", "Level", "5"])])]
    ['salary', 'level']
    >>> labelled_fields([Block("table_row", "", cells=["BRANCH:", "POSITION TITLE:", "Accounts Officer"])])[0].value
    'Accounts Officer'
    >>> labelled_fields([Block("paragraph", "Location: [Insert Location or Remote]")])  # a template's blank
    []
    >>> [(f.label, f.value) for f in labelled_fields([Block("paragraph", "TEAM/PROGRAMME: PDS / LOCATION: Juba")])]
    [('team/programme', 'PDS'), ('location', 'Juba')]
    """
    fields: list[LabelledField] = []
    for n, block in enumerate(blocks):
        at = n / len(blocks)
        if block.kind == "table_row":
            cells, i = block.cells, 0
            while i < len(cells) - 1:
                if cells[i].rstrip().endswith(":") and cells[i + 1].rstrip().endswith(":"):
                    i += 1  # a form's empty field ("DIVISION/STRAND:"), then the next label and its value
                    continue
                label, value = cells[i].strip(" :"), cells[i + 1].strip()
                if label and value and _is_label(label) and "•" not in value:
                    fields.append(LabelledField(label.lower(), value, f"{label}: {value}", at))
                i += 2
        elif block.kind in ("paragraph", "list_item", "heading"):
            # "TEAM/PROGRAMME: PDS / LOCATION: Juba", "Activation Date: 30 July   Expire Date: 4 August": a form's
            # fields set side by side on one line
            pieces = _NEXT_LABEL.split(block.text) if block.text.count(":") >= 2 else [block.text]
            for piece in pieces:
                m = LABEL_LINE.match(piece)
                if m and _is_label(m.group("label")) and not _PLACEHOLDER.match(m.group("value")):
                    fields.append(LabelledField(m.group("label").strip().lower(), m.group("value").strip(),
                                                block.text if len(pieces) == 1 else piece, at))
    return fields


_NEXT_LABEL = rx.compile(r"(?:\s+/\s+|\s{3,})(?=[^\W\d_][\w/&'().\- ]{1,40}?\s*:\s*\S)")


def _is_label(label: str) -> bool:
    """A few words from a capital, not a sentence's end ("Vacancy No." is an abbreviation, not an end)."""
    return label[:1].isupper() and 0 < len(label.split()) <= _MAX_LABEL_WORDS and \
        (not label.endswith(".") or bool(_ABBREVIATED_END.search(label)))


# field -> one pattern over every language's labels for it
FIELD_LABELS: dict[str, re.Pattern[str]] = {str(field): rx.compile(alternation(found), re.IGNORECASE)
                                             for field, found in by_meaning(entries("field_labels")).items()}


def labelled(fields: list[LabelledField], field: str) -> list[LabelledField]:
    """The labelled facts whose label the lexicon files under `field` (location, pay, terms ...).

    >>> [f.value for f in labelled(labelled_fields([Block("paragraph", "Duty Station: Kyiv")]), "location")]
    ['Kyiv']
    """
    pattern = FIELD_LABELS[field]
    return [f for f in fields if pattern.search(f.label)]
