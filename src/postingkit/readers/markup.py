"""Cleaning of markup residue that scrapers leave in text: HTML tags and entities, broken attribute
fragments, markdown emphasis, escapes and links, odd spaces."""
from __future__ import annotations

import html
import re

from .. import patterns as rx  # re.compile, from a per-machine cache of compiled patterns

# `security" style="border-bottom: 1px">security` -- a word, the tail of a tag's attributes, the word again
_BROKEN_ATTRIBUTE_ECHO = rx.compile(
    r"""(\b[\w-]+)"            # the word the tag was wrapped around, then the quote that closed it
        (?:\s+[\w:-]+="[^"<>]*")+  # one or more attribute="value" pairs
        \s*/?>\s*\1\b           # the tag's end and the same word repeated as its text
    """, re.VERBOSE)
_BROKEN_ATTRIBUTES = rx.compile(r"""(?:"\s+|\s)(?:[\w:-]+="[^"<>]*"\s*)+/?>""")
_TAG = rx.compile(r"</?[a-zA-Z][\w:-]*(?:\s[^<>]{0,500})?/?>")
_LIST_TAG = rx.compile(r"<li\b[^<>]{0,500}>", re.IGNORECASE)
_MD_LINK = rx.compile(r"\[([^\]\n]{1,200})\]\([^)\s]{0,500}\)")
_MD_EMPHASIS = rx.compile(r"\*{2,}|(?<!\w)__|__(?!\w)")
# a line wholly in italics, as editors set a heading or a title: "*Tasks and Responsibilities*", "_Profile_"
_ITALIC_LINE = rx.compile(r"\*(?![*\s])([^*\n]+?)(?<![*\s])\*|_(?![_\s])([^_\n]+?)(?<![_\s])_")
_MD_EMPHASIS_IN_WORDS = rx.compile(r"(?<=[^\W_])\*{2,}(?=[^\W_])")
_MD_CODE = rx.compile(r"`([^`\n]{1,200})`")  # a job board's facts set as code spans: `💰 65k-95k USD` `🌎 France`
# Markdown may escape any ASCII punctuation ("Bac\+3", "R\&D"); a data set that stored it through another
# escaping layer doubles the backslash ("user\\-generated"). A backslash before a letter is no escape ("C:\Users").
_MD_ESCAPE = rx.compile(r"\\+([!-/:-@\[\]^_`{-~])")
_MD_HEADING = rx.compile(r"^\s{0,3}#{1,6}\s+")
_ODD_SPACES = rx.compile(r"[\u00a0\u2007\u2009\u200a\u202f\u205f\u3000]")
_INVISIBLE = rx.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = rx.compile(r"[ \t]+")
# Most lines hold no markup at all: one scan for any character that could start some skips the rest.
_MAY_NEED_CLEANING = rx.compile(
    r"[<>&*_`\[\\\"\u00a0\u2007\u2009\u200a\u202f\u205f\u3000\u200b-\u200d\u2060\ufeff\u00ad]")


# where an HTML fragment left in a text breaks its lines: a list item starts one, a paragraph's or a row's end ends one
_LINE_BREAK_TAG = rx.compile(r"<br\s*/?>|</(?:p|div|li|tr|h[1-6]|ul|ol|table)\s*>", re.IGNORECASE)


def html_breaks_as_lines(text: str) -> str:
    """An HTML fragment kept as text ("<ul><li>Minimum 2 years</li><li>Excel skills</li></ul>" on one line): its
    list items and block ends become lines, so that the text's own reading splits them.

    >>> html_breaks_as_lines("<ul><li>Minimum 2 years</li><li>Excel skills</li></ul>").split()
    ['<ul>', '•', 'Minimum', '2', 'years', '•', 'Excel', 'skills']
    """
    if "<" not in text or not _TAG.search(text):
        return text
    return _LIST_TAG.sub("\n• ", _LINE_BREAK_TAG.sub("\n", text))


