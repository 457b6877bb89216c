"""Language requirements: which languages, required or preferred, at what level, and which may
replace each other ("Albanian or Serbian is mandatory")."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from .. import patterns as rx  # re.compile, from a per-machine cache of compiled patterns
from ..data.language_names import LANGUAGE_NAMES
from ..data.languages import (
    LANGUAGE_ALIASES,
    LANGUAGE_GROUPS,
    LANGUAGE_LIST_JOINTS,
    NAME_OVERRIDES,
    NATIONALITY_NOUNS,
    NOT_LANGUAGES,
)
from ..lexicon import alternation, by_meaning, entries
from ..model import LanguageRequirement
from .phrases import PhraseTable
from .requirement import KNOWLEDGE_AFTER_COMMA, REQUIREMENT_WORD, is_skill_list, item_requirement, stated_requirement

# "English (French is a plus)", "fluent English (Arabic, Turkish and Kurdish would be an asset)": an aside
# that carries its own requirement is its own clause
_ASIDE_WITH_REQUIREMENT = (r"\s*\((?=[^()]{0,80}\b(?:is|are|would\s+be|will\s+be)\s+(?:a\s+(?:plus|bonus)|"
                           r"an?\s+(?:asset|advantage|added\s+advantage)|desirable|preferred|beneficial))")
_CLAUSE_BREAK = rx.compile(rf";|,?\s+(?:while|whereas|but|however)\s+|\.\s+(?=(?-i:[A-Z]))|{KNOWLEDGE_AFTER_COMMA}|"
                           rf"{_ASIDE_WITH_REQUIREMENT}",
                           re.IGNORECASE)
_LEVELS = by_meaning(entries("language_levels"))
# lowest first: a notice asking "native or working" asks for working at least
_PROFICIENCY = [(level, rx.compile(alternation(_LEVELS[level]), re.I))
                for level in ("basic", "working", "professional", "fluent", "native")]
# words that make a clause naming a language ask for it; any level is one ("Inglés avanzado", "Anglais courant")
_CUE = rx.compile(
    r"language|fluen|proficien|speak|spoken|written|writing|reading|oral|verbal|native|mother tongue|communicat|"
    # "in Deutsch kommunizieren", "Du sprichst Deutsch", "en Wort und Schrift", "comunicarse en inglés"
    r"kommuni[zk]|sprich|sprech|wort und schrift|comunica|\bhabla|"
    r"command of|knowledge of|bilingu|literate|working|level|\b[ABC][12]\b|interpret|translat|"
    # "Maîtrise du français", "Bilingue (français et anglais)", "Dominio del inglés", "Beherrschung"
    r"idioma|langue|sprach|kenntnis|conocimiento|connaissance|ma[îi]tris|dominio|manejo|beherrsch|"
    # "Знание английского языка", "владение английским", "англійська мова": knowledge, command, language
    r"знани|владени|язык|знання|володіння|мов[аиоу]|"
    + REQUIREMENT_WORD + "|"
    + alternation(e for level in _LEVELS.values() for e in level),
    re.IGNORECASE)
_CONJUNCTION = rx.compile(r"\s*,?\s*(?:and|&)\s*", re.IGNORECASE)
_ALTERNATIVE_CLAUSE = rx.compile(r"\b(at least one of|one of|either|any of|any one of)\b", re.IGNORECASE)
# "and", "or" and their French, Spanish, German and Italian words ("Deutsch und/oder Englisch", "inglés o francés")
_PURE_SEPARATOR = rx.compile(r"^[\s,/()&]*(?:(?:and/or|or|and|und/oder|oder|und|et/ou|ou|et|y/o|o|y|e|u)\b"
                             r"[\s,/()&]*)?$", re.IGNORECASE)
_HYPHENED_PAIR = rx.compile(r"\b([^\W\d_]{3,})-([^\W\d_]{3,})\b")
_CONTEXT_AFTER = rx.compile(r"^[\s-]*(speaking|speakers?|communit\w*|population|minorit\w*|people|culture|refugees?|"
                            r"context|government|municipalit\w*|citizens|nationals?|children|families|"
                            r"authorities|institutions)\b", re.IGNORECASE)
_CLOSES = rx.compile(r"\s*(?:\)|$)")
_NATIVE_BEFORE = rx.compile(r"\b(native|fluent|mother[- ]tongue|first[- ]language|proficient|bilingual)\b[\w\s-]*$")
# "Bilingual Spanish speakers preferred", "Arabic speaker required", "Hindi and Marathi speaking candidates
# preferred": speakers asked for, not a population
_SPEAKERS_ASKED = rx.compile(r"^[\s-]*(?:speakers?|speaking\s+(?:candidates?|applicants?|individuals?|persons?|staff))"
                             r"\s+(?:(?:are|is)\s+)?(?:preferred|required|wanted|needed|desired|"
                             r"a\s+plus|an\s+(?:asset|advantage)|encouraged)", re.IGNORECASE)
_CEFR = rx.compile(r"\b([ABC][12])\b")
_DESCRIBES_LANGUAGES = rx.compile(
    r"\b(?:are|is)\s+the\s+(?:two\s+)?(?:official|working|main)\s+languages?\s+(?:of|at|in|used)\b", re.IGNORECASE)
_BILINGUAL = rx.compile(r"\bbilingual\b", re.IGNORECASE)  # "bilingual English/Spanish" asks for both


@dataclass
class _Mention:
    start: int
    end: int
    codes: tuple[str | None, ...]
    names: tuple[str, ...]


@dataclass
class _Found:
    entry: LanguageRequirement
    alternatives: list[str] = field(default_factory=list)


@lru_cache(maxsize=1)
def _alias_table() -> PhraseTable[str]:
    return PhraseTable({alias: alias for alias in list(LANGUAGE_ALIASES) + list(LANGUAGE_GROUPS)})


def language_name(code: str | None, alias: str) -> str:
    """English name of a language code.

    >>> language_name("sq", "shqip"), language_name("rom", "roma"), language_name(None, "gorani")
    ('Albanian', 'Romani', 'Gorani')
    """
    if code is None:
        return alias.title()
    return NAME_OVERRIDES.get(code) or LANGUAGE_NAMES.get(code) or alias.title()


def find_mentions(text: str) -> tuple[_Mention, ...]:
    """Language names in a text, with their codes; names used as context ("Arabic-speaking") skipped.

    >>> [m.codes for m in find_mentions("Fluency in Serbian and English; BCS an asset")]
    [('sr',), ('en',), ('bs', 'hr', 'sr')]
    >>> find_mentions("work with Arabic-speaking communities and programming languages")
    ()
    >>> [m.codes for m in find_mentions("Native Macedonian speaker")]
    [('mk',)]
    >>> find_mentions("Macedonian speakers in the region")
    ()
    >>> [m.names for m in find_mentions("Bilingual English-French")], find_mentions("French-speaking")
    ([('English',), ('French',)], ())
    >>> [m.codes for m in find_mentions("Bilingual - Imperative (CBC/CBC)")]
    [('en',), ('fr',)]
    """
    if "-" in text:  # "Bilingual English-French": two languages joined as one word (the same length, a space)
        text = _HYPHENED_PAIR.sub(lambda m: f"{m.group(1)} {m.group(2)}" if m.group(1).lower() in LANGUAGE_ALIASES
                                  and m.group(2).lower() in LANGUAGE_ALIASES else m.group(0), text)
    lowered = text.lower()
    mentions = []
    for m in _alias_table().find(text):
        alias = m.value
        after = _CONTEXT_AFTER.match(text[m.end:m.end + 20])
        native_speaker = after and after.group(1).lower().startswith("speak") and (
            (after.group(1).lower().startswith("speaker")
             and _NATIVE_BEFORE.search(lowered[max(0, m.start - 25):m.start]))
            or _SPEAKERS_ASKED.match(text[m.end:m.end + 50]))
        # "Customer Success Manager (Spanish Speaking)", "Account Manager - German speaking": a title's word for
        # the language its holder speaks, closing the title or its aside
        speaking_role = after and after.group(1).lower() == "speaking" and _CLOSES.match(text, m.end + after.end())
        if after and not native_speaker and not speaking_role:
            continue  # "Arabic-speaking communities", "Romani population"; but "a native Macedonian speaker" asks
        if any(phrase in lowered[max(0, m.start - 20):m.end + 20] and alias in phrase for phrase in NOT_LANGUAGES):
            continue
        if alias in LANGUAGE_GROUPS:
            codes: tuple[str | None, ...] = LANGUAGE_GROUPS[alias]
            names = tuple(language_name(c, c) for c in LANGUAGE_GROUPS[alias])
        else:
            code = LANGUAGE_ALIASES[alias]
            codes, names = (code,), (language_name(code, alias),)
        mentions.append(_Mention(m.start, m.end, codes, names))
    if "mperative" in text:  # Canada's public service: "Bilingual - Imperative (CBC/CBC)" asks English and French
        for m in _BILINGUAL_IMPERATIVE.finditer(text):
            mentions += [_Mention(m.start(), m.end(), (code,), (language_name(code, code),)) for code in ("en", "fr")]
        mentions.sort(key=lambda mention: mention.start)
    return tuple(mentions)


_BILINGUAL_IMPERATIVE = rx.compile(r"\bbilingual\s*[-–:]?\s*imperative\b", re.IGNORECASE)


def proficiency_of(clause: str) -> str | None:
    """
    >>> proficiency_of("Native or working proficiency in Albanian"), proficiency_of("English at C1 level")
    ('working', 'C1')
    >>> proficiency_of("Excellent knowledge of English"), proficiency_of("Good knowledge of German")
    ('professional', 'working')
    >>> proficiency_of("Very good knowledge of French")
    'professional'
    """
    cefr = _CEFR.search(clause)
    if cefr:
        return cefr.group(1)
    for level, pattern in _PROFICIENCY:
        if pattern.search(clause):
            return level
    return None


def extract_languages(texts: list[tuple[str, str]], in_language_section: set[int] = frozenset(),
                      mentions_in: Callable[[str], tuple[_Mention, ...]] = find_mentions,
                      listed_as: dict[int, str] | None = None) -> list[LanguageRequirement]:
    """Language requirements from (text, default requirement) pairs, in order of first mention.
    Texts whose index is in `in_language_section` need no cue word ("Languages: English, French").
    `mentions_in` is find_mentions, or the parse's memo of it (item texts are read twice). `listed_as`: what
    each item's heading made it, for a clause of an item with several that says nothing of its own ("English
    fluent" in "English fluent, Arabic an asset", whose "asset" made the whole item preferred)."""
    found: dict[str, _Found] = {}
    for index, (text, item_default) in enumerate(texts):
        text_has_cue = None
        clauses = _clauses(text, mentions_in)
        paired = listed_as is not None and index in listed_as and len(clauses) > 1 and language_pairs(text, mentions_in)
        for clause in clauses:
            default = item_default
            if paired and stated_requirement(clause) is None:
                default = listed_as[index]  # "English fluent" beside "Arabic an asset": what its heading made it
            mentions = mentions_in(clause)
            if not mentions or _DESCRIBES_LANGUAGES.search(clause):
                continue  # "English and French are the working languages of the Secretariat" asks nothing
            if index not in in_language_section and not _CUE.search(clause) and not _only_languages(clause, mentions):
                # "Native speaker of Ukrainian; good English": a short clause shares its item's cue
                text_has_cue = bool(_CUE.search(text)) if text_has_cue is None else text_has_cue
                if not (text_has_cue and len(clause.split()) <= 5):
                    continue
            proficiency = proficiency_of(clause)
            chains = _chains(clause, mentions)
            for n, (chain, requirement) in enumerate(zip(chains, _requirements(clause, chains, default))):
                if _names_a_people(clause, _end_of_the_list(clause, chains, n)):
                    continue  # "French and German clients": a people's adjective, no language asked
                own = _own_proficiency(clause, chains, n) if len(chains) > 1 else None
                _record(found, (chain.languages, chain.alternative), requirement, own or proficiency, text)
    return [f.entry.model_copy(update={"alternatives": f.alternatives}) for f in found.values()]


