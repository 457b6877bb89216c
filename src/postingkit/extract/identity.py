"""Who is hiring for what: title, organization and vacancy reference."""
from __future__ import annotations

import re

from ..data.debris import is_debris
from ..data.headings import HEADING_NOUNS
from ..data.weights import WEIGHTS
from ..headings import classify_heading
from ..model import Block
from .choice import Candidate, Proposer, choose, proposer
from .fields import LabelledField, find_field
from .places import find_cities, find_countries
from .terms import TRAILING_GRADE

ROLE_NOUNS = (r"officer|manager|lead|leader|coordinator|co-ordinator|assistant|consultant|specialist|advis[eo]r|"
              r"director|analyst|engineer|mentors?|expert|associate|intern|head|researcher|developer|"
              r"administrator|representative|facilitator|trainer|editor|designer|accountant|auditor|economist|"
              r"lawyer|driver|clerk|technician|scientist|fellow|volunteer|translator|interpreter|secretary|"
              r"programmer|nurse|doctor|teacher|lecturer|professor|chief|supervisor|executive|planner|"
              r"strategist|writer|producer|agent|inspector|monitor")
_ROLE_PHRASE = re.compile(rf"\b(?:The|the|an?|An?|As an?|as an?)\s+((?:[A-Z][\w-]*\s+){{0,5}}(?i:{ROLE_NOUNS}))\b(?!-)")
_ROLE_HEAD = re.compile(rf"^((?:[\w-]+\s+){{0,6}}?(?i:{ROLE_NOUNS})s?)\s+(?:to|for|in|who|–|-|—)\s", re.IGNORECASE)
# where a title says where the job is: "– Berlin, Germany", ", Podgorica"
_PLACE_SUFFIXES = (re.compile(r"\s+[–—|·-]\s+([^–—|·]+)$"), re.compile(r",\s+([^,]+)$"))
# and where a sentence announcing the role does: " (Tirana)", " in Belgrade, Serbia" (a title keeps them:
# "Final Evaluation of the Project in Northern Kenya", "Danish Refugee Council (DRC)")
_ANNOUNCED_PLACE_SUFFIXES = (re.compile(r"\s+\(([^()]+)\)$"),
                             re.compile(r"\s+(?:based\s+)?(?:in|at)\s+((?:(?!\s(?:in|at)\s).)+)$")) + _PLACE_SUFFIXES
_TITLE_LABELS = (r"^(job\s+title|position\s+title|post\s+title|(assignment|consultancy|vacancy)\s+title|title|"
                 r"position|role|post|vacancy|job|consultancy|"
                 r"(position|job|role|post|vacancy)\s+name|"
                 r"assignment|title\s+of\s+(the\s+)?(assignment|consultancy|position|post))$")
_ORG_LABELS = (r"^(organi[sz]ation|company|employer|hiring\s+organi[sz]ation|agency|institution|entity|"
               r"department|office|department\s*/\s*office|organi[sz]ation\s+name|client|posted\s+by|"
               r"(company|employer)\s+name|name\s+of\s+(the\s+)?(organi[sz]ation|company|employer))$")
_REF_LABELS = (r"^(vacancy\s+(no|number|notice|ref\w*|id)|reference(\s+(no|number|code))?|ref\.?(\s+no)?|"
               r"job\s+(id|number|ref\w*|identification(\s+number)?)|requisition(\s+(id|no|number))?|vn|"
               r"post\s+number|position\s+(number|id)|job\s+code|job\s+opening\s+(id|number))\.?$")
_ORG_HEADS = (r"institute|association|organi[sz]ation|cent(?:re|er)|agency|foundation|council|network|mission|"
              r"office|programme|program|fund|union|committee|bank|commission|university|ministry|society|trust|"
              r"group|company|corporation|federation|alliance|partnership|initiative|secretariat|authority|"
              r"service|institution|college|school|hospital|ngo|unit|forum|coalition|project|directorate|delegation|"
              r"embassy|"
              r"court|parliament|assembly|chamber|consortium|community")
