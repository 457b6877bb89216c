"""Documents -> what `postingkit read` prints: Markdown (headings '#', list items '- ', tables as pipe
tables) or the plain text that the record's evidence and text fields are read from. Both show the blocks
the parser itself uses, after page chrome is dropped and the bounds are applied."""
from __future__ import annotations

from .model import Block, Document


def document_text(document: Document) -> str:
    """One line per block: the text every field of the record is read from."""
    return "\n".join(block.text for block in document.blocks)


def to_markdown(document: Document) -> str:
    """
    >>> from postingkit.model import Block, Document
    >>> print(to_markdown(Document([Block("list_item", "a", numbered=True), Block("list_item", "b", numbered=True)])))
    1. a
    2. b
    <BLANKLINE>
    >>> print(to_markdown(Document([Block("heading", "Duties"), Block("list_item", "Draft reports"),
    ...                             Block("table_row", "a b", cells=["a", "b"]),
    ...                             Block("paragraph", "Apply.")])), end="")
    ## Duties
    <BLANKLINE>
    - Draft reports
    <BLANKLINE>
    | a | b |
    | --- | --- |
    <BLANKLINE>
    Apply.
    """
    out: list[str] = []
    previous: Block | None = None
    in_table = False
    numbers: dict[int, int] = {}  # the next number of each level's numbered list, as the notice counted
    for block in document.blocks:
        if block.kind != "list_item":
            numbers.clear()
        if block.kind == "table_row":
            cells = [_cell(c) for c in (block.cells or [block.text])]
            if not in_table:
                _gap(out)
                out += [_row(cells), _row(["---"] * len(cells))]
            else:
                out.append(_row(cells))
            in_table = True
            previous = block
            continue
        in_table = False
        if block.kind == "heading":
            _gap(out)
            out.append(f"{'#' * min(6, max(2, block.level + 1 if block.level else 2))} {block.text}")
        elif block.kind == "list_item":
            if previous is None or previous.kind != "list_item":
                _gap(out)
            indent = "  " * min(block.level // 2, 4) if block.level else ""
            if block.numbered:
                numbers[block.level] = numbers.get(block.level, 0) + 1
                numbers = {level: n for level, n in numbers.items() if level <= block.level}  # a sub-list restarts
            out.append(f"{indent}{f'{numbers[block.level]}.' if block.numbered else '-'} {block.text}")
        else:
            _gap(out)
            out.append(block.text)
        previous = block
    return "\n".join(out).strip("\n") + "\n"


def _gap(out: list[str]) -> None:
    if out and out[-1] != "":
        out.append("")


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"
