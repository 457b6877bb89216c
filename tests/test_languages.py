"""Language requirements as notices state them: (sentence, [(code or name, requirement, alternatives)])."""
from __future__ import annotations

import pytest

from postingkit import parse_text
from postingkit.extract.languages import extract_languages


def languages(text: str, default: str = "required", labelled: bool = False):
    found = extract_languages([(text, default)], {0} if labelled else set())
    return [(l.code or l.name, l.requirement, sorted(l.alternatives)) for l in found]


CASES = [
    # job-board postings (shared jobboard corpus): communication as the cue, either-or, an aside with its own
    # requirement
    ("Good communication skills in English.", [("en", "required", [])]),
    ("Effective communicator in English and/or French", [("en", "required", ["fr"]), ("fr", "required", ["en"])]),
    ("Proficient in spoken and written English (French is a plus but not mandatory)",
     [("en", "required", []), ("fr", "preferred", [])]),
    ("Speaks fluent English (Arabic, Turkish and Kurdish would be an asset)",
     [("en", "required", []), ("ar", "preferred", []), ("tr", "preferred", []), ("ku", "preferred", [])]),
    ("Bilingual in Spanish", [("es", "required", [])]),
    # dev notices
    ("Fluency in Serbian and English is required", [("sr", "required", []), ("en", "required", [])]),
    ("Proficiency in Albanian or Serbian is mandatory, while knowledge of additional local languages such as "
     "Turkish, Gorani, or Roma is considered an asset.",
     [("sq", "required", ["sr"]), ("sr", "required", ["sq"]), ("tr", "preferred", []), ("Gorani", "preferred", []),
      ("rom", "preferred", [])]),
    ("Native or working proficiency in at least one of the main Western Balkan languages – Albanian, "
     "Bosnian/Croatian Montenegrin/Serbian (BCMS), and/or Macedonian.",
     [("sq", "required", ["bs", "cnr", "hr", "mk", "sr"]), ("bs", "required", ["cnr", "hr", "mk", "sq", "sr"]),
      ("hr", "required", ["bs", "cnr", "mk", "sq", "sr"]), ("cnr", "required", ["bs", "hr", "mk", "sq", "sr"]),
      ("sr", "required", ["bs", "cnr", "hr", "mk", "sq"]), ("mk", "required", ["bs", "cnr", "hr", "sq", "sr"])]),
    ("The specific language requirement will vary, which could be Bosnian/Serbian/Croatian, Albanian, or Ukrainian.",
     [("bs", "required", ["hr", "sq", "sr", "uk"]), ("sr", "required", ["bs", "hr", "sq", "uk"]),
      ("hr", "required", ["bs", "sq", "sr", "uk"]), ("sq", "required", ["bs", "hr", "sr", "uk"]),
      ("uk", "required", ["bs", "hr", "sq", "sr"])]),
    ("You should be proficient in both English and the relevant local language.", [("en", "required", [])]),
    # requirement words
    ("Fluency in English is required.", [("en", "required", [])]),
    ("Excellent command of English is essential.", [("en", "required", [])]),
    ("English: must be fluent.", [("en", "required", [])]),
    ("Knowledge of French would be an asset.", [("fr", "preferred", [])]),
    ("Working knowledge of Spanish is an advantage.", [("es", "preferred", [])]),
    ("Knowledge of German is desirable.", [("de", "preferred", [])]),
    ("Arabic language skills are a plus.", [("ar", "preferred", [])]),
    ("Russian is preferred.", [("ru", "preferred", [])]),
    ("Fluent English required; knowledge of French an asset.", [("en", "required", []), ("fr", "preferred", [])]),
    ("Fluency in English is required; Italian would be beneficial.", [("en", "required", []), ("it", "preferred", [])]),
    ("Knowledge of Portuguese", [("pt", "preferred", [])], "preferred"),
    # either-or and at-least-one-of
    ("Fluency in English or French is required.", [("en", "required", ["fr"]), ("fr", "required", ["en"])]),
    ("Fluency in English and/or French.", [("en", "required", ["fr"]), ("fr", "required", ["en"])]),
    ("Proficiency in at least one of: Spanish, Portuguese.", [("es", "required", ["pt"]), ("pt", "required", ["es"])]),
    ("Either Dari or Pashto is required.", [("prs", "required", ["ps"]), ("ps", "required", ["prs"])]),
    ("Fluency in Dari/Farsi", [("prs", "required", ["fa"]), ("fa", "required", ["prs"])]),
    ("English and Kiswahili fluency required", [("en", "required", []), ("sw", "required", [])]),
    # names in the language itself, groupings
    ("Fluent shqip and srpski", [("sq", "required", []), ("sr", "required", [])]),
    ("Knowledge of bosanski, hrvatski or srpski language",
     [("bs", "required", ["hr", "sr"]), ("hr", "required", ["bs", "sr"]), ("sr", "required", ["bs", "hr"])]),
    ("Fluency in македонски jazik", [("mk", "required", [])]),
    ("Fluent українська language", [("uk", "required", [])]),
    ("Fluency in "
     "BCS", [("bs", "required", ["hr", "sr"]), ("hr", "required", ["bs", "sr"]), ("sr", "required", ["bs", "hr"])]),
    ("Proficiency in Montenegrin", [("cnr", "required", [])]),
    ("Fluent in Bosnian/Serbian/Croatian",
     [("bs", "required", ["hr", "sr"]), ("sr", "required", ["bs", "hr"]), ("hr", "required", ["bs", "sr"])]),
    ("Knowledge of Romani is an asset", [("rom", "preferred", [])]),
    ("Knowledge of Gorani is an asset", [("Gorani", "preferred", [])]),
    # languages section lines need no cue word
    ("English, French", [("en", "required", []), ("fr", "required", [])], "required", True),
    ("English (fluent), Arabic (desirable)", [("en", "required", []), ("ar", "preferred", [])], "required", True),
    # not language requirements
    ("Experience with programming languages such as Python and Java.", []),
    ("Good language skills.", []),
    ("Knowledge of local languages is an asset.", []),
    ("Experience working with Arabic-speaking communities.", []),
    ("Support to Roma communities and Albanian municipalities.", []),
    ("Experience in Kosovo and Serbia.", []),
    ("Based in the English-speaking Caribbean.", []),
    ("Knowledge of the Albanian government structures.", []),
    # "bilingual" asks for both; a short clause shares its item's cue
    ("Bilingual English/Spanish required", [("en", "required", []), ("es", "required", [])]),
    ("English and French are the working languages of the United Nations Secretariat.", []),
    ("Native speaker of Ukrainian or Russian; good English.",
     [("uk", "required", ["ru"]), ("ru", "required", ["uk"]), ("en", "required", [])]),
    ("Native Macedonian speaker.", [("mk", "required", [])]),
    ("Experience of working with Macedonian speakers in rural areas.", []),
    ("Fluency in Albanian and English, knowledge of Serbian and/or German is an asset",
     [("sq", "required", []), ("en", "required", []), ("sr", "preferred", []), ("de", "preferred", [])]),
    ("Fluent in English. Any other UN language is an asset.", [("en", "required", [])]),
    # French and German job boards name the languages in their own words, French with its elisions
    ("La maîtrise de l'anglais est un plus", [("en", "preferred", [])]),
    ("Sehr gute Englisch- und Deutschkenntnisse erforderlich; Französisch von Vorteil",
     [("en", "required", []), ("de", "required", []), ("fr", "preferred", [])]),  # "Deutschkenntnisse": one word
    ("Basic knowledge of natural language processing (NLP) concepts", []),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0][:40] for c in CASES])