_ORG_HEAD_WORD = re.compile(rf"(?:{_ORG_HEADS})", re.IGNORECASE)
_NAME_LINKS = re.compile(r"\s+(?:of|for|on|in|to)\s+", re.IGNORECASE)  # "COUNCIL OF EUROPE"
_ACRONYM_IN_PARENTHESES = re.compile(r"\(([A-Z][A-Za-z]{1,9})\)")
# the capitalised name just before "(ACRONYM)", read backwards from it: "Institute for Strategic Dialogue "
_NAME_BEFORE = re.compile(r"((?:[A-Z][\w'’&-]*[ \t]+(?:(?:of|for|on|in|and|the|de|la|du)[ \t]+)*){1,8})$")
_IS_AN_ORGANIZATION = re.compile(
    r"(?:^|\.[ \t]+)(?:The[ \t]+)?((?:[A-Z][\w'’&+-]*(?:[ \t]+e\.V\.)?[ \t]+(?:(?:of|for|on|in|and|the)[ \t]+)*){1,8}?)"
    r"is[ \t]+(?:an?|the)[ \t]+"
    r"(?:[\w()&-]+[ \t]+){0,8}?(?i:organi[sz]ation|ngo|agency|company|network|institute|foundation|charity|"
    r"non-profit|nonprofit|body|institution|association|consultancy|firm|federation|movement)\b", re.MULTILINE)
# "About World Vision": a heading that introduces the employer (not "About the role", "About you")
_ABOUT_NAME = re.compile(r"^\**About\s+((?!the\b|us\b|you\b|our\b|this\b|"
                         r"the\s)[A-Z][\w&+.'’-]*(?:\s+[A-Z][\w&+.'’-]*){0,5})"
                         r"\s*:?\**\s*$", re.MULTILINE)
_ACRONYM_SUBJECT = re.compile(
    r"(?:^|\.[ \t]+)([A-Z]{2,6})[ \t]+(?:is[ \t]+(?:making|seeking|looking|recruiting|hiring|inviting|dedicated|"
    r"committed|pleased|currently|an?\s|the\s)|(?:works|supports|operates|provides|implements|aims|seeks|invites|"
    r"promotes|helps|strives|announces|has\s+been|was\s+(?:founded|established|created))\b)", re.MULTILINE)
_NAME_IS_SEEKING = re.compile(
    r"(?:^|\.[ \t]+|,[ \t]+the[ \t]+)((?:(?:[A-Z][\w'’&.+-]*|e\.V\.)[ \t]+(?:(?:of|for|on|in|to|and|the|de|du|"
    r"la)[ \t]+)*){0,7}?"
    r"(?:[A-Z][\w'’&.+-]*|e\.V\.))"  # "…, the Johanniter-Unfall-Hilfe e.V. International Assistance, is looking for"
    r",?[ \t]+(?:(?:is|are)[ \t]+(?:currently[ \t]+)?(?:seeking|looking[ \t]+for|recruiting|hiring|inviting|"
    r"searching[ \t]+for)"
    r"|(?:invites|announces|opens)[ \t]+(?:\w+[ \t]+){0,2}?(?:applications|candidates|vacancy|call|position))\b",
    re.MULTILINE)
# a line that announces the role rather than names it: "Civil Rights Defenders is looking for a" (the role
# follows on the next line) or "… invites applications for the position of Project Assistant"
_ANNOUNCES_ROLE = re.compile(
    r"^.*?\b(?:(?:is|are)\s+(?:currently\s+|now\s+)?(?:seeking|looking\s+for|recruiting|hiring|searching\s+for)"
    r"|(?:invites?|inviting|welcomes?)\s+(?:\w+\s+){0,2}?(?:applications|candidates|applicants|experts)\s+for"
    r"|announces?\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}?(?:vacancy|call|position|opening|competition)\s+for"
    r"|(?:wants\s+to\s+|would\s+like\s+to\s+)?hires?)"
    r"(?:\s+(?:an?|the|one|two|three|\d+))?(?:\s+(?:qualified|motivated|experienced|dedicated|new))*"
    r"(?:\s+(?:positions?|posts?|roles?)\s+of)?\s*:?\s*(?P<role>.*)$", re.IGNORECASE)
_NOT_A_NAME = {"we", "our team", "organization", "organisation", "company", "team", "project", "programme",
               "our organization", "our organisation", "our company", "the organization", "mission"}
_MAX_TITLE_WORDS = 16
_AFTER_DOCUMENT_LABEL = re.compile(r"^(.+?)\s+(?:[–—-]|for(?:\s+the\s+(?:position|post|role)\s+of)?)\s+(\S.*)$")
_FUNCTION_WORDS = {"for", "of", "the", "a", "an", "on", "to", "and", "in", "at"}


