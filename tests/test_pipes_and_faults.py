"""The command line as a terminal user and a shell script meet it: records reach the redirect whatever
stderr is, workers end with their parent, odd file names and outputs that name an input (issue 12)."""
from __future__ import annotations

import json
import os
import pty
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from .conftest import ROOT, SAMPLES, run_cli

NOTICES = sorted(SAMPLES.glob("*.txt"))


def _drain(fd: int, into: list[bytes]) -> None:
    while True:
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            return
        if not chunk:
            return
        into.append(chunk)


def test_records_reach_a_redirect_when_stderr_is_a_terminal(tmp_path: Path) -> None:
    """rich's progress bar used to capture stdout: the records went to the screen, out.jsonl stayed empty."""
    controller, terminal = pty.openpty()
    screen: list[bytes] = []
    reader = threading.Thread(target=_drain, args=(controller, screen), daemon=True)
    reader.start()
    out = tmp_path / "out.jsonl"
    with open(out, "wb") as sink:
        done = subprocess.run([sys.executable, "-m", "postingkit", "parse", *map(str, NOTICES), "-w", "1"],
                              stdin=subprocess.DEVNULL, stdout=sink, stderr=terminal, cwd=ROOT, timeout=120,
                              env={**os.environ, "COLUMNS": "100", "TERM": "xterm"})
    os.close(terminal)
    reader.join(timeout=5)
    os.close(controller)
    assert done.returncode == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["source"]["path"] for line in lines] == [str(p) for p in NOTICES]
    shown = b"".join(screen)
    assert b"parsing" in shown  # the bar was drawn on the terminal ...
    assert b'"schema_version"' not in shown  # ... and no record with it


