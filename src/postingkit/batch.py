"""Many notices -> records: parse in worker processes with a time limit each, and write the records
in the chosen format to stdout, a file or a folder, reporting each failure on its own line."""
from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .discovery import Input
from .errors import InputError, PostingkitError, shown_path
from .workers import default_workers, run_in_process, run_in_processes

MAX_BYTES_DEFAULT = 50 * 1024 * 1024
TIMEOUT_DEFAULT = 30.0


@dataclass
class Result:
    """What became of one input: its record, or the error that stopped it; with split_notices, `more`
    holds the records of the file's further notices (a PDF of three job descriptions)."""

    path: str
    record: dict[str, Any] | None = None
    error: PostingkitError | None = None
    more: list[dict[str, Any]] = field(default_factory=list)

    @property
    def posting(self):
        """The record as a Posting model (None for a failure)."""
        from .model import Posting

        return Posting.model_validate(self.record) if self.record is not None else None

    @property
    def records(self) -> list[dict[str, Any]]:
        """Every record the input gave: one, or one per notice with split_notices (none for a failure)."""
        return [self.record, *self.more] if self.record is not None else []

    @property
    def ok(self) -> bool:
        return self.error is None


def _parse_task(argument: tuple[str, bytes | None, int, bool]) -> tuple:
    """Runs in a worker: never raises, so one bad file cannot take the batch down."""
    path, data, max_bytes, split = argument
    from .pipeline import parse, parse_bytes, parse_notices

    if data is not None and len(data) > max_bytes:
        return ("error", "input", f"stdin holds more than {max_bytes:,} bytes, over the limit (--max-bytes)")
    if split:
        return outcome_of(lambda: parse_notices(data if data is not None else path, max_bytes=max_bytes))
    return outcome_of(lambda: parse_bytes(data, None) if data is not None else parse(path, max_bytes=max_bytes))


def outcome_of(make_posting: Callable[[], Any]) -> tuple:
    """("ok", record dict) or ("ok", [record dicts]) for a list of postings, or ("error", kind, message): a
    parse that never raises (batch, Spark)."""
    try:
        made = make_posting()
        if isinstance(made, list):
            return ("ok", [posting.model_dump(mode="json") for posting in made])
        return ("ok", made.model_dump(mode="json"))
    except PostingkitError as exc:
        return ("error", exc.kind, exc.message)
    except RecursionError:
        return ("error", "resource", "document too deeply nested to read")
    except MemoryError:
        return ("error", "resource", "document too large to read in memory")
    except Exception as exc:  # a bug in postingkit: report it on this file and keep going
        return ("error", "internal", f"internal error ({type(exc).__name__}: {exc}); please report it")


def parse_many(paths: Iterable[str], workers: int | None = None, timeout: float = TIMEOUT_DEFAULT,
               max_bytes: int = MAX_BYTES_DEFAULT, ordered: bool = True,
               split_notices: bool = False) -> Iterator[Result]:
    """Parse many notices; yields one Result per path (input order unless ordered=False).

    Failures are Results with an error, never exceptions. workers=None uses every CPU; 1 parses in
    this process. '-' reads one notice from stdin. split_notices: a file that holds several notices of
    one template gives one record each (`Result.records`; see pipeline.parse_notices)."""
    paths = list(paths)
    # stdin is read to one byte past the limit at most, so a runaway pipe cannot fill memory
    tasks = [(p, sys.stdin.buffer.read(max_bytes + 1) if p == "-" else None, max_bytes, split_notices)
             for p in paths]
    count = workers or default_workers()
    if count <= 1 or len(tasks) <= 1:
        outcomes = run_in_process(tasks, _parse_task, timeout)
    else:
        outcomes = run_in_processes(tasks, _parse_task, min(count, len(tasks)), timeout)
    waiting: dict[int, tuple] = {}
    next_index = 0
    for index, outcome in outcomes:
        if not ordered:
            yield _result(paths[index], outcome)
            continue
        waiting[index] = outcome
        while next_index in waiting:
            yield _result(paths[next_index], waiting.pop(next_index))
            next_index += 1


def _result(path: str, outcome: tuple) -> Result:
    shown = "<stdin>" if path == "-" else path
    if outcome[0] == "ok":
        if isinstance(outcome[1], list):
            return Result(shown, record=outcome[1][0], more=outcome[1][1:])
        return Result(shown, record=outcome[1])
    error = PostingkitError(outcome[2], shown)
    error.kind = outcome[1]
    return Result(shown, error=error)


# --- the command line's batch run ----------------------------------------------------------------

@dataclass
class BatchOptions:
    fmt: str = "jsonl"  # json, jsonl, csv, jsonld
    output: Path | None = None
    output_dir: Path | None = None
    skip_existing: bool = False
    workers: int | None = None
    timeout: float = TIMEOUT_DEFAULT
    max_bytes: int = MAX_BYTES_DEFAULT
    ordered: bool = True
    quiet: bool = False
    errors_file: Path | None = None
    fail_fast: bool = False
    neutralize_formulas: bool = True
    split_notices: bool = False  # one record per notice of a file holding several of one template


