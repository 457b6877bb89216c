"""Deadline and posting dates from labelled phrases, normalised to ISO 8601.

Finding a date inside prose needs a pattern anyway; once found, its day, month and year are
explicit, so `datetime.date` validates them -- a date library's guessing (dateparser's
search_dates invents dates from "May" or "2023") is exactly what must not happen here."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .. import patterns as rx  # re.compile, from a per-machine cache of compiled patterns
from ..lexicon import alternation, by_meaning, entries, hints, or_regex
from ..model import DateMention
from .scan import indexes_mentioning, matches_from_hints

MONTHS: dict[str, int] = {word: int(e.means)  # type: ignore[call-overload]
                          for e in entries("months") for word in e.words}
_MONTH = or_regex(MONTHS) + r"\.?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_DATE = rx.compile(
    rf"""{_WEEKDAY}(?:
        (?P<d1>\d{{1,2}})(?:st|nd|rd|th|\.)?(?:\s+(?:of|de))?[\s-]+(?P<m1>{_MONTH})(?:\s+de)?(?:[\s,-]+|\s*['’]\s*)
        (?P<y1>\d{{4}}|\d{{2}}(?![\d:]))  # 26 November 2023, 14-Jul-24, 15 de enero de 2026, 15 Dec' 26
      | (?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}})                  # Jul 14, 2024
      | (?P<y3>\d{{4}})(?P<s3>[-/.])(?P<m3>\d{{1,2}})(?P=s3)(?P<d3>\d{{1,2}})(?!\d)       # 2024-07-14, 2024/07/14
      | (?<!\d)(?P<a4>\d{{1,2}})[./-](?P<b4>\d{{1,2}})[./-](?P<y4>\d{{4}}|\d{{2}})(?!\d)              # 14.07.2024
    )""", re.VERBOSE | re.IGNORECASE)
# a day and month with no year after them: "Deadline: 15 March", "Closing date: March 15th"
_YEARLESS = rx.compile(
    rf"""{_WEEKDAY}(?:
        (?P<d1>\d{{1,2}})(?:st|nd|rd|th|\.)?(?:\s+(?:of|de))?[\s-]+(?P<m1>{_MONTH})\b(?![\s,.-]*\d)
      | (?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b(?![\s,.-]*\d)
    )""", re.VERBOSE | re.IGNORECASE)
_TIME = rx.compile(
    r"""^[\s,]*(?:[-–]\s*(?=\d{1,2}:\d{2}))?  # "18 December 2026 - 23:59, Pacific Time" (a clock's colon after a dash)
        \(?(?:at|by|before|until|till|,|@|à|a\s+las?|hasta\s+las?|a|um|bis|T(?=\d{2}:\d{2}))?\s*  # ISO's "T"
        # French and Spanish notices write "17h00", "17 h 30", "12h"
        (?P<time>\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?|[01]?\d\s?h\s?[0-5]\d\b|
                 2[0-3]\s?h\s?[0-5]\d\b|(?:[01]?\d|2[0-3])\s?h\b|12\s*(?:noon|midday)|midnight|noon|midday|
                 minuit|medianoche|mitternacht|midi|mediod[íi]a)  # French, Spanish and German noon and midnight
        (?::[0-5]\d(?:\.\d+)?)?  # ISO 8601's seconds: "2026-12-31T23:59:00Z"
        (?:\s*(?:hrs|hours|h|noon|midday|midnight)\b)?  # "12:00 noon"
        (?:,?\s*)(?P<tz>\(?(?:Z\b|[+-][01]\d:?[0-5]\d\b|CES?T|CEST|EES?T|GMT[ \t]*[+-]?[ \t]*\d{0,2}(?::\d{2})?|
              UTC[ \t]*[+-]?[ \t]*\d{0,2}(?::\d{2})?|  # (not across a line's end: "UTC" then the next line)
              [ECMP][SD]T|BST|EAT|WAT|CAT|IST|A[ECW]?[SD]T|NZ[SD]T|SAST|PKT|HKT|SGT|JST|KST|GST|MSK|ICT|WIB|
              [A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s+(?:local\s+)?time|
              [A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?:,\s[A-Z]{2,3})?(?=\)))\)?)?""",  # "(Midnight New York, USA)"
    re.VERBOSE | re.IGNORECASE)



@dataclass(frozen=True)
class _Label:
    """Every language's labels of one meaning (deadline, posted, extended), built from the lexicon."""
    pattern: re.Pattern[str]
    hints: tuple[str, ...]  # a line must hold one to be looked at
    starts: tuple[str, ...]  # where a match can begin


def _labels() -> dict[str, _Label]:
    return {str(means): _Label(rx.compile(alternation(found), re.IGNORECASE | re.MULTILINE), hints(found),
                               tuple(dict.fromkeys(s for e in found for s in e.starts)))
            for means, found in by_meaning(entries("date_labels")).items()}


_LABELS = _labels()
_DEADLINE_LABEL, _POSTED_LABEL, _EXTENDED_LABEL = _LABELS["deadline"], _LABELS["posted"], _LABELS["extended"]
_NOT_POSTED = rx.compile(r"last\s+update|updated|modified", re.IGNORECASE)
_NO_DEADLINE = rx.compile(r"rolling\s+basis|until\s+(?:the\s+position\s+is\s+)?filled|no\s+closing\s+date|"
                          r"open\s+until\s+filled|no\s+deadline", re.IGNORECASE)
_ONLY_ON = rx.compile(r"[\s,]*(?:on|of)?[\s,]*", re.IGNORECASE)
_TIME_START = rx.compile(r"\d{1,2}[:.]\d{2}|\d{1,2}\s?h\s?\d{2}\b|\d{1,2}\s*[ap]\.?m|midnight|noon|midday|"
                         r"minuit|medianoche|mitternacht",
                         re.IGNORECASE)


def _time_just_before(lead: str) -> re.Match[str] | None:
    """A time (and zone) that ends right before the date: "no later than 17:00 CET on 3 June"."""
    for start in _TIME_START.finditer(lead):
        m = _TIME.match(lead[start.start():])
        if m and _ONLY_ON.fullmatch(lead[start.start() + m.end():]):
            return m
    return None
_LABEL_REACH = 90
_MAX_LABELS_TRIED = 300  # characters after a label within which its date must start


def find_date(text: str, month_first: bool = False) -> tuple[date, re.Match[str]] | None:
    """The first valid date in a text.

    >>> find_date("Deadline for the applications: 26 November 2023.")[0]
    datetime.date(2023, 11, 26)
    >>> find_date("Deadline: Jul 14, 2024")[0], find_date("by 14.07.2024")[0], find_date("by 07/14/2024")[0]
    (datetime.date(2024, 7, 14), datetime.date(2024, 7, 14), datetime.date(2024, 7, 14))
    >>> find_date("on 03/04/2024", month_first=True)[0]
    datetime.date(2024, 3, 4)
    >>> find_date("Apply before: 2025/06/04")[0], find_date("2025.06.04")[0]  # the year first: never "25/06/04"
    (datetime.date(2025, 6, 4), datetime.date(2025, 6, 4))
    >>> find_date("Apply By: 15 Dec' 26")[0], find_date("between 1st Dec'26 and 5th Jan'27")[0]  # Internshala
    (datetime.date(2026, 12, 15), datetime.date(2026, 12, 1))
    """
    for m in _DATE.finditer(text):
        value = _to_date(m, month_first)
        if value is not None:
            return value, m
    return None


def _to_date(m: re.Match[str], month_first: bool) -> date | None:
    g = m.groupdict()
    try:
        if g["d1"]:
            year = int(g["y1"]) + (2000 if len(g["y1"]) == 2 else 0)
            return date(year, MONTHS[g["m1"].lower().rstrip(".")], int(g["d1"]))
        if g["d2"]:
            return date(int(g["y2"]), MONTHS[g["m2"].lower().rstrip(".")], int(g["d2"]))
        if g["y3"]:
            return date(int(g["y3"]), int(g["m3"]), int(g["d3"]))
        year = int(g["y4"]) + (2000 if len(g["y4"]) == 2 else 0)
        first, second = int(g["a4"]), int(g["b4"])
        day, month = (second, first) if month_first else (first, second)
        if month > 12 and day <= 12:  # "07/14/2024" cannot be day-first
            day, month = month, day
        return date(year, month, day)
    except ValueError:
        return None


# starts with a digit class (no look-behind first), so the engine can skip ahead to the next digit
_NUMERIC_DATE = rx.compile(r"(\d{1,2})([./-])(\d{1,2})\2(?:\d{4}|\d{2})(?![\d-])")


def month_first_in(text: str) -> bool | None:
    """Whether the notice writes numeric dates month first, where one of them shows it: a notice
    that prints "03/24/2024" writes its "03/10/2024" month first too. None when none tells.

    >>> month_first_in("Posted: 03/10/2024. Apply before: 03/24/2024"), month_first_in("from 24.03.2024")
    (True, False)
    >>> month_first_in("Deadline: 03/04/2024") is None
    True
    """
    day_first = month_first = False
    for m in _NUMERIC_DATE.finditer(text):
        if m.start() > 0 and text[m.start() - 1] in "0123456789.,":
            continue  # inside a longer number ("1.609,42", "2024-07-14")
        first, second = int(m.group(1)), int(m.group(3))
        day_first |= 12 < first <= 31 and 1 <= second <= 12
        month_first |= 12 < second <= 31 and 1 <= first <= 12
    return None if day_first == month_first else month_first


def reads_either_way(mention: DateMention | None) -> bool:
    """Whether a found date is numeric with day and month both 12 or less ("03/10/2024").

    >>> reads_either_way(DateMention(date="2024-03-10", text="Posted: 03/10/2024")), reads_either_way(None)
    (True, False)
    >>> reads_either_way(DateMention(date="2015-10-03", text="Open Period: 2/25/2015 – 3/10/2015"))
    True
    """
    if mention is None:
        return False
    month, day = int(mention.date[5:7]), int(mention.date[8:10])
    for m in _NUMERIC_DATE.finditer(mention.text):  # the date read, not another before it ("2/25/2015 – 3/10/2015")
        first, second = int(m.group(1)), int(m.group(3))
        if {first, second} == {month, day}:
            return first <= 12 and second <= 12 and first != second
    return False


def _yearless_date(window: str, year: int, reach: int) -> tuple[date, re.Match[str]] | None:
    """A day and month in the window's first `reach` characters (the window runs on past them, so that "May 1"
    cut off before its ", 2024" is not taken for a date without a year)."""
    for m in _YEARLESS.finditer(window):
        if m.start() >= reach:
            break
        g = m.groupdict()
        day, month = (g["d1"], g["m1"]) if g["d1"] else (g["d2"], g["m2"])
        try:
            return date(year, MONTHS[month.lower().rstrip(".")], int(day)), m
        except (KeyError, ValueError):
            continue
    return None


def labelled_date(text: str, label: _Label, month_first: bool = False,
                  year: int | None = None) -> DateMention | None:
    """The date that follows a label such as "Deadline" in a text.

    >>> labelled_date("Apply by Friday, 5 July 2024 at 17:00 CET.", _DEADLINE_LABEL).model_dump()
    {'date': '2024-07-05', 'time': '17:00', 'timezone': 'CET', 'text': 'Apply by Friday, 5 July 2024 at 17:00 CET'}
    >>> labelled_date("Published on 3 June 2024; contract starts 1 July 2024", _DEADLINE_LABEL) is None
    True
    >>> found = labelled_date("Closing Date: 03/12/2026 (MM/DD/YYYY) at 11:59pm UTC", _DEADLINE_LABEL)
    >>> found.date, found.time, found.timezone
    ('2026-03-12', '23:59', 'UTC')
    """
    text = _lines_with_keywords(text, label.hints)
    # a notice has a few dozen labels at most; a hostile file may repeat one 50,000 times without a date
    for label_match in matches_from_hints(label.pattern, text, label.starts)[:_MAX_LABELS_TRIED]:
        if label is _POSTED_LABEL and _NOT_POSTED.search(text[max(0, label_match.start() - 15):label_match.end()]):
            continue
        base = label_match.end()
        window = _line_window(text, base)
        if _ends_a_label_line(window):  # "Deadline:" alone on its line: the date is on the next
            newline = text.find("\n", base)
            if newline < 0:
                continue
            base = newline + 1
            window = _line_window(text, base)
        found = find_date(window, month_first) or (
            _yearless_date(_line_window(text, base, _LABEL_REACH + 12), year, len(window)) if year else None)
        if not found:
            continue
        value, m = found
        other_label = _POSTED_LABEL if label is _DEADLINE_LABEL else _DEADLINE_LABEL
        if other_label.pattern.search(window[:m.start()]):
            continue  # "Deadline: see below. Posted: 3 May": the date belongs to the other label
        end = base + m.end()
        hint = _FORMAT_HINT.match(text, end)
        if hint:  # "12/03/2026 (MM/DD/YYYY)": the notice says how to read it, and the time comes after
            says_month_first = hint.group(1).upper().startswith("M")
            if says_month_first != month_first and (reread := find_date(window, says_month_first)):
                value = reread[0]
            end = hint.end()
        time_match = _TIME.match(text[end:end + 40])
        if time_match and _clock(time_match.group("time")) is None:
            time_match = None  # "14 July 2024 45.000,00": an amount, not a time of day
        time_after = time_match is not None
        if not time_after:  # "no later than 17:00 CET on 3 June 2024": the time may come first
            time_match = _time_just_before(window[:m.start()])
            if time_match and _clock(time_match.group("time")) is None:
                time_match = None
        clock = timezone = None
        if time_match:
            clock = _clock(time_match.group("time"))
            timezone = (time_match.group("tz") or "").strip("() ") or None
            timezone = "UTC" if timezone == "Z" else timezone  # ISO 8601's "Z": Coordinated Universal Time
            end += time_match.end() if time_after else 0
        quote = " ".join(text[label_match.start():end].split()).strip(" .,;")
        return DateMention(date=value.isoformat(), time=clock, timezone=timezone, text=quote)
    return None


# the order a form prints after its date: "(MM/DD/YYYY)", "(dd.mm.yyyy)"
_FORMAT_HINT = rx.compile(r"\s*\(((?:[MDY]{1,4}[/.-]){2}[MDY]{2,4})\)", re.IGNORECASE)


def _ends_a_label_line(rest: str) -> bool:
    """Whether what follows a label on its line is only the rest of the label: nothing, or a few words with
    no figure ("Deadline for Applications", "Closing date for receipt of applications"), the date on the
    next line as forms set it.

    >>> _ends_a_label_line(":"), _ends_a_label_line(" for Applications"), _ends_a_label_line(" 3 May 2025")
    (True, True, False)
    >>> _ends_a_label_line(" is not yet set, and applications will be read as they come in")
    False
    """
    rest = rest.strip(" :\t-–—")
    return not rest or (len(rest.split()) <= 5 and not any(c.isdigit() or c in ".,;!?" for c in rest))


def _lines_with_keywords(text: str, keywords: tuple[str, ...]) -> str:
    """The lines (and the line after each, where a date may sit) that could hold a label at all:
    a few substring scans are far cheaper than running the label pattern over the whole notice."""
    lines = text.split("\n")
    hits = indexes_mentioning([line.lower() for line in lines], keywords)
    chosen = sorted({j for i in hits for j in (i, i + 1) if j < len(lines)})
    return "\n".join(lines[j] for j in chosen)


def _line_window(text: str, start: int, reach: int = _LABEL_REACH) -> str:
    window = text[start:start + reach]
    newline = window.find("\n")
    return window if newline < 0 else window[:newline]


def _clock(raw: str) -> str | None:
    """HH:MM, or None when the digits are no time of day ("45.00" is an amount).

    >>> _clock("5 pm"), _clock("17.00"), _clock("midnight"), _clock("12:30 a.m."), _clock("45.00")
    ('17:00', '17:00', '23:59', '00:30', None)
    >>> _clock("17h00"), _clock("17 h 30"), _clock("12h")
    ('17:00', '17:30', '12:00')
    >>> _clock("minuit"), _clock("medianoche"), _clock("Mitternacht")
    ('23:59', '23:59', '23:59')
    """
    raw = raw.lower().replace(".", ":").replace(" ", "")
    raw = re.sub(r"^(\d{1,2})h(\d{2})?$", lambda m: f"{m.group(1)}:{m.group(2) or '00'}", raw)  # "17h00", "12h"
    if raw in ("noon", "midday", "midi", "mediodía", "mediodia"):
        return "12:00"
    if raw in ("midnight", "minuit", "medianoche", "mitternacht"):
        return "23:59"
    pm, am = "pm" in raw or "p:m" in raw, "am" in raw or "a:m" in raw
    digits = re.sub(r"[^0-9:]", "", raw).strip(":")
    hours, _, minutes = digits.partition(":")
    h = int(hours) % 12 + (12 if pm else 0) if (pm or am) else int(hours)
    m = int(minutes or 0)
    return f"{h:02d}:{m:02d}" if h <= 23 and m <= 59 else None


_SOME_YEAR = 2000  # a year to try a year-less date with, before looking for the notice's own


def find_deadline(text: str, month_first: bool = False) -> tuple[DateMention | None, list[str]]:
    r"""The application deadline in a notice's text (one line per block, labelled fields first), and
    warnings (e.g. "applications on a rolling basis").

    >>> find_deadline("Closing date:\n14/07/2024 17:00 (GMT+1)")[0].model_dump()
    {'date': '2024-07-14', 'time': '17:00', 'timezone': 'GMT+1', 'text': 'Closing date: 14/07/2024 17:00 (GMT+1)'}
    >>> find_deadline("Deadline: 10 March 2025\nThe deadline has been extended to 20 March 2025.")[0].date
    '2025-03-20'
    >>> find_deadline("Applications are reviewed on a rolling basis.")
    (None, ["no deadline: the notice says 'rolling basis'"])
    >>> find_deadline("Posted: 2 March 2025\nDeadline: 15 March")[0].date, find_deadline("Deadline: 15 March")[0]
    ('2025-03-15', None)
    >>> find_deadline("Posted: 10 December 2024\nDeadline: 10 January")[0].date
    '2025-01-10'
    """
    found = labelled_date(text, _EXTENDED_LABEL, month_first) or labelled_date(text, _DEADLINE_LABEL, month_first)
    if found:
        return found, []
    # "Deadline: 15 March": the year the notice's other dates all share, where they agree on one. Most
    # notices have no such deadline, and finding every date of the text costs a third of a parse: look first.
    if labelled_date(text, _DEADLINE_LABEL, month_first, _SOME_YEAR):
        years = {value.year for value in (_to_date(m, month_first) for m in _DATE.finditer(text)) if value}
        found = labelled_date(text, _DEADLINE_LABEL, month_first, years.pop()) if len(years) == 1 else None
    posted = find_posted(text, month_first) if found else None
    if found and posted and found.date < posted.date:  # posted in December, closing in January
        found = labelled_date(text, _DEADLINE_LABEL, month_first, int(found.date[:4]) + 1)
    if found:
        return found, [f"deadline: the notice states no year; {found.date[:4]} is the year of its other dates"]
    lowered = text.lower()
    m = _NO_DEADLINE.search(text) if any(k in lowered for k in ("rolling", "filled", "closing date", "deadline")) \
        else None
    if m:
        return None, [f"no deadline: the notice says '{m.group(0)}'"]
    return None, []


def find_posted(text: str, month_first: bool = False) -> DateMention | None:
    return labelled_date(text, _POSTED_LABEL, month_first)
