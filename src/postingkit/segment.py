"""Blocks -> sections: each heading is classified from the heading vocabulary; a heading the
vocabulary does not know, met inside a duties or qualifications section, is a sub-heading there."""
from __future__ import annotations

import re
from dataclasses import replace

from . import patterns as rx  # re.compile, from a per-machine cache of compiled patterns
from .data.debris import is_debris
from .data.headings import DUTY_AREAS
from .data.languages import LANGUAGE_ALIASES, LANGUAGE_LIST_JOINTS
from .data.marks import REQUIREMENT_ENDINGS
from .data.verbs import starts_about_the_candidate, starts_with_task_word
from .headings import classify_heading, made_of_heading_words
from .lexicon import alternation, by_meaning, entries
from .model import Block, Section

_ITEM_SECTIONS = ("duties", "qualifications", "languages")
# Sentences that introduce a list where a heading would ("Under the supervision of X, the consultant will:",
# "vous aurez pour missions :"): what the list holds is in the verb, not in heading words (lexicon lead_ins)
_LEAD_INS = {kind: rx.compile(alternation(found)) for kind, found in by_meaning(entries("lead_ins")).items()}


# a lead-in to what the reader may look at, not to what the job asks: "Here are a few recent talks and posts from
# members of the team to highlight the work we do:", "Check out our engineering blog:"
_POINTS_ELSEWHERE = rx.compile(r"^(?:here\s+(?:are|is)|here's|check\s+out|learn\s+more|read\s+(?:more|about)|"
                               r"find\s+out\s+more|some\s+of\s+our\s+(?:recent\s+)?(?:work|projects|talks|posts))"
                               r"\b[^.!?]{0,200}:$", re.IGNORECASE)


_REQUIREMENT_WORDS = by_meaning(entries("requirement_words"))
_A_NEED_WORD = rx.compile(alternation(_REQUIREMENT_WORDS["required"] + _REQUIREMENT_WORDS["preferred"]), re.IGNORECASE)
_LANGUAGE_NEED_MAX_WORDS = 12


def _states_a_language_need(text: str) -> bool:
    """
    >>> _states_a_language_need("English and Arabic essential, French a bonus"), _states_a_language_need("Languages")
    (True, False)
    >>> _states_a_language_need("Essential qualifications")
    False
    """
    words = re.findall(r"[^\W\d_]+", text.lower())
    return len(words) <= _LANGUAGE_NEED_MAX_WORDS and any(w in LANGUAGE_ALIASES for w in words) \
        and _A_NEED_WORD.search(text) is not None


def _names_only_languages(text: str) -> bool:
    """A line under a languages heading that only names them: "Español", "English and French".

    >>> _names_only_languages("Español"), _names_only_languages("English, French"), _names_only_languages("Background")
    (True, True, False)
    """
    words = re.findall(r"[^\W\d_]+", text.lower())
    return bool(words) and all(w in LANGUAGE_ALIASES or w in LANGUAGE_LIST_JOINTS for w in words)


def lead_in_kind(heading: str) -> str | None:
    """What a list introduced by this sentence holds, if its verb says.

    >>> lead_in_kind("Under the supervision of the Project Manager, the consultant will")
    'duties'
    >>> lead_in_kind("The successful candidate will have the following"), lead_in_kind("Travel will be required")
    ('qualifications', None)
    """
    text = heading.lower().rstrip(" :.…")  # "To qualify as an advocate for every child you will have…" (UNICEF)
    if _LEAD_INS["duties"].search(text):
        return "duties"
    return "qualifications" if _LEAD_INS["qualifications"].search(text) else None


def _numbered_heading(block: Block) -> bool:
    """Terms of reference number their headings ("1. Background", "2. Scope of work"): a numbered
    item of a few words without a sentence's end may be one; the vocabulary decides."""
    return block.kind == "list_item" and block.numbered and not block.level and len(block.text.split()) <= 5 \
        and not block.text.endswith((".", ";", ",")) and block.text[:1].isupper() \
        and (made_of_heading_words(block.text) or not starts_about_the_candidate(block.text))
    # ("1. Good communication skills (English)" is a requirement; "2. Experience and qualifications" a section;
    # an indented "5. Reporting" under an item is a sub-item)


