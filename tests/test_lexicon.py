"""Every lexicon entry's examples, run through the code that uses the entry (Duckling's corpus test): a
positive example must give the entry's meaning, a negative one must not. The lexicon files must be plain
data (literals only), and every entry well formed."""
from __future__ import annotations

import ast
from collections.abc import Callable
from pathlib import Path

import pytest

from postingkit import lexicon
from postingkit.extract.dates import find_date, find_deadline, find_posted
from postingkit.extract.experience import years_in
from postingkit.extract.fields import labelled, labelled_fields
from postingkit.extract.identity import names_a_role
from postingkit.extract.items import is_a_process_note
from postingkit.extract.languages import proficiency_of
from postingkit.extract.money import find_remuneration, texts_about_pay
from postingkit.extract.organization import _has_organization_head, find_organization
from postingkit.extract.places import (
    is_hybrid,
    is_remote,
    says_job_is_hybrid,
    says_job_is_not_remote,
    says_job_is_remote,
)
from postingkit.extract.requirement import stated_requirement
from postingkit.headings import classify_heading
from postingkit.lexicon.heading_tiers import TIERS
from postingkit.model import Block
from postingkit.segment import lead_in_kind

LEXICON = Path(lexicon.__file__).parent
_SECTION_OF_TIER = {tier: (kind, requirement) for tier, kind, requirement in TIERS}


def _heading(example: str, entry: lexicon.Entry) -> bool:
    return classify_heading(example) == _SECTION_OF_TIER[entry.means]


def _currency(example: str, entry: lexicon.Entry) -> bool:
    # a currency the country decides, tried in one country of it: the Philippines' peso, Senegal's CFA franc
    country, code = {"peso": ("PH", "PHP"), "cfa_franc": ("SN", "XOF"), "kwacha": ("ZM", "ZMW")}.get(
        str(entry.means), (None, entry.means))
    pay = find_remuneration([example], country)
    return pay is not None and pay.currency == code


def _pay_words(example: str, entry: lexicon.Entry) -> bool:
    return bool(texts_about_pay([example]))


def _pay_period(example: str, entry: lexicon.Entry) -> bool:
    pay = find_remuneration([example])
    return pay is not None and pay.period == entry.means and not pay.period_inferred


def _month(example: str, entry: lexicon.Entry) -> bool:
    found = find_date(example)
    return found is not None and found[0].month == entry.means


def _number(example: str, entry: lexicon.Entry) -> bool:
    return years_in(f"{example} years of experience") == entry.means


def _date_label(example: str, entry: lexicon.Entry) -> bool:
    if entry.means == "posted":
        return find_posted(example) is not None and find_deadline(example)[0] is None
    return find_deadline(example)[0] is not None


def _field_label(example: str, entry: lexicon.Entry) -> bool:
    return bool(labelled(labelled_fields([Block("paragraph", example)]), str(entry.means)))


_WORK_MODE_TESTS = {"remote_word": is_remote, "not_remote": lambda text: not is_remote(text),
                    "remote_statement": says_job_is_remote, "hybrid_word": is_hybrid,
                    "hybrid_statement": says_job_is_hybrid, "remote_denied": says_job_is_not_remote,
                    # the words that turn a remote statement round, before one
                    "negation": lambda text: not says_job_is_remote(f"{text}remote position")}


# kind -> what the code that uses the entries reads an example as, compared with the entry's meaning
ORACLES: dict[str, Callable[[str, lexicon.Entry], bool]] = {
    "headings": _heading,
    "currencies": _currency,
    "pay_words": _pay_words,
    "pay_periods": _pay_period,
    "months": _month,
    "numbers": _number,
    "date_labels": _date_label,
    "field_labels": _field_label,
    "role_nouns": lambda example, entry: names_a_role(example),
    "organization_heads": lambda example, entry: _has_organization_head(example),
    "work_modes": lambda example, entry: _WORK_MODE_TESTS[str(entry.means)](example),
    "requirement_words": lambda example, entry: stated_requirement(example) == entry.means,
    "language_levels": lambda example, entry: proficiency_of(example) == entry.means,
    "process_notes": lambda example, entry: is_a_process_note(example),
    "employer_phrases": lambda example, entry: find_organization([], example) is not None,
    "lead_ins": lambda example, entry: lead_in_kind(example) == entry.means,
}


