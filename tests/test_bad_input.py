"""The catalogue of broken, hostile and odd inputs: each ends in one clear error line (exit 1, no
traceback) or a correct record, and never costs the rest of a batch. Subprocess timeouts here only
catch hangs; how long each case takes is not asserted (see the README's limits)."""
from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import docx
import pytest

from postingkit.output import AtomicWriter, write_atomically

from .conftest import FIXTURES, ROOT, SAMPLES, run_cli
from .pdfmaker import make_pdf

GOOD = SAMPLES / "osce-democratization-officer.txt"


def _docx(text: str) -> bytes:
    document = docx.Document()
    document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, body in entries.items():
            archive.writestr(name, body)
    return buffer.getvalue()


PDF = make_pdf([[(72, 700, 11, "regular", "Deadline: 3 May 2025")]])

# name, bytes, expected message after "Error: <path>: "
REFUSED = [
    ("empty.txt", b"", "empty file: no text to parse"),
    ("blank.txt", b"   \n\t\r\n  ", "empty file: no text to parse"),
    ("random.txt", os.urandom(200_000), "binary data, not text (unsupported format)"),
    ("truncated.pdf", PDF[: len(PDF) // 3], "damaged PDF (Failed to load document (PDFium: Data format error).)"),
    ("scanned.pdf", make_pdf([[]]), "no text layer (scanned?): the notice is an image of text; OCR it first"),
    ("locked.pdf", (FIXTURES / "encrypted-with-user-password.pdf").read_bytes(), "encrypted PDF; decrypt it first"),
    ("not-a-zip.docx", b"PK\x03\x04 garbage", "damaged ZIP/DOCX file (File is not a zip file)"),
    ("no-document.docx", _zip({"hello.txt": b"hi"}),
     "unsupported format: a ZIP archive that is not a DOCX (no word/document.xml)"),
    ("bomb.docx", _zip({"word/document.xml": b" " * (100 * 1024 * 1024), "[Content_Types].xml": b"<x/>"}),
     "refused: word/document.xml would inflate to 104,857,600 bytes (zip bomb?)"),
    ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2000),
     "unsupported format: an old binary Word (.doc) file; save it as DOCX"),
    ("image.png", b"\x89PNG\r\n\x1a\n" + bytes(100), "unsupported format: an image; OCR it to text first"),
]


@pytest.mark.parametrize("name, data, message", REFUSED, ids=[case[0] for case in REFUSED])
def test_refused_inputs_give_one_clear_line_and_the_batch_goes_on(tmp_path: Path, name: str, data: bytes,
                                                                  message: str) -> None:
    bad = tmp_path / name
    bad.write_bytes(data)
    result = run_cli("parse", "--quiet", str(bad), str(GOOD))
    assert result.returncode == 1
    assert result.stderr.decode() == f"Error: {bad}: {message}\n"
    assert [line for line in result.stdout.splitlines() if line.strip()][-1].endswith(b"}")  # the good one


# name, bytes, the deadline the record must carry
READ_CORRECTLY = [
    ("cp1250.txt", "Deadline: 14.07.2024\nDuties\n- Support the municipalities of Čačak and Đakovica.".encode("cp1250"),
     "2024-07-14"),
    ("utf16.txt", "Deadline: 3 May 2025\nDuties\n- Draft reports.".encode("utf-16"), "2025-05-03"),
    ("utf16-no-bom.txt", "Deadline: 3 May 2025\nDuties\n- Draft reports.".encode("utf-16-le"), "2025-05-03"),
    ("mixed.txt", "Zürich office. ".encode() + b"Deadline: 3 May 2025 \x96 17:00", "2025-05-03"),
    ("broken-utf8.txt", b"Deadline: 3 May 2025\nCaf\xc3 \xff\xfe bytes", "2025-05-03"),
    ("nul-bytes.txt", b"Deadline: 3 May\x00 2025\n", "2025-05-03"),
    ("pdf-named.txt", PDF, "2025-05-03"),
    ("docx-named.pdf", _docx("Deadline: 3 May 2025"), "2025-05-03"),
    ("text-named.pdf", b"Deadline: 3 May 2025\n", "2025-05-03"),
]


@pytest.mark.parametrize("name, data, deadline", READ_CORRECTLY, ids=[case[0] for case in READ_CORRECTLY])
def test_odd_but_readable_inputs_parse_correctly(tmp_path: Path, name: str, data: bytes, deadline: str) -> None:
    from postingkit import parse

    path = tmp_path / name
    path.write_bytes(data)
    assert parse(path).deadline.date == deadline


def test_cp1250_text_keeps_its_letters(tmp_path: Path) -> None:
    from postingkit import parse

    path = tmp_path / "cp1250.txt"
    path.write_bytes(READ_CORRECTLY[0][1])
    assert [d.text for d in parse(path).duties] == ["Support the municipalities of Čačak and Đakovica."]


def test_cp1252_text_keeps_its_pound_signs(tmp_path: Path) -> None:
    """A UK notice saved by Windows Notepad in cp1252: "£" is no cp1250 "Ł", whatever "’" the text holds."""
    from postingkit import parse

    path = tmp_path / "cp1252.txt"
    path.write_bytes("Fundraising Manager\n\nSalary: £32,000 - £35,000 per year\nWe’re a regional charity.\n"
                     .encode("cp1252"))
    pay = parse(path).remuneration
    assert (pay.min, pay.max, pay.currency, pay.text) == (32000.0, 35000.0, "GBP", "£32,000 - £35,000 per year")


