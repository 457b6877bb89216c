"""The command line as a terminal user and a shell script meet it: records reach the redirect whatever
stderr is, workers end with their parent, odd file names and outputs that name an input (issue 12)."""
from __future__ import annotations

import json
import os
import pty
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from .conftest import ROOT, SAMPLES, run_cli

NOTICES = sorted(SAMPLES.glob("*.txt"))


def _drain(fd: int, into: list[bytes]) -> None:
    while True:
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            return
        if not chunk:
            return
        into.append(chunk)


def test_records_reach_a_redirect_when_stderr_is_a_terminal(tmp_path: Path) -> None:
    """rich's progress bar used to capture stdout: the records went to the screen, out.jsonl stayed empty."""
    controller, terminal = pty.openpty()
    screen: list[bytes] = []
    reader = threading.Thread(target=_drain, args=(controller, screen), daemon=True)
    reader.start()
    out = tmp_path / "out.jsonl"
    with open(out, "wb") as sink:
        done = subprocess.run([sys.executable, "-m", "postingkit", "parse", *map(str, NOTICES), "-w", "1"],
                              stdin=subprocess.DEVNULL, stdout=sink, stderr=terminal, cwd=ROOT, timeout=120,
                              env={**os.environ, "COLUMNS": "100", "TERM": "xterm"})
    os.close(terminal)
    reader.join(timeout=5)
    os.close(controller)
    assert done.returncode == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["source"]["path"] for line in lines] == [str(p) for p in NOTICES]
    shown = b"".join(screen)
    assert b"parsing" in shown  # the bar was drawn on the terminal ...
    assert b'"schema_version"' not in shown  # ... and no record with it


def _children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.add(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process table from /proc")
@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM])
def test_workers_end_when_the_parent_is_killed(tmp_path: Path, how: int) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    text = NOTICES[0].read_bytes()
    for number in range(400):
        (folder / f"n{number:03}.txt").write_bytes(text)
    # stdout is a pipe nobody reads: the parent blocks on it with both workers started and waiting
    parent = subprocess.Popen([sys.executable, "-m", "postingkit", "parse", str(folder), "-w", "2", "-q"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=ROOT)
    try:
        deadline = time.monotonic() + 60
        workers: set[int] = set()
        while len(workers) < 2 and time.monotonic() < deadline:
            time.sleep(0.2)
            workers = _children(parent.pid)
        assert len(workers) == 2
        os.kill(parent.pid, how)
        parent.wait(timeout=30)
        deadline = time.monotonic() + 10
        while any(_alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert [w for w in workers if _alive(w)] == []
    finally:
        parent.kill()
        parent.stdout.close()  # type: ignore[union-attr]


def test_a_name_that_is_not_utf8_is_escaped_in_json_and_kept_on_disk(tmp_path: Path) -> None:
    odd = os.fsdecode(b"bad\xffname.txt")
    (tmp_path / odd).write_bytes(NOTICES[0].read_bytes())
    (tmp_path / os.fsdecode(b"empty\xfe.txt")).write_bytes(b"")
    done = run_cli("parse", odd, os.fsdecode(b"empty\xfe.txt"), "--errors", "errors.jsonl", cwd=tmp_path)
    assert done.returncode == 1
    assert json.loads(done.stdout.decode("utf-8"))["source"]["path"] == "bad\\xffname.txt"
    assert done.stderr.decode("utf-8").splitlines()[0] == "Error: empty\\xfe.txt: empty file: no text to parse"
    assert json.loads((tmp_path / "errors.jsonl").read_text(encoding="utf-8")) == {
        "path": "empty\\xfe.txt", "kind": "empty", "message": "empty file: no text to parse"}
    done = run_cli("parse", odd, "--output-dir", "out", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert os.listdir(os.fsencode(tmp_path / "out")) == [b"bad\xffname.txt.json"]
    done = run_cli("parse", odd, "-o", "one.json", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert json.loads((tmp_path / "one.json").read_text(encoding="utf-8"))["source"]["path"] == "bad\\xffname.txt"


@pytest.mark.parametrize("option", ["-o", "--errors"])
def test_an_output_that_names_an_input_is_a_usage_error_and_the_input_is_kept(tmp_path: Path, option: str) -> None:
    notice = tmp_path / "a.txt"
    notice.write_bytes(NOTICES[0].read_bytes())
    (tmp_path / "link.txt").symlink_to(notice)
    for target in ("a.txt", "link.txt"):
        done = run_cli("parse", "a.txt", option, target, cwd=tmp_path)
        assert done.returncode == 2
        name = "--output" if option == "-o" else "--errors"
        assert done.stderr.decode() == f"Error: {name} {target} is one of the notices to parse; it would be overwritten\n"
        assert notice.read_bytes() == NOTICES[0].read_bytes()