def test_languages(case) -> None:
    text, expected, *options = case
    default = options[0] if options else "required"
    labelled = options[1] if len(options) > 1 else False
    assert languages(text, default, labelled) == expected


PROFICIENCY = [
    ("Native or working proficiency in Albanian", "working"),
    ("Professional fluency in English is mandatory", "professional"),
    ("Fluency in English", "fluent"),
    ("English mother tongue", "native"),
    ("Basic knowledge of French", "basic"),
    ("English at C1 level", "C1"),
    ("French (B2)", "B2"),
    ("Knowledge of German", None),
    # the levels of Spanish, French and German notices (lexicon/*/language_levels.py)
    ("Inglés avanzado (imprescindible)", "professional"),
    ("Anglais courant exigé", "fluent"),
    ("Sehr gute Englischkenntnisse sind erforderlich", "professional"),
    ("Gute Englischkenntnisse", "working"),
]


@pytest.mark.parametrize("text, level", PROFICIENCY)
def test_proficiency(text: str, level: str | None) -> None:
    assert [l.proficiency for l in extract_languages([(text, "required")])] == [level]


def test_language_names_and_text_are_kept() -> None:
    found = extract_languages([("Knowledge of Roma is an asset", "required")])
    assert [(l.code, l.name, l.text) for l in found] == [("rom", "Romani", "Knowledge of Roma is an asset")]