@dataclass
class Summary:
    parsed: int = 0
    failed: int = 0
    skipped: int = 0
    seconds: float = 0.0
    errors: list[dict[str, str]] = field(default_factory=list)

    def line(self) -> str:
        skipped = f", skipped {self.skipped}" if self.skipped else ""
        return f"postingkit: parsed {self.parsed}, failed {self.failed}{skipped} in {self.seconds:.1f} s"


def run_batch(inputs: list[Input], options: BatchOptions, report: Callable[[str], None]) -> Summary:
    """Parse every input and write its record; report each failure through `report`."""
    from .output import AtomicWriter, write_atomically, write_stdout

    summary = Summary()
    start = time.perf_counter()
    _clean_leftovers(options)
    if options.output_dir is not None and options.skip_existing:
        kept = [i for i in inputs if not _output_path(options, i).exists()]
        summary.skipped = len(inputs) - len(kept)
        inputs = kept
    if options.output_dir is not None:
        inputs = _one_output_each(inputs, options)
    for item in [i for i in inputs if i.problem]:
        summary.failed += 1
        summary.errors.append({"path": shown_path(item.path), "kind": "input", "message": item.problem or ""})
        report(f"Error: {shown_path(item.path)}: {item.problem}")
    inputs = [i for i in inputs if not i.problem]
    progress = _Progress(len(inputs), enabled=not options.quiet and len(inputs) > 1 and sys.stderr.isatty())
    by_path = {i.path if i.path != "-" else "<stdin>": i for i in inputs}
    try:
        with progress:
            if options.output_dir is not None:
                _stream(inputs, options, summary, _FolderSink(options, by_path), progress, report)
            elif options.fmt == "parquet":
                from .parquet import ParquetFile

                assert options.output is not None  # command.py asks for -o with parquet
                with ParquetFile(options.output) as parquet:
                    _stream(inputs, options, summary, _ParquetSink(parquet), progress, report)
            elif options.output is not None:
                with AtomicWriter(options.output) as handle:
                    _stream(inputs, options, summary, _TextSink(options, handle.write), progress, report)
            else:
                _stream(inputs, options, summary, _TextSink(options, write_stdout), progress, report)
    finally:
        summary.seconds = time.perf_counter() - start
        if options.errors_file is not None:
            write_atomically(options.errors_file, "".join(json.dumps(e, ensure_ascii=False) + "\n"
                                                          for e in summary.errors))
    return summary


def _stream(inputs, options: BatchOptions, summary: Summary, sink, progress, report) -> None:
    sink.start()
    results = parse_many([i.path for i in inputs], workers=options.workers, timeout=options.timeout,
                         max_bytes=options.max_bytes, ordered=options.ordered, split_notices=options.split_notices)
    try:
        for result in results:
            if result.error is None:
                result = sink.add(result)
            if result.error is not None:
                summary.failed += 1
                summary.errors.append({"path": shown_path(result.path), "kind": result.error.kind,
                                       "message": result.error.message})
                progress.print(f"Error: {result.error}", report)
                progress.advance(failed=True)
                if options.fail_fast:
                    break
                continue
            summary.parsed += 1
            progress.advance(failed=False)
        sink.end()
    finally:
        results.close()  # stops the workers at once on --fail-fast, a closed pipe or Ctrl-C


class _TextSink:
    """JSON, JSON Lines, CSV or JSON-LD, piece by piece to stdout or one file."""

    def __init__(self, options: BatchOptions, write: Callable[[str], None]) -> None:
        self.writer, self.write = _RecordWriter(options), write

    def start(self) -> None:
        self.write(self.writer.start())

    def add(self, result: Result) -> Result:
        from .model import Posting

        self.write("".join(self.writer.record(Posting.model_validate(record)) for record in result.records))
        return result

    def end(self) -> None:
        self.write(self.writer.end())


class _ParquetSink:
    """Rows of one Parquet file; the record dicts go in as they are (no model round trip)."""

    def __init__(self, parquet) -> None:
        self.parquet = parquet

    def start(self) -> None:
        pass

    def add(self, result: Result) -> Result:
        for record in result.records:
            self.parquet.add(record)
        return result

    def end(self) -> None:
        pass


class _FolderSink:
    """One file per notice under --output-dir; a file that cannot be written is that notice's error."""

    def __init__(self, options: BatchOptions, by_path: dict) -> None:
        self.options, self.by_path = options, by_path

    def start(self) -> None:
        pass

    def add(self, result: Result) -> Result:
        from .output import write_atomically

        return _write_to_folder(result, self.by_path[result.path], self.options, write_atomically)

    def end(self) -> None:
        pass


