"""The title: candidates from a label, the first lines of the notice and the prose, chosen by score
(extract/choice.py)."""
from __future__ import annotations

import re
from dataclasses import replace

from .. import patterns as rx  # re.compile, from a per-machine cache of compiled patterns
from ..data.debris import is_debris
from ..data.headings import HEADING_NOUNS
from ..data.weights import WEIGHTS
from ..headings import classify_heading
from ..lexicon import or_regex
from ..model import Block
from .choice import Candidate, Proposer, choose, proposer
from .dates import MONTHS
from .fields import FIELD_LABELS, LabelledField, labelled
from .header import BoardHeader, only_a_place
from .identity import (
    GENDER_MARK,
    PLACE_SUFFIXES,
    ROLE_HEAD,
    ROLE_NOUNS,
    ROLE_WORD,
    is_a_motto,
    is_document_label,
    mentions_document_label,
    names_a_role,
    tidy_title,
    without_place,
)
from .organization import names_an_organization, role_after_a_hiring_name
from .scan import matches_from_hints
from .terms import TRAILING_GRADE

# and where a sentence announcing the role does: " (Tirana)", " in Belgrade, Serbia" (a title keeps them:
# "Final Evaluation of the Project in Northern Kenya", "Danish Refugee Council (DRC)")
_ANNOUNCED_PLACE_SUFFIXES = (rx.compile(r"\s+\(([^()]+)\)$"),
                             rx.compile(r"\s+(?:based\s+)?(?:in|at)\s+((?:(?!\s(?:in|at)\s).)+)$")) + PLACE_SUFFIXES




# a line that announces the role rather than names it: "Civil Rights Defenders is looking for a" (the role
# follows on the next line) or "… invites applications for the position of Project Assistant"
_ANNOUNCES_ROLE = rx.compile(
    r"^.*?\b(?:(?:is|are)\s+(?:currently\s+|now\s+)?(?:seeking|looking\s+for|recruiting|hiring|searching\s+for)"
    r"|(?:invites?|inviting|welcomes?)\s+(?:\w+\s+){0,2}?(?:applications|candidates|applicants|experts)\s+for"
    r"|announces?\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}?(?:vacancy|call|position|opening|competition)\s+for"
    r"|(?:wants\s+to\s+|would\s+like\s+to\s+)?hires?)"
    r"(?:\s+(?:an?|the|one|two|three|\d+))?(?:\s+(?:highly|qualified|motivated|experienced|dedicated|new))*"
    r"(?:\s+(?:for\s+the\s+)?(?:positions?|posts?|roles?)\s+of)?"
    # "a qualified candidate to fill the position of Finance Manager": the post, not who fills it
    r"(?:\s+(?:(?:suitable|qualified|competent)\s+)?(?:candidates?|individuals?|persons?|applicants?)\s+"
    r"(?:to\s+fill|for)\s+the\s+(?:vacant\s+)?(?:positions?|posts?|roles?)\s+of(?:\s+(?:an?|the))?)?"
    r"\s*:?\s*(?P<role>.*)$", re.IGNORECASE)


_MAX_TITLE_WORDS = 16


_AFTER_DOCUMENT_LABEL = rx.compile(r"^(.+?)\s+(?:[–—-]|for(?:\s+the\s+(?:position|post|role)\s+of)?|"
                                   r"para(?:\s+el\s+puesto\s+de)?|pour(?:\s+le\s+poste\s+de)?)\s+(\S.*)$")


_A_CALL_TO_JOIN = rx.compile(r"^(?:join|become|help|shape|build|be|come)\s+(?:us|our|a|an|the|part)\b", re.IGNORECASE)
_FUNCTION_WORDS = {"for", "of", "the", "a", "an", "on", "to", "and", "in", "at"}
_HIRING_WORDS = r"(?:now\s+|urgent(?:ly)?\s+)?hiring(?:\s+now)?"
_HIRING = rx.compile(_HIRING_WORDS, re.IGNORECASE)  # a label only before a colon
# ... or before an exclamation mark: "Hiring Now! Delivery Driver", "URGENT HIRING! Chef"
# (and a board's flag before it: "NEW! Forklift Driver", "URGENT! Care Assistant", "Hot Job! Welder")
_HIRING_CALL = rx.compile(rf"^(?:{_HIRING_WORDS}|new|urgent|hot\s+job)\s*!+\s*", re.IGNORECASE)
# "Programme Officer at the Africa CDC": "the" is no part of the employer's name
_ROLE_AT_EMPLOYER = rx.compile(r"^(.{3,160}?)\s+at\s+(?:the\s+)?([A-Z][^.!?]{1,200})$")



