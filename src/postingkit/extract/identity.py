"""Roles and names: the role nouns a title or a sentence names, a title tidied of its place and
gender marks, document labels, and the vacancy reference."""
from __future__ import annotations

import re

from .. import patterns as rx  # re.compile, from a per-machine cache of compiled patterns
from ..data.marks import TITLE_SMALL_WORDS
from ..lexicon import entries, or_regex
from .asides import without_asides
from .fields import LabelledField, labelled
from .places import WORK_MODE, find_cities, find_countries
from .terms import TRAILING_GRADE

# the role nouns of every language, one alternation: "officer|manager|...", matched as a group
ROLE_NOUNS = or_regex(word for entry in entries("role_nouns") for word in entry.words)
# Romance titles put the noun first ("Analista de datos"), English ones last ("Data Analyst")
_ROLE_FIRST_NOUNS = or_regex(word for entry in entries("role_nouns") if entry.means == "role_first"
                             for word in entry.words)
_ROLE_FIRST = rx.compile(rf"(?:{_ROLE_FIRST_NOUNS})s?", re.IGNORECASE)


_ROLE_PHRASE = rx.compile(rf"\b(?:The|the|an?|An?|As an?|as an?)\s+((?:[A-Z][\w-]*\s+){{0,5}}(?i:{ROLE_NOUNS}))\b(?!-)")


ROLE_HEAD = rx.compile(rf"^((?:[\w-]+\s+){{0,6}}?(?i:{ROLE_NOUNS})s?)\s+(?:to|for|in|who|–|-|—)\s", re.IGNORECASE)


# where a title says where the job is: "– Berlin, Germany", ", Podgorica"
# (the last dash's part: "Alternance - Data Engineer - Industrie & Services - Lyon")
PLACE_SUFFIXES = (rx.compile(r"\s+[–—|·-]\s+((?:(?!\s[–—|·-]\s).)+)$"), rx.compile(r",\s+([^,]+)$"))




_DOCUMENT_LABEL = rx.compile(
    r"(?:(?:job|vacancy|position|post|employment|career|recruitment)\s+(?:notice|announcement|description|posting|"
    r"advert(?:isement)?|opening|opportunity|vacancy|offer)|(?:job\s+)?vacancy|open\s+position|"
    r"positions?\s+vacant|situations?\s+vacant|"  # the British and Commonwealth newspapers' heading
    r"call\s+for\s+(?:applications|expressions?\s+of\s+interest|candidates|consultan(?:cy|ts?)|proposals)|"
    r"request\s+for\s+(?:proposals?|quotations?|applications)(?:\s+\(rf[pq]\))?|re-?advertise(?:ment|d)|re-?announcement|"
    r"we\s*(?:'re|’re|\s+are)\s+hiring|(?:immediate|urgent)\s+(?:opening|vacancy|hiring|requirement)|"
    r"stellenausschreibung|stellenangebot|offre\s+d['’]emploi|avis\s+de\s+vacance(?:\s+de\s+poste)?|"
    # francophone and hispanophone notices' own names for themselves
    r"(?:avis|annonce|appel)\s+(?:de\s+|à\s+)?(?:recrutement|candidatures?)|offre\s+de\s+(?:poste|stage)|"
    r"oferta\s+de\s+(?:empleo|trabajo)|aviso\s+de\s+vacante|"
    r"terms\s+of\s+reference|tors?|(?:temporary|fixed[- ]term)\s+appointment|"
    r"(?:internal|external)(?:\s*(?:/|and|&)\s*(?:internal|external))?\s+(?:vacancy|job|position)"
    r"(?:\s+(?:announcement|notice|advert(?:isement)?))?|"
    # "Extended Deadline – Project Coordinator", "Consultancy Opportunity: ...", "Roster: ...", "URGENT: ..."
    r"(?:extended\s+deadline|deadline\s+extended|deadline\s+extension)|"
    r"consultancy\s+(?:opportunity|announcement|notice|call)|(?:talent\s+)?roster(?:\s+call)?|talent\s+pool|"
    # "Urgently Required: Nurses", "Wanted: Driver" (Gulf and Indian boards; a bare "Required:" heads requirements)
    r"urgent(?:ly)?(?:\s+hiring)?|urgent(?:ly)?\s+(?:required|wanted)|wanted|"
    r"convocatoria|oglas|konkurs|vakancija|njoftim\s+pune|(?:job\s+)?requisition|"
    r"вакансия|должностная\s+инструкция|"
    r"(?:job\s+|position\s+)?(?:description|requisition)\s+(?:template|form)|role\s+profile|"
    r"(?:standard|generic)\s+job\s+description)", re.IGNORECASE)  # UNHCR's "Standard Job Description" / the role


