"""Many notices -> records on stdout or in a file, with one error line per failed notice."""
from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

from .errors import PostingkitError
from .model import Posting


@dataclass
class Result:
    """What became of one input: a record, or the error that stopped it."""

    path: str
    posting: Optional[Posting] = None
    error: Optional[PostingkitError] = None


def parse_one(path: str, max_bytes: int) -> Result:
    from .pipeline import parse, parse_bytes

    try:
        if path == "-":
            data = sys.stdin.buffer.read()
            return Result(path, posting=parse_bytes(data, None))
        return Result(path, posting=parse(path, max_bytes=max_bytes))
    except PostingkitError as exc:
        exc.path = exc.path or ("<stdin>" if path == "-" else path)
        return Result(path, error=exc)
    except RecursionError:
        return Result(path, error=PostingkitError("document too deeply nested to read", path))
    except MemoryError:
        return Result(path, error=PostingkitError("document too large to read in memory", path))


def parse_many(paths: Iterable[str], max_bytes: int = 50 * 1024 * 1024) -> Iterator[Result]:
    """Parse each path in order; a failure is a Result with an error, never an exception."""
    for path in paths:
        yield parse_one(path, max_bytes)


def run_batch(files: list[str], fmt: str, output: Optional[Path], max_bytes: int,
              neutralize_formulas: bool, report: Callable[[str], None]) -> int:
    """Write every record in the chosen format; report each failure; return the failure count."""
    from . import export
    from .output import AtomicWriter, write_stdout

    failures = 0
    records: list[Posting] = []

    def emit(write: Callable[[str], None]) -> None:
        nonlocal failures
        if fmt == "csv":
            write(export.csv_header())
        for result in parse_many(files, max_bytes):
            if result.error is not None:
                failures += 1
                report(str(result.error))
                continue
            assert result.posting is not None
            if fmt == "jsonl":
                write(next(export.iter_jsonl([result.posting])))
            elif fmt == "csv":
                write(export.csv_line(result.posting, neutralize_formulas))
            else:
                records.append(result.posting)
        if fmt == "json" and records:
            if len(files) == 1:
                write(export.to_json(records[0]) + "\n")
            else:
                write("[\n" + ",\n".join(export.to_json(r) for r in records) + "\n]\n")

    if output is None:
        emit(write_stdout)
    else:
        with AtomicWriter(output) as handle:
            emit(handle.write)
    return failures
