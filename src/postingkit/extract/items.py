"""Sections -> duty and qualification items: one per list item or table-cell bullet, one per sentence
in prose; lead-in paragraphs, questions and other sections' text stay out."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .. import patterns as rx  # re.compile, from a per-machine cache of compiled patterns
from ..data.marks import GLYPH_BULLETS
from ..data.verbs import (
    requirements_run_together,
    starts_about_the_candidate,
    starts_with_duty_verb,
    starts_with_task_word,
    tasks_run_together,
)
from ..headings import classify_heading, names_duties
from ..lexicon import at_either_end, entries, gated_search, whole_words
from ..model import Block, Section
from .fields import LABEL_LINE
from .identity import ROLE_NOUNS
from .languages import find_mentions
from .numbers import WORD_NUMBER
from .organization import introduces_an_organization
from .requirement import item_requirement
from .sentences import split_sentences

_CELL_BULLETS = rx.compile(rf"\s*[{re.escape(GLYPH_BULLETS)}]\s*")
_COLUMN_REQUIREMENT = [
    ("preferred", rx.compile(r"^(desirable|preferred|desired|assets?|advantageous|nice to have|optional)$", re.I)),
    ("required", rx.compile(r"^(essential|required|mandatory|minimum|must have|requirements?)$", re.I)),
]
_GROUP_MAX_WORDS = 14
MAX_ITEMS = 1000  # per field: a notice lists dozens; a runaway input must not yield a million records' worth


@dataclass
class Item:
    text: str
    section: str  # duties, qualifications or languages
    requirement: str
    group: str | None
    listed_as: str = "required"  # what its heading says ("Desirable" lists preferred items), before its own words


def extract_items(sections: list[Section]) -> tuple[list[Item], list[str]]:
    """Every duty / qualification / language item, in document order, at most MAX_ITEMS a field; a
    warning for each field that was cut (a cut in duties never costs the qualifications after them)."""
    items: list[Item] = []
    # prose under one duties heading ("Duties and Responsibilities": what the office does, where the intern
    # sits) when another duties heading lists the tasks ("Key Tasks"): the list is the duties
    listed_duties = any(section.kind == "duties" and any(b.kind == "list_item" for b in section.blocks)
                        for section in sections)
    # a terms of reference that lists no duties lists the assignment's objectives: "The objective of this audit is:
    # - To express an opinion on ...", "Objectives: 1. To reconcile the ledger ..." — what the holder will do
    duties_of_its_own = any(section.kind == "duties" and section.blocks for section in sections)
    for section in sections:
        if not duties_of_its_own and section.kind == "summary" and _STATES_THE_OBJECTIVE.match(section.heading.lower()):
            items.extend(_section_items(Section("duties", section.heading, section.requirement,
                                                _first_list(section.blocks))))
            continue  # (a paragraph after the list leads in to something else: "The Auditor confirms meeting ...:")
        if listed_duties and section.kind == "duties" and section.blocks \
                and all(b.kind == "paragraph" for b in section.blocks):
            continue
        if section.kind == "qualifications" and _a_task_list_under_a_mixed_heading(section):
            section = Section("duties", section.heading, section.requirement, section.blocks)
        if section.kind == "qualifications" and names_duties(section.heading):
            # "Responsibilities & Qualifications" over one list: its tasks are the duties, the rest is asked
            items.extend(Item(i.text, "duties", "required", i.group) if i.section == "qualifications"
                         and starts_with_task_word(i.text) else i for i in _section_items(section))
        elif section.kind in ("duties", "qualifications", "languages"):
            items.extend(_section_items(section))
        elif section.kind in ("summary", "about") and not listed_duties \
                and _DESCRIBES_THE_JOB.match(section.heading.lower()):  # "About the role" is an "about" heading
            # (a notice with a list of duties of its own: the description around it sums the post up)
            # "Job description:" over a bulleted list: the bullets are the duties, the prose around them is not
            listed = [b for b in section.blocks if b.kind in ("list_item", "heading")]
            if any(b.kind == "list_item" for b in listed):
                items.extend(_section_items(Section("duties", section.heading, section.requirement, listed)))
            elif not any(other.kind == "duties" and other.blocks for other in sections):
                # prose, and no duties of the notice's own: the sentences that say what the holder will do
                items.extend(Item(sentence, "duties", "required", None)
                             for b in section.blocks if b.kind == "paragraph"
                             for sentence in split_sentences(b.text) if _SAYS_WHAT_HOLDER_DOES.search(sentence)
                             or _the_holder_does(sentence))
    # what the holder will do, said in prose under a heading such as "What we're looking for", is the duties
    # of a notice that lists none of its own
    has_duties = any(item.section == "duties" for item in items)
    items = [Item(i.text, "duties", i.requirement, i.group) if i.section == _DUTIES_IN_PROSE else i
             for i in items if i.section != _DUTIES_IN_PROSE or not has_duties]
    if not any(item.section == "duties" and _is_item(item.text) for item in items):  # (a list of questions is none)
        items += _you_will_sentences(sections) or _task_paragraphs(sections)
    items = [_candidate_item_to_qualifications(item) for item in items]
    items += _eligibility_items(sections, {item.text for item in items})
    kept, counts = [], {}
    for item in items:
        if item.section in ("qualifications", "duties") and _ANNOUNCES_THE_ROLE.search(item.text):
            continue  # "NRC Ethiopia is looking for an experienced ... Manager to lead ...": the post, not a need
            # nor a task ("Principal's Risk team has an opening for a Specialist to support ...")
        if _is_item(item.text):
            counts[item.section] = counts.get(item.section, 0) + 1
            if counts[item.section] <= MAX_ITEMS:
                kept.append(item)
    warnings = [f"{section}: only the first {MAX_ITEMS:,} of {count:,} items were kept"
                for section, count in counts.items() if count > MAX_ITEMS]
    return kept, warnings


# a sentence where the employer speaks of itself ("Our success depends on ...", "we value connecting") and
# asks nothing of the candidate ("We are looking for someone with ..." does)
_THE_EMPLOYER_SPEAKS = rx.compile(
    r"^(?!.*\b(?:looking\s+for|seek(?:ing)?|require[sd]?|need(?:s|ed)?|must|should|expect|want)\b)"
    r"(?:.*\b(?:we|our|us)\b|.*\bis\s+committed\s+to\b|.*\b(?:careers?\s+site|learn\s+more)\b)", re.IGNORECASE)
# "3+ years of SAP", "Three years of experience with SQL", "two (2) to three years in finance"
_COUNT = r"(?:\d{1,2}|" + WORD_NUMBER + r")"
_YEARS_FIRST = rx.compile(rf"^{_COUNT}\s*(?:\(\d{{1,2}}\)\s*)?\+?\s*(?:(?:-|to)\s*{_COUNT}\s*)?(?:full\s+)?years?\b",
                          re.IGNORECASE)


# who may hold the post, wherever the notice says it: the right to work, residence, sponsorship. A requirement
# of the candidate, though notices put it under the location, the terms or the closing notes.
_ELIGIBILITY = rx.compile(
    r"\b(?:must|should|need\s+to)\s+(?:be\s+)?(?:legally\s+)?(?:authori[sz]ed|eligible|entitled|permitted)\s+to\s+"
    r"work\b|\b(?:must|should)\s+(?:hold|have|possess)\s+(?:an?\s+)?(?:valid\s+)?(?:work\s+(?:authori[sz]ation|permit|"
    r"visa)|(?:the\s+)?(?:permission|right)\s+to\s+work)|\bopen\s+to\s+candidates\b[^.]{0,60}\bright\s+to\s+work\b|"
    r"\bmust\s+reside\s+(?:in|within)\b|\bnot\s+(?:be\s+)?eligible\s+for\s+(?:visa\s+|immigration\s+)?sponsorship|"
    r"\bnot\s+considering\s+(?:applicants|candidates)\s+(?:that|who)\s+(?:need|require)\b", re.IGNORECASE)
_ELIGIBILITY_HINTS = ("work", "reside", "sponsorship", "considering")
# what a sentence says a skill or an experience is to the post: "is required", "are essential", "is a plus"
_HOW_NEEDED = (r"(?:(?:highly|strongly)\s+)?(?:essential|required|desired|desirable|preferred|necessary|"
               r"a\s+(?:must|plus)|an\s+(?:asset|advantage))")
# a need stated in the prose that presents the post ("Experience in grant writing ... are essential. The
# postholder must also be able to work in English"); not how to apply
_NEED_IN_PROSE = rx.compile(
    r"^(?!.*\b(?:appl(?:y|ying|ication|icants?\s+should\s+send)|submit|cv|resume|deadline)\b)"
    r"(?:.*\b(?:are|is)\s+(?:essential|required|a\s+must)(?:\s+for\s+(?:this|the)\s+(?:role|post|position|job))?"
    r"\s*[.;!]?\s*$|"
    # "Proficiency in writing is required, as is the ability to ...", "Strong experience with HANA DB SQL ... is
    # desired with experience in tuning": a skill or an experience, then what it is to the post
    r"^(?:[\w-]+\s+){0,2}?(?:experience|knowledge|proficiency|familiarity|understanding|expertise|skills?|ability|"
    r"fluency|background|capability|qualifications?|certification|licen[cs]e|registration|degree)\b"
    rf".*\b(?:are|is)\s+{_HOW_NEEDED}\b|"
    # a list's style kept in prose, its subject left out: "Should have strong experience, skill to develop ..."
    r"(?:should|must)\s+(?:be\s+able\s+to|have|possess|hold)\s|"
    # "The successful applicant should possess FRCR (or equivalent), should have undertaken ..."
    r".*\b(?:the\s+)?(?:post\s?holder|(?:successful\s+)?(?:candidate|applicant|appointee))s?\s+(?:must|should|"
    r"will\s+need\s+to)\s+(?:also\s+|already\s+)?(?:be\s+(?:able|capable|fluent|proficient|familiar|willing|"
    r"available|eligible|registered|based|on)|have|hold|possess|speak)\b|"
    # "We are looking for fresher candidates only", "We are not looking for experienced or trained candidates"
    r".*\bwe\s+are\s+(?:not\s+|only\s+)?looking\s+for\s+(?:[\w-]+\s+){0,4}?(?:candidates|graduates|freshers?|"
    r"individuals)\b|"
    # "You must be a Registered Nurse educated to Degree Level and have current NMC Registration"
    r"^you\s+(?:must|should|will\s+need\s+to)\s+(?:also\s+)?(?:be|have|hold|possess|speak|understand|know)\b|"
    # "To succeed in this post you will have experience of ...", "The successful applicant will have ..."
    r"^(?:to\s+(?:succeed|be\s+successful)\s+in\s+this\s+(?:post|role|position|job),?\s+you|"
    r"(?:the\s+)?successful\s+(?:candidate|applicant)s?)\s+will\s+(?:also\s+)?(?:have|need|be\s+able|possess|hold|"
    r"demonstrate|bring)\b(?!\s+(?:the\s+|an?\s+)?(?:opportunity|chance|access)))",
    re.IGNORECASE)
_NEED_HINT = rx.compile(rf"\bsucce(?:ed|ssful)\b|\b(?:are|is)\s+{_HOW_NEEDED}\b|"
                        r"\b(?:must|should|need\s+to)\s+(?:also\s+|already\s+)?"
                        r"(?:be|have|hold|possess|speak|understand|know)\b|\blooking\s+for\b")
_NOT_ELIGIBILITY_SECTIONS = ("benefits", "pay")


def _eligibility_items(sections: list[Section], known: set[str]) -> list[Item]:
    """Sentences outside the item sections that say who may hold the post ("The CR must reside in Peru.",
    "This position is not eligible for sponsorship."): required qualifications. A requirement said in
    parentheses is the parentheses' ("Location: Paris (the candidates must hold a valid work authorisation)").

    >>> location = Block("paragraph", "Location: Paris (candidates must hold a valid work authorisation in France)")
    >>> [i.text for i in _eligibility_items([Section("other", "Location", "required", [location])], set())]
    ['candidates must hold a valid work authorisation in France']
    """
    found = []
    for section in sections:
        for block in section.blocks:
            if section.kind in _NOT_ELIGIBILITY_SECTIONS and block.kind != "paragraph":
                continue  # a benefits list; the closing paragraphs after it are the notice's own notes
                # ("We thank all applicants ... Must be authorized to work in the U.S ...")
            lowered = block.text.lower()
            in_prose = section.kind in ("summary", "other") and block.kind == "paragraph" \
                and _NEED_HINT.search(lowered) is not None
            if block.kind == "table_row" or not (in_prose or (any(h in lowered for h in _ELIGIBILITY_HINTS)
                                                              and _ELIGIBILITY.search(block.text))):
                continue
            for sentence in split_sentences(block.text):
                m = _ELIGIBILITY.search(sentence) or (_NEED_IN_PROSE.search(sentence) if in_prose else None)
                if not m:
                    continue
                aside = _ASIDE_AROUND.search(sentence)
                text = aside.group(1).strip() if aside and aside.start(1) <= m.start() < aside.end(1) else sentence
                if not any(text in item for item in known):  # not already an item, nor part of one
                    found.append(Item(text, "qualifications", item_requirement(text, "required"), None))
    return found


_ASIDE_AROUND = rx.compile(r"\(([^()]+)\)")


# "..., you'll help the crew set the bar high in terms of cooking ...": the work, told to the reader
_YOU_WILL = rx.compile(r"\byou(?:['’]ll|\s+will|\s+shall)\s+(?:also\s+)?"
                       r"(?:be\s+(?:responsible\s+for|in\s+charge\s+of|tasked\s+with|accountable\s+for)\b|"
                       r"(?!also\b|be\b|need\b|have\b|receive\b|get\b|"
                       r"enjoy\b|join\b|benefit\b|find\b|love\b|thrive\b|become\b|discover\b|grow\b|feel\b|"
                       r"work\s+(?:in|from|at)\b)[a-z]+)", re.IGNORECASE)


# "The coordinator will analyze participation data": the holder, named by the role, as the subject
# "The candidate will be responsible for building NLP models": the one hired, named as the candidate too
# ("The ideal candidate will ..." says who is sought as often as what they will do: not read as a duty)
_THE_HOLDER = (rf"(?:the|this|our)\s+(?!ideal\b)(?:[\w-]+\s+){{0,3}}(?:{ROLE_NOUNS}|candidate|incumbent|appointee|"
               r"post\s?holder|job\s?holder|role\s?holder)s?\s+")
_THE_HOLDER_WILL = rx.compile(rf"\b{_THE_HOLDER}(?:will|shall)\s+(?:also\s+)?"
                              # (not "will be responsible for payment" of a check: a cost, not work)
                              r"(?:be\s+(?:responsible\s+for|in\s+charge\s+of)\b(?!\s+(?:the\s+)?(?:payment|costs?|"
                              r"fees?|expenses)\b)|"
                              # ("will receive and respond to requests" is work; "will receive training" is not)
                              r"(?!be\b|receive\b(?!\s+and\s)|report\b|join\b|have\b|need\b|get\b|enjoy\b|"
                              r"benefit\b|not\b|never\b)[a-z]+)",
                              re.IGNORECASE)


# "The officer also maintains beneficiary databases": the holder, named by the role, doing a task in the present
_THE_HOLDER_DOES = rx.compile(rf"^{_THE_HOLDER}(?:also\s+)?(?=[a-z]+s\b)", re.IGNORECASE)


def _the_holder_does(sentence: str) -> bool:
    """
    >>> _the_holder_does("The officer also maintains beneficiary databases.")
    True
    >>> _the_holder_does("The officer reports to the Cash Manager.")
    False
    """
    m = _THE_HOLDER_DOES.match(sentence)
    return m is not None and starts_with_duty_verb(sentence[m.end():])


# "The position would involve drafting and responding to pleadings ...": the work, said of the post itself
_THE_POST_INVOLVES = rx.compile(r"\b(?:the|this)\s+(?:position|role|job|post)\s+(?:will|would)\s+(?:also\s+)?"
                                r"(?:involve|include|entail)\b", re.IGNORECASE)


def _you_will_sentences(sections: list[Section]) -> list[Item]:
    """A notice with no duties section, told as prose (job-board rows without headings): its sentences that
    say what "you will" do, or what the holder named by the role will do, are the duties.

    >>> [i.text for i in _you_will_sentences([Section("other", "", "required", [Block("paragraph",
    ...     "We are hiring a program coordinator. The coordinator will analyze participation data.")])])]
    ['The coordinator will analyze participation data.']
    """
    return [Item(sentence, "duties", "required", None)
            for section in sections if section.kind in ("other", "summary")
            for block in section.blocks if block.kind == "paragraph" and ("you" in block.text.lower()
                                                                         or " will " in block.text
                                                                         or " would " in block.text)
            for sentence in split_sentences(block.text) if _YOU_WILL.search(sentence) or
            (" will " in sentence and _THE_HOLDER_WILL.search(sentence)) or
            ((" will " in sentence or " would " in sentence) and _THE_POST_INVOLVES.search(sentence))]


_TASK_LED_SHARE = 0.5
_TASK_PARAGRAPH_MIN_SENTENCES = 3
_TASK_PARAGRAPH_SHARE = 0.75


def _task_paragraphs(sections: list[Section]) -> list[Item]:
    """A notice with no duties section nor "you will" sentences: its paragraphs under no known heading whose
    sentences are mostly tasks led by their verb ("Contributes to AI adoption ... Partners with stakeholders ...
    Provide expert advice ..."), a list whose bullets and line breaks a copy lost, are the duties.

    >>> [i.text for i in _task_paragraphs([Section("other", "Technology", "required", [Block("paragraph",
    ...     "Lead the design of AI solutions. Partners with stakeholders. Provide expert advice.")])])]
    ['Lead the design of AI solutions.', 'Partners with stakeholders.', 'Provide expert advice.']
    >>> [i.text for i in _task_paragraphs([Section("summary", "Job Description", "required", [Block("paragraph", t)
    ...     for t in ("Gather requirements from users.", "Work with developers.", "Conduct UAT.")])])]
    ['Gather requirements from users.', 'Work with developers.', 'Conduct UAT.']
    """
    found: list[Item] = []
    for section in sections:
        if section.kind not in ("other", "summary"):
            continue
        run: list[str] = []  # one-sentence paragraphs in a row, each led by a task: the lines of a lost list
        for block in [*section.blocks, None]:
            # (and the items a copy joined with semicolons: "Lead the design ....; Apply AI ....; Develop ...")
            sentences = [part for sentence in split_sentences(block.text) for part in _semicolon_items(sentence)] \
                if block is not None and block.kind == "paragraph" else []
            if len(sentences) == 1 and starts_with_task_word(sentences[0]):
                run.append(sentences[0])
                continue
            if len(run) >= _TASK_PARAGRAPH_MIN_SENTENCES:  # ("Gather requirements ..." / "Work with ..." / ...)
                found += [Item(task, "duties", "required", None) for task in run]
            run = []
            if len(sentences) >= _TASK_PARAGRAPH_MIN_SENTENCES and \
                    sum(map(starts_with_task_word, sentences)) >= _TASK_PARAGRAPH_SHARE * len(sentences):
                found += [Item(task, "duties", "required", None) for task in _tasks_of(sentences)]
    return found


def _a_task_list_under_a_mixed_heading(section: Section) -> bool:
    """A heading that names the duties and the requirements ("Main Duties and Skills Requirements") over a
    list whose items mostly start with a task ("Managing key accounts", "Ensure ..."): the duties, the items
    about the candidate among them going to the qualifications as in any duties list."""
    listed = [b.text for b in section.blocks if b.kind == "list_item"]
    # and one that leads in to what the candidate "will" do ("The successful candidate will:" / "Support pupils
    # ...", as a school posts it; "The ideal candidate will:" / "Have ..." / "Be ..." stays what they bring)
    return bool(listed) and (names_duties(section.heading) or _THE_CANDIDATE_WILL.search(section.heading)) and \
        sum(starts_with_task_word(text) for text in listed) >= _TASK_LED_SHARE * len(listed)


_THE_CANDIDATE_WILL = rx.compile(r"\bwill\s*:?\s*$", re.IGNORECASE)


def _candidate_item_to_qualifications(item: Item) -> Item:
    """A duties list that mixes in what the candidate brings ("Excellent interpersonal skills", "3+ years of
    SAP") gives those items to the qualifications."""
    if item.section != "duties":
        return item
    lowered = item.text.lower().lstrip("•*-– ").replace("’", "'")
    # and who may hold the post, said among the duties: "... candidate must reside within the territory"
    if starts_about_the_candidate(item.text) or _YEARS_FIRST.match(lowered) \
            or _CANDIDATE_AFTER_LEAD_IN.match(lowered) \
            or (any(h in lowered for h in _ELIGIBILITY_HINTS) and _ELIGIBILITY.search(item.text)):
        return Item(item.text, "qualifications", item_requirement(item.text, "required"), item.group)
    return item


# "As a key member of our Engineering team, you must have 3-5 years Cloud Operations experience": a lead-in, then
# what the candidate must bring
_CANDIDATE_AFTER_LEAD_IN = rx.compile(r"^[^.;:]{0,80},\s+you\s+(?:must|should|will\s+need\s+to|need\s+to)\s+"
                                      r"(?:have|possess|hold|be\s+(?:able|fluent|proficient|familiar))\b")


def _first_list(blocks: list[Block]) -> list[Block]:
    """The list items of a section up to the first paragraph after them."""
    listed: list[Block] = []
    for block in blocks:
        if block.kind == "list_item":
            listed.append(block)
        elif listed:
            break
    return listed


_STATES_THE_OBJECTIVE = rx.compile(r"^(?:the\s+)?(?:overall\s+|general\s+|main\s+|specific\s+)?objectives?\b")
_DESCRIBES_THE_JOB = rx.compile(r"^(?:full\s+)?(?:(?:job|position|role|post)\s+)?description$|^(?:the\s+|your\s+|"
                                r"about\s+the\s+)?(?:role|job|position|post|opportunity)$|"
                                r"^(?:job|role|position)\s+(?:overview|summary)$")


# "The assistant will manage ...", "He/she is responsible for ..."; not where the post is or what it offers
_SAYS_WHAT_HOLDER_DOES = rx.compile(
    # not in a relative clause ("capabilities that will enhance ...", "services that will enrich ..."): a thing's doing
    # nor what the employer or an application will do ("We will take your preferences into consideration", "your
    # application will only be considered")
    r"(?<!\bthat\s)(?<!\bwhich\s)(?<!\bwe\s)(?<!\bapplication\s)(?<!\bapplications\s)"
    r"\b(?:will|shall)\s+(?:also\s+|be\s+(?=responsible|in\s+charge|tasked|"
    # "will be working closely with your mentor" (not "will be earning whilst you learn", "working for us")
    r"(?!earning|joining|receiving|getting|working\s+for|reporting\s+to|"
    # (what the candidate is: "You will be caring, reliable and have a full UK driving licence")
    r"caring|outgoing|willing|hard[\s-]?working|engaging|understanding|easy[\s-]?going|loving)[a-z]{3,}ing\b))?"
    r"(?!be\b|report\s+to|receive|have\b|only\b|not\b|never\b|"
    r"need\b|join\b|start\b|get\b|enjoy\b|benefit\b|"
    # what the candidate is or has: "You will graduate in 2026 with a Master's", "you will bring five years"
    r"graduate\b|possess\b|hold\b|bring\b|demonstrate\b|thrive\b|excel\b|ideally\b|preferably\b|likely\b)[a-z]+|"
    r"\b(?:is|are)\s+responsible\s+for\b|"
    r"\bresponsibilities\s+include\b|"
    # "A key part of your role will be to support ...": a task; "The purpose of this role is to ..." sums it up
    r"\bpart\s+of\s+your\s+role\s+(?:will\s+be|is)\s+to\b", re.IGNORECASE)


_DUTIES_IN_PROSE = "duties_in_prose"
_PROCESS_NOTE = gated_search(entries("process_notes"), rx.compile)


def is_a_process_note(sentence: str) -> bool:
    """What the notice says of its recruitment ("Only shortlisted candidates will be contacted.", "No phone calls
    please."): no requirement, though a notice in paragraphs sets it under its requirements with no heading between.

    >>> is_a_process_note("Only shortlisted candidates will be contacted."), is_a_process_note("Fluent English.")
    (True, False)
    """
    return _PROCESS_NOTE(sentence.lower())


# a languages section's sentence about them without naming one: "Other UN languages are an asset"
_SPEAKS_OF_LANGUAGES = rx.compile(r"\blanguages?\b|\bbilingual|\bmultilingual|\bfluen", re.IGNORECASE)
_LABELLED_REQUIREMENT = rx.compile(r"^(?:an?\s+)?(?:assets?|advantage|desirable|preferred|nice\s+to\s+have|essential|"
                                   r"required|mandatory|a\s+plus)\s*:\s*\S", re.IGNORECASE)
# a sentence whose subject is a named body and whose verb says what it is or does, in prose under a duties
# heading: "OCHA's mission is ...", "The Office for the Coordination of Humanitarian Affairs (OCHA) is ..."
_AN_ORGANISATION_DESCRIBED = rx.compile(
    r"^(?:The\s+)?(?:[A-Z][\w'’&.-]*(?:\s+\([A-Z]{2,8}\))?\s+(?:(?:of|for|and|the|on|in)\s+)*){1,10}?"
    r"(?:(?:mission|vision|goal|aim|purpose|mandate|work)\s+)?"
    r"(?:is|are|was|aims|helps|focuses|works|supports|provides|operates|strives)\b")


def _section_items(section: Section) -> list[Item]:
    # a list of lead-ins only ("a) Interactive Fair:" over the paragraphs of its tasks) is no list: its items
    # name the groups the prose around them falls in
    # so is a list of short group names, each over prose ("1. Professional Competencies" over lines of skills
    # that lost their bullets in a copy)
    lead_ins = {i for i, b in enumerate(section.blocks) if b.kind == "list_item" and _leads_in(section.blocks, i)}
    lead_ins |= _heads_over_prose(section.blocks, lead_ins)
    has_list = any((b.kind == "list_item" and i not in lead_ins)
                   or (b.kind == "table_row" and (_table_items(b, {}) or _columns_naming(section, i)))
                   for i, b in enumerate(section.blocks))
    columns: dict[int, str] = {}
    item_columns: list[int] = []  # "Area | Tasks": the columns a table's header names as the section's items
    group: str | None = None
    parent: str | None = None  # a short numbered item that bullets below it belong to
    items: list[Item] = []

    def add(text: str, requirement: str, item_group: str | None) -> None:
        items.append(Item(text, section.kind, item_requirement(text, requirement), item_group, requirement))

    for index, block in enumerate(section.blocks):
        if block.kind in ("paragraph", "list_item") and _states_a_fact_about_the_post(block.text):
            continue  # "Duty station: Home-based", "Reporting to: MEAL Coordinator" under a ToR heading
        if block.kind == "heading":
            group, parent = block.text, None
            known = _column_requirement(block.text)
            if known:
                section.requirement = known
        elif block.kind == "list_item" and ((not has_list and index in lead_ins) or (
                block.numbered and _names_a_group(section.blocks, index, under=("list_item",)))):
            # ("1. Professional Competencies" over the bullets of its skills names their group)
            group, parent = block.text.rstrip(":").strip(), None
        elif block.kind == "list_item":
            if section.kind in ("qualifications", "languages") and is_a_process_note(block.text):
                continue  # "- Only shortlisted candidates will be contacted." as the requirements' last bullet
            for part in _PREFERENCE_AFTER.split(block.text):
                add(part, section.requirement, group if block.numbered else (parent or group))
            if block.numbered:
                parent = block.text if len(block.text.split()) <= _GROUP_MAX_WORDS else None
        elif block.kind == "table_row":
            header = _header_requirements(block.cells)
            if header:
                columns = header
                continue
            named = _columns_naming(section, index)
            if named:
                item_columns = named
                continue
            if item_columns:  # "Reporting | Submit weekly activity reports": the task, in the group its row names
                label = block.cells[0].strip() if 0 not in item_columns and block.cells else None
                for column in item_columns:
                    cell = block.cells[column] if column < len(block.cells) else ""
                    for part in (p.strip() for p in _CELL_BULLETS.split(cell)):
                        if part:
                            add(part, section.requirement, label or group)
                continue
            if section.kind in ("qualifications", "languages") and not columns and _a_requirement_label_row(block):
                # "Education: | University degree in civil engineering": a form's label names what its value asks
                label = block.cells[0].strip().rstrip(":").strip()
                add(block.cells[1].strip(), section.requirement, label)
                continue
            for column, text in _table_items(block, columns):
                row_label = block.cells[0] if columns and text != block.cells[0] else None  # "Education | ... | ..."
                add(text, columns.get(column, section.requirement), row_label or group)
        elif has_list:
            if block.text.endswith(":"):  # "Technical assistance may include:" leads the items below it
                group, parent = block.text.rstrip(":").strip(), None
            elif block.kind == "paragraph" and (named := _group_glued_to_its_first_item(section.blocks, index)):
                # "Client Services: Develop resources ..." right over "- Nurture partnerships ...": the group's
                # name, then its first item, whose bullet a copy lost
                group, parent = named[0], None
                add(named[1], section.requirement, group)
            elif block.kind == "paragraph" and section.kind in ("duties", "qualifications") \
                    and len(parts := _semicolon_items(block.text)) > 1 and sum(
                        _leads_with_a_task(part) if section.kind == "duties" else starts_about_the_candidate(part)
                        for part in parts) >= _VERB_LED_SHARE * len(parts):
                # "Collect the orders.; Elaborate a monthly forecast.; Supervise ..." beside the section's list:
                # its items written inline between semicolons
                for part in parts:
                    add(part, section.requirement, group)
            elif section.kind == "qualifications" and _LABELLED_REQUIREMENT.match(block.text):
                add(block.text, section.requirement, group)  # "Asset: Training in tourism." after the list
            elif section.kind == "qualifications" and _HAS_WHAT_IT_TAKES.match(block.text):
                add(block.text, section.requirement, group)  # "The Auditor has appropriate qualifications"
            elif section.kind == "qualifications" and block.kind == "paragraph" and \
                    len(tasks := [s for s in split_sentences(block.text) if _leads_with_a_task(s)]) >= 2:
                # "Develop data models ... Identify areas of improvement ...": the work, set as prose among
                # the skills, kept in case the notice lists no duties
                items.extend(Item(task, _DUTIES_IN_PROSE, "required", group) for task in tasks)
            elif section.kind == "duties" and block.kind == "paragraph" and starts_about_the_candidate(block.text):
                add(block.text, section.requirement, group)  # "Understanding of SQL will be preferable" after the
                # duties list: a qualification, which _candidate_item_to_qualifications gives to them
            elif section.kind == "duties" and block.kind == "paragraph":
                # "Contributes to AI adoption ... Partners with stakeholders ... Validates ...": the duties in prose
                # ("... Identify key problems ... Gather and mine data sets ... You will develop algorithms ...":
                # a sentence saying what the holder will do counts as one led by its verb)
                sentences = split_sentences(block.text)
                # (fewer sentences whose stops a copy lost count by the tasks run into them: "Collects ...
                # skills Reports to ... vehicles. Prepares ... file Ensure safe ... materials Assist in ...")
                if sentences and sum(starts_with_duty_verb(s) or bool(_SAYS_WHAT_HOLDER_DOES.search(s))
                                     for s in sentences) >= _VERB_LED_SHARE * len(sentences) and \
                        len(tasks := _tasks_of(sentences)) >= _MIN_VERB_LED_SENTENCES:
                    for sentence in tasks:
                        add(sentence, section.requirement, group)
        else:
            sentences = [part for s in split_sentences(block.text) for part in _semicolon_items(s)]
            for sentence in (_tasks_of(sentences) if section.kind == "duties" else
                             _requirements_of(sentences) if section.kind == "qualifications" else sentences):
                if section.kind == "qualifications" and (_SAYS_WHAT_HOLDER_DOES.search(sentence)
                                                         or _leads_with_a_task(sentence)):
                    # "you will build partnerships": the work, kept in case the notice lists no duties
                    items.append(Item(sentence, _DUTIES_IN_PROSE, "required", group))
                    continue
                if section.kind == "qualifications" and _THE_EMPLOYER_SPEAKS.search(sentence):
                    continue  # "At Principal, we value ...": not the candidate
                if section.kind in ("qualifications", "languages") and is_a_process_note(sentence):
                    continue  # "No phone calls please." after the requirements, no heading between
                if section.kind == "languages" and not find_mentions(sentence) \
                        and not _SPEAKS_OF_LANGUAGES.search(sentence) and not starts_about_the_candidate(sentence):
                    continue  # "Only shortlisted candidates will be contacted." after the languages: the section
                    # ended where a list would have, though no heading says so ("Excellent drafting skills." under
                    # "Language and Communication Skills" is still the candidate's)
                if section.kind == "duties" and _AN_ORGANISATION_DESCRIBED.match(sentence) \
                        and not _SAYS_WHAT_HOLDER_DOES.search(sentence):
                    continue  # "The Strategic Prioritization Branch (SPPB) helps OCHA ...": not the work
                add(sentence, section.requirement, group)
    return items


def _tasks_of(sentences: list[str]) -> list[str]:
    """A duties paragraph's sentences, each cut where a task whose stop a copy lost runs into the next ("Develop
    relationships with clients Secure new business ..."), when most sentences open with a task's verb."""
    # (one sentence, led by a task and longer than one task runs: "Support the Country Director in ... strategy
    # Identify new programmes ... Assess and build partnerships ...", a list run into one line)
    one_long_task = len(sentences) == 1 and len(sentences[0].split()) > _MAX_ONE_ITEM_WORDS \
        and starts_with_task_word(sentences[0])
    if (len(sentences) < 2 and not one_long_task) \
            or sum(map(starts_with_task_word, sentences)) < _VERB_LED_SHARE * len(sentences):
        return sentences
    return [task for sentence in sentences for task in tasks_run_together(sentence)]


_MAX_ONE_ITEM_WORDS = 40  # more words than one task or requirement runs to


def _requirements_of(sentences: list[str]) -> list[str]:
    """A requirements paragraph's sentences, each cut where requirements whose stops a copy lost run together,
    when most sentences say what the candidate brings."""
    most = len(sentences) >= 2 and \
        sum(map(starts_about_the_candidate, sentences)) >= _VERB_LED_SHARE * len(sentences)
    # (a sentence longer than any one requirement is cut all the same: "Hand on experience with Quantitative
    # analysis Experience with the full life cycle of ML projects ... Should be able to validate models ...")
    # (and one that runs three requirements or more together with no stop between them: "Time served engineer
    # (NVQ Level 3) Previous experience in a food environment ... is desirable Full UK driving licence")
    parts: list[str] = []
    for sentence in sentences:
        cut = requirements_run_together(sentence)
        long = len(sentence.split()) > _MAX_ONE_ITEM_WORDS
        parts += cut if most or long or len(cut) >= _MIN_REQUIREMENTS_RUN_TOGETHER else [sentence]
    return parts


_MIN_REQUIREMENTS_RUN_TOGETHER = 3


def _leads_in(blocks: list[Block], index: int) -> bool:
    """Is this list item a lead-in ("Technical assistance may include:") or a short group name with prose
    under it ("1. Professional Competencies" before a paragraph), rather than an item of its own?"""
    text = blocks[index].text
    if text.endswith(":"):
        return True
    return _names_a_group(blocks, index, under=("paragraph",))


def _names_a_group(blocks: list[Block], index: int, under: tuple[str, ...]) -> bool:
    text = blocks[index].text
    following = blocks[index + 1] if index + 1 < len(blocks) else None
    # (not over a fact about the post: "Experience of non-invasive ventilation" over "Salary: £28,407 ..." is the
    # list's last item)
    return following is not None and following.kind in under and not following.numbered and \
        len(text.split()) <= _GROUP_NAME_MAX_WORDS and _A_GROUP_NAME.fullmatch(text) is not None and \
        not (following.kind == "paragraph" and _states_a_fact_about_the_post(following.text)) and \
        not starts_about_the_candidate(text) and not starts_with_duty_verb(text)  # an item's way of starting


_GROUP_NAME_MAX_WORDS = 5


def _heads_over_prose(blocks: list[Block], lead_ins: set[int]) -> set[int]:
    """List items that each head paragraphs: "1. Strengthen relationships with member cities (20%)" over
    lines of its tasks, as a numbered list with bulleted items under it reads once its bullets are lost in a
    copy. Only when every item of the section heads two paragraphs or more (one paragraph after the last
    item of a list is its closing prose)."""
    items = [i for i, b in enumerate(blocks) if b.kind == "list_item" and i not in lead_ins]
    if len(items) < _MIN_HEADS:
        return set()
    for i in items:
        following = 0
        while i + 1 + following < len(blocks) and blocks[i + 1 + following].kind == "paragraph":
            following += 1
        if following < _MIN_PARAGRAPHS_HEADED:
            return set()
    return set(items)


_MIN_HEADS = 2
_MIN_PARAGRAPHS_HEADED = 2
# words only, capitalised: not "Power BI: 3 years (Required)" over "Work Location: In person"
def _group_glued_to_its_first_item(blocks: list[Block], index: int) -> tuple[str, str] | None:
    """ "Client Services: Develop resources ..." with list items right under it: (group name, first item)."""
    following = blocks[index + 1] if index + 1 < len(blocks) else None
    name, colon, rest = blocks[index].text.partition(": ")
    if not colon or following is None or following.kind != "list_item" or following.after_blank \
            or len(name.split()) > _GROUP_NAME_MAX_WORDS or not _A_GROUP_NAME.fullmatch(name) \
            or not starts_with_task_word(rest):
        return None
    return name, rest


_A_GROUP_NAME = rx.compile(r"[^\W\d_a-z][^\W\d_]*(?:[\s&/,'’-]+[^\W\d_]+)*")


def _semicolon_items(sentence: str) -> list[str]:
    """A sentence that lists three things or more between semicolons is a list written inline: "Maintain the
    accounting system; review payment requests; prepare budget reports." (one semicolon joins two clauses).

    >>> _semicolon_items("Maintain the accounts; review payment requests; prepare budget reports.")
    ['Maintain the accounts', 'review payment requests', 'prepare budget reports.']
    >>> _semicolon_items("Lead the team; this includes hiring.")
    ['Lead the team; this includes hiring.']
    >>> _semicolon_items("Gather the ledger entries.; Analyze the data for errors.")
    ['Gather the ledger entries.', 'Analyze the data for errors.']
    >>> _semicolon_items("The Officer will be responsible for the following: preparing reports for donors; "
    ...                  "processing payments; and supporting the annual audit.")
    ['preparing reports for donors', 'processing payments', 'supporting the annual audit.']
    """
    if ".;" in sentence:  # "Gather the data.; Analyze it.": sentences joined by a semicolon, an item each
        joined = [part.strip() for part in _STOP_THEN_SEMICOLON.split(sentence) if part.strip()]
        if all(len(part.split()) >= _MIN_INLINE_ITEM_WORDS for part in joined):
            return joined
    if sentence.count(";") < _MIN_INLINE_SEMICOLONS:
        return [sentence]
    parts = [part.strip() for part in sentence.split(";")]
    lead_in, colon, first = parts[0].partition(": ")
    if colon and first[:1].islower():
        parts[0] = first  # "... responsible for the following: preparing ...": the lead-in is no item's
    parts[-1] = _LAST_ITEMS_JOINT.sub("", parts[-1])  # "...; and supporting the annual audit."
    if not all(_MIN_INLINE_ITEM_WORDS <= len(part.split()) <= _MAX_INLINE_ITEM_WORDS for part in parts):
        return [sentence]
    return parts


_LAST_ITEMS_JOINT = rx.compile(r"^(?:and|or|as\s+well\s+as)\s+(?=[a-z])")
_STOP_THEN_SEMICOLON = rx.compile(r"(?<=\.);\s*")


_MIN_INLINE_SEMICOLONS = 2
_MIN_INLINE_ITEM_WORDS = 2
_MAX_INLINE_ITEM_WORDS = 40


# an item whose last sentence asks something else, and less: "Strong knowledge of ML frameworks. Preferred
# certifications in cloud architecture or AI/ML." is two requirements, the second preferred
_PREFERENCE_AFTER = rx.compile(r"(?<=[a-z)]{2}\.)\s+(?=(?:Preferred|Desired|Desirable|Ideally|Bonus|Nice to have|"
                               r"Preference\s+(?:for|to|will|given))\b)")
_MIN_VERB_LED_SENTENCES = 3
_VERB_LED_SHARE = 0.6


def _leads_with_a_task(sentence: str) -> bool:
    """ "Develop data models ...", "Responsible for building ...": a sentence that is a task."""
    return starts_with_duty_verb(sentence) or sentence.lower().startswith("responsible for ")


# a paragraph beside a qualifications list that says what the holder has: "The Auditor has appropriate
# professional qualifications and suitable experience with IFAC standards ..."
_HAS_WHAT_IT_TAKES = rx.compile(
    r"^(?:the|a|an)\s+[\w\s-]{1,40}?\s+(?:has|have|holds?|possess(?:es)?)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:qualifications?|experience|degree|expertise|knowledge|skills)\b[^:]*$", re.IGNORECASE)


_FACT_LINE = rx.compile(
    r"^(?:organi[sz]ation|agency|employer|company|duty\s+station|location|place\s+of\s+(?:work|assignment)|"
    r"duration|country|city|no\.?\s+of\s+(?:jobs|posts|positions)|code|"
    # who the holder answers to and manages: "Under the supervision of: Field Coordinator", "Dependents: Project
    # staff" (INTERSOS's word for the staff managed), "Date of appointment: 01/04/2026"
    r"reporting\s+to|reports\s+to|supervisor|(?:under\s+the\s+)?supervision\s+of|dependents|"
    r"date\s+of\s+appointment|type\s+of\s+duty\s+station|contract(?:\s+(?:type|length|duration))?|type\s+of\s+contract|"
    r"length\s+of\s+contract|start(?:ing)?\s+date|"
    r"deadline|closing\s+date|salary|grade|level|reference|vacancy\s+(?:no|number)|consultancy|assignment|"
    r"job\s+(?:id|number|code|ref\w*)|requisition(?:\s+(?:id|no|number))?|"
    r"(?:job\s+|position\s+)?title|category|department|working\s+hours|hours|"
    # who hires, in a UN form's header ("Hiring Office: Democratic Republic of the Congo Country Office")
    r"hiring\s+(?:office|unit|manager|department)|(?:organi[sz]ational\s+)?unit|division|"
    r"contact(?:\s+(?:person|details|email|us))?|e-?mail|phone|tel|"  # "Contact: arawat@judge.com"
    # a job board's facts after its lists (Naukri: "Role: Data Engineer", "Industry Type: IT Services & Consulting")
    r"role(?:\s+category)?|industry(?:\s+type)?|functional\s+area|employment\s+type|workplace\s+type|"
    r"seniority\s+level|"
    # and Indeed's ("Job Type: Full-time", "Pay: $44.00 - $47.00 per hour", "Schedule:8 hour shift")
    r"job\s+types?|pay|schedule|work\s+setting|shift)\s*:\s*\S|"
    # pay offered, not asked for: "Very competitive salary depending on skill level and experience."
    r"^(?:very\s+|highly\s+)?(?:competitive|attractive|excellent|generous)\s+(?:base\s+)?"
    r"(?:salary|pay|compensation|remuneration)\b", re.IGNORECASE)


def _states_a_fact_about_the_post(text: str) -> bool:
    """
    >>> _states_a_fact_about_the_post("Duty station: Home-based"), _states_a_fact_about_the_post("Report to donors")
    (True, False)
    >>> _states_a_fact_about_the_post("Industry Type: IT Services & Consulting")
    True
    >>> _states_a_fact_about_the_post("Code: SR-40-10115")
    True
    >>> _states_a_fact_about_the_post("Hiring Office: Democratic Republic of the Congo Country Office")
    True
    >>> _states_a_fact_about_the_post("Supervision of: Project Staff")
    True
    >>> _states_a_fact_about_the_post("Lugar de prácticas: Lima"), _states_a_fact_about_the_post("Type d'emploi : CDI")
    (True, True)
    >>> _states_a_fact_about_the_post("Pay: $44.00 - $47.00 per hour"), _states_a_fact_about_the_post(
    ...     "Very competitive salary depending on skill level and experience.")
    (True, True)
    """
    if _FACT_LINE.match(text):
        return True
    # a fact labelled in any language the lexicon knows ("Lugar de prácticas: Lima", "Type d'emploi : CDI")
    label = LABEL_LINE.match(text)
    if label is None:
        return False
    # the label's own words begin or end it ("Type d'emploi", "Contracted Hours"), not one inside it ("Length and
    # type of practical", a requirement)
    return at_either_end(_A_FACT_LABEL, label.group("label").strip())


# the fields whose labelled line states the post's facts, never a requirement ("Experience: 3 years" may be one),
# their labels as whole words ("rate" is pay's, not the end of "Product Strategy Development:")
_A_FACT_LABEL = rx.compile(whole_words(entry for entry in entries("field_labels") if entry.means in (
    "location", "terms", "pay", "grade", "reference", "title", "organization", "supervisor")), re.IGNORECASE)


def _column_requirement(text: str) -> str | None:
    for requirement, pattern in _COLUMN_REQUIREMENT:
        if pattern.match(text.strip(" :")):
            return requirement
    return None


def _header_requirements(cells: list[str]) -> dict[int, str]:
    """A row such as ` | Essential | Desirable` says what each column of the table holds."""
    found = {i: r for i, c in enumerate(cells) if c and (r := _column_requirement(c))}
    return found if found and all(not c or i in found for i, c in enumerate(cells) if i > 0) else {}


def _columns_naming(section: Section, index: int) -> list[int]:
    """The columns of a table's first row that name the section's own items ("Area | Tasks" under "Key
    tasks", "Task | Deliverable | Deadline" in terms of reference): their cells below are its items."""
    cells = section.blocks[index].cells
    if section.kind != "duties" or len(cells) < 2 or any(len(c.split()) > _HEADER_CELL_MAX_WORDS for c in cells) \
            or (index > 0 and section.blocks[index - 1].kind == "table_row"):
        return []  # (a qualifications table's columns are read by their requirement; a long cell is a value)
    return [i for i, cell in enumerate(cells) if cell.strip()
            and (found := classify_heading(cell.strip())) is not None and found[0] == section.kind]


_HEADER_CELL_MAX_WORDS = 4
_MARK_OR_SHARE = rx.compile(r"^\s*(?:[xX✓✔✗•*+√]|yes|no|\d{1,3}(?:[.,]\d+)?\s*%)?\s*$", re.IGNORECASE)


def _a_requirement_label_row(row: Block) -> bool:
    """A two-cell row whose first cell names a kind of requirement ("Education:", "Experience", "Languages")
    and whose second states it.

    >>> _a_requirement_label_row(Block("table_row", "", cells=["Education:", "University degree in law"]))
    True
    >>> _a_requirement_label_row(Block("table_row", "", cells=["Duty station:", "Cox's Bazar"]))
    False
    """
    cells = [c.strip() for c in row.cells]
    return len(cells) == 2 and all(cells) and len(cells[0].split()) <= _LABEL_MAX_WORDS \
        and (classify_heading(cells[0].rstrip(":")) or ("",))[0] in ("qualifications", "languages")


_LABEL_MAX_WORDS = 4


def _table_items(row: Block, columns: dict[int, str]) -> list[tuple[int, str]]:
    """Bulleted cells give one item per bullet; in an Essential/Desirable table every cell but the
    row label is an item; other cells (key/value facts) are not items."""
    first, others = (row.cells[0], row.cells[1:]) if row.cells else ("", [])
    if first and others and all(_MARK_OR_SHARE.match(c) for c in others) and any(c.strip() for c in others):
        # "Three years of experience | X | " or "Manage grants | 40%": the first cell is the item; a mark
        # in an Essential or Desirable column says which it is
        marked = [i for i, c in enumerate(row.cells) if i > 0 and c.strip() and i in columns]
        return [(marked[0] if marked else 0, first)]
    found = []
    for column, cell in enumerate(row.cells):
        if not cell:
            continue
        parts = [p.strip() for p in _CELL_BULLETS.split(cell) if p.strip()]
        if _CELL_BULLETS.search(cell) or (columns and column > 0):
            found.extend((column, p) for p in parts)
    return found


# "The base salary range for this position is $142,000-$211,000": the record's pay, not a duty
_STATES_PAY = rx.compile(r"\b(?:salary|remuneration|compensation|pay\s+(?:range|scale|band|rate)|base\s+pay|wage)\b"
                         r"[^.]*\d", re.IGNORECASE)


_PAY_HINTS = ("salar", "remunera", "compensation", "pay", "wage")


# the legal and procedural text notices close with, under whatever heading it falls: never a duty or a
# qualification (US legal notes, UN language notes, calls to apply, where the post is based, "N/A")
_BOILERPLATE = rx.compile(
    r"\b(?:the\s+above\s+(?:statements|description)|not\s+(?:intended|meant)\s+to\s+be\s+(?:an?\s+)?"
    r"(?:exhaustive|all[- ]inclusive|complete)|for\s+ADA\s+purposes|(?:an\s+|^)equal\s+opportunity\s+employer|"
    r"are\s+the\s+working\s+languages\s+of|(?:are|is)\s+(?:strongly\s+)?encouraged\s+to\s+apply|"
    r"will\s+be\s+given\s+due\s+consideration|"
    r"will\s+be\s+(?:specifically\s+)?(?:evaluated|assessed|tested)\s+during\s+the\s+(?:selection|recruitment))\b|"
    r"^the\s+purpose\s+of\s+the\s+.{0,80}?\b(?:position|role|post)\s+is\b|"
    r"^never:\s*0\s*%|^n/?a\.?$|^(?:the\s+)?(?:position|post|role)\s+(?:will\s+be|is)\s+based\s+in\b|"
    # the terms of the post, said in a list of requirements: "The position on Call/Hourly", "This role is part-time"
    r"^(?:the|this)\s+(?:position|post|role|job)\s+(?:is\s+|will\s+be\s+)?(?:an?\s+)?(?:on[- ]call|hourly|"
    r"full[- ]time|part[- ]time|temporary|permanent|fixed[- ]term|remote|hybrid|on[- ]site)\b",
    re.IGNORECASE)
# a word each of those phrasings holds, looked for first in the lower-cased item (most items hold none):
# the phrasing's own search begins with a word boundary and so tries every position of every item
_BOILERPLATE_HINTS = ("above", "intended", "meant", "ada", "equal", "working", "encouraged", "due", "during",
                      "purpose", "never", "based", "call", "hourly", "time", "temporary", "permanent", "fixed",
                      "remote", "hybrid", "site")
_SHORTEST_ITEM = 5  # "n/a." and shorter: too short for anything but a placeholder, checked whatever it holds


# US pay-transparency and equal-opportunity notes: about the offer and the law, not the candidate; searched
# only in items holding one of the hints (most items hold none)
_EMPLOYER_NOTE_HINTS = ("compensation", "pay", "salary", "wage", "range", "differential", "typical", "bonus", "offer",
                        "estimate",
                        "decisions", "regard", "accommodation", "©", "copyright", "clicking", "thank", "response",
                        "your cv", "your resume", "your application", "download", "require", "hear from")
_EMPLOYER_NOTES = rx.compile(
    r"\b(?:estimate\s+of\s+the\s+(?:compensation|pay|salary|wage)|(?:compensation|pay|salary)(?:\s+range)?\s+"
    r"(?:for\s+this|takes|is\s+(?:based|determined)|may|will|reflects)|(?:compensation|pay|salary)\s+decisions\s+"
    r"(?:are|include)|range\s+estimate|geographic\s+differential|not\s+typical\s+for\s+an\s+individual\s+to\s+be\s+"
    r"hired|eligible\s+for\s+an?\s+(?:discretionary\s+)?(?:annual\s+)?bonus|employment\s+decisions\s+are\s+made|"
    r"without\s+regard\s+to\s+(?:race|age|sex)|require\s+an?\s+reasonable\s+accommodation|"
    # a US pay-transparency paragraph, sentence by sentence: "The hourly rate for this position is anticipated to
    # range between ...", "This range is a good-faith estimate", "Most candidates will start in the bottom half of
    # the pay range", "An employee's pay history will not be a contributing factor", "when making an offer"
    r"(?:is|are)\s+(?:anticipated|expected|estimated)\s+to\s+range|good[\s-]faith\s+estimate|pay\s+history|"
    r"(?:bottom|top|upper|lower)\s+(?:half|end|part)\s+of\s+the\s+(?:pay\s+|salary\s+)?range|"
    r"when\s+(?:making|extending)\s+an\s+offer)\b|"
    r"^©|^copyright\b|^by\s+clicking\b|"
    r"\bdownload\s+(?:a|the)\s+(?:more\s+)?detailed|"  # "a more detailedJOB DESCRIPTION": glued, no word end
    r"^this\s+(?:role|position|job)\s+(?:does\s+not|doesn't)\s+require\b|"  # what is not asked
    # how to apply and what becomes of an application
    r"\bthank\s+you\s+for\s+(?:applying|your\s+(?:interest|application))|\bif\s+you\s+have\s+not\s+(?:had|received|"
    r"heard)\b.{0,60}\b(?:response|reply|back)\b|\bplease\s+(?:forward|send|submit|email)\s+your\s+(?:cv|resume|"
    r"application)\b|\b(?:like|love|keen|glad|happy)\s+to\s+hear\s+from\s+you\b",
    re.IGNORECASE)


# the sentence announcing the post under a qualifications heading: "X is looking for an experienced Partnerships
# Manager to lead ..." ("We are looking for someone with five years of audit work" asks something of the candidate)
_ANNOUNCES_THE_ROLE = rx.compile(rf"(?:\b(?:is|are)\s+(?:currently\s+)?(?:looking\s+for|seeking|recruiting|hiring)|"
                                 rf"\b(?:has|have)\s+an?\s+(?:opening|vacancy|opportunity)\s+for)\s+"
                                 rf"(?:an?|the)\s+(?:[\w&/-]+\s+){{0,6}}?(?i:{ROLE_NOUNS})s?\s+(?:to|who)\b")


# a line that is only an amount of pay: "$125,000 — $205,100 USD"
_ONLY_AN_AMOUNT = rx.compile(r"^[\s$€£¥\d,.\-—–/+kK]*\d[\s$€£¥\d,.\-—–/+kK]*(?:[A-Z]{3})?(?:\s*(?:per|/|a|an)\s+"
                             r"(?:year|hour|month|annum))?\.?$")


def _is_item(text: str) -> bool:
    stripped = text.strip()
    if len(stripped) <= 2 or stripped.endswith("?") or not any(c.isalpha() for c in stripped):
        return False
    if stripped[0] in "([" and stripped[-1] in ")]" and not any(c in stripped[1:-1] for c in "()[]"):
        return False  # a form's note to whoever fills it in: "(Description of services, activities, or outputs)"
    lowered = stripped.lower()
    if (len(stripped) < _SHORTEST_ITEM or any(hint in lowered for hint in _BOILERPLATE_HINTS)) \
            and _BOILERPLATE.search(stripped):
        return False
    # the cheap tests first: an amount alone starts with a figure or a currency sign, an employer's
    # self-description with a capital and says "is"
    if (not stripped[0].isalpha() and _ONLY_AN_AMOUNT.match(stripped)) or (
            stripped[0].isupper() and " is " in stripped and introduces_an_organization(stripped)):
        return False
    if any(hint in lowered for hint in _EMPLOYER_NOTE_HINTS) and _EMPLOYER_NOTES.search(stripped):
        return False
    return not (any(hint in lowered for hint in _PAY_HINTS) and _STATES_PAY.search(stripped))
