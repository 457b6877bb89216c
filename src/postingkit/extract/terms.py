"""Terms of the job: employment type, contract duration, minimum education level."""
from __future__ import annotations

import re

from .. import patterns as rx  # re.compile, from a per-machine cache of compiled patterns
from ..model import ContractDuration
from .asides import without_asides
from .numbers import WORD_NUMBER, number_value

_EMPLOYMENT_TYPES = [  # most specific first; French and German job boards' words too ("CDD", "Teilzeit")
    ("internship", rx.compile(r"\b(intern(ship)?|traineeship|trainee|stagiaire|stage\s+(de|d'|en)|alternance|"
                              r"praktikum|praktikant(in)?|practicante|pr[áa]cticas\s+(pre)?profesionales|"
                              r"pasant[íi]a|becari[oa])\b", re.I)),
    ("volunteer", rx.compile(r"\b(volunteer(ing)?|unpaid|bénévol(e|at))\b", re.I)),
    # not a hospital consultant, a senior doctor: "Consultant Psychiatrist", "Locum Consultant in Geriatric Medicine"
    ("consultancy", rx.compile(r"\b(consultancy|(?<!locum )(?<!medical )consultant\b(?!\s+(?:in\s+)?(?:[\w-]+\s+){0,2}?"
                               r"(?:medicine|psychiatr|physician|surgeon|an(?:a)?esthe|radiolog|p(?:a)?ediatric|cardiolog|"
                               r"oncolog|nurse|midwi|obstetric|gyn|dermatolog|neurolog|patholog|ha?ematolog|urolog|"
                               r"orthop|geriatric|microbiolog|psycholog|orthodont|dental|ophthalmolog|gastroenterolog|"
                               r"rheumatolog|endocrinolog|nephrolog|respiratory|emergency))|individual contractor|"
                               r"freelance|ssa|service contract)\b", re.I)),
    ("part_time", rx.compile(r"\b(part[- ]time|temps partiel|mi-temps|teilzeit|medio tiempo|tiempo parcial|"
                             r"media jornada|jornada parcial)\b", re.I)),
    ("temporary", rx.compile(r"\b(temporary|fixed[- ]term|short[- ]term|maternity cover|interim|intérim|cdd|"
                             r"durée déterminée|befristet|plazo fijo|"
                             r"obra y servicio|contrato temporal|duración determinada)\b", re.I)),  # Spain's
    ("full_time", rx.compile(r"\b(full[- ]time|temps plein|plein temps|vollzeit|tiempo completo|jornada completa)\b",
                             re.I)),
    # not the word as a field of work: "Contract Lifecycle Management (CLM) platform", "contract negotiation"
    ("contract", rx.compile(r"\bcontract(ed|ual)?\b(?!\s+(?:life\s?cy|management|manager|negotiat|review|law|"
                            r"drafting|administrat|analys|compliance|templates?\b|data\b|intelligence))", re.I)),
]
_PERMANENT = rx.compile(r"\b(permanent|open[- ]ended|indefinite|indeterminate|unlimited|cdi|durée indéterminée|"
                        r"unbefristet|indefinido|festanstellung)\b", re.I)
_NOT_PERMANENT = rx.compile(r"\b(?:not\s+(?:a\s+)?permanent|non[- ]permanent)", re.I)
_NUM = r"\d{1,3}(?:\.\d)?|" + WORD_NUMBER
_DURATION = rx.compile(
    rf"""(?P<low>{_NUM})(?:\s*\(\d{{1,3}}\))?(?:\s*(?:-|–|to|or)\s*(?P<high>{_NUM})(?:\s*\(\d{{1,3}}\))?)?[\s-]*
        (?P<unit>months?|years?|weeks?|mois|ans|années?|semaines?|monate?n?|jahre?n?|wochen?|meses|mes|años?|
                 semanas?)\b""",
    re.VERBOSE | re.IGNORECASE)
