"""The command line: a thin layer over postingkit's library functions."""
from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

app = typer.Typer(
    add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
    help="Turn job postings and vacancy notices (text, PDF, DOCX, HTML) into normalized records.")


class OutputFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    jsonld = "jsonld"


def _say(line: str) -> None:
    sys.stderr.write(line + "\n")
    sys.stderr.flush()


def _usage_error(message: str) -> None:
    _say(f"Error: {message}")
    raise typer.Exit(2)


@app.command("parse")
def parse_command(
    files: List[str] = typer.Argument(
        None, show_default=False,
        help="Notices, folders or globs to parse; '-' reads one notice from stdin."),
    output_format: Optional[OutputFormat] = typer.Option(
        None, "--format", "-f",
        help="json (default for one notice; an array for several), jsonl (default for several), csv, "
             "or jsonld (schema.org JobPosting)."),
    output: Optional[Path] = typer.Option(
        None, "--output", "-o", dir_okay=False, help="Write all records to this file (atomically) instead of stdout."),
    output_dir: Optional[Path] = typer.Option(
        None, "--output-dir", file_okay=False,
        help="Write one NAME.json per notice here, mirroring the input folders (atomically)."),
    skip_existing: bool = typer.Option(
        False, "--skip-existing", help="With --output-dir: skip notices whose output exists (resume a batch)."),
    recursive: bool = typer.Option(False, "--recursive", "-r", help="Look into sub-folders of folders given."),
    files_from: Optional[str] = typer.Option(
        None, "--files-from", help="Read paths to parse from this file, one per line ('-' for stdin)."),
    workers: Optional[int] = typer.Option(
        None, "--workers", "-w", min=1, help="Worker processes (default: the number of CPUs)."),
    timeout: float = typer.Option(30.0, "--timeout", min=0.1, help="Seconds one notice may take before it is given up."),
    max_bytes: int = typer.Option(50 * 1024 * 1024, "--max-bytes", min=1, help="Refuse files larger than this."),
    unordered: bool = typer.Option(False, "--unordered", help="Write records as they finish, not in input order."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar and no summary line."),
    errors: Optional[Path] = typer.Option(
        None, "--errors", dir_okay=False, help="Also write failures here as JSON Lines (path, kind, message)."),
    fail_fast: bool = typer.Option(False, "--fail-fast", help="Stop at the first notice that fails."),
    csv_formulas: bool = typer.Option(
        False, "--csv-allow-formulas",
        help="Keep CSV cells that start with = + - @ as they are (by default they get a leading ')."),
) -> None:
    """Parse notices and print one record per notice."""
    from .batch import BatchOptions, run_batch  # imported here: `postingkit --help` stays fast
    from .discovery import expand_inputs, read_paths_file

    arguments = list(files or [])
    if files_from is not None:
        if files_from == "-" and "-" in arguments:
            _usage_error("stdin cannot be both a notice ('-') and the list of paths (--files-from -)")
        try:
            arguments += read_paths_file(files_from, sys.stdin.read() if files_from == "-" else None)
        except OSError as exc:
            _usage_error(f"{files_from}: cannot read the list of paths ({exc.strerror or exc})")
    if not arguments:
        if files_from is not None:
            raise typer.Exit(0)  # an empty list of paths is an empty batch
        if sys.stdin.isatty():
            typer.echo(typer.get_current_context().get_help())
            raise typer.Exit(2)
        arguments = ["-"]
    if output is not None and output_dir is not None:
        _usage_error("use either --output or --output-dir, not both")
    if skip_existing and output_dir is None:
        _usage_error("--skip-existing needs --output-dir")
    inputs = list(expand_inputs(arguments, recursive=recursive, skip_dir=output_dir))
    several = len(inputs) > 1 or any(Path(a).is_dir() for a in arguments if a != "-")
    fmt = output_format.value if output_format else ("jsonl" if several else "json")
    if fmt == "json" and several and output_dir is None:
        fmt = "json_array"
    options = BatchOptions(fmt=fmt, output=output, output_dir=output_dir, skip_existing=skip_existing,
                           workers=workers, timeout=timeout, max_bytes=max_bytes, ordered=not unordered,
                           quiet=quiet, errors_file=errors, fail_fast=fail_fast, neutralize_formulas=not csv_formulas)
    try:
        summary = run_batch(inputs, options, _say)
    except KeyboardInterrupt:  # outputs written so far are whole: each went through a temp file
        _say("Error: interrupted")
        raise typer.Exit(130) from None
    if several and not quiet:
        _say(summary.line())
    raise typer.Exit(1 if summary.failed else 0)


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
        _say("Error: interrupted")
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
