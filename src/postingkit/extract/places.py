"""Countries where the job is based (ISO 3166-1 alpha-2) and whether it is remote."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import patterns as rx  # re.compile, from a per-machine cache of compiled patterns
from ..data.cities import CITY_COUNTRIES
from ..data.countries import (
    AMBIGUOUS_NAMES,
    COUNTRIES_AFTER_IN,
    COUNTRY_ALIASES,
    US_STATES_ALONE,
    US_STATES_WITH_ZIP,
)
from ..data.country_names import COUNTRY_NAMES, TRANSLATED_COUNTRY_NAMES
from ..lexicon import alternation, by_meaning, entries, hints
from ..model import Location
from .asides import without_asides
from .phrases import PhraseTable
from .scan import indexes_mentioning, matches_from_hints

_WORK_MODES = by_meaning(entries("work_modes"))
_REMOTE = rx.compile(alternation(_WORK_MODES["remote_word"]), re.IGNORECASE)
_REMOTE_CONTEXT = rx.compile(alternation(_WORK_MODES["not_remote"]), re.IGNORECASE)
# A sentence that says the job itself is remote (not "travel to remote areas").
_REMOTE_STATEMENT = rx.compile(alternation(_WORK_MODES["remote_statement"]), re.IGNORECASE)
_REMOTE_HINTS = hints(_WORK_MODES["remote_statement"])
# ... and one that says it is not: "Remote work is not possible", "Remote job: No"
_REMOTE_DENIED = rx.compile(alternation(_WORK_MODES["remote_denied"]), re.IGNORECASE)
_REMOTE_DENIED_HINTS = hints(_WORK_MODES["remote_denied"])
# the words before a remote statement that turn it round: "This is NOT a remote position", "not fully remote"
_NEGATED = rx.compile(alternation(_WORK_MODES["negation"]), re.IGNORECASE)
_CITY_BEFORE = rx.compile(r"([A-Z][\w'’.-]+(?:[ -][A-Z][\w'’.-]+){0,2})\s*[,(–-]\s*$")
_BASED_IN = rx.compile(r"\b(?:based\s+in|duty\s+station|located\s+in|position\s+is\s+in|work\s+location|"
                       r"based\s+(?:position|role|post|job)\s+in|"  # "Field based position in Antananarivo"
                       # French and Spanish: "L'Assistant d'équipe sera basé à Goma", "basado en Lima", "con sede en"
                       r"bas[ée]e?s?\s+[àa]|basad[oa]s?\s+en|con\s+sede\s+en|"
                       r"our\s+office\s+in|"
                       # "This is an on-site role in Austin, TX", "fully on-site at our Denver, CO office"
                       r"on[\s-]?site\s+(?:(?:role|position|job)\s+)?(?:in|at)(?:\s+our)?|"
                       # where the holder must live or may work: "The CR must reside in Peru", "open to candidates
                       # located and with the right to work in United Kingdom and Kenya"
                       r"must\s+(?:reside|live|be\s+based|be\s+located)\s+in|right\s+to\s+work\s+in)\b[^.\n]{0,200}",
                       re.IGNORECASE)
# each alternative's first word
_BASED_IN_STARTS = ("based", "duty", "located", "position", "work", "our", "must", "right", "bas", "con", "on")
# where the organisation sits, not the job: "The Federal Headquarters (HQ) is based in Berlin"
_THE_ORGANISATION_SITS = rx.compile(r"(?:headquarter\w*|si[èe]ge|sede\s+central|\bhq\b|head\s+office|"
                                    r"registered\s+office|secretariat|sister[\s-]compan\w+|we\s+are|"
                                    # "SPC FAME staff are based in ..."
                                    r"\b(?:staff|teams?|employees|offices)\s+(?:are|is))[^.\n]{0,60}$", re.IGNORECASE)


# "Austin, TX", "Dover, DE 19901", and the capital written with its points: "Washington, D.C."
_US_CITY_STATE = rx.compile(r"\b([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}), ([A-Z]{2}\b(?![’'-])|D\.C\.)"
                            r"( \d{5}(?:-\d{4})?\b)?")


@lru_cache(maxsize=1)
def _country_table() -> PhraseTable[str]:
    names = {**TRANSLATED_COUNTRY_NAMES, **COUNTRY_NAMES, **COUNTRY_ALIASES}
    for ambiguous in AMBIGUOUS_NAMES:
        names.pop(ambiguous, None)
    return PhraseTable(names)


def find_countries(text: str) -> list[Location]:
    """Country mentions in a text, in order, each country once.

    >>> [l.country for l in find_countries("based in either Albania, Bosnia and Herzegovina, Kosovo Montenegro")]
    ['AL', 'BA', 'XK', 'ME']
    >>> [l.country for l in find_countries("Serbian speakers in the United Kingdom")]
    ['GB']
    >>> [l.country for l in find_countries("Lieu d'affectation : Tchad ; missions en République centrafricaine")]
    ['TD', 'CF']
    >>> [(l.city, l.country) for l in find_countries("Acme Health · Austin, TX (Hybrid)")]
    [('Austin', 'US')]
    >>> find_countries("Tirana, AL"), [l.country for l in find_countries("Dover, DE 19901")]
    ([], ['US'])
    >>> [(l.city, l.country) for l in find_countries("Washington, D.C.")]
    [('Washington', 'US')]
    >>> [(l.city, l.country) for l in find_countries("Lebanon, PA")]
    [('Lebanon', 'US')]
    >>> [(l.city, l.country) for l in find_countries("5600 Avenida Encinas, Carlsbad, CA 92008, USA")]
    [('Carlsbad', 'US')]
    >>> [(l.city, l.country) for t in ("on-site at our Denver, CO office", "Bogotá, CO") for l in find_countries(t)]
    [('Denver', 'US')]
    >>> [l.country for l in find_countries("an Area Coordinator for its mission in Mali")], find_countries("Chad")
    (['ML'], [])
    """
    found: dict[str, Location] = {}
    for m in _country_table().find(text):
        word = text[m.start:m.end]
        if word.isupper() and len(word) <= 3 and m.phrase not in ("usa", "uae", "uk", "drc", "rdc", "bih"):
            continue  # "IT", "CH" and friends are rarely countries in running text
        found.setdefault(m.value, Location(text=word, country=m.value))
    if " in " in text:  # "for its mission in Mali": after "in", a name that is also a word or a person's
        for m in _IN_AN_AMBIGUOUS_COUNTRY.finditer(text):
            code = COUNTRY_NAMES[m.group(1).lower()]
            found.setdefault(code, Location(text=m.group(1), country=code))
    if ", " in text:  # also when "USA" is named: "Carlsbad, CA 92008, USA" names the town too
        for m in _US_CITY_STATE.finditer(text):
            state = m.group(2).replace(".", "")
            # a state whose code is also a country's counts alone after a town that is American: "Denver, CO"
            # (not "Bogotá, CO", "Berlin, DE")
            if state in (US_STATES_WITH_ZIP if m.group(3) else US_STATES_ALONE) or (
                    state in US_STATES_WITH_ZIP and [l.country for l in town_of_line(m.group(1))] == ["US"]):
                found["US"] = Location(text=m.group(0), city=m.group(1), country="US")
                # "Lebanon, PA", "Peru, IN": the town, not the country it is named after
                found = {code: l for code, l in found.items() if code == "US" or l.text != m.group(1)}
                break
    return list(found.values())


_IN_AN_AMBIGUOUS_COUNTRY = rx.compile(r"\bin\s+(" + "|".join(sorted(n.title() for n in COUNTRIES_AFTER_IN)) + r")\b")


@lru_cache(maxsize=1)
def _city_table() -> PhraseTable[str]:
    return PhraseTable(CITY_COUNTRIES)


@lru_cache(maxsize=1)
def _region_table() -> PhraseTable[str]:
    from ..data.regions import REGION_COUNTRIES

    return PhraseTable(REGION_COUNTRIES)


_CODE = rx.compile(r"^[A-Z][A-Z0-9]$")
_TOWN_THEN_REGION = rx.compile(r"([A-ZÀ-Þ][\w'’. -]{1,40}?)\s*\(([A-ZÀ-Þ][\w'’. -]{2,40})\)")
# a postal code after the place: Canada's "L5B 3C2", the UK's "LS1 4AP", "SW1A 2AA"
_POSTCODE_AT_END = rx.compile(r"[\s,]+(?:[A-Z]\d[A-Z] ?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})$")
# the region part of a job board's "City, REGION, COUNTRY": a state's letters or an old FIPS region code, which
# may be digits ("Paris, A8, FR", "Bordeaux, 97, FR", "Lyon, 69, FR")
_REGION_CODE = rx.compile(r"^[A-Z0-9]{1,3}$")
_TOWN_MAX_WORDS = 2  # "Mountain View, California" names a town; "Henlow Health Resort, Bedfordshire" a place in one


def place_of_line(text: str) -> list[Location]:
    """Countries of a line that is only a place (a job board's location line, a 'Location:' value),
    where a region code or a province may name the country: "Toronto, ON" (Canada), "Indianapolis, IN"
    (a US state), "TN, IN" and "Paris, A8, FR" (a region code, then the country's), "Milford, Surrey".

    >>> [l.country for t in ("Toronto, ON", "Indianapolis, IN", "TN, IN", "Paris, A8, FR", "Berlin, DE")
    ...  for l in place_of_line(t)]
    ['CA', 'US', 'IN', 'FR', 'DE']
    >>> [(l.city, l.country) for t in ("Toulouse, 31, FR", "Bordeaux, 97, FR") for l in place_of_line(t)]
    [('Toulouse', 'FR'), ('Bordeaux', 'FR')]
    >>> [l.country for l in place_of_line("Milford, Surrey")], place_of_line("Consensus")
    (['GB'], [])
    >>> [(l.city, l.country) for t in ("Chad", "Amman, Jordan") for l in place_of_line(t)]
    [(None, 'TD'), ('Amman', 'JO')]
    >>> [(l.city, l.country) for t in ("Atlanta, Georgia", "Tbilisi, Georgia") for l in place_of_line(t)]
    [('Atlanta', 'US'), ('Tbilisi', 'GE')]
    >>> [(l.city, l.country) for t in ("On-site, Austin TX", "Toronto ON", "Berlin DE") for l in place_of_line(t)]
    [('Austin', 'US'), ('Toronto', 'CA'), ('Berlin', 'DE')]
    >>> [(l.city, l.country) for t in ("Gatineau (Québec)", "Kamloops (British Columbia)") for l in place_of_line(t)]
    [('Gatineau', 'CA'), ('Kamloops', 'CA')]
    >>> [(l.city, l.country) for t in ("Mississauga, ON L5B 3C2", "Vancouver, BC V6B 1A1") for l in place_of_line(t)]
    [('Mississauga', 'CA'), ('Vancouver', 'CA')]
    """
    # a town and its province or county in parentheses, as Canada's public service writes it: "Gatineau (Québec)"
    in_region = _TOWN_THEN_REGION.fullmatch(text.strip())
    found = place_of_line(f"{in_region.group(1)}, {in_region.group(2)}") if in_region else []
    if len(found) == 1 and found[0].city == in_region.group(1):  # the town, not "Kosovo Women's Network (KWN)"
        return [found[0].model_copy(update={"text": text.strip()})]  # the words as written
    line = without_asides(text).strip(" ,;")  # "Calgary, AB (+2 others)"
    line = _POSTCODE_AT_END.sub("", line) or line  # "Mississauga, ON L5B 3C2", "Leeds LS1 4AP"
    named = find_countries(line)
    if named:
        return named
    parts = [p.strip() for p in line.split(",") if p.strip()]
    if parts and parts[-1].lower() in AMBIGUOUS_NAMES:
        # a name that is also a word or a person's ("Chad", "Jordan", "Niger") is the country where a line
        # holds only a place: "Country : Chad", "Amman, Jordan"; after a town, Georgia is the US state unless
        # the town is Georgian ("Atlanta, Georgia", "Tbilisi, Georgia")
        country = COUNTRY_NAMES[parts[-1].lower()]
        if country == "GE" and len(parts) >= 2 \
                and all(c.country != "GE" for c in find_cities(parts[0]) or town_of_line(parts[0])):
            country = "US"
        return [Location(text=line, city=parts[0] if len(parts) >= 2 else None, country=country)]
    if len(parts) >= 2 and _CODE.match(parts[-1]):
        code, before = parts[-1], parts[-2]
        if _REGION_CODE.match(before) and (len(parts) > 2 or _CODE.match(before)):
            # "TN, IN", "Paris, A8, FR", "Toulouse, 31, FR": a region code, then the country's
            country = _country_code(code)
            if country:
                town = parts[0] if len(parts) > 2 else None
                return [Location(text=line, city=town, country=country)]
        elif found := _town_in_a_state(line, before, code):
            return found
    no_comma = _CITY_THEN_CODE.fullmatch(parts[-1]) if parts else None  # "On-site, Austin TX", "Toronto ON"
    if no_comma and (found := _town_in_a_state(line, no_comma.group(1), no_comma.group(2))):
        return found
    regions = [Location(text=line[m.start:m.end], country=m.value) for m in _region_table().find(_plain(line))]
    cities = find_cities(line) or _as_written(find_cities(_plain(line)), line)
    if regions and cities and {c.country for c in cities} <= {r.country for r in regions}:
        return cities  # "New York", "Washington D.C": the city, in the country its region names
    if len(parts) == 2 and len(regions) == 1 and regions[0].text.lower() == parts[1].lower() \
            and len(parts[0].split()) <= _TOWN_MAX_WORDS:
        return [Location(text=line, city=parts[0], country=regions[0].country)]  # "Milford, Surrey"
    return _unique_countries(regions) or cities


def _town_in_a_state(line: str, town: str, code: str) -> list[Location]:
    """A town and a Canadian province's or a US state's code; a town abroad keeps its country ("Berlin, DE")."""
    from ..data.regions import CANADIAN_PROVINCE_CODES  # imported here: only a line ending in a code needs it

    if code in CANADIAN_PROVINCE_CODES:
        return [Location(text=line, city=town, country="CA")]
    if code in US_STATES_WITH_ZIP:
        abroad = [l for l in find_cities(town) if l.country != "US"]
        return abroad or [Location(text=line, city=town, country="US")]
    return []


# a town and its state's or province's code with no comma between: "Austin TX", "Toronto ON"
_CITY_THEN_CODE = rx.compile(r"([A-Z][a-z][\w.'’-]*(?: [A-Z][a-z][\w.'’-]*){0,2}) ([A-Z]{2})")


_PLACE_LIST_SEPARATOR = rx.compile(r"\s*[;|]\s*")


def places_of_a_place_list(text: str) -> list[Location]:
    """Countries of a line that is only "City, Region" places, one or several ("Mountain View, California;
    San Francisco, California", "Toronto, ON | Austin, TX"); nothing when any part is something else.

    >>> [(l.city, l.country) for l in places_of_a_place_list("Mountain View, California; San Francisco, California")]
    [('Mountain View', 'US')]
    >>> places_of_a_place_list("Sales, Marketing"), places_of_a_place_list("Toronto, ON; remote")
    ([], [])
    """
    found: list[Location] = []
    for part in _PLACE_LIST_SEPARATOR.split(text.strip()):
        places = place_of_line(part) if part.count(",") == 1 else []
        if not places:
            return []
        found += places
    return _unique_countries(found)


def _country_code(code: str) -> str | None:
    import pycountry  # imported here: only a region-coded line needs the ISO list

    found = pycountry.countries.get(alpha_2=code)
    return found.alpha_2 if found else ("XK" if code == "XK" else None)


def _plain(text: str) -> str:
    """Without diacritics: "Hyderābād" -> "Hyderabad"."""
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _as_written(found: list[Location], line: str) -> list[Location]:
    """Places found in a line without its diacritics, quoted and named as the line writes them ("Hyderābād").

    >>> [(l.text, l.city) for l in _as_written([Location(text="Hyderabad", city="Hyderabad", country="IN")],
    ...                                          "Hyderābād")]
    [('Hyderābād', 'Hyderābād')]
    """
    plain = _plain(line)
    if len(plain) != len(line):
        return found  # a ligature or a letter that came apart: no longer the same offsets
    written = []
    for place in found:
        at = plain.find(place.text)
        text = line[at:at + len(place.text)] if at >= 0 else place.text
        city = text if place.city == place.text else place.city
        written.append(place.model_copy(update={"text": text, "city": city}))
    return written


def _unique_countries(locations: list[Location]) -> list[Location]:
    seen: dict[str | None, Location] = {}
    for location in locations:
        seen.setdefault(location.country, location)
    return list(seen.values())


def find_cities(text: str) -> list[Location]:
    """Countries of the cities a location line names without its country ("Duty Station: KYIV").

    >>> [(l.city, l.country) for l in find_cities("Duty Station: KYIV")]
    [('Kyiv', 'UA')]
    >>> [(l.city, l.country) for l in find_cities("Home-based with travel to New York and Geneva")]
    [('New York', 'US'), ('Geneva', 'CH')]
    """
    found: dict[str, Location] = {}
    for m in _city_table().find(text):
        written = text[m.start:m.end]
        city = written.title() if written.isupper() else written
        found.setdefault(m.value, Location(text=written, city=city, country=m.value))
    return list(found.values())


def with_the_city_named(phrase: str, countries: list[Location]) -> list[Location]:
    """The countries a "based in" phrase names, each with the one city of it the phrase names too.

    >>> with_the_city_named("based in Nairobi, Kenya.", [Location(text="Kenya", country="KE")])[0].city
    'Nairobi'
    >>> with_the_city_named("based in Nairobi or Mombasa, Kenya", [Location(text="Kenya", country="KE")])[0].city
    """
    for_each_country: dict[str, set[str]] = {}
    for m in _city_table().find(phrase):
        written = phrase[m.start:m.end]
        for_each_country.setdefault(m.value, set()).add(written.title() if written.isupper() else written)
    filled = []
    for country in countries:
        cities = for_each_country.get(country.country or "", set())
        filled.append(country.model_copy(update={"city": next(iter(cities))})
                      if len(cities) == 1 and country.city is None else country)
    return filled


def says_job_is_remote(text: str) -> bool:
    """
    >>> says_job_is_remote("This is a remote-first role."), says_job_is_remote("Travel to remote areas")
    (True, False)
    >>> says_job_is_remote("Open to remote candidates"), says_job_is_remote("The work can be done remotely.")
    (True, True)
    >>> says_job_is_remote("This is a 3–6 months remote, full-time internship."), says_job_is_remote("en remote")
    (True, True)
    >>> says_job_is_remote("This is NOT a remote position"), says_job_is_remote("Remote job\\nNo")
    (False, False)
    """
    return any(any(not _NEGATED.search(line, max(0, m.start() - 40), m.start())
                   for m in _REMOTE_STATEMENT.finditer(line))
               for line in _lines_mentioning(text, _REMOTE_HINTS, with_answer=True) if not _REMOTE_DENIED.search(line))


def says_job_is_not_remote(text: str) -> bool:
    """A statement or a job board's field that the job cannot be done remotely.

    >>> says_job_is_not_remote("This is not a remote position."), says_job_is_not_remote("Remote job\\nNo")
    (True, True)
    >>> says_job_is_not_remote("Remote: Yes"), says_job_is_not_remote("Travel to remote areas: no per diem")
    (False, False)
    """
    lines = _lines_mentioning(text, _REMOTE_DENIED_HINTS, with_answer=True)
    return any(_REMOTE_DENIED.search(line) for line in lines)


# A sentence that says the job is partly remote: the record's `remote` is then null, as for "Hybrid".
_HYBRID_STATEMENT = rx.compile(alternation(_WORK_MODES["hybrid_statement"]), re.IGNORECASE)
_HYBRID_HINTS = hints(_WORK_MODES["hybrid_statement"])
_HYBRID_WORD = rx.compile(alternation(_WORK_MODES["hybrid_word"]), re.IGNORECASE)


def says_job_is_hybrid(text: str) -> bool:
    """
    >>> says_job_is_hybrid("We offer the possibility of remote work up to 40% of the time.")
    True
    >>> says_job_is_hybrid("Three days a week in the office, two from home"), says_job_is_hybrid("Hybrid cars")
    (True, False)
    """
    return any(_HYBRID_STATEMENT.search(line) for line in _lines_mentioning(text, _HYBRID_HINTS))


def _lines_mentioning(text: str, hints: tuple[str, ...], with_answer: bool = False) -> list[str]:
    """Only the lines that could hold a statement are searched: the pattern costs per character.
    `with_answer`: a line followed by a bare yes or no (a job board prints "Remote job" over "No") gets it
    after a colon."""
    lowered = text.lower()
    if not any(hint in lowered for hint in hints):
        return []  # most notices: one scan of the whole text settles it
    lines = text.split("\n")
    found = indexes_mentioning([line.lower() for line in lines], hints)
    if not with_answer:
        return [lines[i] for i in found]
    return [f"{lines[i]}: {lines[i + 1].strip()}" if i + 1 < len(lines) and _YES_OR_NO.match(lines[i + 1])
            else lines[i] for i in found]


_YES_OR_NO = rx.compile(r"\s*(?:yes|no)\b", re.IGNORECASE)


# where the work is done, as a location line or a title writes it beside the place ("Remote", "100% remote",
# "Hybrid", "On-site"): the remote field's, and no part of the place's name nor of the role's
WORK_MODE = (r"(?:(?:fully\s+|100\s?%\s?)?remote|hybrid|on[\s-]?site|"
             # and as French, Spanish and German location lines write it: "Paris - Télétravail complet",
             # "Remoto (España)", "Madrid (presencial)", "Berlin / Homeoffice"
             r"t[ée]l[ée]travail(?:\s+(?:complet|partiel))?|remoto|teletrabajo|hybride|h[íi]brido|presencial|"
             r"pr[ée]sentiel|homeoffice)")
# a work mode beside the place on a location line: "Remote - India", "Toronto, ON (On-site)", "Hybrid: 3 days in
# the office in Toronto, ON"
_WORK_MODE_WORDS = rx.compile(rf"^\s*(?:{WORK_MODE}|home[\s-]based|work\s+from\s+(?:home|office))\b"
                              r"(?:[^,()]*\s(?:in|at)\s+|\s*[:,–—/-]\s*|\s*(?=\()|\s*$)|"
                              rf"\s*[(,–—/-]\s*{WORK_MODE}\)?\s*$", re.IGNORECASE)
_COUNTRY_IN_PARENTHESES = rx.compile(r"\(([A-Z]{2})(?:\s+only)?\)")  # "Remote (US)", "Remote (US only)"


def place_words(text: str) -> str:
    """A location line without the work mode written beside its place.

    >>> place_words("Remote - India"), place_words("Toronto, ON (On-site)"), place_words("Remote (US)")
    ('India', 'Toronto, ON', '(US)')
    >>> place_words("Remote, US"), place_words("Remoto (España)"), place_words("Paris - Télétravail complet")
    ('US', '(España)', 'Paris')
    >>> place_words("Hybrid: 3 days in the office in Toronto, ON"), place_words("Remote Sensing Centre, Rome")
    ('Toronto, ON', 'Remote Sensing Centre, Rome')
    """
    if not _WORK_MODE_HINT.search(text):
        return text
    return _WORK_MODE_WORDS.sub("", text).strip() or text


_WORK_MODE_HINT = rx.compile(r"remote|hybrid|on[\s-]?site|home|office|t[ée]l[ée]travail|remoto|teletrabajo|"
                             r"hybride|h[íi]brido|presencial|pr[ée]sentiel", re.IGNORECASE)


def countries_in_parentheses(text: str) -> list[Location]:
    """ "Remote (US)": a country's ISO code in parentheses on a location line (only there: "(QA)" after a
    role is quality assurance, not Qatar).

    >>> [l.country for l in countries_in_parentheses("Remote (US)")], countries_in_parentheses("Remote (EMEA)")
    (['US'], [])
    """
    return [place for m in _COUNTRY_IN_PARENTHESES.finditer(text) if (place := country_of_code(m.group(1)))]


def country_of_code(code: str) -> Location | None:
    """The country a place line names by its ISO code alone ("Remote - US"); "UK" is how notices write GB.

    >>> country_of_code("UK").country, country_of_code("QX")
    ('GB', None)
    """
    country = "GB" if code == "UK" else _country_code(code)
    return Location(text=code, country=country) if country else None


_WORK_MODE_ONLY_WORD = rx.compile(rf"(?i:{WORK_MODE})")


def with_cities(text: str, locations: list[Location]) -> list[Location]:
    """Fill in the city a location field names before its country ("Pristina, Kosovo").

    >>> with_cities("Pristina, Kosovo", [Location(text="Kosovo", country="XK")])[0].city
    'Pristina'
    >>> with_cities("Bosnia and Herzegovina, Kosovo", [Location(text="Kosovo", country="XK")])[0].city is None
    True
    >>> with_cities("Zurich, Zurich, Switzerland", [Location(text="Switzerland", country="CH")])[0].city
    'Zurich'
    >>> with_cities("Pune, Maharashtra, India", [Location(text="India", country="IN")])[0].city
    'Pune'
    >>> with_cities("Remote, India", [Location(text="India", country="IN")])[0].city is None
    True
    >>> with_cities("Bristol, South West England", [Location(text="England", country="GB")])[0].city
    'Bristol'
    >>> with_cities("Tech Solutions, San Francisco, CA, USA",
    ...             [Location(text="San Francisco, CA", city="San Francisco", country="US")])[0].city
    'San Francisco'
    """
    filled = []
    for location in locations:
        if location.city:  # "Tech Solutions, San Francisco, CA, USA": the city already read is not the word before
            filled.append(location)
            continue
        at = text.find(location.text)
        m = _CITY_BEFORE.search(text[:at]) if at > 0 else None
        # only the "City, Country" form: in a list of countries the word before one is another place
        city = m.group(1) if m and m.start() == 0 and not find_countries(m.group(1)) \
            and not _WORK_MODE_ONLY_WORD.fullmatch(m.group(1).strip()) else None  # ("Remote, India")
        # "City, Region, Country", as LinkedIn prints it; "Bristol, South West England", as Adzuna does
        if city is None and at > 0 and (text[:at].count(",") == 2 or (
                text[:at].count(",") == 1 and not text[:at].rstrip().endswith(","))):
            first = text[:at].split(",")[0].strip()
            city = next((c.city for c in find_cities(first) or town_of_line(first)
                         if c.country == location.country and c.text == first), None)
        filled.append(location.model_copy(update={"city": city, "text": text.strip()}) if city else location)
    return filled


def is_hybrid(text: str) -> bool:
    """
    >>> is_hybrid("Berlin, Germany (Hybrid)"), is_hybrid("Berlin")
    (True, False)
    """
    return bool(_HYBRID_WORD.search(text))


def is_remote(text: str) -> bool:
    """
    >>> is_remote("Location: Home Based"), is_remote("travel to remote areas"), is_remote("Remote; based in Albania")
    (True, False, True)
    """
    for m in _REMOTE.finditer(text):
        if not _REMOTE_CONTEXT.match(text[m.start():m.start() + 40]):
            return True
    return False


# the sentence that announces the role: "Project HOPE is seeking a WASH Technical Advisor to support its
# emergency response to landslides and flooding in Nepal"
_ANNOUNCES_ROLE = rx.compile(r"\b(?:is|are)\s+(?:currently\s+)?(?:seeking|looking\s+for|recruiting|hiring)\b|"
                             r"\bseeks\s+(?:an?|the)\b",
                             re.IGNORECASE)


def announcing_sentences(text: str) -> list[str]:
    """The first sentences that announce the role being filled, where a notice naming no place of work
    often says where the work is.

    >>> announcing_sentences("About us. Project HOPE is seeking a WASH Advisor to respond to floods in Nepal. Apply.")
    ['Project HOPE is seeking a WASH Advisor to respond to floods in Nepal']
    """
    sentences = []
    for m in _ANNOUNCES_ROLE.finditer(text, 0, 20_000):
        start = max(text.rfind(".", max(0, m.start() - 200), m.start()), text.rfind("\n", 0, m.start())) + 1
        ends = [e for e in (text.find(".", m.end(), m.end() + 300), text.find("\n", m.end(), m.end() + 300)) if e >= 0]
        sentences.append(text[start:min(ends) if ends else m.end() + 300].strip())
        if len(sentences) == 2:
            break
    return sentences


def based_in_phrases(text: str) -> list[str]:
    """Phrases that say where the job holder sits ("based in ...", "duty station ...").

    >>> based_in_phrases("Duty Station: Pristina. The role is based in Tirana, Albania; un-based in X")
    ['Duty Station: Pristina', 'based in Tirana, Albania; un-based in X']
    >>> based_in_phrases("For our office in Kyiv, Ukraine, we seek. The Federal Headquarters (HQ) is based in Berlin.")
    ['our office in Kyiv, Ukraine, we seek']
    >>> based_in_phrases("The CR must reside in Peru. Open to those with the right to work in Kenya")
    ['must reside in Peru', 'right to work in Kenya']
    >>> based_in_phrases("This is an on-site role in Austin, TX.")
    ['on-site role in Austin, TX']
    """
    return [m.group(0) for m in matches_from_hints(_BASED_IN, text, _BASED_IN_STARTS)
            if not _THE_ORGANISATION_SITS.search(text[max(0, m.start() - 80):m.start()])
            and not _an_organisation_based_in(text[max(0, m.start() - 160):m.start()])]


# "Trust Consultancy and Development is an independent ... consultancy based in Gaziantep": the organisation
_ORGANISATION_IS = rx.compile(r"\bis\s+an?\s+[^.\n]{0,120}\b(?:organi[sz]ation|ngo|company|consultancy|agency|firm|"
                              r"charity|foundation|network|institute|non-?profit)\s*,?\s*$", re.IGNORECASE)
_THE_JOB = rx.compile(r"\b(?:position|role|job|post|assignment|vacancy)\b", re.IGNORECASE)


def _an_organisation_based_in(before: str) -> bool:
    sentence = re.split(r"[.!?]\s", before)[-1]
    return bool(_ORGANISATION_IS.search(sentence)) and not _THE_JOB.search(sentence)


# a postcode or a French département number around a town: "92100 Boulogne-Billancourt", "Nanterre (92)",
# "Bristol BS1 4DJ", and a British postcode's first half closing the line, as job boards print it ("Leeds LS11")
_POSTCODE = rx.compile(r"\(\s*\d{1,5}\s*\)|(?<![\w-])\d{4,6}(?![\w-])|\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b|"
                       r"(?<=[a-z])[ \t]+[A-Z]{1,2}\d[A-Z\d]?$")
_TOWN_LINE_MAX_WORDS = 6


def town_of_line(line: str) -> list[Location]:
    """The country of a location line that names only a town, from GeoNames' towns of 5,000 people or more
    (data/towns.py): the whole line, else its first part before a comma ("Risley, Warrington").

    >>> [(l.city, l.country) for t in ("Tring", "Nanterre (92)", "Leeds, West Yorkshire", "Leeds LS11")
    ...  for l in town_of_line(t)]
    [('Tring', 'GB'), ('Nanterre', 'FR'), ('Leeds', 'GB'), ('Leeds', 'GB')]
    >>> [(l.city, l.country) for l in town_of_line("City Hall, College Green, Bristol BS1 5TR")]
    [('Bristol', 'GB')]
    >>> town_of_line("Cambridge"), town_of_line("Sales"), town_of_line("We are hiring in Leeds")
    ([], [], [])
    >>> [(l.city, l.country) for t in ("Atlanta Metropolitan Area", "Dallas-Fort Worth Metroplex")
    ...  for l in town_of_line(t)]
    [('Atlanta', 'US'), ('Dallas', 'US')]
    """
    text = _POSTCODE.sub(" ", line).strip(" ,;-–")
    if not text or len(text.split()) > _TOWN_LINE_MAX_WORDS or any(c.isdigit() or c in ":.!?" for c in text) \
            or is_remote(text) or is_hybrid(text):
        return []  # "Home Based": a work mode, no town (and no reason to load the table)
    from ..data.towns import TOWNS  # 1.7 MB, imported only when a location line names no known place

    first, last = text.split(",")[0].strip(), text.split(",")[-1].strip()
    metro = _METRO_WORDS.sub("", first).strip()  # "Atlanta Metropolitan Area", "Greater Boston", "Dallas-Fort Worth"
    # and an address, which ends in its town: "City Hall, College Green, Bristol"
    for part in dict.fromkeys((text, first, metro, metro.split("-")[0].strip() if "-" in metro else metro, last)):
        name = " ".join(part.lower().split())
        at = TOWNS.find(f"\n{name}\t") if name and not (part.isupper() and len(part) <= 4) else -1  # "OPS"
        if at >= 0:
            country = TOWNS[at + len(name) + 2:at + len(name) + 4]
            return [Location(text=line.strip(), city=part, country=country)]
    return []


# how LinkedIn names a metropolitan area around its city
_METRO_WORDS = rx.compile(r"^greater\s+|\s+(?:metropolitan|metro|bay)?\s*(?:area|region|metroplex)$", re.IGNORECASE)


# the office the notice names by its town: "The Wichita office offers ...", "join our Nairobi office"
_TOWN_OFFICE = rx.compile(r"\b(?:[Tt]he|[Oo]ur)\s+((?:[A-Z][a-z'’-]+\s){1,2})office\b")


def office_towns(text: str) -> list[str]:
    """
    >>> office_towns("IRC Wichita has assisted refugees since 2011. The Wichita office offers a range of services.")
    ['Wichita']
    >>> office_towns("Contact the Head office."), office_towns("Our Country Office")
    ([], [])
    """
    if "office" not in text:
        return []
    found = [m.group(1).strip() for m in _TOWN_OFFICE.finditer(text)]
    return [town for town in dict.fromkeys(found) if town.split()[-1].lower() not in _NOT_A_TOWN_OFFICE]


_NOT_A_TOWN_OFFICE = {"head", "country", "regional", "field", "main", "central", "home", "front", "back", "area",
                      "sub", "national", "local", "global", "liaison", "project", "programme", "program", "branch"}
