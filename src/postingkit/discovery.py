"""Which files a batch parses: paths, folders (optionally recursive), globs and lists of paths.
Inside folders, notices are recognized by their bytes; hidden files and postingkit's own outputs
are skipped."""
from __future__ import annotations

import glob
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

OWN_OUTPUTS = (".json", ".jsonl", ".ndjson", ".jsonld", ".csv", ".parquet", ".part")
_SNIFF_BYTES = 2048


@dataclass(frozen=True)
class Input:
    path: str  # as the user will see it in messages; "-" for stdin
    relative: str  # where its output goes under --output-dir, before ".json"
    problem: str | None = None  # why this input cannot be parsed at all (an empty folder)


def expand_inputs(arguments: Iterable[str], recursive: bool = False, skip_dir: Path | None = None) -> Iterator[Input]:
    """Files named directly are always parsed (and fail loudly if unreadable); files found in
    folders are parsed only when their bytes look like a notice."""
    for argument in arguments:
        if argument == "-":
            yield Input("-", "stdin")
            continue
        path = Path(argument)
        if path.is_dir():
            found = False
            for item in _folder(path, recursive, skip_dir):
                found = True
                yield item
            if not found:
                hint = "" if recursive else " (sub-folders are read with --recursive)"
                yield Input(argument, path.name, problem=f"no notices found in this folder{hint}")
        elif not path.exists() and glob.has_magic(argument):
            for match in sorted(glob.glob(argument, recursive=recursive)):
                if Path(match).is_file() and not Path(match).name.startswith("."):
                    yield Input(match, Path(match).name)
        else:
            yield Input(argument, path.name)


def _folder(folder: Path, recursive: bool, skip_dir: Path | None) -> Iterator[Input]:
    skip = skip_dir.resolve() if skip_dir else None
    for current, directories, files in os.walk(folder):
        directories[:] = sorted(d for d in directories if not d.startswith(".")
                                and not (skip and (Path(current) / d).resolve() == skip)) if recursive else []
        for name in sorted(files):
            path = Path(current) / name
            if name.startswith(".") or name.lower().endswith(OWN_OUTPUTS) or not looks_like_notice(path):
                continue
            yield Input(str(path), str(path.relative_to(folder)))


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
    """Paths listed one per line (blank lines and '#' comments ignored); '-' reads them from stdin."""
    text = stdin_text if source == "-" else Path(source).read_text(encoding="utf-8")
    return [line.strip() for line in (text or "").splitlines() if line.strip() and not line.lstrip().startswith("#")]