_DURATION_CONTEXT = rx.compile(r"contract|duration|assignment|fixed[- ]term|period|appointment|consultancy|"
                               r"engagement|position|job type|internship|traineeship|employment|"
                               r"\bcdd\b|contrat|durée|\bstage\b|mission|befristet|vertrag|praktikum|"
                               r"duraci[óo]n|contrato|consultor[íi]a", re.IGNORECASE)
# by the unit's first letter: months / mois / Monate, years / ans / années / Jahre, weeks / semaines / Wochen
_MONTHS_PER_UNIT = {"m": 1, "y": 12, "a": 12, "j": 12, "w": 12 / 52, "s": 12 / 52}  # and meses / años / semanas
_NOT_DURATION = rx.compile(r"experience|exp[ée]rience|erfahrung|\bage\b|retire|\bold\b|\bago\b", re.IGNORECASE)
# "6 months probation", "a probationary period of 3 months", "one month's notice": not the contract's length
_PROBATION_AFTER = rx.compile(r"^['’]?s?\s*(?:of\s+)?(?:probation|trial|notice)", re.IGNORECASE)
_PROBATION_BEFORE = rx.compile(r"(?:probation(?:ary)?|trial|notice)(?:\s+period)?(?:\s+of)?\s*$", re.IGNORECASE)
_MAX_CONTRACT_MONTHS = 120
# the degree (master, master's, masters), not "mastery" of a tool nor a scrum master, nor the verb ("learn
# rapidly and master diverse web technologies", "master the tools")
MASTERS_DEGREE = (r"(?<!scrum )master(?:['’]?s)?\b(?!\s+(?:the|a|an|new|diverse|all|any|our|your|their|its|these|"
                  r"this|multiple|various|different|complex|them|it)\b)")
_EDUCATION = [
    # (not "post-secondary", a college's or a university's: "a degree from a recognized post-secondary institution")
    # (and Québec's "Diplôme d'études secondaires (DES)", Spain's "Educación secundaria", "Bachillerato")
    # (and India's school years: "12th pass", "10th/12th")
    ("secondary", rx.compile(r"\b((?<!post-)(?<!post )(?<!post)secondary|high[- ]school|baccalaur|"
                             r"[ée]tudes secondaires|secundaria|bachillerato|abitur\b|1[02]th\s+pass\b)", re.I)),
    # a US college's two-year degree: "Associate's degree", "Associates degree", "A.A.S. in nursing"
    # (and France's two years after the baccalauréat, "Bac+2")
    # (and Québec's college diploma after secondary school, "Diplôme d'études collégiales (DEC)")
    ("associate", rx.compile(r"\b(associate['’]?s?\s+(?:degree|of\s+(?:arts|science|applied))|bac\s*\+\s*2\b|"
                             r"[ée]tudes coll[ée]giales|(?-i:DEC)\b|"
                             r"(?-i:A\.A\.S?\.|A\.S\.)(?=\s+(?:in|degree)\b))", re.I)),
    # (India's "Graduate in any discipline": a bachelor's; not a post-graduate)
    ("bachelor", rx.compile(r"\b(bachelor|first[- ]level (university )?degree|undergraduate|"
                            r"(?<!post )(?<!post-)graduate\s+(?:or|in|from)\b|"
                            # Naukri's "UG: Any Graduate", "12th pass or graduate"
                            r"\bany\s+graduate\b|\bor\s+graduate\s*\.?$|"
                            r"(?<!advanced )university degree|"
                            r"b\.?a\.?\b|b\.?sc|(?-i:BS\b|B\.S\.)|college degree|university (studies|education)|"
                            r"higher education|"
                            # the French, Spanish and German names: "Bac+3", "licenciatura", "Hochschulabschluss"
                            r"bac\s*\+\s*[34]\b|dipl[ôo]me universitaire|licenciatura|licenciad[oa]|"
                            r"t[íi]tulo universitario|grado universitario|grado en|hochschulabschluss|"
                            r"abgeschlossene[ms]? (?:\w+ )?studium|"
                            # India's engineering degrees, also run together ("B.E./B.Tech or MCA")
                            r"(?-i:B\.\s?Tech|BTech|B\.E\.|B\.Com|BCA)(?!\w))", re.I)),
    ("master", rx.compile(rf"\b({MASTERS_DEGREE}|advanced (university )?degree|graduate degree|"
                          r"post[- ]?graduate|m\.?sc|mba|"
                          r"second[- ]level|m\.?a\.?\s+(in|degree)\b|"
                          r"bac\s*\+\s*5\b|dipl[ôo]me d['’]ing[ée]nieur|ma[eé]str[íi]a|máster\b|"
                          r"(?-i:M\.\s?Tech|MTech|M\.E\.|MCA|M\.Com)\b)", re.I)),
    ("doctorate", rx.compile(r"\b(ph\.?d|doctora)", re.I)),
]


