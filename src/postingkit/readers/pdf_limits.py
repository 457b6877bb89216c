"""What a PDF may cost before PDFium parses it: content streams are inflated here, a chunk at a time,
to count their size and text operations, so that a few kilobytes that hold millions of operations, or
a stream that inflates to gigabytes, are refused in a fraction of a second instead of taking the
machine's memory inside PDFium (which parses a page's whole content stream at once)."""
from __future__ import annotations

import zlib

from .. import patterns as rx  # re.compile, from a per-machine cache of compiled patterns
from ..errors import DamagedDocumentError

MAX_STREAM_BYTES = 16 * 1024 * 1024  # inflated; a text page's content is tens of KB, a dense chart a few MB
MAX_TOTAL_BYTES = 256 * 1024 * 1024  # all content streams together (300 pages of very dense content)
MAX_TEXT_OPERATIONS = 100_000  # Tj / TJ in one stream; a page of per-glyph runs has a few thousand
_CHUNK = 256 * 1024
_FIRST_CHUNK = 4096

_STREAM_START = rx.compile(rb"stream\r?\n")
# fonts, images, colour profiles and metadata are not page content; their size says nothing of the cost
_NOT_CONTENT = rx.compile(rb"/Length[123]\b|/Subtype\s*/(?:Image|CIDFontType0C|Type1C|OpenType|XML)\b|/N\s+[134]\b")


def check_content_streams(data: bytes) -> None:
    """Raise DamagedDocumentError (a clear refusal) when the content would cost more than the limits."""
    total = 0
    for match in _STREAM_START.finditer(data):
        dictionary = data[max(0, data.rfind(b"<<", max(0, match.start() - 4096), match.start())):match.start()]
        if b"/FlateDecode" not in dictionary or _NOT_CONTENT.search(dictionary):
            continue
        size, operations = _inflated_cost(data, match.end(), MAX_STREAM_BYTES + 1)
        total += size
        if size > MAX_STREAM_BYTES or total > MAX_TOTAL_BYTES:
            raise DamagedDocumentError(
                f"PDF content too large to read safely (a content stream inflates past {MAX_STREAM_BYTES >> 20} MB)")
        if operations > MAX_TEXT_OPERATIONS:
            raise DamagedDocumentError(
                f"PDF content too large to read safely (over {MAX_TEXT_OPERATIONS:,} text operations in one stream)")


def _inflated_cost(data: bytes, start: int, limit: int) -> tuple[int, int]:
    """(bytes, text operations) of the Flate stream at `start`, counting no further than `limit` bytes.

    The input is fed in chunks that start small and double, through a memoryview: most streams are a few
    KB (a Type 3 font is thousands of tiny glyph streams), and a fixed 256 KB chunk copied 256 KB per
    stream twice over (the slice, then zlib's leftover input), 40 ms for one such 2-page PDF.

    >>> import zlib
    >>> packed = zlib.compress(b"BT (Hi) Tj ET " * 1000)
    >>> _inflated_cost(b"stream\\n" + packed + b"endstream", 7, 1 << 20)
    (14000, 1000)
    """
    inflater = zlib.decompressobj()
    view = memoryview(data)
    size = operations = 0
    position = start
    chunk = _FIRST_CHUNK
    pending: bytes | memoryview = b""
    tail = b""
    while size < limit and not inflater.eof:
        if not pending:
            if position >= len(data):
                break
            pending = view[position:position + chunk]
            position += chunk
            chunk = min(chunk * 2, _CHUNK)
        try:
            out = inflater.decompress(pending, _CHUNK)
        except zlib.error:
            break  # a damaged stream: PDFium decides what to make of it
        pending = inflater.unconsumed_tail
        window = tail + out
        operations += window.count(b"Tj") + window.count(b"TJ") - tail.count(b"Tj") - tail.count(b"TJ")
        tail = out[-1:]
        size += len(out)
        if not out and not pending and position >= len(data):
            break
    return size, operations
