"""Lines a scrape or a data set glued together or flattened, set apart again: fields glued to the value before
them, a whole notice on one line, headings glued to their text, list items glued with no mark or with their marks
left inline ("a • b • c", "Benefits:- a- b- c", "1. a 2. b 3. c"). Each function takes one line and returns the
lines it holds; the text reader (text.py) reads each of them as a block."""
from __future__ import annotations

import re

from .. import patterns as rx  # re.compile, from a per-machine cache of compiled patterns
from ..data.headings import HEADING_NOUNS, HEADING_WORDS
from ..data.language_names import SINGLE_WORD_NAMES
from ..data.marks import ENGLISH_MARKERS, GLYPH_BULLETS, JOINING_WORDS, REQUIREMENT_ENDINGS
from ..data.verbs import (
    opens_with_a_verb_also_a_noun,
    starts_about_the_candidate,
    starts_with_a_candidate_phrase,
    starts_with_duty_verb,
    starts_with_task_word,
)
from ..headings import classify_heading, made_of_heading_words
from ..lexicon import alternation, entries

_INLINE_BULLET = rx.compile(rf"(?:\s+|(?<=\S))(?=[{re.escape(GLYPH_BULLETS)}]\s)")


# A list exported without its line breaks glues each item onto the last word of the one before:
# "...oversightProject risk profile...", "...budgets.Ability to...", "...(Preferred)Ability...",
# "...equivalent.4+ years". A lowercase run of three letters or more (not "iPhone", "eBay"), a sentence
# end or a closing parenthesis, then a capitalised word or a figure, with no space between.
# the end of each glued item: a whole lowercase word (so "JavaScript" and "PowerPoint" stay whole), a
# sentence's end or a closing parenthesis, right before a capitalised word or a figure of years
# (and the article "A" that opens the next item: "... for a minimum of 2 yearsA driver's license is an advantage")
# (a sentence's end after an accented letter too: "... la maintenabilité.Jouer un rôle moteur ...")
# (and a name's last letter before that article: "... in Java, Go or RubyA bachelor's degree ...")
_GLUE = rx.compile(r"\b[a-zà-öø-ÿœ]{3,}(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿœ]|A\s[a-z]|\d{1,2}\+?\s+years?\b)|"
                   r"\b[A-Z][a-z]{2,}(?=A\s[a-z]{3,})|"
                   r"[a-zà-öø-ÿœ]{2}[.!?;](?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿœ]|\d)|[a-z]\)(?=[A-Z][a-z])")
_GLUE_HINT = rx.compile(r"[a-zà-öø-ÿœ][A-ZÀ-ÖØ-Þ\d]|[a-zà-öø-ÿœ][.!?;)][A-ZÀ-ÖØ-Þ\d]")
# once a line is known to be a glued list, also: a capitalised word of five or more lowercase letters
# ("Job Cost ExperienceStrong ..."; not "PowerPoint" or "CostPoint"), an acronym's plural ("APIsReverse"),
# a closing parenthesis
# ("(GAAP)MRP", "(SAFe).Deep"), an acronym's full stop ("AWS.Expert", "APIs.Firm") and a figure of years after
# any letter ("PHP 7.x2+ years")
_MORE_GLUE = rx.compile(r"\b[A-Z][a-z]{5,}(?=[A-Z])|\)[.!?]?(?=[A-Z])|[A-Z]{2}[.!?](?=[A-Z][a-z])|"
                        r"\b[A-Z]{2,}s(?=[A-Z][a-z]{2,})|"  # an acronym's plural: "existing APIsReverse-engineer"
                        # an acronym or a name ending in a capital before a word: "in SaaSExcellent", "AWSExperience"
                        r"(?<=[A-Za-z])[A-Z](?=[A-Z][a-z]{4,}\b)|"
                        r"(?<=[A-Z])[a-z][.!?](?=[A-Z][a-z])|[A-Za-z](?=\d{1,2}\+\s*years?\b)|"  # ("BS in CS2+ years")
                        # a sentence's end before an acronym or the article "A": "... is an advantage.IT systems",
                        # "... client needs;A service-oriented manager"
                        r"[a-z]{2}[.!?;](?=[A-Z]{2,}\s[a-z]|A\s[a-z])|"
                        # a lowercase word glued to an acronym of three letters or more that opens the next item:
                        # "... or compact stateBLS certification required" (not "macOS development")
                        r"\b[a-z]{3,}(?=[A-Z]{3,}\s[a-z])")
# "Essential Job Functions* Excellent interpersonal skills": a heading with its first bullet glued on
_HEADING_THEN_BULLET = rx.compile(r"^([A-Z][\w&/,' -]{2,60}?):?\*\s+(\S.*)$")  # "Key Responsibilities:* Design"
# and, in such a list, a capitalised word glued to the task of the next item: "... executives at the
# BankCollaborates with ..." (not "JavaScript": "Script" is no task)
# (or to the article that opens the next requirement: "... or RubyA bachelor's degree in ...")
_GLUED_CAPITAL = rx.compile(r"(?<=[a-z]{2})(?=[A-Z][a-z]{3,}|A\s[a-z]{3,})")
# or set after a word with a space: "... patient safety gaps in the EHR Develop and Implement plans", "5+ years
# of experience within a pre-sales environment Outstanding presenting skills" (not "to Develop", "using Python")
_SPACED_TASK = rx.compile(r"(?<=[A-Z]{2} )(?=[A-Z][a-z]{3,}(?:-[a-z]+)?\s+(?:[a-z]|and\s))|"
                          r"(?<=[a-z]{2} )(?=[A-Z][a-z]{3,}(?:-[a-z]+)?\s+(?!and\b|or\b)[a-z])")
_LAST_WORD = rx.compile(r"[A-Za-z']+(?=\W*$)")
_SPACED_YEARS = rx.compile(r"(?<=[a-z]{2} )(?=\d{1,2}\+\s*(?:years?|yrs?)\b)")
_JOINS_YEARS = JOINING_WORDS | {"least", "minimum", "min", "have", "has", "having", "need", "needs", "requires",
                                "require", "total", "overall", "approximately", "approx", "plus", "possess"}
_MIN_GLUES = 2  # one glue point may be a brand's spelling; a glued list has several
_MIN_PHRASE_WORDS = 3  # one glue point alone splits two phrases of some length
_ACRONYM_GLUE_HINT = rx.compile(r"[A-Z](?=[A-Z][a-z]{4,}\b)")  # "SwiftUIPartner": an acronym glued to a word


def _may_end_an_item(word: str) -> bool:
    """The word before a capitalised one that may start the next item: a name in capitals ("EHR") or a
    lowercase word that does not join what follows to it ("environment", not "to" or "the")."""
    return word.isupper() or (word.islower() and word not in JOINING_WORDS)


def _starts_an_item(text: str, mid_word: bool = False) -> bool:
    """A task ("Collaborates with") or what a candidate brings ("Experience with eventing frameworks"); at a
    joint inside a word, only a phrase that opens such items ("SharePoint experience" is one name)."""
    head = text[:60]  # the rest of a long glued line: its start is enough
    return starts_with_duty_verb(head) or (starts_with_a_candidate_phrase(head) if mid_word else
                                           starts_about_the_candidate(head) or opens_with_a_verb_also_a_noun(head))


# A posting whose line breaks a data set flattened (UK Adzuna rows: the whole notice on one line) still shows
# its structure: headings in capitals ("MAIN DUTIES AND RESPONSIBILITIES"), labels ("JOB TITLE:", "Key
# attributes:") and, in lists written without full stops, items that start with a capitalised gerund
# ("...customers enquiries Entering brochure requests..."). Only lines far longer than a paragraph are read so.
FLATTENED_MIN_CHARS = 600
# and a shorter line that names two lists inline, as a truncated Adzuna row does ("... overtime. Key
# Responsibilities: Supervise a team ... Requirements: Previous supervisory experience ...")
_LISTS_LABELLED_MIN_CHARS = 250
# (a clause after its capital: "What you'll be doing:", "Nice to have:"; its last words are tried as the label)
_INLINE_LIST_LABEL = rx.compile(r"(?:^|[.!?]\s+|\s)([A-Z][\w&/'’-]*(?:\s[\w&/'’-]+){0,5}):\s")
_LIST_KINDS = ("duties", "qualifications")


def is_flattened(line: str) -> bool:
    """A line far longer than a paragraph, or one that labels two lists of a notice inline.

    >>> is_flattened("Key Responsibilities: Supervise a team Allocate tasks Requirements: Forklift licence "
    ...              "Good IT skills" + " Flexibility to work shifts" * 8)
    True
    >>> is_flattened("We are a team of 20. Our values: trust and care." * 6)
    False
    """
    if len(line) >= FLATTENED_MIN_CHARS:
        return True
    if len(line) < _LISTS_LABELLED_MIN_CHARS or line.count(": ") < 2:
        return False
    kinds = {found[0] for m in _INLINE_LIST_LABEL.finditer(line)
             for k in range(1, len(m.group(1).split()) + 1)
             if (found := classify_heading(" ".join(m.group(1).split()[-k:]))) and found[0] in _LIST_KINDS}
    if len(kinds) == 1:  # the other list's name with no colon, glued to its first item: "... clinic.
        # Responsibilities Evaluate patients ..." (set apart the way split_flattened will)
        kinds |= {found[0] for name in _headings_set_apart(line).split("\n")[1::2]
                  if (found := classify_heading(name)) and found[0] in _LIST_KINDS}
    return len(kinds) == len(_LIST_KINDS)
