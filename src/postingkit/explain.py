"""`postingkit explain`: for each field, the value chosen, the rule that chose it and the line it was
read from, then the other candidates that were in the running with their scores (pdfplumber's
debug_tablefinder for a record: the intermediate decisions, shown)."""
from __future__ import annotations

import json
from typing import Any

from .extract.choice import choose
from .extract.fields import labelled_fields
from .extract.header import header_zone
from .extract.money import remuneration_candidates
from .extract.title import title_proposers
from .model import Posting
from .pipeline import read_and_parse
from .record import organization_proposers, pay_texts
from .render import document_text

FIELDS = ("title", "organization", "reference", "locations", "remote", "employment_type", "deadline", "posted",
          "remuneration", "experience_years_min")


def explain(source, field: str | None = None) -> str:
    """The explanation of one notice (a path or bytes) as text; `field` keeps one field."""
    document, posting = read_and_parse(source)
    text = document_text(document)
    others = _runners_up(document, text, posting)
    out = []
    for name in FIELDS if field is None else (field,):
        out.append(_explain_field(name, posting, text, others.get(name, [])))
    return "\n".join(out)


def _explain_field(name: str, posting: Posting, text: str, others: list[str]) -> str:
    value = getattr(posting, name)
    found = getattr(posting.evidence, name)
    lines = [f"{name}: {_short(value)}"]
    if found is not None:
        where = ""
        if found.start is not None:
            line_start = text.rfind("\n", 0, found.start) + 1
            line_end = text.find("\n", found.end)
            line = text[line_start:line_end if line_end >= 0 else len(text)]
            where = f"  chars {found.start}-{found.end}, line: {_clip(line)}"
        lines.append(f"  rule: {found.rule}{where}")
    elif value in (None, []):
        lines.append("  not stated")
    lines += [f"  also: {other}" for other in others]
    return "\n".join(lines)


def _runners_up(document, text: str, posting: Posting) -> dict[str, list[str]]:
    blocks = document.blocks
    fields = labelled_fields(blocks)
    zone = header_zone(blocks)
    others: dict[str, list[str]] = {}
    _, titles = choose(title_proposers(blocks, fields, text), everything=True)
    others["title"] = [f"{c.rule} (score {c.score:g}): {c.value!r} from {_clip(c.words or '')}"
                       for c in titles if c.value != posting.title]
    _, organizations = choose(organization_proposers(blocks, fields, text, posting.title, None, zone), everything=True)
    others["organization"] = [f"{c.rule} (score {c.score:g}): {c.value!r}"
                              for c in organizations if c.value != posting.organization]
    prose = [b.text for b in blocks if b.kind != "table_row"]
    candidates, _ = remuneration_candidates(pay_texts(fields, prose))
    others["remuneration"] = [
        f"score {score:g}: {pay.min}-{pay.max} {pay.currency} {pay.period or ''} from "
        f"{_clip(pay.text)}".replace("  ", " ")
        for score, _, pay in sorted(candidates, key=lambda c: (-c[0], c[1]))][1:6]
    return others


def _short(value: Any) -> str:
    if hasattr(value, "model_dump"):
        value = value.model_dump(mode="json", exclude={"text"})
    elif isinstance(value, list):
        value = [v.model_dump(mode="json", exclude={"text"}) if hasattr(v, "model_dump") else v for v in value]
    return json.dumps(value, ensure_ascii=False)


def _clip(text: str, width: int = 100) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= width else text[:width - 1] + "…")
