"""The top of a notice, read once for every field that looks there: the short lines above the first
section, and a job board's header (title, employer and place as the first lines, one under another,
then a blank line: how job boards and their data sets print a posting)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..data.debris import is_debris
from ..headings import classify_heading
from ..model import Block, Location
from .identity import names_a_role
from .places import place_of_line

_HEADER_BLOCKS = 10
_MAX_HEADER_WORDS = 14
_MAX_BOARD_LINE_WORDS = 10
_MAX_EMPLOYER_WORDS = 6


@dataclass(frozen=True)
class BoardHeader:
    title: str
    employer: str
    place: str
    places: list[Location] = field(default_factory=list)


@dataclass(frozen=True)
class HeaderZone:
    lines: list[str]  # short lines above the first known section: "Org | City, Country" under a title
    board: BoardHeader | None


def header_zone(blocks: list[Block]) -> HeaderZone:
    return HeaderZone(lines=_header_lines(blocks), board=_board_header(blocks))


def _header_lines(blocks: list[Block]) -> list[str]:
    lines = []
    for block in blocks[:_HEADER_BLOCKS]:
        if block.kind == "heading" and classify_heading(block.text) is not None:
            break
        words = [w for w in block.text.split() if w not in ("·", "|", "•", "–", "—", "-")]
        if block.kind != "table_row" and not is_debris(block.text) and len(words) <= _MAX_HEADER_WORDS \
                and not block.text.endswith("."):
            lines.append(block.text)
    return lines


def _only_a_place(line: str) -> bool:
    """"Toronto, ON" is a place; "Besedo Paris" and "PwC Canada" are names that hold one."""
    rest = line
    for location in place_of_line(line):
        rest = rest.replace(location.text, " ")
        for part in (location.city, location.country):
            rest = rest.replace(part or "\0", " ")
    return bool(place_of_line(line)) and not any(c.isalpha() for c in rest.replace(",", " "))


def _board_header(blocks: list[Block]) -> BoardHeader | None:
    """Title, employer, place: three short lines with no blank between them and a blank after, where the
    second is a name (not a role, a place, a label or a heading) and the third reads as a place (or is
    short and unpunctuated, as "Henlow" is)."""
    if len(blocks) < 4 or blocks[1].after_blank or blocks[2].after_blank or not blocks[3].after_blank:
        return None
    title, employer, place = (b.text.strip() for b in blocks[:3])
    if any(b.kind == "table_row" or len(b.text.split()) > _MAX_BOARD_LINE_WORDS or b.text.rstrip().endswith(".")
           for b in blocks[:3]):
        return None
    if not employer[:1].isupper() and not employer[:1].isdigit():
        return None  # "announces an open call for": a sentence going on, not a name
    if len(employer.split()) > _MAX_EMPLOYER_WORDS or ":" in employer or names_a_role(employer) \
            or _only_a_place(employer) or classify_heading(employer) is not None or is_debris(employer):
        return None
    if ":" in place or classify_heading(place) is not None:
        return None
    employer = re.sub(r"\s*\([A-Z][A-Za-z&]{1,9}\)$", "", employer)  # "Kosovo Women's Network (KWN)": its acronym
    return BoardHeader(title=title, employer=employer, place=place, places=place_of_line(place))