_GRADE_VALUE = rx.compile(r"^(?:[A-Z]{1,3}\s?-?\s?\d{1,2}|NO[A-D]|[A-Z]{1,3}|\d{1,2}[A-Z]?)$")
# a UN/NGO grade after a title: "Human Rights Officer, P3", "Field Assistant (G-5)", "Officer – NOB"
# and any grade the title names as one: "Project Officer (Grade B3)"
TRAILING_GRADE = rx.compile(r"\s*(?:,|[-–—]|\()\s*(?:(?i:grade)\s+)?([PD]-?[1-7]|NO-?[A-D]|GS?-?[1-7]|SB-?[1-5]|"
                            r"SC-?[1-9]|"
                            r"FS-?[1-7]|(?<=[Gg]rade )[A-Z]{1,3}-?\d{1,2}|(?<=[Gg]rade )\d{1,2})\)?\s*$|"
                            # a national officer's grade after a space: "Programme Policy Officer (CBT) NOC" (WFP)
                            r"\s+(NO-?[A-D])\s*$")
# "Grade B3" may leave the hyphen out; "level B2" is how good an English is, not a grade
# not a level that a sentence then explains: "Level 3: the role holder will have contact with children" (Save the
# Children's child-safeguarding levels)
_GRADE_IN_TEXT = rx.compile(r"\b(?i:grade|post\s+level|level|band)\s*:?\s*((?:[A-Z]{1,3}\s?-\s?)?\d{1,2}|NO[A-D])\b"
                            r"(?!\s*[:–-]\s*[a-z])"
                            r"|\b(?i:grade)\s*:?\s*([A-Z]{1,3}\d{1,2})\b")


def only_a_grade(line: str) -> bool:
    """A line that states the post's grade and nothing else ("Band 5", "Grade 7"), not a name.

    >>> only_a_grade("Band 5"), only_a_grade("Grade: P-3"), only_a_grade("Band of Brothers Ltd")
    (True, True, False)
    """
    return _GRADE_IN_TEXT.fullmatch(line.strip()) is not None


_NOT_YET_DECIDED = frozenset({"TBC", "TBD", "TBA", "NA", "N/A", "NONE"})  # "GRADE: TBC": no grade yet


def grade(labelled_values: list[str], texts: list[str]) -> str | None:
    """The post's grade: from a "Grade:" / "Level:" field, else "at the P-3 level" style phrases.

    >>> grade(["SB-4"], []), grade(["5"], []), grade([], ["This is a Grade 9 post."]), grade(["Senior"], [])
    ('SB-4', '5', '9', None)
    >>> grade([], ["Human Rights Officer, P3"]), grade([], ["Field Assistant (G-5)"]), grade([], ["Officer, 2024"])
    ('P3', 'G-5', None)
    >>> grade([], ["Project Officer (Grade B3)"]), grade([], ["English at level B2"])
    ('B3', None)
    >>> grade([], ["Programme Policy Officer (Cash-Based Transfers) NOC"]), grade([], ["Nurse, NOCTURNAL shifts"])
    ('NOC', None)
    >>> grade(["GS 12"], []), grade(["GS-12"], [])  # USAJOBS' "Pay scale & grade"
    ('GS 12', 'GS-12')
    >>> grade(["General Service, Grade G6"], [])
    'G6'
    >>> grade(["TBC"], ["Level 3: the role holder will have contact with children"])
    """
    for value in labelled_values:
        value = value.strip(" .")
        if _GRADE_VALUE.match(value) and value.upper() not in _NOT_YET_DECIDED:
            return value
    for text in [*labelled_values, *texts]:  # "Classification: General Service, Grade G6"
        m = _GRADE_IN_TEXT.search(text) or TRAILING_GRADE.search(text)
        if m:
            return (m.group(1) or m.group(2)).replace(" ", "")
    return None