def find_title_with_rule(blocks: list[Block], fields: list[LabelledField],
                         full_text: str) -> tuple[str | None, str | None, str | None]:
    """The title, the line it came from and the rule that chose it, chosen among title_proposers'."""
    best, _ = choose(title_proposers(blocks, fields, full_text))
    return (best.value, best.words, best.rule) if best else (None, None, None)


def title_proposers(blocks: list[Block], fields: list[LabelledField], full_text: str) -> list[Proposer]:
    """A labelled title; the first short line that is not a known heading (or the role after a document
    label); a role the prose names."""
    return [
        proposer(["title.labelled"], lambda: [
            Candidate(_tidy_title(without_place(f.value)), "title.labelled", f.text, order)
            for order, f in enumerate(find_field(fields, _TITLE_LABELS)[:1])]),
        proposer(["title.after_document_label", "title.top_lines"], lambda: _title_in_top_lines(blocks)),
        proposer([rule for rule, _ in PROSE_TITLE_RULES], lambda: [
            Candidate(role, rule, words, offset) for _, offset, role, words, rule in prose_role_candidates(full_text)]),
    ]


def _title_in_top_lines(blocks: list[Block]) -> list[Candidate]:
    candidates: list[tuple[str, str]] = []  # (title, line) of short lines above the first section
    under_fact_heading = False
    for block in blocks[:8]:
        text = block.text.strip()
        if is_debris(text):
            continue
        label, colon, rest = text.partition(":")
        if colon and is_document_label(label) and 0 < len(rest.split()) <= _MAX_TITLE_WORDS:
            return [Candidate(_tidy_title(rest), "title.after_document_label", text)]  # "Vacancy Notice: X"
        labelled_role = _AFTER_DOCUMENT_LABEL.match(text)
        if labelled_role and is_document_label(labelled_role.group(1)) and _ROLE_WORD.search(labelled_role.group(2)):
            # "Vacancy Announcement – M&E Specialist"
            return [Candidate(_tidy_title(without_place(labelled_role.group(2))), "title.after_document_label", text)]
        if all(word.lower() in _FUNCTION_WORDS for word in text.split()):
            continue  # "for" between "Terms of Reference" and the role
        announced = _ANNOUNCES_ROLE.match(text) if len(text.split()) <= 2 * _MAX_TITLE_WORDS else None
        if announced:
            role = announced.group("role").strip(" .!")
            if not role:
                continue  # "X is looking for a": the role is on the next line
            role = _announced_role(role)
            if role:
                candidates.append((_tidy_title(role), text))
            continue  # "We are looking for new colleagues to join our team" names no role
        if colon and names_a_role(label) and names_a_role(rest) and len(rest.split()) <= _MAX_TITLE_WORDS:
            candidates.append((_tidy_title(rest), text))  # "Key Expert 2: Procurement Expert"
            continue
        # "Junior Advisor for Vocational Education" names a role first: the heading word comes after it
        # as does "EDUCATION OFFICER", which ends in one; "Requirements for the Driver" is a heading
        known_heading = classify_heading(text) is not None and not _ROLE_HEAD.match(text) and not (
            names_a_role(TRAILING_GRADE.sub("", without_place(text))) and text.split()[0].lower() not in HEADING_NOUNS)
        if known_heading and block.kind == "heading" and candidates:
            break  # the notice's sections begin: what follows is body text
        if under_fact_heading:
            under_fact_heading = False
            continue  # "Work Location" / "Istanbul (in-person ...)": the heading's value, not the title
        if known_heading and classify_heading(text) == ("other", "required") and block.kind == "heading":
            under_fact_heading = True
        if block.kind == "table_row" or known_heading or ":" in text[:40] \
                or is_document_label(text) or _names_an_organization(text):
            continue
        if _NUMBERED_SECTION.match(text):
            if candidates:
                break
            continue  # "I. MSF INTERNATIONAL", "2. Background": the document's sections, not its title
        words = len(text.split())
        if words <= _MAX_TITLE_WORDS and not text.endswith("."):
            candidates.append((_tidy_title(without_place(text)), text))
            continue
        head = _ROLE_HEAD.match(text)
        if head and _A_SENTENCE_GOING_ON.search(head.group(1)):
            head = None  # "CBM is seeking to recruit an auditor to ...": a sentence, not a title with its remit
        if head:
            candidates.append((_tidy_title(head.group(1)), text))
        break  # a long paragraph: the title was not printed above the text
    if not candidates:
        return []
    # a project's name may come first ('EU-funded project "Support to ..."'): then a line naming a role wins
    first = candidates[0]
    if _NAMES_A_PROJECT.search(first[0]) and not _ROLE_WORD.search(first[0]):
        first = next((c for c in candidates if _ROLE_WORD.search(c[0])), first)
    return [Candidate(first[0], "title.top_lines", first[1])]


