"""PDF -> blocks with pypdfium2's text layer (PDFium, the engine pdfplumber ships with).

Measured here (benchmarks/readers.py): about 10 ms for a 3-page notice, against about 0.5 s for
pdfplumber's own character extraction; layout is rebuilt from PDFium's line segments (pdf_layout.py)."""
from __future__ import annotations

import ctypes

from ..errors import DamagedDocumentError, EmptyDocumentError
from ..model import Document
from .pdf_layout import Segment, drop_chrome, layout_blocks, merge_line_pieces
from .pdf_limits import check_content_streams

MAX_PAGES = 300  # a notice is a few pages; beyond this only the first pages are read (and a warning given)
# Each text rect costs a text query over the page, so a page of very many rects (100,000 one-letter
# operations) would take minutes: past these it is read as PDFium's plain lines, in linear time.
MAX_RECTS_PER_PAGE = 5_000
MAX_CHARS_PER_PAGE = 200_000
# Google Docs, iLovePDF and justified Word exports place text a few glyphs at a time: PDFium then makes a
# rect of every run (1-5 characters a rect against 9-75 for office exports here, benchmarks aside), and
# rebuilding lines from them shatters words ("Sobr e nosotros"). Such pages are read as PDFium's own lines.
MIN_CHARS_PER_RECT = 6


def read_pdf(data: bytes) -> Document:
    import pypdfium2 as pdfium  # imported here: text notices never pay for PDFium
    import pypdfium2.raw as pdfium_c

    check_content_streams(data)
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        message = str(exc).lower()
        if "password" in message:
            raise DamagedDocumentError("encrypted PDF; decrypt it first") from None
        raise DamagedDocumentError(f"damaged PDF ({exc})") from None
    try:
        page_count = len(pdf)
        pages, heights, chars, plain, scanned = [], [], 0, [], []
        for index in range(min(page_count, MAX_PAGES)):
            page = pdf[index]
            textpage = page.get_textpage()
            count = textpage.count_chars()
            chars += count
            if count == 0 and _has_image(page, pdfium_c):
                scanned.append(index + 1)  # a picture of text, not text: a blank page says nothing
            rects = textpage.count_rects()
            if count > MAX_CHARS_PER_PAGE or rects > MAX_RECTS_PER_PAGE:
                plain.append(index + 1)
                pages.append(_plain_segments(textpage, index + 1, page.get_height(), min(count, MAX_CHARS_PER_PAGE)))
            elif rects and count / rects < MIN_CHARS_PER_RECT:
                pages.append(_plain_segments(textpage, index + 1, page.get_height(), count))
            else:
                pages.append(_segments(textpage, index + 1, pdfium_c))
            heights.append(page.get_height())
    except pdfium.PdfiumError as exc:
        raise DamagedDocumentError(f"damaged PDF page ({exc})") from None
    finally:
        pdf.close()
    if chars == 0:
        raise EmptyDocumentError("no text layer (scanned?): the notice is an image of text; OCR it first")
    segments = merge_line_pieces([s for page in drop_chrome(pages, heights) for s in page])
    metadata: dict = {"truncated_pages": page_count - MAX_PAGES} if page_count > MAX_PAGES else {}
    warnings = []
    if scanned:
        warnings.append(f"page {', '.join(map(str, scanned))}: no text layer (scanned?); only the pages with "
                        f"text were read")
    if plain:
        warnings.append(f"page {', '.join(map(str, plain))}: too many text pieces to lay out; "
                        f"read as plain lines (at most {MAX_CHARS_PER_PAGE:,} characters a page)")
    if warnings:
        metadata["warnings"] = warnings
    return Document(blocks=layout_blocks(segments), pages=page_count, metadata=metadata)


def _has_image(page, pdfium_c) -> bool:
    return next(iter(page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2)), None) is not None


def _plain_segments(textpage, page_number: int, height: float, chars: int) -> list[Segment]:
    """PDFium's own reading of the page, one segment a line: no sizes or columns, but linear in the text."""
    lines = [line for line in textpage.get_text_range(0, chars).replace("\r", "").split("\n") if line.strip()]
    step = height / (len(lines) + 1)
    return [Segment(text=line, x0=0.0, x1=float(len(line)), top=height - step * n, bottom=height - step * (n + 1),
                    page=page_number) for n, line in enumerate(lines)]


_RECT_TEXT_CHARS = 4096  # a rect is one run of a line: a few hundred characters at most


def _segments(textpage, page_number: int, pdfium_c) -> list[Segment]:
    segments = []
    name = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    # PDFium's raw calls with one reused buffer: pypdfium2's get_text_bounded asks PDFium twice per rect
    # (once for the length) and allocates each time, which was most of reading a long PDF
    raw = textpage.raw
    buffer = (ctypes.c_ushort * _RECT_TEXT_CHARS)()
    for i in range(textpage.count_rects()):
        left, bottom, right, top = textpage.get_rect(i)
        copied = pdfium_c.FPDFText_GetBoundedText(raw, left, top, right, bottom, buffer, _RECT_TEXT_CHARS)
        if copied >= _RECT_TEXT_CHARS:
            text = textpage.get_text_bounded(left, bottom, right, top)
        else:
            text = ctypes.string_at(buffer, max(copied, 0) * 2).decode("utf-16-le", errors="ignore")
        text = text.replace("\r", "").replace("\n", " ").rstrip("\x00")
        if not text.strip():
            continue
        index = pdfium_c.FPDFText_GetCharIndexAtPos(raw, (left + min(right, left + 3)) / 2, (top + bottom) / 2, 2, 2)
        size, bold = 0.0, False
        if index >= 0:
            size = pdfium_c.FPDFText_GetFontSize(raw, index)
            pdfium_c.FPDFText_GetFontInfo(raw, index, name, len(name), ctypes.byref(flags))
            font = name.value.decode("latin-1", errors="replace").lower()
            bold = "bold" in font or "black" in font or "heavy" in font or \
                pdfium_c.FPDFText_GetFontWeight(raw, index) >= 600
        segments.append(Segment(text=text, x0=left, x1=right, top=top, bottom=bottom, page=page_number,
                                size=round(size, 1), bold=bold))
    return segments
