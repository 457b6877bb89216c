"""The command line: a thin layer over postingkit's library functions."""
from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from .errors import PostingkitError

app = typer.Typer(
    add_completion=False, no_args_is_help=True,
    help="Turn job postings and vacancy notices (text, PDF, DOCX, HTML) into normalized records.")


class OutputFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


def _error(message: str) -> None:
    sys.stderr.write(f"Error: {message}\n")
    sys.stderr.flush()


@app.command("parse")
def parse_command(
    files: List[str] = typer.Argument(None, help="Notice files to parse; '-' reads one notice from stdin.",
                                      show_default=False),
    output_format: Optional[OutputFormat] = typer.Option(
        None, "--format", "-f",
        help="json (default for one notice), jsonl (default for several), or csv."),
    output: Optional[Path] = typer.Option(
        None, "--output", "-o", help="Write to this file (atomically) instead of stdout.", dir_okay=False),
    max_bytes: int = typer.Option(50 * 1024 * 1024, "--max-bytes", help="Refuse files larger than this."),
    csv_formulas: bool = typer.Option(
        False, "--csv-allow-formulas",
        help="Keep CSV cells that start with = + - @ as they are (by default they get a leading ').")
) -> None:
    """Parse notices and print one record per notice."""
    if not files:
        if sys.stdin.isatty():
            ctx = typer.get_current_context()
            typer.echo(ctx.get_help())
            raise typer.Exit(2)
        files = ["-"]
    from .batch import run_batch  # imported here: `postingkit --help` stays fast

    fmt = output_format.value if output_format else ("json" if len(files) == 1 else "jsonl")
    failures = run_batch(files, fmt=fmt, output=output, max_bytes=max_bytes,
                         neutralize_formulas=not csv_formulas, report=_error)
    raise typer.Exit(1 if failures else 0)


@app.command("schema")
def schema_command() -> None:
    """Print the JSON Schema of the record."""
    from .export import json_schema

    sys.stdout.write(json_schema() + "\n")


@app.command("version")
def version_command() -> None:
    """Print postingkit's version."""
    from . import __version__

    sys.stdout.write(f"postingkit {__version__}\n")


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        _error("interrupted")
        sys.exit(130)
    except BrokenPipeError:
        _quiet_closed_pipe()


def _quiet_closed_pipe() -> None:
    """`postingkit parse DIR | head -1`: the reader left; stop without a traceback."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except OSError:
        pass
    sys.exit(0)
