"""The organization: who is hiring, from a label, the letterhead, the prose ("The X is an organisation
that ...") or a known acronym."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .. import patterns as rx  # re.compile, from a per-machine cache of compiled patterns
from ..data.debris import is_debris
from ..data.organizations import BENEFIT_PROGRAMS, NAME_ADJECTIVES, REGULATORS
from ..headings import classify_heading
from ..lexicon import alternation, by_meaning, entries, or_regex
from ..model import Block
from .fields import FIELD_LABELS, LABEL_LINE, LabelledField, labelled
from .identity import ROLE_WORD, is_a_motto, is_document_label, names_a_role, without_place
from .places import find_cities, find_countries

_ORG_HEADS = or_regex(word for entry in entries("organization_heads") if entry.means == "organization"
                      for word in entry.words)
# French and Spanish names start with their head: "Groupe Valmont", "Fundación Vicente Ferrer"
_LEADING_HEAD = rx.compile(r"(?:" + or_regex(word for entry in entries("organization_heads")
                                             if entry.means == "organization_first" for word in entry.words)
                           + r")\s+(?:(?:de|del|des|du|de\s+la|la|le|les|los|las)\s+)?(?-i:[A-ZÀ-Ý])", re.IGNORECASE)


_ORG_HEAD_WORD = rx.compile(rf"(?:{_ORG_HEADS})s?", re.IGNORECASE)  # "University Hospitals of Morecambe Bay"


_NAME_LINKS = rx.compile(r"\s+(?:of|for|on|in|to)\s+", re.IGNORECASE)  # "COUNCIL OF EUROPE"


_ACRONYM_IN_PARENTHESES = rx.compile(r"\(([A-Z][A-Za-z]{1,9})\)")


# the capitalised name just before "(ACRONYM)", read backwards from it: "Institute for Strategic Dialogue "
_NAME_BEFORE = rx.compile(r"((?:[A-Z][\w'’&-]*[ \t]+(?:(?:of|for|on|in|and|the|de|la|du)[ \t]+)*){1,8})$")


_EMPLOYER_PHRASES = by_meaning(entries("employer_phrases"))
# a name's words: capitalised (accented too: "Écoles"), joined by the small words of the languages'
# names ("Action contre la Faim", "Médecins du Monde", "Ayuda en Acción", "Brot für die Welt")
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’&+-]*"
_NAME_WORD_DOTTED = r"[A-ZÀ-ÖØ-Þ][\w'’&.+-]*"  # "Amazon.com", "U.S."
_NAME_LINK = (r"(?:of|for|on|in|and|the|de|du|des|la|le|contre|sans|pour|et|el|del|los|las|y|en|contra|sin|para|por|"
              r"für|der|die|und)")
# what goes before a name and is no part of it: an article, "l'ONG", "l'association"
_NAME_ARTICLE = r"(?:The|[Ll]['’](?:ONG|association|organisation)|La|Le|Les|El|Die|Der|Das)[ \t]+"


_IS_AN_ORGANIZATION = rx.compile(
    # (after a line's start, a sentence's end, or a heading run into the line: "Who we are: Samaritan's Purse is")
    rf"(?:^(?:(?i:who\s+we\s+are|about\s+us|our\s+organi[sz]ation)[ \t]*:[ \t]*)?|\.[ \t]+)(?:{_NAME_ARTICLE})?"
    rf"((?:{_NAME_WORD}(?:[ \t]+e\.V\.)?[ \t]+(?:{_NAME_LINK}[ \t]+)*){{1,8}}?)"
    # its acronym, perhaps with a place: "(SPC)", "(Africa CDC)", "(Tdh)"
    r"(?:\((?:[A-Z][a-z]+[ \t]+)?[A-Z][A-Za-z]{1,8}\)[ \t]+)?"
    # "is a ... organisation", "is one of the largest private aid organisations", "est une ONG"
    rf"(?:{alternation(_EMPLOYER_PHRASES['introduced'])})", re.MULTILINE)


# an NGO's opening on its history: "Since 1961, Plan International has worked ...", "Founded in 1990, Helvetas
# works in 30 countries", "For over 40 years, Oxfam has ..."
_SINCE_A_YEAR_NAME = rx.compile(
    r"^(?i:since|founded\s+in|established\s+in|created\s+in|for\s+(?:over|more\s+than|nearly|almost)\s+\d+\s+years)"
    r"[ \t]*\d{0,4},[ \t]+((?:[A-Z][\w'’&+-]*[ \t]+(?:(?:of|for|and|the)[ \t]+)*){0,5}[A-Z][\w'’&+-]*)"
    r"[ \t]+(?:has|have|is|are|works|work|supports|provides|helps|operates|delivers)\b", re.MULTILINE)


# "About World Vision": a heading that introduces the employer (not "About the role", "About you"); a page
# saved as text may glue it to the paragraph it heads: "About Sirion Sirion is the world's leading ..."
# (and in French, Spanish, German: "À propos de Médecins du Monde", "À propos d'Alima", "Acerca de X", "Über X")
_ABOUT_NAME = rx.compile(r"^\**(?:About\s+|[ÀA] propos d(?:e\s+|['’])|Acerca de\s+|Über\s+)"
                         r"((?!(?i:the|us|you|our|this|me|company|nous|l['’]entreprise|la\s+empresa|nosotros|uns)\b)"
                         r"[A-ZÀ-ÖØ-Þ][\w&+.'’-]*(?:\s+(?:(?:de|du|des|la|le|del|en|y|für|der|die)\s+)?"
                         r"[A-ZÀ-ÖØ-Þ][\w&+.'’-]*){0,5})"
                         r"(?:\s*:?\**\s*$|\s+(?=\1\s))", re.MULTILINE)


_ABOUT_NAME_IN_CAPITALS = rx.compile(r"^\**ABOUT\s+((?!(?:THE|US|YOU|OUR|THIS|ME|COMPANY)\b)[A-Z][A-Z&+.'’-]*"
                                     r"(?:\s+[A-Z][A-Z&+.'’-]*){0,5})\s*:?\**\s*$", re.MULTILINE)


_ACRONYM_SUBJECT = rx.compile(
    r"(?:^|\.[ \t]+)([A-Z]{2,6})[ \t]+(?:is[ \t]+(?:making|seeking|looking|recruiting|hiring|inviting|dedicated|"
    r"committed|pleased|currently|an?\s|the\s)|(?:works|supports|operates|provides|implements|aims|seeks|invites|"
    r"promotes|helps|strives|announces|has\s+been|was\s+(?:founded|established|created))\b)", re.MULTILINE)


_NAME_IS_SEEKING = rx.compile(
    # after a line's start or a sentence's end; after a comma before "the" or "l'ONG" ("Dans le cadre de ses
    # activités au Niger, l'ONG Alima recrute")
    rf"(?:^|\.[ \t]+|,[ \t]+the[ \t]+|,[ \t]+(?=[Ll]['’](?:ONG|association|organisation)))(?:{_NAME_ARTICLE})?"
    # "The Morgan Library & Museum invites", "…, the Johanniter-Unfall-Hilfe e.V. International Assistance, is"
    rf"((?:(?:{_NAME_WORD_DOTTED}|e\.V\.)[ \t]+(?:(?:{_NAME_LINK}|to|&)[ \t]+)*){{0,7}}?"
    rf"(?:{_NAME_WORD_DOTTED}|e\.V\.)(?:[ \t]+(?:{'|'.join(NAME_ADJECTIVES)}))?)"  # "La Croix-Rouge française"
    # a phrase set off between the name and its verb: "MIET AFRICA, in partnership with the SADC Secretariat,
    # seeks", "Welthungerhilfe, one of the largest private aid organisations in Germany, is looking for"
    r"(?:,[ \t]+(?:in[ \t]+(?:partnership|collaboration|cooperation|consortium)[ \t]+with|together[ \t]+with|"
    r"one[ \t]+of|an?|ONG|NGO|une?|una?|el|la|le)[ \t]+[^,.;:\n]{1,120},)?"
    rf",?[ \t]+(?:{alternation(_EMPLOYER_PHRASES['hiring'])})\b", re.MULTILINE)


def role_after_a_hiring_name(line: str) -> str | None:
    """What a line that opens with a name and its hiring verb says after them: "" when nothing follows (the
    role is on the next line), the role when the rest of the line is one; None for any other line.

    >>> role_after_a_hiring_name("Action contre la Faim recrute"), role_after_a_hiring_name("Mercy Corps is hiring:")
    ('', '')
    >>> role_after_a_hiring_name("Action contre la Faim recrute un(e) Responsable Logistique (H/F)")
    'Responsable Logistique (H/F)'
    >>> role_after_a_hiring_name("Mercy Corps is hiring because the programme grows fast")
    """
    m = _NAME_IS_SEEKING.match(line.strip())
    if m is None:
        return None
    rest = _ARTICLE_BEFORE_A_ROLE.sub("", line.strip()[m.end():].strip(" :!.…-–"))
    # (a capitalised name after the article is the role: "Responsable" is a French role no noun list can hold,
    # prose using it as an adjective)
    named = rest[:1].isupper() and len(rest.split()) <= _MAX_ROLE_WORDS and not rest.endswith(".")
    return rest if not rest or names_a_role(rest) or named else None


_MAX_ROLE_WORDS = 10


# "un(e)", "un·e", "une", "a", "an", "el", "la", "una" before the role a hiring line names
_ARTICLE_BEFORE_A_ROLE = rx.compile(r"^(?:un(?:\(e\)|·e|e)?|an?|el|la|una|one)\s+", re.IGNORECASE)


_NOT_A_NAME = {"we", "they", "our team", "organization", "organisation", "company", "team", "project", "programme",
               "our organization", "our organisation", "our company", "the organization", "mission",
               "this", "it", "there", "that", "here"}  # "This is a bank post": the NHS's bank, not a bank


_ACRONYM_AND_PLACE = rx.compile(r"^[A-Z]{2,8}\s+(?:in\s+|[–-]\s+)?((?:[A-Z][\w'’-]*\s*){1,4})$")


# the legal form a company's name ends with: German, English, Romance, Dutch, and the Western Balkans' own
_LEGAL_FORM = rx.compile(r"\s(?:g?GmbH|AG|e\.\s?V\.|Ltd\.?|Limited|LLC|L\.L\.C\.|LLP|Inc\.?|Corp\.?|PLC|plc|"
                         r"S\.A\.|SA|S\.r\.l\.|SRL|N\.V\.|B\.V\.|sh\.p\.k\.?|SH\.P\.K\.?|d\.o\.o\.?|DOO|"
                         r"ASBL|gUG)$")


def introduces_an_organization(sentence: str) -> bool:
    """A sentence that says what the employer is: about it, never a duty or a qualification.

    >>> introduces_an_organization("Robert Half is the world’s first and largest specialized talent solutions firm")
    True
    >>> introduces_an_organization("Python is a plus")
    False
    >>> introduces_an_organization("PwC Canada is committed to cultivating an inclusive, hybrid work environment.")
    True
    """
    m = _IS_AN_ORGANIZATION.match(sentence) or _IS_COMMITTED.match(sentence)
    return m is not None and not ROLE_WORD.search(m.group(1))


# the subject of the sentence that opens an "About the organisation" section, saying what it does: "Rural Water
# Alliance works with displaced communities ...", "Hope Health Action (HHA) provides ..."
_SUBJECT_OF_ABOUT = rx.compile(
    r"^(?:The[ \t]+)?((?:[A-Z][\w'’&+-]*[ \t]+(?:(?:of|for|on|in|and|the|against|without)[ \t]+)*){1,8}?)"
    r"(?:\([A-Z]{2,8}\)[ \t]+)?(?:is|are|was|has|have|works|operates|provides|supports|helps|delivers|aims|exists|"
    r"focuses|strives|partners|brings|empowers|serves|runs|implements|seeks|believes)\b")


def organization_opening_its_about_section(blocks: list[Block]) -> str | None:
    """The name a notice's "About the organisation" section opens with, as the subject of what it does.

    >>> organization_opening_its_about_section([Block("heading", "About the organisation"),
    ...     Block("paragraph", "Rural Water Alliance works with displaced communities in Nigeria.")])
    'Rural Water Alliance'
    >>> organization_opening_its_about_section([Block("heading", "About us"),
    ...     Block("paragraph", "We work with displaced communities in Nigeria.")])
    """
    for n, block in enumerate(blocks[:-1]):
        if block.kind != "heading" or (classify_heading(block.text) or ("",))[0] != "about":
            continue
        following = blocks[n + 1]
        m = _SUBJECT_OF_ABOUT.match(following.text) if following.kind == "paragraph" else None
        name = m.group(1).strip() if m else ""
        # two words or more, or an acronym: one capitalised word opens too many sentences ("Currently ...")
        if (len(name.split()) >= 2 or (name.isupper() and len(name) > 1)) and name.lower() not in _NOT_A_NAME \
                and not ROLE_WORD.search(name) and not find_countries(name) and classify_heading(name) is None:
            return name
        return None  # the first "About" section only: later ones speak of a team, a donor, a project
    return None


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
        if block.kind == "table_row" or is_document_label(text) or len(text.split()) > 12 or text.endswith("?") \
                or is_debris(text):
            continue  # a question ("Do you ... build trust in relationships?") names no one, nor a page's "Header"
        if names_an_organization(text) or (n == 0 and _reads_like_a_name(text)):
            return without_its_unit(_the_organization_over_its_unit(text, blocks[n + 1:n + 3], title_line))
    return None


# "Directorate of Programme Co-ordination", "Division for Social Policy": a unit named first, as letterheads
# print the unit over the organisation it belongs to
_A_UNIT_OF = rx.compile(r"^(?:Directorate(?:-General)?|Department|Division|Unit|Section|Branch)\s+(?:of|for)\s")


def _the_organization_over_its_unit(name: str, below: list[Block], title_line: str | None) -> str:
    """A unit's name printed over its organisation's ("Directorate of Programme Co-ordination" / "Council of
    Europe Office in Tbilisi") gives way to the organisation's; a unit alone ("Department of Health") stands.

    >>> _the_organization_over_its_unit("Directorate of Programme Co-ordination",
    ...     [Block("heading", "Council of Europe Office in Tbilisi")], None)
    'Council of Europe Office in Tbilisi'
    >>> _the_organization_over_its_unit("Department of Health", [Block("paragraph", "Closing date: 1 May")], None)
    'Department of Health'
    """
    if not (_A_UNIT_OF.match(name) or _AN_INTERNAL_UNIT.match(name)):
        return name
    for block in below:
        text = block.text.strip()
        if text == title_line or block.kind == "table_row":
            break
        if names_an_organization(text) and not (_A_UNIT_OF.match(text) or _AN_INTERNAL_UNIT.match(text)):
            return text
    return name


# a unit its capitalised words name, ending in what it is: "Monitoring and Evaluation Department", "Finance Team"
_NAMED_UNIT = r"(?:[A-Z][\w&'’-]*\s+(?:and\s+|&\s+)?){1,5}(?:Department|Unit|Division|Section|Directorate|Team|Branch)"
# a unit after its organisation's name: "University of Northfield - School of Medicine", "Acme Corp – Finance
# Department"
_A_UNIT_AFTER = rx.compile(r"\s+[-–—|]\s+(?:(?:the\s+)?(?:School|Faculty|College|Department|Division|Directorate|Unit|"
                           rf"Section|Branch|Office)\s+(?:of|for)\s+.+|{_NAMED_UNIT})$")


def without_its_unit(name: str) -> str:
    """An organisation's name without the unit printed after it.

    >>> without_its_unit("University of Northfield - School of Medicine"), without_its_unit("Acme - Finance Team")
    ('University of Northfield', 'Acme')
    >>> without_its_unit("Save the Children - Kenya")
    'Save the Children - Kenya'
    >>> without_its_unit("Government of Canada - Employment and Social Development Canada")
    'Employment and Social Development Canada'
    """
    # a government, then the department that hires (Canada's job boards): the department is the employer
    department = _A_GOVERNMENTS_DEPARTMENT.match(name)
    if department:
        return without_its_unit(department.group(1))
    return _A_UNIT_AFTER.sub("", name) or name


_A_GOVERNMENTS_DEPARTMENT = rx.compile(r"^(?:Government\s+of|Gouvernement\s+du|Gouvernement\s+de\s+l[a']?)\s*"
                                       r"[A-ZÉ][\w .'’-]{1,40}?\s+[-–—]\s+([A-ZÉ].{3,})$")


def _organization_under_title(blocks: list[Block]) -> str | None:
    """Job boards print the employer on the line under the title: "Administrative Assistant /
    Norwegian Refugee Council / Prishtina"."""
    for n, block in enumerate(blocks):
        text = without_place(_without_where(block.text.strip()))  # "Hollybrook Primary School, Bristol"
        if is_debris(text):
            continue
        if block.kind == "heading" and classify_heading(text) is not None:
            break  # the body's first section ("Vos missions"): no employer was printed under the title
        if block.kind != "table_row" and ":" not in text and len(text.split()) <= 8 and (
                names_an_organization(text) or _name_in_a_place(text)):
            return without_its_unit(_the_organization_over_its_unit(text, blocks[n + 1:n + 3], None))
    return None


_WHERE_IN_PARENTHESES = rx.compile(r"\s*\(([^()]*)\)$")


def _without_where(text: str) -> str:
    """A name without the places it works in, in parentheses after it; an acronym there stays.

    >>> _without_where("Ypsilon.NET AG (Frankfurt a.M. or Leipzig, Germany)"), _without_where("Acme Ltd (ACL)")
    ('Ypsilon.NET AG', 'Acme Ltd (ACL)')
    """
    where = _WHERE_IN_PARENTHESES.search(text)
    if where and (find_countries(where.group(1)) or find_cities(where.group(1))):
        return text[:where.start()]
    return text


_IN_A_PLACE = rx.compile(r"^(.+?)\s+in\s+(.+)$")


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
    >>> _reads_like_a_name("Let's Grow Together")  # a motto
    False
    """
    words = text.split()
    return len(words) <= 6 and ":" not in text and words[0][:1].isupper() and not ROLE_WORD.search(text) \
        and not is_a_motto(text) \
        and classify_heading(text) is None and not find_countries(text) and not text.endswith(".") \
        and all(w[:1].isupper() or w.lower() in ("the", "of", "for", "and", "in", "on", "&") for w in words)


def labelled_organization(fields: list[LabelledField]) -> str | None:
    """
    >>> labelled_organization([LabelledField("organization", "NRC - Norwegian Refugee Council", "")])
    'Norwegian Refugee Council'
    >>> labelled_organization([LabelledField("organization", "AFR, KEMCO, Kenya", "")]) is None
    True
    >>> labelled_organization([LabelledField("company", "Redrob AI (Series A AI-native talent platform)", "")])
    'Redrob AI'
    >>> labelled_organization([LabelledField("organization", "Norwegian People's Aid (NPA)", "")])
    "Norwegian People's Aid (NPA)"
    """
    found = labelled(fields, "organization")
    if not found:
        return None
    value = without_place(found[0].value.strip(" ."))  # "UNDP Kosovo - KOSOVO"
    # "Redrob AI (Series A AI-native talent intelligence platform)": a description of the firm, not its name
    # (an acronym or a capitalised unit stays: "(NPA)", "(Sudan Country Office)")
    value = _DESCRIPTION_ASIDE.sub("", value) or value
    if _OFFICE_CODES.fullmatch(value):
        return None  # UNOPS's "Department/office: AFR, KEMCO, Kenya": a region's and an office's codes
    # "NRC - Norwegian Refugee Council": the acronym, then the name it stands for
    spelled = _ACRONYM_THEN_NAME.match(value)
    return spelled.group(2) if spelled and _initials_fit(spelled.group(2), spelled.group(1)) else value


_DESCRIPTION_ASIDE = rx.compile(r"\s*\((?=[^()]*\b[a-z]{3,})[^()]*(?:\s[^()\s]+){2,}\)$")
_ACRONYM_THEN_NAME = rx.compile(r"^([A-Z]{2,8})\s+[-–—:]\s+([A-Z].{3,80})$")
_OFFICE_CODES = rx.compile(r"[A-Z]{2,6}(?:\s*,\s*[A-Z]{2,6})+,?")


def unit_seeking(full_text: str) -> str | None:
    """A unit named as the subject of 'is seeking' ("The Department of Psychiatry seeks ..."): the employer when
    nothing names the organisation it belongs to (a government's "Department of Health is seeking").

    >>> unit_seeking("The Department of Health is seeking a Policy Officer."), unit_seeking("Acme Ltd seeks a driver.")
    ('Department of Health', None)
    """
    seeking = _name_seeking(full_text)
    return seeking if seeking and _A_UNIT_OF.match(seeking) else None


@lru_cache(maxsize=2)
def _name_seeking(full_text: str) -> str | None:
    """The subject of the notice's first 'is seeking' (find_organization and unit_seeking both ask: one search
    of the whole text)."""
    return _first_name(_NAME_IS_SEEKING, full_text)


def find_organization(fields: list[LabelledField], full_text: str) -> str | None:
    """A name the text gives as the subject of 'is seeking' (the employer hiring), in an 'About X' heading,
    with its acronym, or as the subject of 'is an organisation'."""
    seeking = _name_seeking(full_text)
    if seeking and not _A_UNIT_OF.match(seeking):
        # "Catholic Charities of Central Texas is seeking a Case Manager"; "The IRC has ...", its name spelled out
        # where the notice gave its acronym ("International Rescue Committee (IRC)")
        spelled = _names_with_their_acronyms(full_text).get(seeking) if seeking.isupper() else None
        return spelled[1] if spelled else seeking
    # (not a unit, "The Department of Psychiatry seeks a Research Coordinator": unit_seeking, weighed lower, lets
    # the university's name under the title win)
    about = _ABOUT_NAME.search(full_text)
    if about and not ROLE_WORD.search(about.group(1)) and classify_heading(about.group(1)) is None:
        return about.group(1).strip()
    about = _ABOUT_NAME_IN_CAPITALS.search(full_text) if "ABOUT " in full_text else None
    if about and not ROLE_WORD.search(about.group(1)) and classify_heading(about.group(1)) is None:
        spelled = spelled_as_in_text(about.group(1).strip(), full_text)
        if not spelled.isupper():  # "ABOUT WORLD VISION", the name written "World Vision" in the text
            return spelled
    founded = _SINCE_A_YEAR_NAME.search(full_text, 0, _OPENING_CHARS)
    if founded and not ROLE_WORD.search(founded.group(1)) and founded.group(1).strip().lower() not in _NOT_A_NAME:
        return founded.group(1).strip()  # "Since 1961, Plan International has worked for children's rights"
    introduced = _IS_AN_ORGANIZATION.search(full_text, 0, _OPENING_CHARS)
    # the notice opens by saying what the employer is: "The Pacific Community (SPC) is the ..."
    if introduced and introduced.group(1).strip().lower() not in _NOT_A_NAME:
        return introduced.group(1).strip()
    named = _names_with_their_acronyms(full_text)
    if named:
        return max(named.values(), key=lambda pair: pair[0])[1]  # the name whose acronym the notice uses most
    spelled_out = _name_of_an_acronym_in_use(full_text)
    if spelled_out:
        return spelled_out  # "ZNBS" all through, "Zambia National Building Society" once
    m = next((m for m in _IS_AN_ORGANIZATION.finditer(full_text)
              if m.group(1).strip().lower() not in _NOT_A_NAME), None)
    if m:
        return m.group(1).strip()
    m = _ACRONYM_SUBJECT.search(full_text)
    if m:
        return m.group(1)
    m = _IS_COMMITTED.search(full_text)
    if m and not ROLE_WORD.search(m.group(1)):
        return m.group(1).strip()  # "Action against Hunger is committed to preventing ..."
    equal_opportunity = _first_name(_IS_AN_EQUAL_OPPORTUNITY_EMPLOYER, full_text, _EEO_HEADING_GLUED)
    if equal_opportunity:
        return equal_opportunity  # "Harvest Group is an equal opportunity employer": the employer names itself
    # "a program funded by Global Affairs Canada and implemented by Catalyste+": the implementer hires; "At
    # Amazon, we hire the best minds ...": the employer speaking of itself; either when named again elsewhere
    return _named_again(_IMPLEMENTED_BY, full_text) or _named_again(_AT_NAME_WE, full_text)


def _names_with_their_acronyms(full_text: str) -> dict[str, tuple[int, str]]:
    """Each acronym the text gives an organisation's name in parentheses, with that name and how often the text
    uses the acronym.

    >>> _names_with_their_acronyms("The International Rescue Committee (IRC) works in Mali. The IRC hires.")
    {'IRC': (2, 'International Rescue Committee')}
    """
    named: dict[str, tuple[int, str]] = {}
    for m in _ACRONYM_IN_PARENTHESES.finditer(full_text):
        before = _NAME_BEFORE.search(full_text[max(0, m.start() - 120):m.start()])
        if not before:
            continue
        name, acronym = before.group(1).strip(), m.group(1)
        if acronym in REGULATORS or acronym.upper() in BENEFIT_PROGRAMS:
            continue  # "the Disclosure and Barring Service (DBS)": the check, not who hires; "(EAP)": a benefit
        preceding = full_text[max(0, m.start() - 120):m.start()][:before.start()]
        if _AN_INTERNAL_UNIT.search(name) and re.search(r"\bthe\s+$", preceding, re.IGNORECASE):
            continue  # "with the Monitoring and Evaluation Department (MELD)": a part of the employer, not it
        name = re.sub(r"^(?:the|The)\s+", "", name)
        if acronym not in named and _has_organization_head(name) and _initials_fit(name, acronym):
            named[acronym] = (len(re.findall(rf"\b{re.escape(acronym.upper())}\b", full_text)), name)
    return named


# "the Procurement Unit", "the Monitoring and Evaluation Department": a unit named by its work, the employer's own
# ("the United States Department of State" goes on after its noun, and names a government's department)
_AN_INTERNAL_UNIT = rx.compile(rf"^{_NAMED_UNIT}$")
_ACRONYM = rx.compile(r"\b[A-Z]{3,6}\b")
_ACRONYMS_TRIED = 4  # the ones the notice uses most: each costs one search of the text
_ACRONYM_MIN_USES = 2


def _name_of_an_acronym_in_use(full_text: str) -> str | None:
    """The name, built on an organisation's noun, whose initials spell an acronym the notice uses at least
    twice with no parentheses to tie the two: "Zambia National Building Society" for "ZNBS".

    >>> _name_of_an_acronym_in_use("To support the mission of ZNBS.\\nGrowth of Zambia National Building Society "
    ...                            "as a mortgage institution. ZNBS plans.")
    'Zambia National Building Society'
    >>> _name_of_an_acronym_in_use("Track KPI and KPI trends: Key Performance Indicators")  # no organisation
    >>> _name_of_an_acronym_in_use("Location: OCCC (Orange County Convention Center)\\nOCCC hall A")  # a venue
    """
    for acronym, uses in Counter(_ACRONYM.findall(full_text)).most_common(_ACRONYMS_TRIED):
        if uses < _ACRONYM_MIN_USES:
            break
        if acronym in REGULATORS:
            continue  # "the DBS check": a regulator's, named often, never the employer
        words = r"[ \t]+(?:(?:of|for|and|the|de)[ \t]+)?".join(rf"{c}[a-z][\w'’-]*" for c in acronym)
        m = re.search(rf"\b{words}\b", full_text)
        if m and _has_organization_head(m.group(0)) and not _on_a_location_line(full_text, m.start()):
            return m.group(0)
    return None


def _on_a_location_line(text: str, at: int) -> bool:
    """ "Location: OCCC (Orange County Convention Center, ...)": where the work is, not who hires."""
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    label = LABEL_LINE.match(text[start:end if end >= 0 else len(text)])
    return label is not None and label.end("label") <= at - start and \
        FIELD_LABELS["location"].search(label.group("label").strip().lower()) is not None


def _first_name(pattern: re.Pattern[str], full_text: str, glued: re.Pattern[str] | None = None) -> str | None:
    """The first name the pattern captures that is no role and no common word, "The" and a glued heading
    cut off."""
    for m in pattern.finditer(full_text):
        name = m.group(1).strip()
        name = re.sub(r"^(?:The|the)\s+", "", glued.sub("", name) if glued else name)
        if name.lower() not in _NOT_A_NAME and not ROLE_WORD.search(name):
            return name
    return None


def _named_again(pattern: re.Pattern[str], full_text: str) -> str | None:
    """The first name the pattern captures that is no role, no common word and appears twice in the text."""
    for m in pattern.finditer(full_text):
        name = m.group(1)
        if name.lower() not in _NOT_A_NAME and name.split()[0].lower() not in _NOT_AT_A_NAME \
                and not ROLE_WORD.search(name) and full_text.count(name) >= 2:
            return name
    return None


_AT_NAME_WE = rx.compile(r"(?:^|[.!?][ \t]+)At[ \t]+([A-Z][\w'’&+.-]*(?:[ \t]+[A-Z][\w'’&+.-]*){0,4}),"
                         r"[ \t]+(?:we|our)\b", re.MULTILINE)
_NOT_AT_A_NAME = {"least", "first", "present", "times", "last", "this", "that", "the", "our", "all", "each", "every",
                  "home", "work"}


_IMPLEMENTED_BY = rx.compile(r"\bimplemented\s+by\s+(?:the\s+)?([A-Z][\w'’&+-]*(?:\s+(?:(?:of|for|and|the)\s+)*"
                             r"[A-Z][\w'’&+-]*){0,6})")


_OPENING_CHARS = 400  # the notice's first sentences


_IS_COMMITTED = rx.compile(r"(?:^|\.[ \t]+|\*\*)((?:[A-Z][\w'’&+-]*[ \t]+(?:(?:of|for|against|and|the)[ \t]+)*){1,6}?)"
                           r"is[ \t]+(?:deeply[ \t]+|strongly[ \t]+)?committed[ \t]+to\b", re.MULTILINE)


# the name before "is (proud to be) an equal opportunity (/ affirmative action) employer", as US postings close
_IS_AN_EQUAL_OPPORTUNITY_EMPLOYER = rx.compile(
    r"(?:^|[.!?][ \t]+|\*\*)((?:[A-Z][\w'’&+.-]*[ \t]+(?:(?:of|for|and|the|&)[ \t]+)*){1,6}?)"
    r"is[ \t]+(?:(?:proud|pleased)[ \t]+to[ \t]+be[ \t]+)?an?[ \t]+"
    r"(?i:equal[ \t]+(?:employment[ \t]+)?opportunit(?:y|ies)|eoe?\b|affirmative[ \t]+action)", re.MULTILINE)
# a page saved as text glues the section's heading to its first word: "EEO StatementThe Morgan is an ..."
_EEO_HEADING_GLUED = rx.compile(r"^.*?(?:Statement|Employer|EEOC?|EOE|Opportunity|Notice|Policy)(?=[A-Z][a-z])")


def known_organization_named_most(full_text: str) -> str | None:
    """The well-known organisation (data/organizations.py) the notice names most often, at least twice."""
    from ..data.organizations import KNOWN_ORGANIZATIONS

    counts = {acronym: len(re.findall(rf"\b{acronym}\b", full_text)) for acronym in KNOWN_ORGANIZATIONS
              if acronym in full_text}
    best = max(counts, key=lambda a: counts[a], default=None)
    return KNOWN_ORGANIZATIONS[best] if best and counts[best] >= 2 else None


# "Save the Children values" (a heading), "uphold Save the Children's values": an organisation names its values
_ITS_VALUES = rx.compile(r"\b(?P<name>[A-Z][\w&.’'-]*(?:[ \t]+(?:(?:the|of|for|and|de|du|des)[ \t]+)?[A-Z][\w&.-]*)"
                         r"{1,5})(?:['’]s)?[ \t]+(?:core[ \t]+)?(?:values|code[ \t]+of[ \t]+conduct)\b")
_NOT_AN_OWNER = frozenset({"our", "the", "its", "their", "your", "core", "company", "organisational",
                           "organizational", "corporate", "shared", "uphold", "all"})
_VALUES_NAMED_AT_LEAST = 2


def organization_of_its_values(full_text: str) -> str | None:
    """The name that owns the values the notice asks its staff to share, named at least twice in the notice.

    >>> organization_of_its_values("Save the Children values\\nAll staff uphold Save the Children's values.")
    'Save the Children'
    >>> organization_of_its_values("Our Core Values\\nIntegrity") is None
    True
    """
    if "alues" not in full_text and "onduct" not in full_text:
        return None
    for m in _ITS_VALUES.finditer(full_text):
        name = m.group("name")
        if name.split()[0].lower() in _NOT_AN_OWNER or ROLE_WORD.search(name) or find_countries(name):
            continue
        if len(re.findall(rf"\b{re.escape(name)}\b", full_text)) >= _VALUES_NAMED_AT_LEAST:
            return name
    return None


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


def without_acronym(name: str) -> str:
    """A name without the short name it gives itself after it.

    >>> without_acronym("Kosovo Women's Network (KWN)"), without_acronym("Omniscient Neurotechnology (o8t)")
    ("Kosovo Women's Network", 'Omniscient Neurotechnology')
    """
    return _ACRONYM_AFTER.sub("", name)


_ACRONYM_AFTER = rx.compile(r"\s*\((?=[^()]*[A-Z0-9])[A-Za-z][A-Za-z0-9&]{1,9}\)$")


def _has_organization_head(name: str) -> bool:
    """The noun a name is built on: 'Institute' in 'Institute for Strategic Dialogue'."""
    name = without_acronym(name)  # "International Rescue Committee (IRC)"
    head = _NAME_LINKS.split(name, maxsplit=1)[0].split()
    # the noun alone ("Project", "Foundation": a form's label) names nothing
    return len(name.split()) > 1 and bool(head) and (
        bool(_ORG_HEAD_WORD.fullmatch(head[-1])) or (name[:1].isupper() and _LEADING_HEAD.match(name) is not None))


def organizations_acronyms(full_text: str) -> set[str]:
    """The acronyms the text gives organisations it names: "Danish Refugee Council (DRC)" makes every "DRC"
    of the notice the council, not the Congo.

    >>> sorted(organizations_acronyms("The Danish Refugee Council (DRC) works in the Democratic Republic of Congo."))
    ['DRC']
    >>> organizations_acronyms("Goma, Democratic Republic of Congo (DRC)")
    set()
    """
    found = set()
    for m in _ACRONYM_IN_PARENTHESES.finditer(full_text):
        before = _NAME_BEFORE.search(full_text[max(0, m.start() - 120):m.start()])
        if before and _has_organization_head(before.group(1).strip()) \
                and _initials_fit(re.sub(r"^(?:the|The)\s+", "", before.group(1).strip()), m.group(1)):
            found.add(m.group(1))
    return found


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


def names_an_organization(text: str) -> bool:
    """A letterhead line ("UNITED NATIONS DEVELOPMENT PROGRAMME", "OSCE Mission in Kosovo", "Acme Consulting
    GmbH"), not a role.

    >>> names_an_organization("Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) GmbH")
    True
    >>> names_an_organization("Programme Officer"), names_an_organization("Kosovo Foundation for Open Society")
    (False, True)
    >>> names_an_organization("Project"), names_an_organization("Familiarity with recommendation systems")
    (False, False)
    """
    text = text.strip()
    acronym_of_a_place = _ACRONYM_AND_PLACE.match(text)
    if acronym_of_a_place and (find_countries(acronym_of_a_place.group(1)) or find_cities(acronym_of_a_place.group(1))):
        return True  # "UNICEF Montenegro", "UNDP in Kosovo"
    return (_has_organization_head(text) or bool(_LEGAL_FORM.search(text))) and not ROLE_WORD.search(text) \
        and _capitalised_like_a_name(text)


def _capitalised_like_a_name(text: str) -> bool:
    """A name capitalises its words: "Familiarity with text classification and recommendation systems" is a
    sentence that ends in a head noun.

    >>> _capitalised_like_a_name("Kosovo Foundation for Open Society"), _capitalised_like_a_name("use of data systems")
    (True, False)
    """
    lower = [w for w in text.split() if len(w) >= 4 and w[:1].islower() and w.lower() not in ("with", "from")]
    return len(lower) <= 1
