"""Plain text (and markdown-ish scrapes) -> blocks: headings, list items, paragraphs, table rows."""
from __future__ import annotations

import re
from collections.abc import Iterator

from .. import patterns as rx  # re.compile, from a per-machine cache of compiled patterns
from ..data.marks import GLYPH_BULLETS, LOST_FONT_BULLETS, SENTENCE_END
from ..data.verbs import starts_about_the_candidate, starts_with_duty_verb, starts_with_task_word
from ..headings import classify_heading, is_a_lead_in_heading
from ..model import Block, Document
from .decoding import decode_text
from .front_matter import front_matter_as_labels
from .glued import (
    FLATTENED_MIN_CHARS,
    SPACED_SENTENCE_END,
    capitalised_items,
    is_flattened,
    names_a_section,
    short_items,
    split_double_spaced_items,
    split_flattened,
    split_glued_items,
    split_glued_labels,
    split_heading_and_bullet,
    split_inline_bullets,
)
from .markup import clean_inline, html_breaks_as_lines, is_bold_line, strip_markdown_heading

# Bullet glyphs as they reach us: typographic ones, Word/LibreOffice Symbol-font private-use glyphs
# (U+F0B7 and friends, see measurements.md), ASCII stand-ins, and Word's "o" for second-level bullets.
# need a space after them: "**bold**", "-5%" and "+3 years" are not list items ("+" is Markdown's third bullet)
_ASCII_BULLETS = "*+\\-\u2013\u2014"
_LIST_MARK = rx.compile(
    rf"""^(?P<indent>\s*)
        (?:
            # a glyph; ASCII ones and Word's "o" need a space
            (?P<bullet>[{re.escape(GLYPH_BULLETS)}]\s*|[{_ASCII_BULLETS}o{LOST_FONT_BULLETS}]\s+
              |[-–](?=[A-Z][a-z]|[a-z]{{2,}}\s))  # "-Position will be based ...": a dash set on its word
            (?:(?P<num_after_bullet>\(?(?:\d{{1,2}}|[a-z]|[ivx]{{1,4}})[.)])\s+)?  # "- 1. Item" residue
          |
            (?P<number>(?:\(?(?:\d{{1,2}}|[a-zA-Z]|[ivxIVX]{{1,4}})[.)]  # 1.  1)  (a)  a)  iv.
              |\d{{1,2}}(?:\.\d{{1,2}}){{1,3}}\.?(?=\s+[A-Z]))\s+  # 3.1 Conduct  (not "3.5 years")
              |\d{{1,2}}[.)](?=[A-Z][a-z])  # "1.Coordinate": the space left out
              |\d{{1,2}}[-–]\s+(?=[A-Za-z]))  # "1- Support NAMA ...", as francophone and Arab notices number
        )
        (?=\S)""", re.VERBOSE)
_TABLE_SEPARATOR = rx.compile(r"^[\s|:+-]*-{2,}[\s|:+-]*$")
_HEADING_MAX_WORDS = 10
_NAMED_HEADING_MAX_WORDS = 16
_COLON_HEADING_MAX_WORDS = 12


MAX_READ_CHARS = 2_000_000  # twice what the pipeline keeps (pipeline.MAX_TEXT_CHARS): markup shrinks in cleaning


def read_text(data: bytes) -> Document:
    text = front_matter_as_labels(decode_text(data))
    if len(text) <= MAX_READ_CHARS:
        return Document(blocks=text_to_blocks(text))
    warning = f"only the first {MAX_READ_CHARS:,} characters of {len(text):,} were read"
    return Document(blocks=text_to_blocks(text[:MAX_READ_CHARS]), metadata={"warnings": [warning]})


def _a_mark_alone(cell: str, rest: str) -> bool:
    """
    >>> _a_mark_alone("•", "Manage the budget"), _a_mark_alone("1.", "Background"), _a_mark_alone("Salary", "£30k")
    (True, True, False)
    """
    found = split_list_mark(f"{cell} {rest}") if len(cell) <= 4 else None
    return found is not None and bool(found[0]) and rest.strip().endswith(found[0])  # "•\t1. Strengthen ..."


def split_list_mark(line: str) -> tuple[str, bool, int] | None:
    """If the line is a list item, return (text without its marker, numbered?, indent).

    >>> split_list_mark("  • Demonstrated experience in project planning.")
    ('Demonstrated experience in project planning.', False, 2)
    >>> split_list_mark("- 1. Strengthen relationships (20%)")
    ('Strengthen relationships (20%)', True, 0)
    >>> split_list_mark("  2. Get acquainted with the CSS Reports;")
    ('Get acquainted with the CSS Reports;', True, 2)
    >>> split_list_mark("\\uf0b7 Fluency in English") , split_list_mark("2022-2025 strategy")
    (('Fluency in English', False, 0), None)
    >>> split_list_mark("3.1 Conduct a desk review;"), split_list_mark("3.5 years of experience")
    (('Conduct a desk review;', True, 0), None)
    >>> split_list_mark("1.Coordinate activities;"), split_list_mark("1.5 days a week")
    (('Coordinate activities;', True, 0), None)
    >>> split_list_mark("Ø  Prepare reports on the program"), split_list_mark("Øresund Bridge")
    (('Prepare reports on the program', False, 0), None)
    >>> split_list_mark("-Position will be based in Idlib"), split_list_mark("-5% on last year"), split_list_mark("--")
    (('Position will be based in Idlib', False, 0), None, None)
    """
    m = _LIST_MARK.match(line)
    if not m:
        return None
    numbered = bool(m.group("number") or m.group("num_after_bullet"))
    indent = len(m.group("indent").expandtabs(4))
    return line[m.end():].strip(), numbered, indent