_MAX_LABEL_WORDS = 16  # "Stellenausschreibung / Job Posting / Avis de vacance de poste No. 12/2024" is 11


_MAX_LABEL_CHARS = 200


# "No. 12/2024", "#12", and the French and Council of Europe "N° 01/2017" / "Nº 3"
_TRAILING_NUMBER = rx.compile(
    r"\s*(?:\b(?:no|nr|number|ref|reference)\b\.?|#|\bn\s?[°º])?\s*[\w/.-]*\d[\w/.()-]*\s*$", re.I)


def mentions_document_label(text: str) -> bool:
    """Does any part of the line say what the document is? (One search: a gate before finer tests.)"""
    return _DOCUMENT_LABEL.search(text) is not None


def is_document_label(text: str) -> bool:
    """What the document is rather than which job: "Vacancy Notice", "Stellenausschreibung / Job Posting".

    >>> is_document_label("Stellenausschreibung / Vacancy Notice"), is_document_label("Vacancy: Driver")
    (True, False)
    >>> is_document_label("Vacancy Announcement No. 12/2024"), is_document_label("Driver")
    (True, False)
    >>> is_document_label("Vacancy Notice N° 01/2017"), is_document_label("Avis de vacance nº 12")
    (True, True)
    >>> is_document_label("Requisition Template"), is_document_label("Job Description Template")
    (True, True)
    >>> is_document_label("Immediate Opening"), is_document_label("Urgent requirement")
    (True, True)
    >>> is_document_label("Call for Consultancy"), is_document_label("Request for Proposals (RFP)")
    (True, True)
    >>> is_document_label("Extended Deadline"), is_document_label("Internal/External Vacancy")
    (True, True)
    >>> is_document_label("Roster"), is_document_label("Consultancy Opportunity")
    (True, True)
    >>> is_document_label("Position Vacant"), is_document_label("Situations Vacant")
    (True, True)
    >>> is_document_label("Internal/External Vacancy Announcement"), is_document_label("Urgently Required")
    (True, True)
    >>> is_document_label("AVIS DE RECRUTEMENT"), is_document_label("Appel à candidatures")
    (True, True)
    """
    if len(text) > _MAX_LABEL_CHARS or len(text.split()) > _MAX_LABEL_WORDS:
        return False  # a paragraph, or one long run of letters: the patterns below would crawl through all of it
    text = _TRAILING_NUMBER.sub("", text)  # "Vacancy Announcement No. 12/2024"
    parts = [p.strip(" .-–—:!") for p in re.split(r"\s[/|]\s|[|]", text)]
    return all(_DOCUMENT_LABEL.fullmatch(p) for p in parts if p) and any(parts)


def without_place(title: str, suffixes: tuple[re.Pattern[str], ...] = PLACE_SUFFIXES) -> str:
    """
    >>> without_place("Project Officer – Berlin, Germany"), without_place("Monitoring - Evaluation Lead")
    ('Project Officer', 'Monitoring - Evaluation Lead')
    >>> without_place("Field Coordinator – Prizren"), without_place("Education Officer, NOB, Podgorica")
    ('Field Coordinator', 'Education Officer, NOB')
    >>> without_place("Project Officer, Belgrade, Serbia")
    'Project Officer'
    >>> without_place("Alternance - Data Engineer - Industrie & Services - Lyon")
    'Alternance - Data Engineer - Industrie & Services'
    """
    for pattern in suffixes:
        m = pattern.search(title)
        if m and m.start() > 0 and names_a_place(m.group(1)):
            return without_place(title[:m.start()], suffixes)
    return title


def names_a_place(text: str) -> bool:
    return bool(find_countries(text)) or (len(text.split()) <= 4 and bool(find_cities(text)))