# ("Skills Required:Effective communication skills": a data set's text may keep no space after the colon)
_INLINE_LABEL = rx.compile(r"^([A-Za-z][\w /&,-]{2,60}?)\s*:(?:\s+|(?=[A-Z]))(\S.*)$", re.DOTALL)
_INLINE_KINDS = ("duties", "qualifications")
_STATED_REQUIREMENT_MIN_WORDS = 6
_LEAD_IN_MAX_WORDS = 12  # a paragraph leading in to a list: "The successful candidate will have the following:"
_AN_AMOUNT = rx.compile(r"[$£€₹¥]\s?\d")


_CLOSING_KINDS = ("pay", "benefits", "apply")
# a heading that only says how much its items are asked for: "Essential", "Desirable"
_REQUIREMENT_ONLY = REQUIREMENT_ENDINGS | {"desired", "optional", "criteria"}
_ATTRIBUTE_MAX_WORDS = 5  # "Dependability", "Team player", "Excellent oral communication": a quality, a line
_SECTION_NAME_MAX_WORDS = 4


def _nothing_under(blocks: list[Block], n: int) -> bool:
    """Whether the heading at n has nothing of its own after it: the notice ends, or another short line or a
    known section's name follows ("Dependability" / "Team player" / "Benefits"); not items, text, or a lead-in
    ("Expectations" / "All staff, consultants and volunteers are expected to")."""
    if n + 1 >= len(blocks):
        return True
    following = blocks[n + 1]
    return following.kind == "heading" and (len(following.text.split()) <= _ATTRIBUTE_MAX_WORDS
                                            or classify_heading(following.text) is not None)


def _closing_label(block: Block) -> tuple[str, str] | None:
    """The kind and label of a paragraph that opens with the name of a section that comes after the items
    ("Compensation: ...", "How to apply: ..."): under items written as prose, where they end.

    >>> _closing_label(Block("paragraph", "Compensation: (UK Pay Rate: £49,598/yr). Ranges vary by location."))
    ('pay', 'Compensation')
    >>> _closing_label(Block("paragraph", "Experience: three years in a similar role.")) is None
    True
    """
    m = _INLINE_LABEL.match(block.text) if block.kind == "paragraph" else None
    if not m:
        return None
    words = len(m.group(1).split())
    known = classify_heading(m.group(1))
    if known and known[0] in _CLOSING_KINDS and words <= _CLOSING_LABEL_MAX_WORDS:
        return known[0], m.group(1).strip()
    # a notice's closing paragraphs on the setting and its policies: "Working Environment: Shared accommodation",
    # "Standard of Professional Conduct: ...", "Commitment to Gender, Equality, Diversity and Inclusion: ..." (one
    # word alone, "Accountability: ...", may be a competency among the items)
    if known and known[0] == "other" and 2 <= words <= _CLOSING_NOTE_MAX_WORDS:
        return "other", m.group(1).strip()
    return None


_CLOSING_LABEL_MAX_WORDS = 4
_CLOSING_NOTE_MAX_WORDS = 8


def _inline_heading(block: Block) -> tuple[Section, list[Block]] | None:
    """A paragraph that starts with its own heading: "Main tasks: coordinate activities; prepare reports."
    The value's parts between semicolons are its items; a value in sentences stays a paragraph.

    >>> section, blocks = _inline_heading(Block("paragraph", "Main tasks: coordinate activities; prepare reports."))
    >>> section.kind, [b.text for b in blocks]
    ('duties', ['coordinate activities;', 'prepare reports.'])
    >>> _inline_heading(Block("paragraph", "Experience: 3 years")) is None
    True
    >>> _inline_heading(Block("paragraph", "Description of the assignment: Expert to support the plans")) is None
    True
    >>> _inline_heading(Block("paragraph", "Bonus: Staff are eligible for a bonus of up to $0.50 an hour.")) is None
    True
    """
    m = _INLINE_LABEL.match(block.text)
    if not m or len(m.group(1).split()) > 4 or len(m.group(2).split()) < 3:
        return None
    known = classify_heading(m.group(1))
    if known is None or known[0] not in _INLINE_KINDS:
        return None
    if known[0] == "qualifications" and _AN_AMOUNT.search(m.group(2)):
        return None  # "Bonus: Dishwashers are eligible for a bonus of up to $0.50 an hour": pay, not a wish list
    parts = [part.strip() for part in re.split(r"(?<=;)\s+", m.group(2)) if part.strip()]
    if len(parts) == 1 and not m.group(2).rstrip().endswith((".", "!")) and not (
            known[0] == "qualifications" and len(m.group(2).split()) >= _STATED_REQUIREMENT_MIN_WORDS):
        # "Description of the assignment: Gender Equality Expert to support ..." names, not lists; "Years of
        # Experience: Minimum 5 years of professional experience in ..." is a requirement without its full stop
        return None
    blocks = [Block("list_item", part) for part in parts] if len(parts) > 1 else [Block("paragraph", m.group(2))]
    return Section(kind=known[0], heading=m.group(1), requirement=known[1]), blocks


