"""Time and peak memory of the heaviest hostile inputs, each through the real command line.
Run: python benchmarks/bad_inputs.py   (the README's limits: every case under 5 s and 500 MB)"""
from __future__ import annotations

import io
import os
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from pdfmaker import make_pdf  # noqa: E402  (the tests' tiny PDF writer)


def zip_bomb() -> bytes:
    """A DOCX whose document.xml inflates to 1 GiB, written in chunks so this script stays small."""
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b" " * (16 * 1024 * 1024)
            for _ in range(64):
                member.write(chunk)
    return bomb.getvalue()


WORDS = b"The officer supports local partners and drafts reports. "
CASES = {  # name -> how to make its bytes; made one at a time so this script's own memory stays small
    "10MB-single-line.txt": lambda: WORDS * (10_000_000 // len(WORDS)),
    "10MB-of-list-items.txt": lambda: b"Duties\n" + b"- Draft the monthly report.\n" * 350_000,
    "10MB-random.txt": lambda: os.urandom(10_000_000),
    # labels repeated without what they label: each must not cost a date search (dates.py caps them)
    "50k-dateless-labels.txt": lambda: (b"Posting Period: " + b"1" * 30 + b" - \n") * 50_000,
    "50k-pay-lines.txt": lambda: b"Salary: 1234567 per month and 7654321 per year\n" * 50_000,
    "40k-place-lines.txt": lambda: b"Location: Austin, TX, Berlin, Germany; based in Kosovo\n" * 40_000,
    "500-page.pdf": lambda: make_pdf([[(72, 700 - 14 * i, 11, "regular", f"Line {i} of page {n}.")
                                       for i in range(40)] for n in range(500)]),
    "1GB-zip-bomb.docx": zip_bomb,
    "deep-nesting.html": lambda: b"<html><body>" + b"<div>" * 100_000 + b"Deadline: 3 May 2025" + b"</div>" * 100_000,
    "40MB-html.html": lambda: b"<html><body><ul>" + b"<li>Support the team.</li>" * 1_500_000 + b"</ul></body></html>",
}


def run(path: Path) -> tuple[float, float, int]:
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "postingkit", "parse", "--quiet", str(path)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    return time.perf_counter() - start, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)


def main() -> int:
    print(f"{'case':24s} {'bytes':>13s} {'seconds':>8s} {'peak MB':>8s} {'exit':>5s}")
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for name, make in CASES.items():
            paths.append(Path(tmp) / name)
            paths[-1].write_bytes(make())
        for path in paths:
            seconds, megabytes, code = run(path)
            print(f"{path.name:24s} {path.stat().st_size:13,d} {seconds:8.2f} {megabytes:8.0f} {code:5d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