@pytest.mark.parametrize("text, levels", [
    ("Languages: English (C1), Albanian (native)", ["C1", "native"]),
    ("Fluent English, basic French", ["fluent", "basic"]),
    ("Very good command of German and English (at least C1)", ["C1", "C1"]),
    ("Fluency in English and Serbian is required", ["fluent", "fluent"]),
])
def test_each_language_keeps_the_level_written_next_to_it(text: str, levels: list[str]) -> None:
    assert [l.proficiency for l in extract_languages([(text, "required")])] == levels


def test_a_language_in_a_list_of_skills_is_not_read_with_its_neighbours_words() -> None:
    """realdocs laborum (BCP, Lima): one line of skills; 'deseable' and 'Avanzado' are said of Power Platform
    and Excel, not of English, which is asked for at a basic level."""
    line = "SQL , Power BI , Excel Avanzado VBA, Power Platform - básico (deseable), Power BI, Inglés - intermedio"
    assert [(l.code, l.requirement, l.proficiency) for l in extract_languages([(line, "required")])] == [
        ("en", "required", "working")]
    spoken = "The ability to fluently read, write, understand, and communicate in English."
    assert [(l.code, l.proficiency) for l in extract_languages([(spoken, "required")])] == [("en", "fluent")]


@pytest.mark.parametrize(("item", "codes"), [
    # Canadian and French postings ask for a language by mastery or bilingualism, with no level word
    ("Bilingue (français et anglais)", ["fr", "en"]),
    ("Maîtrise du français et de l’anglais", ["fr", "en"]),
    ("Manejo de inglés intermedio", ["en"]),
])
def test_mastery_and_bilingualism_ask_for_a_language(item: str, codes: list[str]) -> None:
    from postingkit import parse_text
    assert [l.code for l in parse_text(f"Profil recherché\n- {item}\n").languages] == codes


@pytest.mark.parametrize("heading", ["Prerequisites", "Pre-requisites:", "Mandatory skills", "Skill set",
                                     "Licenses and Certifications", "What you will need"])
def test_more_qualification_headings(heading: str) -> None:
    # a Canadian bank's posting heads its requirements "Prerequisites"
    from postingkit import parse_text
    p = parse_text(f"Senior Data Analyst\n\n{heading}\n\n* Advanced SQL\n* 5 years of experience in data analysis\n")
    assert [q.text for q in p.qualifications] == ["Advanced SQL", "5 years of experience in data analysis"]


@pytest.mark.parametrize(("item", "found"), [
    ("Knowledge of local languages (Hausa, Kanuri) is an advantage", [("ha", "preferred"), ("kr", "preferred")]),
    ("Fluent in Dinka or Nuer", [("din", "required"), ("nus", "required")]),
    ("Bilingual Spanish speakers preferred", [("es", "preferred")]),  # speakers asked for
    ("Urdu and Pashto", [("ur", "required"), ("ps", "required")]),  # an item of languages only
    ("Experience communicating with Rohingya refugees", []),  # a people, not a language asked for
    ("Arabic speakers in the community", []),
])
def test_languages_of_humanitarian_settings(item: str, found: list[tuple[str, str]]) -> None:
    from postingkit import parse_text
    assert [(l.code, l.requirement) for l in parse_text(f"Requirements\n- {item}\n").languages] == found


@pytest.mark.parametrize(("item", "expected"), [
    # each language with its own words after a comma (self-written after NGO and French board items)
    ("English fluent, Arabic an asset", [("en", "required", "fluent"), ("ar", "preferred", None)]),
    ("Anglais courant, arabe un atout", [("en", "required", "fluent"), ("ar", "preferred", None)]),
    # pay/li-141969940: the level English is given is not Mandarin's
    ("English(proficiency), Mandarin is a plus", [("en", "required", "professional"), ("zh", "preferred", None)]),
    # one language twice is one clause ("... English ..., to the level of editing English documents")
    ("Fluency in English, to the level of editing English documents", [("en", "required", "fluent")]),
    # two languages in the first part, a third with its own word after the comma (self-written, German NGO)
    ("Sehr gute Deutsch- und Englischkenntnisse, Französischkenntnisse wünschenswert",
     [("de", "required", "professional"), ("en", "required", "professional"), ("fr", "preferred", None)]),
])
def test_languages_each_with_their_own_words_after_a_comma(item: str, expected: list) -> None:
    from postingkit import parse_text

    posting = parse_text(f"Officer\n\nRequirements\n\n- {item}\n")
    assert [(l.code, l.requirement, l.proficiency) for l in posting.languages] == expected


