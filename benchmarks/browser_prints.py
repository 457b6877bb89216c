"""What `postingkit read` keeps of a browser's print of a job page, measured against poppler's text without the
browser's own header and footer. Run: python benchmarks/browser_prints.py [PDF ...]

A browser prints a print date, the page's title, its URL and a "3/5" counter on every page; postingkit drops
them as running chrome, and the shared fidelity script (../shared/eval/fidelity.py) counts them as missed
words. This script takes them out of poppler's text first (each page's first and last few lines that hold a
URL, a print date and the title after it, or a page counter) and then scores the same way, word-bag F1 and
word order, so what is left is what postingkit drops of the page itself (site bars, ads) or gets wrong.
With no PDF named, it measures the four browser prints of ../shared/corpus/realdocs."""
from __future__ import annotations

import re
import subprocess
import sys
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED_EVAL = ROOT.parent / "shared" / "eval"
BROWSER_PRINTS = ("kimdahee-wanted-fullstack-posting-ko.pdf", "omni8-position-description.pdf",
                  "rm-bbva-practicante-data-analytics.pdf", "rm-laborum-bcp-practicante-finanzas-ti.pdf")
# a URL, a print date ("13/1/24, 15:01", Korean "26. 6. 19. 오전 9:09"), a page counter ("3/5", "2 of 6")
_PRINTED_BY_THE_BROWSER = re.compile(r"https?://|^\s*\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}|"
                                     r"^\s*\d+\s+of\s+\d+\s*$|^\s*\d+/\d+\s*$|\d{2}\. \d{1,2}\. \d{1,2}\. 오[전후]")
_EDGE_LINES = 3


def without_print_header_and_footer(text: str) -> str:
    kept = []
    for page in text.split("\f"):
        lines = page.split("\n")
        shown = [i for i, line in enumerate(lines) if line.strip()]
        drop = {i for i in shown[:_EDGE_LINES] + shown[-_EDGE_LINES:] if _PRINTED_BY_THE_BROWSER.search(lines[i])}
        if shown and shown[0] in drop and len(shown) > 1 and not _PRINTED_BY_THE_BROWSER.search(lines[shown[1]]):
            drop.add(shown[1])  # the page's title, printed on the line after the date
        kept += [line for i, line in enumerate(lines) if i not in drop]
    return "\n".join(kept)


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(SHARED_EVAL))
    from fidelity import bag_f1, words  # the shared script's own measures

    paths = [Path(a) for a in argv] or [ROOT.parent / "shared" / "corpus" / "realdocs" / n for n in BROWSER_PRINTS]
    for path in paths:
        poppler = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                                 check=True).stdout
        want = words(without_print_header_and_footer(poppler))
        got = words(subprocess.run([sys.executable, "-m", "postingkit", "read", str(path)], capture_output=True,
                                   text=True, check=True).stdout)
        order = SequenceMatcher(None, got, want, autojunk=False).ratio()
        print(f"{path.name:50s} words {bag_f1(got, want):.3f} order {order:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