def _labelled_requirement(block: Block) -> tuple[Section, list[Block]] | None:
    """A job board's fact that is a requirement, among other facts: "• Education: Advanced university degree in
    Social Sciences or a related field", "• Years of Experience: Minimum 5 years of ..." (a label made of heading
    words only: "Pre-education program: the day before the show" is no requirement).

    >>> _labelled_requirement(Block("list_item", "Education: Advanced university degree in Social Sciences"))[0].kind
    'qualifications'
    >>> _labelled_requirement(Block("list_item", "Pre-education program: the day before the exhibition at OCCC"))
    """
    inline = _inline_heading(block)
    if inline is None or inline[0].kind != "qualifications" or not made_of_heading_words(inline[0].heading):
        return None
    return inline


_CAPITALS_LABEL = rx.compile(r"^([A-Z][A-Z &/’'-]{3,40}):\s*(\S.*)$", re.DOTALL)


def _heading_in_capitals_opens(block: Block) -> Section | None:
    """A list item that starts with a duties or qualifications heading in capitals, a flattened page's section
    inside the list before it: the section, with the item's text as its first item.

    >>> s = _heading_in_capitals_opens(Block("list_item", "INTERN RESPONSIBILITIES: 1.Event coordination."))
    >>> s.kind, [b.text for b in s.blocks]
    ('duties', ['1.Event coordination.'])
    >>> _heading_in_capitals_opens(Block("list_item", "Responsibilities: coordinate events."))
    """
    m = _CAPITALS_LABEL.match(block.text)
    known = classify_heading(m.group(1)) if m else None
    if known is None or known[0] not in _INLINE_KINDS:
        return None
    return Section(kind=known[0], heading=m.group(1), requirement=known[1],
                   blocks=[Block("list_item", m.group(2), numbered=block.numbered, level=block.level)])


def _numbered_section_name(block: Block) -> Section | None:
    """A numbered line that only names a section, with its colon, read as an item of one long list: "i.
    background:", "ii. duties and responsibilities:", "iii. qualifications:" (lower-case roman numerals, whose
    items are lettered on the same level).

    >>> _numbered_section_name(Block("list_item", "duties and responsibilities:", numbered=True)).kind
    'duties'
    >>> _numbered_section_name(Block("list_item", "Prepare minutes of meetings:", numbered=True))
    """
    text = block.text.rstrip()
    if block.kind != "list_item" or not block.numbered or not text.endswith(":"):
        return None
    name = text.rstrip(": ")
    known = classify_heading(text)
    # made of heading words ("duties and responsibilities"), or a short name of a section that holds no items
    # ("how to apply", "background")
    if known is None or not (made_of_heading_words(name) or (
            len(name.split()) <= _SECTION_NAME_MAX_WORDS and known[0] not in _ITEM_SECTIONS)):
        return None
    return Section(kind=known[0], heading=name, requirement=known[1])


def _list_item_lead_in(block: Block, following: Block | None, current_kind: str) -> Section | None:
    """A list item that leads in to sub-items with words the vocabulary knows ("6. The lead programmer must
    know:" over what the holder must know, in a job instruction's general provisions): a section of its own."""
    if block.kind != "list_item" or not block.text.endswith(":") or following is None \
            or following.kind != "list_item" or following.level <= block.level:
        return None
    known = classify_heading(block.text)
    if known is None or known[0] not in _INLINE_KINDS or known[0] == current_kind:
        return None
    return Section(kind=known[0], heading=block.text, requirement=known[1])