def states_terms(text: str) -> bool:
    """Whether the text names the post's terms in any language: a type of employment, or an open-ended post.

    >>> states_terms("CDI"), states_terms("Vollzeit, unbefristet"), states_terms("Lyon (69)")
    (True, True, False)
    """
    return employment_type([text]) is not None or _PERMANENT.search(text) is not None


def employment_type(texts: list[str]) -> str | None:
    """The first type any of the texts (labelled fields first) states.

    >>> employment_type(["Job type:Contract, 4 to 12 months"]), employment_type(["a full-time contracted role"])
    ('contract', 'full_time')
    >>> employment_type(["Local consultant to support NAMA"])
    'consultancy'
    >>> employment_type(["Locum Consultant in Geriatric Medicine"]), employment_type(["Consultant Psychiatrist"])
    (None, None)
    >>> employment_type(["Contract: Permanent"]), employment_type(["Permanent, full-time contract"])
    (None, 'full_time')
    >>> employment_type(["Acme leads in Contract Lifecycle Management"]), employment_type(["A contract role"])
    (None, 'contract')
    >>> employment_type(["Sr. Technology Consultant", "Permanent Full-time"])
    'full_time'
    >>> employment_type(["Consultant", "This is a non-permanent position"])
    'consultancy'
    >>> employment_type(["Full time, 35 hours per week (part time considered, minimum 28 hours)"])
    'full_time'
    """
    # "Sr. Technology Consultant" over "Permanent Full-time": a consulting firm's employee, not a consultancy
    permanent_texts = [_PERMANENT.search(t) is not None for t in texts]
    permanent_post = any(p and not _NOT_PERMANENT.search(t) for p, t in zip(permanent_texts, texts))
    for text, permanent in zip(texts, permanent_texts):
        # what the text says outside its asides first: "Full time (part time considered)" is a full-time post
        for said in dict.fromkeys((without_asides(text), text)):
            for kind, pattern in _EMPLOYMENT_TYPES:
                if permanent and kind in ("contract", "temporary"):
                    continue  # "Contract: Permanent" is an open-ended post, not contract work
                if permanent_post and kind == "consultancy":
                    continue
                if pattern.search(said):
                    return kind
    return None


def contract_duration(texts: list[str]) -> ContractDuration | None:
    """
    >>> contract_duration(["Job type: Contract, 4 to 12 months"]).model_dump()
    {'text': '4 to 12 months', 'months_min': 4.0, 'months_max': 12.0}
    >>> contract_duration(["1-year fixed-term contract, with a possibility for an extension"]).months_max
    12.0
    >>> contract_duration(["At least 3 years of experience"]) is None
    True
    >>> contract_duration(["the mandatory retirement age is 65 years for contracted positions"]) is None
    True
    >>> contract_duration(["Employment: indefinite period with 6 months probation"]) is None
    True
    >>> contract_duration(["12-month contract with a probation period of 3 months"]).months_max
    12.0
    >>> contract_duration(["The assignment is undertaken over a period of six (6) months"]).months_max
    6.0
    >>> contract_duration(["Duración: 5 meses (del 1 abril al 31 agosto 2019)"]).months_max
    5.0
    """
    for text in texts:
        for m in _DURATION.finditer(text):
            context = text[max(0, m.start() - 60):m.end() + 40]
            if not _DURATION_CONTEXT.search(context) or _NOT_DURATION.search(context) or \
                    _PROBATION_AFTER.match(text[m.end():]) or _PROBATION_BEFORE.search(text[:m.start()]):
                continue
            factor = _MONTHS_PER_UNIT[m.group("unit")[0].lower()]
            low = _number(m.group("low")) * factor
            high = _number(m.group("high")) * factor if m.group("high") else low
            if high > _MAX_CONTRACT_MONTHS:
                continue
            return ContractDuration(text=m.group(0), months_min=round(low, 1), months_max=round(high, 1))
    return None