# "Preferred Qualifications:•" / "Experience with ...": the first item's bullet was left on the lead-in
_BULLET_LEFT_ON_LEAD_IN = rx.compile(rf":[ \t]*[{re.escape(GLYPH_BULLETS)}][ \t]*(?:(\n\s*)(?=\S)|$)", re.MULTILINE)


# a bullet alone on its line, its item on the next line with text (a web page's list copied as text: "•" / "Work in
# a therapy-led service")
_BULLET_ON_ITS_OWN_LINE = rx.compile(rf"^[ \t]*([{re.escape(GLYPH_BULLETS)}])[ \t]*\n(?:[ \t]*\n)*(?=[ \t]*\S)",
                                     re.MULTILINE)


def _bullets_put_back(text: str) -> str:
    r"""A bullet left at the end of a lead-in, or alone on its line, goes back to the item on the next line that
    has text.

    >>> _bullets_put_back("Preferred Qualifications:•")
    'Preferred Qualifications:'
    >>> _bullets_put_back("Preferred Qualifications:•\n\nExperience with AI evaluation tools")
    'Preferred Qualifications:\n- Experience with AI evaluation tools'
    >>> _bullets_put_back("Who can:\n\n•\nWork in a therapy-led service;\n\n•\nTravel throughout the County.")
    'Who can:\n\n• Work in a therapy-led service;\n\n• Travel throughout the County.'
    """
    if ":" in text:
        text = _BULLET_LEFT_ON_LEAD_IN.sub(lambda m: ":\n- " if m.group(1) else ":", text)
    return _BULLET_ON_ITS_OWN_LINE.sub(r"\1 ", text)


# markdown's other heading: a line underlined with "---" or "===" (JobSpy scrapes keep them); a rule on its own
# line, after a blank, is a divider and says nothing
_RULE_ALONE = rx.compile(r"[ \t]*(?:-{3,}|={3,}|\*{3,}|_{3,})[ \t]*")
_MARKED_LINE = rx.compile(r"^\s*(?:[-*+•]\s|\d{1,2}[.)]\s|\||#)")
_SETEXT_MAX_WORDS = 12


# a heading a plain-text notice sets between rules of its own: "=== DUTIES ===", "--- Requirements ---"
_DECORATED_HEADING = rx.compile(r"^[ \t]*([-=*~_+])\1{1,}[ \t]+([^\n]*?[^\W\d_][^\n]*?)[ \t]*(?:\1{2,}[ \t]*)?$",
                                re.MULTILINE)


def _decorated_headings(text: str) -> str:
    r"""
    >>> _decorated_headings("=== DUTIES ===\n--- Requirements ---\n-- Fluent English")
    '## DUTIES\n## Requirements\n-- Fluent English'
    """
    return _DECORATED_HEADING.sub(lambda m: f"## {m.group(2)}" if m.group(0).rstrip().endswith(m.group(1) * 2)
                                  else m.group(0), text)


def _setext_headings(text: str) -> str:
    """
    >>> _setext_headings("Intro\\n\\n**Your mission**\\n----------------\\n* Build")
    'Intro\\n\\n## **Your mission**\\n\\n* Build'
    >>> _setext_headings("Intro.\\n\\n---\\n\\nMore")  # a divider after a blank
    'Intro.\\n\\n\\n\\nMore'
    """
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if ("---" in line or "===" in line or "***" in line or "___" in line) and _RULE_ALONE.fullmatch(line):
            before = lines[i - 1] if i else ""
            # a list item or a table over a rule, or a paragraph, is no heading: the rule only goes
            if before.strip() and not _MARKED_LINE.match(before) and len(before.split()) <= _SETEXT_MAX_WORDS \
                    and line.strip()[0] in "-=":
                lines[i - 1] = f"## {before.strip()}"
            lines[i] = ""
    return "\n".join(lines)


def _with_heading_before(lines: list[str]) -> Iterator[tuple[str, bool]]:
    """Each line, and whether the line before it with text names a section or leads in to a list ("As the
    Consultant, you will:"): a flattened list on the line after it is that section's."""
    if not any(is_flattened(line) for line in lines):
        yield from ((line, False) for line in lines)  # (most notices: no line is read as flattened)
        return
    before = ""
    for line in lines:
        stripped = line.strip()
        # (or a paragraph whose last sentence leads in: "... elevate your career. Your role will include:")
        yield line, bool(before) and len(line) >= FLATTENED_MIN_CHARS and (
            (before.endswith(":") and len(SPACED_SENTENCE_END.split(before)[-1].split()) <= _COLON_HEADING_MAX_WORDS)
            or (len(before.split()) <= _SECTION_NAME_MAX_WORDS and classify_heading(before) is not None))
        before = stripped or before