# a scrape that joined a page's blocks into one line often left three spaces or more where a block ended:
# "... join the team.   Responsibilities   Build amazing ... performance Help build ...   Benefits   ..."
# (inside a block the words keep one space); on a long line, two such gaps or more are its line breaks
_BLOCK_GAP = rx.compile(r" {3,}(?=\S)")
_MIN_BLOCK_GAPS = 2
_CAPS_HEADING = rx.compile(r"(?<=[a-z.)] )((?:[A-Z]{2,}/?\s+(?:(?:AND|OF|&)\s+)?){1,5}[A-Z]{2,})(?=\s+[A-Z][a-z])")
_CAPS_LABEL = rx.compile(r"(?<=[a-z.)] )(?=(?:[A-Z]{2,}\s+){0,2}[A-Z]{2,}:\s)")
_TITLE_LABEL = rx.compile(r"(?<=[a-z.)] )((?:Key|Main|Essential|Desirable|Personal)\s+[a-z]+(?:\s+[a-z]+)?:)\s")
_FLATTENED_HEADING = rx.compile(r"(?:[A-Z]{2,}/?\s+(?:(?:AND|OF|&)\s+)?){0,5}[A-Z]{2,}:?|[A-Z][\w ]{2,40}:")
# LinkedIn's pay statement after the last item, its stop lost: "... Experience in fintech The salary range for
# this role is £75,000 - £95,000"
_PAY_SENTENCE_AFTER_AN_ITEM = rx.compile(r"(?<=[a-z]) (?=(?:The|Our|This)\s+(?:[A-Za-z]+\s+){0,2}(?:salary|pay|"
                                         r"compensation|hiring)\s+(?:range|band|scale|rate|for)\b)")
_GERUND_ITEM = rx.compile(r"(?<=[a-z)]) (?=[A-Z][a-z]{2,}ing\b)")
_SPARSE_STOPS = 200  # characters per full stop above which a stretch is a list, not prose


# "Job Title : Data EntryDuration : 03 months (possibility of extension)Location : Phonix, AZPay : $16-/hr":
# fields whose line breaks a scrape dropped, each label glued to the value before it
_GLUED_LABEL = rx.compile(r"(?<=[A-Za-z)])(?=[A-Z][a-z]+(?: [A-Za-z]+){0,2} : )")


def split_glued_labels(line: str) -> list[str]:
    """
    >>> split_glued_labels("Job Title : Data EntryDuration : 03 months (renewable)Location : Phonix, AZPay : $16/hr")
    ['Job Title : Data Entry', 'Duration : 03 months (renewable)', 'Location : Phonix, AZ', 'Pay : $16/hr']
    >>> split_glued_labels("Tel : 555 1234 Email : x@y.z")
    ['Tel : 555 1234 Email : x@y.z']
    """
    if line.count(":") >= _MIN_SEPARATED_FIELDS and not line.lstrip().startswith("|") \
            and (separated := _separated_fields(line)):
        return separated
    if line.count(" : ") < 2:
        return _unspaced_glued_labels(line) if line.count(":") >= _MIN_GLUED_FIELDS else [line]
    pieces = [p.strip() for p in _GLUED_LABEL.split(line)]
    return [p for p in pieces if p] if len(pieces) > 1 else [line]


# facts a copy set on one line between separators: "Company: Alignerr; Type: Hourly Contract; Location: Remote",
# "Type: Contract | Location: Toronto, ON | Pay: $20/hour"
_FIELD_LABEL = r"[A-Z][\w/&' -]{1,30}"
_FIELD_SEPARATOR = rx.compile(rf"\.?\s*[;|•]\s*(?={_FIELD_LABEL}:\s)")
_A_FIELD = rx.compile(rf"^({_FIELD_LABEL}):\s*\S")
_MIN_SEPARATED_FIELDS = 3


def _separated_fields(line: str) -> list[str] | None:
    """
    >>> _separated_fields("Company: Alignerr.; Type: Hourly Contract.; Location: Remote.; Commitment: 10–40 hours")
    ['Company: Alignerr', 'Type: Hourly Contract', 'Location: Remote', 'Commitment: 10–40 hours']
    >>> _separated_fields("Skills: Excel; Word: basic; a note: none") is None
    True
    """
    pieces = [p.strip() for p in _FIELD_SEPARATOR.split(line.strip())]
    labels = [m.group(1) for m in map(_A_FIELD.match, pieces) if m]
    if len(pieces) < _MIN_SEPARATED_FIELDS or len(labels) < len(pieces) \
            or sum(_KNOWN_FIELD_LABEL.search(label) is not None for label in labels) < 2:
        return None
    return pieces


# the same with no space before the colons: "Job Title: Administrative CoordinatorOrganization: Cleveland Kids’ Book
# BankLocation: MidTown ...Hourly Rate: $25Schedule: ..."; only where the glued label is one the field vocabulary
# knows ("PowerPoint: ..." is no "Point:")
_UNSPACED_GLUED_LABEL = rx.compile(r"(?<=[A-Za-z0-9)])(?=([A-Z][a-z]+(?: [A-Z]?[a-z]+){0,2}):)")
_KNOWN_FIELD_LABEL = rx.compile(alternation(entries("field_labels")), re.IGNORECASE)
_MIN_GLUED_FIELDS = 4  # a header of facts; an Indeed footer ("Schedule:... Work Location: ...") holds fewer


def _unspaced_glued_labels(line: str) -> list[str]:
    """
    >>> _unspaced_glued_labels("Job Title: Coordinator Organization: Book BankLocation: MidTownHourly Rate: $25"
    ...                        "Schedule: Monday to Friday")
    ['Job Title: Coordinator Organization: Book Bank', 'Location: MidTown', 'Hourly Rate: $25', \
'Schedule: Monday to Friday']
    >>> _unspaced_glued_labels("Use PowerPoint: slides. Excel: sheets. Word: text.")
    ['Use PowerPoint: slides. Excel: sheets. Word: text.']
    """
    cuts = [m.start() for m in _UNSPACED_GLUED_LABEL.finditer(line) if any(
        k.start() == 0 or k.end() == len(m.group(1)) for k in _KNOWN_FIELD_LABEL.finditer(m.group(1)))]
    if len(cuts) < _MIN_GLUED_FIELDS - 1:
        return [line]
    return [line[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(line)]) if line[a:b].strip()]


def split_flattened(line: str, after_heading: bool = False) -> list[str]:
    """
    >>> split_flattened("x " * 300 + "MAIN DUTIES AND RESPONSIBILITIES Answering telephone, dealing with enquiries "
    ...                 "Entering brochure requests onto computer system Taking reservations")[1:]
    ['MAIN DUTIES AND RESPONSIBILITIES', '- Answering telephone, dealing with enquiries', \
'- Entering brochure requests onto computer system', '- Taking reservations']
    >>> split_flattened("We build travel tools. " * 30 + "  Responsibilities   Build features Help hire   Benefits   "
    ...                 "Unlimited PTO")[1:]
    ['Responsibilities', 'Build features Help hire', 'Benefits', 'Unlimited PTO']
    """
    if not is_flattened(line) or "\t" in line:
        return [line]
    blocks = _BLOCK_GAP.split(line.strip())
    if len(blocks) > _MIN_BLOCK_GAPS:
        return [piece for block in blocks for piece in split_flattened(block, after_heading)]
    marked = _CAPS_HEADING.sub("\n\\1\n", _PAY_SENTENCE_AFTER_AN_ITEM.sub("\n", line))
    marked = _TITLE_LABEL.sub("\n\\1\n", _CAPS_LABEL.sub("\n", marked))
    marked = _section_labels_set_apart(_headings_set_apart(marked))
    pieces: list[str] = []
    # the piece before was a heading or a label ("Key attributes:"), or the line before ("As the Consultant, you
    # will:"): this one may be its list
    headed = after_heading
    for piece in (p.strip() for p in marked.split("\n")):
        if not piece:
            continue
        sparse = _sparse_stops(piece)
        gerunds = _GERUND_ITEM.split(piece) if sparse else []
        if len(gerunds) >= 3:
            pieces += _list_lines([item for g in gerunds
                                   for item in (capitalised_items(g.strip()) if _sparse_stops(g) else [g.strip()])])
        elif headed and sparse and short_items(items := _cut_at_task_verbs(capitalised_items(piece)),
                                               under_a_heading=". " not in piece, tasks=_mostly_tasks(items)):
            pieces += _list_lines(items)
        else:
            pieces.append(piece)
        headed = _FLATTENED_HEADING.fullmatch(piece) is not None or names_a_section(piece.split()) or (
            piece.endswith(":") and len(piece.split()) <= _INLINE_HEADING_MAX_WORDS  # "What we're looking for:"
            and classify_heading(piece) is not None)
    if len(pieces) > 1 and len(_GLUE.findall(line)) >= _MIN_GLUES:
        return [line]  # a list glued item to item ("RecognitionManage"): its glue points cut it, not its capitals
    return pieces


def _list_lines(items: list[str]) -> list[str]:
    """Items as list lines, a heading they begin with set apart ("Experience Knowledge of ..."): where the
    items were cut, a section's name glued to its first item starts one."""
    lines = []
    # an item of two sentences in a flattened list is two items ("Ensure records are kept. Effectively managing
    # customer issues"): a list of short items has no paragraphs
    items = [part for item in items for part in _short_sentences(item)]
    for item in filter(None, items):
        heading = _leading_heading(item)
        if heading:
            lines += [heading[0], f"- {heading[1]}"]
        else:
            lines.append(f"- {item}")
    return lines


