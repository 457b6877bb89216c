"""Which files a batch parses: paths, folders (optionally recursive), globs and lists of paths.
Inside folders, notices are recognized by their bytes; hidden files and postingkit's own outputs
are skipped."""
from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

OWN_OUTPUTS = (".json", ".jsonl", ".ndjson", ".jsonld", ".csv", ".parquet", ".part")
_SNIFF_BYTES = 2048
# In a folder, a file with one of these endings is always an input: if it is empty or unreadable the
# batch says so (a batch accounts for every notice); other files are taken only when their bytes look
# like a notice.
NOTICE_SUFFIXES = (".txt", ".text", ".md", ".pdf", ".docx", ".doc", ".html", ".htm", ".xhtml")


@dataclass(frozen=True)
class Input:
    path: str  # as the user will see it in messages; "-" for stdin
    relative: str  # where its output goes under --output-dir, before ".json"
    problem: str | None = None  # why this input cannot be parsed at all (an empty folder)


def expand_inputs(arguments: Iterable[str], recursive: bool = False, skip_dir: Path | None = None,
                  follow_links: bool = False) -> Iterator[Input]:
    """Files named directly are always parsed (and fail loudly if unreadable); files found in
    folders are parsed when their name or their bytes say they are notices."""
    for argument in arguments:
        if argument == "-":
            yield Input("-", "stdin")
            continue
        path = Path(argument)
        if is_dir(path):
            found = False
            for item in _folder(path, recursive, skip_dir, follow_links):
                found = True
                yield item
            if not found:
                hint = "" if recursive else " (sub-folders are read with --recursive)"
                yield Input(argument, path.name, problem=f"no notices found in this folder{hint}")
        elif not _exists(path) and glob.has_magic(argument):
            matches = [m for m in sorted(glob.glob(argument, recursive=recursive))
                       if Path(m).is_file() and not Path(m).name.startswith(".")]
            if not matches:  # a quoted pattern that matches nothing is a mistake to report, not an empty success
                yield Input(argument, path.name, problem="no file matches this pattern")
            for match in matches:
                yield Input(match, Path(match).name)
        else:
            yield Input(argument, path.name)


def is_dir(path: Path) -> bool:
    """Path.is_dir, except that a path in a folder that cannot be searched is 'not a folder' (the parse
    then says why it cannot be read) instead of a PermissionError that aborts the whole batch."""
    try:
        return path.is_dir()
    except OSError:
        return False


def _exists(path: Path) -> bool:
    try:
        return path.exists()
    except OSError:
        return True  # it may exist: let the parse say why it cannot be read


def _folder(folder: Path, recursive: bool, skip_dir: Path | None, follow_links: bool) -> Iterator[Input]:
    skip = skip_dir.resolve() if skip_dir else None
    root = folder.resolve()
    unlisted: list[OSError] = []  # a sub-folder that cannot be listed is reported, not skipped unseen
    for current, directories, files in os.walk(folder, onerror=unlisted.append, followlinks=follow_links):
        directories[:] = sorted(d for d in directories if not d.startswith(".")
                                and not (skip and (Path(current) / d).resolve() == skip)) if recursive else []
        for name in sorted(files):
            path = Path(current) / name
            if name.startswith(".") or name.lower().endswith(OWN_OUTPUTS):
                continue
            relative = str(path.relative_to(folder))
            if not follow_links and path.is_symlink() and root not in path.resolve().parents:
                yield Input(str(path), relative, problem="a link to a file outside the folder (--follow-links reads "
                                                         "it)")
            elif name.lower().endswith(NOTICE_SUFFIXES) or looks_like_notice(path):
                yield Input(str(path), relative)
    for error in unlisted:
        where = str(error.filename or folder)
        yield Input(where, where, problem=f"cannot list this folder ({error.strerror or error})")


def looks_like_notice(path: Path) -> bool:
    """PDF, DOCX/ZIP, old .doc (so it can be reported), HTML or text; not images or other binaries."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(_SNIFF_BYTES)
    except OSError:
        return True  # let the parse report why it cannot be read
    if not head.strip():
        return False
    if b"%PDF-" in head[:1024] or head.startswith(b"PK\x03\x04"):
        return True
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return path.suffix.lower() == ".doc"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True  # UTF-16 text
    if b"\x00" in head:
        return False
    controls = sum(1 for byte in head if byte < 9 or 13 < byte < 32)
    return controls / len(head) < 0.02


def read_paths_file(source: str, stdin_text: str | None = None) -> list[str]:
    """Paths listed one per line (blank lines and '#' comments ignored); '-' reads them from stdin.
    A line is a name as it stands: spaces at its ends belong to the name (only a CR before the newline
    goes), and bytes that are not UTF-8 are kept as the OS will want them."""
    if stdin_text is None and source != "-":
        text = os.fsdecode(Path(source).read_bytes())
    else:
        text = stdin_text or ""
    lines = (line.rstrip("\r") for line in text.split("\n"))
    return [line for line in lines if line.strip() and not line.lstrip().startswith("#")]
