"""Batch throughput, scaling and memory. Run: python benchmarks/batch.py [--notices N] [--big]

Builds a corpus of N notices (copies of samples/ in every format) in a temporary folder, then prints:
  - text notices per second parsed in-process on one core,
  - notices per second through parse_many with 1 and with 2 worker processes, and the speed-up,
  - peak resident memory of this process and of the largest worker,
  - cold start of `postingkit parse notice.txt` against `python -c "import typer, pydantic"`, and against
    the least a typer program that prints one pydantic model costs.
--big also parses 10,000 text notices with 2 workers and reports memory at the start and the end.
Figures on a shared 2-core machine are noisy: read ratios, run twice."""
from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from postingkit import parse_many
from postingkit.pipeline import parse_bytes

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def build_corpus(folder: Path, count: int, suffixes: tuple[str, ...]) -> list[str]:
    sources = sorted(p for p in SAMPLES.iterdir() if p.suffix in suffixes)
    paths = []
    for i in range(count):
        source = sources[i % len(sources)]
        target = folder / f"{i:06d}-{source.name}"
        shutil.copyfile(source, target)
        paths.append(str(target))
    return paths


def in_process_text_rate(seconds: float = 3.0) -> float:
    """Notices per second through parse_bytes. The heading memo is
    emptied before each notice, so parsing the same five samples again and again does not flatter
    the figure: a real batch rarely sees the same item twice."""
    texts = [p.read_bytes() for p in sorted(SAMPLES.glob("*.txt"))]
    for data in texts:
        parse_bytes(data, None)
    done, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        for data in texts:
            _forget_caches()
            parse_bytes(data, None)
            done += 1
    return done / (time.perf_counter() - start)


def _forget_caches() -> None:
    from postingkit import headings

    headings.classify_heading.cache_clear()


def batch_rate(paths: list[str], workers: int) -> float:
    start = time.perf_counter()
    failed = sum(1 for r in parse_many(paths, workers=workers) if not r.ok)
    if failed:
        print(f"  ({failed} failed)")
    return len(paths) / (time.perf_counter() - start)


def best_of(command: list[str], runs: int = 7) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, check=True)
        best = min(best, time.perf_counter() - start)
    return best


ONE_MODEL_PROGRAM = """import typer
from pydantic import BaseModel
class Record(BaseModel):
    title: str
print(Record(title="x").model_dump_json())
"""

# Typer 0.29 validates each parameter through a pydantic TypeAdapter, so even a command with no model of
# its own loads BaseModel's machinery when it runs.
ECHO_COMMAND_PROGRAM = """import typer
app = typer.Typer()
@app.command()
def echo(text: str):
    print(text)
app(["x"])
"""


def peak_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--notices", type=int, default=400)
    ap.add_argument("--big", action="store_true")
    args = ap.parse_args()

    print(f"text notices, in-process, one core: {in_process_text_rate():.0f} /s")
    with tempfile.TemporaryDirectory() as tmp:
        paths = build_corpus(Path(tmp), args.notices, (".txt", ".pdf", ".docx", ".html"))
        one = batch_rate(paths, 1)
        two = batch_rate(paths, 2)
        print(f"{args.notices} mixed notices (txt/pdf/docx/html): 1 worker {one:.0f} /s, 2 workers {two:.0f} /s, "
              f"speed-up {two / one:.2f}x")
        print(f"peak memory: this process {peak_mb(resource.RUSAGE_SELF):.0f} MB, "
              f"largest worker {peak_mb(resource.RUSAGE_CHILDREN):.0f} MB")
    notice = str(SAMPLES / "osce-democratization-officer.txt")
    cold = best_of([sys.executable, "-m", "postingkit", "parse", notice])
    base = best_of([sys.executable, "-c", "import typer, pydantic"])
    # `import pydantic` is lazy: BaseModel's machinery loads only when a model is defined. This is the
    # least any typer program whose output is a pydantic model can cost, whatever it does besides.
    floor = best_of([sys.executable, "-c", ONE_MODEL_PROGRAM])
    echo = best_of([sys.executable, "-c", ECHO_COMMAND_PROGRAM])
    print(f"cold start: postingkit parse notice.txt {cold * 1000:.0f} ms, "
          f"import typer, pydantic {base * 1000:.0f} ms ({cold / base:.1f}x); "
          f"typer + one one-field pydantic model dumped {floor * 1000:.0f} ms ({floor / base:.1f}x); "
          f"a typer command that echoes one argument {echo * 1000:.0f} ms ({echo / base:.1f}x)")
    if args.big:
        with tempfile.TemporaryDirectory() as tmp:
            paths = build_corpus(Path(tmp), 10_000, (".txt",))
            start = time.perf_counter()
            rss = []
            for i, _result in enumerate(parse_many(paths, workers=2)):
                if i in (100, 9_999):
                    rss.append(peak_mb(resource.RUSAGE_CHILDREN))
            took = time.perf_counter() - start
            print(f"10,000 text notices, 2 workers: {10_000 / took:.0f} /s; largest worker after 100 notices "
                  f"{rss[0]:.0f} MB, after 10,000 {rss[1]:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
