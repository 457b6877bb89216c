"""Minimum years of experience asked for."""
from __future__ import annotations

import re

from .. import patterns as rx  # re.compile, from a per-machine cache of compiled patterns
from .numbers import WORD_NUMBER, number_value

_COUNT = r"\d{1,2}|" + WORD_NUMBER
_YEARS = rx.compile(
    rf"""(?P<n>{_COUNT})
        (?:\s*\((?:{_COUNT})\))?  # "two (2) years", "2 (two) years"
        (?:\s*\+|\s*or\s+more|\s*[-–]\s*\d{{1,2}}|\s+(?:to|à|a|bis)\s+(?:{_COUNT}))?  # "two to three", "5 à 7"
        \s*(?:full\s+)?(?:years?|yrs?\.?|godin[ae]?|vjet|vite|години|ans?|années?|años?|jahre?n?|tahun|лет|года?)\b""",
    re.VERBOSE | re.IGNORECASE)
_EXPERIENCE = rx.compile(r"experience|\bexp\b\.?|iskustv|p[eë]rvoj|искуств|in\s+(?:a|the)\s+(?:similar|related|"
                         r"relevant)\s+(?:role|position|field)|"
                         r"track\s+record|working\s+in|work(?:ing)?\s+with|exp[ée]rience|experiencia|berufserfahrung|"
                         r"erfahrung|pengalaman|proven\s+success|опыт|стаж|"
                         # "10+ years in embedded software development", "3 years in Power BI"; not a firm's age
                         r"\byears?\s+(?:in|within)\s+(?!operation|business|existence|the\s+(?:market|industry))",
                         re.IGNORECASE)
_NOT_EXPERIENCE = rx.compile(r"\b(age|old|contract|duration|term|validity|period|extension|возраст\w*|старше|моложе)\b",
                             re.IGNORECASE)
_SHORTENED = rx.compile(r"\(\s*(?:\d{1,2}|[a-z]+)\s+years?\s+(?:with|for)\b|\bor\s+(?:\d{1,2}|"
                        r"[a-z]+)\s+years?\s+(?:with|for)\b",
                        re.IGNORECASE)
# a requirement that opens with the years it asks, in a list of qualifications: "Minimum of two years for a
# University Diploma or one year for a degree" asks years of work, as "at least 18 years old" does not
_YEARS_ASKED_FIRST = rx.compile(rf"^\W*(?:a\s+)?(?:minimum\s+(?:of\s+)?|at\s+least\s+)(?:{_COUNT})"
                                rf"(?:\s*\(\d{{1,2}}\))?\s+years?\b"  # "Minimum of eight (8) years"
                                rf"(?!\s+(?:old|of\s+age)\b)|"
                                # an item that is only the years: "8+ yrs", "3-5 years"
                                rf"^\W*(?:{_COUNT})\s*\+?\s*(?:[-–]\s*\d{{1,2}}\s*)?(?:years?|yrs?)\.?\s*$|"
                                # "2+ years of SQL", "3-5 years in B2B sales": a skill's years, first in the item;
                                # "3+ years designing electromechanical products": the work done those years
                                rf"^\W*(?:{_COUNT})\s*\+?\s*(?:[-–]\s*\d{{1,2}}\s*)?(?:years?|yrs?)\.?\s+"
                                rf"(?:of|in|with|using|working|(?!starting|beginning|remaining)[a-z]{{3,}}ing)\s+"
                                rf"(?!age\b)", re.IGNORECASE)
# a job board's experience field: "Power BI: 1 year (Required)", "Sales: 3 years (Preferred)"
_SKILL_YEARS = rx.compile(rf"^[^:]{{1,50}}:\s*(?:{_COUNT})\+?\s+years?\b\s*(?:\((?:required|preferred)\))?\s*$",
                          re.IGNORECASE)
_ONLY_YEARS = rx.compile(r"^\W*\d{1,2}\s*(?:[-–]\s*\d{1,2}\s*)?\+?\s*(?:years?|yrs?)\.?\s*$", re.IGNORECASE)


def only_years(line: str) -> bool:
    """A line that is only a number of years: an Indian job board prints the experience asked so, under the title.

    >>> only_years("3-6 Yrs"), only_years("5+ years"), only_years("Founded 25 years ago")
    (True, True, False)
    """
    return _ONLY_YEARS.match(line) is not None


# "a first-level degree with an additional two years of experience may be accepted in lieu of an advanced degree":
# years on top of those asked elsewhere, never a minimum of their own
_ADDED = rx.compile(r"\b(?:additional|extra|further|supplementary)\s+$", re.IGNORECASE)
# "up to 2 years", "maximum 3 years": a ceiling on the years, where a beginner ("fresher") is welcome
_CEILING = rx.compile(r"\b(?:up\s*to|max(?:imum)?\.?(?:\s+of)?|not\s+more\s+than|less\s+than)\s*$", re.IGNORECASE)
_BEGINNERS = rx.compile(r"\bfreshers?\b|\bentry[- ]level\b|\bno\s+(?:prior\s+)?experience\b", re.IGNORECASE)
# how far before the years the word "experience" may be: Russian names it first, "стаж работы на предприятии не
# менее 5 лет" (length of service at the enterprise at least 5 years)
_BEFORE = 45
_DEGREE_ALTERNATIVE = rx.compile(r"\b(degree|bachelor|master|ph\.?d|diploma)\b", re.IGNORECASE)
_OR = rx.compile(r"\bor\b", re.IGNORECASE)  # UNDP's form writes "OR" between its degree-and-years pairs


