"""parse(source) = read -> segment -> extract -> Posting."""
from __future__ import annotations

import hashlib
import os
from dataclasses import replace
from pathlib import Path
from typing import Union

from .data.debris import is_debris
from .errors import EmptyDocumentError, InputError, shown_path
from .extract.fields import labelled_fields
from .extract.items import extract_items
from .lists import demote_list_lines, form_fields_joined
from .model import Block, Document, Posting, Section, Source
from .readers import read_document
from .readers.detect import detect_format
from .readers.text import a_section_in_capitals, text_to_blocks
from .record import build_record
from .segment import notice_starts, notices_in, segment

Source_ = Union[str, os.PathLike, bytes]  # noqa: UP007 (an alias evaluated at run time, on Python 3.10)
# A vacancy notice is tens of kilobytes of text. Past these bounds the rest is dropped (with a
# warning), so a hostile or mistaken input cannot make a parse take more than a few seconds.
MAX_TEXT_CHARS = 1_000_000
MAX_BLOCK_CHARS = 100_000
MAX_BYTES_DEFAULT = 50 * 1024 * 1024


def parse(source: Source_, *, max_bytes: int = MAX_BYTES_DEFAULT) -> Posting:
    """Parse a notice from a path, or from its bytes.

    A `str` is a path; to parse text you already hold, use `parse_text`."""
    if isinstance(source, bytes):
        return parse_bytes(source, None)
    path = Path(source)
    return parse_bytes(read_file(path, max_bytes), str(source))


def parse_notices(source: Source_, *, max_bytes: int = MAX_BYTES_DEFAULT, path: str | None = None) -> list[Posting]:
    """One record for each notice of a file that holds several of one template (a PDF of three job
    descriptions); a list of one for any other file. The evidence spans of each record point into the text
    of its own notice (`read` prints the whole file's). `path`: for bytes, the path the records name (as
    `parse_bytes` takes it)."""
    data, read_from = _bytes_of(source, max_bytes)
    path = read_from if read_from is not None else path
    document = bounded(_document(data, path))
    source_ = _source(data, path, document)
    parts = _notices(document)
    return [build_posting(part, source_) for part in parts] if len(parts) > 1 else [build_posting(document, source_)]


def parse_text(text: str) -> Posting:
    """Parse a notice held as a string."""
    return parse_bytes(text.encode("utf-8"), None)


def read_file(path: Path, max_bytes: int = MAX_BYTES_DEFAULT) -> bytes:
    """The bytes of a notice, with the user-facing reason when they cannot be had."""
    try:
        if path.is_dir():
            raise InputError("is a directory, not a file", str(path))
        if not path.exists():
            raise InputError("no such file", str(path))
        if not path.is_file():
            raise InputError("not a regular file (a FIFO, socket or device)", str(path))
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(f"file is {size:,} bytes, over the {max_bytes:,}-byte limit (--max-bytes)", str(path))
        return path.read_bytes()
    except PermissionError:
        raise InputError("permission denied", str(path)) from None
    except OSError as exc:
        raise InputError(exc.strerror or str(exc), str(path)) from None


def read(source: Source_, *, max_bytes: int = MAX_BYTES_DEFAULT) -> Document:
    """What postingkit reads of a notice: its blocks, bounded as a parse bounds them (`postingkit read`)."""
    data, path = _bytes_of(source, max_bytes)
    return bounded(_document(data, path))


def read_and_parse(source: Source_, *, max_bytes: int = MAX_BYTES_DEFAULT) -> tuple[Document, Posting]:
    """The document as `read` gives it and its record, from one reading (`postingkit explain`)."""
    data, path = _bytes_of(source, max_bytes)
    document = bounded(_document(data, path))
    return document, build_posting(document, _source(data, path, document))


def _bytes_of(source: Source_, max_bytes: int) -> tuple[bytes, str | None]:
    if isinstance(source, bytes):
        return source, None
    return read_file(Path(source), max_bytes), str(source)


