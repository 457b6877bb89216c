"""The command line as users drive it: exact stdout shapes, stderr messages and exit codes."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

from postingkit import parse
from postingkit.export import CSV_COLUMNS, to_json

from .conftest import SAMPLES, run_cli

OSCE = SAMPLES / "osce-democratization-officer.txt"
IOM = SAMPLES / "iom-nama-local-consultant.txt"


def test_one_file_prints_one_json_object_identical_to_the_library() -> None:
    result = run_cli("parse", str(OSCE))
    assert result.returncode == 0, result.stderr
    assert result.stderr == b""
    assert result.stdout.decode() == to_json(parse(str(OSCE))) + "\n"


def test_several_files_print_json_lines_in_input_order() -> None:
    result = run_cli("parse", str(OSCE), str(IOM))
    lines = result.stdout.decode().splitlines()
    assert result.returncode == 0
    assert [json.loads(line)["title"] for line in lines] == ["Democratization Officer", "Local consultant"]


def test_stdin_dash_reads_the_notice() -> None:
    result = run_cli("parse", "-", stdin=OSCE.read_bytes())
    record = json.loads(result.stdout)
    assert result.returncode == 0
    assert record["source"]["path"] is None
    assert record["remuneration"]["currency"] == "EUR"


def test_csv_has_header_and_one_row_per_notice() -> None:
    result = run_cli("parse", "--format", "csv", str(OSCE), str(IOM))
    rows = list(csv.reader(io.StringIO(result.stdout.decode())))
    assert rows[0] == CSV_COLUMNS
    assert len(rows) == 3
    assert rows[1][CSV_COLUMNS.index("pay_min")] == "1609.42"
    assert rows[2][CSV_COLUMNS.index("countries")] == "AL"


def test_output_file_is_written_and_stdout_stays_empty(tmp_path: Path) -> None:
    target = tmp_path / "out" / "record.json"
    result = run_cli("parse", str(OSCE), "-o", str(target))
    assert result.returncode == 0
    assert result.stdout == b""
    assert json.loads(target.read_text())["title"] == "Democratization Officer"
    assert [p.name for p in target.parent.iterdir()] == ["record.json"]  # no temp file left behind


def test_missing_file_is_one_error_line_and_exit_1_while_others_still_parse(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    result = run_cli("parse", str(missing), str(OSCE))
    assert result.returncode == 1
    errors, summary = result.stderr.decode().splitlines()
    assert errors == f"Error: {missing}: no such file"
    assert summary.startswith("postingkit: parsed 1, failed 1 in ")
    assert json.loads(result.stdout)["title"] == "Democratization Officer"


def test_empty_file_is_an_error(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"  \n\n ")
    result = run_cli("parse", str(empty))
    assert result.returncode == 1
    assert result.stderr.decode() == f"Error: {empty}: empty file: no text to parse\n"
    assert result.stdout == b""


def test_unknown_option_is_a_usage_error_with_exit_2() -> None:
    result = run_cli("parse", "--frobnicate", str(OSCE))
    assert result.returncode == 2
    assert b"No such option" in result.stderr


def test_schema_is_the_record_json_schema() -> None:
    result = run_cli("schema")
    schema = json.loads(result.stdout)
    assert result.returncode == 0
    assert schema["title"] == "Posting"
    assert {"title", "duties", "qualifications", "languages", "deadline", "remuneration"} <= set(schema["properties"])


def test_every_command_has_help_text() -> None:
    for command in ("parse", "schema", "version"):
        result = run_cli(command, "--help")
        assert result.returncode == 0
        assert b"Usage:" in result.stdout


def test_parsing_one_text_notice_loads_no_pdf_docx_html_or_process_machinery() -> None:
    code = ("import sys, contextlib, io\n"
            "from postingkit.cli import main\n"
            f"sys.argv = ['postingkit', 'parse', {str(OSCE)!r}]\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            "    try:\n"
            "        main()\n"
            "    except SystemExit:\n"
            "        pass\n"
            "print(sorted(m for m in ('pypdfium2', 'docx', 'lxml', 'multiprocessing') if m in sys.modules))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode().strip() == "[]"


def test_explain_shows_the_rule_the_source_line_and_the_runners_up() -> None:
    from .conftest import SAMPLES, run_cli

    done = run_cli("explain", str(SAMPLES / "osce-democratization-officer.txt"), "--field", "organization")
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode().splitlines() == [
        'organization: "OSCE Mission in Kosovo"',
        "  rule: organization.named_in_text  chars 45-67, line: 'The OSCE Mission in Kosovo is an international "
        "organization that aims to promote peace, stability, …'",
        "  also: organization.letterhead (score 6): 'Job Posting Organization'",
        "  also: organization.known_acronym (score 5): 'OSCE'"]
    wrong = run_cli("explain", str(SAMPLES / "osce-democratization-officer.txt"), "--field", "salary")
    assert wrong.returncode == 2 and wrong.stderr.decode().startswith("Error: --field salary: not one of title,")


def _two_notices_of_one_template() -> bytes:
    """Two job descriptions of one company in one file (the shape of realdocs/visnet-jd.pdf)."""
    def notice(title: str, duty: str) -> str:
        return (f"We are looking for a {title}\n\nWho we are\nA software house in Pune.\n\nWhat you'll be doing\n"
                f"- {duty}\n- Review pull requests\n\nWhat skills & experience you'll bring\n- Three years of "
                f"experience\n\nWant to apply?\nWrite to jobs@example.com\n")
    return (notice("Frontend Developer", "Build React screens") + "\n" +
            notice("Backend Developer", "Design REST services")).encode()


def test_split_notices_gives_one_record_per_notice_in_every_output(tmp_path: Path) -> None:
    both = tmp_path / "two.txt"
    both.write_bytes(_two_notices_of_one_template())
    whole = run_cli("parse", str(both))
    assert json.loads(whole.stdout)["warnings"] == [
        "the file holds 2 notices of one template; this record is the first one's "
        "(postingkit.parse_notices() gives one record each)"]
    lines = run_cli("parse", "--split-notices", str(both), str(OSCE)).stdout.decode().splitlines()
    assert [(json.loads(line)["title"], json.loads(line)["warnings"]) for line in lines] == [
        ("Frontend Developer", []), ("Backend Developer", []), ("Democratization Officer", [])]
    array = run_cli("parse", "--split-notices", "-f", "json", str(both))
    assert (array.returncode, array.stderr) == (0, b"")  # one file: no summary line
    assert [r["title"] for r in json.loads(array.stdout)] == ["Frontend Developer", "Backend Developer"]
    out = tmp_path / "out"
    assert run_cli("parse", "--split-notices", "--output-dir", str(out), str(both)).returncode == 0
    assert sorted(p.name for p in out.iterdir()) == ["two.txt.2.json", "two.txt.json"]
    assert json.loads((out / "two.txt.2.json").read_text())["title"] == "Backend Developer"
