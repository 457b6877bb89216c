"""Batches as shell scripts run them: folders, lists, workers, time limits, output folders, exit codes."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from postingkit import parse_many
from postingkit.workers import run_in_process, run_in_processes

from .conftest import ROOT, SAMPLES, run_cli

OSCE = SAMPLES / "osce-democratization-officer.txt"
IOM = SAMPLES / "iom-nama-local-consultant.txt"
LSG_PDF = SAMPLES / "lsg-capacity-building-officer.pdf"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Good notices in a folder tree, with a broken one, a hidden file, an image and earlier outputs."""
    root = tmp_path / "notices"
    (root / "sub").mkdir(parents=True)
    (root / "a-osce.txt").write_bytes(OSCE.read_bytes())
    (root / "b-broken.pdf").write_bytes(b"%PDF-1.4 truncated")
    (root / "c-iom.txt").write_bytes(IOM.read_bytes())
    (root / "sub" / "d-lsg.pdf").write_bytes(LSG_PDF.read_bytes())
    (root / ".hidden.txt").write_text("Deadline: 1 May 2025")
    (root / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (root / "old-output.json").write_text("{}")
    return root


def titles(stdout: bytes) -> list[str]:
    return [json.loads(line)["title"] for line in stdout.decode().splitlines()]


def test_folder_parses_notices_by_content_in_order_and_reports_the_broken_one(folder: Path) -> None:
    result = run_cli("parse", str(folder))
    assert result.returncode == 1
    assert titles(result.stdout) == ["Democratization Officer", "Local consultant"]
    lines = result.stderr.decode().splitlines()
    assert lines[0] == \
        f"Error: {folder / 'b-broken.pdf'}: damaged PDF (Failed to load document (PDFium: Data format error).)"
    assert lines[1].startswith("postingkit: parsed 2, failed 1 in ")


def test_recursive_goes_into_sub_folders_and_quiet_prints_no_summary(folder: Path) -> None:
    result = run_cli("parse", "--recursive", "--quiet", str(folder))
    assert titles(result.stdout) == ["Democratization Officer", "Local consultant",
                                     "Capacity Building Officer for Local Self-governments"]
    assert result.stderr.decode().count("\n") == 1  # the broken PDF's line only


def test_globs_and_files_from_a_list_and_from_stdin(folder: Path, tmp_path: Path) -> None:
    assert titles(run_cli("parse", str(folder / "*.txt")).stdout) == ["Democratization Officer", "Local consultant"]
    listing = tmp_path / "list.txt"
    listing.write_text(f"# notices\n{folder / 'c-iom.txt'}\n\n{folder / 'a-osce.txt'}\n")
    assert titles(run_cli("parse", "--files-from", str(listing)).stdout) == ["Local "
                                                                             "consultant", "Democratization Officer"]
    piped = run_cli("parse", "--files-from", "-", stdin=f"{folder / 'c-iom.txt'}\n".encode())
    assert json.loads(piped.stdout)["title"] == "Local consultant"  # one notice: one pretty JSON object


def test_two_workers_give_the_same_records_as_one(folder: Path) -> None:
    one = run_cli("parse", "-r", "--workers", "1", str(folder))
    two = run_cli("parse", "-r", "--workers", "2", str(folder))
    assert one.stdout == two.stdout
    unordered = run_cli("parse", "-r", "--workers", "2", "--unordered", str(folder))
    assert sorted(unordered.stdout.splitlines()) == sorted(one.stdout.splitlines())


def test_output_dir_mirrors_folders_writes_whole_files_and_resumes(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "records"
    first = run_cli("parse", "-r", "--output-dir", str(out), str(folder))
    assert first.returncode == 1 and first.stdout == b""
    written = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert written == ["a-osce.txt.json", "c-iom.txt.json", "sub/d-lsg.pdf.json"]
    assert json.loads((out / "sub" / "d-lsg.pdf.json").read_text())["deadline"]["date"] == "2024-07-14"
    again = run_cli("parse", "-r", "--output-dir", str(out), "--skip-existing", str(folder))
    assert again.stderr.decode().splitlines()[-1].startswith("postingkit: parsed 0, failed 1, skipped 3 in ")


def test_output_dir_inside_the_input_folder_is_not_read_back(folder: Path) -> None:
    out = folder / "records"
    run_cli("parse", "-r", "--output-dir", str(out), str(folder))
    again = run_cli("parse", "-r", "--output-dir", str(out), str(folder))
    assert again.stderr.decode().splitlines()[-1].startswith("postingkit: parsed 3, failed 1 in ")


def test_errors_file_and_max_bytes_and_fail_fast(folder: Path, tmp_path: Path) -> None:
    errors = tmp_path / "errors.jsonl"
    result = run_cli("parse", "--max-bytes", "3000", "--errors", str(errors), str(folder))
    reported = [json.loads(line) for line in errors.read_text().splitlines()]
    assert reported == [
        {"path": str(folder / "a-osce.txt"), "kind": "input",
         "message": "file is 5,789 bytes, over the 3,000-byte limit (--max-bytes)"},
        {"path": str(folder / "b-broken.pdf"), "kind": "damaged",
         "message": "damaged PDF (Failed to load document (PDFium: Data format error).)"},
        {"path": str(folder / "c-iom.txt"), "kind": "input",
         "message": "file is 3,832 bytes, over the 3,000-byte limit (--max-bytes)"}]
    assert result.returncode == 1
    fast = run_cli("parse", "--max-bytes", "3000", "--fail-fast", "--quiet", str(folder))
    assert fast.stderr.decode().count("Error:") == 1 and fast.stdout == b""


def test_jsonld_output_is_a_schema_org_job_posting() -> None:
    record = json.loads(run_cli("parse", "--format", "jsonld", str(OSCE)).stdout)
    assert record["@type"] == "JobPosting"
    assert record["hiringOrganization"] == {"@type": "Organization", "name": "OSCE Mission in Kosovo"}
    assert record["jobLocation"]["address"]["addressCountry"] == "XK"
    assert record["baseSalary"] == {"@type": "MonetaryAmount", "currency": "EUR", "value": {
        "@type": "QuantitativeValue", "minValue": 1609.42, "maxValue": 1609.42, "unitText": "MONTH"}}
    assert record["experienceRequirements"]["monthsOfExperience"] == 24
    assert "Language: Albanian (sq), required, professional; may be replaced by sr" in record["qualifications"]


def test_closed_pipe_ends_quietly(folder: Path) -> None:
    command = f"{sys.executable} -m postingkit parse -r {folder} | head -1"
    result = subprocess.run(["bash", "-c", command], capture_output=True, cwd=ROOT, timeout=60)
    assert len(result.stdout.splitlines()) == 1
    assert b"Traceback" not in result.stderr and b"BrokenPipe" not in result.stderr


def test_parse_many_yields_results_in_order_with_errors_as_values(folder: Path) -> None:
    paths = [str(folder / "c-iom.txt"), str(folder / "b-broken.pdf"), str(folder / "a-osce.txt")]
    results = list(parse_many(paths, workers=2))
    assert [r.path for r in results] == paths
    assert [r.ok for r in results] == [True, False, True]
    assert results[1].error.kind == "damaged"
    assert results[2].posting.remuneration.currency == "EUR"


def _sleep(seconds: float) -> tuple:
    time.sleep(seconds)
    return ("ok", seconds)


def _die(code: int) -> tuple:
    if code:
        os._exit(code)
    return ("ok", code)


def test_a_task_over_its_time_limit_is_given_up_and_the_rest_go_on() -> None:
    outcomes = dict(run_in_processes([0.01, 30, 0.01, 0.01], _sleep, workers=2, timeout=1.0))
    assert outcomes == {0: ("ok", 0.01), 1: ("error", "timeout", "timed out after 1 s (--timeout)"),
                        2: ("ok", 0.01), 3: ("ok", 0.01)}
    in_process = dict(run_in_process([30, 0.01], _sleep, timeout=0.5))
    assert in_process == {0: ("error", "timeout", "timed out after 0.5 s (--timeout)"), 1: ("ok", 0.01)}


def test_a_crashing_worker_costs_only_its_own_file() -> None:
    outcomes = dict(run_in_processes([0, 3, 0], _die, workers=2, timeout=10))
    assert outcomes == {0: ("ok", 0), 1: ("error", "crash", "the reader crashed on this file (worker process died)"),
                        2: ("ok", 0)}


def test_parse_many_splits_a_file_of_several_notices_when_asked(tmp_path: Path) -> None:
    from .test_cli import _two_notices_of_one_template

    both = tmp_path / "two.txt"
    both.write_bytes(_two_notices_of_one_template())
    [whole] = parse_many([str(both)], workers=1)
    assert ([r["title"] for r in whole.records], whole.more) == (["Frontend Developer"], [])
    [split] = parse_many([str(both)], workers=1, split_notices=True)
    assert [r["title"] for r in split.records] == ["Frontend Developer", "Backend Developer"]
    assert split.posting.title == "Frontend Developer"
    [failed] = parse_many([str(tmp_path / "missing.txt")], workers=1, split_notices=True)
    assert (failed.records, failed.error.message) == ([], "no such file")
