"""DOCX -> blocks with python-docx: body order of paragraphs and tables, headings from styles and
short bold paragraphs, list items from numbering (the bullet is not in the text), table cells.
Page headers and footers live in other parts of the package and are never read (page chrome).

python-docx reads a paragraph's direct runs and the body's direct paragraphs only, so before it reads
anything the body is flattened: content controls, tracked insertions, smart tags and simple fields give
up their content to their parent; tracked deletions and moved-away text go (deleted text is not text);
text boxes' paragraphs follow the paragraph that anchors them (once: Word writes each box twice, as
DrawingML and as a VML fallback)."""
from __future__ import annotations

import io
import zipfile

from ..data.marks import SENTENCE_END
from ..errors import DamagedDocumentError, UnsupportedFormatError
from ..model import Block, Document
from .markup import clean_inline
from .text import line_to_block, split_list_mark

MAX_XML_BYTES = 64 * 1024 * 1024  # a notice's document.xml is kilobytes; more is a zip bomb
MAX_COMPRESSION_RATIO = 200
_HEADING_MAX_WORDS = 12


def read_docx(data: bytes) -> Document:
    _check_package(data)
    import docx  # imported here: text notices never pay for python-docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise DamagedDocumentError(f"damaged DOCX file ({exc})") from None
    except Exception as exc:  # lxml.etree.XMLSyntaxError and friends
        raise DamagedDocumentError(f"damaged DOCX file: {type(exc).__name__}: {exc}") from None
    try:
        flatten_body(document.element.body)
        styles = _StyleNames(document)
        blocks: list[Block] = []
        for item in document.iter_inner_content():
            if isinstance(item, Table):
                blocks.extend(_table_blocks(item, styles))
            else:
                blocks.extend(_paragraph_blocks(item, styles))
    except (KeyError, ValueError, IndexError, zipfile.BadZipFile) as exc:  # a part or a reference missing
        raise DamagedDocumentError(f"damaged DOCX file ({type(exc).__name__}: {exc})") from None
    # plain short paragraphs read as text lines may be an unstyled list, as in a text notice
    return Document(blocks=merge_continuations(outline_headings(blocks)))


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_UNWRAPPED = tuple(_W + tag for tag in ("sdt", "ins", "moveTo", "smartTag", "customXml", "fldSimple"))
_REMOVED = tuple(_W + tag for tag in ("del", "moveFrom"))


def flatten_body(body) -> None:
    """Content controls, insertions and the like replaced by their content; deletions removed; text
    boxes' paragraphs moved after the body paragraph that anchors them."""
    for element in list(body.iter(*_REMOVED)):
        element.getparent().remove(element)
    for element in reversed(list(body.iter(*_UNWRAPPED))):  # innermost first
        content = element.find(_W + "sdtContent") if element.tag == _W + "sdt" else element
        parent, at = element.getparent(), element.getparent().index(element)
        children = [] if content is None else [c for c in content if c.tag != _W + "sdtPr"]
        for offset, child in enumerate(children):
            parent.insert(at + offset, child)
        parent.remove(element)
    for box in list(body.iter(_W + "txbxContent")):
        anchor = next((a for a in box.iterancestors(_W + "p")), None)
        in_fallback = any(a.tag == _FALLBACK for a in box.iterancestors())
        if anchor is not None and anchor.getparent() is not None and not in_fallback:
            last = anchor
            for paragraph in box.findall(_W + "p"):
                last.addnext(paragraph)
                last = paragraph


class _StyleNames:
    """Style names by id and list levels' number formats, read once: python-docx's `paragraph.style`
    searches every style on each call, which made reading a notice 5-10x slower than everything else
    together."""

    def __init__(self, document) -> None:
        self.list_formats = _list_formats(document)
        self.names: dict[str, str] = {}
        self.bold: set[str] = set()
        for style in document.styles:
            self.names[style.style_id] = style.name or ""
            try:
                if style.font.bold:
                    self.bold.add(style.style_id)
            except AttributeError:  # numbering and table styles have no font
                pass

    def of_paragraph(self, paragraph) -> str:
        style_id = paragraph._p.style
        return self.names.get(style_id, "") if style_id else "Normal"

    def numbered(self, paragraph) -> bool:
        """Whether the paragraph's list level counts (1., a), i.) rather than bullets."""
        num_pr = paragraph._p.pPr.numPr if paragraph._p.pPr is not None else None
        if num_pr is None or num_pr.numId is None:
            return False
        level = num_pr.ilvl.val if num_pr.ilvl is not None else 0
        return self.list_formats.get((str(num_pr.numId.val), str(level)), "bullet") not in ("bullet", "none")

    def bold_run(self, run) -> bool:
        if run.bold is not None:
            return bool(run.bold)
        style_id = run._r.style
        return bool(style_id) and style_id in self.bold


