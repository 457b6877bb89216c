"""Speed, side by side: the figures of issue 15. Run: python benchmarks/batch.py [--notices N] [--big]

  - cold start: `postingkit parse notice.txt` against the smallest typer program that prints a pydantic
    model (a typer command printing a one-field model), best of 15 each, taking turns, after one run that writes the
    bytecode and the regex cache (as any installed copy has them);
  - text notices per CPU-second, warm, one core, over ../shared/corpus/{dev,ngo,jobboard}/*.txt (the
    samples when the shared corpus is not beside the repository); process CPU time, which a busy machine
    disturbs less than wall time; the heading memo is emptied before each notice so that parsing the same
    notices again does not flatter the figure;
  - cost per KB of a 1 MB notice against a 10 KB one (different notices' text joined, so nothing repeats
    in a way a memo could exploit);
  - N mixed notices (copies of samples/ in every format) through parse_many with 1 and with 2 workers;
  - --big: 10,000 text notices with 2 workers, the largest worker's memory after 100 and after 10,000.
Figures on a shared 2-core machine are noisy: read the ratios, run twice."""
from __future__ import annotations

import argparse
import compileall
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from postingkit import parse_many
from postingkit.headings import classify_heading
from postingkit.pipeline import parse_bytes, parse_notices

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SHARED = ROOT.parent / "shared" / "corpus"

FLOOR_PROGRAM = """import typer
from pydantic import BaseModel


class Record(BaseModel):
    title: str


app = typer.Typer()


@app.command()
def parse(path: str):
    print(Record(title=path).model_dump_json())


app()
"""


def text_notices() -> list[bytes]:
    found = sorted(p for folder in ("dev", "ngo", "jobboard") for p in (SHARED / folder).glob("*.txt"))
    return [p.read_bytes() for p in (found or sorted(SAMPLES.glob("*.txt")))]


def cpu_rate(texts: list[bytes], seconds: float = 4.0) -> float:
    """Text notices per CPU-second through parse_bytes."""
    for data in texts:
        parse_bytes(data, None)
    done, start = 0, time.process_time()
    while time.process_time() - start < seconds:
        for data in texts:
            classify_heading.cache_clear()
            parse_bytes(data, None)
            done += 1
    return done / (time.process_time() - start)


def cpu_per_kb(data: bytes, runs: int) -> float:
    """CPU seconds per KB for every notice of the text: parse_notices, since `parse` reads only the first
    of several notices that one file holds, and joined notices are taken for several."""
    parse_notices(data)
    start = time.process_time()
    for _ in range(runs):
        classify_heading.cache_clear()
        parse_notices(data)
    return (time.process_time() - start) / runs / (len(data) / 1024)


def joined_notice(texts: list[bytes], size: int) -> bytes:
    """Different notices' text, one after another, cut to `size` bytes at a line end."""
    out = bytearray()
    while len(out) < size:
        for data in texts:
            out += data + b"\n\n"
            if len(out) >= size:
                break
    cut = out.rfind(b"\n", 0, size)
    return bytes(out[:cut if cut > 0 else size])


def build_corpus(folder: Path, count: int, suffixes: tuple[str, ...]) -> list[str]:
    sources = sorted(p for p in SAMPLES.iterdir() if p.suffix in suffixes)
    paths = []
    for i in range(count):
        source = sources[i % len(sources)]
        target = folder / f"{i:06d}-{source.name}"
        shutil.copyfile(source, target)
        paths.append(str(target))
    return paths


def batch_rate(paths: list[str], workers: int) -> float:
    start = time.perf_counter()
    failed = sum(1 for r in parse_many(paths, workers=workers) if not r.ok)
    if failed:
        print(f"  ({failed} failed)")
    return len(paths) / (time.perf_counter() - start)


def best_of_in_turns(commands: list[list[str]], runs: int = 15) -> list[float]:
    """Each command's best wall time, the commands taking turns run by run, so that a burst of other work
    on the machine slows both sides of a ratio rather than one."""
    for command in commands:
        subprocess.run(command, stdout=subprocess.DEVNULL, check=True)  # bytecode and regex cache written
    best = [float("inf")] * len(commands)
    for _ in range(runs):
        for i, command in enumerate(commands):
            start = time.perf_counter()
            subprocess.run(command, stdout=subprocess.DEVNULL, check=True)
            best[i] = min(best[i], time.perf_counter() - start)
    return best


def peak_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def cold_start() -> None:
    compileall.compile_dir(str(ROOT / "src" / "postingkit"), quiet=1)  # as `pip install` leaves it
    notice = str(SAMPLES / "osce-democratization-officer.txt")
    with tempfile.TemporaryDirectory() as tmp:
        floor_path = Path(tmp) / "floor.py"
        floor_path.write_text(FLOOR_PROGRAM)
        cold, floor = best_of_in_turns([[sys.executable, "-m", "postingkit", "parse", notice],
                                        [sys.executable, str(floor_path), "notice.txt"]])
    print(f"cold start: postingkit parse notice.txt {cold * 1000:.0f} ms; a typer command printing a one-field "
          f"pydantic model {floor * 1000:.0f} ms; ratio {cold / floor:.2f}x (target <= 1.25x)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--notices", type=int, default=1000)
    ap.add_argument("--big", action="store_true")
    args = ap.parse_args()

    cold_start()
    texts = text_notices()
    mean_kb = sum(map(len, texts)) / len(texts) / 1024
    print(f"text notices, warm, one core: {cpu_rate(texts):.0f} per CPU-second over {len(texts)} notices "
          f"(mean {mean_kb:.1f} KB; target >= 400)")
    small, large = cpu_per_kb(joined_notice(texts, 10_000), 60), cpu_per_kb(joined_notice(texts, 1_000_000), 2)
    print(f"cost per KB: 10 KB notice {small * 1e6:.0f} us/KB, 1 MB notice {large * 1e6:.0f} us/KB, "
          f"ratio {large / small:.2f}x (target <= 1.3x)")
    with tempfile.TemporaryDirectory() as tmp:
        paths = build_corpus(Path(tmp), args.notices, (".txt", ".pdf", ".docx", ".html"))
        one = batch_rate(paths, 1)
        two = batch_rate(paths, 2)
        print(f"{args.notices} mixed notices (txt/pdf/docx/html): 1 worker {one:.0f} /s, 2 workers {two:.0f} /s, "
              f"speed-up {two / one:.2f}x (target >= 1.8x)")
        print(f"peak memory: this process {peak_mb(resource.RUSAGE_SELF):.0f} MB, "
              f"largest worker {peak_mb(resource.RUSAGE_CHILDREN):.0f} MB")
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