def _document(data: bytes, path: str | None) -> Document:
    if not data.strip():
        raise EmptyDocumentError("empty file: no text to parse", path)
    try:
        fmt = detect_format(data, path)
        document = read_document(data, fmt)
    except Exception as exc:  # readers raise our errors; attach the path for the message
        if getattr(exc, "path", "missing") is None:
            exc.path = path  # type: ignore[attr-defined]
        raise
    if not any(b.text.strip() for b in document.blocks):
        raise EmptyDocumentError("no text found in the document", path)
    document.metadata.setdefault("format", fmt)
    # once, after whichever reader: an unmarked list reads the same from .txt, .docx, .pdf and .html; a site's
    # menu printed as a row of cells ("| Home | My Network | Jobs | Messaging |") is chrome like a menu line
    blocks = document.blocks if fmt == "txt" else _split_as_text_lines(document.blocks)  # a .txt is split already
    blocks = [b for b in demote_list_lines(form_fields_joined(blocks)) if not _site_menu_row(b)]
    return Document(blocks=blocks, pages=document.pages, metadata=document.metadata)


def _split_as_text_lines(blocks: list[Block]) -> list[Block]:
    """A paragraph of a PDF, DOCX or web page that runs a list on one line ("Key Tasks • Provide field support
    • Support data collection") or glues its sections ("ResponsibilitiesBuild dashboards.QualificationsThree
    years of SQL"), split as the text reader splits the same line of a .txt."""
    out: list[Block] = []
    for block in blocks:
        pieces = text_to_blocks(block.text) if block.kind == "paragraph" else []
        if len(pieces) > 1:
            out += [replace(piece, page=block.page) for piece in pieces]
        elif block.kind == "list_item" and block.numbered and not block.level and a_section_in_capitals(block.text):
            out.append(replace(block, kind="heading", marked=True))  # "V. AUTONOMY, COMPLEXITY": a form's section
        else:
            out.append(block)
    return out


def _site_menu_row(block: Block) -> bool:
    return block.kind == "table_row" and is_debris(" | ".join(c for c in block.cells if c.strip()))


def parse_bytes(data: bytes, path: str | None) -> Posting:
    document = _document(data, path)
    return build_posting(document, _source(data, path, document))


def _source(data: bytes, path: str | None, document: Document) -> Source:
    return Source(path=shown_path(path) if path else path, format=document.metadata["format"],
                  sha256=hashlib.sha256(data).hexdigest(), bytes=len(data), pages=document.pages)


def bounded(document: Document) -> Document:
    """The document cut to MAX_TEXT_CHARS of text, no block longer than MAX_BLOCK_CHARS."""
    kept, total, cut = [], 0, False
    for block in document.blocks:
        if len(block.text) > MAX_BLOCK_CHARS:
            block.text, block.cells, cut = block.text[:MAX_BLOCK_CHARS], block.cells[:50], True
        total += len(block.text)
        if total > MAX_TEXT_CHARS:
            cut = True
            break
        kept.append(block)
    if not cut:
        return document
    warning = f"the text was cut to its first {MAX_TEXT_CHARS:,} characters (no line over {MAX_BLOCK_CHARS:,})"
    return Document(blocks=kept, pages=document.pages,
                    metadata={**document.metadata, "warnings": document.metadata.get("warnings", []) + [warning]})


def _notices(document: Document, sections: list[Section] | None = None) -> list[Document]:
    """The notices of one template that a file holds, each a document of its own (the warnings go with the
    first); a list of one when the file holds one notice, or several that no heading separates clearly."""
    count = notices_in(segment(document.blocks) if sections is None else sections)
    starts = notice_starts(document.blocks, count) if count > 1 else None
    if not starts:
        return [document]
    ends = [*starts[1:], len(document.blocks)]
    return [Document(blocks=document.blocks[a:b], pages=document.pages,
                     metadata=document.metadata if n == 0 else {k: v for k, v in document.metadata.items()
                                                                 if k != "warnings"})
            for n, (a, b) in enumerate(zip(starts, ends))]


def build_posting(document: Document, source: Source) -> Posting:
    document = bounded(document)
    sections = segment(document.blocks)
    parts = _notices(document, sections)
    if len(parts) > 1:  # several notices of one template: the record is the first one's, as the warning says
        warning = (f"the file holds {len(parts)} notices of one template; this record is the first one's "
                   f"(postingkit.parse_notices() gives one record each)")
        first = parts[0]
        document = Document(blocks=first.blocks, pages=first.pages,
                            metadata={**first.metadata, "warnings": first.metadata.get("warnings", []) + [warning]})
        sections = segment(document.blocks)
    fields = labelled_fields(document.blocks)
    items, cut = extract_items(sections)
    if cut:
        document = Document(blocks=document.blocks, pages=document.pages,
                            metadata={**document.metadata, "warnings": document.metadata.get("warnings", []) + cut})
    return build_record(document, sections, fields, items, source)
