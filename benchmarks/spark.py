"""Spark on local[2] against `postingkit parse --workers 2`, on the same N notices.
Run: pip install -e '.[spark]'; python benchmarks/spark.py [--notices 2000]

Builds N notices (copies of samples/ in every format) in a temporary folder, then times:
  - the command line with 2 workers writing JSON Lines to a file,
  - postingkit.spark.parse_files on local[2] written to Parquet (the whole job, JVM start excluded:
    the session is started and warmed on a few files first, as on a cluster that is already up), with
    the small-files open cost that postingkit.spark_job sets (Spark's 4 MB default gave 0.68x here).
Prints notices per second for each and their ratio. A 2-core machine is noisy: run it twice."""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from batch import build_corpus  # noqa: E402


def cli_rate(folder: Path, count: int, out: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "postingkit", "parse", str(folder), "--workers", "2", "-q",
                    "-o", str(out)], check=True)
    return count / (time.perf_counter() - start)


def spark_rate(folder: Path, count: int, out: Path) -> float:
    from pyspark.sql import SparkSession

    from postingkit.spark import parse_files
    from postingkit.spark_job import SMALL_FILES_OPEN_COST

    os.environ["PYSPARK_PYTHON"] = sys.executable
    spark = (SparkSession.builder.master("local[2]").appName("postingkit-bench")
             .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
             .config("spark.sql.files.openCostInBytes", SMALL_FILES_OPEN_COST).getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    warm = folder.parent / "warm"
    warm.mkdir()
    build_corpus(warm, 20, (".txt", ".pdf", ".docx", ".html"))
    parse_files(spark, str(warm)).write.mode("overwrite").parquet(str(out) + ".warm")
    start = time.perf_counter()
    df = parse_files(spark, str(folder))
    df.write.mode("overwrite").parquet(str(out))
    rate = count / (time.perf_counter() - start)
    errors = spark.read.parquet(str(out)).where("error is not null").count()
    spark.stop()
    if errors:
        print(f"  ({errors} error rows)")
    return rate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notices", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp) / "notices"
        folder.mkdir()
        build_corpus(folder, args.notices, (".txt", ".pdf", ".docx", ".html"))
        cli = cli_rate(folder, args.notices, Path(temp) / "records.jsonl")
        spark = spark_rate(folder, args.notices, Path(temp) / "records.parquet")
    print(f"{args.notices} mixed notices (txt/pdf/docx/html)")
    print(f"  postingkit parse --workers 2 : {cli:7.1f} notices/s")
    print(f"  Spark local[2], parse_files  : {spark:7.1f} notices/s")
    print(f"  Spark / CLI                  : {spark / cli:7.2f}x  (target >= 0.7x)")


if __name__ == "__main__":
    main()