def text_to_blocks(text: str) -> list[Block]:
    """Split cleaned text into blocks; wrapped lines are joined to the block they continue."""
    blocks: list[Block] = []
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # a byte-order mark inside the text is where a scraped page broke a line ("Event Worker\ufeffDate: ...")
    text = text.replace("\ufeff", "\n") if "\ufeff" in text else text
    text = html_breaks_as_lines(text) if "<" in text else text
    text = _bullets_put_back(text)
    text = _decorated_headings(text) if ("--" in text or "==" in text or "**" in text or "~~" in text) else text
    text = _setext_headings(text) if ("---" in text or "===" in text) else text
    lines = text.split("\n")
    wrap = _wrap_width(lines)
    lines = _unwrapped(lines, wrap) if wrap else lines
    # terms of reference number their sections "3." and the items in them "3.1", "3.2"
    parents = set(_SUBNUMBERED.findall(text)) if "." in text else set()
    blank_before = True
    joined: list[str] = []  # lines continuing blocks[-1], joined once: `text += line` was quadratic
    indented: set[int] = set()  # paragraphs whose line was set in by two spaces or more
    pieces = (piece for line, after_heading in _with_heading_before(lines) for labelled in split_glued_labels(line)
              for flat in split_flattened(labelled, after_heading)
              for headed in split_heading_and_bullet(flat) for glued in split_glued_items(headed)
              for spaced in split_double_spaced_items(glued) for piece in split_inline_bullets(spaced))
    emoji_items = _emoji_bulleted(lines)
    for raw in pieces:
        if not raw.strip():
            blank_before = True
            continue
        block = _parent_heading(raw, parents) if parents else None
        if emoji_items and raw.strip() in emoji_items:
            block = _emoji_item(raw)
        block = block or line_to_block(raw, in_table=bool(blocks) and blocks[-1].kind == "table_row")
        if block is None:
            continue
        if wrap and block.kind == "heading" and not block.marked and len(raw.strip()) >= wrap - _WRAP_SLACK:
            # in a text wrapped at a fixed width, a line as wide as the text is part of a paragraph, not a
            # heading, whatever it ends or starts with ("2015, delivering humanitarian assistance and ...")
            block = Block("paragraph", block.text)
        previous = blocks[-1] if blocks else None
        if previous is not None and _continues(previous, block, blank_before, joined[-1] if joined else None, wrap):
            joined.append(block.text)
        else:
            _join_continuations(previous, joined)
            joined = []
            block.after_blank = blank_before
            if raw.startswith(_ITEM_INDENT) and (block.kind == "paragraph" or (  # a section's name stays a heading
                    block.kind == "heading" and not block.marked and not names_a_section(block.text.split()))):
                indented.add(len(blocks))
            blocks.append(block)
        blank_before = False
    _join_continuations(blocks[-1] if blocks else None, joined)
    # (lines without marks are read before indented lines are made items: those have no marks either)
    return _lists_written_without_stops(_indented_lines_as_items(_lines_written_without_marks(blocks), indented))


_ITEM_INDENT = ("  ", "\t")  # two spaces or a tab (Word's text export sets list items in by a tab)
_INDENTED_ITEM_MAX_WORDS = 60


def _indented_lines_as_items(blocks: list[Block], indented: set[int]) -> list[Block]:
    """Lines set in by spaces, two or more in a row, in a text whose other paragraphs are not: a list
    whose bullets a copy from a web page lost ("Must-have Skills" over "    Broad UI development
    experience", "    Track record of shipping UIs"), one item a line.

    >>> [(b.kind, b.text) for b in text_to_blocks("Skills\\n\\n    Python\\n    SQL\\n\\nWe are a team.")]
    [('heading', 'Skills'), ('list_item', 'Python'), ('list_item', 'SQL'), ('paragraph', 'We are a team.')]
    >>> [b.kind for b in text_to_blocks("We build.\\n\\n  Responsibilities\\n  Draft reports\\n  File notes\\n")]
    ['paragraph', 'heading', 'list_item', 'list_item']
    """
    if not indented or all(i in indented for i, b in enumerate(blocks) if b.kind in ("paragraph", "heading")):
        return blocks  # nothing set in, or everything: the indentation tells nothing
    out = list(blocks)
    run: list[int] = []
    for i in [*range(len(blocks)), len(blocks)]:
        if i in indented and len(blocks[i].text.split()) <= _INDENTED_ITEM_MAX_WORDS:
            run.append(i)
            continue
        if len(run) >= 2:
            for j in run:
                out[j] = Block("list_item", blocks[j].text, after_blank=blocks[j].after_blank)
        run = []
    return out


_UNSTOPPED_LIST_MIN_CHARS = 150
_LIST_SECTIONS = ("duties", "qualifications")


def _lists_written_without_stops(blocks: list[Block]) -> list[Block]:
    """A paragraph under a duties or qualifications heading that is a run of items with no full stop
    ("High level of integrity Must have excellent communication skills Must maintain accuracy ..."): the
    scrape lost its line breaks; each capitalised start after a lowercase word is an item."""
    out: list[Block] = []
    section = ""  # the kind of the last heading: further down a section, only a run of tasks or of the
    # candidate's qualities is taken for such a list ("... a mentor will supervise you." then "Train deep models
    # Benchmark and compare ... Perform data exploration ...")
    for block in blocks:
        heading = out[-1] if out else None
        if block.kind == "heading":
            # a heading no vocabulary names is a sub-heading: the section goes on ("What you will do" then
            # "Strategy and Vision", "Programme Management")
            section = (classify_heading(block.text) or (section,))[0]
        if block.kind == "paragraph" and section in _LIST_SECTIONS \
                and len(block.text) >= _UNSTOPPED_LIST_MIN_CHARS and ". " not in block.text \
                and short_items(items := capitalised_items(block.text), under_a_heading=True) and (
                    (heading is not None and heading.kind == "heading") or _mostly_led_alike(items, section)):
            out += [Block("list_item", item, after_blank=block.after_blank) for item in items]
        else:
            out.append(block)
    return out


def _mostly_led_alike(items: list[str], section: str) -> bool:
    """Most items start as a list of that section's do: with a task's verb, or with the candidate's quality."""
    starts = starts_with_task_word if section == "duties" else starts_about_the_candidate
    return sum(map(starts, items)) >= _LED_ALIKE_SHARE * len(items)