def names_a_role(text: str) -> bool:
    """
    >>> names_a_role("Project Officer (m/f/d)"), names_a_role("Acme Health Partners")
    (True, False)
    >>> names_a_role("Analista de datos"), names_a_role("Ingénieur logiciel"), names_a_role("Sobre nosotros")
    (True, True, False)
    """
    words = without_asides(text).split()
    return bool(words) and (bool(ROLE_WORD.fullmatch(words[-1].strip(",.;:")))
                            or bool(_ROLE_FIRST.fullmatch(words[0].strip(",.;:"))))




_TRAILING_REFERENCE = rx.compile(r"\s*\((?:req(?:uisition)?|ref|job\s*id|id)\.?\s*(?:#|no\.?)?\s*[\w/.-]*\d[\w/.-]*\)$",
                                 re.IGNORECASE)
# the deadline printed after the role: the deadline has a field of its own
_TRAILING_DEADLINE = rx.compile(r"\s*(?:\(\s*(?:deadline|closing\s+date|closes?|apply\s+by)\b[^)]*\)|"
                                r"[-–—|]\s*(?:deadline|closing\s+date|closes?|apply\s+(?:by|before))\b.*)$",
                                re.IGNORECASE)
# "Registered Nurse $56.41 per hour", "Sales Executive - £28,000 + bonus": the pay has a field of its own
_TRAILING_PAY = rx.compile(r"\s*[-–—|,(]?\s*(?:up\s+to\s+)?[$£€₹]\s?\d[\d,.]*\s*[kK]?"
                           r"(?:\s*(?:-|–|to)\s*[$£€₹]?\s?\d[\d,.]*\s*[kK]?)?(?:\s*(?:per|an?|/)\s*(?:hour|hr|day|week|month|year|annum)\.?)?"
                           # "£14.50ph", "$5,000 Sign-On Bonus": the unit written short, a bonus named after it
                           r"(?:\s*(?:ph|p/h|phr|pw|pa)\b)?(?:\s+(?:sign[\s-]?on|joining|hiring)\s+bonus)?"
                           r"(?:\s*\+\s*[\w ]{0,20})?\)?$", re.IGNORECASE)
# "Chef de Partie - Immediate Start": when, not what; and the board's perks after the role ("Home Care Aide - Weekly
# Pay!", "Delivery Driver - Sign-on Bonus", "Chef de Partie – Live-in Available")
_TRAILING_START = rx.compile(r"\s*[-–—|,(]\s*(?:immediate\s+start|start\s+(?:asap|immediately)|"
                             r"(?:weekly|daily|same[\s-]day)\s+pay|sign[\s-]?on\s+bonus(?:es)?|live[\s-]?in\s+available|accommodation\s+provided|"
                             r"visa\s+sponsorship(?:\s+available)?|no\s+experience\s+(?:needed|required)|will\s+train|"
                             r"(?:urgently\s+)?hiring\s+(?:now|immediately))\s*!?\)?\s*!?$", re.IGNORECASE)
# "Events & Communications Assistant DEPARTMENT: Development REPORTS TO: ...", "Logistics Officer – Nationality:
# Somali nationals only": the form's next field, glued on (a field's label, not the end of a role's name: "Head
# of ICT: SAP")
_PERK_HINTS = rx.compile(r"start|pay|bonus|live|accommodation|visa|experience|train|hiring", re.IGNORECASE)
_GLUED_FIELD = rx.compile(r"(?<!\bof)(?<!\bfor)(?<!\bin)(?<!\band)(?<!&)\s+(?:[A-Z]{2,}[ /&]+){0,3}[A-Z]{4,}\s*:\s|"
                          r"\s+[–—-]\s+[A-Z][a-z]+(?:\s+[a-z]+){0,2}\s*:\s")
_SITE_COUNTERS = rx.compile(r"\s+\d[\d,]*\s*(?:views?|vues)\s*(?:\d[\d,]*\s*(?:applications?|candidatures?))?$",
                            re.IGNORECASE)
_LEADING_REFERENCE = rx.compile(r"^(?:#\s?|(?:no|nr|ref|req(?:uisition)?)\.?\s*#?\s*)[\w/.-]*\d[\w/.-]*"
                                r"\s*[-–:|]?\s+(?=[A-Z])|"
                                # a requisition code: "RQ-0950-2023- 1-Practicante ...", "REQ-10234 - Analyst"
                                r"^(?-i:[A-Z]{1,5})[-_]?\d{3,}(?:-\d{2,})*\s*[-–:|]?\s*(?:\d{1,3}\s*[-–]\s*)?(?=[A-Za-z])",
                                re.IGNORECASE)


