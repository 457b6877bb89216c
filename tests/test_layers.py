"""The layers go one way: read -> structure -> fields -> assemble -> export. A reader imports nothing from
structure or fields; structure nothing from readers or fields; fields nothing from readers or assembly.
The lexicon, the data tables, the model and the errors are below them all."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

import postingkit
from postingkit.pipeline import parse_bytes

PACKAGE = Path(postingkit.__file__).parent
BASE = ("postingkit.lexicon", "postingkit.data", "postingkit.model", "postingkit.errors", "postingkit.headings",
        "postingkit.patterns")
LAYERS = {  # module prefix -> what it may import from postingkit besides BASE
    "postingkit.readers": ("postingkit.readers",),
    "postingkit.lists": (),
    "postingkit.segment": (),
    "postingkit.extract": ("postingkit.extract",),
    "postingkit.evidence": (),
    "postingkit.record": ("postingkit.extract", "postingkit.evidence", "postingkit.segment"),  # no reader, no exporter
}


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, module: str) -> set[str]:
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[:len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            found |= {target} if node.module else {f"{target}.{alias.name}" for alias in node.names}
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
    return {name for name in found if name.startswith("postingkit")}


def _modules() -> list[tuple[str, Path]]:
    return [(_module_name(path), path) for path in sorted(PACKAGE.rglob("*.py"))]


@pytest.mark.parametrize(("module", "path"), [(m, p) for m, p in _modules()
                                               if any(m.startswith(prefix) for prefix in LAYERS)],
                         ids=lambda value: value if isinstance(value, str) else "")
def test_a_module_imports_only_from_its_own_layer_and_below(module: str, path: Path) -> None:
    allowed = BASE + next(LAYERS[prefix] for prefix in LAYERS if module.startswith(prefix))
    wrong = {name for name in _imports(path, module)
             if not any(name == a or name.startswith(a + ".") for a in allowed)}
    assert wrong == set(), f"{module} imports {sorted(wrong)}"


def test_the_lexicon_and_data_import_nothing_above_them() -> None:
    for module, path in _modules():
        if module.startswith(("postingkit.lexicon", "postingkit.data")):
            assert {n for n in _imports(path, module)
                    if not n.startswith(("postingkit.lexicon", "postingkit.data", "postingkit.patterns"))} \
                == set(), module


# Provenance: the "Essential / Desirable" lines of issue 11 ("5 qualifications from .txt and 0 from .html").
_LINES = ["Programme Officer", "", "Qualifications", "Essential", "University degree in social sciences",
          "Five years of experience in programme management", "Desirable", "Experience with UN agencies",
          "Good knowledge of French"]


def test_an_unmarked_list_reads_the_same_from_text_and_html() -> None:
    text = "\n".join(_LINES).encode()
    html = ("<html><body>" + "".join(f"<p>{line}</p>" for line in _LINES if line) + "</body></html>").encode()
    expected = [("University degree in social sciences", "required"),
                ("Five years of experience in programme management", "required"),
                ("Experience with UN agencies", "preferred"), ("Good knowledge of French", "preferred")]
    for data, name in ((text, "notice.txt"), (html, "notice.html")):
        posting = parse_bytes(data, name)
        assert [(q.text, q.requirement) for q in posting.qualifications] == expected, name
        assert [(lang.code, lang.requirement) for lang in posting.languages] == [("fr", "preferred")], name