_NEXT_WORD = rx.compile(r"[\s-]*([^\W\d_]+)")


def _end_of_the_list(clause: str, chains: list[_Chain], n: int) -> int:
    """Where the list of languages that chain n starts ends: "French and German" in "French and German clients"."""
    while n + 1 < len(chains) and _PURE_SEPARATOR.match(clause[chains[n].end:chains[n + 1].start]):
        n += 1
    return chains[n].end


def _names_a_people(clause: str, end: int) -> bool:
    """A language's name (or a list of them) right before a noun that makes it a nationality's adjective.

    >>> _names_a_people("Experience working with French and German clients", 41)
    True
    >>> _names_a_people("Fluent English skills", 14)
    False
    """
    m = _NEXT_WORD.match(clause, end)
    return m is not None and m.group(1).lower() in NATIONALITY_NOUNS


def _only_languages(clause: str, mentions: tuple[_Mention, ...]) -> bool:
    """An item that is only languages ("Urdu and Pashto") asks for them, cue or none.

    >>> _only_languages("Urdu and Pashto", find_mentions("Urdu and Pashto"))
    True
    >>> _only_languages("Work with Urdu communities", find_mentions("Work with Urdu communities"))
    False
    """
    rest = clause
    for m in reversed(mentions):
        rest = rest[:m.start] + " " + rest[m.end:]
    return bool(mentions) and all(w in LANGUAGE_LIST_JOINTS for w in re.findall(r"[^\W\d_]+", rest.lower()))


