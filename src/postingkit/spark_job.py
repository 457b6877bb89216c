"""A ready Spark application: every notice under IN -> Parquet records under OUT.

    spark-submit .../postingkit/spark_job.py s3a://bucket/notices/ s3a://bucket/records/
    python -m postingkit.spark_job notices/ records/          # local[*] when no master is set"""
from __future__ import annotations

import argparse

# Notices are small files: Spark's default open cost (4 MB) assumes large ones and starts a task per ~32
# notices; 256 KB gives a task per few hundred (0.68x -> 0.89x the CLI's rate in benchmarks/spark.py).
SMALL_FILES_OPEN_COST = str(256 * 1024)
ROWS_PER_ARROW_BATCH = "1000"  # what a Python worker holds at once: notice bytes plus records


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", help="folder, glob or bucket URL of notices")
    parser.add_argument("target", help="where the Parquet records go")
    parser.add_argument("--glob", help="only file names matching this, e.g. '*.pdf'")
    parser.add_argument("--split-notices", action="store_true",
                        help="a file holding several notices of one template gives a row each (a 'notice' column)")
    args = parser.parse_args(argv)

    from pyspark import SparkConf
    from pyspark.sql import SparkSession

    from .spark import parse_files

    conf = SparkConf()
    builder = SparkSession.builder.appName("postingkit")
    if not conf.contains("spark.master"):
        builder = builder.master("local[*]")
    for key, value in (("spark.sql.files.openCostInBytes", SMALL_FILES_OPEN_COST),
                       ("spark.sql.execution.arrow.maxRecordsPerBatch", ROWS_PER_ARROW_BATCH)):
        if not conf.contains(key):
            builder = builder.config(key, value)
    spark = builder.getOrCreate()
    parse_files(spark, args.source, glob=args.glob, split_notices=args.split_notices) \
        .write.mode("overwrite").parquet(args.target)
    spark.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
