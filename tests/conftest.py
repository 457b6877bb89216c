"""Shared test helpers: where samples live and how to run the real command line."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def run_cli(*args: str, stdin: bytes | None = None, cwd: Path | None = None,
            env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    """Run `python -m postingkit ARGS` as a user would, capturing bytes."""
    full_env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "120", **(env or {})}
    return subprocess.run([sys.executable, "-m", "postingkit", *args], input=stdin if stdin is not None else b"",
                          capture_output=True, cwd=cwd or ROOT, env=full_env, timeout=120)


@pytest.fixture
def samples() -> Path:
    return SAMPLES