def _role_at_employer(line: str) -> tuple[str, str | None] | None:
    """The role and the employer of a title line written "<role> at <employer>" (no employer where a place
    follows "at").

    >>> _role_at_employer("Sales Representative at Dangote Group"), _role_at_employer("Nurse at Lagos, Nigeria")
    (('Sales Representative', 'Dangote Group'), ('Nurse', None))
    """
    m = _ROLE_AT_EMPLOYER.match(line) if " at " in line else None
    if m and ROLE_WORD.search(m.group(1)) and len(m.group(1).split()) <= _MAX_TITLE_WORDS:
        return m.group(1).strip(), None if only_a_place(m.group(2)) else m.group(2).strip()
    return None


def employer_after_role(title_line: str | None) -> str | None:
    """The employer a "<role> at <employer>" title line names."""
    found = _role_at_employer(title_line) if title_line else None
    return found[1] if found else None


def _lists_begin(blocks: list[Block]) -> float:
    """Where the first qualifications heading stands, as a share of the blocks (1.0: none): the candidate's
    list comes late in a notice (a terms of reference may open with a duties heading, "TERMS OF REFERENCE")."""
    for n, block in enumerate(blocks):
        if block.kind == "heading" and (classify_heading(block.text) or ("",))[0] == "qualifications":
            return n / len(blocks)
    return 1.0


def find_title_with_rule(blocks: list[Block], fields: list[LabelledField], full_text: str,
                         board: BoardHeader | None = None) -> tuple[str | None, str | None, str | None]:
    """The title, the line it came from and the rule that chose it, chosen among title_proposers'."""
    best, _ = choose(title_proposers(blocks, fields, full_text, board))
    return (best.value, best.words, best.rule) if best else (None, None, None)


def title_proposers(blocks: list[Block], fields: list[LabelledField], full_text: str,
                    board: BoardHeader | None = None) -> list[Proposer]:
    """A labelled title; the title of a job board page that names the employer first; the first short line
    that is not a known heading (or the role after a document label); a role the prose names."""
    return [
        # a title label in the notice's last part is a job board's facts block ("Role: Data Engineer" under the
        # lists, where the top line says "Senior Data Engineer"): trusted less than the first line
        proposer(["title.labelled", "title.labelled_late"], lambda: [
            Candidate(tidy_title(without_place(f.value)),
                      "title.labelled_late" if f.at > _lists_begin(blocks) else "title.labelled", f.text, order)
            for order, f in enumerate(labelled(fields, "title")[:1])]),
        proposer(["title.page_header"], lambda: [
            Candidate(tidy_title(board.title), "title.page_header", board.title)]
            if board is not None and board.employer_first else []),
        proposer(["title.after_document_label", "title.top_lines"],
                 lambda: _in_the_nominative(_title_in_top_lines(blocks), full_text)),
        proposer([rule for rule, _, _ in PROSE_TITLE_RULES], lambda: [
            Candidate(role, rule, words, offset) for _, offset, role, words, rule in prose_role_candidates(full_text)]),
    ]


def _in_the_nominative(found: list[Candidate], full_text: str) -> list[Candidate]:
    """A Russian job instruction names its role in the genitive under its label ("ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ" /
    "ведущего инженера-программиста": of the lead engineer); its first provision names it in the nominative
    ("1. Ведущий инженер-программист относится к категории специалистов"): the title as a reader gives it.

    >>> found = [Candidate("Ведущего инженера-программиста", "title.top_lines", "ведущего инженера-программиста")]
    >>> _in_the_nominative(found, "ведущего инженера-программиста\\n1. Ведущий инженер-программист относится")[0].value
    'Ведущий инженер-программист'
    """
    if not found or not found[0].words or not _GENITIVE_ROLE.fullmatch(found[0].words.strip()):
        return found
    stems = [r"-".join(re.escape(part[:max(4, len(part) - 3)]) + r"[а-яё]*" for part in word.split("-"))
             for word in found[0].words.split()]
    # (re, not the pattern cache: each notice's own words)
    the_role = re.compile(r"(?<![\w-])" + r"\s+".join(stems) + r"(?![\w-])", re.IGNORECASE)
    named = next((m.group(0) for m in the_role.finditer(full_text) if m.group(0)[:1].isupper()), None)
    return [replace(found[0], value=" ".join(named.split()))] if named else found


