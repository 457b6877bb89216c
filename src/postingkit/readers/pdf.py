"""PDF -> blocks with pypdfium2's text layer (PDFium, the engine pdfplumber ships with).

Measured here (benchmarks/readers.py): about 10 ms for a 3-page notice, against about 0.5 s for
pdfplumber's own character extraction; layout is rebuilt from PDFium's line segments (pdf_layout.py)."""
from __future__ import annotations

import ctypes

from ..errors import DamagedDocumentError, EmptyDocumentError
from ..model import Document
from .pdf_layout import (
    Segment,
    drop_chrome,
    in_reading_order,
    layout_blocks,
    merge_line_pieces,
    without_fixed_bars,
    without_overlays,
)
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
        browser_print = _printed_by_a_browser(pdf.get_metadata_dict())
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
                pages.append(_plain_segments(textpage, index + 1, pdfium_c, min(count, MAX_CHARS_PER_PAGE)))
            elif rects and count / rects < MIN_CHARS_PER_RECT:
                pages.append(_plain_segments(textpage, index + 1, pdfium_c, count))
            else:
                pages.append(_segments(textpage, index + 1, pdfium_c, count))
            heights.append(page.get_height())
    except pdfium.PdfiumError as exc:
        raise DamagedDocumentError(f"damaged PDF page ({exc})") from None
    finally:
        pdf.close()
    if chars == 0:
        raise EmptyDocumentError("no text layer (scanned?): the notice is an image of text; OCR it first")
    # pieces join into lines before the chrome is dropped: a hyphen of its own at the top of a page
    # ("СТАЖЕР" "-" "АНАЛИТИК") is not a page-number dash
    pages = drop_chrome([merge_line_pieces(page) for page in pages], heights)
    if browser_print and pages:  # told by the order they were painted in: before reordering
        pages[0] = without_fixed_bars(pages[0])
        pages = [without_overlays(page) for page in pages]
    segments = [s for page in pages for s in in_reading_order(page)]
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


# Chrome and Edge sign their prints with their user agent ("Mozilla/5.0 ... Chrome/120"), Firefox as
# "Mozilla Firefox"; Safari's are "Safari"/"WebKit". Producer names (Skia/PDF, cairo) are shared with other
# programs (Google Docs exports are Skia too), so the creator decides.
_BROWSERS = ("mozilla", "chrome", "firefox", "safari", "webkit", "edg/")


def _printed_by_a_browser(metadata: dict) -> bool:
    creator = str(metadata.get("Creator") or "").lower()
    return any(name in creator for name in _BROWSERS)


def _has_image(page, pdfium_c) -> bool:
    return next(iter(page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2)), None) is not None


def _plain_segments(textpage, page_number: int, pdfium_c, chars: int) -> list[Segment]:
    """PDFium's own reading of the page, one segment a line, linear in the text. Each line is placed where
    its first and last characters are, with the first one's font size and weight, so that paragraphs,
    headings and running headers are found as on any other page (PDFium's text has one character per
    character index, line breaks included)."""
    text = textpage.get_text_range(0, chars)
    raw = textpage.raw
    name = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    segments, start = [], 0
    for line in text.split("\n"):
        end = start + len(line)
        stripped = line.strip()
        if stripped:
            first = start + len(line) - len(line.lstrip())
            last = start + len(line.rstrip()) - 1
            left, right, bottom, top = _char_box(raw, first, pdfium_c)
            _, right, _, _ = _char_box(raw, last, pdfium_c)
            size, bold = _font(raw, first, pdfium_c, name, flags)
            segments.append(Segment(text=stripped, x0=left, x1=max(right, left + 1), top=top, bottom=bottom,
                                    page=page_number, size=size, bold=bold))
        start = end + 1
    return segments


def _char_box(raw, index: int, pdfium_c) -> tuple[float, float, float, float]:
    """left, right, bottom, top of one character, bottom on its baseline and top by its font size, as a text
    rect of a capital would be: lines of a paragraph are then evenly spaced whatever their letters."""
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    pdfium_c.FPDFText_GetCharBox(raw, index, ctypes.byref(left), ctypes.byref(right), ctypes.byref(bottom),
                                 ctypes.byref(top))
    x, y = ctypes.c_double(), ctypes.c_double()
    size = _size_on_page(raw, index, pdfium_c)
    if pdfium_c.FPDFText_GetCharOrigin(raw, index, ctypes.byref(x), ctypes.byref(y)) and size > 0:
        return left.value, right.value, y.value, y.value + 0.7 * size
    return left.value, right.value, bottom.value, top.value


