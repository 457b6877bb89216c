"""Where records go: stdout (flushed per record, quiet on a closed pipe) or a file written atomically."""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import IO


class AtomicWriter:
    """Write to a temporary file beside the target; rename over it only when all went well, so a
    reader never sees half a file and an interrupted run leaves the old file (or none) in place."""

    def __init__(self, target: Path) -> None:
        self.target = target
        self._file: IO[str] | None = None
        self._temp: str | None = None

    def __enter__(self) -> IO[str]:
        self.target.parent.mkdir(parents=True, exist_ok=True)
        fd, self._temp = tempfile.mkstemp(prefix=f".{self.target.name}.", suffix=".part", dir=self.target.parent)
        self._file = os.fdopen(fd, "w", encoding="utf-8", newline="")
        return self._file

    def __exit__(self, exc_type, exc, tb) -> None:
        assert self._file is not None and self._temp is not None
        self._file.close()
        if exc_type is None:
            os.replace(self._temp, self.target)
        else:
            os.unlink(self._temp)


def write_atomically(target: Path, text: str) -> None:
    with AtomicWriter(target) as handle:
        handle.write(text)


def write_stdout(text: str) -> None:
    """Write and flush, so `| jq` and `| head` see each record as soon as it is ready."""
    sys.stdout.write(text)
    sys.stdout.flush()
