"""Whether a qualification is required or preferred, and what kind of qualification it is."""
from __future__ import annotations

import re

from .. import patterns as rx  # re.compile, from a per-machine cache of compiled patterns
from ..data.languages import LANGUAGE_ALIASES
from ..lexicon import alternation, by_meaning, entries, hints
from .terms import MASTERS_DEGREE

_REQUIREMENT_WORDS = by_meaning(entries("requirement_words"))
_STRONGLY_REQUIRED = rx.compile(alternation(_REQUIREMENT_WORDS["required"]), re.IGNORECASE)
# "preferred but not required", "No degree required, but ...": the negated requirement is taken out before
# the text is searched for one (it counts as preferred: it is one of the preferred entries)
_NOT_REQUIRED = rx.compile(alternation([e for e in _REQUIREMENT_WORDS["preferred"] if e.id.endswith(".not_required")]),
                           re.IGNORECASE)
_PREFERRED = rx.compile(alternation(_REQUIREMENT_WORDS["preferred"]), re.IGNORECASE)
# any word that states a requirement, for finders that only need to know one is there
REQUIREMENT_WORD = alternation(_REQUIREMENT_WORDS["required"] + _REQUIREMENT_WORDS["preferred"])

# where a second requirement starts inside one item: "Fluent English; German is a plus", "..., while Turkish
# is an asset", "Fluency in Albanian and English, knowledge of Serbian is an asset"
KNOWLEDGE_AFTER_COMMA = (r",\s+(?:and\s+|but\s+)?(?=(?:(?:good|basic|some|working|sound)\s+)?"
                         r"(?:(?:knowledge|command|understanding|familiarity|fluency|proficiency)\s+(?:of|in|with)|"
                         r"experience\s+(?:in|with|of|working|managing|leading))\b)")
_LATER_CLAUSE = rx.compile(rf";|,?\s+(?:while|whereas)\s+|\.\s+(?=(?-i:[A-Z]))|{KNOWLEDGE_AFTER_COMMA}", re.IGNORECASE)
# and a clause after a comma whose subject is another language, "a plus": "Fluent English, Mandarin is a plus" (not
# "Experience with SQL, Python, Tableau is a plus": the skills of one list share its "plus")
_LANGUAGE_A_PLUS_AFTER_COMMA = rx.compile(
    r",\s+((?-i:[A-Z])[\w-]+(?:\s+(?:and|or|and/or)\s+(?-i:[A-Z])[\w-]+)?)\s+(?:is|are|would\s+be|will\s+be)\s+"
    r"(?:an?\s+|considered\s+(?:an?\s+)?)?(?:plus|asset|advantage|bonus|desirable|preferred)\b", re.IGNORECASE)
_PREFERRED_HINTS = hints(_REQUIREMENT_WORDS["preferred"])

_CATEGORY_RULES = [  # English first; the French, Spanish and German words job boards use after them
    ("education", rx.compile(rf"\b(degree|bachelor|{MASTERS_DEGREE}|ph\.?d|doctora|diploma|"
                             r"university|graduate|b\.?sc|m\.?sc|mba|(?-i:BS\b|B\.S\.)|"
                             r"education|academic|certificat|(?<!driving )(?<!driver.s )licen[cs]e|"
                             r"accredited|dipl[ôo]m|bac\s?\+|titulaire\s+d|(?-i:BTS|DUT|BUT|CAP|BEP)\b|"
                             r"formation\s+(?:sup[ée]rieure|universitaire)|"
                             r"titulad|titulaci[óo]n|universitari[ao]|licenciatura|grado\s+en|studium|hochschul|"
                             r"abschluss|"
                             # Indian boards' degrees and their "UG:"/"PG:" education lines
                             r"(?-i:B\.\s?Tech|BTech|B\.E\.|B\.Com|BCA|M\.\s?Tech|MTech|M\.E\.|MCA|M\.Com)|"
                             r"(?:post|under)[- ]?graduate)", re.IGNORECASE)),
    ("experience", rx.compile(r"\b(experience[ds]?|years?\b|track record|exp[ée]rience|experiencia|"
                              r"berufserfahrung|erfahrung|ans\b|años\b|jahre|pengalaman|tahun\b)", re.IGNORECASE)),
    ("skill", rx.compile(r"\b(skills?|ability|able to|abilities|knowledge|proficien|familiar|competen|"
                         r"understanding|capacity to|expertise|command of|ma[îi]trise|connaissance|"
                         r"conocimiento|dominio|kenntnis)", re.IGNORECASE)),
]