_LED_ALIKE_SHARE = 0.6


_UNMARKED_RUN_MIN_LINES = 3
_UNMARKED_ITEM_MAX_WORDS = 60


def _lines_written_without_marks(blocks: list[Block]) -> list[Block]:
    """Three lines or more in a row, with no blank line between them, under a duties or qualifications
    heading: a list whose bullets a copy lost ("Collect the orders ...", "Elaborate a monthly purchase
    forecast (supply, work, service)", ...), one item a line; a short line among them is an item, not a
    heading, unless it names a section. A first line that leads in ("Objective 1: Supply Chain Management",
    "You will:") stays as it is.

    >>> text = "Duties\\n\\nCollect the orders.\\nElaborate a monthly purchase forecast\\nInform teams.\\n\\nWe pay."
    >>> [(b.kind, b.text) for b in text_to_blocks(text)][:4]  # doctest: +NORMALIZE_WHITESPACE
    [('heading', 'Duties'), ('list_item', 'Collect the orders.'),
     ('list_item', 'Elaborate a monthly purchase forecast'), ('list_item', 'Inform teams.')]
    """
    out = list(blocks)
    section_at = -1  # where the current section starts, and what it is
    in_list_section = False
    runs: list[tuple[int, range]] = []
    with_marks: set[int] = set()  # sections that bullet their items: lines without bullets there are prose
    start = 0
    for i in range(len(blocks) + 1):
        block = blocks[i] if i < len(blocks) else None
        # a short line that reads as an item ("Elaborate a monthly purchase forecast", "**Ability to manage
        # ambiguity**") is one; another ("Programme management") names the group of the lines under it
        an_item = i > start and block is not None and block.kind == "heading" and _says_an_item(block.text) \
            and not (block.marked and classify_heading(block.text) is not None)  # "Experience and Skills:" is one
        section = _section_named(block, an_item) if block is not None else None
        loose = block is not None and (block.kind == "paragraph" or an_item or (
            block.kind == "heading" and not block.marked and not _names_a_group(blocks, i))) \
            and len(block.text.split()) <= _UNMARKED_ITEM_MAX_WORDS and section is None \
            and not _SENTENCES.search(block.text)  # a line of several sentences is prose
        if block is not None and block.kind == "list_item" and not block.numbered:  # (numbers head groups)
            with_marks.add(section_at)
        if loose and i > start and not block.after_blank:
            continue  # the run goes on
        run = range(start + (1 if start < i and _leads_in(blocks[start:i]) else 0), i)
        if (in_list_section or _reads_as_items(blocks, run)) and len(run) >= _UNMARKED_RUN_MIN_LINES and \
                2 * sum(_names_a_field(blocks[j].text) for j in run) <= len(run):
            runs.append((section_at, run))  # (not "Posting Window", "4/15/2024", "Original Posting Date", ...)
        if section is not None:
            section_at, in_list_section = i, section in _LIST_SECTIONS
        start = i if loose else i + 1
    for at, run in runs:
        if at not in with_marks:
            for j in run:
                out[j] = Block("list_item", blocks[j].text, after_blank=blocks[j].after_blank)
    return out


_UNHEADED_RUN_MIN_LINES = 4
_UNHEADED_ITEMS_SHARE = 0.75


def _reads_as_items(blocks: list[Block], run: range) -> bool:
    """Four lines or more in a row, most of them a task led by its verb or a requirement ("Lead the design of
    ...", "Strong SQL skills"), under no duties or qualifications heading (a board's facts above them, or no
    heading at all): a list whose bullets a copy lost, as under such a heading."""
    return len(run) >= _UNHEADED_RUN_MIN_LINES and \
        sum(_says_an_item(blocks[j].text) for j in run) >= _UNHEADED_ITEMS_SHARE * len(run)


def _leads_in(run: list[Block]) -> bool:
    """Does the first line of a run lead the others in ("Objective 1: Supply Chain Management", "You will:")?"""
    return _LEAD_IN.match(run[0].text) is not None


def _names_a_group(blocks: list[Block], i: int) -> bool:
    """A short line over a longer one that does not read as an item: "Programme management" over "Lead the
    team and manage the budget ...", "Core" over "Achieve Results: ..." (not "Leadership" over "People
    management": a list of short items)."""
    def short(block: Block) -> bool:
        return block.kind == "heading" and len(block.text.split()) <= _GROUP_NAME_MAX_WORDS \
            and not _says_an_item(block.text)
    following = blocks[i + 1] if i + 1 < len(blocks) else None
    # (not one of a list of short items right under another: "Strategic vision" / "Leadership" / "Team building
    # and cooperation" / "People management", whose bullets a copy lost)
    before = blocks[i - 1] if i > 0 else None
    among_short_items = before is not None and not blocks[i].after_blank and before.kind == "heading" \
        and not before.marked and len(before.text.split()) <= _SHORT_ITEM_MAX_WORDS \
        and classify_heading(before.text) is None  # (under "Competencies", "Core" names a group)
    return short(blocks[i]) and following is not None and not following.after_blank and not short(following) \
        and not among_short_items


_GROUP_NAME_MAX_WORDS = 3  # "Core", "Programme management", "Partnerships and networking"
_SHORT_ITEM_MAX_WORDS = 6  # "Team building and cooperation", "Behavioural flexibility and stress management"


