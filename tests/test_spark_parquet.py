"""Parquet from the command line and DataFrames from postingkit.spark hold the same records as
`postingkit parse` (issue 16). Spark runs on local[2]; CI installs pyspark and has a Java runtime."""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from .conftest import SAMPLES, run_cli


def _needs(module: str) -> None:
    """In CI a missing extra is a failure, not a skip (imported here, not at collection: pyarrow starts threads)."""
    if not os.environ.get("CI"):
        pytest.importorskip(module)

NOTICES = sorted(p for p in SAMPLES.iterdir() if p.suffix in (".txt", ".pdf", ".docx", ".html"))


@pytest.fixture(scope="module")
def cli_records() -> dict[str, dict]:
    done = run_cli("parse", *map(str, NOTICES), "-f", "jsonl", "-w", "1")
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]
    return {Path(r["source"]["path"]).name: r for r in records}


def _without_path(record: dict) -> dict:
    return {**record, "source": {**record["source"], "path": None}}


def _broken_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"  \n")
    (folder / "truncated.pdf").write_bytes((SAMPLES / "osce-democratization-officer.pdf").read_bytes()[:900])
    (folder / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    (folder / "fine.txt").write_bytes((SAMPLES / "osce-democratization-officer.txt").read_bytes())
    return folder


def test_parquet_from_the_cli_reads_back_equal_in_pyarrow_and_pandas(tmp_path: Path, cli_records) -> None:
    _needs("pyarrow")
    import pandas as pd
    import pyarrow.parquet as pq

    out = tmp_path / "records.parquet"
    done = run_cli("parse", *map(str, NOTICES), "-f", "parquet", "-o", str(out), "-w", "1")
    assert done.returncode == 0, done.stderr
    rows = pq.read_table(out).to_pylist()
    assert {Path(r["source"]["path"]).name: r for r in rows} == cli_records
    frame = pd.read_parquet(out)
    assert list(frame.columns) == list(cli_records["osce-democratization-officer.txt"])
    osce = frame[frame["title"] == "Democratization Officer"].iloc[0]
    cli_osce = cli_records["osce-democratization-officer.txt"]
    assert osce["remuneration"]["currency"] == cli_osce["remuneration"]["currency"]
    assert [l["code"] for l in osce["languages"]] == [
        l["code"] for l in cli_records["osce-democratization-officer.txt"]["languages"]]
    assert pq.read_schema(out).field("remuneration").type.field("min").type == "double"


def test_parquet_needs_a_file_and_refuses_output_dir(tmp_path: Path) -> None:
    _needs("pyarrow")
    done = run_cli("parse", str(NOTICES[0]), "-f", "parquet")
    assert (done.returncode, done.stderr) == (2, b"Error: parquet is a binary file: name it with --output FILE\n")
    done = run_cli("parse", str(NOTICES[0]), "-f", "csv", "--output-dir", str(tmp_path / "out"))
    assert done.returncode == 2
    assert done.stderr == (b"Error: --output-dir writes one JSON or JSON-LD file per notice; "
                           b"for csv use --output FILE\n")


# --- Spark -----------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def spark():
    _needs("pyspark")
    from pyspark.sql import SparkSession

    os.environ["PYSPARK_PYTHON"] = sys.executable  # the executors' Python must have postingkit installed
    session = (SparkSession.builder.master("local[2]").appName("postingkit-tests")
               .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def test_spark_records_equal_the_cli_records_for_every_sample(spark, cli_records) -> None:
    from postingkit.spark import parse_files

    rows = parse_files(spark, str(SAMPLES)).collect()
    assert sorted(Path(r.path).name for r in rows) == sorted(cli_records)
    for row in rows:
        name = Path(row.path).name
        assert row.error is None
        assert row.record.source.path == row.path
        assert _without_path(row.record.asDict(recursive=True)) == _without_path(cli_records[name]), name


def test_spark_broken_files_are_error_rows_with_the_cli_messages(spark, tmp_path: Path) -> None:
    from postingkit.spark import parse_files

    folder = _broken_folder(tmp_path)
    got = {Path(r.path).name: (r.error, r.record is None) for r in parse_files(spark, str(folder)).collect()}
    done = run_cli("parse", *(str(p) for p in sorted(folder.iterdir())), "-w", "1")
    cli = {line.split(": ", 2)[1].rsplit("/", 1)[1]: line.split(": ", 2)[2]
           for line in done.stderr.decode().splitlines() if line.startswith("Error: ")}
    assert got == {"empty.txt": (cli["empty.txt"], True), "truncated.pdf": (cli["truncated.pdf"], True),
                   "old.doc": (cli["old.doc"], True), "fine.txt": (None, False)}
    too_large = parse_files(spark, str(folder / "fine.txt"), max_bytes=100).collect()[0]
    assert (too_large.record, too_large.error) == (None, f"file is {(folder / 'fine.txt').stat().st_size} bytes, "
                                                         "over the 100-byte limit")


def test_spark_parse_column_takes_text_and_keeps_the_other_columns(spark) -> None:
    from postingkit.spark import parse_column

    text = (SAMPLES / "osce-democratization-officer.txt").read_text(encoding="utf-8")
    df = spark.createDataFrame([(1, text), (2, ""), (3, None)], "id long, body string")
    rows = {r.id: r for r in parse_column(df, "body").collect()}
    assert rows[1].record.title == "Democratization Officer" and rows[1].error is None
    assert rows[1].body == text
    assert (rows[2].record, rows[2].error) == (None, "empty file: no text to parse")
    assert (rows[3].record, rows[3].error) == (None, "no notice in this row (null)")
    remuneration = parse_column(df, "body").where("id = 1").select("record.remuneration.min").first()[0]
    assert remuneration == 1609.42


def test_spark_splits_a_file_of_several_notices_when_asked(spark, tmp_path: Path) -> None:
    """As `postingkit parse --split-notices`: a row for each notice of one template, numbered, the other
    columns repeated; a failure stays one row with no number."""
    from postingkit.spark import parse_column, parse_files

    from .test_cli import _two_notices_of_one_template

    (tmp_path / "two.txt").write_bytes(_two_notices_of_one_template())
    (tmp_path / "empty.txt").write_bytes(b"  \n")
    rows = parse_files(spark, str(tmp_path), split_notices=True).orderBy("path", "notice").collect()
    assert [(Path(r.path).name, r.notice, r.record and r.record.title, r.error) for r in rows] == [
        ("empty.txt", None, None, "empty file: no text to parse"),
        ("two.txt", 1, "Frontend Developer", None), ("two.txt", 2, "Backend Developer", None)]
    assert rows[1].record.source.path.endswith("two.txt")
    whole = parse_files(spark, str(tmp_path / "two.txt")).collect()
    assert [(r.record.title, "notice" in r.asDict()) for r in whole] == [("Frontend Developer", False)]
    df = spark.createDataFrame([(7, _two_notices_of_one_template().decode())], "id long, body string")
    assert [(r.id, r.notice) for r in parse_column(df, "body", split_notices=True).collect()] == [(7, 1), (7, 2)]


def test_parquet_from_the_cli_reads_back_equal_in_spark(spark, tmp_path: Path, cli_records) -> None:
    out = tmp_path / "records.parquet"
    assert run_cli("parse", *map(str, NOTICES), "-f", "parquet", "-o", str(out), "-w", "1").returncode == 0
    rows = [r.asDict(recursive=True) for r in spark.read.parquet(str(out)).collect()]
    assert {Path(r["source"]["path"]).name: r for r in rows} == cli_records


def test_the_spark_job_writes_parquet_records_of_a_folder(spark, tmp_path: Path, cli_records) -> None:
    import subprocess

    out = tmp_path / "records"
    done = subprocess.run([sys.executable, "-m", "postingkit.spark_job", str(SAMPLES), str(out)], capture_output=True,
                          env={**os.environ, "PYSPARK_PYTHON": sys.executable}, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    rows = [r.asDict(recursive=True) for r in spark.read.parquet(str(out)).collect()]
    assert sorted(Path(r["path"]).name for r in rows) == sorted(cli_records)
    assert all(r["error"] is None for r in rows)
    assert {Path(r["path"]).name: _without_path(r["record"]) for r in rows} == {
        name: _without_path(record) for name, record in cli_records.items()}