def _clauses(text: str, mentions_in: Callable[[str], tuple[_Mention, ...]]) -> list[str]:
    """The text's clauses; a list of short skills one of which is a language ("SQL, Power BI, Power Platform -
    básico (deseable), Inglés - básico") gives each skill as a clause, so the language is not read with its
    neighbours' words (another skill's "desirable", its level)."""
    clauses = []
    for clause in _CLAUSE_BREAK.split(text):
        parts = clause.split(",")
        if is_skill_list(clause) and sum(1 for p in parts if not mentions_in(p)) >= len(parts) - 1:
            clauses += parts  # a list of skills, one of them a language: not "English, French, Arabic"
        elif len(parts) > 1 and _languages_each_with_its_words(_OUTSIDE_BRACKETS.split(clause), mentions_in):
            # "English fluent, Arabic an asset", "Deutsch fließend, Englisch gut": each its own
            clauses += _OUTSIDE_BRACKETS.split(clause)
        else:
            clauses.append(clause)
    return clauses


def _languages_each_with_its_words(parts: list[str], mentions_in: Callable[[str], tuple[_Mention, ...]]) -> bool:
    """Comma-separated parts each naming its own languages, with words of its own beside them ("English fluent",
    "Arabic an asset", "Sehr gute Deutsch- und Englischkenntnisse", "Französischkenntnisse wünschenswert"; not
    "French" alone, which shares what the rest of the clause says of it, nor "... English ..., to the level of
    editing English documents", nor "..., hrvatski or srpski language", a list going on)."""
    languages: set[str] = set()
    for part in parts:
        mentions = mentions_in(part)
        if not mentions or (len(mentions) > 1 and not part[:mentions[0].start].strip()):
            return False  # "..., hrvatski or srpski language": a list going on after its comma, not a part
        rest = part
        for m in reversed(mentions):
            rest = rest[:m.start] + " " + rest[m.end:]
        # its own words: not only the joints of a list ("German and English" is one list, not two parts)
        if not any(len(w) >= 2 and w not in LANGUAGE_LIST_JOINTS for w in re.findall(r"[^\W\d_]+", rest.lower())):
            return False
        named = {part[m.start:m.end].lower() for m in mentions}
        if named & languages:
            return False  # the same language again: one statement going on, not another language's part
        languages |= named
    return len(parts) > 1