def _names_a_field(text: str) -> bool:
    """A line of capitalised words or of no words ("Original Posting Date", "4/15/2024"): a field's name or value."""
    words = [w for w in text.split() if any(c.isalpha() for c in w)]
    return all(w[:1].isupper() or w in _TITLE_JOINERS for w in words)


_TITLE_JOINERS = {"of", "and", "for", "the", "in", "to", "a", "&"}


def _says_an_item(text: str) -> bool:
    return starts_about_the_candidate(text) or starts_with_duty_verb(text)


def _section_named(block: Block, an_item: bool = False) -> str | None:
    """The kind of section a block opens: a heading the vocabulary knows, unless it is a skill or a task said
    among the lines of a run ("Excellent knowledge of Excel", "Effective leadership and team management
    skills"); a line labelled with a section's name ("How to Apply: Send ...", "Benefits: Paid time off")."""
    if block.kind == "heading":
        kind = (classify_heading(block.text) or ("",))[0]
        words = block.text.split()
        if an_item:  # among the lines of a run
            return None
        if kind and (block.marked or len(words) <= _SECTION_NAME_MAX_WORDS or names_a_section(words)):
            return kind
        return None
    if block.kind == "paragraph" and (label := _SECTION_LABEL.match(block.text)):
        kind = (classify_heading(label.group(1)) or (None,))[0]
        return kind if kind not in _LIST_SECTIONS else None  # "Preferred: Master's degree ..." is an item
    return None


_SECTION_NAME_MAX_WORDS = 4
_SENTENCES = rx.compile(r"(?:[^\W\d_]{2}|\))[.!?]\s+[A-Z]")
_SECTION_LABEL = rx.compile(r"^([^\W\d_][\w/&'’()\- ]{1,40}?)\s*:")


# a line that leads the lines under it in: "Objective 1: Supply Chain Management", "You will:"
_LEAD_IN = rx.compile(r"^(?:[^:]{1,60}:\s*[^\s.][^.]{0,60}|[^:]{1,80}:)$")


def _join_continuations(block: Block | None, lines: list[str]) -> None:
    if block is not None and lines:
        block.text = " ".join([block.text, *lines])


_SUBNUMBERED = rx.compile(r"^[ \t]*(\d{1,2})\.\d{1,2}\.?[ \t]+[A-Z]", re.MULTILINE)
_TOP_NUMBERED = rx.compile(r"^\s*(\d{1,2})\.\s+(\S.*)$")


def _parent_heading(raw: str, parents: set[str]) -> Block | None:
    """ "3. Scope of work" is a heading when items numbered "3.1", "3.2" follow somewhere.

    >>> _parent_heading("3. Scope of work and responsibilities", {"3"}).kind, _parent_heading("3. Scope", {"4"})
    ('heading', None)
    >>> _parent_heading("6. Duration and location", {"3"}).text
    'Duration and location'
    """
    m = _TOP_NUMBERED.match(raw)
    if not m:
        return None
    text = clean_inline(m.group(2))
    if not text or len(text.split()) > _HEADING_MAX_WORDS or text.endswith(SENTENCE_END[:-1]):
        return None
    # sections without sub-items ("6. Duration and location") are known by their words
    if m.group(1) not in parents and classify_heading(text) is None:
        return None
    return Block("heading", text.rstrip(":").strip(), marked=True)


# a list item that is all emphasis, its stars even unbalanced ("- *Qualification Requirements**")
_EMPHASISED_ITEM = rx.compile(r"^(?:\*{1,2}|__)[^*_]+?:?(?:\*{1,2}|__):?$")
_EMPHASISED_HEADING_MAX_WORDS = 6


def line_to_block(raw: str, in_table: bool = False) -> Block | None:
    """Classify one physical line. Tab-separated cells make a table row; a line that is only indented
    by a tab is one only inside a table (its first cell is empty: a continuation row)."""
    cells = raw.strip(" \r\n").split("\t") if "\t" in raw else []
    filled = [c.strip() for c in cells if c.strip()]
    if raw.startswith("\t") and len(filled) == 2 and filled[0].endswith(":"):
        # "\tTask 2:\tThe Event Detailed Concept" in text indented a tab deep (a Word file saved as text): a
        # label and its value, not a table whose continuation rows would swallow the indented lines after it
        raw = f"{filled[0]} {filled[1]}"
        cells = []
    if len(filled) == 2 and _a_mark_alone(filled[0], filled[1]):
        # "•\tManage the budget", "1.\tBackground": Word's text export puts a tab after a list's mark, which
        # makes no table
        raw = raw[:len(raw) - len(raw.lstrip(" \t"))].replace("\t", "    ") + f"{filled[0]} {filled[1]}"
        cells = []
    if cells and (len(filled) >= 2 or (in_table and len(cells) >= 2)):
        if _TABLE_SEPARATOR.match(raw.replace("\t", " ")):
            return None
        return Block("table_row", clean_inline(raw.replace("\t", " ")),
                     cells=[clean_inline(c) for c in raw.split("\t")])
    if raw.lstrip().startswith("|") and raw.rstrip().endswith("|") and raw.count("|") >= 3:
        if _TABLE_SEPARATOR.match(raw):
            return None
        cells = [clean_inline(c) for c in raw.strip().strip("|").split("|")]
        return Block("table_row", " ".join(c for c in cells if c), cells=cells)
    line, md_heading = strip_markdown_heading(raw) if "#" in raw[:8] else (raw, False)
    if not md_heading and (first := line.lstrip()[:1]) and first > _BEFORE_PICTOGRAPHS \
            and (pictograph := _LEADING_PICTOGRAPH.match(line)):
        return _pictograph_line(line[pictograph.end():])
    bold = is_bold_line(line)
    mark = split_list_mark(line)
    if mark and not md_heading:
        text, numbered, indent = mark
        emphasised = _EMPHASISED_ITEM.match(text.strip()) is not None
        text = clean_inline(text).strip("* ")
        heading = _numbered_heading(text) if numbered else None
        if numbered and not heading and a_section_in_capitals(text):
            heading = text  # "V. AUTONOMY, COMPLEXITY", "2. SCOPE OF WORK": a numbered form's section
        if emphasised and len(text.split()) <= _EMPHASISED_HEADING_MAX_WORDS and classify_heading(text.rstrip(":")):
            heading = text.rstrip(":").strip()  # "- **Essential:**", "- *Skills Required**": a heading in bold
        if heading:  # (numbered: a form's section, which the title is not: "I. MSF INTERNATIONAL")
            return Block("heading", heading, marked=True, numbered=numbered)
        return Block("list_item", text, numbered=numbered, level=indent) if text else None
    text = clean_inline(line)
    if not text:
        return None
    if text.endswith((":-", ":–", ":—")):
        text = text[:-1].rstrip()  # "ROLES & RESPONSIBILITIES:-", as Indian and US staffing agencies write them
    # a bold sentence ("**Excellent leadership and interpersonal skills.**") is an emphasised item, not a title
    bold_sentence = bold and text.endswith((".", "!", "?", ";")) and len(text.split()) >= 4
    marked = md_heading or (bold and not bold_sentence and len(text.split()) <= _COLON_HEADING_MAX_WORDS) or \
        (text.endswith(":") and looks_like_heading(text))
    if marked or looks_like_heading(text):
        return Block("heading", text.rstrip(":").strip(), marked=marked)
    return Block("paragraph", text)


