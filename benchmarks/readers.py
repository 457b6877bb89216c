"""How long each reader takes per notice, in-process, one core. Run: python benchmarks/readers.py

Prints the median of several runs for every sample, per format, and (if pdfplumber is installed)
pdfplumber's own text extraction on the same PDFs for comparison. Read ratios, not absolute times:
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


def main() -> int:
    print(f"{'sample':44s} {'format':6s} {'pages':>5s} {'read ms':>8s}")
    for path in sorted(SAMPLES.iterdir()):
        if path.suffix not in (".txt", ".pdf", ".docx", ".html"):
            continue
        data = path.read_bytes()
        fmt = detect_format(data, path.name)
        pages = read_document(data, fmt).pages
        print(f"{path.name:44s} {fmt:6s} {pages or '':>5} {median_ms(lambda d=data, f=fmt: read_document(d, f)):8.1f}")
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
