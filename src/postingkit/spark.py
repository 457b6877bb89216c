"""postingkit on Spark: notices in files or in a DataFrame column -> a DataFrame of typed records.

    from postingkit.spark import parse_files
    df = parse_files(spark, "s3a://bucket/notices/")      # path, record (a struct), error
    df.select("path", "record.title", "record.remuneration.min").show()

Built on `mapInArrow`: Spark's Python workers are reused, postingkit is imported once per worker, and
records travel as Arrow batches typed from the record's own schema (arrow.py). Nothing is collected on
the driver. A file that cannot be parsed is a row whose `error` says why (the message the command line
prints after `Error: <path>: `); it never fails the job. Needs `pip install 'postingkit[spark]'`."""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from .batch import MAX_BYTES_DEFAULT, TIMEOUT_DEFAULT

if TYPE_CHECKING:
    import pyarrow as pa
    from pyspark.sql import DataFrame, SparkSession

RECORD = "record"
ERROR = "error"
NOTICE = "notice"  # with split_notices: which notice of its file the row holds (1, 2, ...)


def parse_files(spark: SparkSession, path: str, *, recursive: bool = True, glob: str | None = None,
                max_bytes: int = MAX_BYTES_DEFAULT, timeout: float = TIMEOUT_DEFAULT,
                split_notices: bool = False) -> DataFrame:
    """Every file under `path` (a folder, a glob or a bucket URL: anything Spark's `binaryFile`
    source reads) -> one row per file: `path`, `record`, `error`. `glob` keeps only matching names
    ("*.pdf"); postingkit's own outputs (.json, .csv, .parquet ...) are skipped; files over `max_bytes` are
    error rows and their bytes are not passed to the parser. split_notices: a file holding several notices
    of one template gives a row each, numbered in a `notice` column (see pipeline.parse_notices)."""
    from pyspark.sql import functions as F

    reader = spark.read.format("binaryFile").option("recursiveFileLookup", str(recursive).lower())
    if glob:
        reader = reader.option("pathGlobFilter", glob)
    from .discovery import OWN_OUTPUTS

    files = reader.load(path)  # Spark itself leaves out hidden files ('.x', '_x'), as the command line does
    own_outputs = "|".join(suffix.lstrip(".") for suffix in OWN_OUTPUTS)
    files = files.where(~F.lower(F.col("path")).rlike(rf"\.({own_outputs})$"))  # records written beside notices
    too_large = F.col("length") > F.lit(max_bytes)
    files = files.select(
        "path",
        F.when(too_large, F.lit(None)).otherwise(F.col("content")).alias("content"),
        F.when(too_large, F.format_string(f"file is %d bytes, over the {max_bytes:,}-byte limit", F.col("length")))
        .alias("_refused"))
    parsed = parse_column(files, "content", path_column="path", timeout=timeout, split_notices=split_notices)
    return parsed.select(
        "path", *([NOTICE] if split_notices else []), RECORD,
        F.coalesce(F.col("_refused"), F.col(ERROR)).alias(ERROR))


def parse_column(df: DataFrame, column: str, *, path_column: str | None = None,
                 timeout: float = TIMEOUT_DEFAULT, split_notices: bool = False) -> DataFrame:
    """Notices held in `column` (text or bytes, as scraped datasets keep them) -> the same rows with two
    more columns: `record` (a struct of the record's own types) and `error` (null, or why the notice
    could not be parsed). `path_column` names the column whose value becomes `record.source.path`.
    split_notices: a row holding several notices of one template becomes a row each (its other columns
    repeated), numbered in a third column, `notice`."""
    from pyspark.sql.pandas.types import from_arrow_schema
    from pyspark.sql.types import StructType

    from .arrow import posting_struct, require_pyarrow

    pa = require_pyarrow()
    out_arrow = pa.schema([pa.field(RECORD, posting_struct()), pa.field(ERROR, pa.string()),
                           *([pa.field(NOTICE, pa.int32())] if split_notices else [])])
    out_schema = StructType([*df.schema.fields, *from_arrow_schema(out_arrow).fields])  # add() would edit df's own

    def parse_batches(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        for batch in batches:
            yield _parse_batch(batch, column, path_column, timeout, split_notices)

    return df.mapInArrow(parse_batches, out_schema)


def _parse_batch(batch: pa.RecordBatch, column: str, path_column: str | None,
                 timeout: float, split_notices: bool = False) -> pa.RecordBatch:
    """Runs on an executor: one Arrow batch in, the same rows with `record` and `error` out (with
    split_notices, a row for each notice of a row, its other columns repeated, and `notice`)."""
    import pyarrow as pa

    from .arrow import posting_struct
    from .workers import run_in_process

    notices = batch.column(column).to_pylist()
    paths = batch.column(path_column).to_pylist() if path_column else [None] * len(notices)
    tasks = [(path, _as_bytes(notice), split_notices) for path, notice in zip(paths, notices)]
    rows: list[int] = []  # the input row of each output row
    records: list[dict[str, Any] | None] = []
    errors: list[str | None] = []
    numbers: list[int | None] = []
    for index, outcome in run_in_process(tasks, _parse_one, timeout):
        found = (outcome[1] if isinstance(outcome[1], list) else [outcome[1]]) if outcome[0] == "ok" else [None]
        for number, record in enumerate(found, start=1):
            rows.append(index)
            records.append(record)
            errors.append(None if outcome[0] == "ok" else outcome[2])
            numbers.append(number if outcome[0] == "ok" else None)
    kept = batch.take(pa.array(rows, type=pa.int64())) if split_notices else batch
    columns = [*kept.columns, pa.array(records, type=posting_struct()), pa.array(errors, type=pa.string())]
    names = [*kept.schema.names, RECORD, ERROR]
    if split_notices:
        columns.append(pa.array(numbers, type=pa.int32()))
        names.append(NOTICE)
    return pa.RecordBatch.from_arrays(columns, names=names)


def _as_bytes(notice: Any) -> bytes | None:
    if notice is None or isinstance(notice, bytes):
        return notice
    if isinstance(notice, str):
        return notice.encode("utf-8")
    return bytes(notice)


def _parse_one(task: tuple[str | None, bytes | None, bool]) -> tuple:
    """The batch's own never-raising parse, for bytes already in memory."""
    from .batch import outcome_of
    from .pipeline import parse_bytes, parse_notices

    path, data, split = task
    if data is None:
        return ("error", "input", "no notice in this row (null)")
    if split:
        return outcome_of(lambda: parse_notices(data, path=path))
    return outcome_of(lambda: parse_bytes(data, path))