# an emoji that opens a line, with its modifiers ("🚀 **Vos missions**", "✅ Health insurance", "👩‍💻 Code"); the
# bullets a list uses (▪, ✔, ➢ ...) are list marks already
_BEFORE_PICTOGRAPHS = "\u2300"
_LEADING_PICTOGRAPH = rx.compile(
    "^[ \t]*(?:[\u2300-\u23ff\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]"
    "[\ufe0f\u200d\U0001f3fb-\U0001f3ff\u2600-\u27bf\U0001f000-\U0001faff]*)+[ \t]+(?=\\S)")


def _emoji_bulleted(lines: list[str]) -> set[str]:
    """Lines an emoji opens right under or over another line an emoji opens: a list whose bullets are emojis
    ("🔹 Python", "🔹 SQL"); one such line alone is a heading or prose ("🚀 Vos missions")."""
    opened = [bool(line[:1] > _BEFORE_PICTOGRAPHS and _LEADING_PICTOGRAPH.match(line)) if line.strip() else None
              for line in (raw.lstrip() for raw in lines)]
    if not any(opened):
        return set()
    # (the line right before or after it, no blank line between)
    return {lines[i].strip() for i, flag in enumerate(opened)
            if flag and ((i > 0 and opened[i - 1]) or (i + 1 < len(opened) and opened[i + 1]))}


def _emoji_item(raw: str) -> Block | None:
    pictograph = _LEADING_PICTOGRAPH.match(raw)
    rest = raw[pictograph.end():] if pictograph else raw
    block = line_to_block(rest)
    if block is None or block.kind == "list_item" or block.marked or (
            block.kind == "heading" and not _says_an_item(block.text) and classify_heading(block.text)):
        return block  # "🔹 **Skills**", "🚀 Essential" over other lines are their heading ("🔹 Strong SQL skills"
        # is an item)
    return Block("list_item", block.text)


def _pictograph_line(rest: str) -> Block | None:
    """A line an emoji opens, read as the rest of it would be: "🚀 **Vos missions**" and "🌟 What you will bring"
    are headings, "🎯 Drive growth in EMEA." a line of prose.

    >>> [(b.kind, b.text) for b in (_pictograph_line("**Vos missions**"), _pictograph_line("Drive growth in EMEA."))]
    [('heading', 'Vos missions'), ('paragraph', 'Drive growth in EMEA.')]
    """
    block = line_to_block(rest)
    if block is None or block.kind != "paragraph":
        return block  # a heading as it would be without the emoji (a numbered form's section stays numbered)
    if classify_heading(block.text) is not None:
        return Block("heading", block.text, marked=True)
    return block  # lines an emoji opens in a row are a list as lines without marks are (_lines_written_without_marks)


_QUESTION_HEADING_MAX_WORDS = 8  # "WHAT DOES A SENIOR ART DIRECTOR DO?"
# a form's numbered section in capitals, with the form's instructions after it in parentheses: "2. PURPOSE, DUTIES
# AND RESPONSIBILITIES (Describe the purpose, duties and responsibilities ...):"
_FORM_SECTION_MAX_WORDS = 8  # "KNOWLEDGE AND SKILLS REQUIREMENTS"; more is a sentence in capitals
_CAPITALS_BEFORE_INSTRUCTIONS = rx.compile(r"^([A-Z][A-Z&,/'’ -]{3,}?)\s*\(.*$")


def a_section_in_capitals(text: str) -> bool:
    """
    >>> a_section_in_capitals("AUTONOMY, COMPLEXITY"), a_section_in_capitals("REQUIREMENTS")
    (True, True)
    >>> a_section_in_capitals("SQL"), a_section_in_capitals("MS OFFICE.")
    (False, False)
    """
    words = [w for w in text.split() if sum(c.isalpha() for c in w) >= 3]
    letters = [c for c in text if c.isalpha()]
    capitals = sum(c.isupper() for c in letters) >= 0.8 * len(letters)  # (not "AI로 속도를 올립니다": Korean has none)
    return capitals and text.isupper() and 1 <= len(words) <= _FORM_SECTION_MAX_WORDS \
        and not text.endswith((".", ";", ",")) \
        and (len(words) >= 2 or classify_heading(text) is not None)  # "VII. REQUIREMENTS"; not "1. SQL"