def _font(raw, index: int, pdfium_c, name, flags) -> tuple[float, bool]:
    """A character's size on the page, and whether its font is bold (by name, or by weight)."""
    size = _size_on_page(raw, index, pdfium_c)
    pdfium_c.FPDFText_GetFontInfo(raw, index, name, len(name), ctypes.byref(flags))
    font = name.value.decode("latin-1", errors="replace").lower()
    bold = "bold" in font or "black" in font or "heavy" in font or pdfium_c.FPDFText_GetFontWeight(raw, index) >= 600
    return round(size, 1), bold


_MATRIX = None  # one FS_MATRIX, reused: asked once per text rect


def _size_on_page(raw, index: int, pdfium_c) -> float:
    """The font size times the scale of the character's matrix. A PDF may set its font at size 1 and scale
    it by the text matrix to 12 (realdocs dsva, a LinkedIn print), or at 16 scaled by 0.75 (Google Docs,
    Chrome: CSS pixels): the size alone then says nothing of line spacing, nor which line is larger."""
    global _MATRIX
    size = pdfium_c.FPDFText_GetFontSize(raw, index)
    if _MATRIX is None:
        _MATRIX = pdfium_c.FS_MATRIX()
    if pdfium_c.FPDFText_GetMatrix(raw, index, ctypes.byref(_MATRIX)):
        m = _MATRIX
        scale = abs(m.a * m.d - m.b * m.c) ** 0.5
        if scale > 0:
            size *= scale
    return size


_RECT_TEXT_CHARS = 4096  # a rect is one run of a line: a few hundred characters at most
_EDGE = 0.1  # points: far less than any character's width


def _segments(textpage, page_number: int, pdfium_c, chars: int) -> list[Segment]:
    segments = []
    name = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    # PDFium's raw calls with one reused buffer: pypdfium2's get_text_bounded asks PDFium twice per rect
    # (once for the length) and allocates each time, which was most of reading a long PDF
    raw = textpage.raw
    buffer = (ctypes.c_ushort * _RECT_TEXT_CHARS)()
    # PDFium makes the rects from the characters in order: a rect's first character is found in the page's
    # text from where the last rect's was, a string search, rather than by a query over the page's
    # characters at the rect's position (each such query walks every character of the page)
    page_text = textpage.get_text_range(0, chars)
    in_order = len(page_text) == chars  # one character an index (no character outside the BMP)
    cursor = 0
    for i in range(textpage.count_rects()):
        left, bottom, right, top = textpage.get_rect(i)
        # a character whose box only touches the rect's edge belongs to the next rect: justified text splits a
        # word between two rects ("Colla" | "borate"), and the touching "b" / "a" was read twice ("Collab" |
        # "aborate"); asked a hair inside the edges, each rect gives its own characters
        inner_left, inner_right = (left + _EDGE, right - _EDGE) if right - left > 4 * _EDGE else (left, right)
        copied = pdfium_c.FPDFText_GetBoundedText(raw, inner_left, top, inner_right, bottom, buffer, _RECT_TEXT_CHARS)
        if copied >= _RECT_TEXT_CHARS:
            text = textpage.get_text_bounded(inner_left, bottom, inner_right, top)
        else:
            text = ctypes.string_at(buffer, max(copied, 0) * 2).decode("utf-16-le", errors="ignore")
        text = text.rstrip("\x00")
        index = page_text.find(text, cursor) if in_order and text.strip() else -1
        if index >= 0:
            cursor = index + len(text)
            index += len(text) - len(text.lstrip())  # the first character that shows
        text = text.replace("\r", "").replace("\n", " ")
        if not text.strip():
            continue
        if index < 0:
            index = pdfium_c.FPDFText_GetCharIndexAtPos(raw, (left + min(right, left + 3)) / 2, (top + bottom) / 2,
                                                        2, 2)
        size, bold = _font(raw, index, pdfium_c, name, flags) if index >= 0 else (0.0, False)
        segments.append(Segment(text=text, x0=left, x1=right, top=top, bottom=bottom, page=page_number,
                                size=size, bold=bold))
    return segments