def test_huge_single_line_text_is_cut_with_a_warning(tmp_path: Path) -> None:
    from postingkit import parse

    path = tmp_path / "one-line.txt"
    path.write_bytes(b"Deadline: 3 May 2025. " + b"The officer supports partners. " * 340_000)
    posting = parse(path)
    assert posting.deadline.date == "2025-05-03"
    assert posting.warnings == ["only the first 2,000,000 characters of 10,540,022 were read",
                                "the text was cut to its first 1,000,000 characters (no line over 100,000)"]


def test_pdf_of_hundreds_of_pages_reads_the_first_300_and_says_so(tmp_path: Path) -> None:
    from postingkit import parse

    pages = [[(72, 700, 11, "regular", f"Page {n} holds a sentence of the notice.")] for n in range(450)]
    pages[0] = [(72, 700, 11, "regular", "Deadline: 3 May 2025")]
    path = tmp_path / "long.pdf"
    path.write_bytes(make_pdf(pages))
    posting = parse(path)
    assert (posting.source.pages, posting.deadline.date) == (450, "2025-05-03")
    assert posting.warnings == ["only the first pages were read; 150 more were skipped"]


def test_file_over_max_bytes_directory_fifo_and_missing_file(tmp_path: Path) -> None:
    empty_folder = tmp_path / "empty"
    empty_folder.mkdir()
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    result = run_cli("parse", "--quiet", "--max-bytes", "1000", str(GOOD), str(empty_folder), str(fifo),
                     str(tmp_path / "missing.txt"))
    assert result.returncode == 1
    assert result.stderr.decode().splitlines() == [
        f"Error: {empty_folder}: no notices found in this folder (sub-folders are read with --recursive)",
        f"Error: {GOOD}: file is 5,789 bytes, over the 1,000-byte limit (--max-bytes)",
        f"Error: {fifo}: not a regular file (a FIFO, socket or device)",
        f"Error: {tmp_path / 'missing.txt'}: no such file"]


def test_unreadable_file_is_reported_as_permission_denied(tmp_path: Path, monkeypatch) -> None:
    from postingkit.errors import InputError
    from postingkit.pipeline import read_file

    path = tmp_path / "secret.txt"
    path.write_text("Deadline: 3 May 2025")

    def denied(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", denied)  # root ignores file modes, so simulate the refusal
    with pytest.raises(InputError, match="permission denied"):
        read_file(path)


def test_failed_output_leaves_the_old_file_and_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "records.jsonl"
    target.write_text("old\n")
    with pytest.raises(RuntimeError):
        with AtomicWriter(target) as handle:
            handle.write("half a reco")
            raise RuntimeError("disk full")
    assert target.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["records.jsonl"]


def test_ctrl_c_during_a_small_write_waits_until_the_file_is_whole(tmp_path: Path) -> None:
    target = tmp_path / "record.json"

    def write_then_interrupt(handle_write):
        def write(text):
            handle_write(text[: len(text) // 2])
            os.kill(os.getpid(), signal.SIGINT)
            return handle_write(text[len(text) // 2:])
        return write

    original_enter = AtomicWriter.__enter__

    def enter(self):
        handle = original_enter(self)
        handle.write = write_then_interrupt(handle.write)
        return handle

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(AtomicWriter, "__enter__", enter)
        with pytest.raises(KeyboardInterrupt):
            write_atomically(target, '{"title": "Driver"}\n')
    assert target.read_text() == '{"title": "Driver"}\n'
    assert [p.name for p in tmp_path.iterdir()] == ["record.json"]


def test_ctrl_c_mid_batch_leaves_whole_outputs_and_no_partial_files(tmp_path: Path) -> None:
    notices = tmp_path / "in"
    notices.mkdir()
    for i in range(400):
        (notices / f"{i:04d}.txt").write_bytes(GOOD.read_bytes())
    out = tmp_path / "out"
    process = subprocess.Popen([sys.executable, "-m", "postingkit", "parse", "--workers", "2", "--output-dir",
                                str(out), str(notices)], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(list(out.glob("*.json"))) < 5:
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130
    assert stderr.decode().splitlines()[-1] == "Error: interrupted"
    written = list(out.iterdir())
    assert 5 <= len(written) < 400
    assert [p.name for p in written if p.suffix != ".json"] == []  # no .part files
    import json
    assert all(json.loads(p.read_text())["title"] == "Democratization Officer" for p in written)


def test_csv_cells_that_look_like_formulas_are_neutralised_unless_asked(tmp_path: Path) -> None:
    notice = tmp_path / "formula.txt"
    notice.write_text("=HYPERLINK(A1) Finance Officer\nDuties\n- @SUM(A1) the budget.\n")
    safe = run_cli("parse", "--format", "csv", str(notice)).stdout.decode()
    assert "'=HYPERLINK(A1) Finance Officer" in safe and "'@SUM(A1) the budget." in safe
    raw = run_cli("parse", "--format", "csv", "--csv-allow-formulas", str(notice)).stdout.decode()
    assert "'" not in raw and ",=HYPERLINK(A1) Finance Officer," in raw