@pytest.mark.parametrize(("item", "codes"), [
    ("Bilingual English-French", ["en", "fr"]), ("Bilingue français-anglais", ["fr", "en"]),
    ("Work with French-speaking communities", []),
])
def test_two_languages_joined_by_a_hyphen(item: str, codes: list[str]) -> None:
    """Canadian and West African boards write the pair as one word (self-written items)."""
    from postingkit import parse_text

    assert [l.code for l in parse_text(f"Officer\n\nRequirements\n\n- {item}\n").languages] == codes


def test_a_language_asked_in_a_requirements_paragraph_the_items_leave_out() -> None:
    """ngo/4229060 with its bullets lost (a page copied from a browser): 'English and Filipino required.' is a
    paragraph of the requirements before a sub-list, which the items leave out; its languages are still asked."""
    from postingkit import parse_text

    posting = parse_text("Logistics Officer\n\n## Do you meet the profile required criteria?\n\nBachelor's degree in "
                         "Logistics\n\nEnglish and Filipino required. Knowledge of Bisaya is an advantage.\n\n"
                         "IT systems\n\n- MS Office very strong command.\n")
    assert [(l.code, l.requirement) for l in posting.languages] == [("en", "required"), ("fil", "required"),
                                                                    ("ceb", "preferred")]


@pytest.mark.parametrize(("item", "languages"), [
    # realdocs/ypsilon-job_beschreibung.pdf: "communicate in German and/or English", said in German
    ("Du kannst in Deutsch und/oder Englisch kommunizieren", [("de", "required", ["en"]), ("en", "required", ["de"])]),
    ("Du sprichst Deutsch", [("de", "required", [])]),
    ("Kommunikation in Deutsch oder Englisch", [("de", "required", ["en"]), ("en", "required", ["de"])]),
    ("Capacidad para comunicarse en inglés o francés", [("en", "required", ["fr"]), ("fr", "required", ["en"])])])
def test_languages_asked_in_german_and_spanish_words_for_speaking_and_or(item: str, languages: list) -> None:
    p = parse_text(f"Entwickler\nACME GmbH\n\nDein Profil\n\n- {item}\n")
    assert [(l.code, l.requirement, l.alternatives) for l in p.languages] == languages


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Bilingualism (English and French) is an asset.", [("en", "preferred"), ("fr", "preferred")]),
    ("Must be fluent in French; English is considered an asset.", [("fr", "required"), ("en", "preferred")]),
    ("This is a bilingual role (English/French) based in Ottawa.", [("en", "required"), ("fr", "required")]),
    # not a need for a language: the notice's own languages, the people served, the work, the application
    ("Our working languages are English and French.", []),
    ("The programme serves Spanish-speaking families across Texas.", []),
    ("Applications must be submitted in English.", []),
])
def test_a_language_need_stated_before_any_list(sentence: str, expected: list) -> None:
    from postingkit import parse_text

    p = parse_text(f"Customer Service Agent\nAcme Inc.\nOttawa, ON\n\n{sentence}\n\nResponsibilities\n- Answer calls\n")
    assert [(l.code, l.requirement) for l in p.languages] == expected


def test_a_language_need_before_any_list_is_a_qualification_too() -> None:
    from postingkit import parse_text

    p = parse_text("Customer Service Agent\nAcme Inc.\nOttawa, ON\n\nMust be fluent in French; English is considered "
                   "an asset. We answer calls all day.\n\nResponsibilities\n- Answer calls\n")
    assert [(q.text, q.requirement, q.category) for q in p.qualifications] == [
        ("Must be fluent in French; English is considered an asset.", "required", "language")]
    # another language that is "a plus" after a comma speaks of itself, not of the item
    p = parse_text("Agent\n\nRequirements\n- Fluent English, Mandarin is a plus\n- SQL, Python, Tableau is a plus\n")
    assert [(q.text, q.requirement) for q in p.qualifications] == [
        ("Fluent English, Mandarin is a plus", "required"), ("SQL, Python, Tableau is a plus", "preferred")]
    assert [(l.code, l.requirement) for l in p.languages] == [("en", "required"), ("zh", "preferred")]


@pytest.mark.parametrize(("title", "expected"), [
    ("Customer Success Manager (Spanish Speaking)", [("es", "required")]),
    ("Account Manager - German speaking", [("de", "required")]),
    ("Bilingual Recruiter (English/Spanish)", [("en", "required"), ("es", "required")]),
    ("Spanish Teacher", []),  # what is taught, not a language the post asks for
])
def test_a_language_the_title_says_its_holder_speaks(title: str, expected: list) -> None:
    from postingkit import parse_text

    p = parse_text(f"{title}\nAcme Corp\nAustin, TX\n\nAbout the job\nWe are hiring.\n\nResponsibilities\n- Sell\n")
    assert [(l.code, l.requirement) for l in p.languages] == expected