# A role named in prose, when no line above the text prints it. Each phrasing is a rule with a weight;
# the best-weighted, then the earliest, wins. "The X will report to the Head of Base" names X, never the
# Head: a role after "report to", "supervision of" or "with the" is someone else.
_ROLE = (rf"(?P<role>(?:[A-Z][\w&’'-]*\s+(?:\([A-Z]{{2,6}}\)\s+)?(?:(?:and|&|of|for)\s+)?){{0,6}}(?i:{ROLE_NOUNS})"
         r"(?:\s+(?:of|for)\s+[A-Z][\w&-]*(?:\s+(?:and\s+)?[A-Z][\w&-]*){0,3})?)(?:\s+\([A-Z]{2,6}\))?"
         r"(?:\s+(?:for|in)\s+[A-Z][\w-]*)?")  # "the Country Representative (CR) for IGNITE will"
_LOWER_ROLE = rf"(?P<role>(?:[a-z][\w-]*\s+){{0,2}}(?:{ROLE_NOUNS}))\b"
PROSE_TITLE_RULES: list[tuple[str, re.Pattern[str]]] = [  # weights: data/weights.py
    ("title.prose.as_the_role", re.compile(rf"\bAs\s+(?:an?|the)\s+{_ROLE},?\s+you\b")),
    ("title.prose.role_of", re.compile(rf"\b[Tt]he\s+role\s+of\s+(?:the\s+|an?\s+)?{_ROLE}\s+(?:involves|is|will|"
                                       rf"includes)\b")),
    ("title.prose.purpose_of_the_role", re.compile(rf"\bpurpose\s+of\s+the\s+{_ROLE}\s+(?:position|role|post)\b")),
    ("title.prose.seeking", re.compile(
        rf"\b(?:looking\s+for|seeking(?:\s+to\s+recruit)?|to\s+recruit|recruiting|hiring)\s+(?:an?\s+|the\s+)?"
        rf"(?:(?:experienced|qualified|motivated|dynamic|talented|dedicated|skilled|senior|junior)\s+)?"
        rf"(?:\*\*)?(?:{_ROLE}|{_LOWER_ROLE.replace('?P<role>', '?P<lower>')})")),
    ("title.prose.the_role_will", re.compile(
        rf"(?<!to )(?<!of )(?<!with )(?<!and )\b(?:The|the)\s+{_ROLE}\s+(?:will|shall|is\s+responsible|is\s+expected|"
        rf"engages|leads|supports|provides|manages|oversees|coordinates|serves|works|is\s+a\s+member|"
        rf"is\s+part\s+of)\b")),
]
_SOMEONE_ELSE = re.compile(r"(?:report(?:s|ing)?\s+to|supervision\s+of|guidance\s+of|under|with|by|and)\s+(?:the\s+)?$",
                           re.IGNORECASE)


def prose_role_candidates(full_text: str) -> list[tuple[float, int, str, str, str]]:
    """Every rule's earliest reading: (weight, offset, role, words, rule), best first."""
    found = []
    for rule, pattern in PROSE_TITLE_RULES:
        weight = WEIGHTS[rule]
        for m in pattern.finditer(full_text):
            if _SOMEONE_ELSE.search(full_text[max(0, m.start() - 30):m.start()]):
                continue
            role = m.group("role") if m.group("role") else m.groupdict().get("lower")
            if not role or role.split()[-1].lower() in ("head", "chief") and " of " not in role:
                continue
            found.append((weight, m.start(), _tidy_title(role[0].upper() + role[1:]), m.group(0), rule))
            break  # the earliest of each rule
    return sorted(found, key=lambda c: (-c[0], c[1]))


