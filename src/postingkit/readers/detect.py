"""Which format a file is, from its bytes (the suffix only breaks ties)."""
from __future__ import annotations

import io
import zipfile

from ..errors import UnsupportedFormatError

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old binary Office files (.doc, .xls)


def detect_format(data: bytes, name: str | None = None) -> str:
    """txt, pdf, docx or html.

    >>> detect_format(b"%PDF-1.7 ..."), detect_format(b"<!DOCTYPE html><html>"), detect_format(b"Deadline: 3 May")
    ('pdf', 'html', 'txt')
    """
    head = data[:1024].lstrip()
    if data[:1024].find(b"%PDF-") != -1:
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return _zip_format(data)
    if data.startswith(_OLE2):
        raise UnsupportedFormatError("unsupported format: an old binary Word (.doc) file; save it as DOCX")
    lowered = head[:512].lower()
    if lowered.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<html" in lowered or \
            (name or "").lower().endswith((".html", ".htm")) and b"<" in lowered:
        return "html"
    if data.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"II*\x00", b"MM\x00*")):
        raise UnsupportedFormatError("unsupported format: an image; OCR it to text first")
    return "txt"


def _zip_format(data: bytes) -> str:
    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except zipfile.BadZipFile as exc:
        raise UnsupportedFormatError(f"damaged ZIP/DOCX file ({exc})") from None
    if "word/document.xml" in names:
        return "docx"
    raise UnsupportedFormatError("unsupported format: a ZIP archive that is not a DOCX (no word/document.xml)")