# a role in the genitive, lower case, as a Russian job instruction prints it under its label: words ending in
# the genitive's -ого/-его (adjectives) or -а/-я (nouns)
_GENITIVE_ROLE = rx.compile(r"(?:[а-яё-]+(?:ого|его|а|я)\s+){0,3}[а-яё]+(?:-[а-яё]+)?(?:а|я)")


# job boards print the employer above the role: "Omniscient Neurotechnology (o8t)" / "Python Engineer"
_AN_EMPLOYER_ABOVE = rx.compile(r"\([A-Za-z0-9]{2,8}\)$")


def _role_before_document_label(text: str) -> str | None:
    """The role a line names before saying what the document is.

    >>> _role_before_document_label("Software Developer Job Description Template")
    'Software Developer'
    >>> _role_before_document_label("Job Description"), _role_before_document_label("Driver")
    (None, None)
    """
    words = text.split()
    if len(words) > _MAX_TITLE_WORDS + 3 or not mentions_document_label(text):
        return None
    for cut in range(1, len(words)):
        head = " ".join(words[:cut]).rstrip(" -–—:|")
        if is_document_label(" ".join(words[cut:])):
            return head if names_a_role(head) else None
    return None


_LIST_SECTIONS = ("duties", "qualifications")


def _opens_a_list(heading: str) -> bool:
    """A duties or qualifications heading, not a document's name ("TERMS OF REFERENCE" heads the whole notice)."""
    return (classify_heading(heading) or ("",))[0] in _LIST_SECTIONS and not is_document_label(heading)


_ACRONYM_ASIDE = rx.compile(r"^\s*\([A-Za-z]{2,6}\)\s*")  # "Terms of Reference (ToR) ..."
_FOR_OR_COLON = rx.compile(r"^(?:(?i:for|of)|:)\s+(?:(?i:the)\s+)?(?=[A-Z])")  # and in capitals: "... FOR THE ..."


def _role_after_document_label(text: str) -> str | None:
    """The assignment a line names right after saying what the document is, with no dash between.

    >>> _role_after_document_label("Terms of Reference (ToR) Fragile contexts consultation")
    'Fragile contexts consultation'
    >>> _role_after_document_label("Terms of Reference"), _role_after_document_label("Job Posting Organization:")
    (None, None)
    >>> _role_after_document_label("ToR for Project Design Consultant for ILO in Arab States 2024")
    'Project Design Consultant for ILO in Arab States 2024'
    >>> _role_after_document_label("TERMS OF REFERENCE FOR THE RECRUITMENT OF A NATIONAL GENDER SPECIALIST")
    'RECRUITMENT OF A NATIONAL GENDER SPECIALIST'
    """
    words = text.split()
    if len(words) > _MAX_TITLE_WORDS + 5 or is_document_label(text):
        return None  # "Stellenausschreibung / Vacancy Notice" is all label
    for cut in range(len(words) - 1, 0, -1):
        if is_document_label(" ".join(words[:cut])):
            # "ToR for Project Design Consultant ...", "Terms of Reference: Final evaluation ..."
            rest = _FOR_OR_COLON.sub("", _ACRONYM_ASIDE.sub("", " ".join(words[cut:])))
            # "Job Posting Organization:", "Job Description Summary:": the label of a field or a section, no role
            fits = rest[:1].isupper() and len(rest.split()) <= _MAX_TITLE_WORDS and ":" not in rest \
                and not is_document_label(rest) and not (len(rest.split()) <= 2 and classify_heading(rest))
            return rest if fits else None
    return None


_TOP_LINES = 8  # the lines above the text where a title is printed
_FACT_LINES_SCANNED = 40  # a job board's facts, one label and one value a line, may fill the first forty lines


