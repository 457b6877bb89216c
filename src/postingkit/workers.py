"""Run one function over many inputs in worker processes, with a time limit per input: a worker
that overruns is killed and replaced, one that crashes is replaced, and the batch goes on."""
from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

Outcome = tuple  # ("ok", value) or ("error", kind, message)
_TASKS_PER_WORKER = 1000  # a fresh process now and then keeps memory flat over 100,000 files


def _serve(connection: Connection, work: Callable[[Any], Outcome], parent: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _end_with_parent(parent)
    while True:
        try:
            task = connection.recv()
        except (EOFError, KeyboardInterrupt):
            return
        if task is None:
            return
        index, argument = task
        connection.send((index, work(argument)))


def _end_with_parent(parent: int) -> None:
    """A worker must not outlive its parent (`kill -9` of postingkit would leave it holding the output
    pipe, so `| wc -l` never ends). Linux ends it with the parent (PR_SET_PDEATHSIG); elsewhere, and for a
    parent that died before that call, a watcher thread sees the worker re-parented and exits."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # 1 = PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="postingkit-parent-watch", daemon=True).start()


class _Worker:
    def __init__(self, context, work: Callable[[Any], Outcome]) -> None:
        self.connection, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child, work, os.getpid()), daemon=True)
        self.process.start()
        child.close()
        self.done = 0
        self.task: tuple[int, float] | None = None  # (index, deadline)

    def stop(self, kill: bool = False) -> None:
        if kill:
            self.process.kill()
        else:
            try:
                self.connection.send(None)
            except (BrokenPipeError, OSError):
                pass
        self.process.join(timeout=1)
        if self.process.is_alive():
            self.process.kill()
        self.connection.close()


def run_in_processes(arguments: Iterable[Any], work: Callable[[Any], Outcome], workers: int,
                     timeout: float) -> Iterator[tuple[int, Outcome]]:
    """Yield (index, outcome) as each input finishes, in completion order."""
    import multiprocessing  # here, not at the top: parsing one file never starts a process
    from multiprocessing.connection import wait

    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    pending = iter(enumerate(arguments))
    pool = [_Worker(context, work) for _ in range(max(1, workers))]
    exhausted = False
    try:
        while True:
            for worker in pool:
                if worker.task is None and not exhausted:
                    task = next(pending, None)
                    if task is None:
                        exhausted = True
                        break
                    worker.connection.send(task)
                    worker.task = (task[0], time.monotonic() + timeout)
            busy = [w for w in pool if w.task is not None]
            if not busy:
                return
            wait_for = max(0.0, min(w.task[1] for w in busy) - time.monotonic())  # type: ignore[index]
            ready = set(wait([w.connection for w in busy], timeout=wait_for))
            for position, worker in enumerate(pool):
                if worker.task is None:
                    continue
                index, deadline = worker.task
                if worker.connection in ready:
                    try:
                        _, outcome = worker.connection.recv()
                    except (EOFError, OSError):
                        outcome = ("error", "crash", "the reader crashed on this file (worker process died)")
                        pool[position] = _replace(worker, context, work, kill=True)
                    else:
                        worker.task = None
                        worker.done += 1
                        if worker.done >= _TASKS_PER_WORKER:
                            pool[position] = _replace(worker, context, work)
                    yield index, outcome
                elif time.monotonic() >= deadline:
                    pool[position] = _replace(worker, context, work, kill=True)
                    yield index, ("error", "timeout", f"timed out after {timeout:g} s (--timeout)")
    finally:
        for worker in pool:
            worker.stop(kill=True)


def _replace(worker: _Worker, context, work: Callable[[Any], Outcome], kill: bool = False) -> _Worker:
    worker.stop(kill=kill)
    return _Worker(context, work)


def run_in_process(arguments: Iterable[Any], work: Callable[[Any], Outcome],
                   timeout: float) -> Iterator[tuple[int, Outcome]]:
    """The same contract in this process; the time limit uses SIGALRM where this is the main thread."""
    can_alarm = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    for index, argument in enumerate(arguments):
        if not can_alarm:
            yield index, work(argument)
            continue
        previous = signal.signal(signal.SIGALRM, _raise_timeout)
        signal.setitimer(signal.ITIMER_REAL, timeout)
        try:
            outcome = work(argument)
        except _Timeout:
            outcome = ("error", "timeout", f"timed out after {timeout:g} s (--timeout)")
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
        yield index, outcome


class _Timeout(BaseException):
    """BaseException, so no `except Exception` inside a reader swallows it."""


def _raise_timeout(signum, frame) -> None:
    raise _Timeout()


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
