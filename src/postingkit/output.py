"""Where records go: stdout (flushed per record, quiet on a closed pipe) or a file written atomically."""
from __future__ import annotations

import contextlib
import os
import signal
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

from . import patterns as rx  # re.compile, from a per-machine cache of compiled patterns


@contextlib.contextmanager
def interrupts_deferred() -> Iterator[None]:
    """Hold Ctrl-C back for a few system calls, so it cannot land between creating a temp file and
    renaming or removing it (which would leave a stray `.part` file); it is delivered right after.

    The Python-level handler is swapped, not the signal mask: a mask is per thread, and once a library
    has started threads of its own (pyarrow does) the kernel hands SIGINT to one of those instead."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    received: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, frame: received.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        if received:
            _deliver_interrupt(previous)


def _deliver_interrupt(handler) -> None:
    if callable(handler):
        handler(signal.SIGINT, None)
    elif handler == signal.SIG_DFL:
        os.kill(os.getpid(), signal.SIGINT)


class AtomicWriter:
    """Write to a temporary file beside the target; rename over it only when all went well, so a
    reader never sees half a file and an interrupted run leaves the old file (or none) in place."""

    def __init__(self, target: Path) -> None:
        self.direct = target.exists() and not target.is_file()  # -o /dev/stdout, a FIFO: written as it is
        # `-o link.json` writes where the link points, as a shell redirect would, and keeps the link
        self.target = target.resolve() if target.is_symlink() and not self.direct else target
        self._file: IO[str] | None = None
        self._temp: str | None = None

    def __enter__(self) -> IO[str]:
        if self.direct:  # a temp file renamed over a device or FIFO would replace it
            self._file = open(self.target, "w", encoding="utf-8", newline="")
            return self._file
        self.target.parent.mkdir(parents=True, exist_ok=True)
        with interrupts_deferred():
            fd, self._temp = tempfile.mkstemp(prefix=temp_prefix(self.target), suffix=".part",
                                              dir=self.target.parent)
            try:
                self._file = os.fdopen(fd, "w", encoding="utf-8", newline="")
            except BaseException:
                os.close(fd)
                os.unlink(self._temp)
                raise
        return self._file

    def __exit__(self, exc_type, exc, tb) -> None:
        assert self._file is not None
        if self._temp is None:
            self._file.close()
            return
        finish_temp_file(self._temp, self.target, self._file.close, succeeded=exc_type is None)


def finish_temp_file(temp: str, target: Path, close: Callable[[], None], succeeded: bool) -> None:
    """Close a temp file and rename it over the target when all went well, else remove it; Ctrl-C waits
    until one or the other is done, so no stray `.part` file is ever left."""
    with interrupts_deferred():
        try:
            close()  # a full disk shows here, on the last flush
            if succeeded:
                os.chmod(temp, new_file_mode())  # mkstemp makes 0600; a new file follows the umask
                os.replace(temp, target)
                return
        except BaseException:
            os.unlink(temp)
            raise
        os.unlink(temp)


def temp_prefix(target: Path) -> str:
    """`.NAME.PID.`: the writer's process id in the name tells a later run which leftovers are stale."""
    return f".{target.name}.{os.getpid()}."


_PART = rx.compile(r"^\..+\.(\d+)\.[^.]+\.part$")


def remove_stale_parts(folder: Path, recursive: bool = False) -> int:
    """Remove temp files left by a postingkit that was killed (kill -9, power loss) while writing here:
    those whose writer process no longer runs. Returns how many went."""
    removed = 0
    if not folder.is_dir():
        return 0
    for path in (folder.rglob(".*.part") if recursive else folder.glob(".*.part")):
        match = _PART.match(path.name)
        if match and not _running(int(match.group(1))):
            try:
                path.unlink()
                removed += 1
            except OSError:
                pass
    return removed


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True
    return True


def new_file_mode() -> int:
    """The mode `open()` would give a new file under the current umask."""
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def write_atomically(target: Path, text: str) -> None:
    """A small file in one go; Ctrl-C waits until it is whole on disk (or not there at all)."""
    with interrupts_deferred(), AtomicWriter(target) as handle:
        handle.write(text)


def write_stdout(text: str) -> None:
    """Write and flush, so `| jq` and `| head` see each record as soon as it is ready."""
    sys.stdout.write(text)
    sys.stdout.flush()