def _check_package(data: bytes) -> None:
    """Refuse archives whose XML would inflate beyond reason before any of it is inflated."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except zipfile.BadZipFile as exc:
        raise DamagedDocumentError(f"damaged DOCX file ({exc})") from None
    names = {i.filename for i in infos}
    if "word/document.xml" not in names:
        raise UnsupportedFormatError("unsupported format: a ZIP archive that is not a DOCX (no word/document.xml)")
    for info in infos:
        if info.file_size > MAX_XML_BYTES or (
                info.compress_size and info.file_size / info.compress_size > MAX_COMPRESSION_RATIO
                and info.file_size > 1024 * 1024):
            raise DamagedDocumentError(
                f"refused: {info.filename} would inflate to {info.file_size:,} bytes (zip bomb?)")


def _paragraph_blocks(paragraph, styles: _StyleNames) -> list[Block]:
    text = paragraph.text
    if not text.strip():
        return []
    style = styles.of_paragraph(paragraph)
    if style.startswith(("Title", "Heading", "Subtitle")):
        return [Block("heading", clean_inline(text.replace("\n", " ")).rstrip(":").strip(), marked=True)]
    if _is_list_paragraph(paragraph, style):
        line = clean_inline(text.replace("\n", " "))
        mark = split_list_mark(line)
        numbered = "Number" in style or styles.numbered(paragraph)
        if mark:
            line, marked_number, _ = mark
            numbered = numbered or marked_number
        return [Block("list_item", line, numbered=numbered, level=_list_level(paragraph))] if line else []
    if _is_bold(paragraph, styles) and len(text.split()) <= _HEADING_MAX_WORDS and not text.rstrip().endswith("."):
        return [Block("heading", clean_inline(text).rstrip(":").strip(), marked=True)]
    # A plain paragraph may still hold typed bullets or "Label: value" lines: read it as text lines.
    return [b for b in (line_to_block(line) for line in text.split("\n")) if b is not None]


def _list_formats(document) -> dict[tuple[str, str], str]:
    """(numId, ilvl) -> the level's number format ("decimal", "bullet", "lowerLetter"...), from the
    numbering part: a paragraph says which list and level it is in, the numbering part how they count."""
    try:
        root = document.part.numbering_part.element
    except (KeyError, NotImplementedError, AttributeError):  # no numbering part: no numbered lists
        return {}
    abstract = {}
    for definition in root.findall(_W + "abstractNum"):
        abstract[definition.get(_W + "abstractNumId")] = {
            level.get(_W + "ilvl"): fmt.get(_W + "val")
            for level in definition.findall(_W + "lvl") if (fmt := level.find(_W + "numFmt")) is not None}
    formats = {}
    for num in root.findall(_W + "num"):
        ref = num.find(_W + "abstractNumId")
        for ilvl, fmt in abstract.get(ref.get(_W + "val") if ref is not None else None, {}).items():
            formats[(num.get(_W + "numId"), ilvl)] = fmt
    return formats


def outline_headings(blocks: list[Block]) -> list[Block]:
    """A numbered item whose list goes on one level deeper, short and unpunctuated, is a section heading of
    an outline ("1. General provisions" over "1.1 ...", "1.2 ...", perhaps after a lead-in paragraph), as
    formal job descriptions number theirs in Word; a bulleted one over sub-bullets stays an item, its
    group's name."""
    out = list(blocks)
    next_item = None
    for n in range(len(blocks) - 1, -1, -1):
        block = blocks[n]
        if block.kind != "list_item":
            continue
        if (block.numbered and next_item is not None and next_item.level > block.level
                and len(block.text.split()) <= _HEADING_MAX_WORDS
                and not block.text.rstrip().endswith(SENTENCE_END + (",",))):
            out[n] = Block("heading", block.text, marked=True)
        next_item = block
    return out


def _is_list_paragraph(paragraph, style: str) -> bool:
    p_pr = paragraph._p.pPr
    if p_pr is not None and p_pr.numPr is not None:
        return True
    return "List" in style and "Table" not in style


def _list_level(paragraph) -> int:
    p_pr = paragraph._p.pPr
    if p_pr is not None and p_pr.numPr is not None and p_pr.numPr.ilvl is not None:
        return int(p_pr.numPr.ilvl.val or 0)
    return 0


def _is_bold(paragraph, styles: _StyleNames) -> bool:
    runs = [r for r in paragraph.runs if r.text.strip()]
    return bool(runs) and all(styles.bold_run(r) for r in runs)


def _table_blocks(table, styles: _StyleNames) -> list[Block]:
    """One table_row per row; a cell of several paragraphs or list items becomes '• a • b'."""
    blocks = []
    for row in table.rows:
        cells = []
        seen = set()
        for cell in row.cells:
            if id(cell._tc) in seen:  # a merged cell is reported once per grid column it spans
                continue
            seen.add(id(cell._tc))
            paragraphs = [clean_inline(p.text.replace("\n", " ")) for p in cell.paragraphs if p.text.strip()]
            listed = any(_is_list_paragraph(p, styles.of_paragraph(p)) for p in cell.paragraphs)
            if len(paragraphs) > 1 or (listed and paragraphs):
                cells.append(" ".join(f"• {(split_list_mark(p) or (p,))[0]}" for p in paragraphs))
            else:
                cells.append(paragraphs[0] if paragraphs else "")
        if any(c.strip(" -") for c in cells):
            blocks.append(Block("table_row", " ".join(c for c in cells if c), cells=cells))
    return blocks


def merge_continuations(blocks: list[Block]) -> list[Block]:
    """A paragraph that starts in lower case continues the item or paragraph before it (a list item
    broken by a stray paragraph mark, or a page break in a PDF)."""
    merged: list[Block] = []
    joined: list[str] = []  # paragraphs continuing merged[-1], joined once (repeated `+=` was quadratic)
    for block in blocks:
        previous = merged[-1] if merged else None
        ending = joined[-1] if joined else previous.text if previous else ""
        if (previous is not None and block.kind == "paragraph" and block.text[:1].islower()
                and previous.kind in ("paragraph", "list_item") and not ending.endswith((".", "!", "?", ":"))):
            joined.append(block.text)
        else:
            if joined:
                merged[-1].text = " ".join([merged[-1].text, *joined])
                joined = []
            merged.append(block)
    if joined:
        merged[-1].text = " ".join([merged[-1].text, *joined])
    return merged
