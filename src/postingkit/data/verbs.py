"""Verbs a duty starts with ("Lead the design of ...", "Manages projects ..."): a list under a heading
the vocabulary does not know ("You'll spend time on the following") holds duties when most of its items
start with one. Base forms; "manages", "coordinates" are found from them."""
from __future__ import annotations

import re
from collections.abc import Callable

from .language_names import SINGLE_WORD_NAMES

DUTY_VERBS = frozenset("""
    act administer advise advocate analyse analyze answer apply architect arrange assess assist attend audit
    build calculate champion coach collaborate collect communicate compile complete conduct configure consolidate
    contribute convene coordinate create cultivate debug define deliver deploy design develop direct document draft
    drive educate engage enhance ensure establish evaluate execute expand facilitate file follow forecast foster
    gain gather guide handle help identify implement improve inform inspect install integrate interpret investigate
    lead liaise log maintain manage map market mentor migrate mobilize mobilise model monitor motivate negotiate
    operate optimize optimise organize organise oversee own participate partner perform plan prepare present
    prioritize prioritise process procure produce program promote propose provide publish recommend reconcile
    recruit refine represent research resolve respond review run schedule scope secure sell serve set share source
    streamline strengthen submit supervise support survey take target test track train transform translate troubleshoot
    update upgrade validate verify work write
    accompany address adjust allocate approve assemble assign author automate brief check close
    compose conceptualize conceptualise connect consult convert correspond curate customize customise delegate
    determine diagnose distribute draw edit encourage enforce enter estimate examine explain explore extract
    finalize finalise formulate generate greet grow hire host influence initiate instruct interact introduce issue
    keep launch load make measure meet modify moderate notify obtain onboard outline pack pick pitch proofread
    prospect protect purchase raise receive reduce register request retain revise safeguard screen search select
    send shape simplify solve standardize standardise stock summarize summarise sustain teach treat triage utilize
    utilise adhere comply elaborate cancel get followup
""".split())  # ("followup": "Follow-up the stock management procedure", its hyphen dropped with the other marks)
# (not "clean", "supply", "transport", "use", "visit", "speak", "control", "report": as often the noun or the
# skill that opens a requirement — "Clean driving licence", "Supply chain management", "Reports to: ..."; nor
# "achieve", "adapt", "enable", which open UNDP's competencies: "Achieve Results:", "Adapt with Agility:")
# After "to" each of those is the verb: "To report immediately any incident", "To clean the kitchen"
TO_VERBS = DUTY_VERBS | frozenset("clean supply transport use visit control report achieve adapt enable".split())

# What a list item about the candidate starts with ("Excellent interpersonal skills", "Capability to work
# independently", "3+ years of ..."): such an item in a duties list is a qualification the list mixed in.
CANDIDATE_STARTS = (
    "excellent ", "strong ", "good ", "proven ", "ability to ", "able to ", "capability to ", "capable of ",
    "experience ", "experienced ", "knowledge of ", "knowledgeable ", "bachelor", "master's ", "masters ", "degree ",
    "diploma ",
    "certified ", "certification ", "fluent ", "fluency ", "proficient ", "proficiency ", "motivated ",
    "self-starter", "self-motivated", "self motivated", "familiarity ", "familiar with ", "good understanding ",
    "solid understanding ", "deep understanding ", "understanding of ", "minimum of ", "at least ", "must have ",
    "must be ", "you have ", "you are ", "demonstrated ", "track record ", "outstanding ", "exceptional ",
    "adaptable ", "eager to ", "willingness to ", "willing to ", "fresh graduates", "fresh engineering ",
    "freshers ", "graduates ", "our ideal candidate", "the ideal candidate", "ideal candidates ", "hands-on ",
    # a US federal position description's "Knowledge required by the position"
    "mastery of ", "expertise in ", "expert knowledge ", "in-depth knowledge ", "thorough knowledge ",
    "working knowledge ", "sound knowledge ", "extensive knowledge ", "broad knowledge ",
    # the same after an article: "A bachelor's degree in ...", "A valid driver's license", "An understanding of"
    "a bachelor", "a master's ", "an associate", "a degree ", "a university degree", "a college degree",
    "a high school ", "a minimum of ", "a valid ", "a strong ", "a proven ", "a solid ", "a good ", "an excellent ",
    "a demonstrated ", "a track record ", "an understanding of ", "a working knowledge ",
    # experience by its kind, and the licence a UK or US trade job asks: "Previous experience in a food
    # environment", "Full UK driving licence"
    "previous experience", "prior experience", "relevant experience", "full uk driving", "full driving",
    "clean driving", "valid driving", "current driving", "driving licen",
)


# "you are ..." that tells the holder what to do, not what they are: the work
_TOLD_WHAT_TO_DO = ("you are encouraged", "you are invited", "you are expected to", "you are responsible",
                    "you are in charge", "you are going to")