def _number(word: str) -> float:
    return float(number_value(word))


_ANY_DEGREE = rx.compile(r"\bdegree\b", re.I)
_NO_DEGREE = rx.compile(r"^\W*no\s+(?:degree|formal\s+(?:education|qualifications?)|diploma|certificate)\b|"
                        r"\bno\s+degree\s+(?:is\s+)?(?:required|needed|necessary)\b", re.I)
_DEGREE_IN_PARENTHESES = rx.compile(
    r"\b(?:university|academic|higher\s+education)\s+degree\s*\((?P<level>[^()]{2,40})\)", re.I)


def education_level(required_texts: list[str]) -> str | None:
    """The lowest degree that the required education items ask for; a bare "degree" is a bachelor's.

    >>> education_level(["Completed university degree in social science"]), education_level(["PhD in economics"])
    ('bachelor', 'doctorate')
    >>> education_level(["Master's degree, or Bachelor's degree with 2 more years"])
    'bachelor'
    >>> education_level(["Master's degree in law"])
    'master'
    >>> education_level(["University degree (Master) in political science"]), education_level(["MA in history"])
    ('master', 'master')
    >>> education_level(["Ability to learn rapidly and master diverse web technologies"])
    >>> education_level(["BS in computer science or a related field"]), education_level(["B.S. in Biology"])
    ('bachelor', 'bachelor')
    >>> education_level(["Diplôme de niveau Bac+5 en logistique"]), education_level(["Licenciatura en Economía"])
    ('master', 'bachelor')
    >>> education_level(["Máster en Cooperación Internacional"]), education_level(["Abgeschlossenes Studium der BWL"])
    ('master', 'bachelor')
    >>> education_level(["UG: B.Tech/B.E. in Any Specialization", "PG: Any Postgraduate"])
    'bachelor'
    >>> education_level(["MCA or M.Tech in Computer Science"]), education_level(["Be able to travel"])
    ('master', None)
    >>> education_level(["Associates degree or at least one year of experience"]), education_level(["A.S. in Nursing"])
    ('associate', 'associate')
    >>> education_level(["Associate's degree required; Bachelor's preferred"])
    'associate'
    >>> education_level(["Graduation with a degree from a recognized post-secondary institution"])
    'bachelor'
    >>> education_level(["Bac+2 ou équivalents Comptabilité - Exigé"])
    'associate'
    >>> education_level(["Graduate or post graduate in any discipline; MBA preferred."])
    'bachelor'
    >>> education_level(["Post graduate in economics"]), education_level(["Recent graduate from a top school"])
    ('master', 'bachelor')
    >>> education_level(["Education: B.E./B.Tech or MCA"]), education_level(["Diplôme d'études secondaires (DES)"])
    ('bachelor', 'secondary')
    >>> education_level(["DEC en techniques de comptabilité"]), education_level(["Data Encryption (DES, AES)"])
    ('associate', None)
    >>> education_level(["UG: Any Graduate", "PG: Any Postgraduate"]), education_level(["12th pass or graduate"])
    ('bachelor', 'secondary')
    >>> education_level(["No degree, certificate or diploma"]) is None
    True
    """
    levels = [name for name, _ in _EDUCATION]
    found = []
    for text in required_texts:
        if _NO_DEGREE.search(text):
            continue  # "No degree, certificate or diploma" (Canada's Job Bank): none asked

        qualified = _DEGREE_IN_PARENTHESES.search(text)
        if qualified:  # "University degree (Master)": the parentheses say which degree
            text = text[:qualified.start()] + qualified.group("level") + text[qualified.end():]
        named = [levels.index(name) for name, pattern in _EDUCATION if pattern.search(text)]
        if not named and _ANY_DEGREE.search(text):
            named = [levels.index("bachelor")]
        found.extend(named)
    return levels[min(found)] if found else None
