"""Random text and bytes through the whole pipeline: nothing escapes but postingkit's own error, and
every record keeps its promises (valid codes and dates, min <= max, items taken from the notice)."""
from __future__ import annotations

import datetime
import os
import re

import pycountry
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from postingkit.data.currencies import WITHDRAWN_CODES
from postingkit.errors import PostingkitError
from postingkit.model import Posting
from postingkit.pipeline import parse_bytes
from postingkit.readers.decoding import decode_text

# POSTINGKIT_EXAMPLES=2000 for a longer hunt than CI's
SETTINGS = settings(max_examples=int(os.environ.get("POSTINGKIT_EXAMPLES", "150")), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

# Words that steer the parser into its interesting paths, mixed with arbitrary text.
NOTICE_WORDS = st.sampled_from([
    "Duties", "Responsibilities:", "Requirements", "Essential", "Desirable", "Deadline:", "Closing date",
    "Salary:", "EUR", "€", "$", "1,609.42", "45.000,00", "30,000 - 40,000", "per month", "per annum", "daily",
    "English", "French", "Albanian or Serbian", "mandatory", "an asset", "fluent", "C1", "Kosovo", "Remote",
    "based in", "Albania,", "Home based", "14 July 2024", "2024-07-14", "31/02/2024", "Jul 14, 2024", "at least",
    "3 years", "two years of experience", "Bachelor's degree", "- ", "• ", "1. ", "\t", "\n", "\n\n", ". ", ", "])
SAFE_TEXT = st.text(alphabet=st.characters(whitelist_categories=("L", "N", "Zs"),
                                           whitelist_characters=".,;:-()/'%\n\t"),
                    max_size=40)
NOTICE = st.lists(st.one_of(NOTICE_WORDS, SAFE_TEXT), max_size=80).map(" ".join)


def _normalized(text: str) -> str:
    return " ".join(text.split())


def _valid_date(value: str) -> bool:
    try:
        datetime.date.fromisoformat(value)
        return True
    except ValueError:
        return False


def assert_record_invariants(posting: Posting, source_text: str | None) -> None:
    for mention in (posting.deadline, posting.posted):
        assert mention is None or _valid_date(mention.date)
    pay = posting.remuneration
    if pay is not None:
        assert pay.min is None or pay.max is None or pay.min <= pay.max
        # a withdrawn code (kuna, lev) is still the currency an older notice states
        assert pay.currency is None or pay.currency in WITHDRAWN_CODES or \
            pycountry.currencies.get(alpha_3=pay.currency) is not None
    for location in posting.locations:
        assert location.country is None or location.country == "XK" or \
            pycountry.countries.get(alpha_2=location.country) is not None
    for language in posting.languages:
        code = language.code
        assert code is None or (pycountry.languages.get(alpha_2=code) if len(code) == 2
                                else pycountry.languages.get(alpha_3=code)) is not None
    items = [d.text for d in posting.duties] + [q.text for q in posting.qualifications]
    assert all(item.strip() for item in items)
    if source_text is not None:
        # the words as read: a text's mojibake is repaired first ("Â " was a no-break space once)
        haystack = _normalized(decode_text(source_text.encode("utf-8")))
        for item in items:
            assert _normalized(item) in haystack, item


@SETTINGS
@given(NOTICE)
def test_random_notices_keep_every_promise(text: str) -> None:
    try:
        posting = parse_bytes(text.encode("utf-8"), "random.txt")
    except PostingkitError:
        return
    assert_record_invariants(posting, text)


def test_an_item_is_checked_against_the_text_as_read() -> None:
    # hypothesis found it: "Â " reads as mojibake of a no-break space, repaired before the parse
    assert_record_invariants(parse_bytes("Duties \n/Â ßÀ".encode(), "random.txt"), "Duties \n/Â ßÀ")


@SETTINGS
@given(st.binary(max_size=4000))
def test_random_bytes_end_in_a_record_or_our_own_error(data: bytes) -> None:
    try:
        posting = parse_bytes(data, "random.bin")
    except PostingkitError as exc:
        assert str(exc).startswith("random.bin: ") and "\n" not in str(exc)
        return
    assert_record_invariants(posting, None)


@SETTINGS
@given(st.sampled_from([b"%PDF-1.4\n", b"PK\x03\x04", b"<html><body>", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"]),
       st.binary(max_size=3000))
def test_random_bytes_behind_a_format_signature_end_in_our_own_error(header: bytes, body: bytes) -> None:
    try:
        posting = parse_bytes(header + body, "random.bin")
    except PostingkitError:
        return
    assert_record_invariants(posting, None)


def test_items_are_found_in_the_text_even_with_wrapped_lines_and_cells() -> None:
    text = "Duties\n- Support the municipalities of the region\nin planning.\n\tEssential\tDesirable\n" \
           "Skills\t• Fluent English • Excel\tGerman\n"
    assert_record_invariants(parse_bytes(text.encode(), "t.txt"), text)
    assert not re.search(r"\s{2,}", " ".join(d.text for d in parse_bytes(text.encode(), "t.txt").duties))


LABEL_WORDS = st.sampled_from([
    "Deadline", "deadline:", "closing date", "Closes on", "apply by", "Applications must be received", "no later than",
    "last date", "valid through", "open until", "accepted until", "end date for applications", "expiry date",
    "send your CV", "Submit", "email the documents", "by", "Date posted", "posted on", "Posted", "published",
    "publication date", "date of issue", "issued on", "opening date", "date opened", "based in", "Duty Station",
    "located in", "position is in", "work location", "İstanbul", "closes", "last day to apply", "Rok za prijavu",
    "rok prijave", "Afati i fundit për aplikim", "Краен рок", "рок за пријаву", "Кінцевий термін", "термін подання",
    "Posting Period:", "12 August 2024 -", "to", "Date limite", "date de clôture", "Date de publication", "publiée le",
    "Fecha límite", "plazo de presentación", "cierre de convocatoria", "Fecha de publicación", "publicado el",
    "Bewerbungsfrist", "Einsendeschluss", "Veröffentlicht am",
    "\n", " ", ".", "-"])
LABELLED = st.lists(st.one_of(LABEL_WORDS, SAFE_TEXT), max_size=40).map(" ".join)


@SETTINGS
@given(LABELLED)
def test_label_patterns_tried_only_at_their_first_words_find_what_a_full_scan_finds(text: str) -> None:
    from postingkit.extract import dates, places
    from postingkit.extract.scan import matches_from_hints

    labels = [(label.pattern, label.starts) for label in dates._LABELS.values()]
    for pattern, starts in labels + [(places._BASED_IN, places._BASED_IN_STARTS)]:
        assert [m.span() for m in matches_from_hints(pattern, text, starts)] == \
            [m.span() for m in pattern.finditer(text)]