def _clean_leftovers(options: BatchOptions) -> None:
    from .output import remove_stale_parts

    for folder, recursive in ((options.output_dir, True), (options.output and options.output.parent, False),
                              (options.errors_file and options.errors_file.parent, False)):
        if folder is not None:
            remove_stale_parts(folder, recursive)


def _one_output_each(inputs: list[Input], options: BatchOptions) -> list[Input]:
    """`a/x.txt b/x.txt --output-dir out` would write out/x.txt.json twice: the second is an error."""
    from dataclasses import replace

    first: dict[Path, str] = {}
    checked = []
    for item in inputs:
        if not item.problem:
            target = _output_path(options, item)
            if target in first:
                item = replace(item, problem=f"its output {target} is already written by {shown_path(first[target])} "
                                             "in this batch; parse it separately")
            else:
                first[target] = item.path
        checked.append(item)
    return checked


def _output_path(options: BatchOptions, item: Input, notice: int = 1) -> Path:
    """NAME.EXT.json; with --split-notices, a file's second and later notices go to NAME.EXT.2.json ..."""
    assert options.output_dir is not None
    suffix = ".jsonld" if options.fmt == "jsonld" else ".json"
    number = f".{notice}" if notice > 1 else ""
    # "notice.pdf" -> "notice.pdf.json": no two inputs collide
    return options.output_dir / (item.relative + number + suffix)


def _write_to_folder(result: Result, item: Input, options: BatchOptions, write_file) -> Result:
    from . import export
    from .model import Posting

    root = options.output_dir.resolve()  # type: ignore[union-attr]
    for notice, record in enumerate(result.records, start=1):
        target = _output_path(options, item, notice)
        resolved = target.resolve()
        if root not in resolved.parents:
            return Result(result.path, error=InputError(f"output path {target} would leave the output folder",
                                                        result.path))
        if item.path != "-" and resolved == Path(item.path).resolve():
            return Result(result.path, error=InputError("refusing to overwrite the input with its output", result.path))
        posting = Posting.model_validate(record)
        text = json.dumps(export.to_jsonld(posting), ensure_ascii=False, indent=2) if options.fmt == "jsonld" \
            else export.to_json(posting)
        write_file(target, text + "\n")
    return result


class _RecordWriter:
    """Turns records into the chosen output format, piece by piece, so each is flushed when ready."""

    def __init__(self, options: BatchOptions) -> None:
        self.fmt = options.fmt
        self.neutralize = options.neutralize_formulas
        self.count = 0

    def start(self) -> str:
        from . import export

        if self.fmt == "csv":
            return export.csv_header()
        return "[\n" if self.fmt == "json_array" else ""

    def record(self, posting) -> str:
        from . import export

        self.count += 1
        if self.fmt == "csv":
            return export.csv_line(posting, self.neutralize)
        if self.fmt == "json":
            return export.to_json(posting) + "\n"
        if self.fmt == "json_array":
            return ("" if self.count == 1 else ",\n") + export.to_json(posting)
        if self.fmt == "jsonld":
            return json.dumps(export.to_jsonld(posting), ensure_ascii=False, separators=(",", ":")) + "\n"
        return next(export.iter_jsonl([posting]))

    def end(self) -> str:
        return "\n]\n" if self.fmt == "json_array" else ""


class _Progress:
    """A rich progress bar on stderr when it is a terminal; otherwise nothing at all."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.total, self.enabled, self.failed = total, enabled, 0
        self._progress = None
        self._task = None

    def __enter__(self) -> _Progress:
        if self.enabled:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )

            self._progress = Progress(TextColumn("parsing"), BarColumn(), MofNCompleteColumn(),
                                      TextColumn("{task.fields[rate]}"), TextColumn("failed {task.fields[failed]}"),
                                      TimeElapsedColumn(), TimeRemainingColumn(), console=Console(stderr=True),
                                      transient=True, redirect_stdout=False, redirect_stderr=False)
            # rich would otherwise capture sys.stdout to print above the bar: the records would land on the
            # terminal instead of the redirect or pipe they were sent to
            self._progress.start()
            self._task = self._progress.add_task("parse", total=self.total, failed=0, rate="")
            self._started = time.perf_counter()
        return self

    def __exit__(self, *exc) -> None:
        if self._progress is not None:
            self._progress.stop()

    def advance(self, failed: bool) -> None:
        self.failed += failed
        if self._progress is not None:
            task = self._progress.tasks[0]
            rate = (task.completed + 1) / max(time.perf_counter() - self._started, 1e-6)
            self._progress.update(self._task, advance=1, failed=self.failed, rate=f"{rate:.0f}/s")

    def print(self, line: str, report: Callable[[str], None]) -> None:
        if self._progress is not None:
            self._progress.console.print(line, markup=False, highlight=False, soft_wrap=True)
        else:
            report(line)