def segment(blocks: list[Block]) -> list[Section]:
    """Group blocks under their headings. Page debris is dropped here, once, for every format."""
    sections = [Section(kind="other", heading="")]
    numbered_sections = 0  # once a notice numbers its sections ("1. Background"), a known numbered line is one
    labelled: Section | None = None  # a section opened by "Required Skills: <one item>", just closed
    nested: tuple[int, Section] | None = None  # a list item's own section: its level, the section it is in
    for n, block in enumerate(blocks):
        if is_debris(block.text):
            continue
        if nested is not None and (block.kind != "list_item" or block.level <= nested[0]):
            outer = nested[1]  # the lead-in item's sub-items are over: its section goes on
            sections.append(Section(kind=outer.kind, heading=outer.heading, requirement=outer.requirement))
            nested = None
        named = _numbered_section_name(block)
        if named is not None:  # "ii. duties and responsibilities:" among the list's own "a)", "b)"
            sections.append(named)
            continue
        led = _list_item_lead_in(block, blocks[n + 1] if n + 1 < len(blocks) else None, sections[-1].kind)
        if led is not None:
            nested = (block.level, sections[-1])
            sections.append(led)
            continue
        if labelled is not None and block.kind == "list_item" and not block.after_blank and not sections[-1].blocks:
            # "Required Skills: Strong Python." then, on the next line, bullets: the label's value is the
            # list's first item (after a blank line the bullets are a list of their own)
            sections.pop()
            labelled.blocks = [Block("list_item", b.text) for b in labelled.blocks]
        labelled = None
        current = sections[-1]
        # and a job board's fact among other facts: "• Education: Advanced university degree in ..." (in a list of
        # labelled facts, not in a section of items, where a labelled item is the section's own)
        inline = None
        if block.kind == "paragraph":
            inline = _inline_heading(block)
        elif block.kind == "list_item" and current.kind == "other":
            inline = _labelled_requirement(block)
        capitals = _heading_in_capitals_opens(block) if block.kind == "list_item" and not inline else None
        if capitals is not None:
            sections.append(capitals)  # "• INTERN RESPONSIBILITIES: 1.Event coordination ...": the list goes on
            continue
        closing = _closing_label(block) if current.kind in _ITEM_SECTIONS and current.blocks else None
        if closing is not None:  # "Compensation: (UK Pay Rate: ...). Ranges are based on ...": the items are over
            sections.append(Section(kind=closing[0], heading=closing[1], blocks=[block]))
            continue
        if inline and inline[0].kind != current.kind:
            section, value_blocks = inline
            section.blocks.extend(value_blocks)
            # the labelled paragraph is whole: what follows it is not its list, unless bullets follow at once
            sections.extend([section, Section(kind="other", heading="")])
            labelled = section if len(value_blocks) == 1 and value_blocks[0].kind == "paragraph" \
                and block.kind == "paragraph" else None  # (a labelled fact among facts is one item of its own)
            continue
        if block.kind == "heading" and not block.marked and _states_a_language_need(block.text):
            # "English and Arabic essential, French a bonus": a requirement that lost its full stop, under
            # whatever heading; an item of its own, not a section swallowing the paragraph after it
            sections.extend([Section(kind="qualifications", heading="", blocks=[replace(block, kind="paragraph")]),
                             Section(kind=current.kind, heading=current.heading, requirement=current.requirement)])
            continue
        if block.kind == "heading" and not block.marked and current.kind == "languages" \
                and _names_only_languages(block.text):
            current.blocks.append(replace(block, kind="paragraph"))  # "Languages" / "Spanish": the section's item
            continue
        if block.kind == "heading" and not block.marked and _AN_AMOUNT.search(block.text):
            # "Salary Range 6 £30,826 - £37,018": a short line that states the pay is a fact, not a section whose
            # heading would swallow the rest of the notice
            current.blocks.append(replace(block, kind="paragraph"))
            continue
        if block.kind in ("paragraph", "heading") and _POINTS_ELSEWHERE.match(block.text):
            sections.append(Section(kind="other", heading=block.text))  # "Here are a few recent talks ...:"
            continue
        if block.kind == "paragraph" and block.text.endswith((":", "...", "…")) \
                and len(block.text.split()) <= _LEAD_IN_MAX_WORDS:
            # "You will have..." under "What does the role involve?", then "Why Cygnet? We'll offer you..."
            named = classify_heading(block.text)
            led = lead_in_kind(block.text) or (named or (None,))[0]
            # what the line names, and whether as required or preferred ("preferred qualifications:" after
            # "required experience:" is a section of its own)
            requirement = named[1] if named and named[0] == led else "required"
            # (and after prose under a heading of the same kind: "what we're looking for:" / prose / "what you will
            # bring:" / items; the prose's sentences are read as a section of paragraphs, the items as a list)
            prose_before = bool(current.blocks) and all(b.kind == "paragraph" for b in current.blocks)
            if led and (led != current.kind or requirement != current.requirement or prose_before):
                sections.append(Section(kind=led, heading=block.text.rstrip(":.… "), requirement=requirement))
                continue
        known = classify_heading(block.text) if block.kind == "heading" or _numbered_heading(block) else None
        if block.kind != "heading" and (known is None or known[0] == current.kind or
                                        (known[0] == "other" and len(block.text.split()) > 2
                                         and numbered_sections < 2)):
            current.blocks.append(block)  # "3. Strong analytical skills" in a qualifications list is an item
            continue
        numbered_sections += block.kind != "heading"
        if known is None and block.kind == "heading":
            led = lead_in_kind(block.text)
            known = (led, "required") if led and led != current.kind else None
        if known and current.kind == "duties" and block.text.strip(" :").lower() in DUTY_AREAS:
            known = None  # "REPORTING" among the areas of the duties: a group of them, not where the post reports
        if known is None:
            if current.kind in ("qualifications", "duties") and block.kind == "heading" \
                    and starts_about_the_candidate(block.text):
                # "Ability to manage ambiguity and solve undefined problems": an item that lost its full stop;
                # after a duties list ("Understanding of SQL will be preferable") a qualification, which the
                # duties give to the qualifications
                current.blocks.append(Block("paragraph", block.text, page=block.page))
            elif current.kind in ("duties", "qualifications") and block.kind == "heading" and not block.marked \
                    and _nothing_under(blocks, n) \
                    and (starts_with_task_word(block.text) if current.kind == "duties" else
                         len(block.text.split()) <= _ATTRIBUTE_MAX_WORDS):
                # "Coordinating the delivery of the projects" after "you will be responsible for:", "Dependability"
                # / "Team player" under "Personal suitability": an item that lost its mark, not a group heading (a
                # group has its items or its text after it)
                current.blocks.append(Block("paragraph", block.text, page=block.page))
            elif current.kind in _ITEM_SECTIONS and current.kind != "languages" and not block.numbered:
                current.blocks.append(block)  # a sub-heading: items below it keep it as their group
                # (a numbered one, "V. AUTONOMY, COMPLEXITY", is the form's next section)
            # (a languages section names languages: a heading after it starts something else)
            else:
                sections.append(Section(kind="other", heading=block.text))
            continue
        if current.kind == "qualifications" and current.heading.strip(" :").lower() in _REQUIREMENT_ONLY \
                and known[0] == "qualifications" and block.kind == "heading" and not block.marked \
                and not made_of_heading_words(block.text) and _nothing_under(blocks, n):
            # "Desirable" / "Mentorship qualification" / "Experience" (NHS person specifications): a qualification
            # the candidate brings, named with the vocabulary's word, with nothing under it, right under a heading
            # that only says how much it is asked for (a section's name is made of heading words: "Professional
            # qualifications")
            current.blocks.append(Block("paragraph", block.text, page=block.page))
            continue
        kind, requirement = known
        sections.append(Section(kind=kind, heading=block.text, requirement=requirement))
    return _unheaded_lists_by_their_items(sections)