def _all_entries() -> list[tuple[str, lexicon.Entry]]:
    return [(kind, entry) for kind in ORACLES for entry in lexicon.entries(kind)]


def _examples(positive: bool) -> list:
    return [pytest.param(kind, entry, text, id=f"{entry.id}:{text}")
            for kind, entry in _all_entries()
            for text in (entry.examples if positive else entry.counter_examples)]


@pytest.mark.parametrize(("kind", "entry", "text"), _examples(True))
def test_an_example_means_what_its_entry_says(kind: str, entry: lexicon.Entry, text: str) -> None:
    assert ORACLES[kind](text, entry)


@pytest.mark.parametrize(("kind", "entry", "text"), _examples(False))
def test_a_negative_example_does_not(kind: str, entry: lexicon.Entry, text: str) -> None:
    assert not ORACLES[kind](text, entry)


def test_every_entry_has_examples_and_a_pattern_negative_ones_too_and_a_unique_id() -> None:
    """A pattern can match more than it should, so it shows what it must not match; a word list is exact."""
    found = _all_entries()
    assert all(entry.examples for _, entry in found)
    assert all(entry.counter_examples for _, entry in found if entry.pattern is not None)
    ids = [entry.id for _, entry in found]
    assert len(ids) == len(set(ids))


def test_the_pre_filter_lets_every_example_through() -> None:
    """Hints are what a text must hold before the pattern is tried: an example without one would never
    reach it."""
    for _, entry in _all_entries():
        if entry.hints:
            for example in entry.examples:
                assert any(h in example.lower() for h in entry.hints), (entry.id, example)


def test_a_hint_is_long_enough_to_filter() -> None:
    """A hint of one or two letters ("pr", "id") is in nearly every text: the pattern behind it would run on
    every item (French 'de préférence' hinted by "pr" did, and cost 6 % of the text throughput)."""
    short = [(entry.id, h) for _, entry in _all_entries() if entry.pattern is not None
             for h in entry.hints if len(h) < 3]  # (a word entry's words are its hints: "€", "kr")
    assert short == []


def test_every_kind_has_an_oracle() -> None:
    kinds = {path.stem for path in LEXICON.glob("*/*.py") if path.stem != "__init__"}
    assert kinds == set(ORACLES)


@pytest.mark.parametrize("path", sorted(LEXICON.glob("*/*.py")), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_a_lexicon_file_is_data_only(path: Path) -> None:
    """Literals and assignments of literals: no imports, calls or functions; what uses the words builds
    its regexes from them."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            continue  # the docstring
        assert isinstance(node, ast.Assign), f"{path}: line {node.lineno} is not an assignment"
        ast.literal_eval(node.value)  # raises on anything but literals


@pytest.mark.parametrize("kind", ["months", "numbers", "currencies"])
def test_no_word_means_two_things(kind: str) -> None:
    meanings: dict[str, set] = {}
    for entry in lexicon.entries(kind):
        for word in entry.words:
            meanings.setdefault(word, set()).add(entry.means)
    assert {word: means for word, means in meanings.items() if len(means) > 1} == {}


def test_the_merged_lexicon_is_the_folders() -> None:
    """postingkit loads lexicon/_merged.py; run `python -m postingkit.lexicon` after editing a folder."""
    from postingkit.lexicon import _merged
    from postingkit.lexicon.__main__ import render

    assert _merged.ENTRIES == lexicon.merged_from_folders()
    assert (LEXICON / "_merged.py").read_text(encoding="utf-8") == render()


def test_the_folders_are_the_languages() -> None:
    assert lexicon.LANGUAGES == ("mul", "en", "bg", "de", "es", "fr", "hbs", "id", "ko", "mk", "ru", "sq", "uk")