ROLE_WORD = rx.compile(rf"\b(?:{ROLE_NOUNS})s?\b", re.IGNORECASE)  # "Trainers for Digital Skills Workshops"


GENDER_MARK = rx.compile(r"\s*\((?:[mwfdhxi]\s*/\s*){1,3}[mwfdhxi]\*?\)|\s*\(all\s+genders\)|\s*\(gn\)|"
                         # French boards print it bare at the end: "Développeur H/F", "Lead Developer - H/F/X"
                         r"(?-i:\s*[-–—|]?\s*\b(?:[HFMWDX]\s*/\s*){1,3}[HFMWDX]\*?\s*$)", re.IGNORECASE)


_TRAILING_EXPERIENCE = rx.compile(r"\s*[(\[]\s*\d{1,2}\s*\+?\s*(?:-\s*\d{1,2}\s*)?(?:years?|yrs?)\b[^()\[\]]*[)\]]\s*$",
                                  re.IGNORECASE)
# "AI Expert (m/f/x) onsite or remote (in Germany or Austria)": where, in parentheses after the role
_TRAILING_WHERE = rx.compile(r"\s*\((?:in|based in|from)\s+([^()]+)\)\s*$", re.IGNORECASE)
# "URGENT: Nurse needed", "Accountant needed in Lagos" (the place has its field)
_NEEDED = rx.compile(r"\s+(?:needed|wanted|required)(?:\s+(?:in|at)\s+[A-Z][\w'’ -]{1,30})?[.!]*$", re.IGNORECASE)
# "Terms of Reference for the Recruitment of a Consultant to ...": who is recruited is the title
_RECRUITMENT_OF = rx.compile(r"^(?:the\s+)?(?:recruitment|hiring|selection|engagement)\s+of\s+(?:an?\s+|the\s+)?"
                             r"(?=\w)", re.IGNORECASE)
# "Finance Officer (1 position)", "Community Mobilizer (3 posts)": how many are hired, not the role
_HOW_MANY = rx.compile(r"\s*[(\[]\s*(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
                       r"(?:positions?|posts?|vacanc(?:y|ies)|openings?|persons?|people|slots?)\s*[)\]]|"
                       # "Finance Officer - 2 positions" at the end; the notice's status: "(Re-advertised)"
                       r"\s*[-–—,]\s*\d{1,3}\s+(?:positions|posts|vacancies|openings)\s*$|"
                       r"\s*[(\[]\s*(?:re-?advertis\w*|re-?advert|re-?posted|re-?opened|re-?announced|"
                       r"(?:deadline\s+)?extended)\s*[)\]]", re.IGNORECASE)
_TERMS_WORD = (rf"(?:{WORK_MODE}|part[\s-]?time|full[\s-]?time|temporary|permanent|fixed[\s-]term|cdi|cdd|vollzeit|"
               r"teilzeit)")
_TRAILING_TERMS = rx.compile(rf"\s*(?:[-–—|,/]\s*|\()*"
                             # "in Teilzeit", "en CDI": the preposition goes with them; "Vollzeit oder Teilzeit"
                             rf"(?:(?:in|en)\s+)?(?:{_TERMS_WORD}(?:\s*(?:or|and|/|oder|und|ou|et)\s*{_TERMS_WORD})*|"
                             # "(Maternity Cover)", "(Work From Home)", "(Summer 2027)": the post's cover or season
                             r"(?:maternity|parental|paternity)(?:\s+leave)?\s+cover|work\s+from\s+home|wfh|"
                             r"(?:summer|winter|spring|fall|autumn)\s+20\d\d|"
                             r"\d{1,2}[\s-]?(?:months?|weeks?|years?)\s+contract)"
                             # "(CDD 12 mois)": the contract's length after its kind
                             r"(?:\s+\d{1,2}\s+(?:mois|months?|ans?|years?|meses|años))?"
                             # "(Fixed term - 2 years)": the term's length after it
                             r"(?:\s*[-–—,]\s*\d{1,2}\s+(?:months?|years?))?"
                             # "(remote Italy)", "(Remote, Kenya)": the mode and the place it is worked from
                             r"(?:\s*[,–—-]?\s+(?P<where>[A-Z][\w'’. -]{1,30}))?\)?\s*$", re.IGNORECASE)