def _role_under_a_document_label(blocks: list[Block]) -> list[Candidate]:
    """The role on the line under a line that only says what the document is, below a block of facts:
    "Hardship Level" / "C" / ... / "Standard Job Description" / "Associate Protection Officer" (UNHCR)."""
    # (the first lines' own "Call for Expressions of Interest" / "Non-Key Expert: ..." is theirs to read)
    for above, block in zip(blocks[_TOP_LINES - 1:_FACT_LINES_SCANNED], blocks[_TOP_LINES:_FACT_LINES_SCANNED]):
        text, label = block.text.strip(), above.text.strip()
        # the cheap tests first: this runs on every notice, and most have no such pair
        if block.kind == "table_row" or text.endswith(".") or len(text.split()) > _MAX_TITLE_WORDS \
                or len(label.split()) > _DOCUMENT_LABEL_MAX_WORDS or not mentions_document_label(label):
            continue
        if is_document_label(label) and names_a_role(text) and not is_document_label(text):
            return [Candidate(tidy_title(without_place(text)), "title.after_document_label", text)]
    return []


_DOCUMENT_LABEL_MAX_WORDS = 6  # "Standard Job Description", "Avis de vacance de poste"


def _title_in_top_lines(blocks: list[Block]) -> list[Candidate]:
    found = _title_in_first_lines(blocks)
    if found and found[0].rule == "title.after_document_label":
        return found
    return _role_under_a_document_label(blocks) or found