def _numbered_heading(text: str) -> str | None:
    """The heading a numbered line in capitals names before its parenthesised instructions, when the
    vocabulary knows it.

    >>> _numbered_heading("PURPOSE, DUTIES AND RESPONSIBILITIES (Describe the purpose and duties):")
    'PURPOSE, DUTIES AND RESPONSIBILITIES'
    >>> _numbered_heading("WHO (World Health Organization) guidelines"), _numbered_heading("Prepare reports (monthly)")
    (None, None)
    """
    m = _CAPITALS_BEFORE_INSTRUCTIONS.match(text) if "(" in text else None
    if not m or not m.group(1).strip(" ,-") or len(m.group(1).split()) > _FORM_SECTION_MAX_WORDS:
        return None
    heading = m.group(1).strip(" ,-")
    return heading if len(heading.split()) >= 2 and classify_heading(heading) is not None else None


def looks_like_heading(text: str) -> bool:
    """Short, unpunctuated, capitalised lines, and short lead-ins ending in a colon.

    >>> looks_like_heading("Tasks Summary"), looks_like_heading("Duties and Responsibilities:")
    (True, True)
    >>> looks_like_heading("Deadline: Jul 14, 2024"), looks_like_heading("Perform in-person team visits.")
    (False, False)
    >>> looks_like_heading("What's Needed?"), looks_like_heading("Are you ready for a change?")
    (True, False)
    >>> looks_like_heading("주요업무"), looks_like_heading("제품을 만듭니다")
    (True, False)
    >>> looks_like_heading("¿Qué beneficios disfrutarás?")
    True
    >>> looks_like_heading("What you will be doing in the role of a Development Director")
    True
    """
    text = text.lstrip("¿¡")  # Spanish opens a question or an exclamation with its mark turned over
    words = text.split()
    # Korean, Chinese, Arabic ... have no capitals: a short line there is a heading when the vocabulary knows it
    caseless = bool(words) and text[0].isalpha() and not text[0].isupper() and not text[0].islower()
    if not words or not (text[0].isupper() or text[0].isdigit() or caseless):
        return False
    if text.endswith(":"):
        return len(words) <= _COLON_HEADING_MAX_WORDS
    if caseless:
        return len(words) <= _HEADING_MAX_WORDS and classify_heading(text) is not None
    if text.endswith("?") and len(words) <= _QUESTION_HEADING_MAX_WORDS:
        return classify_heading(text.rstrip("?")) is not None  # "What's the Job?", "Who are we?"
    if "includ" in text and len(words) <= _NAMED_HEADING_MAX_WORDS and is_a_lead_in_heading(text):
        return True  # "ESSENTIAL DUTIES AND RESPONSIBILITIES include the following. Other duties may be assigned."
    if ":" in text or text.endswith(SENTENCE_END + (",",)):
        return False
    if text.isupper() and len(words) <= 14:
        return True
    if len(words) > _HEADING_MAX_WORDS and len(words) <= _NAMED_HEADING_MAX_WORDS:
        # "What you will be doing in the role of a Development Director": a known heading, then its role
        return classify_heading(text) is not None
    return len(words) <= _HEADING_MAX_WORDS and len(text) <= 90


def _continues(previous: Block, block: Block, blank_before: bool, last_line: str | None = None,
               wrap: int | None = None) -> bool:
    """A line that starts in lower case continues the paragraph or item it follows (wrapped text,
    page breaks); so does any unmarked line right under an item whose sentence is not finished, and, in a
    text wrapped at a fixed width, a paragraph line under a full-width line whose sentence is not finished.
    `last_line`: the last line already joined to `previous`, whose end is the end of its text."""
    if block.kind not in ("paragraph", "heading") or previous.kind not in ("paragraph", "list_item"):
        return False
    ending = previous.text if last_line is None else last_line
    if ending.endswith((".", "!", "?", ":")):
        return False
    if _names_a_section_with_a_colon(block.text) or (blank_before and _a_lead_in_line(block.text)):
        return False  # "what you will bring:" right under an item, "tasks:" after a blank line under a paragraph,
        # "objective 4: reporting and security:" after a blank line: a heading in lower case, not the words going on
    starts_lower = block.text[:1].islower()
    if starts_lower:
        return True
    if block.kind == "heading" and block.marked:
        return False  # "## Do you meet the profile?" under an unfinished item: the source says it is a heading
    if wrap and not blank_before and block.kind == "paragraph" and previous.kind == "paragraph" \
            and len(ending) >= wrap - _WRAP_SLACK and not _LABELLED.match(block.text) \
            and not _LABELLED.match(ending):
        return True  # "... to the Principal Administrative" / "Secretary (PAS). The officer will ..."
    if wrap and not blank_before and previous.kind == "list_item" and len(ending) >= wrap - _WRAP_SLACK \
            and not ending.endswith(";") and not _a_section_heading_alone(block.text):
        return True  # an item's next line in a wrapped text, whatever its first letter
    return not blank_before and previous.kind == "list_item" and ending.endswith((",", "-", "–", "and", "or"))


_WRAP_SLACK = 12  # a wrapped line ends within a word or two of the width
_HEADING_ALONE_MAX_WORDS = 6


