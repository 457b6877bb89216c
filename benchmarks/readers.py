"""How long each reader takes per notice, in-process, one core. Run: python benchmarks/readers.py

Prints the median of several runs for every sample, per format; parsing every PDF of the shared realdocs
and of the samples against `pdftotext -layout` on the same file (issue 13); and (if pdfplumber is
installed) pdfplumber's own text extraction on the same PDFs. Read ratios, not absolute times:
the machine is shared and noisy."""
from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

from postingkit.readers import read_document
from postingkit.readers.detect import detect_format

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
RUNS = 15


def median_ms(action, runs: int = RUNS) -> float:
    action()  # warm-up: imports and caches
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def side_by_side_ms(ours, theirs, runs: int = 9) -> tuple[float, float]:
    """Medians of both, their runs taking turns: a busy moment of the machine slows both, not one."""
    ours(), theirs()
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        for action, record in ((ours, times[0]), (theirs, times[1])):
            start = time.perf_counter()
            action()
            record.append(time.perf_counter() - start)
    return statistics.median(times[0]) * 1000, statistics.median(times[1]) * 1000


SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


def against_pdftotext() -> None:
    """Parsing each PDF in-process (read and extract, the whole record) against `pdftotext -layout FILE -`
    on the same file (a process: what a user would otherwise run), medians of runs taking turns."""
    import shutil
    import subprocess

    from postingkit.pipeline import parse_bytes

    if shutil.which("pdftotext") is None:
        print("(pdftotext not installed: apt-get install poppler-utils to compare)")
        return
    paths = sorted((SHARED / "realdocs").glob("*.pdf")) + sorted(SAMPLES.glob("*.pdf"))
    ratios = []
    print(f"\n{'PDF':48s} {'parse ms':>9s} {'pdftotext':>9s} {'ratio':>6s}")
    for path in paths:
        data = path.read_bytes()
        ours, theirs = side_by_side_ms(
            lambda d=data: parse_bytes(d, None),
            lambda p=path: subprocess.run(["pdftotext", "-layout", str(p), "-"], capture_output=True, check=True))
        ratios.append(ours / theirs)
        print(f"{path.name[:48]:48s} {ours:9.1f} {theirs:9.1f} {ours / theirs:6.2f}")
    print(f"{len(paths)} PDFs: median ratio {statistics.median(ratios):.2f}x (target <= 1.5x), "
          f"worst {max(ratios):.2f}x (target <= 2.5x)")


def main() -> int:
    print(f"{'sample':44s} {'format':6s} {'pages':>5s} {'read ms':>8s}")
    for path in sorted(SAMPLES.iterdir()):
        if path.suffix not in (".txt", ".pdf", ".docx", ".html"):
            continue
        data = path.read_bytes()
        fmt = detect_format(data, path.name)
        pages = read_document(data, fmt).pages
        print(f"{path.name:44s} {fmt:6s} {pages or '':>5} {median_ms(lambda d=data, f=fmt: read_document(d, f)):8.1f}")
    against_pdftotext()
    try:
        import pdfplumber
    except ImportError:
        print("(pdfplumber not installed: `pip install pdfplumber` to compare)")
        return 0
    print("\npdfplumber extract_text on the same PDFs, for comparison:")
    for path in sorted(SAMPLES.glob("*.pdf")):
        def extract(path: Path = path) -> None:
            with pdfplumber.open(path) as pdf:
                for page in pdf.pages:
                    page.extract_text()
        print(f"{path.name:44s} {median_ms(extract, runs=3):8.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
