"""Labelled facts: "Deadline: 14 July 2024" lines and two- or four-column key/value table rows."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Block

_LABEL_LINE = re.compile(r"^(?P<label>[A-Z][\w/&'().\- ]{1,40}?)\s*:\s*(?P<value>\S.*)$")
_MAX_LABEL_WORDS = 5


@dataclass(frozen=True)
class LabelledField:
    label: str  # lower case, as written
    value: str
    text: str  # the line or row it came from


def labelled_fields(blocks: list[Block]) -> list[LabelledField]:
    """
    >>> labelled_fields([Block("paragraph", "Job type:Contract, 4 to 12 months")])
    [LabelledField(label='job type', value='Contract, 4 to 12 months', text='Job type:Contract, 4 to 12 months')]
    >>> [f.label for f in labelled_fields([Block("table_row", "", cells=["Salary", "Day rate", "Level", "5"])])]
    ['salary', 'level']
    """
    fields: list[LabelledField] = []
    for block in blocks:
        if block.kind == "table_row":
            cells = block.cells
            for i in range(0, len(cells) - 1, 2):
                label, value = cells[i].strip(" :"), cells[i + 1].strip()
                if label and value and _is_label(label) and "•" not in value:
                    fields.append(LabelledField(label.lower(), value, f"{label}: {value}"))
        elif block.kind in ("paragraph", "list_item", "heading"):
            m = _LABEL_LINE.match(block.text)
            if m and _is_label(m.group("label")):
                fields.append(LabelledField(m.group("label").strip().lower(), m.group("value").strip(), block.text))
    return fields


def _is_label(label: str) -> bool:
    return 0 < len(label.split()) <= _MAX_LABEL_WORDS and not label.endswith(".")


def find_field(fields: list[LabelledField], pattern: str) -> list[LabelledField]:
    """The fields whose label matches a regex (searched, case-insensitive)."""
    compiled = re.compile(pattern, re.IGNORECASE)
    return [f for f in fields if compiled.search(f.label)]