_LOPSIDED_SLASH = rx.compile(r"(?<=\w)/\s+(?=\w)|(?<=\w)\s+/(?=\w)")


_NO_VOWEL = rx.compile(r"[B-DF-HJ-NP-TV-XZ]{2,6}")


def tidy_title(text: str) -> str:
    """
    >>> tidy_title("PROGRAMMES LEAD, WESTERN BALKANS")
    'Programmes Lead, Western Balkans'
    >>> tidy_title("Local consultant")
    'Local consultant'
    >>> tidy_title("Project Officer (m/f/d)"), tidy_title("Referent (m/w/d) Finanzen")
    ('Project Officer', 'Referent Finanzen')
    >>> tidy_title("Human Rights Officer, P3"), tidy_title("Field Assistant (G-5)")
    ('Human Rights Officer', 'Field Assistant')
    >>> tidy_title("Solution Architect (Remote)"), tidy_title("Reservations Consultant  parttime")
    ('Solution Architect', 'Reservations Consultant')
    >>> tidy_title("Senior Service Desk Analyst, (Fixed term - 2 years)")
    'Senior Service Desk Analyst'
    >>> tidy_title("Social Media Moderator Arabic-French (remote Italy)")
    'Social Media Moderator Arabic-French'
    >>> tidy_title("Remote Support Engineer"), tidy_title("Part-time")
    ('Remote Support Engineer', 'Part-time')
    >>> tidy_title("HEAD OF PROGRAMMES"), tidy_title("CHEF DE PARTIE")
    ('Head of Programmes', 'Chef de Partie')
    >>> tidy_title("fraud risk model manager/ lead"), tidy_title("Manager / Lead")
    ('Fraud risk model manager/lead', 'Manager / Lead')
    >>> tidy_title(".Net Softwareentwickler im Workflowdevelopment (m/w/d)")
    '.Net Softwareentwickler im Workflowdevelopment'
    >>> tidy_title("Req #1234 - Data Analyst"), tidy_title("Data Analyst (Req. 1234)")
    ('Data Analyst', 'Data Analyst')
    >>> tidy_title("AI Engineer (6 month contract)"), tidy_title("Product Manager (10+ Years of Experience)")
    ('AI Engineer', 'Product Manager')
    >>> tidy_title("AI Expert (m/f/x) onsite or remote (in Germany or Austria)")
    'AI Expert'
    >>> tidy_title("Lead Developer .Net - CDI - H/F/X"), tidy_title("Développeur Python H/F")
    ('Lead Developer .Net', 'Développeur Python')
    >>> tidy_title("Ingénieur Commercial H/F - CDI"), tidy_title("Projektmanager (m/w/d) in Vollzeit oder Teilzeit")
    ('Ingénieur Commercial', 'Projektmanager')
    >>> tidy_title("Specialist in Remote Sensing")
    'Specialist in Remote Sensing'
    >>> tidy_title("MANAGING DIRECTOR – ZNBS")
    'Managing Director – ZNBS'
    >>> tidy_title("RQ-0950-2023- 1-Practicante pre profesional-Finanzas TI"), tidy_title("P-4 Programme Officer")
    ('Practicante pre profesional-Finanzas TI', 'P-4 Programme Officer')
    >>> tidy_title("Humanitarian Affairs Officer, P3 (Temporary Job Opening) 42 views0 applications")
    'Humanitarian Affairs Officer, P3'
    >>> tidy_title("Registered Nurse $56.41 per hour"), tidy_title("Sales Executive - £28,000 + bonus")
    ('Registered Nurse', 'Sales Executive')
    >>> tidy_title("Delivery Driver ($18-$22/hr)"), tidy_title("$5M Fund Manager")
    ('Delivery Driver', '$5M Fund Manager')
    >>> tidy_title("Chef de Partie - Immediate Start - £14.50ph")
    'Chef de Partie'
    >>> tidy_title("Home Care Aide - Weekly Pay!"), tidy_title("HGV Class 1 Driver - Immediate Start!")
    ('Home Care Aide', 'HGV Class 1 Driver')
    >>> tidy_title("Nurse – Night Shift – $5,000 Sign-On Bonus")
    'Nurse – Night Shift'
    >>> tidy_title("Accountant needed in Lagos"), tidy_title("Chargé(e) de mission plaidoyer (CDD 12 mois)")
    ('Accountant', 'Chargé(e) de mission plaidoyer')
    >>> tidy_title("Events & Communications Assistant DEPARTMENT: Development REPORTS TO: James Heard")
    'Events & Communications Assistant'
    >>> tidy_title("the Recruitment of a Consultant to Conduct a Market Assessment")
    'Consultant to Conduct a Market Assessment'
    >>> tidy_title("Software\\nDeveloper Analyst")
    'Software Developer Analyst'
    >>> tidy_title("Finance Officer (1 position)"), tidy_title("Community Mobilizer (3 Posts) - Maiduguri")
    ('Finance Officer', 'Community Mobilizer - Maiduguri')
    >>> tidy_title("Finance Officer (Re-advertised)"), tidy_title("Driver - 2 positions")
    ('Finance Officer', 'Driver')
    >>> tidy_title("Driver (Deadline 15 Jan 2026)"), tidy_title("Driver – Apply by 15/01/2026")
    ('Driver', 'Driver')
    >>> tidy_title("Key Expert 2: Procurement Expert"), tidy_title("Head of ICT: SAP")
    ('Key Expert 2: Procurement Expert', 'Head of ICT: SAP')
    """
    text = _LEADING_REFERENCE.sub("", text)  # "#14-2026 Field Coordinator", "Req #1234 - Data Analyst"
    text = _TRAILING_REFERENCE.sub("", text)  # "Data Analyst (Req. 1234)"
    text = _TRAILING_DEADLINE.sub("", text)  # "Driver (Deadline 15 Jan 2026)", "Driver – Apply by 15/01/2026"
    text = _SITE_COUNTERS.sub("", text)  # "Project Manager 50 views0 applications": a job board's counters
    text = _TRAILING_PAY.sub("", text) if any(c in text for c in "$£€₹") else text
    text = _TRAILING_START.sub("", text) if _PERK_HINTS.search(text) else text
    text = _HOW_MANY.sub("", text) if "(" in text or "[" in text or " positions" in text else text
    text = _RECRUITMENT_OF.sub("", text)
    text = _NEEDED.sub("", text) if " " in text else text  # "URGENT: Nurse needed"
    glued = _GLUED_FIELD.search(text) if ":" in text else None
    text = text[:glued.start()] if glued and ROLE_WORD.search(text[:glued.start()]) else text
    # "Project Officer (m/f/d)": the role is the title; a leading dot is kept (".Net Softwareentwickler")
    text = GENDER_MARK.sub("", text).strip(" :;,-–").rstrip(".")
    text = TRAILING_GRADE.sub("", text)  # "Human Rights Officer, P3": the grade has a field of its own
    text = _TRAILING_EXPERIENCE.sub("", text)  # "Product Manager (10+ Years of Experience)": a requirement
    text = _before_the_facts(text)  # "Senior Data Engineer | Acme Corp | Austin, TX": a board's line of facts
    where = _TRAILING_WHERE.search(text)
    if where and where.start() > 0 and names_a_place(where.group(1)):
        text = text[:where.start()]  # the locations field says where
    # "Solution Architect (Remote)", "Reservations Consultant  parttime": remote and terms have fields of their own
    for _ in range(2):  # "Customer Service Rep (Work From Home) - Part Time": two in a row
        terms = _TRAILING_TERMS.search(text)
        set_off = terms is not None and terms.group(0).lstrip()[:1] in "-–—|,/("
        if terms is None or (not set_off and terms.group("where") and not names_a_place(terms.group("where"))):
            break  # "Specialist in Remote Sensing": a field of work, not the mode and a place
        bare = text[:terms.start()]
        # (a role this vocabulary does not know keeps its terms off too when they are set apart: "Projektmanager
        # (m/w/d) in Vollzeit")
        apart = set_off or terms.group(0).lstrip()[:3].lower() in ("in ", "en ")
        text = bare if bare and (ROLE_WORD.search(bare) or apart) else text
    text = GENDER_MARK.sub("", text).strip(" :;,-–")  # "Ingénieur Commercial H/F - CDI": the mark ended it
    if text.isupper():  # an acronym stays in capitals: a known one, or letters no word is spelled with ("ZNBS")
        text = " ".join(w if w in ("UN", "EU", "IT", "HR", "ICT", "M&E") or _NO_VOWEL.fullmatch(w) else
                        w.lower() if i and w.lower() in TITLE_SMALL_WORDS else w.capitalize()
                        for i, w in enumerate(text.split()))
    # a role read from prose: "an experienced fraud risk model manager/ lead"
    text = _LOPSIDED_SLASH.sub("/", text)
    text = " ".join(text.split())  # a role read across a line break: "the Software\nDeveloper Analyst is"
    return text[:1].upper() + text[1:] if text[:1].islower() else text


