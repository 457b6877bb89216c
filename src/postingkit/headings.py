"""What a section heading announces, from the heading entries of every language in the lexicon. Readers,
the segmenter and the fields all ask this one function; it imports only the lexicon."""
from __future__ import annotations

import re
from functools import lru_cache

from . import patterns as rx  # re.compile, from a per-machine cache of compiled patterns
from .data.headings import HEADING_NOUNS, HEADING_WORDS
from .lexicon import alternation, by_meaning, entries
from .lexicon.heading_tiers import TIERS

# numbering and marks before; punctuation (a question's mark too: "What does a Senior Art Director do?"), emoji
# and their variation selectors after ("Vos missions 🚀️"), and an ellipsis in one character ("You are…")
_HEADING_NOISE = rx.compile(r"^[\W\d]+|[\s:.…?!\-–—\u200d\ufe0f\u2600-\u27bf\U0001f000-\U0001faff]+$")
_PARENTHESIS = rx.compile(r"\([^)]*\)")
_LEGAL_FORM = rx.compile(r"\b(?:ltd|llc|llp|inc|gmbh|plc|pvt|corp|s\.?a|sarl|ag|b\.?v)\.?$")
_MAX_HEADING_WORDS = 8  # longer "headings" are lead-in sentences ("X will undertake the following activities:")
_MAX_CAPITALS_HEADING_WORDS = 12  # "ON DAY ONE WE WILL EXPECT YOU TO HAVE"
_IF_YOU_HAVE = rx.compile(r"\bif you (?:also )?(?:have|are)$")
# "Essential functions of the job include but are not limited to": the heading, then a lead-in's tail
# ("ESSENTIAL DUTIES AND RESPONSIBILITIES include the following. Other duties may be assigned.": US templates)
_LEAD_IN_TAIL = rx.compile(r"\s+(?:of\s+(?:the|this)\s+(?:job|position|role|post)\s+)?(?:will\s+)?include[s]?"
                           r"(?:,?\s+but\s+(?:are|is)\s+not\s+limited\s+to|\s+the\s+following)?"
                           r"(?:[.:]?\s+other\s+duties\s+may\s+be\s+assigned)?[.:]?$")


_ROLE_TAIL = rx.compile(r"\s+(?:in\s+(?:the|this)\s+(?:role|position)\s+of|as|for)\s+(?:an?|the|our|this)\s+\S.{0,60}$")


def _tier_patterns() -> list[tuple[str, str, re.Pattern[str]]]:
    grouped = by_meaning(entries("headings"))
    unknown = set(grouped) - {tier for tier, _, _ in TIERS}
    if unknown:
        raise ValueError(f"heading entries name unknown tiers: {sorted(unknown)}")
    # every heading word starts a word: "\b" first lets the engine pass over the middle of words at once
    # instead of trying some hundred alternatives at each letter (twice as fast over the corpora's lines)
    return [(kind, requirement, rx.compile(r"\b" + alternation(grouped[tier])))
            for tier, kind, requirement in TIERS if tier in grouped]


_RULES = _tier_patterns()
_CHROME_TIER = "chrome"  # lexicon/heading_tiers.py: a job board's own lists around the notice
_CHROME = rx.compile(alternation(by_meaning(entries("headings"))[_CHROME_TIER]))


def is_page_chrome(heading: str) -> bool:
    """Whether a heading opens a job board's own list around the notice ("Similar jobs", "More jobs"):
    what follows is about other jobs (their titles, places, pay), not this one.

    >>> is_page_chrome("More jobs"), is_page_chrome("Similar Jobs:"), is_page_chrome("Jobs we offer")
    (True, True, False)
    """
    return bool(_CHROME.search(_normalised(heading)))