def starts_about_the_candidate(text: str) -> bool:
    """
    >>> starts_about_the_candidate("- Excellent interpersonal skills"), starts_about_the_candidate("Ability’s edge")
    (True, False)
    >>> starts_about_the_candidate("You are fluent in SQL"), starts_about_the_candidate("You are encouraged to speak")
    (True, False)
    >>> starts_about_the_candidate("Substantial experience of audits"), starts_about_the_candidate("Our experience")
    (True, False)
    """
    if starts_with_a_candidate_phrase(text):
        return True
    # or a word, then what the candidate has: "Substantial experience managing", "Academic background in law"
    words = text.lower().lstrip("•*-– ").split(None, 2)
    return len(words) > 2 and words[1] in _WHAT_A_CANDIDATE_HAS and words[0].isalpha() \
        and words[0] not in _NOT_THE_CANDIDATES


def starts_with_a_candidate_phrase(text: str) -> bool:
    """One of the phrases that open what a candidate brings ("Excellent ...", "Ability to ..."), not any word
    before "experience": inside a glued word, "SharePoint experience" is no "Share" then "Point experience".

    >>> starts_with_a_candidate_phrase("Point experience"), starts_with_a_candidate_phrase("Proven track record")
    (False, True)
    """
    start = text.lower().lstrip("•*-– ").replace("’", "'")
    return start.startswith(CANDIDATE_STARTS) and not start.startswith(_TOLD_WHAT_TO_DO)


_NOT_THE_CANDIDATES = frozenset({"our", "the", "this", "that", "their", "its", "gain", "gains", "gaining"})


_HOW_TO_APPLY = frozenset({"now", "today", "here", "online", "by", "via", "through", "at", "using", "on",
                           "before", "soon", "immediately", "directly", "below"})


# the noun after a word that is also a duty verb makes the word a noun too: "Design experience in Figma"
# ("Develop knowledge products", "Build skills of partner staff" stay duties)
_WHAT_A_CANDIDATE_HAS = {"experience", "record", "background", "expertise", "qualifications", "qualification",
                         "certification", "certificate", "degree"}


def starts_with_duty_verb(text: str) -> bool:
    """
    >>> starts_with_duty_verb("Lead the design of solutions"), starts_with_duty_verb("Manages projects")
    (True, True)
    >>> starts_with_duty_verb("Apply statistical methods"), starts_with_duty_verb("Apply now by filling out the form.")
    (True, False)
    >>> starts_with_duty_verb("Coordinates teams"), starts_with_duty_verb("Bachelor's degree")
    (True, False)
    >>> starts_with_duty_verb("Track record of shipping AI"), starts_with_duty_verb("Research experience")
    (False, False)
    >>> starts_with_duty_verb("Develop knowledge products"), starts_with_duty_verb("Build skills of partner staff")
    (True, True)
    >>> starts_with_duty_verb("Elaborate a monthly purchase forecast"), starts_with_duty_verb("Follow-up the stock")
    (True, True)
    """
    words = text.split()
    word = re.sub(r"[^a-z]", "", (words or [""])[0].lower())
    if word == "apply" and len(words) > 1 and words[1].lower().strip(".,!:") in _HOW_TO_APPLY:
        return False  # "Apply now by filling out the form": a call to apply, not the work
    if any(w.lower().strip(".,;:") in _WHAT_A_CANDIDATE_HAS for w in words[1:3]):
        return False  # "Research experience", "Lead generation experience", "Track record of ...": a noun, not a verb
    return word in DUTY_VERBS or (word.endswith("s") and (word[:-1] in DUTY_VERBS or (
        word.endswith("es") and word[:-2] in DUTY_VERBS)) or (word.endswith("ies") and word[:-3] + "y" in DUTY_VERBS))


def starts_with_task_word(text: str) -> bool:
    """A duty verb, or its -ing form after an optional adverb: how items of a task list start.

    >>> starts_with_task_word("Strategically managing accounts"), starts_with_task_word("Coordinating orders")
    (True, True)
    >>> starts_with_task_word("Sharing best practice"), starts_with_task_word("Proven sales record")
    (True, False)
    >>> starts_with_task_word("Working knowledge of SQL"), starts_with_task_word("Consulting experience")
    (False, False)
    >>> starts_with_task_word("To conduct a desk review"), starts_with_task_word("To be fluent in French")
    (True, False)
    >>> starts_with_task_word("To report any incident at once"), starts_with_task_word("Report any shortage")
    (True, False)
    """
    words = [re.sub(r"[^a-z]", "", word.lower()) for word in text.split()[:2]]
    if not words:
        return False
    if starts_with_duty_verb(text):
        return True
    if words[0] == "to" and len(words) > 1 and words[1] in TO_VERBS:
        return True  # a terms of reference's tasks: "To conduct a desk review", "To develop the tools"
    word = words[1] if words[0].endswith("ly") and len(words) > 1 else words[0]
    if not word.endswith("ing") or len(word) < 6 or words[-1] in _WHAT_A_CANDIDATE_HAS | {"knowledge"}:
        return False  # "Working knowledge of SQL", "Consulting experience": what the candidate has
    stem = word[:-3]
    return stem in DUTY_VERBS or stem + "e" in DUTY_VERBS or (stem[-1:] == stem[-2:-1] and stem[:-1] in DUTY_VERBS)