def item_requirement(text: str, section_requirement: str) -> str:
    """An item under a 'preferred' heading stays preferred; under any other, its own words may make it
    preferred, unless it also says it is required ("preferably in Law ... is required").

    >>> item_requirement("Master Degree in relevant discipline will be considered an advantage", "required")
    'preferred'
    >>> item_requirement("Bachelor's degree preferably in Law or similar field is required", "required")
    'required'
    >>> item_requirement("Proficiency in Albanian or Serbian is mandatory, while Turkish is an asset", "required")
    'required'
    >>> item_requirement("At least 2 years in a similar role", "preferred")
    'preferred'
    >>> item_requirement("Fluent English; German is a plus", "required")
    'required'
    >>> item_requirement("Fluent English, Mandarin is a plus", "required")
    'required'
    >>> item_requirement("Five years of experience, preferably in the Western Balkans", "required")
    'required'
    >>> item_requirement("Ideally, experience with EU-funded projects", "required")
    'preferred'
    >>> item_requirement("Fluency in Albanian and English, knowledge of Serbian and/or German is an asset", "required")
    'required'
    >>> item_requirement("Master's degree in law, economics or a related field is an asset", "required")
    'preferred'
    >>> item_requirement("Fluent in English. Any other UN language is an asset.", "required")
    'required'
    >>> item_requirement("Speaks fluent English (Arabic, Turkish and Kurdish would be an asset)", "required")
    'required'
    >>> item_requirement("Expert Java (Other back-end language is an advantage (e.g. Golang, C#))", "required")
    'required'
    >>> item_requirement("Knowledge of donors and of compliance, experience working with the UN strongly desired", "x")
    'x'
    >>> item_requirement("Knowledge of French (an asset)", "required"), item_requirement("Arabic (desirable)", "x")
    ('preferred', 'preferred')
    >>> item_requirement("Previous experience in a restaurant is preferred but not required", "required")
    'preferred'
    """
    if section_requirement == "preferred":
        return "preferred"
    lowered = text.lower()
    # "Fluent English; German is a plus": a later clause's "plus" speaks of German, not the item
    if ";" in text or "," in text or ". " in text or "while" in lowered or "whereas" in lowered:
        first_clause = _LATER_CLAUSE.split(text, maxsplit=1)[0]
        other = _LANGUAGE_A_PLUS_AFTER_COMMA.search(first_clause) if "," in first_clause else None
        if other and all(w.lower() in LANGUAGE_ALIASES for w in other.group(1).split()
                         if w.lower() not in ("and", "or", "and/or")):
            first_clause = first_clause[:other.start()]
        if len(first_clause) < len(text) and stated_requirement(first_clause) is None:
            return section_requirement
    if "(" in text:  # "Speaks fluent English (Arabic and Kurdish would be an asset)": the aside's own subject
        # in a list of skills, an aside is said of its own skill: "SQL, Power BI, Power Platform (deseable), Excel"
        in_list = is_skill_list(text)
        text = _ASIDE.sub(lambda m: "" if in_list or _speaks_of_its_own_subject(m.group(1)) else m.group(0), text)
        lowered = text.lower()
    if any(hint in lowered for hint in _PREFERRED_HINTS) and _PREFERRED.search(text) \
            and not _STRONGLY_REQUIRED.search(_without_negated_requirements(text)):
        return "preferred"
    return "required"


def is_skill_list(text: str) -> bool:
    """A list of short skills written on one line, each said on its own: "SQL, Power BI, Excel Avanzado VBA,
    Power Platform - básico (deseable), Inglés - básico" (not "fluently read, write, and speak English").

    >>> is_skill_list("SQL, Power BI, Excel, Power (deseable)"), is_skill_list("Read, write, and speak English")
    (True, False)
    """
    parts = text.split(",")
    return len(parts) >= _SKILL_LIST_MIN_PARTS and all(len(p.split()) <= _SKILL_MAX_WORDS for p in parts) \
        and not any(_JOINED.match(p) for p in parts)


_SKILL_LIST_MIN_PARTS = 4
_SKILL_MAX_WORDS = 6
_JOINED = rx.compile(r"\s*(?:and|or|as well as|y|o|e|et|ou|und|oder)\b", re.IGNORECASE)
_ASIDE = rx.compile(r"\(((?:[^()]|\([^()]*\))*)\)")  # one level of nesting: "(... an advantage (e.g. Go, C#))"
_ASIDE_FILLERS = {"would", "will", "are", "the", "and", "highly", "very", "strongly", "considered", "but", "not",
                  "required", "also", "especially", "particularly", "definite", "big", "added", "great", "strong"}


