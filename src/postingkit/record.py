"""Fields -> Posting: runs each extractor on the part of the document it should read."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from . import patterns as rx  # re.compile, from a per-machine cache of compiled patterns
from .evidence import evidence_for, first_reading
from .extract.asides import without_asides
from .extract.choice import Candidate, Proposer, choose, proposer
from .extract.dates import find_deadline, find_posted, month_first_in, reads_either_way
from .extract.experience import min_experience_years, only_years
from .extract.fields import LabelledField, labelled
from .extract.header import BoardHeader, HeaderZone, header_zone
from .extract.identity import find_reference, names_a_role, without_place
from .extract.items import Item, is_a_process_note
from .extract.languages import extract_languages, find_mentions
from .extract.money import find_remuneration, texts_about_pay
from .extract.organization import (
    find_organization,
    introduces_an_organization,
    known_organization_named_most,
    labelled_organization,
    organization_in_letterhead,
    organization_of_its_values,
    organization_opening_its_about_section,
    organizations_acronyms,
    spelled_as_in_text,
    unit_seeking,
)
from .extract.places import (
    announcing_sentences,
    based_in_phrases,
    countries_in_parentheses,
    country_of_code,
    find_cities,
    find_countries,
    is_hybrid,
    is_remote,
    office_towns,
    place_of_line,
    place_words,
    places_of_a_place_list,
    says_job_is_hybrid,
    says_job_is_not_remote,
    says_job_is_remote,
    town_of_line,
    with_cities,
    with_the_city_named,
)
from .extract.requirement import REQUIREMENT_WORD, item_requirement, qualification_category
from .extract.scan import indexes_mentioning
from .extract.sentences import split_sentences
from .extract.terms import contract_duration, education_level, employment_type, grade
from .extract.title import employer_after_role, find_title_with_rule
from .headings import classify_heading, is_page_chrome
from .model import (
    Block,
    DateMention,
    Document,
    Duty,
    FieldEvidence,
    LanguageRequirement,
    Location,
    Posting,
    Qualification,
    Section,
    Source,
)
from .segment import notices_in


@dataclass(frozen=True)
class ParseContext:
    """What one parse reads, computed once and handed to every field; nothing of it outlives the parse."""
    document: Document
    sections: list[Section]
    fields: list[LabelledField]
    items: list[Item]
    full_text: str  # the text `postingkit read --format text` prints: evidence spans point into it
    prose: list[str]  # blocks other than table rows
    zone: HeaderZone
    mentions_in: Callable[[str], tuple]  # language mentions, memoised for this parse (items are read twice)

    @classmethod
    def of(cls, document: Document, sections: list[Section], fields: list[LabelledField],
           items: list[Item]) -> ParseContext:
        blocks = document.blocks
        about_other_jobs = _about_other_jobs(sections)
        zone = header_zone(blocks)
        # a job board's facts set as a row under the title ("$120K/yr - $150K/yr | Remote | Full-time") are
        # the job's own; other tables' pay is a scale or another job's
        return cls(document, sections, fields, items, "\n".join(b.text for b in blocks),
                   [b.text for b in blocks if (b.kind != "table_row" or id(b) in zone.facts)
                    and id(b) not in about_other_jobs],
                   zone, cache(find_mentions))


def _about_other_jobs(sections: list[Section]) -> set[int]:
    """The blocks (by id) of a job board's list of other jobs ("More jobs"): their pay and terms are not this
    job's. The list runs over its cards' own lines taken for headings ("Actively reviewing applicants",
    "6 days ago") up to a heading the vocabulary knows."""
    found: set[int] = set()
    listing = False
    for section in sections:
        if section.heading:
            listing = is_page_chrome(section.heading) or (listing and classify_heading(section.heading) is None)
        if listing:
            found.update(id(b) for b in section.blocks)
    return found


def build_record(document: Document, sections: list[Section], fields: list[LabelledField],
                 items: list[Item], source: Source) -> Posting:
    ctx = ParseContext.of(document, sections, fields, items)
    blocks, full_text, header, board = document.blocks, ctx.full_text, ctx.zone.lines, ctx.zone.board
    title, title_line, title_rule = find_title_with_rule(blocks, fields, full_text, board)
    chosen, _ = choose(organization_proposers(blocks, fields, full_text, title, title_line, ctx.zone, title_rule))
    organization, organization_rule = (chosen.value, chosen.rule) if chosen else (None, None)
    organization = spelled_as_in_text(organization, full_text) if organization else None
    if title and organization and title.endswith(f" for {organization}") and title_rule != "title.labelled":
        title = title[:-len(f" for {organization}")]  # "Oxfam is recruiting a Programme Coordinator for Oxfam in ..."
    if title and organization and title_rule == "title.top_lines" and title.casefold() == organization.casefold():
        title = None  # "FARMINGTON VETERINARY CLINIC" over "Farmington Veterinary Clinic is a ... practice": the
        # employer's name as a letterhead, not the role
    locations, remote, places_rule = _places(fields, full_text, title_line, organization, header, board)
    countries = [l.country for l in locations if l.country]
    deadline, posted, warnings = _dates(ctx, "US" in countries)
    # only paragraphs that talk about pay are cut into sentences: most of a notice never is
    remuneration = find_remuneration(pay_texts(fields, ctx.prose), countries[0] if len(countries) == 1 else None)
    if remuneration is not None and remuneration.period_inferred:
        warnings.append(f"remuneration: the notice states no period; {remuneration.period} read from the amounts")
    qualifications, languages = _qualifications_and_languages(ctx, title_line)
    required = [q.text for q in qualifications if q.requirement == "required"]
    experience_texts = [f.text for f in labelled(fields, "experience")] + required + _under_an_experience_heading(ctx) \
        + [line for line in ctx.zone.lines if only_years(line)]  # Naukri's "3-6 Yrs" header line
    terms_fields = labelled(fields, "terms")
    # and a US posting's "Classification: Full-time (40 hours per week), Exempt", which a UN notice's grade shares
    terms_texts = _terms_texts(ctx, terms_fields, title_line) + [f.value for f in labelled(fields, "grade")]
    employment = _employment_type(terms_texts, organization)
    experience_elsewhere = _mentions_of_experience(blocks)
    experience = min_experience_years(experience_texts, experience_elsewhere)
    reference = find_reference(fields, header)
    evidence = _evidence(full_text, {
        "title": (title_rule if title else None, title_line, title),
        "organization": (organization_rule if organization else None, organization),
        "reference": ("reference.labelled" if reference else None, reference),
        "locations": (places_rule if locations else None, locations[0].text if locations else None),
        # (the header's line that says so, "Remote", else the place the work is done in or from)
        "remote": (None if remote is None else "remote.stated" if remote else "remote.place_of_work_stated",
                   (next((line for line in header if is_remote(line)), None) if remote else None)
                   or (locations[0].text if locations else None)),
        "deadline": ("deadline.labelled" if deadline else None, deadline and deadline.text),
        "posted": ("posted.labelled" if posted else None, posted and posted.text),
        "remuneration": (_remuneration_rule(remuneration), remuneration and remuneration.text),
        "experience_years_min": (None if experience is None else "experience_years_min.smallest_required",
                                 first_reading(experience_texts + experience_elsewhere, min_experience_years,
                                               experience)),
        "employment_type": ("employment_type.terms" if employment else None,
                            first_reading(terms_texts, lambda texts: _employment_type(texts, organization),
                                          employment)),
    })
    posting = Posting(
        source=source, title=title, organization=organization, reference=reference,
        locations=locations, remote=remote, employment_type=employment,
        # with their labels: "Duration: 40 working days over 4 months" is a contract's length by its label
        contract_duration=contract_duration([f.text for f in terms_fields] + terms_texts),
        duties=[Duty(text=i.text, group=i.group) for i in items if i.section == "duties"],
        qualifications=qualifications, languages=languages, deadline=deadline, posted=posted,
        remuneration=remuneration, experience_years_min=experience,
        # and a form's "Education: B.E./B.Tech or MCA", which may stand outside any list of requirements
        education_level=education_level([q.text for q in qualifications
                                         if q.requirement == "required" and q.category == "education"]
                                        + [f.value for f in labelled(fields, "education")
                                           if item_requirement(f.value, "required") == "required"]),
        grade=grade([f.value for f in labelled(fields, "grade")], terms_texts),
        warnings=warnings + _reading_warnings(document, sections), evidence=evidence)
    json_ld = document.metadata.get("json_ld")
    return with_json_ld(posting, json_ld) if json_ld else posting


def _dates(ctx: ParseContext, month_first: bool) -> tuple[DateMention | None, DateMention | None, list[str]]:
    """Deadline and posting date, with the deadline's warnings; a US notice writes its dates month first
    unless its own unambiguous dates say otherwise."""
    dated_text = "\n".join([f.text for f in ctx.fields] + ctx.prose)
    deadline, warnings = find_deadline(dated_text, month_first)
    posted = find_posted(dated_text, month_first)
    if reads_either_way(deadline) or reads_either_way(posted):
        # the notice's own unambiguous dates say how it writes "03/10/2024"
        shown = month_first_in(dated_text)
        if shown is not None and shown != month_first:
            deadline, warnings = find_deadline(dated_text, shown)
            posted = find_posted(dated_text, shown)
    return deadline, posted, list(warnings)


# what makes a sentence outside the requirements ask for something: a requirement word ("required", "an
# asset", "must"), not the work's own "as required" ("Translate documents into French as required")
_ASKS_FOR = rx.compile(REQUIREMENT_WORD + r"|\bbilingu", re.IGNORECASE)  # "a bilingual role (English/French)"
_SPEAKING_ROLE = rx.compile(r"\b(?:speaking|speaker|bilingual|fluent)\b", re.IGNORECASE)
_AS_NEEDED = rx.compile(r"\b(?:as|where|when|if)\s+(?:required|needed|necessary)\b", re.IGNORECASE)


def _qualifications_and_languages(ctx: ParseContext, title_line: str | None = None
                                  ) -> tuple[list[Qualification], list[LanguageRequirement]]:
    items = [i for i in ctx.items if i.section in ("qualifications", "languages")]
    qualifications = [
        Qualification(text=i.text, requirement=i.requirement,
                      category=qualification_category(i.text, bool(ctx.mentions_in(i.text))))
        for i in items]
    language_texts = [(i.text, i.requirement) for i in items] + \
                     [(f.value, "required") for f in labelled(ctx.fields, "languages")] + \
                     [(f.value, "preferred") for f in labelled(ctx.fields, "languages_preferred")]
    labelled_indexes = set(range(len(items), len(language_texts)))
    # a requirement's paragraph the items left out (a lead-in beside a list), where a language may still be asked:
    # "English and Filipino required." between the requirements' lines
    known = {i.text for i in items}
    language_texts += [(b.text, item_requirement(b.text, section.requirement)) for section in ctx.sections
                       if section.kind == "qualifications"
                       for b in section.blocks if b.kind == "paragraph" and b.text not in known]
    asked = _language_needs_before_the_lists(ctx, known)
    # such a sentence is one of the candidate's qualifications too, where it asks for a language the lists do
    # not ("... is looking for a bilingual (English/French) Representative" over "Bilingualism in English and
    # French is mandatory" says it twice)
    listed = {language.code for language in extract_languages(
        [(i.text, i.requirement) for i in items], mentions_in=ctx.mentions_in)} if asked else set()
    qualifications += [Qualification(text=text, requirement=requirement, category="language")
                       for text, requirement in asked if text not in known and not {
                           language.code for language in extract_languages([(text, requirement)],
                                                                           mentions_in=ctx.mentions_in)} <= listed]
    language_texts += asked
    # the title's own word for a language the role speaks: "Customer Success Manager (Spanish Speaking)",
    # "Bilingual Customer Service Representative - French" (not "Spanish Teacher": what is taught)
    if title_line and _SPEAKING_ROLE.search(title_line):
        language_texts.append((title_line, "required"))
    labelled_indexes |= {n for n, i in enumerate(items) if i.section == "languages"}
    listed_as = {n: i.listed_as for n, i in enumerate(items)}
    return qualifications, extract_languages(language_texts, labelled_indexes, ctx.mentions_in, listed_as)


def _language_needs_before_the_lists(ctx: ParseContext, known: set[str]) -> list[tuple[str, str]]:
    """(sentence, requirement) for each sentence of the notice's opening or summary that states a need for a
    language ("Bilingualism (English and French) is an asset.", "Must be fluent in French"), where a board's
    posting may put it before any list; not a labelled fact already read ("Languages Required : English
    Bosnian") nor a note on the application ("Applications must be submitted in English")."""
    facts = {f.text for f in ctx.fields}
    # (and a short line read as a section's heading that no vocabulary names: "Bilingual - Imperative (CBC/CBC)",
    # Canada's public service's language requirement on a line of its own)
    return [(s, item_requirement(s, "required")) for section in ctx.sections
            if section.kind in ("other", "summary") and not is_page_chrome(section.heading)
            for text in [*([section.heading] if section.heading and not section.heading.endswith(":") else []),
                         *(b.text for b in section.blocks if b.kind == "paragraph")]
            if text not in known and text not in facts and ctx.mentions_in(text)
            for s in split_sentences(text) if _ASKS_FOR.search(s) and not _AS_NEEDED.search(s)
            and not is_a_process_note(s)]


def _employment_type(terms_texts: list[str], organization: str | None) -> str | None:
    # the employer's name says nothing of the terms: "Tata Consultancy Services", "Interim Healthcare"
    return employment_type([t.replace(organization, " ") for t in terms_texts] if organization else terms_texts)


def _terms_texts(ctx: ParseContext, terms_fields: list[LabelledField], title_line: str | None) -> list[str]:
    """Labelled values, not the labels ("Contract length: 12 months" says nothing of contract work); the
    title line, also without its place ("Education Officer, NOB, Podgorica" ends in its grade then); the
    lines under the title ("Full-time · Mid-Senior level"); sentences about the position's terms."""
    title_lines = [title_line, without_place(title_line)] if title_line else []
    sentences = [s for i in indexes_mentioning([t.lower() for t in ctx.prose], _TERMS_HINTS)
                 for s in split_sentences(ctx.prose[i]) if _talks_about_terms(s)]
    # a short line that only names the terms, under a terms label ("Terms of employment" / "Permanent employment"
    # / "Full time", Canada's Job Bank): no section's name ("Contract" heads a section)
    # and a line that starts by naming the contract ("Contrat à durée déterminée de 12 mois" under "Conditions")
    terms_lines = [b.text for b in ctx.document.blocks if b.kind == "heading" and not b.marked
                   and (len(b.text.split()) <= _TERMS_LINE_MAX_WORDS or (
                       len(b.text.split()) <= _CONTRACT_LINE_MAX_WORDS and _NAMES_THE_CONTRACT.match(b.text)))
                   and classify_heading(b.text) is None and employment_type([b.text]) is not None]
    return [f.value for f in terms_fields] + title_lines + ctx.zone.lines + sentences + terms_lines


_TERMS_LINE_MAX_WORDS = 3
_CONTRACT_LINE_MAX_WORDS = 10
_NAMES_THE_CONTRACT = rx.compile(r"(?:contract|contrat|contrato|vertrag|cdd|cdi)\b", re.IGNORECASE)


def _reading_warnings(document: Document, sections: list[Section]) -> list[str]:
    warnings = list(document.metadata.get("warnings", []))
    notices = notices_in(sections)
    if notices > 1:
        warnings.append(f"the file seems to hold {notices} notices (the same section headings come {notices} "
                        f"times); this record mixes them: split the file to parse each")
    if document.pages is not None and document.metadata.get("truncated_pages"):
        warnings.append(f"only the first pages were read; {document.metadata['truncated_pages']} more were skipped")
    return warnings


def with_json_ld(posting: Posting, json_ld: dict) -> Posting:
    """A page's structured data wins where it states a value; where the text disagrees, say so."""
    from .extract import jsonld

    structured = {
        "title": jsonld.json_ld_title(json_ld), "organization": jsonld.json_ld_organization(json_ld),
        "deadline": jsonld.json_ld_date(json_ld, "validThrough"), "posted": jsonld.json_ld_date(json_ld, "datePosted"),
        "remuneration": jsonld.json_ld_remuneration(json_ld), "locations": jsonld.json_ld_locations(json_ld),
        "remote": jsonld.json_ld_remote(json_ld), "employment_type": jsonld.json_ld_employment_type(json_ld),
    }
    update, warnings, evidence = {}, list(posting.warnings), posting.evidence.model_dump()
    for name, value in structured.items():
        if value in (None, []):
            continue
        from_text = getattr(posting, name)
        if from_text not in (None, []) and _comparable(from_text) != _comparable(value):
            warnings.append(f"{name}: the page's JSON-LD says {_comparable(value)!r}, its text "
                            f"{_comparable(from_text)!r}")
        update[name] = value
        evidence[name] = {"rule": f"{name}.json_ld", "start": None, "end": None}  # structured data: no span
    update["warnings"] = warnings
    update["evidence"] = FieldEvidence(**evidence)
    return posting.model_copy(update=update)


def _comparable(value):
    if isinstance(value, list):
        return sorted(getattr(v, "country", None) or str(v) for v in value)
    if hasattr(value, "date"):
        return value.date
    if hasattr(value, "currency"):
        return (value.min, value.max, value.currency, value.period)
    return value


def _evidence(full_text: str, chosen: dict[str, tuple]) -> FieldEvidence:
    """field -> (rule or None when the field has no value, the words it was read from, ...fallbacks)."""
    found = {name: evidence_for(full_text, rule, *sources) for name, (rule, *sources) in chosen.items()}
    return FieldEvidence(**{name: value for name, value in found.items() if value is not None})


def _remuneration_rule(pay) -> str | None:
    if pay is None:
        return None
    if pay.min is None and pay.max is None:
        return "remuneration.period_only"
    return "remuneration.amount_inferred_period" if pay.period_inferred else "remuneration.amount"


# a heading that names experience and nothing else: its lines are the years asked ("Experience" / "1 year to less
# than 2 years", as Canada's Job Bank prints it)
_EXPERIENCE_HEADING = rx.compile(r"^(?:work |professional |relevant )?experiences?(?: required| requirements?)?:?$",
                                 re.IGNORECASE)


def _under_an_experience_heading(ctx: ParseContext) -> list[str]:
    return [f"Experience: {b.text}" for section in ctx.sections
            if section.kind == "qualifications" and _EXPERIENCE_HEADING.match(section.heading.strip())
            for b in section.blocks if b.kind in ("paragraph", "list_item")]


def _mentions_of_experience(blocks: list[Block]) -> list[str]:
    """Sentences anywhere that speak of experience, for notices whose requirements state no years; not the
    employer's own ("Vita Health Group is a leading provider with over 30 years' experience", "we have 20
    years of experience")."""
    lowered = [b.text.lower() for b in blocks]
    return [s for i in indexes_mentioning(lowered, _EXPERIENCE_HINTS)
            for s in split_sentences(blocks[i].text)
            if not _THE_EMPLOYERS_OWN.search(s) and not (" is " in s and introduces_an_organization(s))]


# what a sentence about experience holds, in the corpora's languages (a pre-filter: experience.years_in decides)
_EXPERIENCE_HINTS = ("experien", "expérien", "years in", "year in", "erfahrung", "iskustv", "pengalaman",
                     "опыт", "стаж", "yrs exp", "years exp")  # "2+ yrs exp required"
_THE_EMPLOYERS_OWN = rx.compile(r"\b(?:we\s+have|we['’]ve|with\s+our|our)\s+(?:over\s+|more\s+than\s+|almost\s+)?"
                                r"(?:\d{1,3}|[a-z]+)\+?\s+years?\b", re.IGNORECASE)


def organization_proposers(blocks: list[Block], fields: list[LabelledField], full_text: str, title: str | None,
                           title_line: str | None, zone, title_rule: str | None = None) -> list[Proposer]:
    """What a label or the page's layout says, then the prose (weights: data/weights.py)."""
    board, header = zone.board, zone.lines

    def one(rule: str, find: Callable[[], str | None]) -> Proposer:
        return proposer([rule], lambda: [Candidate(value, rule, value)] if (value := find()) else [])

    return [
        one("organization.labelled", lambda: labelled_organization(fields)),
        one("organization.board_header", lambda: board.employer if board else None),
        one("organization.named_in_text", lambda: find_organization(fields, full_text)),
        one("organization.about_section", lambda: organization_opening_its_about_section(blocks)),
        one("organization.header_line", lambda: _organization_in_header(header, title)),
        # the title's own line, when the title was read from the top lines ("As a Technician at HMP X, you will"
        # is prose)
        one("organization.title_line",
            lambda: employer_after_role(title_line) if title_rule == "title.top_lines" else None),
        one("organization.letterhead", lambda: organization_in_letterhead(blocks, title_line)),
        one("organization.known_acronym", lambda: known_organization_named_most(full_text)),
        one("organization.its_values", lambda: organization_of_its_values(full_text)),
        one("organization.unit_seeking", lambda: unit_seeking(full_text))]


def pay_texts(fields: list[LabelledField], prose: list[str]) -> list[str]:
    """Labelled pay fields, then the sentences of paragraphs that talk about pay (most never are cut)."""
    return [f.text for f in labelled(fields, "pay")] + \
        [s for text in texts_about_pay(prose) for s in split_sentences(text)]


def _organization_in_header(header: list[str], title: str | None) -> str | None:
    """Job boards print "Organization | City, Country" under the title: the part before the place."""
    for line in header:
        parts = [p.strip() for p in re.split(r"\s+[|·•–—]\s+", line)]
        if len(parts) >= 2 and parts[0] != title and not find_countries(parts[0]) and \
                any(find_countries(p) for p in parts[1:]) and len(parts[0].split()) <= 6 and \
                not names_a_role(parts[0]):  # "Project Officer (m/f/d) – Berlin, Germany" is the title line
            return parts[0]
    return None


_TERMS_HINTS = ("position", "role", "contract", "appointment", "assignment", "post is", "duration", "internship",
                "contrat", "contrato", "durée", "duración", "vertrag")  # French, Spanish and German contracts


def _talks_about_terms(sentence: str) -> bool:
    lowered = sentence.lower()
    return any(w in lowered for w in _TERMS_HINTS)


def _places(fields: list[LabelledField], full_text: str, title_line: str | None,
            organization: str | None, header: list[str],
            board: BoardHeader | None = None) -> tuple[list[Location], bool | None, str | None]:
    """Countries from location fields and 'based in' phrases, else the title line, else the lines
    above the first section, else the organization's name ('OSCE Mission in Kosovo').

    remote: true when the notice says the job is remote; null when it is hybrid or says nothing;
    false when a place of work is stated and nothing says remote."""
    location_texts = [f.value for f in labelled(fields, "location")]
    based_in = based_in_phrases(full_text)
    # and the job type a job board states ("Job Type: Full-time, Remote"), which says remote as a place line would
    # (a long value by its first clause: "Work Type: Hybrid: The expectations for this position range from ...")
    terms_values = [value for f in labelled(fields, "terms")
                    for value in (f.value, re.split(r"[:;.]", f.value)[0])
                    if len(value.split()) <= _PLACE_LINE_MAX_WORDS]
    stated = location_texts + based_in + [title_line or ""] + ([board.place] if board else []) + terms_values
    locations: list[Location] = []
    sources = [(text, True) for text in location_texts] + [(text, False) for text in based_in]
    tiers = (lambda: sources, lambda: [(title_line or "", False)], lambda: [(line, False) for line in header],
             lambda: [(without_asides(organization or ""), False)],  # "(DRC)" is its acronym
             # (an employer's acronym is no country: "The Danish Refugee Council (DRC) is recruiting ...")
             lambda: [(_ACRONYM_AFTER_NAME.sub(" ", sentence), False) for sentence in announcing_sentences(full_text)],
             lambda: [(town, False) for town in office_towns(full_text)])
    # "Danish Refugee Council (DRC)": every "DRC" of the notice is then the employer, not the Congo
    employers = organizations_acronyms(full_text) if "(" in full_text else set()
    if organization and organization.isupper() and len(organization) <= 6:
        employers.add(organization)  # "About DRC": the employer goes by its acronym
    employer_acronyms = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(employers))) + r")\b") \
        if employers else None  # (re, not the pattern cache: each notice's own)

    def without_employers(text: str) -> str:
        return employer_acronyms.sub(" ", text) if employer_acronyms else text

    for tier, candidates_of in enumerate(tiers):
        candidates = candidates_of()
        if tier == 1 and board is not None and board.places:  # the job board's own location line
            # and its work-mode line beside it: "Hybrid", "Remote" under the title; a board that names the
            # country only ("🌎 France") under a title ending in one of its cities ("... - Lyon") means the city
            cities = [c for c in find_cities(title_line or "") if c.country in {p.country for p in board.places}]
            places = cities if cities and all(p.city is None for p in board.places) else board.places
            return places, _remote(stated + header, full_text, places), "locations.board_header"
        candidates = [(without_employers(text), labelled) for text, labelled in candidates]
        locations = _unique([l for text, labelled in candidates for l in (
            _places_of(text, labelled, tier) if tier != _OFFICE_TIER else find_cities(text) or town_of_line(text))])
        if not locations and tier == 0:
            # a location field naming only a town the smaller tables do not know ("Location: Nanterre (92)")
            # ("Location: Leeds (hybrid, minimum 2 days per week in the office)": the town before its aside)
            locations = _unique([l for text, labelled in candidates if labelled
                                 for l in town_of_line(place_words(text))
                                 or town_of_line(without_asides(text))])
        if tier >= _FIRST_PROSE_TIER and len({l.country for l in locations}) > 1:
            locations = []  # a sentence naming several countries says where the work reaches, not where it is
        if locations:
            stated += [text for text, _ in candidates]  # "Austin, TX (Hybrid)" under the title says both
            # a place only a sentence or the office's name gives is where the work is, not said to be on site
            return locations, _remote(stated, full_text, locations if tier < _FIRST_PROSE_TIER else []), \
                _PLACE_RULES[tier]
    return locations, _remote(stated, full_text, locations), None


