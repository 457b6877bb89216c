"""A tiny PDF writer for tests: pages of positioned text in Helvetica (regular and bold), so reader
tests need no binary fixtures and say exactly what layout they exercise."""
from __future__ import annotations

Line = tuple[float, float, float, str, str]  # x, y (from the bottom), size, "regular" | "bold", text


def _escape(text: str) -> bytes:
    data = text.encode("cp1252")
    return data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


SCANNED = "scanned"  # a page that is one grey image and no text, as a scanner makes it


def make_pdf(pages: list[list[Line] | str], width: float = 612, height: float = 792) -> bytes:
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    regular = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    bold = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    image = add(b"<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray "
                b"/BitsPerComponent 8 /Length 1 >>\nstream\n\x80\nendstream")
    pages_id = len(objects) + 1 + 2 * len(pages)  # written after the page objects
    page_ids = []
    for lines in pages:
        if lines == SCANNED:
            stream = b"q %d 0 0 %d 0 0 cm /Im1 Do Q" % (width, height)
            content = add(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
            page_ids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R "
                                b"/Resources << /XObject << /Im1 %d 0 R >> >> >>"
                                % (pages_id, width, height, content, image)))
            continue
        stream = b"".join(
            b"BT /%s %.1f Tf %.1f %.1f Td (%s) Tj "
            b"ET\n" % (b"F2" if weight == "bold" else b"F1", size, x, y, _escape(text))
            for x, y, size, weight, text in lines)
        content = add(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        page_ids.append(add(
            b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R "
            b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> >>"
            % (pages_id, width, height, content, regular, bold)))
    kids = b" ".join(b"%d 0 R" % i for i in page_ids)
    assert add(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(page_ids))) == pages_id
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    return _assemble(objects, catalog)


def _assemble(objects: list[bytes], catalog: int) -> bytes:
    """Numbered objects, the cross-reference table and the trailer."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, catalog, xref)
    return bytes(out)


def make_stream_pdf(content: bytes, compress: bool = True) -> bytes:
    """One page whose content stream is `content` as it is (Flate-compressed when asked), with Helvetica
    as /F1: for hostile files (a few KB that hold millions of operations)."""
    import zlib

    body = zlib.compress(content, 9) if compress else content
    flate = b" /Filter /FlateDecode" if compress else b""
    objects = [
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d%s >>\nstream\n%s\nendstream" % (len(body), flate, body),
        b"<< /Type /Page /Parent 4 0 R /MediaBox [0 0 612 792] /Contents 2 0 R /Resources << /Font << /F1 1 0 R >> >> "
        b">>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Catalog /Pages 4 0 R >>",
    ]
    return _assemble(objects, catalog=5)