def _title_in_first_lines(blocks: list[Block]) -> list[Candidate]:
    candidates: list[tuple[str, str]] = []  # (title, line) of short lines above the first section
    under_fact_heading = False
    # the first eight lines that are not a site's debris (a job list's banner and filters may come first)
    after_label = False
    for block in [b for b in blocks[:24] if not is_debris(b.text)][:_TOP_LINES]:
        text = block.text.strip()
        text = _HIRING_CALL.sub("", text) if "!" in text else text
        after_label, was_after_label = is_document_label(text), after_label
        label, colon, rest = text.partition(":")
        if colon and (is_document_label(label) or _HIRING.fullmatch(label.strip())) \
                and 0 < len(rest.split()) <= _MAX_TITLE_WORDS:  # "Vacancy Notice: X", "Hiring: X"
            # "Vacancy Notice: X", "Temporary Appointment: Education Officer, NOB, Podgorica" (its place cut)
            return [Candidate(tidy_title(without_place(rest.strip())), "title.after_document_label", text)]
        labelled_role = _AFTER_DOCUMENT_LABEL.match(text)
        if labelled_role and is_document_label(labelled_role.group(1)) and ROLE_WORD.search(labelled_role.group(2)):
            # "Vacancy Announcement – M&E Specialist"
            return [Candidate(tidy_title(without_place(labelled_role.group(2))), "title.after_document_label", text)]
        role = _role_before_document_label(text) or (None if candidates else _role_after_document_label(text))
        if role:  # "Software Developer Job Description Template", "Terms of Reference (ToR) Fragile contexts study"
            return [Candidate(tidy_title(role), "title.after_document_label", text)]
        if text.startswith("(") and text.endswith(")") and text.count("(") == 1:
            continue  # "(КУПП БКХ)": an aside to the line above, an acronym or a place, never the title
            # ("(Senior) Software Engineer (f/m/d)" is a title)
        if only_a_place(text):
            continue  # "London" under the employer: the place, never the title
        if all(word.lower() in _FUNCTION_WORDS for word in text.split()):
            continue  # "for" between "Terms of Reference" and the role
        if _A_CALL_TO_JOIN.match(text):
            continue  # "Become a founding member of the VA Digital Service": a slogan, not the role
        announced = _ANNOUNCES_ROLE.match(text) if len(text.split()) <= 2 * _MAX_TITLE_WORDS else None
        hired = None if announced or len(text.split()) > 2 * _MAX_TITLE_WORDS else \
            role_after_a_hiring_name(text)  # the languages' hiring verbs
        if hired is not None:
            if hired:  # "Action contre la Faim recrute un(e) Responsable Logistique (H/F)"
                candidates.append((tidy_title(hired), text))
            continue  # "Action contre la Faim recrute" over the role
        if announced:
            role = announced.group("role").strip(" .!")
            if not role:
                continue  # "X is looking for a": the role is on the next line
            role = _announced_role(role)
            if role:
                candidates.append((tidy_title(role), text))
            continue  # "We are looking for new colleagues to join our team" names no role
        if colon and names_a_role(label) and names_a_role(rest) and len(rest.split()) <= _MAX_TITLE_WORDS:
            candidates.append((tidy_title(rest), text))  # "Key Expert 2: Procurement Expert"
            continue
        # "Junior Advisor for Vocational Education" names a role first: the heading word comes after it
        # as does "EDUCATION OFFICER", which ends in one; "Requirements for the Driver" is a heading
        # and "Experienced Softwaredeveloper PHP (m/f)": a gender mark is printed after a role, never a heading
        known_heading = classify_heading(text) is not None and not ROLE_HEAD.match(text) \
            and not GENDER_MARK.search(text) and not (
            names_a_role(TRAILING_GRADE.sub("", without_place(text))) and text.split()[0].lower() not in HEADING_NOUNS)
        if known_heading and block.kind == "heading" and (candidates or _opens_a_list(text)):
            break  # the notice's sections begin: what follows is body text, a duties list's lines are duties
        if under_fact_heading:
            under_fact_heading = False
            continue  # "Work Location" / "Istanbul (in-person ...)": the heading's value, not the title
        if known_heading and classify_heading(text) in (("other", "required"), ("languages", "required")) \
                and (block.kind == "heading" or text.endswith(":")):
            under_fact_heading = True  # and "Idiomas requeridos" / "Español": the language asked for; "work
            # location:" in lower case, which is no heading, over its value all the same
        if block.kind == "table_row" or known_heading or ":" in text[:40] \
                or is_document_label(text) or names_an_organization(text) or _A_TITLE_LABEL.search(text):
            continue
        if _NUMBERED_SECTION.match(text) or block.numbered:
            if candidates:
                break
            continue  # "I. MSF INTERNATIONAL", "2. Background" (as a heading or a numbered line): the document's
            # sections, not its title
        if text.endswith("?"):
            continue  # "Are you looking for a professional experience ...?": a hook, not the role's name
        if text[:2].islower() and not was_after_label:
            continue  # "delivering ICT services to the NHS": a tagline under a name ("eCommerce Manager" is a title;
            # a document's label may go on in lower case: "ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ" / "ведущего инженера-программиста")
        if (text.endswith("!") or "®" in text or "™" in text) and not ROLE_WORD.search(text) \
                and len(text.split()) <= 2 * _MAX_TITLE_WORDS:
            continue  # "SKF has been making the world spin since 1907!", "Make banking a Fifth Third better®": a slogan
        if is_a_motto(text):
            continue  # "For every child, hope" (UNICEF), "Together, we can do more": a motto, not the role
        if not any(c.isalpha() for c in text) or _VERSION_OR_DATE.match(text):
            continue  # a stray bullet, a picture counter ("1/9"), a document's "Version 2" or "May 2025"
        if (" is " in text or " are " in text) and len(text.split()) <= _MAX_TITLE_WORDS and not names_a_role(text):
            continue  # "This Jobot Job is hosted by Christina Finster": a short sentence, not a name
        at_employer = _role_at_employer(text)
        if at_employer:
            # "Sales Representative at Dangote Group", "Humanitarian Affairs Officer/AAP – Programmes at United
            # Nations Office for the Coordination of Humanitarian Affairs – UNOCHA": job boards name the employer after
            candidates.append((tidy_title(without_place(at_employer[0])), text))
            continue
        words = len(text.split())
        if words <= _MAX_TITLE_WORDS and not text.endswith("."):
            if _SENTENCE_INSIDE.search(text):
                break  # "Please paste the text here. The text should include": prose, as a long paragraph is
            candidates.append((tidy_title(without_place(text)), text))
            continue
        if words <= _MAX_TITLE_WORDS and not candidates and not names_a_role(text):
            continue  # "이제 밤새워 채용 공고 보지 마세요." ("Stop reading job ads all night."): a site's banner
        head = ROLE_HEAD.match(text)
        if head and _A_SENTENCE_GOING_ON.search(head.group(1)):
            head = None  # "CBM is seeking to recruit an auditor to ...": a sentence, not a title with its remit
        if head:
            candidates.append((tidy_title(head.group(1)), text))
            break
        if candidates and not any(names_a_role(c[0]) for c in candidates) and len(text.split()) > _MAX_TITLE_WORDS \
                and text.endswith("."):
            continue  # an employer's paragraph between its letterhead lines and the role's ("IM&T Services provide
            # support to ..." / "Senior Service Desk Analyst"): the role may still follow
        break  # a long paragraph: the title was not printed above the text
    if not candidates:
        return []
    # a project's name may come first ('EU-funded project "Support to ..."'): then a line naming a role wins
    first = candidates[0]
    if not ROLE_WORD.search(first[0]) and (_NAMES_A_PROJECT.search(first[0])
                                           or _AN_EMPLOYER_ABOVE.search(first[0])):
        first = next((c for c in candidates if ROLE_WORD.search(c[0])), first)
    elif not ROLE_WORD.search(first[0]):
        # a site or a unit above the role ("CARE PLUS GROUP" / "Cambridge Park" / ... / "Senior Nurse"): a line
        # that is a role's name, ending in its noun, wins over one that names none
        first = next((c for c in candidates[1:] if names_a_role(c[0])), first)
    return [Candidate(first[0], "title.top_lines", first[1])]


