"""Readers: bytes of one format -> Document (blocks). Heavy libraries load only when their format comes."""
from __future__ import annotations

from ..errors import UnsupportedFormatError
from ..model import Document


def read_document(data: bytes, fmt: str) -> Document:
    if fmt == "txt":
        from .text import read_text

        return read_text(data)
    if fmt == "pdf":
        from .pdf import read_pdf

        return read_pdf(data)
    if fmt == "docx":
        from .docx import read_docx

        return read_docx(data)
    if fmt == "html":
        from .html import read_html

        return read_html(data)
    raise UnsupportedFormatError(f"unsupported format: {fmt}")
