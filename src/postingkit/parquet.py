"""Records -> one Parquet file with the record's nested types (see arrow.py), written in row groups
through a temporary file beside the target, renamed into place only when the batch is done."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

from .arrow import posting_schema, records_to_table, require_pyarrow
from .output import finish_temp_file, interrupts_deferred, temp_prefix

ROWS_PER_GROUP = 1000  # memory stays bounded by one group, whatever the batch holds


class ParquetFile:
    """`with ParquetFile(path) as out: out.add(record)`: a reader never sees half a file."""

    def __init__(self, target: Path, rows_per_group: int = ROWS_PER_GROUP) -> None:
        self.target = target
        self.rows_per_group = rows_per_group
        self._rows: list[dict[str, Any]] = []
        self._writer = None
        self._temp: str | None = None

    def __enter__(self) -> ParquetFile:
        require_pyarrow()
        import pyarrow.parquet as pq

        self.target.parent.mkdir(parents=True, exist_ok=True)
        with interrupts_deferred():
            fd, self._temp = tempfile.mkstemp(prefix=temp_prefix(self.target), suffix=".part",
                                              dir=self.target.parent)
            os.close(fd)
        self._writer = pq.ParquetWriter(self._temp, posting_schema(), compression="zstd")
        return self

    def add(self, record: dict[str, Any]) -> None:
        self._rows.append(record)
        if len(self._rows) >= self.rows_per_group:
            self._flush()

    def _flush(self) -> None:
        if self._rows:
            self._writer.write_table(records_to_table(self._rows))  # type: ignore[union-attr]
            self._rows = []

    def __exit__(self, exc_type, exc, tb) -> None:
        assert self._temp is not None and self._writer is not None

        def close() -> None:
            if exc_type is None:
                self._flush()
            self._writer.close()

        finish_temp_file(self._temp, self.target, close, succeeded=exc_type is None)