# A role named in prose, when no line above the text prints it. Each phrasing is a rule with a weight;
# the best-weighted, then the earliest, wins. "The X will report to the Head of Base" names X, never the
# Head: a role after "report to", "supervision of" or "with the" is someone else.
# "Accountability to Affected Population (AAP) Advisor"
_ROLE = (rf"(?P<role>(?:[A-Z][\w&’'-]*[ \t]+(?:\([A-Z]{{2,6}}\)[ \t]+)?"
         rf"(?:(?:and|&|of|for)[ \t]+|to[ \t]+(?=[A-Z]))?){{0,6}}"
         rf"(?i:{ROLE_NOUNS})"
         r"(?:[ \t]+(?:of|for)[ \t]+[A-Z][\w&-]*(?:[ \t]+(?:and[ \t]+)?[A-Z][\w&-]*){0,3})?)(?:[ \t]+\([A-Z]{2,6}\))?"
         r"(?:[ \t]+(?:for|in)[ \t]+[A-Z][\w-]*)?")  # "the Country Representative (CR) for IGNITE will"
# (its words on one line: "The Position" / "The MEL Officer will" is a heading, then the role)


_LOWER_ROLE = rf"(?P<role>(?:[a-z][\w-]*\s+){{0,3}}(?:{ROLE_NOUNS}))\b"


# (rule, pattern, the lower-cased words its every match begins with): a rule is tried only where one of them is
# (the rules begin with a word boundary, which keeps the regex engine from skipping ahead, so a search over a
# 16,000-character PDF tried every position: 2.8 ms a notice)
PROSE_TITLE_RULES: list[tuple[str, re.Pattern[str], tuple[str, ...]]] = [  # weights: data/weights.py
    # "As a Software Development Intern at iO Campus Sofia, you will ..."
    ("title.prose.as_the_role", rx.compile(rf"\bAs\s+(?:an?|the)\s+{_ROLE}(?:\s+(?:at|with|in|on)\s+(?:the\s+)?"
                                           rf"\w[\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){{0,3}})?,?\s+you\b"), ("as",)),
    ("title.prose.role_of", rx.compile(rf"\b[Tt]he\s+(?:role|position|post)\s+of\s+(?:the\s+|an?\s+)?{_ROLE}\s+"
                                       rf"(?:involves|is|will|aims|includes)\b"), ("the",)),
    ("title.prose.purpose_of_the_role", rx.compile(rf"\bpurpose\s+of\s+the\s+{_ROLE}\s+(?:position|role|post)\b"),
     ("purpose",)),
    # "Applications are invited for the post of Finance Officer", "to apply for the position of Programme Assistant"
    ("title.prose.post_of",
     rx.compile(rf"\bfor\s+the\s+(?:post|position|role|vacancy)\s+of\s+(?:an?\s+|the\s+)?{_ROLE}"), ("for",)),
    ("title.prose.serve_as", rx.compile(rf"\bwill\s+serve\s+as\s+(?:an?\s+|the\s+)?{_ROLE}"), ("will",)),
    ("title.prose.seeking", rx.compile(
        rf"\b(?:looking\s+for|seek(?:s|ing)(?:\s+to\s+(?:recruit|hire|engage|appoint))?|to\s+recruit|recruiting|"
        rf"hiring)\s+"
        rf"(?:an?\s+|the\s+)?"
        # "someone to work as a cashier"; "highly skilled and motivated Software Engineering Interns"
        rf"(?:(?:someone|somebody|a\s+person)\s+to\s+work\s+as\s+(?:an?\s+)?)?"
        rf"(?:(?:highly\s+)?(?:experienced|qualified|motivated|dynamic|talented|dedicated|skilled|senior|junior)\s+"
        rf"(?:and\s+)?){{0,3}}"
        # any other words of praise before a role in capitals: "a passionate Software Engineer", "a proactive and
        # detail-oriented Analyst"
        rf"(?:(?:[a-z][\w-]*,?\s+(?:and\s+)?){{1,5}}(?=[A-Z]))?"
        rf"(?:\*\*)?(?:{_ROLE}|{_LOWER_ROLE.replace('?P<role>', '?P<lower>')})"),
     ("looking", "seeking", "seeks", "to", "recruiting", "hiring")),
    ("title.prose.the_role_will", rx.compile(
        rf"(?<!to )(?<!of )(?<!with )(?<!and )\b(?:The|the)\s+{_ROLE}\s+(?:will|shall|is\s+responsible|is\s+expected|"
        rf"engages|leads|supports|provides|manages|oversees|coordinates|serves|works|is\s+a\s+member|"
        rf"is\s+part\s+of|"
        # "The Director of Demand Generation is a key leadership role"
        rf"is\s+an?\s+(?:[\w-]+\s+){{0,3}}(?:role|position|post)\b)"), ("the",)),
]