_PLACE_LINE_MAX_WORDS = 6  # "Remote (US)"; a longer value is a sentence, where "(AI)" is no country


def _places_of(text: str, labelled: bool, tier: int) -> list[Location]:
    """The places one candidate text names, its work mode set aside ("Remote - India", "Toronto, ON (On-site)")."""
    lowered = text.lower()
    if tier in (0, 2) and any(word in lowered for word in ("travel", "mission", "trip", "visit")):
        # where the holder travels is not where the job is: "Gaziantep with frequent travel to Northwest Syria"
        text = _TRAVEL_TO.sub("", text)
    if labelled:
        alternatives = _ALTERNATIVE_PLACES.split(text)
        if len(alternatives) > 1:  # "Amman, Jordan or Beirut, Lebanon": each place as a line of its own
            return _unique([l for part in alternatives for l in _places_of(part, labelled, tier)])
    place = place_words(text) if labelled or tier == 2 else text
    if tier == 2 and ":" in place:
        place = _A_LABEL_FIRST.sub("", place)  # "location: Toronto, ON", a label in lower case no field took
    if tier == 2 and place != text and len(place) == 2 and place.isupper():
        found = country_of_code(place)  # "Remote - US": the work mode, then the country's code
        return [found] if found else []
    # a location field may name its country by a county or province only, or by its code in parentheses:
    # "Place of work: Henlow Health Resort, Bedfordshire", "Location: Toronto, ON", "Location: Remote (US)"
    found = (with_cities(place, find_countries(place)) or place_of_line(place) or (
        countries_in_parentheses(place) if len(place.split()) <= _PLACE_LINE_MAX_WORDS else [])
             if labelled else find_countries(place))
    if not found and tier == 1 and "(" in place:
        found = _work_mode_and_country(place)  # "Senior Software Engineer - Backend (Remote, US)"
    if found and not labelled and tier in (0, 2):
        # "The position is based in Nairobi, Kenya"; "Bangui, République centrafricaine" under the title
        # ("UNICEF Country Office, Lusaka, Zambia": the city is not first on the line, but the line names it)
        return with_the_city_named(place, found if tier == 0 else with_cities(place, found))
    if found:
        return found
    # a location line or the title naming only a city: "Duty Station: KYIV"; a header line that ends in a city:
    # "Prishtina" under the employer, "Co-operation Programme Division, Office in Skopje"
    if tier < 2:
        return find_cities(place)
    if tier == _FIRST_PROSE_TIER:  # "NRC is looking for a Shelter Specialist to join its team in Kabul"
        return _unique([city for found in _IN_A_PLACE.findall(place) for phrase in found if phrase
                        for city in find_cities(phrase)])
    if tier != 2:
        return []
    # Lever prints "Berlin / Engineering – Backend / Full-time" under the title: the place comes first
    return places_of_a_place_list(place) or find_cities(_last_place_words(place)) or (
        find_cities(place.split(" / ")[0]) if " / " in place else [])