def prose_role_with_rule(full_text: str) -> tuple[str | None, str | None, str | None]:
    """(title, the words it was read from, rule) for a role the prose names, or Nones.

    >>> prose_role_with_rule("Reporting to the Program Manager (PM), the Country Representative (CR) will lead it.")[0]
    'Country Representative'
    >>> prose_role_with_rule("CBM is seeking to recruit an auditor to perform an audit.")[:3:2]
    ('Auditor', 'title.prose.seeking')
    >>> prose_role_with_rule("Report any incident to the Head of Base.")
    (None, None, None)
    """
    candidates = prose_role_candidates(full_text)
    best = candidates[0] if candidates else None
    return (best[2], best[3], best[4]) if best else (None, None, None)


_A_SENTENCE_GOING_ON = re.compile(r"\b(?:is|are|was|will|seeking|looking|recruit\w*|hir\w+|invites?|we|our)\b",
                                  re.IGNORECASE)
_NUMBERED_SECTION = re.compile(r"^(?:[IVX]{1,4}|\d{1,2}|[A-H])\.\s+\S")
_NAMES_A_PROJECT = re.compile(r"[\"“”„]|\b(?:project|programme|program|activity|initiative)\b", re.IGNORECASE)
_DOCUMENT_LABEL = re.compile(
    r"(?:(?:job|vacancy|position|post|employment|career|recruitment)\s+(?:notice|announcement|description|posting|"
    r"advert(?:isement)?|opening|opportunity|vacancy|offer)|(?:job\s+)?vacancy|open\s+position|"
    r"call\s+for\s+(?:applications|expressions?\s+of\s+interest|candidates)|re-?advertise(?:ment|d)|re-?announcement|"
    r"we\s*(?:'re|’re|\s+are)\s+hiring|"
    r"stellenausschreibung|stellenangebot|offre\s+d['’]emploi|avis\s+de\s+vacance(?:\s+de\s+poste)?|"
    r"terms\s+of\s+reference|(?:temporary|fixed[- ]term)\s+appointment|(?:internal|external)\s+vacancy|"
    r"convocatoria|oglas|konkurs|vakancija|njoftim\s+pune)", re.IGNORECASE)


_MAX_LABEL_WORDS = 16  # "Stellenausschreibung / Job Posting / Avis de vacance de poste No. 12/2024" is 11
_MAX_LABEL_CHARS = 200
_TRAILING_NUMBER = re.compile(r"\s*(?:\b(?:no|nr|number|ref|reference)\b\.?|#)?\s*[\w/.-]*\d[\w/.()-]*\s*$", re.I)


def is_document_label(text: str) -> bool:
    """What the document is rather than which job: "Vacancy Notice", "Stellenausschreibung / Job Posting".

    >>> is_document_label("Stellenausschreibung / Vacancy Notice"), is_document_label("Vacancy: Driver")
    (True, False)
    >>> is_document_label("Vacancy Announcement No. 12/2024"), is_document_label("Driver")
    (True, False)
    """
    if len(text) > _MAX_LABEL_CHARS or len(text.split()) > _MAX_LABEL_WORDS:
        return False  # a paragraph, or one long run of letters: the patterns below would crawl through all of it
    text = _TRAILING_NUMBER.sub("", text)  # "Vacancy Announcement No. 12/2024"
    parts = [p.strip(" .-–—:!") for p in re.split(r"\s[/|]\s|[|]", text)]
    return all(_DOCUMENT_LABEL.fullmatch(p) for p in parts if p) and any(parts)


def _announced_role(text: str) -> str | None:
    """The role an announcing line names, without where it is based; None when it names no role.

    >>> _announced_role("experienced Finance Manager in Belgrade, Serbia"), _announced_role("Field Officer (Tirana)")
    ('experienced Finance Manager', 'Field Officer')
    >>> _announced_role("new colleagues to join our team") is None
    True
    """
    text = without_place(text, _ANNOUNCED_PLACE_SUFFIXES)
    return text if len(text.split()) <= _MAX_TITLE_WORDS and names_a_role(text) else None


def without_place(title: str, suffixes: tuple[re.Pattern[str], ...] = _PLACE_SUFFIXES) -> str:
    """
    >>> without_place("Project Officer – Berlin, Germany"), without_place("Monitoring - Evaluation Lead")
    ('Project Officer', 'Monitoring - Evaluation Lead')
    >>> without_place("Field Coordinator – Prizren"), without_place("Education Officer, NOB, Podgorica")
    ('Field Coordinator', 'Education Officer, NOB')
    >>> without_place("Project Officer, Belgrade, Serbia")
    'Project Officer'
    """
    for pattern in suffixes:
        m = pattern.search(title)
        if m and m.start() > 0 and _names_a_place(m.group(1)):
            return without_place(title[:m.start()], suffixes)
    return title


