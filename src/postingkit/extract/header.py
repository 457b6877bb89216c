"""The top of a notice, read once for every field that looks there: the short lines above the first
section, and a job board's header (title, employer and place as the first lines, one under another,
then a blank line: how job boards and their data sets print a posting)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .. import patterns as rx  # re.compile, from a per-machine cache of compiled patterns
from ..data.debris import is_debris
from ..headings import classify_heading
from ..model import Block, Location
from .asides import without_asides
from .dates import find_date
from .identity import ROLE_WORD, is_document_label, names_a_role, numbers_the_notice
from .organization import names_an_organization, without_acronym, without_its_unit
from .places import WORK_MODE, country_of_code, find_cities, place_of_line, place_words, town_of_line, with_cities
from .terms import only_a_grade, states_terms

_HEADER_BLOCKS = 10
_MAX_HEADER_WORDS = 14
_MAX_BOARD_LINE_WORDS = 10
_MAX_EMPLOYER_WORDS = 6


@dataclass(frozen=True)
class BoardHeader:
    title: str
    employer: str
    place: str
    places: list[Location] = field(default_factory=list)
    employer_first: bool = False  # a page copied as text names the employer above the title (LinkedIn)


@dataclass(frozen=True)
class HeaderZone:
    lines: list[str]  # short lines above the first known section: "Org | City, Country" under a title
    board: BoardHeader | None
    facts: frozenset[int] = frozenset()  # ids of the table rows among them that are a job board's facts


def header_zone(blocks: list[Block]) -> HeaderZone:
    top = _header_blocks(blocks)
    board = _board_header(blocks) or _page_header(blocks) or _employer_and_place_header(blocks)
    return HeaderZone(lines=[b.text for b in top], board=board,
                      facts=frozenset(id(b) for b in top if b.kind == "table_row"))


# a job board page copied as text (LinkedIn): the employer, the title, then "Zurich, Zurich, Switzerland ·
# Reposted 2 days ago · Over 100 people clicked apply", its buttons between them
_PLACE_AND_AGE = rx.compile(r"^(?P<place>[^·|]{2,80}?)\s+[·|]\s+(?:(?:re)?posted\s+)?(?:\d+|an?)\s+"
                            r"(?:minute|hour|day|week|month)s?\s+ago\b", re.IGNORECASE)


# ... or the employer first on that line, under the title (a job site's saved page)
_EMPLOYER_PLACE_AND_AGE = rx.compile(r"^(?P<employer>[^·|]{2,80}?)\s+[·|]\s+(?P<place>[^·|]{2,80}?)\s+[·|]\s+"
                                     r"(?:(?:re)?posted\s+)?(?:\d+|an?)\s+(?:minute|hour|day|week|month)s?\s+ago\b",
                                     re.IGNORECASE)


_AT_THE_EMPLOYER = rx.compile(r"^(?:at|@)\s+(?=[A-Z0-9])")


def _page_header(blocks: list[Block]) -> BoardHeader | None:
    """Employer, title, then a line of the place and how long ago the job was posted, the page's buttons
    and menus (debris) between them; or employer, its rating, title (Glassdoor). The title must name a role and
    the employer must not.

    >>> blocks = [Block("paragraph", t) for t in ("Acme Bank logo", "Acme Bank", "Share", "Data Scientist AI (w/m/d)",
    ...           "Zurich, Switzerland · Reposted 2 days ago · Over 100 applicants", "Hybrid")]
    >>> board = _page_header(blocks)
    >>> (board.title, board.employer, [(l.city, l.country) for l in board.places])
    ('Data Scientist AI (w/m/d)', 'Acme Bank', [('Zurich', 'CH')])
    >>> board = _page_header([Block("heading", "Logistics Officer"),
    ...                       Block("paragraph", "CARE International · Amman, Jordan · Posted 2 days ago")])
    >>> (board.title, board.employer, [(l.city, l.country) for l in board.places])
    ('Logistics Officer', 'CARE International', [('Amman', 'JO')])
    """
    rated = _rated_employer_header(blocks)
    if rated:
        return rated
    if not any("ago" in b.text for b in blocks[:_HEADER_BLOCKS + 6]):
        return None  # most notices: no "posted 2 days ago" line, nothing to filter
    kept = [b.text.strip() for b in blocks[:_HEADER_BLOCKS + 6] if not is_debris(b.text) and b.kind != "table_row"]
    for n, line in enumerate(kept[:_HEADER_BLOCKS]):
        m = (_EMPLOYER_PLACE_AND_AGE.match(line) or _PLACE_AND_AGE.match(line)) if "ago" in line else None
        if m is None:
            continue
        named = m.re is _EMPLOYER_PLACE_AND_AGE  # "CARE International · Amman, Jordan · Posted 2 days ago"
        if n < (1 if named else 2):
            return None
        employer, title = (m.group("employer").strip() if named else kept[n - 2]), kept[n - 1]
        if not _employer_over_title(employer, title):
            return None
        place = m.group("place").strip()
        return BoardHeader(title=title, employer=without_acronym(employer), place=place,
                           places=with_cities(place, place_of_line(place)), employer_first=True)
    return None


def _employer_and_place_header(blocks: list[Block]) -> BoardHeader | None:
    """The title, then the employer and its town on one line, as UK boards print a school's or a charity's post
    ("Hollybrook Primary School, Bristol"); a blank, a line of pay or terms, or the body after them.

    >>> board = _employer_and_place_header([Block("heading", "Teaching Assistant"),
    ...     Block("heading", "Hollybrook Primary School, Bristol", after_blank=False),
    ...     Block("paragraph", "We are looking for a caring TA.", after_blank=True)])
    >>> (board.title, board.employer, [(l.city, l.country) for l in board.places])
    ('Teaching Assistant', 'Hollybrook Primary School', [('Bristol', 'GB')])
    """
    if len(blocks) < 3 or blocks[1].after_blank or any(b.kind == "table_row" for b in blocks[:2]):
        return None
    title, line = blocks[0].text.strip(), blocks[1].text.strip()
    employer, _, place = line.partition(", ")
    if not place or len(title.split()) > _MAX_BOARD_LINE_WORDS or len(employer.split()) > _MAX_EMPLOYER_WORDS \
            or not names_an_organization(employer) or names_an_organization(title):
        return None
    places = with_cities(place, place_of_line(place)) or town_of_line(place)
    if not places or not (blocks[2].after_blank or _opens_the_body(blocks[2]) or _a_header_fact(blocks[2])):
        return None
    return BoardHeader(title=title, employer=without_acronym(employer), place=place, places=places)


def _employer_over_title(employer: str, title: str) -> bool:
    """A page's employer line over its title line: the title names a role ("Data Scientist AI/GenAI (w/m/d)": a
    role word anywhere, not only last), the employer none; both short."""
    return bool(ROLE_WORD.search(title)) and not ROLE_WORD.search(employer) \
        and len(employer.split()) <= _MAX_EMPLOYER_WORDS and len(title.split()) <= _MAX_BOARD_LINE_WORDS


# a review site's rating on a line of its own under the employer: "4.1 ★", "3.8", "4.1 out of 5 stars"
_RATING_LINE = rx.compile(r"^[0-5][.,]\d\s*(?:★|out\s+of\s+5(?:\s+stars)?)?$")


def _rated_employer_header(blocks: list[Block]) -> BoardHeader | None:
    """Employer, its rating on a line of its own, the title, the place (Glassdoor's page as text).

    >>> board = _rated_employer_header([Block("paragraph", t) for t in (
    ...     "Acme Robotics", "4.1 ★", "Mechanical Design Engineer II", "Pittsburgh, PA", "$82K - $105K")])
    >>> (board.title, board.employer, [(l.city, l.country) for l in board.places])
    ('Mechanical Design Engineer II', 'Acme Robotics', [('Pittsburgh', 'US')])
    """
    lines = [b.text.strip() for b in blocks[:_HEADER_BLOCKS] if b.kind != "table_row"]
    for n, line in enumerate(lines[1:-1], start=1):
        if not _RATING_LINE.match(line):
            continue
        employer, title = lines[n - 1], lines[n + 1]
        if not _employer_over_title(employer, title):
            return None
        place = lines[n + 2] if n + 2 < len(lines) else ""
        places = with_cities(place, place_of_line(place)) if place else []
        return BoardHeader(title=title, employer=without_acronym(employer), place=place if places else "",
                           places=places, employer_first=True)
    return None


def _header_blocks(blocks: list[Block]) -> list[Block]:
    found = []
    for n, block in enumerate(blocks[:_HEADER_BLOCKS]):
        if block.kind == "heading" and classify_heading(block.text) is not None:
            if n == 0 and is_document_label(block.text):
                continue  # "TERMS OF REFERENCE" over the role and "UNICEF Country Office, Lusaka, Zambia": the
                # document's name, not its first section
            break
        words = [w for w in block.text.split() if w not in ("·", "|", "•", "–", "—", "-")]
        if block.kind == "table_row":
            if _is_a_facts_row(block):
                found.append(block)
        elif not is_debris(block.text) and len(words) <= _MAX_HEADER_WORDS and not _ends_a_sentence(block.text):
            found.append(block)
    return found


# a point that ends an abbreviation, not a sentence: "Washington, D.C.", "Acme Inc."
_ABBREVIATION_AT_END = rx.compile(r"(?:\b[A-Za-z]\.){2,}$|\b(?:Inc|Ltd|Co|Corp|Bros|Pvt|Pty|LLC|PLC|Plc)\.$")


def _ends_a_sentence(text: str) -> bool:
    """
    >>> _ends_a_sentence("We are hiring."), _ends_a_sentence("Washington, D.C."), _ends_a_sentence("Acme Inc.")
    (True, False, False)
    """
    return text.endswith(".") and not _ABBREVIATION_AT_END.search(text)


def _is_a_facts_row(block: Block) -> bool:
    """A job board's line of facts set as a row of boxes under the title ("$120K/yr - $150K/yr | Remote |
    Full-time" in a LinkedIn print): short cells, none a sentence."""
    cells = [c.strip() for c in block.cells if c.strip()]
    return len(cells) >= 2 and all(len(c.split()) <= _MAX_FACT_WORDS and not c.endswith(".") for c in cells)


_MAX_FACT_WORDS = 5
_WORK_MODE_ONLY = rx.compile(rf"^\s*{WORK_MODE}\s*$", re.IGNORECASE)
_COUNTRY_CODE = rx.compile(r"US|USA|UK|EU|EMEA|APAC|LATAM")  # "Remote - US": a code or a region for a place


def only_a_place(line: str) -> bool:
    """"Toronto, ON" and "Lagos, Nigeria" are places; "Besedo Paris" and "PwC Canada" are names that hold one;
    "Remote - US" and "Hybrid" are where the work is done, not who hires.

    >>> only_a_place("Toronto, ON"), only_a_place("PwC Canada"), only_a_place("Remote - US")
    (True, False, True)
    >>> only_a_place("Lagos, Nigeria"), only_a_place("MDA Montreal")
    (True, False)
    >>> only_a_place("Remote (Canada)"), only_a_place("Syria lead / SBC Programme Manager (contingent on funding)")
    (True, False)
    """
    if _WORK_MODE_ONLY.match(line):
        return True
    bare = place_words(line)
    if bare != line:  # the work mode set aside: what is left is the place ("Remote (Canada)": in parentheses)
        bare = bare.strip("() ")
        if _COUNTRY_CODE.fullmatch(bare) or place_of_line(bare):
            return True
    rest = line
    for location in place_of_line(line):
        rest = rest.replace(location.text, " ")
        for part in (location.city, location.country):
            rest = rest.replace(part or "\0", " ")
    for city in find_cities(rest):  # "Lagos, Nigeria": the country's line names its city too
        rest = rest.replace(city.text, " ")
    return bool(place_of_line(line)) and not any(c.isalpha() for c in rest.replace(",", " "))


def _board_header(blocks: list[Block]) -> BoardHeader | None:
    """Title, employer, place: three short lines with no blank between them and a blank after, where the
    second is a name (not a role, a place, a label or a heading) and the third reads as a place (or is
    short and unpunctuated, as "Henlow" is); or three lines spaced alike, one paragraph each in a DOCX or PDF,
    when the third names a place and the body follows."""
    if len(blocks) < 4:
        return None
    tight = not blocks[1].after_blank and not blocks[2].after_blank
    if not tight and not (blocks[1].after_blank and blocks[2].after_blank):
        return None  # spaced unevenly: not one block of three lines
    title, employer, place = (b.text.strip() for b in blocks[:3])
    # a department, then its branch: "Employment and Social Development Canada - Strategic and Service Policy
    # Branch" (Canada's public service)
    employer = without_its_unit(_AT_THE_EMPLOYER.sub("", employer))  # LinkedIn's copy: "at Deloitte"
    if any(b.kind == "table_row" or len(text.split()) > _MAX_BOARD_LINE_WORDS or _ends_a_sentence(text.rstrip())
           for b, text in zip(blocks[:3], (title, employer, place))):
        return None  # ("Zenith Edutech Pvt. Ltd.", "Acme Inc." end in an abbreviation's point)
    if not employer[:1].isupper() and not employer[:1].isdigit():
        return None  # "announces an open call for": a sentence going on, not a name
    # (a role's plural ends a company's name: "QuickShip Couriers", "Brightside Nurses" under the title)
    role_named = names_a_role(employer) and not (employer.split()[-1].endswith("s") and names_a_role(title)
                                                 and len(employer.split()) >= 2)
    if len(employer.split()) > _MAX_EMPLOYER_WORDS or ":" in employer or role_named \
            or only_a_place(employer) or classify_heading(employer) is not None or is_debris(employer) \
            or only_a_grade(employer) or numbers_the_notice(employer):
        return None  # "Band 5" under an NHS title: the post's grade; "Offre n° 184XKJT": the offer's number
    # (a heading's word in an aside is no heading: "Geneva, Switzerland (with assignments in the field)")
    if ":" in place or classify_heading(without_asides(place) or place) is not None:
        return None
    employer = _RATING.sub("", without_acronym(employer)) or employer  # "Acme Corp 3.9★": the board's rating
    # the place line may name a town alone, small or abroad: "Tring", "Boulogne-Billancourt (92)"
    places = with_cities(place, place_of_line(place)) or town_of_line(place_words(place))
    # a work mode where the place is printed ("Remote", "Remote, US", "Hybrid"): where the work is done
    work_mode = not places and only_a_place(place)
    if work_mode and len(bare := place_words(place)) == 2 and bare.isupper():
        places = [found] if (found := country_of_code(bare)) else []  # "Remote, US"
    at = 3  # the line after the place
    if not places and not work_mode and _a_header_fact(blocks[2]):
        # the terms before the place: "Ulule" / "CDI" / "Paris" (Welcome to the Jungle)
        at = _after_a_place_under_facts(blocks, tight)
        if at:
            place = blocks[at - 1].text.strip()
            places = with_cities(place, place_of_line(place))
    if not at or not _header_ends(blocks, tight, bool(places) or work_mode, at):
        return None
    return BoardHeader(title=title, employer=employer, place=place, places=places)


def _after_a_place_under_facts(blocks: list[Block], tight: bool) -> int:
    """The index after the place line, when a line or two of terms or pay come between the employer and the
    place, all set alike ("Ulule" / "CDI" / "Paris"); 0 when no place follows them."""
    n = 2
    while n < min(len(blocks) - 1, 2 + _MAX_HEADER_FACTS) and _a_header_fact(blocks[n]):
        n += 1
        if blocks[n].after_blank == tight:  # a blank in a tight header, none in one spaced alike: it ended
            return 0
        if ":" not in blocks[n].text and place_of_line(blocks[n].text):
            return n + 1
    return 0


def _header_ends(blocks: list[Block], tight: bool, a_place: bool, at: int = 3) -> bool:
    """Whether the header lines end before `at`: a blank line after them; or, where none sets them apart (a data
    set that kept no blank line, one paragraph each in a DOCX or PDF), a place on the third and the body next,
    or a line of pay or terms then the blank or the body (Indeed)."""
    if at >= len(blocks):
        return False
    if tight and blocks[at].after_blank:
        return True
    if not a_place:
        return False
    if _opens_the_body(blocks[at]):
        return True
    # a line or two of pay and terms ("CDI" / "35 000 € - 40 000 € par an"), then the blank or the body; in a
    # header spaced alike (one paragraph each, a PDF's or a DOCX's), then the body
    n = at
    while n < min(len(blocks) - 1, at + _MAX_HEADER_FACTS) and (not tight or not blocks[n].after_blank) and \
            _a_header_fact(blocks[n]):
        n += 1
        if (tight and blocks[n].after_blank) or _opens_the_body(blocks[n]):
            return True
    return False


_MAX_HEADER_FACTS = 3  # "EC-05" / "Indeterminate, Term" / "$88,683 to $96,031" under the place
# an amount with its currency before or after it, or the work mode: the terms are the terms vocabulary's
# ("42K €"; a grade's code alone: "EC-05", "P-3", as Canada's public service and the UN print it under the place)
_HEADER_FACT = rx.compile(rf"[$£€₹]\s?\d|\d\s?k?\s?(?:[$£€₹]|EUR\b)|\b{WORK_MODE}\b|^(?-i:[A-Z]{{1,3}}-\d{{1,2}})$",
                          re.IGNORECASE)


def _a_header_fact(block: Block) -> bool:
    """A board's line of pay or terms under its place ("$15.50 - $17.00 an hour", "Full-time, Permanent").

    >>> _a_header_fact(Block("paragraph", "$15.50 - $17.00 an hour")), _a_header_fact(Block("paragraph", "About us"))
    (True, False)
    >>> _a_header_fact(Block("paragraph", "Publiée le 27/11/2026"))
    True
    """
    return len(block.text.split()) <= _MAX_BOARD_LINE_WORDS and (
        _HEADER_FACT.search(block.text) is not None or states_terms(block.text)
        or find_date(block.text) is not None)  # "Publiée le 27/11/2026" (APEC)


def _opens_the_body(block: Block) -> bool:
    """A block that no header line is: a section's heading, a "Label: value" line, or a paragraph longer than a
    board's lines.

    >>> _opens_the_body(Block("heading", "Company Description")), _opens_the_body(Block("paragraph", "Full-time"))
    (True, False)
    """
    return classify_heading(block.text) is not None or ":" in block.text \
        or len(block.text.split()) > _MAX_BOARD_LINE_WORDS or _ends_a_sentence(block.text.rstrip())


# a review site's rating printed after the employer ("Acme Corp 3.9★", "Acme Corp - 4.1")
# (not a name's own number: "Industry 4.0")
_RATING = rx.compile(r"\s*(?:[-–·|]\s*[0-5][.,]\d\s*★?|[0-5][.,]\d\s*★)$")