def years_in(text: str) -> int | None:
    """Years of experience one sentence asks for.

    >>> years_in("At least 3 years of relevant professional experience"), years_in("Work experience: Min 2 years")
    (3, 2)
    >>> years_in("A minimum of two years of work experience is required")
    2
    >>> years_in("7 years of experience, including a minimum of 5 in management")
    7
    >>> years_in("Master's degree with 5 years of experience, or Bachelor's with 7 years of experience")
    5
    >>> years_in("the mandatory retirement age is 65 years") is None
    True
    >>> years_in("Minimum 5 years of relevant experience (3 years with a Master degree)")
    3
    >>> years_in("Two to three years of experience"), years_in("3–5 years of experience in finance")
    (2, 3)
    >>> years_in("A minimum of 2 (two) years of experience"), years_in("Minimum 3 godine radnog iskustva")
    (2, 3)
    >>> years_in("At least 7 years with a Master's degree or 9 years with a Bachelor's degree of experience")
    7
    >>> years_in("Bachelor's Degree - 5 year(s) experience OR Master's Degree - 3 year(s) experience")
    3
    >>> years_in("Minimum of two years for a University Diploma or one year for a degree.")
    1
    >>> years_in("At least 18 years old") is None, years_in("Power BI: 1 year (Required)")
    (True, 1)
    >>> years_in("2+ years of SQL"), years_in("3-5 years in B2B sales"), years_in("18 years of age or older")
    (2, 3, None)
    >>> years_in("3+ years designing electromechanical products"), years_in("2 years starting in May")
    (3, None)
    >>> years_in("5 yrs exp. in Java"), years_in("Exp: 3-5 Yrs")
    (5, 3)
    >>> years_in("Minimum of eight (8) years"), years_in("8+ yrs"), years_in("3 years contract")
    (8, 8, None)
    >>> years_in("стаж работы на предприятии не менее 5 лет"), years_in("Опыт работы: 1–3 года")
    (5, 1)
    >>> years_in("A first-level degree with an additional two years of experience may be accepted") is None
    True
    >>> years_in("Experiencia mínima de 1 año en puesto similar"), years_in("1 an d'expérience minimum")
    (1, 1)
    >>> years_in("Experience: Fresher or up to 2 years"), years_in("Up to 3 years of experience in sales")
    (0, None)
    """
    said = _EXPERIENCE.search(text) is not None
    asked_first = not said and (_YEARS_ASKED_FIRST.match(text) is not None or _SKILL_YEARS.match(text) is not None)
    if not said and not asked_first:
        return None
    counts = []
    for m in _YEARS.finditer(text):
        window = text[max(0, m.start() - _BEFORE):m.end() + 90]
        if _NOT_EXPERIENCE.search(text[max(0, m.start() - 25):m.start()]) or _ADDED.search(text[:m.start()]) or not (
                asked_first or _EXPERIENCE.search(window)):
            continue
        if _CEILING.search(text[:m.start()]):
            # "Fresher or up to 2 years": the most a job asks, not the least; with a beginner welcome, none
            if _BEGINNERS.search(text):
                counts.append(0)
            continue
        word = m.group("n").lower()
        counts.append(int(number_value(word)))
    if not counts:
        return None
    degrees = len(_DEGREE_ALTERNATIVE.findall(text))
    if len(counts) > 1 and ((degrees > 1 and _OR.search(text)) or (degrees and _SHORTENED.search(text))):
        return min(counts)  # a degree shortens it: "5 years (3 years with a Master's degree)"
    return counts[0]


def min_experience_years(texts: list[str], elsewhere: list[str] = ()) -> int | None:
    """The smallest number of years any requirement asks for; where the requirements state none, the
    smallest that the rest of the notice asks for ('Overall Experience 5 - 8 years' as a heading,
    'Fresh graduates with at least 1 year of experience' in prose); 0 where the notice says none is needed.

    >>> min_experience_years(["Applicants are not required to have professional work experience."])
    0
    >>> min_experience_years(["Experience with Python"]) is None
    True
    >>> min_experience_years(["Experience: 0-2 years"]), min_experience_years(["Freshers can apply"])  # unstated
    (0, None)
    """
    for candidates in (texts, elsewhere):
        found = [y for y in (years_in(t) for t in candidates) if y is not None and 0 <= y <= 40]  # "0-2 years"
        if found:
            return min(found)
    if any(_NO_EXPERIENCE_NEEDED.search(t) for t in (*texts, *elsewhere) if "experience" in t.lower()):
        return 0  # "Applicants ... are not required to have professional work experience"
    return None


_NO_EXPERIENCE_NEEDED = rx.compile(
    r"\bnot\s+required\s+to\s+have\s+(?:any\s+)?(?:professional\s+|prior\s+|previous\s+)?(?:work\s+)?experience\b|"
    r"\bno\s+(?:prior\s+|previous\s+|professional\s+)?(?:work\s+)?experience\s+(?:is\s+)?(?:required|necessary|needed)\b",
    re.IGNORECASE)
