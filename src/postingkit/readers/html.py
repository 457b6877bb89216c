"""Saved job pages -> blocks: headings, list items, paragraphs and table rows from the DOM (lxml, a
maintained BSD-licensed parser), navigation, scripts and forms left out; schema.org JobPosting
JSON-LD kept as metadata for the record to use and cross-check."""
from __future__ import annotations

import json
import re
from typing import Any

from .. import patterns as rx  # re.compile, from a per-machine cache of compiled patterns
from ..errors import DamagedDocumentError
from ..model import Block, Document
from .decoding import decode_text
from .markup import clean_inline
from .text import MAX_READ_CHARS, line_to_block, split_list_mark, text_to_blocks

_SKIP = {"script", "style", "noscript", "nav", "footer", "aside", "form", "button", "svg", "iframe", "template",
         "select", "option", "head", "object", "canvas", "video", "audio", "map"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_BLOCKS = {"p", "div", "section", "article", "main", "header", "li", "ul", "ol", "dl", "dt", "dd", "table",
           "tbody", "thead", "tfoot", "tr", "blockquote", "pre", "address", "figure", "figcaption", "center",
           "body", "html"} | _HEADINGS
_CELLS = {"td", "th"}
_MAX_JSONLD_BYTES = 1_000_000
_TAG = rx.compile(r"<[^<>]{0,2000}>")
MAX_MARKUP_CHARS = 8_000_000
_SCRIPTS_AND_STYLES = rx.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
# libxml2 checks each attribute against the ones before it, so one tag with 100,000 attributes takes
# minutes inside C code that neither --timeout nor Ctrl-C can interrupt. A real tag has a few dozen;
# past MAX_ATTRIBUTES the tag keeps only its name.
MAX_ATTRIBUTES = 500
_LONG_TAG = rx.compile(r"<([a-zA-Z][\w:-]*)([^<>]{4000,})>")
_SKIPPED_ELEMENTS = rx.compile(r"<(script|style|nav|footer|head)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)


def _without_crowded_attributes(match: re.Match) -> str:
    return f"<{match.group(1)}>" if match.group(2).count("=") > MAX_ATTRIBUTES else match.group(0)


def read_html(data: bytes) -> Document:
    from lxml import etree  # imported here: text notices never pay for lxml
    from lxml import html as lxml_html

    text = decode_text(data) if not data.lstrip().startswith(b"<?xml") else data.decode("utf-8", "replace")
    warnings = []
    if len(text) > MAX_MARKUP_CHARS:
        # Saved pages are bulky with scripts and styles; past that, a DOM of millions of nodes would
        # cost gigabytes. libxml2 recovers from the cut.
        text = _SCRIPTS_AND_STYLES.sub("", text)
        if len(text) > MAX_MARKUP_CHARS:
            warnings.append(f"only the first {MAX_MARKUP_CHARS:,} characters of the page were read")
            text = text[:MAX_MARKUP_CHARS]
    text = _LONG_TAG.sub(_without_crowded_attributes, text)
    try:
        # the text is decoded already and handed over as UTF-8: said so, since libxml2 takes a page that names
        # no charset for Latin-1 ("MANAGING DIRECTOR – ZNBS" read as "MANAGING DIRECTOR â\x80\x93 ZNBS")
        parser = lxml_html.HTMLParser(recover=True, no_network=True, remove_comments=True, remove_pis=True,
                                      encoding="utf-8")
        root = lxml_html.document_fromstring(text.encode("utf-8"), parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise DamagedDocumentError(f"unreadable HTML ({exc})") from None
    posting = _json_ld_posting(root)
    blocks, truncated = _blocks(_main_content(root), etree)
    if not blocks and _TAG.search(text):
        # libxml2 stops building the tree past a nesting depth; the page's words are still there
        blocks = text_to_blocks(_TAG.sub("\n", _SKIPPED_ELEMENTS.sub("", text))[:MAX_READ_CHARS])
    if not any(b.text for b in blocks) and posting.get("description"):
        description = lxml_html.document_fromstring(str(posting["description"]).encode("utf-8"), parser=parser)
        blocks, truncated = _blocks(description, etree)
    metadata: dict = {"json_ld": posting} if posting else {}
    if truncated:
        warnings.append(f"only the first {MAX_READ_CHARS:,} characters of the page's text were read")
    if warnings:
        metadata["warnings"] = warnings
    return Document(blocks=blocks, metadata=metadata)


_MAIN_CONTENT_MIN_CHARS = 200  # less than that in <main> is a stub: the notice is elsewhere on the page


def _main_content(root):
    """The page's <main> (or role="main", or its one <article>) where it holds the notice: site headers,
    logos and banners outside it are chrome. Else the whole page."""
    for found in (root.xpath("//main | //*[@role='main']"), root.xpath("//article")):
        if len(found) == 1 and len(found[0].text_content().strip()) >= _MAIN_CONTENT_MIN_CHARS:
            return found[0]
    return root


class _Collector:
    """Gathers inline text until a block boundary, then emits it as the right kind of block."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.buffer: list[str] = []
        self.row: list[str] | None = None
        self.chars = 0
        self.truncated = False

    def add(self, text: str | None) -> None:
        if text:
            self.buffer.append(text)
            self.chars += len(text)

    def take(self) -> str:
        text = clean_inline(" ".join("".join(self.buffer).split()))
        self.buffer = []
        return text

    def flush(self, kind: str) -> None:
        if self.row is not None:
            return  # inside a table row, text waits for its cell's end
        raw = "".join(self.buffer)
        self.buffer = []
        for line in raw.split("\n"):
            text = clean_inline(" ".join(line.split()))
            if not text:
                continue
            if kind == "heading":
                self.blocks.append(Block("heading", text.rstrip(":").strip()))
            elif kind == "list_item":
                mark = split_list_mark(text)
                self.blocks.append(Block("list_item", mark[0] if mark else text))
            else:
                block = line_to_block(text)
                if block is not None:
                    self.blocks.append(block)


def _blocks(root, etree) -> tuple[list[Block], bool]:
    """The page's blocks, and whether the walk stopped at MAX_READ_CHARS of text."""
    out = _Collector()
    kinds: list[str] = []
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        if out.chars > MAX_READ_CHARS:
            out.truncated = True
            break  # the pipeline keeps far less than this anyway; walking the rest only costs time
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if event == "start":
            if tag in _SKIP or not tag:
                walker.skip_subtree()
                if tag:
                    out.add(element.tail)
                continue
            if tag in _BLOCKS:
                out.flush(kinds[-1] if kinds else "paragraph")
                kinds.append("heading" if tag in _HEADINGS or tag == "dt" else
                             "list_item" if tag == "li" else "paragraph")
                if tag == "tr":
                    out.row = []
            elif tag in _CELLS:
                out.take()
            elif tag == "br":
                out.add("\n")
            out.add(element.text)
            continue
        if tag in _CELLS and out.row is not None:
            out.row.append(out.take())
        elif tag == "tr" and out.row is not None:
            cells, out.row = out.row, None
            if any(cells):
                out.blocks.append(Block("table_row", " ".join(c for c in cells if c), cells=cells))
            kinds.pop()
        elif tag in _BLOCKS:
            kind = kinds.pop() if kinds else "paragraph"
            if kind == "paragraph" and tag in ("p", "div") and _is_bold_only(element):
                kind = "heading"
            out.flush(kind)
        if tag not in _SKIP:
            out.add(element.tail)
    out.flush("paragraph")
    return [b for b in out.blocks if b.text], out.truncated


def _is_bold_only(element) -> bool:
    """<p><strong>Requirements</strong></p> is a heading."""
    children = list(element)
    text = (element.text or "").strip()
    return (len(children) == 1 and not text and children[0].tag in ("strong", "b")
            and not (children[0].tail or "").strip() and 0 < len((children[0].text_content() or "").split()) <= 10)


def _json_ld_posting(root) -> dict[str, Any]:
    """The first schema.org JobPosting object embedded in the page, or {}."""
    for script in root.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        if len(script.text) > _MAX_JSONLD_BYTES:
            continue
        try:
            data = json.loads(script.text)
        except json.JSONDecodeError:
            continue
        found = _find_job_posting(data)
        if found:
            return found
    return {}


def _find_job_posting(data: Any, depth: int = 0) -> dict[str, Any] | None:
    if depth > 5:
        return None
    if isinstance(data, list):
        for item in data:
            found = _find_job_posting(item, depth + 1)
            if found:
                return found
    elif isinstance(data, dict):
        kind = data.get("@type")
        if kind == "JobPosting" or (isinstance(kind, list) and "JobPosting" in kind):
            return data
        if "@graph" in data:
            return _find_job_posting(data["@graph"], depth + 1)
    return None


def text_of_html(fragment: str) -> str:
    """Plain text of an HTML fragment (a JSON-LD description, say).

    >>> text_of_html("<p>Hello <b>world</b></p>")
    'Hello world'
    """
    return clean_inline(re.sub(r"<[^>]+>", " ", fragment))
