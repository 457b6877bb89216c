"""The command line's options (typer): a thin layer over command.run_parse and the exporters."""
from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path

import typer

from .batch import MAX_BYTES_DEFAULT, TIMEOUT_DEFAULT, BatchOptions
from .command import HelpWanted, ParseRequest, UsageProblem, run_parse, say

app = typer.Typer(
    add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False, rich_markup_mode=None,
    help="Turn job postings and vacancy notices (text, PDF, DOCX, HTML) into normalized records.")
# rich_markup_mode=None: plain help (flags listed as flags, not "<bool>"), and rich is not imported for it


def _print_version(wanted: bool) -> None:
    if wanted:
        from . import __version__

        sys.stdout.write(f"postingkit {__version__}\n")
        raise typer.Exit()


@app.callback()
def _root(version: bool = typer.Option(False, "--version", callback=_print_version, is_eager=True,
                                       help="Print postingkit's version and exit.")) -> None:
    """Turn job postings and vacancy notices (text, PDF, DOCX, HTML) into normalized records."""


class OutputFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    jsonld = "jsonld"
    parquet = "parquet"


@app.command("parse")
def parse_command(
    context: typer.Context,
    files: list[str] = typer.Argument(
        None, show_default=False,
        help="Notices, folders or globs to parse; '-' reads one notice from stdin."),
    output_format: OutputFormat | None = typer.Option(
        None, "--format", "-f",
        help="json (default for one notice; an array for several), jsonl (default for several), csv, "
             "jsonld (schema.org JobPosting), or parquet (with -o; needs postingkit[parquet])."),
    output: Path | None = typer.Option(
        None, "--output", "-o", dir_okay=False, help="Write all records to this file (atomically) instead of stdout."),
    output_dir: Path | None = typer.Option(
        None, "--output-dir", file_okay=False,
        help="Write one NAME.EXT.json per notice here (a.pdf -> a.pdf.json; .jsonld with -f jsonld), "
             "mirroring the input folders (atomically)."),
    skip_existing: bool = typer.Option(
        False, "--skip-existing", help="With --output-dir: skip notices whose output exists (resume a batch)."),
    recursive: bool = typer.Option(False, "--recursive", "-r", help="Look into sub-folders of folders given."),
    follow_links: bool = typer.Option(
        False, "--follow-links", help="In folders, read links that point outside the folder (by default refused)."),
    files_from: str | None = typer.Option(
        None, "--files-from", help="Read paths to parse from this file, one per line ('-' for stdin)."),
    workers: int | None = typer.Option(
        None, "--workers", "-w", min=1, help="Worker processes (default: the number of CPUs)."),
    timeout: float = typer.Option(
        TIMEOUT_DEFAULT, "--timeout", min=0.1, help="Seconds one notice may take before it is given up."),
    max_bytes: int = typer.Option(MAX_BYTES_DEFAULT, "--max-bytes", min=1, help="Refuse files larger than this."),
    unordered: bool = typer.Option(False, "--unordered", help="Write records as they finish, not in input order."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar and no summary line."),
    errors: Path | None = typer.Option(
        None, "--errors", dir_okay=False, help="Also write failures here as JSON Lines (path, kind, message)."),
    fail_fast: bool = typer.Option(False, "--fail-fast", help="Stop at the first notice that fails."),
    split_notices: bool = typer.Option(
        False, "--split-notices",
        help="A file holding several notices of one template (a PDF of three job descriptions) gives one record "
             "each; with --output-dir the second goes to NAME.EXT.2.json. -f json then prints an array."),
    csv_formulas: bool = typer.Option(
        False, "--csv-allow-formulas",
        help="Keep CSV cells that start with = + - @ as they are (by default they get a leading ')."),
) -> None:
    """Parse notices and print one record per notice."""
    options = BatchOptions(output=output, output_dir=output_dir, skip_existing=skip_existing, workers=workers,
                           timeout=timeout, max_bytes=max_bytes, ordered=not unordered, quiet=quiet, errors_file=errors,
                           fail_fast=fail_fast, neutralize_formulas=not csv_formulas, split_notices=split_notices)
    request = ParseRequest(files=list(files or []), files_from=files_from, recursive=recursive,
                           follow_links=follow_links,
                           output_format=output_format.value if output_format else None, options=options)
    try:
        code = run_parse(request, say)
    except BrokenPipeError:  # caught here: typer's own handler would exit 1, the status for "a notice failed"
        _quiet_closed_pipe()
    except UsageProblem as problem:
        say(f"Error: {problem}")
        raise typer.Exit(2) from None
    except HelpWanted:
        typer.echo(context.get_help())
        raise typer.Exit(2) from None
    raise typer.Exit(code)


class ReadFormat(str, Enum):
    markdown = "markdown"
    text = "text"


@app.command("read")
def read_command(
    files: list[str] = typer.Argument(..., show_default=False, help="Notices to read; '-' reads one from stdin."),
    read_format: ReadFormat = typer.Option(
        ReadFormat.markdown, "--format", "-f",
        help="markdown (headings, lists, pipe tables) or text (the plain text the record's fields are read from)."),
    max_bytes: int = typer.Option(MAX_BYTES_DEFAULT, "--max-bytes", min=1, help="Refuse files larger than this."),
) -> None:
    """Print what postingkit reads of each notice: the blocks the parser uses, page chrome dropped."""
    from .command import run_read

    raise typer.Exit(run_read(files, read_format.value, max_bytes, say))


@app.command("explain")
def explain_command(
    file: str = typer.Argument(..., show_default=False, help="The notice to explain."),
    field: str | None = typer.Option(None, "--field", help="Only this field (title, organization, remuneration, ...)."),
) -> None:
    """Show, for each field, the value chosen, its rule and source line, and the runners-up with their scores."""
    from .command import run_explain

    raise typer.Exit(run_explain(file, field, say))


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
        say("Error: interrupted")
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