def _short_sentences(item: str) -> list[str]:
    """
    >>> _short_sentences("Ensure records are kept up to date. Effectively managing customer issues")
    ['Ensure records are kept up to date.', 'Effectively managing customer issues']
    >>> len(_short_sentences("Hiring Process. To be considered, applicants will need to provide their certificate "
    ...                      "of disability from a rehabilitation counselor before the closing date of this post."))
    1
    """
    parts = SPACED_SENTENCE_END.split(item)
    return parts if all(2 <= len(p.split()) <= _SHORT_ITEM_WORDS for p in parts) else [item]


_SHORT_ITEM_WORDS = 15
_SENTENCE_START = rx.compile(r"(?<=[.!?] )(?=[A-Z])")
_TITLE_WORD = rx.compile(r"[A-Z][\w'’&-]*(?:/[A-Z][\w'’&-]*)*")  # "Duties/Responsibilities"
_INLINE_HEADING_MAX_WORDS = 8
_HEADING_JOINERS = frozenset({"and", "of", "&", "or", "the", "for"})  # "Knowledge and Skills", "Terms of Employment"


def _headings_set_apart(text: str) -> str:
    """A heading a flattened text glued between a sentence's end and its first item, on a line of its own."""
    out, start = [], 0
    for at in [0, *(m.start() for m in _SENTENCE_START.finditer(text))]:
        if at < start:
            continue
        window = text[at:at + 200]
        heading = (at and _leading_heading(window)) or _sentence_case_heading(window)
        if heading:
            out += [text[start:at], f"\n{heading[0]}\n"]
            start = at + len(heading[0]) + 1
    return "".join(out) + text[start:]


def _sentence_case_heading(text: str) -> tuple[str, str] | None:
    """A section's name in sentence case that a flattened text glued to the sentence after it: "Principal
    responsibilities To assist customers ...", "Personal attributes It is considered essential ...".

    >>> _sentence_case_heading("Principal responsibilities To assist customers who need help")
    ('Principal responsibilities', 'To assist customers who need help')
    >>> _sentence_case_heading("Responsibilities include managing budgets"), _sentence_case_heading("We are hiring Now")
    (None, None)
    >>> _sentence_case_heading("The role The Finance Assistant will process invoices")
    ('The role', 'The Finance Assistant will process invoices')
    >>> _sentence_case_heading("What you'll get in return A salary of £65,000")
    ("What you'll get in return", 'A salary of £65,000')
    """
    words = text.split(" ", _QUESTION_HEADING_MAX_WORDS + 1)
    if not _STARTS_A_SENTENCE.fullmatch(words[0]) or (words[0] != "The" and  # "The role", "The person"
                                                      words[0].lower() in _NOT_IN_A_HEADING | _NO_HEADING_STARTS):
        return None
    run = 1  # a name of two words or more, none of them a word a sentence needs ("Experience as a Control ...")
    # (but a question's words may be: "What you'll get in return A salary of ...")
    asks = words[0].lower() in _QUESTION_WORDS
    longest = _QUESTION_HEADING_MAX_WORDS if asks else _SENTENCE_CASE_HEADING_MAX_WORDS
    while run < len(words) - 1 and run <= longest and (words[run] == "&" or (
            words[run].islower() and words[run].replace("'", "").replace("’", "").isalpha()
            and (asks or words[run] not in _NOT_IN_A_HEADING))):
        run += 1
    if not 2 <= run <= longest or words[run - 1] in _HEADING_JOINERS | _NOT_IN_A_HEADING \
            or not _STARTS_A_SENTENCE.fullmatch(words[run]):
        return None
    heading = " ".join(words[:run])
    return (heading, " ".join(words[run:])) if classify_heading(heading) is not None else None


_SENTENCE_CASE_HEADING_MAX_WORDS = 4
_QUESTION_HEADING_MAX_WORDS = 6  # Hays: "What you'll need to succeed You will ...", "What you need to do now"
_QUESTION_WORDS = frozenset({"what", "how", "who", "why", "where"})
_STARTS_A_SENTENCE = rx.compile(r"[A-Z][a-z'’]*")
# ("What we offer", "How to apply", "What you will do" are headings; "You have competency in Word" is not)
_NOT_IN_A_HEADING = frozenset({"a", "an", "the", "as", "in", "with", "at", "on", "by", "is", "are", "be"})
# ("Your new role You will ...": a heading the vocabulary knows may open with "your")
_NO_HEADING_STARTS = frozenset({"you", "we", "our", "their", "its", "this", "that", "they", "it", "i"})


# how far back before a colon a section's label may begin ("The successful candidate will be responsible for:")
_LABEL_MAX_WORDS = 7
_LABEL_MAX_CHARS = 100
_LABEL_WORD = rx.compile(r"[\w'’/&-]+")
_LIST_SECTIONS = ("duties", "qualifications")
_OTHER_LABEL_MAX_WORDS = 3


def _section_labels_set_apart(text: str) -> str:
    """A list's label that a flattened text wrote inline, after a sentence or the list before, on a line of
    its own: "... our busy theatre team. The successful candidate will be responsible for: Leading ...",
    "... junior staff and students The ideal candidate will have: NMC registration ...".

    >>> _section_labels_set_apart("We run a ward. Duties include: Running the pass Ordering stock")
    'We run a ward. \\nDuties include:\\n Running the pass Ordering stock'
    >>> _section_labels_set_apart("Own a roadmap Experience with Figma Nice to have: Fintech")
    'Own a roadmap Experience with Figma \\nNice to have:\\n Fintech'
    >>> _section_labels_set_apart("Call us at: 0123")
    'Call us at: 0123'
    """
    out, start = [], 0
    colon = text.find(": ")
    while colon > 0:
        end, colon = colon, text.find(": ", colon + 2)
        before = text[max(start, end - _LABEL_MAX_CHARS):end]
        words = before.split()[-_LABEL_MAX_WORDS:]
        if not words or before[-1].isspace():
            continue
        if end - _LABEL_MAX_CHARS > start and len(words) == len(before.split()):
            words = words[1:]  # the window began inside a word
        plain = len(words)  # a label's words hold no punctuation: "team." ends the sentence before it
        while plain and _LABEL_WORD.fullmatch(words[plain - 1]):
            plain -= 1
        words = words[plain:]
        # the longest run of words that names a section; a list's one-word label ("Responsibilities:") and a
        # label in capitals ("RESPONSIBLE FOR:") are set apart where they stand already
        for k in range(len(words), 0, -1):
            label = " ".join(words[-k:])
            section = classify_heading(label) if label[:1].isupper() and not label.isupper() else None
            # a list's label may be a clause; any other section's is a name ("Salary:", "Hours:")
            at = end - len(label)
            if text[at:end] != label:
                break  # words set apart by more than a space are no label
            if at < 2 or text[at - 2] == " ":  # a label that opens the line is read where it stands, and
                break  # a label after a double space leads in to its item of a list set apart so ("Working
                # knowledge of: SAP ...  Outlook"), which split_double_spaced_items reads
            # (a list's one-word label after a sentence's end too: "... Therapy program. Preferred: 1 year ...")
            # (not one two spaces set apart from its items: split_double_spaced_items reads those lists)
            after_a_stop = text[at - 2] in ".!?;" and not text.startswith("  ", end + 1)
            if section is not None and ((1 < k or after_a_stop) if section[0] in _LIST_SECTIONS
                                        else k <= _OTHER_LABEL_MAX_WORDS):
                # "... Conduct stock checks and investigate discrepancies Requirements:", "... Experience with
                # Figma Nice to have:": the item before, with no stop after it, then the list's own label
                for j in range(1, k):
                    shorter, before_it = " ".join(words[-j:]), words[-k:-j]
                    # (the item before says something in lower case: "Essential" before "Duties and
                    # Responsibilities:" is the label's own word)
                    if shorter[:1].isupper() and classify_heading(shorter) == section \
                            and any(w[:1].islower() and len(w) > 1 for w in before_it) \
                            and not made_of_heading_words(" ".join(before_it)):
                        label, at = shorter, end - len(shorter)
                        break
                out += [text[start:at], f"\n{label}:\n"]
                start = end + 1
                break
    return "".join(out) + text[start:]


def _leading_heading(text: str) -> tuple[str, str] | None:
    """A section's name in title case that a flattened text glued to its first item: the capitalised words
    before the last one, when the vocabulary knows them as a heading and a lowercase word follows.

    >>> _leading_heading("Skills/Abilities Strategic innovative thinking")
    ('Skills/Abilities', 'Strategic innovative thinking')
    >>> _leading_heading("Proven Sales Record"), _leading_heading("Experience with Python")
    (None, None)
    >>> _leading_heading("Essential Duties and Responsibilities: - Prepare journal entries")  # a label, set apart later
    """
    words = text.split(" ", _INLINE_HEADING_MAX_WORDS + 2)
    colon = next((n for n, word in enumerate(words[:_INLINE_HEADING_MAX_WORDS]) if word.endswith(":")), None)
    if colon is not None and classify_heading(" ".join(words[:colon + 1])) is not None:
        return None  # the whole label names the section ("Essential Duties and Responsibilities:"), not its first word
    run = 0
    while run < min(len(words) - 1, _INLINE_HEADING_MAX_WORDS + 1) and (
            _TITLE_WORD.fullmatch(words[run]) or (run and words[run] in _HEADING_JOINERS)):
        run += 1
    while run and words[run - 1] in _HEADING_JOINERS:
        run -= 1
    if run < 2 or run > _INLINE_HEADING_MAX_WORDS or not words[run][:1].islower() \
            or not names_a_section(words[:run - 1]):
        return None
    return " ".join(words[:run - 1]), " ".join(words[run - 1:])