def clean_inline(text: str) -> str:
    """Remove markup residue from one line or cell, keeping its words.

    >>> clean_inline('social security" style="border-bottom: 1px dotted #007bff !important;">security deductions')
    'social security deductions'
    >>> clean_inline('for scheduled and <i>ad hoc</i> activities &amp; meetings')
    'for scheduled and ad hoc activities & meetings'
    >>> clean_inline("Commit to ISD's vision, mission and [Guiding Principles](#);")
    "Commit to ISD's vision, mission and Guiding Principles;"
    >>> clean_inline("**** This role is subject to confirmation of funding ****")
    'This role is subject to confirmation of funding'
    >>> clean_inline('<ul style="list-style-type: none">• Personal integrity• Focus')
    '• Personal integrity• Focus'
    >>> clean_inline("Last update: Jun 25, 2024 Last update: Jun 25, 2024")
    'Last update: Jun 25, 2024'
    >>> clean_inline(r"5 years\\* of experience")
    '5 years* of experience'
    >>> clean_inline("Fluency in**English**and**Somali**is required.")
    'Fluency in English and Somali is required.'
    >>> clean_inline("`💰 65k-95k USD` `🌎 France`")
    '💰 65k-95k USD 🌎 France'
    >>> clean_inline("***Syria lead / SBC Programme Manager***"), clean_inline("*Tasks and Responsibilities*")
    ('Syria lead / SBC Programme Manager', 'Tasks and Responsibilities')
    """
    if not _MAY_NEED_CLEANING.search(text):
        return _drop_echo(" ".join(text.split()))
    text = _INVISIBLE.sub("", _ODD_SPACES.sub(" ", text))  # far quicker than str.translate with a dict
    if "<" in text or ">" in text:  # each step runs only when the character it needs is there
        text = _BROKEN_ATTRIBUTE_ECHO.sub(r"\1", text)
        text = _LIST_TAG.sub(" • ", text)
        text = _TAG.sub(" ", text)
        text = _BROKEN_ATTRIBUTES.sub(" ", text)
    if "&" in text:
        text = _INVISIBLE.sub("", _ODD_SPACES.sub(" ", html.unescape(text)))  # "&nbsp;" gives an odd space
    if "[" in text:
        text = _MD_LINK.sub(r"\1", text)
    if "*" in text or "__" in text:
        # between two words the markers stood for the space an editor dropped: "Fluency in**English**and**Somali**"
        text = _MD_EMPHASIS.sub("", _MD_EMPHASIS_IN_WORDS.sub(" ", text))
    if text[:1] in "*_" and text[-1:] in "*_":
        whole = _ITALIC_LINE.fullmatch(text.strip())
        text = (whole.group(1) or whole.group(2)) if whole else text  # "*Syria lead / SBC Programme Manager*"
    if "\\" in text:
        text = _MD_ESCAPE.sub(r"\1", text)
    if "`" in text:
        text = _MD_CODE.sub(r"\1", text)
    return _drop_echo(_SPACES.sub(" ", text).strip())


def _drop_echo(text: str) -> str:
    """Scraped pages often print a field twice on one line ("A B A B"): keep one copy."""
    half, rest = divmod(len(text), 2)
    if rest and len(text) > 8 and text[:half] == text[half + 1:] and text[half] == " ":
        return text[:half]
    return text


def strip_markdown_heading(line: str) -> tuple[str, bool]:
    """Return the line without a leading `## ` and whether it had one.

    >>> strip_markdown_heading("## Key Responsibilities")
    ('Key Responsibilities', True)
    """
    stripped = _MD_HEADING.sub("", line)
    return stripped, stripped != line


def is_bold_line(line: str) -> bool:
    """A line that is wholly `**bold**` (or `__bold__`) is a heading in markdown-ish scrapes.

    >>> is_bold_line("**Requirements**"), is_bold_line("**Note:** apply by May")
    (True, False)
    >>> is_bold_line("*Tasks and Responsibilities*"), is_bold_line("*a* and *b*"), is_bold_line("_Profile_")
    (True, False, True)
    """
    s = line.strip()
    return len(s) > 4 and ((s.startswith("**") and s.endswith("**") and "**" not in s[2:-2])
                           or (s.startswith("__") and s.endswith("__") and "__" not in s[2:-2])
                           or _ITALIC_LINE.fullmatch(s) is not None)  # "*Tasks and Responsibilities*"