def _unheaded_lists_by_their_items(sections: list[Section]) -> list[Section]:
    """Lists under unknown headings, by what their items say (verb-led: duties; about the candidate: qualifications),
    except inside the organisation's own description ("About the network ... Its strategic priorities are: -
    Strengthen ...")."""
    out, about = [], False
    for section in sections:
        known = bool(section.heading) and classify_heading(section.heading) is not None
        if known or section.kind != "other":
            about = section.kind == "about"
        out.append(section if about else _list_kind_by_its_items(section))
    return out


_MIN_VERB_LED_ITEMS = 3
_VERB_LED_SHARE = 0.6


def _list_kind_by_its_items(section: Section) -> Section:
    """A list under a heading the vocabulary does not know ("You'll spend time on the following"), or under
    none, holds duties when most of its items start with a duty verb ("Lead ...", "Manages ..."), and
    qualifications when most say what the candidate brings ("Good knowledge of ...", "Ability to ...")."""
    if section.kind != "other" or (section.heading and classify_heading(section.heading) is not None):
        return section
    items = [b for b in section.blocks if b.kind == "list_item"]
    if len(items) < _MIN_VERB_LED_ITEMS:
        return section
    # the list's own items, not what they break down into ("Monthly report" / "- Narrative of the month" /
    # "- Stock report" under a task): sub-items name the parts of a task, not tasks of their own
    top_level = min(b.level for b in items)
    top = [b for b in items if b.level == top_level]
    items = top if len(top) >= _MIN_VERB_LED_ITEMS else items
    led = sum(starts_with_task_word(b.text) for b in items)  # "Lead ...", "Manages ...", "Supporting ..."
    if led / len(items) >= _VERB_LED_SHARE:
        return Section(kind="duties", heading=section.heading, requirement=section.requirement, blocks=section.blocks)
    if sum(starts_about_the_candidate(b.text) for b in items) / len(items) >= _VERB_LED_SHARE:
        return Section(kind="qualifications", heading=section.heading, requirement=section.requirement,
                       blocks=section.blocks)
    return section


