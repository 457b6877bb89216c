"""Structure, once for every document whatever read it: short unmarked lines that are really an unmarked
list (a DOCX or PDF without list styles, a text file without bullets) become items, not headings."""
from __future__ import annotations

import re
from dataclasses import replace

from . import patterns as rx  # re.compile, from a per-machine cache of compiled patterns
from .data.marks import SENTENCE_END
from .headings import classify_heading, made_of_heading_words, names_a_role_title
from .lexicon import at_either_end, entries, whole_words
from .model import Block


def demote_list_lines(blocks: list[Block]) -> list[Block]:
    """Short unmarked 'heading' lines that are really an unmarked list become paragraphs (items):
    three or more in a row anywhere; and under a section heading, every such line that reads like an
    item rather than a title ("Excellent communication skills", "Support internal and external audits"),
    while title-like lines ("Partnerships", "Programme Management") stay sub-headings over their text.
    A short line the heading vocabulary knows ("Essential", "Benefits") ends the stretch."""
    demoted: list[Block] = []
    stretch: list[Block] = []
    under_section_heading = under_item_heading = in_item_section = False
    for block in blocks + [Block("paragraph", "")]:
        section_heading = _is_section_heading(block)
        short_line = block.kind == "heading" and not section_heading and not block.text.isupper() \
            and not block.marked
        unpunctuated = block.kind == "paragraph" and block.text and not block.text.endswith(SENTENCE_END)
        if short_line or (under_section_heading and unpunctuated):
            stretch.append(block)
            continue
        # a lone line over bullets is their group's name; over prose, under a heading announcing items, an item;
        # so is the last line of an item section's unmarked list, after an item that ended with a full stop
        # ("Requirements and skills" / "... learn rapidly." / "BS in computer science or a related field")
        last_of_list = in_item_section and len(stretch) == 1 and _an_item_line(demoted[-1])
        lone_item = (under_item_heading or last_of_list) and block.kind != "list_item"
        kept = _demote_stretch(stretch, under_section_heading or last_of_list, lone_item)
        demoted += kept + [block]
        stretch = []
        under_section_heading = section_heading
        under_item_heading = section_heading and (classify_heading(block.text) or ("",))[0] in _ITEM_KINDS
        # an item section's list goes on until a line that is still a heading
        in_item_section = under_item_heading if block.kind == "heading" else \
            in_item_section and all(b.kind != "heading" for b in kept)
    return demoted[:-1]  # without the sentinel


_ITEM_LINE_MAX_WORDS = 40  # an unmarked list's line; a longer paragraph is the section's prose


def _an_item_line(block: Block) -> bool:
    return block.kind == "paragraph" and len(block.text.split()) <= _ITEM_LINE_MAX_WORDS


def _demote_stretch(stretch: list[Block], under_section_heading: bool, lone_item: bool) -> list[Block]:
    longest = together = 0
    for block in stretch:
        together = together + 1 if block.kind == "heading" else 0
        longest = max(longest, together)
    # one line alone over prose or bullets is a sub-heading, whatever its case, except right under a heading
    # that announces items and over prose ("Preferred" / "Pharm. D, or Master's degree" / a paragraph)
    listed = under_section_heading and (len(stretch) >= 2 or lone_item)
    return [replace(block, kind="paragraph") if longest >= 3 or (listed and _reads_like_an_item(block.text))
            else block for block in stretch]


def _reads_like_an_item(text: str) -> bool:
    """Three or more words in sentence case, where a title capitalises its words; or a list of things
    after a comma in a line too long for a sub-heading (German capitalises its nouns: "Kenntnisse und
    Erfahrung mit Azure Cloud, LLM, OpenAI und ML-OPS").

    >>> _reads_like_an_item("Excellent communication skills"), _reads_like_an_item("Programme Management")
    (True, False)
    >>> _reads_like_an_item("Partnerships"), _reads_like_an_item("Ability to speak Bengali, Somali or Turkish")
    (False, True)
    >>> _reads_like_an_item("Kenntnisse und Erfahrung mit Azure Cloud, LLM, OpenAI und ML-OPS")
    True
    >>> _reads_like_an_item("Monitoring, Evaluation, Accountability and Learning")
    False
    """
    words = text.split()
    if len(words) >= _LONGEST_SUB_HEADING and ", " in text:
        return True
    return len(words) >= 3 and not all(w[:1].isupper() for w in words if len(w) >= 4)