_WORK_MODE_ASIDE = rx.compile(r"\(([^()]{2,40})\)")


def _work_mode_and_country(title: str) -> list[Location]:
    """The country a title's aside names beside its work mode: "(Remote, US)", "(Hybrid - Canada)"."""
    for m in _WORK_MODE_ASIDE.finditer(title):
        aside = m.group(1)
        if is_remote(aside) or is_hybrid(aside):
            rest = place_words(aside).strip(" ,-–")
            found = find_countries(rest) or countries_in_parentheses(f"({rest})")  # "US" as "(US)" would be
            if found:
                return found
    return []


_A_LABEL_FIRST = rx.compile(r"^[^\W\d_][\w ]{0,30}:\s*")


_TRAVEL_TO = rx.compile(r"[,(]?\s*\b(?:with\s+)?(?:(?:frequent|regular|occasional|extensive|some|field|frequently|"
                        r"regularly|international|domestic|up\s+to\s+\d+\s*%)\s+)*"
                        r"travel(?:s|ling|ing)?\s+(?:to|in|within|across)\b[^;)]*\)?|"
                        # "with up to two missions to Nairobi", "with 2 trips to Kampala" (not "Mission to Skopje", the
                        # OSCE's office, where the post is)
                        r"[,(]?\s*\bwith\s+(?:up\s+to\s+)?(?:\w+\s+)?(?:missions?|trips?|(?:field\s+)?visits?)\s+"
                        r"(?:to|in)\b[^;)]*\)?", re.IGNORECASE)