def language_pairs(text: str, mentions_in: Callable[[str], tuple[_Mention, ...]] = find_mentions) -> bool:
    """Whether the text lists languages each with its own words ("English fluent, Arabic an asset")."""
    return any(_languages_each_with_its_words(_OUTSIDE_BRACKETS.split(clause), mentions_in)
               for clause in _CLAUSE_BREAK.split(text) if "," in clause)


# a comma that is not inside brackets: "local languages (Hausa, Kanuri)" lists them, it does not part them
_OUTSIDE_BRACKETS = rx.compile(r",(?![^()]*\))")


def _own_proficiency(clause: str, chains: list[_Chain], n: int) -> str | None:
    """The level written next to one of several languages: "Fluent English, basic French",
    "English (C1), Albanian (native)"; None when only the clause as a whole states one."""
    after = re.match(r"\s*\(([^()]{1,40})\)", clause[chains[n].end:])
    if after and proficiency_of(after.group(1)):
        return proficiency_of(after.group(1))
    if _CEFR.search(clause):  # "German and English (at least C1)": the level is the clause's
        return None
    return proficiency_of(clause[chains[n - 1].end if n else 0:chains[n].start])


@dataclass
class _Chain:
    languages: list[tuple[str | None, str]]
    alternative: bool
    start: int
    end: int