def _names_a_place(text: str) -> bool:
    return bool(find_countries(text)) or (len(text.split()) <= 4 and bool(find_cities(text)))


def _names_an_organization(text: str) -> bool:
    """A letterhead line ("UNITED NATIONS DEVELOPMENT PROGRAMME", "OSCE Mission in Kosovo", "Acme Consulting
    GmbH"), not a role.

    >>> _names_an_organization("Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) GmbH")
    True
    >>> _names_an_organization("Programme Officer"), _names_an_organization("Kosovo Foundation for Open Society")
    (False, True)
    """
    text = text.strip()
    acronym_of_a_place = _ACRONYM_AND_PLACE.match(text)
    if acronym_of_a_place and (find_countries(acronym_of_a_place.group(1)) or find_cities(acronym_of_a_place.group(1))):
        return True  # "UNICEF Montenegro", "UNDP in Kosovo"
    return (_has_organization_head(text) or bool(_LEGAL_FORM.search(text))) and not _ROLE_WORD.search(text)


_ACRONYM_AND_PLACE = re.compile(r"^[A-Z]{2,8}\s+(?:in\s+|[–-]\s+)?((?:[A-Z][\w'’-]*\s*){1,4})$")


# the legal form a company's name ends with: German, English, Romance, Dutch, and the Western Balkans' own
_LEGAL_FORM = re.compile(r"\s(?:g?GmbH|AG|e\.\s?V\.|Ltd\.?|Limited|LLC|L\.L\.C\.|LLP|Inc\.?|Corp\.?|PLC|plc|"
                         r"S\.A\.|SA|S\.r\.l\.|SRL|N\.V\.|B\.V\.|sh\.p\.k\.?|SH\.P\.K\.?|d\.o\.o\.?|DOO|"
                         r"ASBL|gUG)$")


def organization_in_letterhead(blocks: list[Block], title_line: str | None) -> str | None:
    """A line above the title that names an organization, as letterheads print it (or, failing that, the
    line just under the title, where job boards print the employer).

    >>> organization_in_letterhead([Block("heading", "Acme Consulting GmbH"), Block("heading", "Driver")], "Driver")
    'Acme Consulting GmbH'
    >>> organization_in_letterhead([Block("heading", "Save the Children"), Block("paragraph", "Job title: Driver")],
    ...                            "Job title: Driver")
    'Save the Children'
    """
    for n, block in enumerate(blocks[:6]):
        text = block.text.strip()
        if text == title_line:
            return _organization_under_title(blocks[n + 1:n + 4])
        if block.kind == "table_row" or is_document_label(text) or len(text.split()) > 12:
            continue
        if _names_an_organization(text) or (n == 0 and _reads_like_a_name(text)):
            return text
    return None


def _organization_under_title(blocks: list[Block]) -> str | None:
    """Job boards print the employer on the line under the title: "Administrative Assistant /
    Norwegian Refugee Council / Prishtina"."""
    for block in blocks:
        text = block.text.strip()
        if is_debris(text):
            continue
        if block.kind != "table_row" and ":" not in text and len(text.split()) <= 8 and (
                _names_an_organization(text) or _name_in_a_place(text)):
            return text
    return None


_IN_A_PLACE = re.compile(r"^(.+?)\s+in\s+(.+)$")


def _name_in_a_place(text: str) -> bool:
    """ "Save the Children in Kosovo": a name, then the country or city it works in.

    >>> _name_in_a_place("Save the Children in Kosovo"), _name_in_a_place("Prishtina")
    (True, False)
    >>> _name_in_a_place("Based in Kosovo")
    False
    """
    m = _IN_A_PLACE.match(text)
    place = m.group(2) if m else ""
    return bool(m) and bool(find_countries(place) or find_cities(place)) and _reads_like_a_name(m.group(1)) \
        and not find_cities(m.group(1)) and m.group(1).lower() not in ("based", "located", "work", "working")


def _reads_like_a_name(text: str) -> bool:
    """A short capitalised line with no role, place, label or heading in it: "Save the Children" printed
    above a notice whose title is labelled further down.

    >>> _reads_like_a_name("Save the Children"), _reads_like_a_name("Sarajevo, Bosnia and Herzegovina")
    (True, False)
    """
    words = text.split()
    return len(words) <= 6 and ":" not in text and words[0][:1].isupper() and not _ROLE_WORD.search(text) \
        and classify_heading(text) is None and not find_countries(text) and not text.endswith(".") \
        and all(w[:1].isupper() or w.lower() in ("the", "of", "for", "and", "in", "on", "&") for w in words)