def _speaks_of_its_own_subject(aside: str) -> bool:
    """Does an aside in parentheses name something of its own beside its 'asset' ("conflict setting
    desirable"), rather than qualify the item ("desirable", "an asset")?

    >>> _speaks_of_its_own_subject("conflict setting desirable"), _speaks_of_its_own_subject("a strong asset")
    (True, False)
    >>> _speaks_of_its_own_subject("French is a plus, not mandatory"), _speaks_of_its_own_subject("would be an asset")
    (True, False)
    """
    if not _PREFERRED.search(aside):
        return False
    rest = _PREFERRED.sub(" ", aside)
    subjects = len([w for w in re.findall(r"[^\W\d_]{3,}", rest) if w.lower() not in _ASIDE_FILLERS])
    # "French is a plus": one word with a verb of its own is a clause about that word
    return subjects >= 2 or (subjects == 1 and _A_CLAUSE.search(aside) is not None)


_A_CLAUSE = rx.compile(r"\b(?:is|are|would|will|could)\b", re.IGNORECASE)


def stated_requirement(text: str) -> str | None:
    """What a piece of text itself says, if anything: "is required" -> required, "an asset" -> preferred.

    >>> stated_requirement("Arabic (desirable)"), stated_requirement("English (fluent), ")
    ('preferred', None)
    >>> stated_requirement("is a must")
    'required'
    """
    if _STRONGLY_REQUIRED.search(_without_negated_requirements(text)):
        return "required"
    return "preferred" if _PREFERRED.search(text) else None


def _without_negated_requirements(text: str) -> str:
    """
    >>> _without_negated_requirements("Retail experience is preferred but not required.")
    'Retail experience is preferred but  .'
    """
    return _NOT_REQUIRED.sub(" ", text) if ("not " in text or "no " in text.lower()) else text


_YEARS_OF_EXPERIENCE = rx.compile(r"\byears?\b.{0,40}\bexperience|\bexperience\b.{0,20}\byears?\b", re.IGNORECASE)
_DEGREE = rx.compile(rf"\b(degree|bachelor|{MASTERS_DEGREE}|ph\.?d|doctora|diploma|university)",
                     re.IGNORECASE)


_AN_AGE = rx.compile(r"\byears?\s+(?:of\s+age|old)\b", re.IGNORECASE)
_SPEAKS = rx.compile(r"\blanguages?\b|\bbilingual\b", re.IGNORECASE)
# "language" in a skill that is no tongue: programming, query and markup languages, natural language
# processing, (large) language models; "with Python as the primary language" (no tongue is named there)
_A_LANGUAGE_OF_MACHINES = rx.compile(r"\b(?:programming|query|scripting|markup|modell?ing|natural)\s+languages?\b|"
                                     r"\blanguages?\s+(?:processing|models?|understanding|generation)\b|"
                                     r"\bas\s+(?:the|a|your|our)\s+(?:primary|main|core)\s+language\b",
                                     re.IGNORECASE)


def qualification_category(text: str, names_a_language: bool) -> str:
    """
    >>> qualification_category("Bachelor's degree in law", False)
    'education'
    >>> qualification_category("At least 3 years of relevant professional experience", False)
    'experience'
    >>> qualification_category("Fluency in Serbian and English is required", True)
    'language'
    >>> qualification_category("2 years of software development in one or more programming languages", False)
    'experience'
    >>> qualification_category("At least 3 years of professional experience in vocational education", False)
    'experience'
    >>> qualification_category("University degree in education and 2 years of experience", False)
    'education'
    >>> qualification_category("Basic knowledge of natural language processing (NLP) concepts", False)
    'skill'
    >>> qualification_category("4 years of backend experience, with Python as the primary language", False)
    'experience'
    >>> qualification_category("Are 18 years of age or older", False)
    'other'
    >>> [qualification_category(t, False) for t in ("5+ ans d'expérience en développement", "Dominio de Excel",
    ...                                              "Abgeschlossenes Studium der Informatik")]
    ['experience', 'skill', 'education']
    """
    if names_a_language or (_SPEAKS.search(text) and not _A_LANGUAGE_OF_MACHINES.search(text)):
        return "language"
    if _AN_AGE.search(text):
        return "other"  # "Are 18 years of age or older": years, but no experience
    if _YEARS_OF_EXPERIENCE.search(text) and not _DEGREE.search(text):
        return "experience"  # "3 years of experience in vocational education" is not an education
    for category, pattern in _CATEGORY_RULES:
        if pattern.search(text):
            return category
    return "other"