def _requirements(clause: str, chains: list[_Chain], default: str) -> list[str]:
    """Each chain's requirement. Where chains carry their own words ("English (fluent), Arabic
    (desirable)"), each gets its own, chains joined by "and" sharing one; otherwise the clause's
    words count for all ("Strong skills are essential, along with fluency in English")."""
    groups: list[list[int]] = [[0]]
    for i in range(1, len(chains)):
        gap = clause[chains[i - 1].end:chains[i].start]
        if _CONJUNCTION.fullmatch(gap):
            groups[-1].append(i)
        else:
            groups.append([i])
    local = []
    for g, members in enumerate(groups):
        stop = chains[groups[g + 1][0]].start if g + 1 < len(groups) else len(clause)
        local.append(stated_requirement(clause[chains[members[0]].start:stop]))
    if all(requirement is None for requirement in local):
        return [item_requirement(clause, default)] * len(chains)
    by_chain = []
    for members, requirement in zip(groups, local):
        by_chain += [requirement or default] * len(members)
    return by_chain


def _chains(clause: str, mentions: tuple[_Mention, ...]) -> list[_Chain]:
    """Split the mentions into runs joined by separators; a run joined by "or" or "/" (or in a clause
    saying "one of") is a set of alternatives; "A and B" are each required on their own."""
    runs: list[list[_Mention]] = [[mentions[0]]]
    separators: list[list[str]] = [[]]
    for before, after in zip(mentions, mentions[1:]):
        gap = clause[before.end:after.start]
        if _PURE_SEPARATOR.match(gap) and not re.fullmatch(r"\s*and\s*", gap, re.I):
            runs[-1].append(after)
            separators[-1].append(gap)
        else:
            runs.append([after])
            separators.append([])
    chains = []
    for run, gaps in zip(runs, separators):
        languages: list[tuple[str | None, str]] = []
        for mention in run:
            for code, name in zip(mention.codes, mention.names):
                if (code, name) not in languages:
                    languages.append((code, name))
        alternative = len(languages) > 1 and not _BILINGUAL.search(clause) and (
            len(run) == 1  # a group word such as BCMS is itself a set of alternatives
            or any(re.search(r"\b(?:or|oder|ou|o|u)\b|/", g, re.I) for g in gaps)
            or bool(_ALTERNATIVE_CLAUSE.search(clause)))
        chains.append(_Chain(languages, alternative, run[0].start, run[-1].end))
    return chains


def _record(found: dict[str, _Found], chain: tuple[list[tuple[str | None, str]], bool], requirement: str,
            proficiency: str | None, text: str) -> None:
    languages, alternative = chain
    for code, name in languages:
        key = code or name.lower()
        others = [c or n.lower() for c, n in languages if (c or n.lower()) != key] if alternative else []
        if key not in found:
            found[key] = _Found(LanguageRequirement(code=code, name=name, requirement=requirement,
                                                    proficiency=proficiency, text=text))
        current = found[key]
        if requirement == "required" and current.entry.requirement != "required":
            current.entry = current.entry.model_copy(update={"requirement": "required"})
            current.alternatives = []
        if current.entry.requirement == "required" and requirement == "required":
            current.alternatives += [o for o in others if o not in current.alternatives]
        if current.entry.proficiency is None and proficiency is not None:
            # "English and Arabic essential" then "Excellent written and spoken English": the level said later
            current.entry = current.entry.model_copy(update={"proficiency": proficiency})