def names_a_role(text: str) -> bool:
    """
    >>> names_a_role("Project Officer (m/f/d)"), names_a_role("Acme Health Partners")
    (True, False)
    """
    words = _PARENTHESES.sub(" ", text).split()
    return bool(words) and bool(_ROLE_WORD.fullmatch(words[-1].strip(",.;:")))


_PARENTHESES = re.compile(r"\([^()]*\)")
_LEADING_REFERENCE = re.compile(r"^(?:#\s?|(?:no|nr|ref)\.?\s*)[\w/.-]*\d[\w/.-]*\s+(?=[A-Z])", re.IGNORECASE)
_ROLE_WORD = re.compile(rf"\b(?:{ROLE_NOUNS})s?\b", re.IGNORECASE)  # "Trainers for Digital Skills Workshops"
_GENDER_MARK = re.compile(r"\s*\((?:[mwfdhxi]\s*/\s*){1,3}[mwfdhxi]\*?\)|\s*\(all\s+genders\)|\s*\(gn\)", re.IGNORECASE)


def _tidy_title(text: str) -> str:
    """
    >>> _tidy_title("PROGRAMMES LEAD, WESTERN BALKANS")
    'Programmes Lead, Western Balkans'
    >>> _tidy_title("Local consultant")
    'Local consultant'
    >>> _tidy_title("Project Officer (m/f/d)"), _tidy_title("Referent (m/w/d) Finanzen")
    ('Project Officer', 'Referent Finanzen')
    >>> _tidy_title("Human Rights Officer, P3"), _tidy_title("Field Assistant (G-5)")
    ('Human Rights Officer', 'Field Assistant')
    """
    text = _LEADING_REFERENCE.sub("", text)  # "#14-2026 Field Coordinator"
    text = _GENDER_MARK.sub("", text).strip(" .:;-–")  # "Project Officer (m/f/d)": the role is the title
    text = TRAILING_GRADE.sub("", text)  # "Human Rights Officer, P3": the grade has a field of its own
    if text.isupper():
        text = " ".join(w if len(w) <= 3 and w in ("UN", "EU", "IT", "HR", "ICT", "M&E") else w.capitalize()
                        for w in text.split())
    return text


def labelled_organization(fields: list[LabelledField]) -> str | None:
    labelled = find_field(fields, _ORG_LABELS)
    return without_place(labelled[0].value.strip(" .")) if labelled else None  # "UNDP Kosovo - KOSOVO"


def find_organization(fields: list[LabelledField], full_text: str) -> str | None:
    """A name the text gives as the subject of 'is seeking' (the employer hiring), in an 'About X' heading,
    with its acronym, or as the subject of 'is an organisation'."""
    for m in _NAME_IS_SEEKING.finditer(full_text):
        name = re.sub(r"^(?:The|the)\s+", "", m.group(1).strip())
        if name.lower() not in _NOT_A_NAME and not _ROLE_WORD.search(name):
            return name  # "Catholic Charities of Central Texas is seeking a Case Manager"
    about = _ABOUT_NAME.search(full_text)
    if about and not _ROLE_WORD.search(about.group(1)) and classify_heading(about.group(1)) is None:
        return about.group(1).strip()
    named = []
    for m in _ACRONYM_IN_PARENTHESES.finditer(full_text):
        before = _NAME_BEFORE.search(full_text[max(0, m.start() - 120):m.start()])
        if not before:
            continue
        name, acronym = before.group(1).strip(), m.group(1)
        name = re.sub(r"^(?:the|The)\s+", "", name)
        if _has_organization_head(name) and _initials_fit(name, acronym):
            uses = len(re.findall(rf"\b{re.escape(acronym.upper())}\b", full_text))
            named.append((uses, name))  # the name whose acronym the notice uses most
    if named:
        return max(named, key=lambda pair: pair[0])[1]
    m = _IS_AN_ORGANIZATION.search(full_text)
    if m:
        return m.group(1).strip()
    m = _ACRONYM_SUBJECT.search(full_text)
    if m:
        return m.group(1)
    m = _IS_COMMITTED.search(full_text)
    if m and not _ROLE_WORD.search(m.group(1)):
        return m.group(1).strip()  # "Action against Hunger is committed to preventing ..."
    return None