_TEMPLATE_KINDS = ("duties", "qualifications", "languages", "about", "benefits", "apply", "summary", "pay")


def notices_in(sections: list[Section]) -> int:
    """How many notices the sections seem to hold: more than one only when duties and qualifications come
    round again and at least two section headings repeat word for word (one organisation's template,
    filled in twice, as in a PDF of several job descriptions). Unlike notices joined by chance, a single
    notice never did that on the shared corpora (245 notices).

    >>> one = [Section("duties", "Duties"), Section("qualifications", "Requirements")]
    >>> notices_in(one), notices_in(one + one)
    (1, 2)
    """
    cycles, seen = 0, set()
    for kind in (s.kind for s in sections if s.kind in ("duties", "qualifications")):
        if kind in seen and len(seen) == 2:
            cycles, seen = cycles + 1, set()
        seen.add(kind)
    cycles += len(seen) == 2
    counts: dict[str, int] = {}
    for section in sections:
        if section.heading and section.kind in _TEMPLATE_KINDS:
            key = " ".join(section.heading.lower().split()).rstrip(" :")
            counts[key] = counts.get(key, 0) + 1
    repeated = sorted((n for n in counts.values() if n >= 2), reverse=True)
    return min(cycles, repeated[1]) if cycles >= 2 and len(repeated) >= 2 else 1


def notice_starts(blocks: list[Block], notices: int) -> list[int] | None:
    """Where each of `notices` notices of one template begins, as block indexes: the first heading that
    comes exactly `notices` times marks the same place in every notice, and each notice begins as far
    before it as the first one does ("We are looking for a Backend Developer" before its "Who we are").
    None when no heading marks them so.

    >>> blocks = [Block("heading", t) for t in ("Driver", "Duties", "Skills", "Clerk", "Duties", "Skills")]
    >>> notice_starts(blocks, 2), notice_starts(blocks, 3)
    ([0, 3], None)
    """
    places: dict[str, list[int]] = {}
    for index, block in enumerate(blocks):
        if block.kind == "heading":
            places.setdefault(" ".join(block.text.lower().split()).rstrip(" :"), []).append(index)
    first = next((found for found in places.values() if len(found) == notices), None)
    if first is None:
        return None
    starts = [index - first[0] for index in first]
    return starts if all(a < b for a, b in zip(starts, starts[1:])) else None