# the word before a capitalised verb that makes it part of the phrase, not the start of a task: "the Design team",
# "to Develop", "Plan and Deliver"
_BEFORE_A_NAME = frozenset("a an the our your their its this that these those each every any all both to and or &"
                           .split())
# (or an acronym after it: "... is desirable Full UK driving licence")
_CAPITALISED_WORD = re.compile(r"(?<=[a-z)])\s+(?=[A-Z][a-z]+(?:-[a-z]+)?\s+(?:[a-z(]|[A-Z]{2,}\b))")


def requirements_run_together(sentence: str) -> list[str]:
    """A sentence that is several requirements whose stops a copy lost, cut before each capitalised phrase that
    says what the candidate brings ("... in the sector Proven track record in ... Excellent written English").

    >>> requirements_run_together("Degree in law Proven track record in fundraising Excellent written English")
    ['Degree in law', 'Proven track record in fundraising', 'Excellent written English']
    >>> requirements_run_together("Previous experience in a food environment Full UK driving licence")
    ['Previous experience in a food environment', 'Full UK driving licence']
    """
    # (a language's name ends a requirement, capital and all: "Excellent written English Ability to ...")
    return _cut_before(sentence, starts_about_the_candidate, ends_with_a_name=SINGLE_WORD_NAMES)


def tasks_run_together(sentence: str) -> list[str]:
    """A sentence that is several tasks whose stops a copy lost, cut before each capitalised verb that opens
    the next ("Develop relationships with clients Secure new business ...", "... (supply, work) Supervise ...",
    "... where necessary Contributing to ...").

    >>> tasks_run_together("Develop relationships with clients Secure new business Contributing to the team culture")
    ['Develop relationships with clients', 'Secure new business', 'Contributing to the team culture']
    >>> tasks_run_together("Work with the Design team to Deliver results")
    ['Work with the Design team to Deliver results']
    >>> tasks_run_together("Collaborate with Commercial Leads to design strategies")
    ['Collaborate with Commercial Leads to design strategies']
    >>> tasks_run_together("Research funding for the Community Health Programme Ensure the high standard of reports")
    ['Research funding for the Community Health Programme', 'Ensure the high standard of reports']
    >>> tasks_run_together("Identify partners in these areas Use evidence-based advocacy in briefing papers")
    ['Identify partners in these areas', 'Use evidence-based advocacy in briefing papers']
    """
    return _cut_before(sentence, lambda text: starts_with_task_word(text) or opens_with_a_verb_also_a_noun(text),
                       verbs_after_a_name=_NEVER_NOUNS)


# "... in these areas Use evidence-based advocacy ...", "... of vehicles Report any shortage ...": a word the duty
# verbs leave out as often a noun ("Use of Excel", "Report writing") is the verb that opens the next task where a
# list run into one line sets it, capitalised, before what it acts on
_A_VERB_ALSO_A_NOUN = re.compile(r"^(?:" + "|".join(sorted(w.capitalize() for w in TO_VERBS - DUTY_VERBS)) +
                                 r")\s+(?!of\b|to\b|and\b|or\b|for\b|on\b|in\b|with\b|writing\b|chain\b)[a-z]")


def opens_with_a_verb_also_a_noun(text: str) -> bool:
    """
    >>> opens_with_a_verb_also_a_noun("Use evidence-based advocacy"), opens_with_a_verb_also_a_noun("Use of Excel")
    (True, False)
    """
    return _A_VERB_ALSO_A_NOUN.match(text) is not None


# verbs no name ends in: after a capitalised word too ("... the Community Health Programme Ensure the ..."), they
# open the next task ("Support", "Lead", "Review" may end a name: "Customer Support", "Team Lead")
_NEVER_NOUNS = frozenset("ensure identify provide oversee develop coordinate prepare maintain establish facilitate "
                         "organise organize participate contribute collaborate assist liaise recruit implement "
                         "undertake perform".split())


def _cut_before(sentence: str, opens: Callable[[str], bool], ends_with_a_name: frozenset[str] = frozenset(),
                verbs_after_a_name: frozenset[str] = frozenset()) -> list[str]:
    """The sentence cut before each capitalised word whose phrase `opens` the next piece, where the word before
    it ends a piece: a lowercase word or ")" (after a capitalised word a name goes on: "Commercial Leads"), or a
    name in `ends_with_a_name`, or any word before one of `verbs_after_a_name`; never after an article, "to",
    "and" ("the Design team", "to Develop")."""
    pieces, start = [], 0
    for m in _CAPITALISED_WORD.finditer(sentence):
        word = sentence[:m.start()].rsplit(None, 1)[-1]
        after_a_name = sentence[m.end():].split(None, 1)[0].lower() in verbs_after_a_name
        if not (word[:1].islower() or word.endswith(")") or word.lower() in ends_with_a_name or after_a_name) \
                or word.lower() in _BEFORE_A_NAME or not opens(sentence[m.end():]):
            continue
        pieces.append(sentence[start:m.start()].strip())
        start = m.end()
    pieces.append(sentence[start:].strip())
    return [piece for piece in pieces if piece]