_SOMEONE_ELSE = rx.compile(r"(?:report(?:s|ing)?\s+to|supervision\s+of|guidance\s+of|under|with|by|and)\s+(?:the\s+)?$",
                           re.IGNORECASE)


def prose_role_candidates(full_text: str) -> list[tuple[float, int, str, str, str]]:
    """Every rule's earliest reading: (weight, offset, role, words, rule), best first.

    >>> text = "Reporting to the Program Manager (PM), the Country Representative (CR) will lead it."
    >>> prose_role_candidates(text)[0][2]
    'Country Representative'
    >>> [(c[2], c[4]) for c in prose_role_candidates("CBM is seeking to recruit an auditor to perform an audit.")]
    [('Auditor', 'title.prose.seeking')]
    >>> prose_role_candidates("Report any incident to the Head of Base.")
    []
    >>> prose_role_candidates("The Director of Demand Generation is a key leadership role focused on growth.")[0][2]
    'Director of Demand Generation'

    """
    found = []
    lowered = full_text.lower()
    for rule, pattern, starts in PROSE_TITLE_RULES:
        weight = WEIGHTS[rule]
        for m in matches_from_hints(pattern, full_text, starts, lowered):
            if _SOMEONE_ELSE.search(full_text[max(0, m.start() - 30):m.start()]):
                continue
            role = m.group("role") if m.group("role") else m.groupdict().get("lower")
            if not role or role.split()[-1].lower() in ("head", "chief") and " of " not in role:
                continue
            found.append((weight, m.start(), tidy_title(role[0].upper() + role[1:]), m.group(0), rule))
            break  # the earliest of each rule
    return sorted(found, key=lambda c: (-c[0], c[1]))


_A_SENTENCE_GOING_ON = rx.compile(r"\b(?:is|are|was|will|seeking|looking|recruit\w*|hir\w+|invites?|we|our)\b",
                                  re.IGNORECASE)


_A_TITLE_LABEL = FIELD_LABELS["title"]  # "Job title" alone (a form's empty field, a template's list) is no title
_SENTENCE_INSIDE = rx.compile(r"[a-z]{2}[.!?]\s+[A-Z]")  # "Please paste the text here. The text should include"


# a document's version or date line: "Version 2", "Rev. 1.3", "May 2025" (month names: the lexicon's, any language)
_VERSION_OR_DATE = rx.compile(rf"^(?:(?:version|rev(?:ision)?|v)\.?\s*\d+(?:\.\d+)*|"
                              rf"(?:\d{{1,2}}\s+)?{or_regex(MONTHS)}\.?,?\s+\d{{4}})$", re.IGNORECASE)
_NUMBERED_SECTION = rx.compile(r"^(?:[IVX]{1,4}|\d{1,2}|[A-H])\.\s+\S")


_NAMES_A_PROJECT = rx.compile(r"[\"“”„]|\b(?:project|programme|program|activity|initiative)\b", re.IGNORECASE)


def _announced_role(text: str) -> str | None:
    """The role an announcing line names, without where it is based; None when it names no role.

    >>> _announced_role("experienced Finance Manager in Belgrade, Serbia"), _announced_role("Field Officer (Tirana)")
    ('experienced Finance Manager', 'Field Officer')
    >>> _announced_role("new colleagues to join our team") is None
    True
    """
    text = without_place(text, _ANNOUNCED_PLACE_SUFFIXES)
    return text if len(text.split()) <= _MAX_TITLE_WORDS and names_a_role(text) else None