_ACRONYM_AFTER_NAME = rx.compile(r"(?<=[a-z])\s*\([A-Z]{2,6}\)")
# the words after "in" up to the clause's end: where an announcing sentence puts the post (not its subject)
_IN_A_PLACE = rx.compile(r"\b(?:in|at)\s+([A-Z][^,.;:()\n]{0,40})|\b(?:for|in|at|to|join)\s+(?:its|our|their|the)\s+"
                         r"([A-Z][\w'’ -]{1,30}?)\s+(?:office|base|team|sub-office|field office|programme|program)\b")
_ALTERNATIVE_PLACES = rx.compile(r"\s+or\s+|\s+/\s+", re.IGNORECASE)
_FIRST_PROSE_TIER, _OFFICE_TIER = 4, 5  # places read from prose: the announcing sentence, then "the X office"
_PLACE_RULES = ("locations.labelled_or_based_in", "locations.title", "locations.header_line",
                "locations.organization_name", "locations.announcing_sentence", "locations.office_town")


def _remote(stated: list[str], full_text: str, locations: list[Location]) -> bool | None:
    # ("Télétravail partiel possible" under the title names remote work, and says it is partial: hybrid)
    # ("Hybrid remote in London", Indeed's place line for a hybrid job: hybrid, not remote)
    if any(is_remote(t) and not says_job_is_hybrid(t) and not is_hybrid(t) for t in stated) \
            or says_job_is_remote(full_text):
        return True
    if any(is_hybrid(t) for t in stated) or says_job_is_hybrid(full_text):
        return None
    return False if locations or says_job_is_not_remote(full_text) else None


_PLACE_JOINT = rx.compile(r",\s*|\s+(?:in|at)\s+|\s+[-–—|·]\s+")


def _last_place_words(line: str) -> str:
    """What a header line ends with after its last comma, dash or 'in', when that is short enough to be a
    city's name; nothing otherwise.

    >>> _last_place_words("Co-operation Programme Division, Office in Skopje"), _last_place_words("Prishtina")
    ('Skopje', 'Prishtina')
    >>> _last_place_words("Support to the rule of law in the region and beyond")
    ''
    """
    last = _PLACE_JOINT.split(line)[-1].strip()
    return last if len(last.split()) <= 3 else ""


def _unique(locations: list[Location]) -> list[Location]:
    first_of_each: dict[str, Location] = {}
    for location in locations:
        first_of_each.setdefault(location.country or location.text, location)
    return list(first_of_each.values())