_LONGEST_SUB_HEADING = 7  # words: "Strategic AI Consulting & Technical Expertise" is six


def _is_section_heading(block: Block) -> bool:
    """A heading that opens a section: marked ("KEY AREAS OF ACCOUNTABILITY:", upper case, bold) and known
    to the vocabulary, or a short unmarked line the vocabulary knows."""
    if block.kind != "heading":
        return False
    if block.marked or block.text.isupper():
        return classify_heading(block.text) is not None
    return _names_a_section(block.text)


def _names_a_section(text: str) -> bool:
    """
    >>> _names_a_section("Scope of work"), _names_a_section("Excellent communication skills")
    (True, False)
    >>> _names_a_section("General context of the project")
    True
    """
    words = text.split()
    if len(words) > _LONGEST_SECTION_NAME:
        return False
    known = classify_heading(text)
    if len(words) > 4:  # "General context of the project": a long name, for a section that holds no items
        # ("Work conditions and physical capabilities", Canada's Job Bank: the setting, no item of the notice's)
        return known is not None and known[0] not in _ITEM_KINDS and (known[0] != "other" or _A_SETTING.match(text))
    return known is not None and (len(words) <= 2 or known[0] not in _ITEM_KINDS or made_of_heading_words(text))


_LONGEST_SECTION_NAME = 6
_A_SETTING = rx.compile(r"^(?:work(?:ing)?|physical|environmental|living)\s+"
                        r"(?:conditions|environment|demands|requirements)\b", re.IGNORECASE)
_ITEM_KINDS = ("qualifications", "languages", "duties")


# whole words only: a label's pattern may be a part of one ("rate" in "Directorate of Human Resources")
_FIELD_LABEL = rx.compile(whole_words(entries("field_labels")), re.IGNORECASE)
_VALUE_MAX_WORDS = 12  # a form's value is a name, a place, a period; a longer line is the section's text
_LABEL_MAX_WORDS = 4


def form_fields_joined(blocks: list[Block]) -> list[Block]:
    """A form's label on a line of its own and its value on the next ("Job Title:" / "National Consultant
    for Event Concept Development", a Word form table saved as text, a PDF form read cell by cell) become
    one "Label: value" line, as a notice writes it inline: the value is then the field's, and neither line
    opens a section. Only labels the field vocabulary knows, over a short value that is no heading.

    >>> [b.text for b in form_fields_joined([Block("heading", "Job Title", marked=True),
    ...                                      Block("heading", "National Consultant for Event Facilitation"),
    ...                                      Block("heading", "Duties and Responsibilities", marked=True)])]
    ['Job Title: National Consultant for Event Facilitation', 'Duties and Responsibilities']
    """
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        value = blocks[i + 1] if i + 1 < len(blocks) else None
        if value is not None and _names_a_field(block) and _is_a_value(value):
            # a label a page writes in lower case (Workday's "locations" / "time type") is a label all the same
            label = block.text.rstrip(":")
            out.append(replace(block, kind="paragraph", text=f"{label[:1].upper()}{label[1:]}: {value.text}",
                               marked=False))
            i += 2
            continue
        out.append(block)
        i += 1
    return out


def _names_a_field(block: Block) -> bool:
    label = block.text.rstrip(":").strip()
    if block.kind != "heading" or ":" in label or not 0 < len(label.split()) <= _LABEL_MAX_WORDS:
        return False
    known = classify_heading(label)
    if known is None and names_a_role_title(label.lower()):
        # "Salary Benchmarking Analyst" over "Acme Corp": a job board's title over its employer ("Line Manager",
        # a form's label the vocabulary knows, over "Head of Programmes" is a field)
        return False
    # the label's own words begin or end it ("Country of assignment", "Expected Duty Station"); one inside a
    # title is no label: "Deputy Country Director" over "Workplace & Working conditions"
    return (known is None or known[0] not in _ITEM_KINDS) and at_either_end(_FIELD_LABEL, label)


def _is_a_value(block: Block) -> bool:
    text = block.text.strip()
    return block.kind in ("heading", "paragraph") and 0 < len(text.split()) <= _VALUE_MAX_WORDS \
        and ":" not in text and not text.endswith(".") and classify_heading(text) is None