def names_a_section(words: list[str]) -> bool:
    """Title-case words the vocabulary knows as a section's name ("Skills/Abilities", "Main Duties and
    Knowledge/Skills Requirements")."""
    return 0 < len(words) <= _INLINE_HEADING_MAX_WORDS and words[0] not in _HEADING_JOINERS \
        and all(_TITLE_WORD.fullmatch(w) or w in _HEADING_JOINERS for w in words) \
        and classify_heading(" ".join(words)) is not None


def _sparse_stops(piece: str) -> bool:
    stops = piece.count(". ")
    return stops == 0 or len(piece) / stops > _SPARSE_STOPS


# a capitalised word after a lowercase word or a closing parenthesis, with no punctuation between
# ("... feedback for growth A passionate focus on quality": the article "A" starts an item too)
_CAPITALISED_AFTER_LOWER = rx.compile(r"((?<![\w'’-])[a-z]+|\))\s+(?=[A-Z][a-z]+\b|A\s+[a-z])")
# ... and after a word that ends a requirement, a name in capitals starts an item too ("... not essential NVQ
# Level 2"); after a language's name, a capitalised word ("Good spoken English A kind and patient nature")
_CAPITALISED_AFTER_ENDING = rx.compile(r"(?<![\w'’-])([a-z]+)\s+(?=[A-Z]{2,}\b)|"
                                       r"(?<![\w'’-])([A-Z][a-z]+)\s+(?=[A-Z][a-z]+\b|A\s+[a-z])")
# ... and after a name in capitals, a capitalised word that opens a task or what a candidate brings ("... with an
# international NGO Substantial experience managing ...", "... at HQ Coordinate and supervise ...")
_ITEM_AFTER_CAPITALS = rx.compile(r"(?<![\w'’-])([A-Z]{2,}s?)\s+(?=[A-Z][a-z]+\s+[a-z])")
_MIN_CAPITALISED_ITEMS = 4
_MIN_ITEMS_UNDER_A_HEADING = 3
_MAX_MEDIAN_WORDS_UNDER_A_HEADING = 25
_ENGLISH_MARKER_SHARE = 20  # at least one word in 20 is one of ENGLISH_MARKERS
_MAX_ITEM_WORDS = 30
_MAX_TASK_WORDS = 40


def capitalised_items(piece: str) -> list[str]:
    """A flattened list written without full stops, cut where a capitalised word follows a lowercase word
    that does not join it to its phrase.

    >>> capitalised_items("Pleasant telephone manner Confident with computer work Ability to report to Board members")
    ['Pleasant telephone manner', 'Confident with computer work', 'Ability to report to Board members']
    >>> capitalised_items("Working with the internal Sales Team to coordinate orders for our teams Logging calls")
    ['Working with the internal Sales Team to coordinate orders for our teams', 'Logging calls']
    >>> capitalised_items("Degree in finance Five years with an NGO Substantial experience of audits Fluent English")
    ['Degree in finance', 'Five years with an NGO', 'Substantial experience of audits', 'Fluent English']
    >>> capitalised_items("Graduate of an accredited Physical Therapy program Current Texas license Valid CPR card")
    ['Graduate of an accredited Physical Therapy program', 'Current Texas license', 'Valid CPR card']
    """
    words = piece.lower().split()
    if sum(word in ENGLISH_MARKERS for word in words) * _ENGLISH_MARKER_SHARE < len(words):
        return [piece]
    items, start = [], 0
    for m in sorted([*_CAPITALISED_AFTER_LOWER.finditer(piece), *_CAPITALISED_AFTER_ENDING.finditer(piece),
                     *_ITEM_AFTER_CAPITALS.finditer(piece)], key=lambda m: m.start()):
        before = m.group(1) or m.group(2)
        if m.start() < start or before.lower() in JOINING_WORDS:
            continue
        if m.re is _ITEM_AFTER_CAPITALS and not _starts_an_item(piece[m.end():]):
            continue  # "the EU Member states", "UN Women": the name goes on
        if m.group(1) and m.re is _CAPITALISED_AFTER_ENDING and before not in REQUIREMENT_ENDINGS:
            continue  # a name in capitals after any other word is part of the phrase ("experience using SAP")
        if m.group(m.re.groups) and m.re is _CAPITALISED_AFTER_ENDING and before.lower() not in SINGLE_WORD_NAMES:
            continue
        if m.re is _CAPITALISED_AFTER_LOWER and _next_word(piece, m.end()).lower() in SINGLE_WORD_NAMES:
            continue  # "spoken English", "fluent French": the language belongs to the phrase
        if m.re is _CAPITALISED_AFTER_LOWER and _ADJECTIVE_AFTER_AN_ARTICLE.search(piece, 0, m.start() + len(before)):
            continue  # "Graduate of an accredited Physical Therapy program": the article's noun is still to come
        end = m.start() + len(before)
        items.append(piece[start:end].strip())
        start = m.end()
    items.append(piece[start:].strip())
    return [part for item in items if item for part in _lone_attribute_set_apart(item)]


_ADJECTIVE_AFTER_AN_ARTICLE = rx.compile(r"\b(?:a|an|the)\s+[a-z]+(?:ed|al|ive|ful|ous|ic|ible|able)$", re.IGNORECASE)


# a capitalised duty verb, then a lowercase word: where a task starts in a flattened list of tasks, whatever the
# word before it ("... leveraging CoCounsel Build trusted relationships ...", "... you work with Work with ...")
_CAPITALISED_VERB = rx.compile(r"(?<=\S)\s+(?=([A-Z][a-z]+)\s+[a-z])")
_VERB_LED_ITEMS_SHARE = 0.6


def _mostly_tasks(items: list[str]) -> bool:
    return len(items) >= _MIN_ITEMS_UNDER_A_HEADING and \
        sum(map(starts_with_task_word, items)) >= _VERB_LED_ITEMS_SHARE * len(items)


def _cut_at_task_verbs(items: list[str]) -> list[str]:
    """Items of a flattened list of tasks cut again where a capitalised duty verb opens the next task, when most
    items already start with one (a name before the verb hid the cut from capitalised_items).

    >>> _cut_at_task_verbs(["Become an expert in CoCounsel", "Work with firms on CoCounsel Build relationships",
    ...                     "Identify use cases"])
    ['Become an expert in CoCounsel', 'Work with firms on CoCounsel', 'Build relationships', 'Identify use cases']
    """
    if not _mostly_tasks(items):
        return items
    out = []
    for item in items:
        start = 0
        for m in _CAPITALISED_VERB.finditer(item):
            before = item[:m.start()].rsplit(None, 1)[-1].lower()
            if before in ("to", "and", "or", "&") or not starts_with_duty_verb(item[m.end():]):
                continue
            out.append(item[start:m.start()].strip())
            start = m.end()
        out.append(item[start:].strip())
    return [item for item in out if item]


def _next_word(text: str, at: int) -> str:
    return text[at:].split(" ", 1)[0].strip(",.;:()")


# "Confident Excellent oral and written communication skills", "Tenacious Good IT Skills": a one-word attribute
# item, then an item that opens with how good the candidate is at something
_LONE_ATTRIBUTE = rx.compile(r"^([A-Z][a-z]{3,}(?:ent|ant|ous|ive|ful|ic|able|ible|ed))\s+(?=(?:Excellent|Good|"
                             r"Strong|Proven|Outstanding|Exceptional)\s)")


def _lone_attribute_set_apart(item: str) -> list[str]:
    """
    >>> _lone_attribute_set_apart("Tenacious Good IT Skills to include Microsoft desktop packages")
    ['Tenacious', 'Good IT Skills to include Microsoft desktop packages']
    >>> _lone_attribute_set_apart("Advanced Excel skills"), _lone_attribute_set_apart("Relevant Experience in sales")
    (['Advanced Excel skills'], ['Relevant Experience in sales'])
    """
    m = _LONE_ATTRIBUTE.match(item)
    return [m.group(1), item[m.end():]] if m else [item]