def _a_section_heading_alone(line: str) -> bool:
    """A short capitalised line set at the margin that the vocabulary knows as a section's name: in a wrapped
    text with no blank lines, the next section's heading under a full-width line, not its last words (an item's
    own next line is set in under its mark: "  Certifications preferred").

    >>> [_a_section_heading_alone(line) for line in ("Nice to Have", "experience", "  Certifications preferred",
    ...                                              "Principles (GAAP)MRP ExperienceDeltek Cost", "What’s the Job?")]
    [True, False, False, False, True]
    """
    words = line.rstrip("?:").split()  # ("What's the Job?", "Requirements:")
    return line[:1].isupper() and 0 < len(words) <= _HEADING_ALONE_MAX_WORDS \
        and all(_PLAIN_WORD.fullmatch(w) for w in words) and classify_heading(line.rstrip("?")) is not None


# a word in Title Case or lower case ("Key competencies", "Duties/Responsibilities", "Nice to Have"), not one glued
# to the next ("ExperienceMS") nor one with a figure or a comma in it
_PLAIN_WORD = rx.compile(r"[A-Za-z][a-z'’&-]*(?:/[A-Za-z][a-z'’&-]*)*|&")
_COLON_SECTION_MAX_WORDS = 8


def _a_lead_in_line(text: str) -> bool:
    """A short line with no sentence in it that ends in a colon: after a blank line, it leads in to what follows.

    >>> _a_lead_in_line("objective 4: reporting and security:"), _a_lead_in_line("and the reports.:")
    (True, False)
    """
    return text.endswith(":") and len(text.split()) <= _COLON_SECTION_MAX_WORDS and "." not in text


def _names_a_section_with_a_colon(text: str) -> bool:
    """A short line ending in a colon that the vocabulary knows as a section's name, in whatever case: a
    heading, not the end of the item above it.

    >>> _names_a_section_with_a_colon("what you will bring:"), _names_a_section_with_a_colon("good skills.:")
    (True, False)
    """
    # (not an item that ends in a colon: "excellent leadership and interpersonal skills.:" names "skills" too)
    return _a_lead_in_line(text) and classify_heading(text) is not None


def _unwrapped(lines: list[str], wrap: int) -> list[str]:
    """The lines of a text wrapped at a fixed width put back together: a line as wide as the text goes on
    on the next one, unless that one starts a list item, a heading or a table row, or the wide one leads in
    to it with a colon. Each line is then read as written, so a paragraph that a scrape had flattened
    ("... Main duties Answering telephone ...") and a list glued item to item are split as they would be.

    >>> _unwrapped(["We answer the telephone, take reservations and sell gift vouchers to the",
    ...             "guests. Faxing, filing.", "- Banking", "", "Next"], 74)
    ['We answer the telephone, take reservations and sell gift vouchers to the guests. Faxing, filing.', \
'- Banking', '', 'Next']
    >>> _unwrapped(["Improve the existing codebase to have better and higher quality test",
    ...             "coverage.Collaborate with architects"], 76)
    ['Improve the existing codebase to have better and higher quality test coverage.Collaborate with architects']
    """
    out: list[str] = []
    previous = ""
    for line in lines:
        stripped = line.strip()
        # the line before goes on when it is as wide as the text, or ended short because this line's first word
        # would not have fitted: "... higher quality test" / "coverage.Collaborate with ..." (a glued list's token)
        going_on = bool(stripped) and not previous.endswith(":") and (
            len(previous) >= wrap - _WRAP_SLACK
            or (len(previous) >= wrap // 2 and len(previous) + 1 + len(stripped.split()[0]) > wrap))
        if going_on and not stripped.startswith(("#", "|")) and not _LIST_MARK.match(stripped) \
                and not _a_section_heading_alone(line) and not is_bold_line(stripped):
            # ("Who You Are" or "**Tasks**" under a full-width line: the next section's heading)
            out[-1] = f"{out[-1].rstrip()} {stripped}"
        else:
            out.append(line)
        previous = line.rstrip()
    return out

_LABELLED = rx.compile(r"^[^\W\d_][\w/&'().\- ]{1,40}?\s*:\s")  # "House Allowance: Kshs. 80,000": a field, not prose
_MIN_WRAPPED_LINES = 3


def _wrap_width(lines: list[str]) -> int | None:
    """The width a text was wrapped at by a program, when most of its long unfinished lines go on in lower case
    on the next line; None for a text whose lines are its paragraphs.

    >>> _wrap_width(["The incumbent will be the principal deputy to the Principal Administrative",
    ...              "Secretary (PAS). The officer will assist the PAS in providing leadership and",
    ...              "policy direction. Specific duties will include co-ordination and supervision of",
    ...              "field activities; formulation and dissemination of policies, programmes and the",
    ...              "strategic plans."])
    79
    >>> _wrap_width(["Bachelor's degree in a related field", "Five years of experience in the sector"]) is None
    True
    """
    unfinished = [(len(line.rstrip()), following.lstrip()[:1].islower() and not _LIST_MARK.match(following))
                  for line, following in zip(lines, lines[1:])
                  if len(line.rstrip()) >= _MIN_WRAP and following.strip()
                  and not line.rstrip().endswith((".", "!", "?", ":", ";"))]
    lower = sorted(width for width, goes_on in unfinished if goes_on)
    if len(lower) < _MIN_WRAPPED_LINES or len(lower) * 2 < len(unfinished):
        return None
    return lower[len(lower) // 2]


_MIN_WRAP = 50
