"""Text segments of PDF pages -> blocks: page chrome dropped, tables rebuilt from the columns their
cells start at, body lines joined into paragraphs and list items, headings from type size and weight.

Pure geometry on `Segment`s, so it is tested without PDFs; pdf.py only gets segments out of pypdfium2."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .. import patterns as rx  # re.compile, from a per-machine cache of compiled patterns
from ..data.debris import is_debris
from ..data.marks import GLYPH_BULLETS
from ..model import Block
from .markup import clean_inline
from .text import looks_like_heading, split_list_mark

_LINE_TOLERANCE = 2.0  # points: segments whose tops differ less sit on one line
_COLUMN_TOLERANCE = 4.0
_CELL_PADDING = 6.0
_TEXT_COLUMN_MIN_LINES = 8
_CHROME_BAND = 0.08  # top and bottom share of the page where running headers and footers sit
_HEADING_SIZE_STEP = 1.5
_HEADING_MAX_WORDS = 14
_LIST_MARKER = rx.compile(rf"^\s*(?:[{re.escape(GLYPH_BULLETS)}o*\-–]|\(?(?:\d{{1,2}}|[a-zA-Z]|[ivx]{{1,4}})[.)])\s*$")
_LABEL_VALUE = rx.compile(r"^[^:]{1,40}:\s*\S")
_SUFFIX_AFTER_SOFT_HYPHEN = rx.compile(
    r"^(ated?|ation|ations|tion|tions|sion|ment|ments|ness|ity|ities|ance|ence|ive|ous|able|ible|ally|ing|ings|"
    r"ed|er|ers|ies|ion|ions|ism|ist|ists|ful|less|ly|al|ise|ize|ised|ized|ional)\b")


@dataclass
class Segment:
    """A run of text on one line of a page, as the PDF engine grouped it."""

    text: str
    x0: float
    x1: float
    top: float  # distance from the bottom of the page, PDF style: larger is higher
    bottom: float
    page: int
    size: float = 0.0
    bold: bool = False


@dataclass
class _Table:
    columns: list[float]
    rows: list[list[list[Segment]]] = field(default_factory=list)
    lowest: float | None = None  # bottom of the current row's lowest line on this page (None: none yet)
    last_column: int = -1
    size: float = 0.0  # type size of the table's text: a larger line below it is a heading, not a cell


def drop_chrome(pages: list[list[Segment]], heights: list[float]) -> list[list[Segment]]:
    """Remove running headers, footers and page numbers: lines in the top or bottom band of a page
    that repeat on other pages (digits aside) or that are page numbers."""
    def key(segment: Segment) -> str:
        return re.sub(r"\d+", "#", segment.text.strip().lower())

    in_band = [[s for s in page if _in_band(s, heights[i])] for i, page in enumerate(pages)]
    repeats = Counter(k for band in in_band for k in {key(s) for s in band})
    # a browser prints a site's fixed bar on every page, but its engine may break the bar's line after a
    # different item on each ("Jobs Resumes Events Content Social Freelance More Log in" over "Jobs Resumes
    # Events Content Social Freelance"): a line that begins with another page's band line is repeated too
    by_opening: dict[str, set[tuple[int, str]]] = {}
    for i, band in enumerate(in_band):
        for k in {key(s) for s in band}:
            if len(k.split()) >= _BAR_MIN_WORDS:
                by_opening.setdefault(" ".join(k.split()[:_BAR_MIN_WORDS]), set()).add((i, k))

    # a browser slices its page into sheets and paints a line the cut runs through on both: at the foot of one
    # sheet and the head of the next. Said once (on the first sheet), not dropped as a running header
    cut_lines = _lines_cut_by_a_page_break(in_band, heights, key)

    def repeated(k: str, page: int) -> bool:
        if k in cut_lines:
            return page != cut_lines[k]
        if repeats[k] > 1:
            return True
        alike = by_opening.get(" ".join(k.split()[:_BAR_MIN_WORDS]), ()) if len(k.split()) >= _BAR_MIN_WORDS else ()
        return any(j != page and (k.startswith(other) or other.startswith(k)) for j, other in alike)

    kept = []
    for i, page in enumerate(pages):
        kept.append([s for s in page if not (_in_band(s, heights[i]) and (
            (len(pages) > 1 and repeated(key(s), i)) or is_debris(s.text) or re.fullmatch(r"[\s#/|–-]*", key(s))))])
    return kept


def _lines_cut_by_a_page_break(in_band: list[list[Segment]], heights: list[float], key) -> dict[str, int]:
    """Band lines found exactly twice, at the foot of one page and the head of the next -> that first page."""
    places: dict[str, list[tuple[int, bool]]] = {}
    for i, band in enumerate(in_band):
        for s in band:
            places.setdefault(key(s), []).append((i, s.top < heights[i] * _CHROME_BAND))
    return {k: where[0][0] for k, where in places.items()
            if len(where) == 2 and where[0] == (where[1][0] - 1, True) and not where[1][1]
            and re.search(r"[^\W\d_]", k)}


_BAR_MIN_WORDS = 3  # a line opening with another page's band line repeats it when that line has this many words


def _in_band(segment: Segment, height: float) -> bool:
    return segment.bottom > height * (1 - _CHROME_BAND) or segment.top < height * _CHROME_BAND


_TOUCHING = 0.5  # points


def merge_line_pieces(segments: list[Segment]) -> list[Segment]:
    """Join pieces the engine split within one line: a font change, "Page " + "6", and a list
    marker (bullet glyph in a symbol font, "1.") set apart from its text by a tab stop."""
    merged: list[Segment] = []
    for s in segments:
        p = merged[-1] if merged else None
        marker = p is not None and _LIST_MARKER.match(p.text) is not None
        if p and p.page == s.page and (
                ((abs(p.top - s.top) < _LINE_TOLERANCE or _inside_line(s, p) or _inside_line(p, s))
                 # a word justified text split between two rects touches, or overlaps by a rounding hair
                 and -_TOUCHING <= s.x0 - p.x1 < max(4.0, s.size * 0.6))
                or (marker and s.x0 > p.x1 and min(p.top, s.top) > max(p.bottom, s.bottom))):
            joiner = " " if marker and not p.text.endswith(" ") else ""
            p.text = p.text + joiner + s.text
            if marker:  # the line's type is its text's, not the symbol font's
                p.top, p.size, p.bold = s.top, s.size, s.bold
            p.x1, p.bottom = s.x1, min(p.bottom, s.bottom)
        else:
            merged.append(Segment(**vars(s)))
    return merged


_RUN_BREAK_LINES = 3.0  # a drop of more than this many line heights ends a run


def in_reading_order(page: list[Segment]) -> list[Segment]:
    """One page's segments in the order they are read, not painted. Office exports paint text in
    reading order; a browser paints a page's floats, sticky bars, ads and frames after its flow (Chrome
    prints of job boards put a sidebar's ad, or the job's own heading, at the end of the page). The page's
    runs (stretches painted downward, line after line) are put in the order of their tops; a run keeps
    its painting order, so a column painted whole stays whole. A page painted in reading order is left
    as it is: its runs come in the order of their tops already (the sort is stable, tops a hair apart tie)."""
    runs = _painted_runs(page)
    if len(runs) < 2:
        return page
    band, bands, higher = 0, {}, None
    for top in sorted({run[0].top for run in runs}, reverse=True):
        if higher is not None and higher - top >= _LINE_TOLERANCE:
            band += 1
        bands[top], higher = band, top
    runs.sort(key=lambda run: bands[run[0].top])
    return [s for run in runs for s in run]


def _painted_runs(page: list[Segment]) -> list[list[Segment]]:
    """Stretches of a page painted downward, line after line, without a jump up or a long drop."""
    runs: list[list[Segment]] = []
    for s in page:
        p = runs[-1][-1] if runs else None
        if p is not None and s.top <= p.top + _LINE_TOLERANCE \
                and p.top - s.top <= _RUN_BREAK_LINES * max(p.top - p.bottom, 4.0):
            runs[-1].append(s)
        else:
            runs.append([s])
    return runs


def without_fixed_bars(page: list[Segment]) -> list[Segment]:
    """A browser print's first page without the site's fixed and sticky elements: a browser paints the
    page's flow first and what is pinned over it last (a site's menu bar, a pinned card of another job, a
    banner), so text painted after the flow's first run and lying wholly above that run's top is such a
    bar. Only for the first page of browser prints: a word processor may paint a text box at the top of
    its page last, and on later pages a browser may begin with a block lower on the page than the text
    that goes on from the page before (Firefox: "See less" painted before "... considered for the position!")."""
    runs = _painted_runs(page)
    if len(runs) < 2:
        return page
    start = runs[0][0].top
    return runs[0] + [s for run in runs[1:] if min(s.bottom for s in run) <= start for s in run]


_BUCKET = 10.0  # points of height: segments are compared with those of nearby buckets only


def without_overlays(page: list[Segment]) -> list[Segment]:
    """A browser print's page without what was pinned over its text (a floating ad, a chat bubble): a run
    painted later whose lines lie over lines already painted covers them on paper as on screen, and
    its words would run into the text they cover ("Requirements" followed by an ad's "Los peruanos son
    elegibles para la visa")."""
    runs = _painted_runs(page)
    painted: dict[int, list[Segment]] = {}
    kept: list[Segment] = []
    for run in runs:
        if not any(_covers(s, other) for s in run for key in _buckets(s) for other in painted.get(key, ())):
            kept.extend(run)
        for s in run:
            for key in _buckets(s):
                painted.setdefault(key, []).append(s)
    return kept


def _buckets(s: Segment) -> range:
    return range(int(s.bottom // _BUCKET), int(s.top // _BUCKET) + 1)


def _covers(s: Segment, other: Segment) -> bool:
    """Do two lines overlap by most of the lower one's height and some of their width?"""
    height = min(s.top, other.top) - max(s.bottom, other.bottom)
    width = min(s.x1, other.x1) - max(s.x0, other.x0)
    return height > 0.5 * min(s.top - s.bottom, other.top - other.bottom) and width > 2.0


def _inside_line(small: Segment, line: Segment) -> bool:
    """A hyphen, a dot or a quote mark has a box of its own, lower than its line's: it is still on it."""
    return line.bottom - _LINE_TOLERANCE <= small.bottom and small.top <= line.top + _LINE_TOLERANCE \
        and small.top - small.bottom < line.top - line.bottom


def layout_blocks(segments: list[Segment]) -> list[Block]:
    """Segments in reading order -> blocks."""
    if not segments:
        return []
    body_size = Counter(round(s.size) for s in segments).most_common(1)[0][0]
    blocks: list[Block] = []
    table: _Table | None = None
    previous: Segment | None = None
    right_margin = max(s.x1 for s in segments)
    lines = _lines_of(segments)
    def finish(table: _Table) -> None:
        if _is_text_columns(table):
            for column in range(len(table.columns)):
                lines = [line for row in table.rows if column < len(row) for line in row[column]]
                edge = max((line.x1 for line in lines), default=right_margin)
                before = None
                for line in lines:
                    _add_to_body(blocks, line, before, body_size, edge)
                    before = line
        else:
            blocks.extend(_table_blocks(table, right_margin))

    for index, s in enumerate(segments):
        if _a_speck(s, body_size):
            continue
        columns = _row_columns(segments, index, lines)
        if table is not None and _continues_table(table, s, previous, columns):
            _add_to_table(table, s, previous, columns)
        elif columns:
            if table is not None:
                finish(table)
            table = _Table(columns=columns)
            _add_to_table(table, s, previous, columns)
        else:
            if table is not None:
                finish(table)
                table = None
            _add_to_body(blocks, s, previous, body_size, right_margin)
        previous = s
    if table is not None:
        finish(table)
    for block in blocks:
        # PDFium writes a hyphen that ends a line as U+FFFE or \x02; one that no line join undid sits
        # inside the text (a piece merged within a line) and is a real hyphen
        if "\ufffe" in block.text or "\x02" in block.text:
            block.text = _hyphens_restored(block.text)
            block.cells = [_hyphens_restored(cell) for cell in block.cells] if block.cells else block.cells
        if block.kind != "table_row":  # cells were cleaned paragraph by paragraph
            block.text = clean_inline(block.text)
        # a paragraph of one short unpunctuated line is a heading set in the body's type, as in text
        if block.kind == "paragraph" and looks_like_heading(block.text):
            block.kind = "heading"
    return [b for b in blocks if b.text]


def _a_speck(s: Segment, body_size: float) -> bool:
    """Two or three letters in type far smaller than the text's: a logo's initials in a printed page's ad ("XM"
    at 6 pt among 9.6 pt text), never a word of the notice."""
    text = s.text.strip()
    return len(text) <= _SPECK_CHARS and 0 < s.size < _SPECK_SIZE * body_size and any(c.isalpha() for c in text) \
        and not _LIST_MARKER.match(text)  # a bullet set small ("o", "a)") still marks its item


_SPECK_CHARS = 3
_SPECK_SIZE = 0.75


def _is_text_columns(table: _Table) -> bool:
    """A page set in columns looks like a table of one or two rows whose cells run for many lines;
    a real table has more rows than that, or short cells."""
    if len(table.columns) > 3 or len(table.rows) > 3:
        return False
    lines_per_column = [sum(len(row[c]) for row in table.rows if c < len(row)) for c in range(len(table.columns))]
    return len(table.columns) >= 2 and all(n >= _TEXT_COLUMN_MIN_LINES for n in lines_per_column)


_NEAR_SEGMENTS = 40  # a line's cells are looked for this many segments either side, not across the document


def _lines_of(segments: list[Segment]) -> dict[tuple[int | None, int], list[int]]:
    """Segment indexes by page and whole point of their top: a line's cells are then found among a few
    segments, not by comparing every segment with its 80 neighbours."""
    lines: dict[tuple[int | None, int], list[int]] = {}
    for i, s in enumerate(segments):
        lines.setdefault((s.page, int(s.top)), []).append(i)
    return lines


def _row_columns(segments: list[Segment], index: int, lines: dict[tuple[int | None, int], list[int]]) -> list[float]:
    """The x positions of the cells on this segment's line, when the line holds several cells."""
    s = segments[index]
    top = int(s.top)
    reach = int(_LINE_TOLERANCE) + 1
    same_line = [segments[j] for key in range(top - reach, top + reach + 1) for j in lines.get((s.page, key), ())
                 if -_NEAR_SEGMENTS <= j - index < _NEAR_SEGMENTS and abs(segments[j].top - s.top) < _LINE_TOLERANCE
                 and _alike_in_size(segments[j], s)]
    if len(same_line) < 2:
        return []
    return sorted({round(o.x0) for o in same_line})


def _alike_in_size(a: Segment, b: Segment) -> bool:
    """Cells of one row are set in type of about one size: a title in 33 pt whose top lines up with a note in
    9 pt beside it ("Finaliza en 8 días.") is no row of a table."""
    small, large = sorted((a.size, b.size))
    return small <= 0 or large <= _ROW_SIZE_RATIO * small


_ROW_SIZE_RATIO = 2.0


def _column_of(columns: list[float], x0: float) -> int | None:
    for i, start in enumerate(columns):
        if abs(x0 - start) <= _COLUMN_TOLERANCE:
            return i
    return None


def _continues_table(table: _Table, s: Segment, previous: Segment | None, columns: list[float]) -> bool:
    """Does this segment belong to the table being read? Lines holding several cells do when their
    cells start at the table's columns; a lone line does when it fits inside one column."""
    if columns:
        return all(_column_of(table.columns, c) is not None for c in columns) or _merge_columns(table, columns)
    column = _column_of(table.columns, s.x0)
    if column is None or previous is None:
        return False
    if column + 1 < len(table.columns) and s.x1 > table.columns[column + 1] + _COLUMN_TOLERANCE:
        return False  # spans into the next column: body text below the table
    if s.size > table.size + 1.0 or (s.bold and s.x0 <= table.columns[0] + _COLUMN_TOLERANCE and len(table.columns) > 1
                                      and not any(row[0] for row in table.rows)):
        return False
    if previous.page != s.page:
        return True  # a table broken by a page break goes on at the top of the next page
    return 0 < previous.top - s.top < 2.5 * max(s.size, 8.0)


def _merge_columns(table: _Table, columns: list[float]) -> bool:
    """A row may start cells where the header row had none (an empty header cell): widen the grid."""
    known = sum(1 for c in columns if _column_of(table.columns, c) is not None)
    if known >= 1 and known * 2 >= len(columns):
        old = table.columns
        table.columns = sorted(set(old) | {c for c in columns if _column_of(old, c) is None})
        moved = [table.columns.index(c) for c in old]
        for i, row in enumerate(table.rows):
            widened: list[list[Segment]] = [[] for _ in table.columns]
            for old_index, cell in enumerate(row):
                widened[moved[old_index]] = cell
            table.rows[i] = widened
        if table.last_column >= 0:
            table.last_column = moved[table.last_column]
        return True
    return False


_NEXT_LINE_GAP = 0.6  # of the font size, between a row's lowest line's bottom and the next line's top


def _add_to_table(table: _Table, s: Segment, previous: Segment | None, columns: list[float]) -> None:
    """Cells come cell by cell, each from the row's top line down. A cell's first line that starts
    below everything the current row holds on this page opens a new row; after a page break the
    row goes on until that happens."""
    column = _column_of(table.columns, s.x0)
    if column is None:
        column = min(range(len(table.columns)), key=lambda i: abs(table.columns[i] - s.x0))
    if previous is not None and previous.page != s.page:
        table.lowest = None
    new_cell = table.last_column != column
    gap_in_cell = not new_cell and previous is not None and previous.page == s.page and \
        previous.top - s.top > 1.8 * max(s.size, 8.0)
    below_row = table.lowest is not None and s.top < table.lowest - _LINE_TOLERANCE
    # a table written line by line across its cells: a lone line right under the row, in a column whose
    # cell already has text, is that cell's next line; the next row starts at the first column
    next_line_of_cell = (new_cell and below_row and len(columns) < 2 and column > 0 and bool(table.rows)
                         and bool(table.rows[-1][column]) and previous is not None and previous.page == s.page
                         and table.lowest - s.top < _NEXT_LINE_GAP * max(s.size, 8.0))
    if not table.rows or ((new_cell or gap_in_cell) and below_row and not next_line_of_cell):
        table.rows.append([[] for _ in table.columns])
        table.lowest = None
        table.size = table.size or s.size
    row = table.rows[-1]
    while len(row) < len(table.columns):
        row.append([])
    row[column].append(s)
    table.lowest = s.bottom if table.lowest is None else min(table.lowest, s.bottom)
    table.last_column = column


def _table_blocks(table: _Table, right_margin: float) -> list[Block]:
    # A cell wraps at its column's edge: the next column's start, or the page's text margin.
    edges = [table.columns[i + 1] - _CELL_PADDING for i in range(len(table.columns) - 1)] + [right_margin]
    blocks = []
    for row in table.rows:
        cells = []
        for column, lines in enumerate(row):
            paragraphs = _paragraphs(lines, edges[min(column, len(edges) - 1)])
            if len(paragraphs) > 1:
                cells.append(" ".join(f"• {p}" for p in paragraphs))
            else:
                cells.append(paragraphs[0] if paragraphs else "")
        if any(c.strip(" -") for c in cells):
            blocks.append(Block("table_row", " ".join(c for c in cells if c), cells=cells, page=row_page(row)))
    return blocks


def _hyphens_restored(text: str) -> str:
    return text.replace("\ufffe", "-").replace("\x02", "-")


def row_page(row: list[list[Segment]]) -> int | None:
    return next((cell[0].page for cell in row if cell), None)


def _paragraphs(lines: list[Segment], right: float) -> list[str]:
    """Lines of one cell -> its paragraphs: a line that stops well short of the cell's right edge,
    or ends a sentence, ends its paragraph when the next line starts with a capital."""
    if not lines:
        return []
    paragraphs: list[str] = []
    current = ""
    for i, line in enumerate(lines):
        text = line.text.strip()
        mark = split_list_mark(text)
        if mark:
            text = mark[0]
        if not current:
            current = text
        elif mark or ((_ended_short(lines[i - 1], text, right) or current.endswith((".", ";")))
                      and text[:1].isupper()):
            paragraphs.append(current)
            current = text
        else:
            current = join_lines(current, text)
    paragraphs.append(current)
    return [clean_inline(p) for p in paragraphs if p.strip()]


def _ended_short(line: Segment, next_text: str, right: float) -> bool:
    """Would the next line's first word have fitted on this line? Then this line ended on purpose."""
    width_per_char = (line.x1 - line.x0) / max(len(line.text), 1)
    first_word = len(next_text.split()[0]) if next_text.split() else 0
    # 1.3: capitals and wide letters make a word wider than the line's average character
    return line.x1 + (first_word + 1) * width_per_char * 1.3 < right - 2


def join_lines(left: str, right: str) -> str:
    """Join a wrapped line to the next, undoing hyphenation.

    >>> join_lines("Bosnia\\x02", "Herzegovina"), join_lines("passion\\ufffe", "ated people"), join_lines("a", "b")
    ('Bosnia-Herzegovina', 'passionated people', 'a b')
    """
    left = left.rstrip()
    if left.endswith(("\x02", "\ufffe", "\u00ad")):
        stem = left[:-1]
        if _SUFFIX_AFTER_SOFT_HYPHEN.match(right) or left.endswith("\u00ad"):
            return stem + right
        return f"{stem}-{right}"
    return f"{left} {right.lstrip()}"


def _add_to_body(blocks: list[Block], s: Segment, previous: Segment | None, body_size: int,
                 right_margin: float) -> None:
    text = s.text.strip()
    if not text:
        return
    mark = split_list_mark(text)
    if mark:
        item, numbered, _ = mark
        blocks.append(Block("list_item", item, numbered=numbered, page=s.page))
        return
    # a line in bold or large type is a heading when short, but never one that starts in lower case: that is
    # a bold paragraph's wrapped line ("and compliant with regulatory requirements. The incumbent will ...")
    heading = (s.size >= body_size + _HEADING_SIZE_STEP or s.bold) and len(text.split()) <= _HEADING_MAX_WORDS \
        and not _LABEL_VALUE.match(text) and not text.endswith(".") and not text[:1].islower()
    last = blocks[-1] if blocks else None
    if heading and not (last is not None and last.kind == "heading" and previous is not None
                        and previous.page == s.page and 0 < previous.top - s.top < 1.5 * s.size
                        and abs(previous.size - s.size) < 0.5):
        blocks.append(Block("heading", text.rstrip(":").strip(), page=s.page))
        return
    if last is not None and previous is not None and _same_flow(last, s, previous, right_margin, text):
        last.text = join_lines(last.text, text)
        return
    blocks.append(Block("paragraph", text, page=s.page))


def _same_flow(last: Block, s: Segment, previous: Segment, right_margin: float, text: str) -> bool:
    if last.kind == "heading":
        return previous.page == s.page and 0 < previous.top - s.top < 1.5 * s.size and previous.bold == s.bold \
            and not text[:1].isupper()
    if last.kind == "table_row":
        return False
    if previous.page == s.page and previous.top - s.top > 1.75 * max(s.size, 8.0):
        return False
    if text[:1].islower() or last.text.endswith(("\x02", "\ufffe", ",")):
        return True
    if last.text.rsplit(None, 1)[-1].lower() in _NEVER_LAST_WORDS:
        return True  # "... reporting deadlines, and" / "NRC procedures, ...": no sentence ends on "and"
    return not _ended_short(previous, text, right_margin)


_NEVER_LAST_WORDS = frozenset({"and", "or", "the", "of", "to", "in", "for", "with", "a", "an", "by", "on", "at",
                               "from", "&", "that", "which", "its", "their", "our", "your"})