def _children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.add(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process table from /proc")
@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM])
def test_workers_end_when_the_parent_is_killed(tmp_path: Path, how: int) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    text = NOTICES[0].read_bytes()
    for number in range(400):
        (folder / f"n{number:03}.txt").write_bytes(text)
    # stdout is a pipe nobody reads: the parent blocks on it with both workers started and waiting
    parent = subprocess.Popen([sys.executable, "-m", "postingkit", "parse", str(folder), "-w", "2", "-q"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=ROOT)
    try:
        deadline = time.monotonic() + 60
        workers: set[int] = set()
        while len(workers) < 2 and time.monotonic() < deadline:
            time.sleep(0.2)
            workers = _children(parent.pid)
        assert len(workers) == 2
        os.kill(parent.pid, how)
        parent.wait(timeout=30)
        deadline = time.monotonic() + 10
        while any(_alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert [w for w in workers if _alive(w)] == []
    finally:
        parent.kill()
        parent.stdout.close()  # type: ignore[union-attr]


def test_a_name_that_is_not_utf8_is_escaped_in_json_and_kept_on_disk(tmp_path: Path) -> None:
    odd = os.fsdecode(b"bad\xffname.txt")
    (tmp_path / odd).write_bytes(NOTICES[0].read_bytes())
    (tmp_path / os.fsdecode(b"empty\xfe.txt")).write_bytes(b"")
    done = run_cli("parse", odd, os.fsdecode(b"empty\xfe.txt"), "--errors", "errors.jsonl", cwd=tmp_path)
    assert done.returncode == 1
    assert json.loads(done.stdout.decode("utf-8"))["source"]["path"] == "bad\\xffname.txt"
    assert done.stderr.decode("utf-8").splitlines()[0] == "Error: empty\\xfe.txt: empty file: no text to parse"
    assert json.loads((tmp_path / "errors.jsonl").read_text(encoding="utf-8")) == {
        "path": "empty\\xfe.txt", "kind": "empty", "message": "empty file: no text to parse"}
    done = run_cli("parse", odd, "--output-dir", "out", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert os.listdir(os.fsencode(tmp_path / "out")) == [b"bad\xffname.txt.json"]
    done = run_cli("parse", odd, "-o", "one.json", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert json.loads((tmp_path / "one.json").read_text(encoding="utf-8"))["source"]["path"] == "bad\\xffname.txt"


@pytest.mark.parametrize("option", ["-o", "--errors"])
def test_an_output_that_names_an_input_is_a_usage_error_and_the_input_is_kept(tmp_path: Path, option: str) -> None:
    notice = tmp_path / "a.txt"
    notice.write_bytes(NOTICES[0].read_bytes())
    (tmp_path / "link.txt").symlink_to(notice)
    for target in ("a.txt", "link.txt"):
        done = run_cli("parse", "a.txt", option, target, cwd=tmp_path)
        assert done.returncode == 2
        name = "--output" if option == "-o" else "--errors"
        assert done.stderr.decode() == \
            f"Error: {name} {target} is one of the notices to parse; it would be overwritten\n"
        assert notice.read_bytes() == NOTICES[0].read_bytes()


# --- hostile files: cost in proportion to the text, within the README's limits -----------------------

from .pdfmaker import make_stream_pdf  # noqa: E402


def _timed_parse(path: Path, *extra: str) -> tuple[subprocess.CompletedProcess, float]:
    start = time.monotonic()
    done = run_cli("parse", str(path), "-w", "1", "--timeout", "20", *extra)
    return done, time.monotonic() - start


@pytest.mark.parametrize("name, content, error", [
    ("tiny-page-of-3m-operations.pdf", b"BT /F1 12 Tf 72 700 Td " + b"(a) Tj " * 3_000_000 + b"ET",
     "PDF content too large to read safely (a content stream inflates past 16 MB)"),
    ("stream-inflating-to-1gib.pdf", b"BT /F1 12 Tf 72 700 Td (Officer) Tj ET\n" + b" " * (1024 ** 3),
     "PDF content too large to read safely (a content stream inflates past 16 MB)"),
    ("200k-text-operations.pdf", b"BT /F1 12 Tf 72 700 Td " + b"(ab) Tj " * 200_000 + b"ET",
     "PDF content too large to read safely (over 100,000 text operations in one stream)"),
])
def test_pdfs_that_would_cost_gigabytes_are_refused_at_once(tmp_path: Path, name: str, content: bytes,
                                                          error: str) -> None:
    path = tmp_path / name
    path.write_bytes(make_stream_pdf(content))
    assert path.stat().st_size < 1_100_000
    done, seconds = _timed_parse(path)
    assert (done.returncode, done.stderr.decode()) == (1, f"Error: {path}: {error}\n")
    assert seconds < 15  # the whole command; the check itself takes a fraction of a second


@pytest.mark.parametrize("content", [
    b"BT /F1 12 Tf 72 700 Td " + b"(a) Tj " * 100_000 + b"ET",  # 1.6 KB: one line of 100,000 one-letter runs
    b"".join(b"BT /F1 10 Tf %d %d Td (word%d) Tj ET\n" % (50 + i % 10 * 50, 750 - i // 10 % 70 * 10, i)
             for i in range(20_000)),  # 20,000 separate text objects
])
def test_pages_of_very_many_text_pieces_are_read_as_plain_lines_in_linear_time(tmp_path: Path,
                                                                               content: bytes) -> None:
    path = tmp_path / "many-pieces.pdf"
    path.write_bytes(make_stream_pdf(content))
    done, seconds = _timed_parse(path)
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    assert record["warnings"][0] == ("page 1: too many text pieces to lay out; read as plain lines "
                                     "(at most 200,000 characters a page)")
    assert seconds < 15


def test_a_tag_with_300000_attributes_is_parsed_in_a_moment(tmp_path: Path) -> None:
    attributes = " ".join(f'a{i}="x"' for i in range(300_000))
    path = tmp_path / "attributes.html"
    path.write_text(f"<html><body><h1 {attributes}>Project Officer</h1><p>Duties</p></body></html>")
    done, seconds = _timed_parse(path, "--timeout", "5")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["title"] == "Project Officer"
    assert seconds < 15


@pytest.mark.parametrize("text", [
    "Duties\n" + "ab cd\n" * 1_000_000,  # a million short continuation lines
    "a" * 100_000 + "\nProject Officer\n",  # one 100,000-letter word on the first line
])
def test_text_costs_time_in_proportion_to_its_size(tmp_path: Path, text: str) -> None:
    path = tmp_path / "long.txt"
    path.write_text(text)
    done, seconds = _timed_parse(path)
    assert done.returncode == 0, done.stderr
    assert seconds < 15


def test_the_item_cap_is_per_field_and_says_what_it_cut() -> None:
    from postingkit import parse_text

    duties = "\n".join(f"- Duty number {i} of the post." for i in range(1500))
    skills = "\n".join(f"- Skill number {i} required." for i in range(20))
    posting = parse_text(f"Project Officer\n\nDuties\n{duties}\n\nRequirements\n{skills}\n")
    assert (len(posting.duties), len(posting.qualifications)) == (1000, 20)
    assert posting.warnings == ["duties: only the first 1,000 of 1,500 items were kept"]


# --- inputs and outputs that used to end in a traceback or a silent loss ------------------------------

def test_no_arguments_at_a_terminal_prints_help() -> None:
    controller, terminal = pty.openpty()
    done = subprocess.run([sys.executable, "-m", "postingkit", "parse"], stdin=terminal, capture_output=True,
                          cwd=ROOT, timeout=60)
    os.close(terminal)
    os.close(controller)
    assert done.returncode == 2
    assert done.stdout.decode().splitlines()[0].endswith("postingkit parse [OPTIONS] [files]...")
    assert b"Traceback" not in done.stderr


def test_version_and_help_show_flags_as_flags() -> None:
    from postingkit import __version__

    assert run_cli("--version").stdout.decode() == f"postingkit {__version__}\n"
    shown = run_cli("parse", "--help").stdout.decode()
    assert "<bool>" not in shown and "--quiet" in shown
    assert "NAME.EXT.json" in shown


def test_outputs_that_cannot_be_written_are_one_error_line(tmp_path: Path) -> None:
    notice = tmp_path / "a.txt"
    notice.write_bytes(NOTICES[0].read_bytes())
    done = run_cli("parse", str(notice), "-o", str(notice / "record.json"))
    assert (done.returncode, done.stderr.decode()) == (
        2, f"Error: --output {notice / 'record.json'}: {notice} is not a folder\n")
    done = run_cli("parse", str(notice), "--errors", str(tmp_path))
    assert done.returncode == 2 and b"is a directory" in done.stderr and b"Traceback" not in done.stderr
    done = run_cli("parse", str(notice), "--output-dir", str(notice / "out"))
    assert (done.returncode, done.stderr.decode()) == (
        2, f"Error: --output-dir {notice / 'out'}: {notice} is not a folder\n")
    if Path("/dev/full").exists():  # a full disk
        done = run_cli("parse", str(notice), "-o", "/dev/full")
        assert (done.returncode, done.stderr.decode()) == (1, "Error: /dev/full: No space left on device\n")
        assert Path("/dev/full").is_char_device()


def test_o_writes_through_a_link_and_a_new_file_follows_the_umask(tmp_path: Path) -> None:
    notice = tmp_path / "a.txt"
    notice.write_bytes(NOTICES[0].read_bytes())
    (tmp_path / "link.json").symlink_to("real.json")
    done = subprocess.run(f"umask 022; {sys.executable} -m postingkit parse a.txt -o link.json", shell=True,
                          cwd=tmp_path, capture_output=True, env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "link.json").is_symlink()
    assert json.loads((tmp_path / "real.json").read_text())["title"] == "Call for National Mentors"
    assert (tmp_path / "real.json").stat().st_mode & 0o777 == 0o644


def test_two_inputs_with_one_output_name_the_second_is_an_error(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x.txt").write_bytes(NOTICES[0].read_bytes())
    done = run_cli("parse", "a/x.txt", "b/x.txt", "--output-dir", "out", cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr.decode().splitlines()[0] == (
        "Error: b/x.txt: its output out/x.txt.json is already written by a/x.txt in this batch; parse it separately")
    assert sorted(os.listdir(tmp_path / "out")) == ["x.txt.json"]


def test_folders_account_for_every_notice_and_do_not_follow_links_out(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ok.txt").write_bytes(NOTICES[0].read_bytes())
    (folder / "empty.pdf").write_bytes(b"")
    outside = tmp_path / "secret.txt"
    outside.write_bytes(NOTICES[1].read_bytes())
    (folder / "link.txt").symlink_to(outside)
    (folder / "records.jsonld").write_text("{}")  # an earlier run's output is not a notice
    done = run_cli("parse", str(folder), "-r")
    assert done.returncode == 1
    assert done.stderr.decode().splitlines() == [  # what cannot be read at all is said first
        f"Error: {folder / 'link.txt'}: a link to a file outside the folder (--follow-links reads it)",
        f"Error: {folder / 'empty.pdf'}: empty file: no text to parse",
        "postingkit: parsed 1, failed 2 in " + done.stderr.decode().splitlines()[-1].split(" in ")[1]]
    followed = run_cli("parse", str(folder), "-r", "--follow-links", "-q")
    assert len(followed.stdout.splitlines()) == 2


def test_stdin_keeps_to_max_bytes_and_is_read_once() -> None:
    done = run_cli("parse", "-", "--max-bytes", "1000", stdin=b"x" * 5000)
    assert (done.returncode, done.stderr.decode()) == (
        1, "Error: <stdin>: stdin holds more than 1,000 bytes, over the limit (--max-bytes)\n")
    done = run_cli("parse", "-", "-", stdin=b"Driver\n")
    assert (done.returncode, done.stderr.decode()) == (2, "Error: stdin ('-') can be read only once\n")


def test_a_pattern_that_matches_nothing_is_reported(tmp_path: Path) -> None:
    done = run_cli("parse", "nothing-*.txt", cwd=tmp_path)
    assert (done.returncode, done.stderr.decode()) == (1, "Error: nothing-*.txt: no file matches this pattern\n")


def test_files_from_keeps_spaces_that_belong_to_names(tmp_path: Path) -> None:
    (tmp_path / " spaced name.txt").write_bytes(NOTICES[0].read_bytes())
    done = run_cli("parse", "--files-from", "-", stdin=b" spaced name.txt\n\n# a comment\n", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["source"]["path"] == " spaced name.txt"


def test_a_closed_pipe_exits_0_not_the_failure_status(tmp_path: Path) -> None:
    for number in range(60):
        (tmp_path / f"n{number}.txt").write_bytes(NOTICES[0].read_bytes())
    done = subprocess.run(f"{sys.executable} -m postingkit parse {tmp_path} -w 1 | head -c 10 >/dev/null; "
                          "echo ${PIPESTATUS[0]}", shell=True, executable="/bin/bash", capture_output=True,
                          cwd=ROOT, timeout=120)
    assert done.stdout == b"0\n"
    assert b"Traceback" not in done.stderr and b"Error" not in done.stderr


def test_leftover_part_files_of_a_killed_run_are_removed_on_the_next(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    stale = out / ".a.txt.json.999999999.abcd1234.part"  # no process has that id
    stale.write_text("{half")
    live = out / f".b.txt.json.{os.getpid()}.abcd1234.part"  # a writer that still runs keeps its file
    live.write_text("{half")
    notice = tmp_path / "a.txt"
    notice.write_bytes(NOTICES[0].read_bytes())
    assert run_cli("parse", str(notice), "--output-dir", str(out)).returncode == 0
    assert sorted(p.name for p in out.iterdir()) == [live.name, "a.txt.json"]


def test_json_ld_is_validated_and_cleaned_like_text(tmp_path: Path) -> None:
    page = tmp_path / "job.html"
    page.write_text("""<html><head><script type="application/ld+json">{"@type": "JobPosting",
      "title": "\\u003cb\\u003eDriver\\u003c/b\\u003e \\u003cscript\\u003ealert(1)\\u003c/script\\u003e",
      "validThrough": "2025-02-30",
      "datePosted": "2025-01-10", "baseSalary": {"currency": "EURO!", "value": {"value": "NaN"}}}</script></head>
      <body><h1>Driver</h1><p>Deadline: 28 February 2025</p></body></html>""")
    record = json.loads(run_cli("parse", str(page)).stdout)
    assert record["title"] == "Driver alert(1)"
    assert record["deadline"]["date"] == "2025-02-28"
    assert record["posted"]["date"] == "2025-01-10"
    assert record["remuneration"] is None


def test_jsonld_output_says_what_google_requires_and_the_notice_lacks() -> None:
    from postingkit import parse_text
    from postingkit.export import to_jsonld

    remote = parse_text("Data Analyst\n\nThis is a fully remote role.\n\nDuties\n- Build dashboards.\n\n"
                        "Pay: EUR 5,000 in total\nDeadline: 14 July 2024, 23:59 CET\n")
    ld = to_jsonld(remote)
    assert ld["jobLocationType"] == "TELECOMMUTE"
    assert ld["description"] == "Responsibilities:\n- Build dashboards."
    assert ld["postingkitWarnings"] == [
        "datePosted: not stated in the notice", "hiringOrganization: not stated in the notice",
        "applicantLocationRequirements: a remote job with no country stated",
        "baseSalary.unitText: the pay's period is total, which schema.org's HOUR/DAY/WEEK/MONTH/YEAR cannot say"]
    stated = parse_text("Data Analyst\nOrganization: Acme\nDate posted: 1 July 2024\n"
                        "Deadline: 2024-07-14T23:59+02:00\nLocation: Remote, Germany\n")
    ld = to_jsonld(stated)
    assert ld["applicantLocationRequirements"] == [{"@type": "Country", "name": "DE"}]


def test_the_json_schema_is_strict_about_what_records_hold() -> None:
    schema = json.loads(run_cli("schema").stdout)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert "title" in schema["required"] and "warnings" in schema["required"]
    assert schema["$defs"]["DateMention"]["properties"]["date"]["pattern"] == r"^\d{4}-\d{2}-\d{2}$"
    assert schema["$defs"]["Location"]["properties"]["country"]["anyOf"][0]["pattern"] == "^[A-Z]{2}$"


def test_csv_has_a_grade_column() -> None:
    import csv
    import io

    from postingkit import parse_text
    from postingkit.export import csv_header, csv_line

    posting = parse_text("Programme Officer (P-3)\nGrade: P-3\nDuties\n- Draft reports.\n")
    rows = list(csv.DictReader(io.StringIO(csv_header() + csv_line(posting))))
    assert rows[0]["grade"] == "P-3"