# a pure function of its argument: the cache changes no result, it only spares re-reading the headings
# every notice repeats ("Responsibilities", "Qualifications")
@lru_cache(maxsize=2048)
def classify_heading(heading: str) -> tuple[str, str] | None:
    """Section kind and requirement a heading announces, or None when the vocabulary does not know it.

    >>> classify_heading("Duties and Responsibilities:")
    ('duties', 'required')
    >>> classify_heading("Qualifications and skills required")
    ('qualifications', 'required')
    >>> classify_heading("Desirable"), classify_heading("How to apply"), classify_heading("Preparatory phase")
    (('qualifications', 'preferred'), ('apply', 'required'), None)
    >>> classify_heading("Essential functions of the job include but are not limited to")
    ('duties', 'required')
    >>> classify_heading("The key responsibilities of the role include the following")
    ('duties', 'required')
    >>> classify_heading("ESSENTIAL DUTIES AND RESPONSIBILITIES include the following. Other duties may be assigned.")
    ('duties', 'required')
    >>> classify_heading("Vos missions \U0001f680\ufe0f"), classify_heading("Le profil recherché \u2728")
    (('duties', 'required'), ('qualifications', 'required'))
    >>> classify_heading("Preferred (but not required)"), classify_heading("Desirable (not essential)")
    (('qualifications', 'preferred'), ('qualifications', 'preferred'))
    >>> classify_heading("Qualifications (required)"), classify_heading("Skills (as listed below)")
    (('qualifications', 'required'), ('qualifications', 'required'))
    >>> classify_heading("What you will be doing in the role of a Development Director")
    ('duties', 'required')
    """
    text = _normalised(heading)
    text = _LEAD_IN_TAIL.sub("", text) if "includ" in text else text
    # "What you will be doing in the role of a Development Director": the heading, then the role it is for
    text = _ROLE_TAIL.sub("", text) if (" as " in text or " for " in text or " role of " in text) else text
    # a line in capitals is a heading by its type, not a lead-in sentence: it may be longer
    # and a lead-in that ends by asking what the candidate has may run as long: "While it's not required, it's an
    # added plus if you also have:"
    longest = _MAX_CAPITALS_HEADING_WORDS if heading.isupper() or _IF_YOU_HAVE.search(text) else _MAX_HEADING_WORDS
    if not text or len(_PARENTHESIS.sub("", text).split()) > longest or _LEGAL_FORM.search(text):
        return None  # "IDP Education Ltd" is a company, not an Education section
    found = _first_tier(text)
    if found and found[0] != "other" and names_a_role_title(text):
        # "Education Officer", "Requirements Engineer": a job's title, not a section of its items or pay (a fact's
        # label, "Line Manager", opens nothing that collects them)
        return None
    # "Preferred (but not required)", "Desirable (not essential)": the aside says the list is not required
    if found == ("qualifications", "required") and "(" in text \
            and _PREFERRED_ASIDE.search(" ".join(_PARENTHESIS.findall(text))):
        return "qualifications", "preferred"
    return found


_ROLE_NOUNS = frozenset(word for entry in entries("role_nouns") for word in entry.words)
# the words of a heading that speaks about a role rather than naming one: "About the Internship", "Your Role as
# Team Lead", "Duties of the Officer"
_ABOUT_A_ROLE = frozenset("about the your our this what who why how as of for to with in on at meet join".split())
_ROLE_TITLE_MAX_WORDS = 5
_TITLE_PARTS = rx.compile(r",|\s[-–—|]\s")


def names_a_role_title(text: str) -> bool:
    """A short heading that ends in a role's noun, with no word that speaks about one: a job's title.

    >>> names_a_role_title("education officer"), names_a_role_title("requirements engineer")
    (True, True)
    >>> names_a_role_title("about the internship")
    False
    >>> names_a_role_title("responsibilities of the project officer"), names_a_role_title("skills")
    (False, False)
    >>> names_a_role_title("education officer, nob, juba"), names_a_role_title("project officer - education")
    (True, True)
    """
    words = _TITLE_PARTS.split(text, maxsplit=1)[0].split()  # "Education Officer, NOB, Juba", "Officer - Education"
    if not 2 <= len(words) <= _ROLE_TITLE_MAX_WORDS:
        return False
    last = words[-1].strip("()")
    return (last in _ROLE_NOUNS or (last.endswith("s") and last[:-1] in _ROLE_NOUNS)) \
        and not any(w in _ABOUT_A_ROLE for w in words)


def is_a_lead_in_heading(line: str) -> bool:
    """A known heading said as a lead-in sentence: "ESSENTIAL DUTIES AND RESPONSIBILITIES include the
    following. Other duties may be assigned." (not "Benefits include health insurance.").

    >>> is_a_lead_in_heading("Essential duties include the following."), is_a_lead_in_heading("Benefits include a car.")
    (True, False)
    """
    return bool(_LEAD_IN_TAIL.search(_normalised(line))) and classify_heading(line) is not None


def _first_tier(text: str) -> tuple[str, str] | None:
    for kind, requirement, pattern in _RULES:
        if pattern.search(text):
            return kind, requirement
    return None


_PREFERRED_ASIDE = rx.compile(alternation(by_meaning(entries("requirement_words"))["preferred"]), re.IGNORECASE)


def names_duties(heading: str) -> bool:
    """Whether a heading names the duties, whatever else it names first in the vocabulary's order:
    "Main Duties and Knowledge/Skills Requirements" is classified a qualifications heading, and names both.

    >>> names_duties("Duties and Requirements"), names_duties("Requirements")
    (True, False)
    """
    text = _normalised(heading)
    return any(kind == "duties" and pattern.search(text) for kind, _, pattern in _RULES)


def _normalised(heading: str) -> str:
    return _HEADING_NOISE.sub("", heading.lower().replace("’", "'")).strip()


def made_of_heading_words(text: str) -> bool:
    """Only heading words, or a heading noun first: "Tasks of the expert", "Duties of the Driver".

    >>> made_of_heading_words("Tasks of the expert"), made_of_heading_words("Experience with donors")
    (True, False)
    """
    words = [w.lower().strip(":,.()") for w in text.split()]
    return bool(words) and (words[0] in HEADING_NOUNS or all(w in HEADING_WORDS for w in words))
