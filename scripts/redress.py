"""Score the labelled notices re-dressed: the same words and gold in another layout, to see what a change of
format alone breaks (the README's "dressing" table). Each dressing copies ../shared/corpus/{dev,ngo,jobboard}
(.txt and .gold.json) into a temporary folder, rewrites every .txt, and runs the shared scorer on the copies;
a rendering (`docx`) writes each notice as another format instead and scores that.

    python scripts/redress.py                 # every dressing
    python scripts/redress.py wrap76 nomarks  # some

The dressings are mechanical and sometimes clumsy (a bold line that was no heading is dressed as one too);
read a drop as a pointer to a class of layout, then write that class as a test case."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FOLDERS = ("dev", "ngo", "jobboard")
BULLET = re.compile(r"^(\s*)([-*•·]|\d+[.)])\s+")
BOLD_LINE = re.compile(r"^[ \t]*\*\*(.+?):?\*\*[ \t]*$", re.MULTILINE)


def _each_line(change: Callable[[str], str]) -> Callable[[str], str]:
    return lambda text: "\n".join(change(line) for line in text.split("\n"))


def _lists_joined(joint: str, end: str = "") -> Callable[[str], str]:
    """Each run of unindented list items joined into one line (a data set that kept no line breaks)."""
    def dress(text: str) -> str:
        out: list[str] = []
        run: list[str] = []
        for line in [*text.split("\n"), None]:
            m = BULLET.match(line) if line is not None else None
            if m and not m.group(1):
                run.append(line[m.end():].strip().rstrip(".;, ") + end if end else line[m.end():].strip())
                continue
            if line is not None and not line.strip() and run:
                continue
            if run:
                out.append(joint.join(run))
                run = []
            if line is not None:
                out.append(line)
        return "\n".join(out)
    return dress


def _wrapped(width: int) -> Callable[[str], str]:
    def dress(text: str) -> str:
        out = []
        for line in text.split("\n"):
            m = BULLET.match(line)
            indent = " " * len(m.group(0)) if m else ""
            out.extend(textwrap.wrap(line, width, subsequent_indent=indent) if len(line) > width else [line])
        return "\n".join(out)
    return dress


def _no_blank_lines(text: str) -> str:
    return re.sub(r"\n\s*\n", "\n", text)


DRESSINGS: dict[str, Callable[[str], str]] = {
    "nomarks": _each_line(lambda line: BULLET.sub(r"\1", line)),
    "noblank": _no_blank_lines,
    "bold_plain": lambda text: text.replace("**", ""),
    "bold_caps": lambda text: re.sub(r"\*\*(.+?)\*\*", lambda m: m.group(1).upper(), text),
    "colon": lambda text: BOLD_LINE.sub(r"\1:", text),
    "lower_headings": lambda text: BOLD_LINE.sub(lambda m: m.group(1).lower() + ":", text),
    # ... and right under the line before it, with no blank line between
    "lower_headings_tight": lambda text: re.sub(r"\n\s*\n[ \t]*\*\*(.+?):?\*\*[ \t]*(?=\n)",
                                                lambda m: "\n" + m.group(1).lower() + ":", text),
    "dash_heads": lambda text: BOLD_LINE.sub(r"--- \1 ---", text),
    "emoji_headings": lambda text: BOLD_LINE.sub(r"🚀 **\1**", text),
    "wrap76": _wrapped(76),
    "wrap76_noblank": lambda text: _no_blank_lines(_wrapped(76)(text)),
    "nospace": lambda text: re.sub(r"^(\s*)[-*•]\s+", r"\1-", text, flags=re.MULTILINE),
    "tab_items": lambda text: re.sub(r"^(\s*)[-*•]\s+", "\t", text, flags=re.MULTILINE),
    "semicolon_lists": _lists_joined("; ", "."),
    "spaced": _lists_joined(" "),
    "glued": _lists_joined(""),
    "crlf": lambda text: text.replace("\n", "\r\n"),
}


def _as_docx(text: str) -> bytes:
    """The notice as a Word document: the blocks postingkit reads in the text, each as Word writes it (a
    heading the text marks in a heading style, an item in a list style, rows as a table, the rest as plain
    paragraphs). Does the DOCX path read what the text path reads?"""
    import io

    import docx  # python-docx, a dependency of postingkit

    from postingkit.pipeline import read

    document = docx.Document()
    blocks = read(text.encode("utf-8")).blocks
    n = 0
    while n < len(blocks):
        block = blocks[n]
        if block.kind == "heading" and block.marked:
            document.add_heading(block.text, level=2)
        elif block.kind == "list_item":
            document.add_paragraph(block.text, style="List Number" if block.numbered else "List Bullet")
        elif block.kind == "table_row":
            rows = [block]
            while n + 1 < len(blocks) and blocks[n + 1].kind == "table_row":
                n += 1
                rows.append(blocks[n])
            table = document.add_table(rows=len(rows), cols=max(len(r.cells) for r in rows))
            for cells, row in zip(table.rows, rows):
                for cell, value in zip(cells.cells, row.cells):
                    cell.text = value
        else:
            document.add_paragraph(block.text)
        n += 1
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


RENDERINGS: dict[str, Callable[[str], bytes]] = {"docx": _as_docx}


def score(name: str) -> str:
    suffix = name if name in RENDERINGS else "txt"
    with tempfile.TemporaryDirectory() as tmp:
        folders = []
        for folder in FOLDERS:
            target = Path(tmp) / folder
            target.mkdir()
            for notice in sorted((SHARED / "corpus" / folder).glob("*.txt")):
                text = notice.read_text(encoding="utf-8")
                if name in RENDERINGS:
                    (target / f"{notice.stem}.{suffix}").write_bytes(RENDERINGS[name](text))
                else:
                    (target / notice.name).write_text(DRESSINGS[name](text), encoding="utf-8")
                shutil.copy(notice.with_name(notice.stem + ".gold.json"), target)
            folders.append(str(target))
        done = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), *folders, "--batch",
                               "--formats", suffix, "--cmd", f"{sys.executable} -m postingkit parse"],
                              capture_output=True, text=True, check=False)
    found = [line for line in done.stdout.splitlines() if line.startswith("by corpus:")]
    return found[0].removeprefix("by corpus: ") if found else f"scorer failed: {done.stderr.strip()[-200:]}"


def main(names: list[str]) -> int:
    if not (SHARED / "eval" / "score.py").exists():
        print(f"Error: {SHARED}: the shared corpus and scorer are not beside the repository", file=sys.stderr)
        return 2
    unknown = [n for n in names if n not in DRESSINGS and n not in RENDERINGS]
    if unknown:
        known = ", ".join([*DRESSINGS, *RENDERINGS])
        print(f"Error: unknown dressing {', '.join(unknown)} (known: {known})", file=sys.stderr)
        return 2
    for name in names or [*DRESSINGS, *RENDERINGS]:
        print(f"{name:16} {score(name)}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