_IS_COMMITTED = re.compile(r"(?:^|\.[ \t]+|\*\*)((?:[A-Z][\w'’&+-]*[ \t]+(?:(?:of|for|against|and|the)[ \t]+)*){1,6}?)"
                           r"is[ \t]+(?:deeply[ \t]+|strongly[ \t]+)?committed[ \t]+to\b", re.MULTILINE)


def known_organization_named_most(full_text: str) -> str | None:
    """The well-known organisation (data/organizations.py) the notice names most often, at least twice."""
    from ..data.organizations import KNOWN_ORGANIZATIONS

    counts = {acronym: len(re.findall(rf"\b{acronym}\b", full_text)) for acronym in KNOWN_ORGANIZATIONS
              if acronym in full_text}
    best = max(counts, key=lambda a: counts[a], default=None)
    return KNOWN_ORGANIZATIONS[best] if best and counts[best] >= 2 else None


def spelled_as_in_text(name: str, full_text: str) -> str:
    """A name a letterhead prints in capitals, as the notice spells it elsewhere; as printed when it never does.

    >>> spelled_as_in_text("COUNCIL OF EUROPE", "COUNCIL OF EUROPE\\nApply on the Council of Europe site.")
    'Council of Europe'
    >>> spelled_as_in_text("UNDP", "UNDP Kosovo"), spelled_as_in_text("NEW ACME", "NEW ACME")
    ('UNDP', 'NEW ACME')
    """
    if not name.isupper() or len(name.split()) < 2:
        return name  # "UNDP" is how it is spelled
    pattern = r"\s+".join(re.escape(word) for word in name.split())
    for m in re.finditer(rf"\b{pattern}\b", full_text, re.IGNORECASE):
        if not m.group(0).isupper():
            return " ".join(m.group(0).split())
    return name


def _has_organization_head(name: str) -> bool:
    """The noun a name is built on: 'Institute' in 'Institute for Strategic Dialogue'."""
    head = _NAME_LINKS.split(name, maxsplit=1)[0].split()
    return bool(head) and bool(_ORG_HEAD_WORD.fullmatch(head[-1]))


def _initials_fit(name: str, acronym: str) -> bool:
    """
    >>> _initials_fit("National Association of Municipalities of Albania", "NAMA")
    True
    >>> _initials_fit("Programme Area of Responsibility", "AoR"), _initials_fit("Foo Bar Agency", "XYZ")
    (False, False)
    >>> _initials_fit("United Nations Children's Fund", "UNICEF"), _initials_fit("United Nations Fund", "UNICEF")
    (True, False)
    """
    initials = "".join(w[0] for w in name.split() if w[0].isupper())
    letters = acronym.upper()
    if letters[0] != initials[:1]:
        return False
    if len(set(letters) - set(initials)) <= 1:
        return True
    # "United Nations Children's Fund (UNICEF)": every initial, in order, with a couple of letters more
    rest = iter(letters)
    return len(initials) >= 3 and len(letters) <= len(initials) + 2 and all(c in rest for c in initials)


# "Vacancy notice No. e45/2026", "Vacancy Announcement No: VA/2024/017" printed as a line of the header
_NUMBERED_NOTICE = re.compile(
    r"^(?:(?:job|vacancy|position|post)\s+(?:notice|announcement|advert(?:isement)?)|vacancy|call\s+for\s+\w+)"
    r"\s+(?:no\.?|nr\.?|number|ref\.?|reference|#)\s*[:.]?\s*(?P<ref>[\w/.-]*\d[\w/.-]*?)[.,;]?$", re.IGNORECASE)


def find_reference(fields: list[LabelledField], header: tuple[str, ...] | list[str] = ()) -> str | None:
    """The vacancy's reference: a labelled one, else the number a header line gives the notice.

    >>> find_reference([], ["COUNCIL OF EUROPE", "Vacancy notice No. e45/2026"])
    'e45/2026'
    """
    found = find_field(fields, _REF_LABELS)
    if not found:
        return next((m.group("ref") for m in map(_NUMBERED_NOTICE.match, header) if m), None)
    value = re.split(r"\s+\(|\s{2,}|;", found[0].value)[0].strip(" .,;")  # "24-Human Rights-OHCHR-238041-R-Kyiv (X)"
    return value if len(value) <= 60 else value.split()[0]