def short_items(items: list[str], under_a_heading: bool = False, tasks: bool = False) -> bool:
    """Items of a list, not sentences of prose cut at names: most are short. Under a duties or qualifications
    heading, with no full stop in the whole paragraph, fewer and longer items still make a list ("Thorough
    understanding of Web system architecture and design, at scale Experience with, or willing to learn, ...")."""
    if len(items) < (_MIN_ITEMS_UNDER_A_HEADING if under_a_heading else _MIN_CAPITALISED_ITEMS):
        return False
    lengths = sorted(len(item.split()) for item in items)
    median = _MAX_MEDIAN_WORDS_UNDER_A_HEADING if under_a_heading else _MAX_ITEM_WORDS // 2
    # (tasks, each led by its verb, may run longer: "Work closely with law firms to understand ...")
    longest = _MAX_TASK_WORDS if tasks else _MAX_ITEM_WORDS
    # one may run long; but a long one of several sentences before the last is a paragraph cut at names ("... to
    # support | Strong Cities' engagement ... Balkans. The successful ... a cohesive | Management Unit serving")
    return lengths[len(lengths) // 2] <= median and lengths[-2] <= longest \
        and not any(len(item.split()) > longest and ". " in item for item in items[:-1])


# a markdown heading glued to the end of the sentence before it: "... we strive to do!### **What You'll Do:**"
_GLUED_MARKDOWN_HEADING = rx.compile(r"(?<=[.!?:)\]*])[ \t]*(?=#{2,6}[ \t]+\S)")
# a section heading glued to the end of the paragraph before it, the line break lost with no space left in its
# place: "... from the home page to site layout and function.Responsibilities"
_GLUED_HEADING_AT_END = rx.compile(r"(?<=[a-z]{2}[.!?])(?:\*\*)?([A-Z][A-Za-z&'’ ]{2,60}?)(?:\*\*)?:?(?:\*\*)?[ \t]*$")


def split_heading_and_bullet(line: str) -> list[str]:
    """
    >>> split_heading_and_bullet("Essential Job Functions* Excellent interpersonal skills.")
    ['Essential Job Functions', '* Excellent interpersonal skills.']
    >>> split_heading_and_bullet("Key Responsibilities:* Design and develop RESTful APIs.")
    ['Key Responsibilities', '* Design and develop RESTful APIs.']
    >>> split_heading_and_bullet("Salary* paid monthly")  # what follows is no item: left alone
    ['Salary* paid monthly']
    >>> split_heading_and_bullet("Ideas are heard!### **What You'll Do:**")
    ['Ideas are heard!', "### **What You'll Do:**"]
    >>> split_heading_and_bullet("We build the site from concept to function.Responsibilities")
    ['We build the site from concept to function.', 'Responsibilities']
    >>> split_heading_and_bullet("We use Node.Js"), split_heading_and_bullet("See www.example.Com")
    (['We use Node.Js'], ['See www.example.Com'])
    """
    if "#" in line and _GLUED_MARKDOWN_HEADING.search(line):
        return [part for piece in _GLUED_MARKDOWN_HEADING.split(line) for part in split_heading_and_bullet(piece)]
    head = _glued_heading_at_start(line)
    if head:
        return [head, *split_heading_and_bullet(line.strip()[len(head):])]
    glued = _GLUED_HEADING_AT_END.search(line) if "." in line or "!" in line or "?" in line else None
    # a section's name in title case: "... with a team.Excellent communication skills" is the next item; in
    # sentence case when it reads as no item ("... build pipelines.Key job responsibilities", Amazon's)
    if glued and " " in line[:glued.start()].strip() and (names_a_section(glued.group(1).split()) or (
            len(glued.group(1).split()) <= _SENTENCE_CASE_HEADING_MAX_WORDS
            and classify_heading(glued.group(1)) is not None
            and not starts_about_the_candidate(glued.group(1)) and not starts_with_task_word(glued.group(1)))):
        return [line[:glued.start()].rstrip(), glued.group(1)]
    caps = _trailing_heading_in_capitals(line) if _CAPITALS_AT_END.search(line) else None
    if caps:
        return list(caps)
    m = _HEADING_THEN_BULLET.match(line.strip())
    if not m or len(m.group(1).split()) > 6 or not (m.group(2)[:1].isupper() or m.group(2)[:1].isdigit()):
        return [line]  # (an item may open with its years: "Skills & Qualifications:* 2+ years of ...")
    return [m.group(1).strip(), f"* {m.group(2)}"]


# a run of capitals that ends the line, glued to the item before it: "- Monitor data qualityBASIC QUALIFICATIONS",
# "- Experience with SQLPREFERRED QUALIFICATIONS" (Amazon's section names, their line breaks lost)
_CAPITALS_AT_END = rx.compile(r"[A-Z]{3,}(?:[ /&]+[A-Z]{2,}){1,4}[ \t]*:?[ \t]*$")


def _trailing_heading_in_capitals(line: str) -> tuple[str, str] | None:
    """
    >>> _trailing_heading_in_capitals("- Experience with SQLPREFERRED QUALIFICATIONS")
    ('- Experience with SQL', 'PREFERRED QUALIFICATIONS')
    >>> _trailing_heading_in_capitals("- Monitor data qualityBASIC QUALIFICATIONS")
    ('- Monitor data quality', 'BASIC QUALIFICATIONS')
    >>> _trailing_heading_in_capitals("- Knowledge of GAAP AND IFRS") is None
    True
    """
    run = _CAPITALS_AT_END.search(line)
    for start in range(run.start(), run.start() + len(run.group(0).split()[0]) - 2):
        heading, before = line[start:].strip(), line[:start]
        # glued to the word before it: a capital run that starts after a space is the item's own ("GAAP AND IFRS");
        # inside a run ("SQLPREFERRED"), the heading's first word must be one a heading opens with
        glued_on = before[-1:].islower() if start == run.start() else \
            heading.split()[0].lower() in HEADING_WORDS | HEADING_NOUNS
        if glued_on and before.strip() and classify_heading(heading) is not None:
            return before.rstrip(), heading
    return None


# a lower-case letter, then a capital with no space: where a page saved as text glued a section's name to its
# first word ("Role DescriptionWe are seeking ...", "QualificationsAssociate's degree in Electronics ...")
# and "Benefits401(k) plan with company match", "What We Offer$70,000 - $85,000 base salary"
_CASE_JOINT = rx.compile(r"(?<=[a-z])(?=[A-Z]|\d|[$£€])")
_GLUED_HEADING_MAX_CHARS = 70
_HEADING_GLUE_HINT = rx.compile(r"[a-z][A-Z\d$£€]|[a-z][.!?;)][A-Z\d]")


def _glued_heading_at_start(line: str) -> str | None:
    """The section's name a line starts with, glued to the text it heads.

    >>> _glued_heading_at_start("Role DescriptionWe are seeking a hard working individual.")
    'Role Description'
    >>> _glued_heading_at_start("Compensation, Schedule & LocationThe pay is $18/hr.")
    'Compensation, Schedule & Location'
    >>> _glued_heading_at_start("About EverWonder StudioEverWonder Studio is new")
    >>> _glued_heading_at_start("Job Cost ExperienceStrong understanding of GAAP")
    >>> _glued_heading_at_start("Nice to haveExperience with HIPAA-compliant systems")
    'Nice to have'
    """
    text = line.strip()
    if not text[:1].isupper() or not _HEADING_GLUE_HINT.search(text[:_GLUED_HEADING_MAX_CHARS]):
        return None
    for m in _CASE_JOINT.finditer(text, 0, _GLUED_HEADING_MAX_CHARS):
        head = text[:m.start()]
        words = head.replace(",", " ").split()
        # in title case, or in sentence case made of heading words only ("Nice to haveExperience with HIPAA")
        known = classify_heading(" ".join(words)) if words and (names_a_section(words) or (
            len(words) <= _SENTENCE_CASE_HEADING_MAX_WORDS and made_of_heading_words(head))) else None
        # a section of items only when made of heading words: "Job Cost ExperienceStrong understanding of GAAP"
        # is two items of a glued list, "Primary ResponsibilitiesAssisting customers" a heading and its first item
        if known and (words[-1].lower() in HEADING_WORDS or classify_heading(words[-1]) is not None) and (
                known[0] not in ("duties", "qualifications", "languages") or _of_heading_words(" ".join(words))
                or words[-1].lower() in HEADING_NOUNS):  # "Associate RequirementsBachelorsBackground Check..."
            return head
    return None


# inside one bulleted item, a sentence's end glued to the next capitalised sentence: the line break between
# two items was lost ("... well designed APIs.Firm grasp of solid architectural principles ...")
_GLUED_SENTENCE_END = rx.compile(r"(?:(?<=[A-Za-z][a-z][.!?])|(?<=\)[.!?]))(?=[A-Z][a-z]{2,}\s)")


def _item_of_two_sentences(line: str) -> list[str]:
    """
    >>> _item_of_two_sentences("- Strong skills in building well designed APIs.Firm grasp of architecture.")
    ['- Strong skills in building well designed APIs.', '- Firm grasp of architecture.']
    >>> _item_of_two_sentences("- Knowledge of the Scaled Agile Framework (SAFe).Deep expertise in AWS.")
    ['- Knowledge of the Scaled Agile Framework (SAFe).', '- Deep expertise in AWS.']
    >>> _item_of_two_sentences("Knowledge of APIs.Firm grasp of architecture.")  # not an item: left alone
    ['Knowledge of APIs.Firm grasp of architecture.']
    """
    stripped = line.strip()
    if stripped[:2] not in ("- ", "* ") and stripped[:1] not in GLYPH_BULLETS:
        return [line]
    pieces = [p.strip() for p in _GLUED_SENTENCE_END.split(stripped)]
    if len(pieces) < 2 or any(len(p.split()) < 3 for p in pieces):
        return [line]
    return [pieces[0]] + [f"- {p}" for p in pieces[1:]]


def split_glued_items(line: str) -> list[str]:
    """One line holding a list whose items were glued together -> one bulleted line per item.

    >>> split_glued_items("Bachelor degree requiredProject Management Certification required7+ years "
    ...                   "relevant experienceComprehensive knowledge of budgets.Ability to influence")
    ['- Bachelor degree required', '- Project Management Certification required', '- 7+ years relevant experience', \
'- Comprehensive knowledge of budgets.', '- Ability to influence']
    >>> split_glued_items("Experience with JavaScript and PowerPoint is needed.")
    ['Experience with JavaScript and PowerPoint is needed.']
    >>> split_glued_items("Reports to executives at the BankCollaborates with partnersManages budgets in "
    ...                   "JavaScript and PowerPointEngages sponsorsLiaises with vendors")
    ['- Reports to executives at the Bank', '- Collaborates with partners', \
'- Manages budgets in JavaScript and PowerPoint', '- Engages sponsors', '- Liaises with vendors']
    >>> split_glued_items("Align resourcesComplete needs assessment in the EHR Develop and Implement plansWill act")
    ['- Align resources', '- Complete needs assessment in the EHR', '- Develop and Implement plans', '- Will act']
    >>> split_glued_items("Strong SQL skillsEnterprise Software Development Life CycleExperience with Kafka is a "
    ...                   "plusGood communication")
    ['- Strong SQL skills', '- Enterprise Software Development Life Cycle', '- Experience with Kafka is a plus', \
'- Good communication']
    >>> split_glued_items("Apply your PHP skills to improve existing APIsReverse-engineer backend services in "
    ...                   "Java codeWork with product managers to refine requirements.Interact with frontend engineers")
    ['- Apply your PHP skills to improve existing APIs', '- Reverse-engineer backend services in Java code', \
'- Work with product managers to refine requirements.', '- Interact with frontend engineers']
    >>> split_glued_items("Broad experience with data warehouses, ETL and cloud technologies Hands-on expertise with "
    ...                   "SQL analyticsAbility to connect problems and solutions.University degree in physics")
    ['- Broad experience with data warehouses, ETL and cloud technologies', '- Hands-on expertise with SQL analytics', \
'- Ability to connect problems and solutions.', '- University degree in physics']
    >>> split_glued_items("Bachelor degree or equivalent 5+ years of risk experienceMust possess analytical skills"
    ...                   "Strong interpersonal skillsKnowledge of operations preferred")
    ['- Bachelor degree or equivalent', '- 5+ years of risk experience', '- Must possess analytical skills', \
'- Strong interpersonal skills', '- Knowledge of operations preferred']
    >>> split_glued_items("Bachelor's degree required;Minimum of 5 years in a pre-sales environment Outstanding "
    ...                   "presenting skillsOnboard new Partners and partner staffLead demos")
    ["- Bachelor's degree required;", '- Minimum of 5 years in a pre-sales environment', \
'- Outstanding presenting skills', '- Onboard new Partners and partner staff', '- Lead demos']
    """
    if "**" in line and "**" in line.strip()[2:-2]:
        # bold inside the line hides its joints ("... la **maintenabilité**.Jouer un rôle ...", "etc**Outiller"):
        # a glued list is split without its emphasis, a line that is no list keeps it
        items = split_glued_items(line.replace("**", ""))
        return items if len(items) > 1 else [line]
    if "\t" in line or not _GLUE_HINT.search(line):
        return [line]  # one pass in C says most lines hold no joint at all
    stripped = line.strip()
    ends = [m.end() for m in _GLUE.finditer(stripped)]
    more = [m.end() for m in _MORE_GLUE.finditer(stripped)] if ends or _ACRONYM_GLUE_HINT.search(stripped) else []
    if not (ends or more):
        return _item_of_two_sentences(line)
    verbs = [m.start() for m in _GLUED_CAPITAL.finditer(stripped) if _starts_an_item(stripped[m.start():], True)]
    # two plain joints, or three with the capitalised ones, make a list; so do three joints of any kind where
    # an item's first word follows a capitalised word or an acronym ("Core DataExperience with CI/CD", "SwiftUI
    # Partner with design", "XCTestMentor junior engineers": a glued list of a tech stack's names)
    plain = len(ends) >= _MIN_GLUES or (bool(ends) and len(ends) + len(more) >= _MIN_GLUES + 1)
    with_items = len(set(ends) | set(more) | set(verbs)) >= _MIN_GLUES + 1
    # and one joint of a lowercase word and an item's first word, between two phrases of some length: the last
    # two items of a list whose heading was glued to the first ("... HIPAA-compliant systemsFamiliarity with")
    two_items = len(ends) == 1 and not more and ends[0] in verbs \
        and len(stripped[:ends[0]].split()) >= _MIN_PHRASE_WORDS and len(stripped[ends[0]:].split()) >= 2
    if not (plain or with_items or two_items):
        return _item_of_two_sentences(line)
    verbs += [m.start() for m in _SPACED_TASK.finditer(stripped) if _starts_an_item(stripped[m.start():])
              and _may_end_an_item(stripped[:m.start()].rsplit(None, 1)[-1])]
    # "Bachelor degree or equivalent 5+ years of broad risk management experience": the years start an item,
    # unless the word before joins them to it ("at least 5+ years", "with 5+ years")
    verbs += [m.start() for m in _SPACED_YEARS.finditer(stripped)
              if _LAST_WORD.search(stripped[:m.start()]).group(0).lower() not in _JOINS_YEARS]
    ends = sorted(set(ends) | set(more) | set(verbs))
    bullet = stripped[:1] in GLYPH_BULLETS or stripped[:2] in ("- ", "* ")
    pieces = [p.strip() for p in (stripped[a:b] for a, b in zip([0, *ends], [*ends, len(stripped)])) if p.strip()]
    pieces = [part for piece in _sentences_of_a_glued_list(pieces) for part in _lead_in_set_apart(piece)]
    lines = [p if _a_glued_heading(pieces, i, bullet) else f"- {p}" for i, p in enumerate(pieces)]
    return [pieces[0], *lines[1:]] if bullet else lines


def _a_glued_heading(pieces: list[str], i: int, bullet: bool) -> bool:
    """A piece of a glued list that is a heading, not an item: a lead-in the vocabulary knows ("Your tasks:"), a
    section's name glued between a sentence's end and the first item ("...anywhere!ResponsibilitiesDrives ...",
    but "(GAAP)MRP Experience" is an item), or the line's first piece when all its words are heading words
    ("ProfileThe Development Manager will have:", not "Job Cost ExperienceStrong understanding of GAAP")."""
    piece = pieces[i]
    if _a_lead_in(piece) or (piece.isupper() and _of_heading_words(piece) and classify_heading(piece) is not None):
        return True  # and a section's name in capitals set apart from its first item ("QUALIFICATIONS")
    # a piece all of heading words ("What You'll Bring") stands as a heading after an item with no stop too
    stands_as_one = (i > 0 and pieces[i - 1].endswith((".", "!", "?", ":"))) or (
        (i > 0 or not bullet) and _of_heading_words(piece))
    return stands_as_one and names_a_section(piece.rstrip(":?").split())


SPACED_SENTENCE_END = rx.compile(r"(?<=[a-z]{2}[.!?])\s+(?=[A-Z])")


# a list's lead-in glued to its first item: "Your tasks:Build and maintain ...", "Skill Set required:Should have"
_GLUED_LEAD_IN = rx.compile(r"^([A-Z][\w'’&/ -]{2,40}?:)(?=[A-Z][a-z])")
_LEAD_IN_MAX_WORDS = 5


def _a_lead_in(piece: str) -> bool:
    return piece.endswith(":") and len(piece.split()) <= _LEAD_IN_MAX_WORDS \
        and classify_heading(piece[:-1]) is not None


_COLON_GLUED_TO_AN_ITEM = rx.compile(r":(?=[A-Z]{2}|[A-Z][a-z]|\d)")


def _glued_lead_in_after_words(piece: str) -> list[str] | None:
    """A list's label glued to its first item after other words, or before an acronym or a figure: "About the
    job What you'll need:5+ years in B2B sales", "Qualifications:BS in CS".

    >>> _glued_lead_in_after_words("About the job What you'll need:5+ years in B2B sales")
    ['About the job', "What you'll need:", '5+ years in B2B sales']
    >>> _glued_lead_in_after_words("Qualifications:BS in CS"), _glued_lead_in_after_words("Ratio:3 to 1")
    (['Qualifications:', 'BS in CS'], None)
    """
    colon = _COLON_GLUED_TO_AN_ITEM.search(piece)
    if colon is None:
        return None
    words = piece[:colon.start()].split(" ")
    for k in range(min(len(words), _LEAD_IN_MAX_WORDS), 0, -1):
        label = " ".join(words[-k:]) + ":"
        if label[:1].isupper() and _a_lead_in(label):
            before = " ".join(words[:-k]).strip()
            if len(before.split()) > _LEAD_IN_MAX_WORDS or before.endswith((".", "!", "?", ";")):
                return None  # after a sentence the label may be a list's or an item's: the double spaces say
            return [*([before] if before else []), label, piece[colon.end():].strip()]
    return None


def _lead_in_set_apart(piece: str) -> list[str]:
    """
    >>> _lead_in_set_apart("Your tasks:Build and maintain environments;"), _lead_in_set_apart("Domain: Bank.")
    (['Your tasks:', 'Build and maintain environments;'], ['Domain: Bank.'])
    >>> _lead_in_set_apart("QUALIFICATIONS 5+ years of Fund Administration"), _lead_in_set_apart("SQL Server 2019")
    (['QUALIFICATIONS', '5+ years of Fund Administration'], ['SQL Server 2019'])
    >>> _lead_in_set_apart("Other duties as assigned.PREFERRED EXPERIENCE AND QUALIFICATIONS")
    ['Other duties as assigned.', 'PREFERRED EXPERIENCE AND QUALIFICATIONS']
    """
    m = _GLUED_LEAD_IN.match(piece)
    if m and _a_lead_in(m.group(1)):
        return [m.group(1), piece[m.end():]]
    glued = _glued_lead_in_after_words(piece)
    if glued:
        return glued
    # a section's name of heading words glued to its first item: "What You'll DoOnboard new customers"
    head = _glued_heading_at_start(piece)
    if head and _of_heading_words(head):
        return [head, piece[len(head):].strip()]
    # or in capitals, before its first item or after the last item of the section before: "QUALIFICATIONS 5+
    # years of Financial Reporting", "Other duties as assigned.PREFERRED EXPERIENCE AND QUALIFICATIONS"
    for caps, heading_first in ((_CAPS_HEADING_AT_START.match(piece), True),
                                (_CAPS_HEADING_AT_END.search(piece), False)):
        # of heading words only: "YOUTH EDUCATION PROGRAMS (80%)" names a group of duties, not a section
        if caps and _of_heading_words(caps.group(1)) and classify_heading(caps.group(1)) is not None:
            parts = [caps.group(1), piece[caps.end():]] if heading_first else [piece[:caps.start()], caps.group(1)]
            return [part.strip() for part in parts]
    return [piece]


_CAPS_WORD = r"[A-Z][A-Z&/'’-]+"
# "DEVELOPMENT/OPERATIONS/OTHER DUTIES (20%) Maintain ...": with the share of time the section takes
_CAPS_HEADING_AT_START = rx.compile(rf"^((?:{_CAPS_WORD}\s+){{0,5}}[A-Z][A-Z&/'’-]{{4,}}(?:\s*\(\d{{1,3}}\s?%\))?):?"
                                    r"\s+(?=\S)")
_CAPS_HEADING_AT_END = rx.compile(rf"(?<=[a-z][.!?])\s*((?:{_CAPS_WORD}\s+){{0,5}}[A-Z][A-Z&/'’-]{{4,}}):?$")


def _of_heading_words(text: str) -> bool:
    return all(word.lower().strip(":?") in HEADING_WORDS for word in text.split())


def _sentences_of_a_glued_list(pieces: list[str]) -> list[str]:
    """In a glued list whose items are single sentences, a piece holding two sentences is two items
    ("...multiple priorities. Bachelor’s or associate degree ..." at the list's end, where the scrape kept a space).

    >>> _sentences_of_a_glued_list(["Knowledge of X.", "Business acumen.", "Work independently. A degree."])
    ['Knowledge of X.', 'Business acumen.', 'Work independently.', 'A degree.']
    """
    split = [SPACED_SENTENCE_END.split(p) for p in pieces]
    if len(pieces) < 3 or sum(len(parts) == 1 for parts in split) * 2 <= len(pieces):
        return pieces  # the items are paragraphs: their sentences stay together
    return [part for parts in split for part in parts]


# items whose bullets were lost in a scrape, each still set off by two spaces: "  Pitch, research, and write
# articles.  Interview expert sources.  Follow the latest news." (one space stays inside an item)
_DOUBLE_SPACED_ITEM = rx.compile(r"(?<=[.!?;])[ \t]{2,}(?=[A-Z“\"(])")
_MIN_DOUBLE_SPACED_ITEMS = 2
_DOUBLE_SPACE_BEFORE_CAPITAL = rx.compile(r"(?<=[a-z0-9)])[ \t]{2,}(?=[A-Z][a-z])")


def split_double_spaced_items(line: str) -> list[str]:
    """
    >>> split_double_spaced_items(" Pitch articles.  Interview sources. Internally too.  Meet targets. ")
    ['- Pitch articles.', '- Interview sources. Internally too.', '- Meet targets.']
    >>> split_double_spaced_items("Salary:  negotiable")  # only a sentence's end followed by a capital
    ['Salary:  negotiable']
    >>> split_double_spaced_items("We build. Responsibilities:  Design parts.  Test parts.")
    ['We build.', 'Responsibilities:', '- Design parts.', '- Test parts.']
    >>> split_double_spaced_items("Sell.  Lead around discovery analysis  Strong analysis skills. ")
    ['- Sell.', '- Lead around discovery analysis', '- Strong analysis skills.']
    """
    if "  " not in line or "\t" in line:
        return [line]
    pieces = [p.strip() for p in _DOUBLE_SPACED_ITEM.split(line.strip())]
    if len(pieces) < _MIN_DOUBLE_SPACED_ITEMS:
        return [line]
    # in such a list, an item that lost its full stop still ends at the two spaces: "... around discovery
    # analysis  Strong analysis and decision-making skills."
    pieces = [part.strip() for piece in pieces for part in _DOUBLE_SPACE_BEFORE_CAPITAL.split(piece)]
    lead = _LIST_LABEL.search(pieces[0])
    if lead:  # "... special projects. Responsibilities:  Determining ...": prose, the list's label, its items
        before, label, first = pieces[0][:lead.start()].strip(), lead.group(1), pieces[0][lead.end():].strip()
        return [*([before] if before else []), label, *_labelled_lists([first, *(p for p in pieces[1:] if p)])]
    return _labelled_lists([p for p in pieces if p], sentences=False)


def _labelled_lists(pieces: list[str], sentences: bool = True) -> list[str]:
    """The items of double-spaced lists, where a later list's label ends an item of the one before: "... absence
    management. Requirements:  Previous experience ..." is an item, the next list's label and its first item.

    >>> _labelled_lists(["Allocate work.", "Support absence management. Requirements:  Team leading.", "Excel."])
    ['- Allocate work.', '- Support absence management.', 'Requirements:', '- Team leading.', '- Excel.']
    >>> _labelled_lists(["Team leading.", "Good IT skills. Salary: £28,500 per annum."])
    ['- Team leading.', '- Good IT skills.', 'Salary: £28,500 per annum.']
    >>> _labelled_lists(["Overtime.", "Requirements:  NVQ Level 3.", "Salary: £45,000 per annum."])
    ['- Overtime.', 'Requirements:', '- NVQ Level 3.', 'Salary: £45,000 per annum.']
    """
    def items(run: list[str]) -> list[str]:
        kept = [p for p in run if p]
        return [f"- {p}" for p in (_sentences_of_a_glued_list(kept) if sentences else kept)]

    lines: list[str] = []
    run: list[str] = []
    for piece in pieces:
        label = _LIST_LABEL.search(piece)  # ending an item, or opening the piece: "Requirements:  Time served ..."
        if label is None:
            run.append(piece)
            continue
        lines += items([*run, piece[:label.start()].strip()]) + [label.group(1)]
        run = [piece[label.end():].strip()]
    # the paragraph's facts after its last item: "... Good IT skills including Excel. Salary: £28,500 per annum"
    fact = (_FACT_OPENING_A_PIECE.match(run[-1]) or _FACT_AFTER_AN_ITEM.search(run[-1])) if run else None
    if fact and _KNOWN_FIELD_LABEL.fullmatch(fact.group(1).strip()):
        return lines + items([*run[:-1], run[-1][:fact.start()].strip()]) + [run[-1][fact.start():].strip()]
    return lines + items(run)


_FACT_AFTER_AN_ITEM = rx.compile(r"(?<=[a-z)][.!?])\s+([A-Z][\w ]{1,30}):\s")
_FACT_OPENING_A_PIECE = rx.compile(r"([A-Z][\w ]{1,30}):\s")  # "... advantage.  Salary: £45,000 - £50,000"


# a short label ending in a colon, after a sentence or at the start, that two spaces set apart from the first
# of the double-spaced items it introduces
_LIST_LABEL = rx.compile(r"(?:^|(?<=[.!?])\s)((?:[A-Z][\w/&’'-]*)(?:\s+[\w/&’'-]+){0,5}:)[ \t]{2,}(?=[A-Z])")


def split_inline_bullets(line: str) -> list[str]:
    """A scraped list flattened onto one line ("• a • b • c") is one item per bullet.

    >>> split_inline_bullets("• Support trainings • Maintain files • Prepare reports")
    ['• Support trainings', '• Maintain files', '• Prepare reports']
    >>> split_inline_bullets("Skills\\t• Fluent English • Excel")  # table cells keep their bullets
    ['Skills\\t• Fluent English • Excel']
    >>> split_inline_bullets("Benefits:- Flexible Schedule- Direct Deposit- Supportive team.")
    ['Benefits:', '- Flexible Schedule', '- Direct Deposit', '- Supportive team.']
    >>> split_inline_bullets("- Responsibilities:- Prepare journal entries- Assist with the audit- Analyze variances")
    ['Responsibilities:', '- Prepare journal entries', '- Assist with the audit', '- Analyze variances']
    >>> split_inline_bullets("Duties (not all of them)-Take inputs.-Design sub-systems.-Release parts.")
    ['Duties (not all of them)', '- Take inputs.', '- Design sub-systems.', '- Release parts.']
    >>> split_inline_bullets("Qualifications: - Degree in Accounting - 2+ years of experience - CPA preferred")
    ['Qualifications:', '- Degree in Accounting', '- 2+ years of experience', '- CPA preferred']
    """
    stripped = line.lstrip()
    if "\t" in line or not stripped:
        return [line]
    numbered = _inline_numbered_items(stripped) if "2." in stripped else None
    if numbered:
        return numbered
    if "- " in stripped and len(_GLUED_DASH_ITEM.findall(stripped)) >= _MIN_GLUED_DASH_ITEMS:
        # "Benefits:- Flexible Schedule- Direct Deposit- Supportive work environment": dashes glued on their left
        return _dash_items(*_GLUED_DASH_ITEM.split(stripped))
    if (stripped.startswith("- ") or ": - " in stripped) and \
            len(_SPACED_DASH_ITEM.findall(stripped)) >= _MIN_GLUED_DASH_ITEMS - 1:
        # "Qualifications: - Bachelor's degree in Accounting - 2+ years of experience - CPA preferred": dashes spaced
        # on both sides after a label, each before a capital or a count of years
        head, _, rest = stripped.partition(": - ") if not stripped.startswith("- ") else ("", "", stripped[2:])
        items = _SPACED_DASH_ITEM.split(rest)
        # short items, no sentence in them: "HR Advocacy - Position HR as ... values." names a task, then tells it
        if all(len(item.split()) <= _SHORT_ITEM_WORDS and ". " not in item for item in items):
            return _dash_items(f"{head}:" if head else "", *items)
    if "-" in stripped and len(_TIGHT_DASH_ITEM.findall(stripped)) >= _MIN_GLUED_DASH_ITEMS:
        head, *items = _TIGHT_DASH_ITEM.split(stripped)
        name, dash, first = head.partition("-")
        if dash and first[:1].isupper() and classify_heading(name) is not None:
            head, items = name, [first, *items]  # "Desired Skills and Abilities-Bachelor's degree.-5 or more years"
        return _dash_items(head, *items)
    if stripped[0] not in GLYPH_BULLETS:
        return _prose_then_bullets(line)
    if not _INLINE_BULLET.search(stripped[1:]):
        return [line]
    return [part for item in _INLINE_BULLET.split(line) for part in _trailing_heading_set_apart(item)]


def _dash_items(head: str, *items: str) -> list[str]:
    """The lines of a list whose dashes were glued on: its head, then an item a dash, each with a section's name
    glued to it set apart ("- Maintain documentation of progress reports.Qualifications:")."""
    lines = [part for item in items for part in split_heading_and_bullet(f"- {item}")]
    # a glued list's piece that opens with the section's name ("- Responsibilities:- Prepare ...- Assist ..."):
    # the name is the list's heading, not its first item
    named = head.strip().removeprefix("- ")
    head = named if named != head.strip() and _a_lead_in(named) else head
    return [*split_heading_and_bullet(head), *lines] if head.strip() else lines


def _trailing_heading_set_apart(item: str) -> list[str]:
    """An item of a flattened list with the next section's name after its full stop ("· Excellent communication
    skills. Qualifications:") is the item and the heading.

    >>> _trailing_heading_set_apart("· Strong attention to detail. Qualifications:")
    ['· Strong attention to detail.', 'Qualifications:']
    >>> _trailing_heading_set_apart("· Bake bread. Serve it.")
    ['· Bake bread. Serve it.']
    >>> _trailing_heading_set_apart("• Reduce churn by managing risk QUALIFICATIONS ")
    ['• Reduce churn by managing risk', 'QUALIFICATIONS']
    >>> _trailing_heading_set_apart("• A degree The US base salary range for this position is $95,000.")
    ['• A degree', 'The US base salary range for this position is $95,000.']
    """
    pay = _PAY_SENTENCE_AFTER_AN_ITEM.search(item)
    if pay:  # "• Bachelor's degree preferred The US base salary range for this position is ...": the last item
        return [*_trailing_heading_set_apart(item[:pay.start()]), item[pay.end():]]
    caps = _CAPITALS_HEADING_AT_THE_END.search(item)
    if caps and (known := classify_heading(caps.group(1))) and known[0] in _LIST_SECTIONS:
        return [item[:caps.start()], caps.group(1)]  # "• Reduce churn by managing risk QUALIFICATIONS"
    if not item.rstrip().endswith(":"):
        return [item]
    sentences = _SENTENCE_BREAK.split(item.strip())
    tail = sentences[-1]
    known = classify_heading(tail[:-1]) if len(sentences) > 1 and len(tail.split()) <= _MAX_TAIL_HEADING_WORDS \
        else None
    # a list's own kind of section only: "Background:" may name the candidate's ("Background:· 2 to 5 years ...")
    if known and known[0] in ("duties", "qualifications", "languages", "benefits"):
        return [" ".join(sentences[:-1]), tail]
    return [item]


_SENTENCE_BREAK = rx.compile(r"(?<=[.!?:;])\s+(?=\S)")
_CAPITALS_HEADING_AT_THE_END = rx.compile(r"(?<=[a-z.)])\s+((?:[A-Z]{2,}[ \t&/]+(?:(?:AND|OF|&)[ \t]+)?){0,3}"
                                          r"[A-Z]{2,}):?\s*$")
# a numbered list run into one paragraph: "1. Conduct client intake. 2. Promote support services. 3. Maintain ..."
# ("AR/AP data entry2. Provide timely calculations": a data set's text may glue the number to the item before)
_INLINE_NUMBER = rx.compile(r"(?:^|(?<=\D))(\d{1,2})[.)](?:\s+(?=[A-Z\d])|(?=[A-Z][a-z]))")
_MIN_INLINE_NUMBERED = 3


def _inline_numbered_items(line: str) -> list[str] | None:
    """
    >>> _inline_numbered_items("Essential duties: 1. Conduct intake. 2. Promote services. 3. Keep records.")
    ['Essential duties:', '1. Conduct intake.', '2. Promote services.', '3. Keep records.']
    >>> _inline_numbered_items("Grow 2. Then 5. Then 9. Done") is None
    True
    >>> _inline_numbered_items("Job responsibilities:1. AR/AP data entry2. File tax returns3. Forecast the fund")
    ['Job responsibilities:', '1. AR/AP data entry', '2. File tax returns', '3. Forecast the fund']
    """
    marks, expected = [], 1
    for m in _INLINE_NUMBER.finditer(line):
        if int(m.group(1)) == expected:
            marks.append(m.start())
            expected += 1
    if len(marks) < _MIN_INLINE_NUMBERED:
        return None
    head = line[:marks[0]].strip()
    items = [line[a:b].strip() for a, b in zip(marks, [*marks[1:], len(line)])]
    return [head, *items] if head else items
# a dash glued to the text before it and spaced from the item after it; a dash between words or figures is
# spaced on both sides or neither ("9am - 5pm", "$50-$60"), and a lone one may be a slip: three make a list
_GLUED_DASH_ITEM = rx.compile(r"(?<=[^\s\-])-\s(?=[A-Z$])|(?<=[^\s\-\d])-\s(?=\d)")  # ("QUALIFICATIONS- 3+ years")
_MIN_GLUED_DASH_ITEMS = 3
# spaced on both sides, after a word or a full stop and before a capital or a count ("... close - 2+ years"), not
# between amounts or hours ("$50,000 - $60,000", "9am - 5pm")
_SPACED_DASH_ITEM = rx.compile(r"(?<=[a-z.)])\s+-\s+(?=[A-Z]|\d{1,2}\+?\s)")
# and with no space on either side, after a sentence's end or a closing parenthesis: "... (does not include all
# responsibilities)-Take inputs from customers.-Utilize a set of requirements ..." (not "sub-system", "COVID-19")
_TIGHT_DASH_ITEM = rx.compile(r"(?<=[.!?):;])-(?=[A-Z][a-z]|A\s[a-z]|\d)")
# the glyphs that only ever mark list items; "·" and "|" also join a header's parts ("Org · City · 2 weeks ago")
# ("Responsibilities:• Create schedules.• Review plans.": a data set's text keeps no space before the glyph)
# and a middle dot glued to the word before it ("... not limited to:· Operate forklift.· Comply with ...",
# "clippings· Monitor press activity"), where it marks items as surely as a bullet (with spaces around, it joins
# a header's parts)
_ITEM_GLYPHS = "•●▪■►➢➤"
_PROSE_BULLET = rx.compile(rf"\s+(?=[{_ITEM_GLYPHS}]\s)|(?<=\S)(?=[{_ITEM_GLYPHS}·]\s)")
_PROSE_OR_SPACED_DOT = rx.compile(rf"\s+(?=[{_ITEM_GLYPHS}·]\s)|(?<=\S)(?=[{_ITEM_GLYPHS}·]\s)")
_MAX_TAIL_HEADING_WORDS = 5


def _prose_then_bullets(line: str) -> list[str]:
    """A paragraph that runs into a flattened list: "… on response monitoring. Key Tasks • Provide field
    support … • Support data collection …" (a scraped page's section on one line). With two or more
    spaced bullets, the prose stays a paragraph, a short known heading at its end ("Key Tasks") becomes a
    heading line, and each bullet an item.

    >>> _prose_then_bullets("It works on monitoring. Key Tasks • Provide field support. • Support data collection.")
    ['It works on monitoring.', 'Key Tasks', '• Provide field support.', '• Support data collection.']
    >>> _prose_then_bullets("Applicants must meet one of: • Be enrolled • Hold a degree")
    ['Applicants must meet one of:', '• Be enrolled', '• Hold a degree']
    >>> _prose_then_bullets("Costs • one bullet only")
    ['Costs • one bullet only']
    >>> _prose_then_bullets("Responsibilities:• Create schedules.• Review plans.• RFP's.")
    ['Responsibilities:', '• Create schedules.', '• Review plans.', "• RFP's."]
    >>> _prose_then_bullets("Duties include the following:· Plans budgets.  · Leads departments. · Reports.")
    ['Duties include the following:', '· Plans budgets.', '· Leads departments.', '· Reports.']
    """
    # "... the following:· Actively participates ...  · Provides ...": once a lead-in's colon holds the first
    # middle dot, the spaced ones after it are bullets too
    parts = (_PROSE_OR_SPACED_DOT if ":·" in line else _PROSE_BULLET).split(line)
    if len(parts) < 3:
        return [line]
    head, items = parts[0].strip(), parts[1:]
    items = [part for item in [*items[:-1], *_last_item_and_the_prose_after_it(items)]
             for part in _trailing_heading_set_apart(item)]
    sentences = _SENTENCE_BREAK.split(head)
    tail = sentences[-1]
    if len(sentences) > 1 and len(tail.split()) <= _MAX_TAIL_HEADING_WORDS and classify_heading(tail) is not None:
        return [" ".join(sentences[:-1]), tail, *items]
    return [head, *items] if head else items


def _last_item_and_the_prose_after_it(items: list[str]) -> list[str]:
    """The page flattened onto one line runs on after its list: where every other item is one sentence, the
    last bullet's first sentence is the item and the sentences after it are the prose that followed the list
    ("• Support in production of reports. Internships are designed to be full-time ...").

    >>> _last_item_and_the_prose_after_it(["• Draft notes.", "• Keep files.", "• Support reports. Interns work "
    ...                                    "full-time. Apply now."])
    ['• Support reports.', 'Interns work full-time. Apply now.']
    """
    last = items[-1]
    if len(items) < 3 or any(len(SPACED_SENTENCE_END.split(item.strip())) > 1 for item in items[:-1]):
        return [last]
    first, *rest = SPACED_SENTENCE_END.split(last.strip(), maxsplit=1)
    return [first, *rest]
