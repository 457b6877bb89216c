"""PDF -> blocks with pypdfium2's text layer (PDFium, the engine pdfplumber ships with).

Measured here (benchmarks/readers.py): about 10 ms for a 3-page notice, against about 0.5 s for
pdfplumber's own character extraction; layout is rebuilt from PDFium's line segments (pdf_layout.py)."""
from __future__ import annotations

import ctypes

from ..errors import DamagedDocumentError, EmptyDocumentError
from ..model import Document
from .pdf_layout import Segment, drop_chrome, layout_blocks, merge_line_pieces

MAX_PAGES = 300  # a notice is a few pages; beyond this only the first pages are read (and a warning given)


def read_pdf(data: bytes) -> Document:
    import pypdfium2 as pdfium  # imported here: text notices never pay for PDFium
    import pypdfium2.raw as pdfium_c

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        message = str(exc).lower()
        if "password" in message:
            raise DamagedDocumentError("encrypted PDF; decrypt it first") from None
        raise DamagedDocumentError(f"damaged PDF ({exc})") from None
    try:
        page_count = len(pdf)
        pages, heights, chars = [], [], 0
        for index in range(min(page_count, MAX_PAGES)):
            page = pdf[index]
            textpage = page.get_textpage()
            chars += textpage.count_chars()
            pages.append(_segments(textpage, index + 1, pdfium_c))
            heights.append(page.get_height())
        if chars == 0:
            raise EmptyDocumentError("no text layer: the notice is a scanned image; OCR it first")
        segments = merge_line_pieces([s for page in drop_chrome(pages, heights) for s in page])
        metadata = {"truncated_pages": page_count - MAX_PAGES} if page_count > MAX_PAGES else {}
        return Document(blocks=layout_blocks(segments), pages=page_count, metadata=metadata)
    finally:
        pdf.close()


def _segments(textpage, page_number: int, pdfium_c) -> list[Segment]:
    segments = []
    name = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    for i in range(textpage.count_rects()):
        left, bottom, right, top = textpage.get_rect(i)
        text = textpage.get_text_bounded(left, bottom, right, top).replace("\r", "").replace("\n", " ")
        if not text.strip():
            continue
        index = textpage.get_index((left + min(right, left + 3)) / 2, (top + bottom) / 2, 2, 2)
        size, bold = 0.0, False
        if index is not None and index >= 0:
            size = pdfium_c.FPDFText_GetFontSize(textpage.raw, index)
            pdfium_c.FPDFText_GetFontInfo(textpage.raw, index, name, len(name), ctypes.byref(flags))
            font = name.value.decode("latin-1", errors="replace").lower()
            bold = "bold" in font or "black" in font or "heavy" in font or \
                pdfium_c.FPDFText_GetFontWeight(textpage.raw, index) >= 600
        segments.append(Segment(text=text, x0=left, x1=right, top=top, bottom=bottom, page=page_number,
                                size=round(size, 1), bold=bold))
    return segments
