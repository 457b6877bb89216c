"""Each sample parses to exactly its golden record. Regenerate after an intended change with
`POSTINGKIT_REGENERATE=1 pytest tests/test_golden.py` and review the diff."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from postingkit import parse
from postingkit.export import to_dict

from .conftest import SAMPLES

GOLDEN = Path(__file__).resolve().parent / "golden"
SAMPLE_FILES = sorted(p for p in SAMPLES.iterdir() if p.suffix in (".txt", ".pdf", ".docx", ".html"))
# each fixture notice (named after the problem it caught, checked field by field in test_notice_styles.py)
# pins its full record too, so that no other field drifts unseen
NOTICES = Path(__file__).resolve().parent / "fixtures" / "notices"
NOTICE_FILES = sorted(NOTICES.iterdir())


def _record(path: Path) -> dict:
    record = to_dict(parse(path))
    record["source"]["path"] = path.name
    return record


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=lambda p: p.name)
def test_sample_matches_golden(path: Path) -> None:
    golden = GOLDEN / f"{path.name}.json"
    record = _record(path)
    if os.environ.get("POSTINGKIT_REGENERATE"):
        golden.write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    assert record == json.loads(golden.read_text(encoding="utf-8"))


def test_every_sample_has_a_golden_file() -> None:
    assert {f"{p.name}.json" for p in SAMPLE_FILES} == {p.name for p in GOLDEN.glob("*.json")}


@pytest.mark.parametrize("path", NOTICE_FILES, ids=lambda p: p.name)
def test_fixture_notice_matches_its_full_record(path: Path) -> None:
    golden = GOLDEN / "notices" / f"{path.name}.json"
    record = _record(path)
    if os.environ.get("POSTINGKIT_REGENERATE"):
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    assert record == json.loads(golden.read_text(encoding="utf-8"))


def test_every_fixture_notice_has_a_golden_file() -> None:
    assert {f"{p.name}.json" for p in NOTICE_FILES} == {p.name for p in (GOLDEN / "notices").glob("*.json")}


@pytest.mark.parametrize("name", ["osce-democratization-officer.txt", "lsg-capacity-building-officer.docx",
                                  "isd-programmes-lead.pdf", "icld-national-mentors.txt"])
def test_evidence_spans_point_at_the_words_in_the_read_text(name: str) -> None:
    from postingkit.pipeline import parse, read
    from postingkit.render import document_text

    posting = parse(SAMPLES / name)
    text = document_text(read(SAMPLES / name))
    evidence = posting.evidence
    for field in ("deadline", "posted", "remuneration"):
        value, found = getattr(posting, field), getattr(evidence, field)
        assert (value is None) == (found is None), field
        if value is not None:
            assert text[found.start:found.end] == value.text, field
    assert posting.title in text[evidence.title.start:evidence.title.end] or \
        text[evidence.title.start:evidence.title.end] in posting.title
    assert evidence.title.rule.startswith("title.")
    if posting.organization:
        assert text[evidence.organization.start:evidence.organization.end] == posting.organization
