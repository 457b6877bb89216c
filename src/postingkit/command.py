"""What `postingkit parse` does once its options are read: the typer layer (cli.py) only maps
options to a ParseRequest and exit statuses to typer's."""
from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from .batch import BatchOptions
from .discovery import is_dir
from .errors import shown_path


def say(line: str) -> None:
    """One line on stderr, flushed: errors and the summary, never mixed into the records."""
    sys.stderr.write(line + "\n")
    sys.stderr.flush()


class UsageProblem(Exception):
    """Options that do not fit together: `Error: <message>`, exit 2."""


class HelpWanted(Exception):
    """No notice given and a terminal on stdin: show help instead of waiting."""


@dataclass
class ParseRequest:
    files: list[str] = field(default_factory=list)
    files_from: str | None = None
    recursive: bool = False
    follow_links: bool = False  # with -r: read links that point outside the folder given
    output_format: str | None = None  # None: json for one notice, jsonl for several
    options: BatchOptions = field(default_factory=BatchOptions)


def run_parse(request: ParseRequest, say: Callable[[str], None]) -> int:
    """Parse what the request names and write the records; returns the exit status (0 all parsed,
    1 any failed, 130 interrupted)."""
    from .batch import run_batch
    from .discovery import expand_inputs, read_paths_file

    arguments = list(request.files)
    if request.files_from is not None:
        if request.files_from == "-" and "-" in arguments:
            raise UsageProblem("stdin cannot be both a notice ('-') and the list of paths (--files-from -)")
        try:
            arguments += read_paths_file(request.files_from,
                                         os.fsdecode(sys.stdin.buffer.read()) if request.files_from == "-" else None)
        except OSError as exc:
            raise UsageProblem(f"{request.files_from}: cannot read the list of paths ({exc.strerror or exc})") from None
    if arguments.count("-") > 1:
        raise UsageProblem("stdin ('-') can be read only once")
    if not arguments:
        if request.files_from is not None:
            return 0  # an empty list of paths is an empty batch
        if sys.stdin.isatty():
            raise HelpWanted()
        arguments = ["-"]
    options = request.options
    if options.output is not None and options.output_dir is not None:
        raise UsageProblem("use either --output or --output-dir, not both")
    if options.skip_existing and options.output_dir is None:
        raise UsageProblem("--skip-existing needs --output-dir")
    _check_format_fits_destination(request.output_format, options)
    inputs = list(expand_inputs(arguments, recursive=request.recursive, skip_dir=options.output_dir,
                                follow_links=request.follow_links))
    _refuse_writing_over_inputs(inputs, {"--output": options.output, "--errors": options.errors_file})
    several = len(inputs) > 1 or any(is_dir(Path(a)) for a in arguments if a != "-")
    # with --split-notices one file may give several records: json is then always an array
    records_several = several or options.split_notices
    fmt = request.output_format or ("jsonl" if records_several else "json")
    if fmt == "json" and records_several and options.output_dir is None:
        fmt = "json_array"
    options = replace(options, fmt=fmt)
    for option, target in (("--output", options.output), ("--errors", options.errors_file)):
        _check_writable(option, target, folder=False)
    _check_writable("--output-dir", options.output_dir, folder=True)
    try:
        summary = run_batch(inputs, options, say)
    except KeyboardInterrupt:  # outputs written so far are whole: each went through a temp file
        say("Error: interrupted")
        return 130
    except BrokenPipeError:
        raise  # the reader of stdout left: cli.py ends quietly
    except OSError as exc:  # a full disk, a folder removed under us: what was written before is whole
        say(f"Error: {shown_path(str(exc.filename or options.output or ''))}: {exc.strerror or exc}")
        return 1
    if several and not options.quiet:
        say(summary.line())
    return 1 if summary.failed else 0


def _check_format_fits_destination(fmt: str | None, options: BatchOptions) -> None:
    if options.output_dir is not None and fmt not in (None, "json", "jsonld"):
        raise UsageProblem(f"--output-dir writes one JSON or JSON-LD file per notice; for {fmt} use --output FILE")
    if fmt == "parquet":
        if options.output is None:
            raise UsageProblem("parquet is a binary file: name it with --output FILE")
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise UsageProblem("parquet output needs pyarrow: pip install 'postingkit[parquet]'") from None


def _check_writable(option: str, target: Path | None, folder: bool) -> None:
    """An output that cannot be written is a usage error before the batch runs, not a traceback after it."""
    if target is None:
        return
    if not folder and is_dir(target):
        raise UsageProblem(f"{option} {target} is a folder")
    place = target if folder else target.parent
    while not place.exists() and place != place.parent:  # folders that do not exist yet are made
        place = place.parent
    if not is_dir(place):
        raise UsageProblem(f"{option} {target}: {place} is not a folder")
    if not os.access(place, os.W_OK | os.X_OK):
        raise UsageProblem(f"{option} {target}: cannot write in {place} (permission denied)")


def _refuse_writing_over_inputs(inputs: list, targets: dict[str, Path | None]) -> None:
    """`parse a.txt -o a.txt` would replace the notice with its record: a usage error, before anything runs."""
    named = {(option, target) for option, target in targets.items() if target is not None}
    if not named:
        return
    read = set()
    for item in inputs:
        if item.path != "-" and not item.problem:
            try:
                read.add(Path(item.path).resolve())
            except OSError:
                continue
    for option, target in named:
        if target.resolve() in read:
            raise UsageProblem(f"{option} {target} is one of the notices to parse; it would be overwritten")


def run_read(files: list[str], fmt: str, max_bytes: int, say: Callable[[str], None]) -> int:
    """`postingkit read`: each notice's blocks as Markdown or text; several notices are separated by a
    line `<!-- path -->` (Markdown) so one stream can be split again. Returns the exit status."""
    from .errors import PostingkitError
    from .output import write_stdout
    from .pipeline import read
    from .render import document_text, to_markdown

    failed = 0
    for number, name in enumerate(files):
        try:
            document = read(sys.stdin.buffer.read(max_bytes + 1) if name == "-" else name, max_bytes=max_bytes)
        except PostingkitError as exc:
            exc.path = exc.path or ("<stdin>" if name == "-" else name)
            say(f"Error: {exc}")
            failed += 1
            continue
        if len(files) > 1:
            write_stdout(("\n" if number else "") + f"<!-- {shown_path(name)} -->\n")
        write_stdout(to_markdown(document) if fmt == "markdown" else document_text(document) + "\n")
    return 1 if failed else 0


def run_explain(file: str, field: str | None, say: Callable[[str], None]) -> int:
    from .errors import PostingkitError
    from .explain import FIELDS, explain
    from .output import write_stdout

    if field is not None and field not in FIELDS:
        say(f"Error: --field {field}: not one of {', '.join(FIELDS)}")
        return 2
    try:
        write_stdout(explain(file, field) + "\n")
    except PostingkitError as exc:
        exc.path = exc.path or file
        say(f"Error: {exc}")
        return 1
    return 0