_PIPES = rx.compile(r"\s+[|•·]\s+")
_DASHES = rx.compile(r"\s+[-–—]\s+")


def _before_the_facts(text: str) -> str:
    """The role of a job board's one-line header, without the employer, place or pay it runs on to: between
    pipes, the first part when a later one names a place; between dashes, what comes before the place.

    >>> _before_the_facts("Senior Data Engineer | Acme Corp | Austin, TX"), _before_the_facts("Nurse - ICU - Nights")
    ('Senior Data Engineer', 'Nurse - ICU - Nights')
    >>> _before_the_facts("Senior Data Engineer - Austin, TX - Acme Corp")
    'Senior Data Engineer'
    """
    for separator in (_PIPES, _DASHES):
        cuts = list(separator.finditer(text))
        if len(cuts) < 2 or not ROLE_WORD.search(text[:cuts[0].start()]):
            continue  # ("Field Coordinator – Prizren": a place alone after the role is cut by the caller)
        for cut, following in zip(cuts, [*cuts[1:], None]):
            if names_a_place(text[cut.end():following.start() if following else len(text)]):
                return text[:(cuts[0] if separator is _PIPES else cut).start()]
    return text


# "Vacancy notice No. e45/2026", "Vacancy Announcement No: VA/2024/017" printed as a line of the header
# ... and France Travail's "Offre n° 184XKJT", a Spanish board's "Oferta nº 1234"
_NUMBERED_NOTICE = rx.compile(
    r"^(?:(?:job|vacancy|position|post)\s+(?:notice|announcement|advert(?:isement)?)|vacancy|call\s+for\s+\w+|"
    r"offre(?:\s+d['’]emploi)?|annonce|oferta(?:\s+de\s+empleo)?)"
    r"\s+(?:no\.?|nr\.?|n[°ºo]\.?|number|ref\.?|reference|#)\s*[:.]?\s*(?P<ref>[\w/.-]*\d[\w/.-]*?)[.,;]?$",
    re.IGNORECASE)