@pytest.mark.parametrize("item", ["Anglais technique", "Anglais opérationnel"])
def test_french_boards_working_english(item: str) -> None:
    from postingkit import parse_text

    p = parse_text(f"Développeur\n\nProfil recherché\n- {item}\n- Bac+5 en informatique\n")
    assert [(l.code, l.requirement, l.proficiency) for l in p.languages] == [("en", "required", "working")]


@pytest.mark.parametrize(("item", "codes"), [
    ("Experience working with French and German clients", []), ("Knowledge of the Spanish labour market", []),
    ("Knowledge of English law is an asset", []), ("Fluent English and French", ["en", "fr"]),
    ("Fluency in Arabic; experience with Arabic-speaking partners", ["ar"]),
    # speakers asked for: an Indian board's "X speaking candidates preferred"; "speaking communities" are not
    ("Hindi and Marathi speaking candidates preferred", ["hi", "mr"]),
    ("Experience with Marathi speaking communities", []),
])
def test_a_peoples_adjective_before_a_noun_is_no_language_asked(item: str, codes: list[str]) -> None:
    from postingkit import parse_text

    p = parse_text(f"Officer\n\nRequirements\n- {item}\n- Degree in economics\n")
    assert [l.code for l in p.languages] == codes


def test_a_forms_required_and_preferred_language_fields_with_a_plural_in_parentheses() -> None:
    """The World Bank's facts block (self-written after its careers site): "Language(s)"."""
    from postingkit import parse_text

    p = parse_text("Social Protection Specialist\nLocation: Addis Ababa, Ethiopia\nRequired Language(s): English\n"
                   "Preferred Language(s): Amharic\n\nDuties\n- Support the task team\n")
    assert [(x.code, x.requirement) for x in p.languages] == [("en", "required"), ("am", "preferred")]


def test_an_opening_that_asks_for_the_languages_the_list_asks_for_is_no_second_qualification() -> None:
    """Indeed Canada (self-written): the opening says "bilingual (English/French)", the list asks for both."""
    from postingkit import parse_text

    p = parse_text("Customer Service Representative\nMaple Leaf Insurance Group\nMississauga, ON\n\n"
                   "Full job description\nMaple Leaf Insurance Group is looking for a bilingual (English/French) "
                   "Customer Service Representative to join our contact centre.\n\nQualifications\n"
                   "- Bilingualism in English and French (spoken and written) is mandatory\n"
                   "- 2+ years of customer service experience\n")
    assert [q.text for q in p.qualifications] == [
        "Bilingualism in English and French (spoken and written) is mandatory",
        "2+ years of customer service experience"]
    assert [(x.code, x.requirement) for x in p.languages] == [("en", "required"), ("fr", "required")]


@pytest.mark.parametrize(("item", "codes"), [
    ("Знание английского языка", ["en"]),  # Russian: knowledge of the English language
    ("Свободное владение русским и английским языками", ["ru", "en"]),
    ("Вільне володіння українською та англійською мовами", ["uk", "en"]),  # Ukrainian
])
def test_russian_and_ukrainian_declined_language_names(item: str, codes: list[str]) -> None:
    from postingkit import parse_text

    p = parse_text(f"Инженер-программист\n\nТребования:\n- Высшее техническое образование\n- {item}\n")
    assert [(l.code, l.requirement) for l in p.languages] == [(code, "required") for code in codes]


@pytest.mark.parametrize(("line", "expected"), [
    ("Native-level Japanese and business-level English required.",
     [("ja", "required", "native"), ("en", "required", "professional")]),
    ("French at C1 level, Dutch is a strong plus", [("fr", "required", "C1"), ("nl", "preferred", None)]),
    ("Conversational Spanish is a plus", [("es", "preferred", "working")])])
def test_each_languages_own_level_and_a_strong_plus_is_no_level(line: str, expected: list) -> None:
    # job boards' language lines (self-written): a level before each language; "strong" said of the wish
    p = parse_text(f"Data Officer\nAcme Ltd\nLondon\n\nRequirements\n- Degree in statistics\n- {line}\n")
    assert [(lang.code, lang.requirement, lang.proficiency) for lang in p.languages] == expected