def numbers_the_notice(line: str) -> bool:
    """A header line that is the notice's number, not a name.

    >>> numbers_the_notice("Offre n° 184XKJT"), numbers_the_notice("Vacancy notice No. e45/2026")
    (True, True)
    >>> numbers_the_notice("Oxfam Novib")
    False
    """
    return _NUMBERED_NOTICE.match(line.strip()) is not None


def find_reference(fields: list[LabelledField], header: tuple[str, ...] | list[str] = ()) -> str | None:
    """The vacancy's reference: a labelled one, else the number a header line gives the notice.

    >>> find_reference([], ["COUNCIL OF EUROPE", "Vacancy notice No. e45/2026"])
    'e45/2026'
    """
    found = labelled(fields, "reference")
    if not found:
        return next((m.group("ref") for m in map(_NUMBERED_NOTICE.match, header) if m), None)
    value = re.split(r"\s+\(|\s{2,}|;", found[0].value)[0].strip(" .,;")  # "24-Human Rights-OHCHR-238041-R-Kyiv (X)"
    return value if len(value) <= 60 else value.split()[0]


# a role's or an employer's name starts with what the person or the body is; a motto with a preposition, a
# conjunction or an invitation
_A_MOTTO_OPENS = rx.compile(r"^(?:for|with|together|because|where|when|if|let's|let’s)\b", re.IGNORECASE)


def is_a_motto(line: str) -> bool:
    """
    >>> is_a_motto("For every child, hope"), is_a_motto("Let's Grow Together"), is_a_motto("For Hire: Driver")
    (True, True, False)
    """
    return bool(_A_MOTTO_OPENS.match(line)) and not ROLE_WORD.search(line)
