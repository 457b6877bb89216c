"""Where the job is, whether it is remote, how much experience it asks, and its terms."""
from __future__ import annotations

import pytest

from postingkit import parse_text
from postingkit.extract.experience import min_experience_years, years_in
from postingkit.extract.places import find_countries, is_remote
from postingkit.extract.terms import contract_duration, education_level, employment_type

PLACES = [
    # (notice text, countries, remote)
    ("Location: Remote; based in either Albania, Bosnia and Herzegovina, Kosovo Montenegro, North Macedonia or Serbia.",
     ["AL", "BA", "XK", "ME", "MK", "RS"], True),
    ("Location: Home Based\nDutystation: Home based", [], True),
    ("Duty station: Pristina, Kosovo", ["XK"], False),
    ("Duty Station: Sarajevo, Bosnia & Herzegovina", ["BA"], False),
    ("Location: Kyiv, Ukraine", ["UA"], False),
    ("Location: Geneva, Switzerland (with travel)", ["CH"], False),
    ("This is a remote-first role.", [], True),
    ("The position is home-based with occasional travel to Ukraine.", [], True),
    ("Call for National Mentors – Bosnia & Herzegovina, Kosovo and Ukraine", ["BA", "XK", "UA"], False),
    ("Finance Officer\nThe organisation works in 20 countries including Kenya and Uganda.", [], None),
    ("Finance Officer\nTravel to remote areas of the region will be required.", [], None),
    ("Location: Skopje, North Macedonia", ["MK"], False),
    ("Location: Chisinau, Moldova", ["MD"], False),
    ("Location: Podgorica, Montenegro", ["ME"], False),
    ("Location: Tirana, Albania", ["AL"], False),
    ("Location: Belgrade, Serbia", ["RS"], False),
    ("Location: Côte d'Ivoire", ["CI"], False),
    ("Location: DRC (Goma)", ["CD"], False),
    # the region's own labels and country names
    ("Mesto rada: Beograd, Srbija", ["RS"], False), ("Vendndodhja: Prishtinë, Kosovë", ["XK"], False),
    ("Mjesto rada: Podgorica, Crna Gora", ["ME"], False), ("Arbeitsort: Berlin, Deutschland", ["DE"], False),
    # a location field naming its country by a county or a province only
    ("Place of work: Henlow Health Resort, Bedfordshire", ["GB"], False), ("Location: Toronto, ON", ["CA"], False),
    ("Reservations Consultant\n\nJOB TITLE: Consultant HOURS: Various " + "We welcome you. " * 40 +
     "PLACE OF WORK: Henlow Health Resort, Bedfordshire MAIN DUTIES AND RESPONSIBILITIES Answering calls",
     ["GB"], False),
    # remote by another wording
    ("Finance Officer\nOpen to remote candidates based in the Western Balkans.", [], True),
    # a US state by its name: under the title, in a list of places, in a location field
    ("Data Science Intern\nMountain View, California; San Francisco, California\n\nWe build data tools.",
     ["US"], False),
    ("Probate Attorney\n\nLocation: Remote or In-Person, if local to our office in Arizona", ["US"], True),
    ("Analyst\nSeattle, Washington\n\nWe build data tools.", ["US"], False),
    # a work mode beside the place on a location line, and a country by its code in parentheses there
    ("Software Engineer\n\nLocation: Remote (US)\n", ["US"], True),
    ("Software Engineer\n\nLocation: Remote - India\n", ["IN"], True),
    ("Software Engineer\n\nJob Type: Full-time, Remote\n", [], True),
    ("Software Engineer\n\nTélétravail complet possible\n", [], True),
]


@pytest.mark.parametrize("text, countries, remote", PLACES, ids=[p[0][:40] for p in PLACES])
def test_places(text: str, countries: list[str], remote: bool | None) -> None:
    posting = parse_text(text)
    assert ([l.country for l in posting.locations], posting.remote) == (countries, remote)


def test_a_work_mode_beside_a_city_is_no_part_of_its_name() -> None:
    assert [(l.city, l.country) for l in parse_text("Engineer\n\nLocation: Remote - India").locations] == [
        (None, "IN")]
    assert [(l.city, l.country) for l in parse_text(
        "Engineer\n\nHybrid: 3 days in the office in Toronto, ON\n\nWe build tools.").locations] == [("Toronto", "CA")]


def test_an_applicant_tracking_system_s_lines_under_the_title() -> None:
    # Greenhouse prints the place with its work mode ("Remote - US"), which is no employer; Lever prints
    # "Berlin / Engineering – Backend / Full-time", the place first
    greenhouse = parse_text("Product Designer\nRemote - US\nApply for this job\n\nAbout us\nWe design things.\n")
    assert (greenhouse.organization, [l.country for l in greenhouse.locations], greenhouse.remote) == (
        None, ["US"], True)
    lever = parse_text("Backend Engineer\nBerlin / Engineering – Backend / Full-time\n\nWe are a fintech.\n")
    assert [(l.city, l.country) for l in lever.locations] == [("Berlin", "DE")]


def test_city_is_kept_beside_the_country() -> None:
    assert [(l.city, l.country) for l in parse_text("Duty station: Pristina, Kosovo").locations] == [("Pristina", "XK")]
    assert [(l.city, l.country) for l in parse_text("Location: New York, New York").locations] == [("New York", "US")]
    assert [(l.city, l.country) for l in parse_text("Location: Milford, Surrey").locations] == [("Milford", "GB")]


def test_kosovo_is_xk_and_serbian_is_not_serbia() -> None:
    assert [l.country for l in find_countries("Kosovo (UNSCR 1244) and the Serbian language")] == ["XK"]
    assert is_remote("Remote; based in Albania") and not is_remote("in remote villages")


EXPERIENCE = [
    # job-board postings (shared jobboard corpus): years in a field, French, a range as a heading
    ("10+ years in embedded software development", 10),
    ("3 years in Power BI.", 3),
    ("Vous justifiez d’au moins 5 ans d’expérience en ingénierie backend", 5),
    ("Overall Experience 5 - 8 years", 5),
    ("Fresh Engineering Or Science Graduates with at least 3 Year of experience", 3),
    ("Minimum 2 years proven success in selling outsourced services", 2),
    ("With more than 60 years in operation, Cartus offers relocation services", None),
    ("At least 3 years of relevant professional experience", 3),
    ("Work experience: Min 2 years", 2),
    ("A minimum of two years of work experience is required.", 2),
    ("7 years of relevant experience, including a minimum of 5 in management", 7),
    ("Master's degree with 2 years of experience, or Bachelor's degree with 4 years of experience", 2),
    ("5+ years of experience in finance", 5),
    ("3-5 years of experience in project management", 3),
    ("Two (2) years of experience", 2),
    ("One year of experience in a similar role", 1),
    ("Minimum of ten years of progressively responsible experience", 10),
    ("The mandatory retirement age is 65 years.", None),
    ("The project runs for 3 years.", None),
    ("Significant experience in programme delivery", None),
    ("Minimum 5 years of relevant experience (3 years with a Master degree)", 3),
    ("Minimum 7 years (Bachelor) or 5 years (Master) of experience", 5),
    ("Two to three years of experience", 2),
    ("Minimum of 10 years' experience, of which 5 at senior level", 10),
    # a qualification that opens with the years it asks (shared ngo corpus): years of work, never of age
    ("Minimum of two years for a University Diploma or one year for a degree.", 1),
    ("At least 18 years old", None), ("Contract: minimum 3 years", None),
    # an Indian Indeed posting's experience field (shared jobboard corpus)
    ("Power BI: 1 year (Required)", 1), ("Sales: 3 years (Preferred)", 3),
    # an Indonesian careers page (job_description.txt files)
    ("1-3 tahun pengalaman kerja sebagai Backend Engineer", 1), ("Perusahaan berdiri 10 tahun", None),
    # "yrs" (a civil service position description): "at least 4 yrs of experience"
    ("Should have worked at least 4 yrs of experience as Asst. Program Officer", 4),
    # a range joined by the notice's own word for "to": the smaller end is asked
    ("Expérience : 5 à 7 ans", 5), ("Experiencia de 3 a 5 años", 3), ("3 bis 5 Jahre Berufserfahrung", 3),
    # a skill's years, first in the item, with no word for experience: years of work all the same
    ("2+ years of SQL", 2), ("3-5 years in B2B sales", 3), ("18 years of age or older", None),
    # a Glassdoor item that names the work done in those years (self-written); a start date is no experience
    ("3+ years designing electromechanical products", 3), ("5 years managing retail teams", 5),
    ("2 years starting in May 2027", None),
]


@pytest.mark.parametrize("text, years", EXPERIENCE)
def test_experience(text: str, years: int | None) -> None:
    assert years_in(text) == years


def test_smallest_requirement_across_items() -> None:
    assert min_experience_years(["At least 5 years of experience", "Min 2 years of experience in audit"]) == 2


TERMS = [
    # (text, employment type, (months min, months max) or None)
    ("Job type:Contract, 4 to 12 months", "contract", (4, 12)),
    ("Contract: 1-year fixed-term contract, with a possibility for an extension", "temporary", (12, 12)),
    ("Type of contract: Consultancy", "consultancy", None),
    ("The position is a full-time contracted role", "full_time", None),
    ("Part-time (50%) position", "part_time", None),
    ("Duration of the assignment: 6 months", None, (6, 6)),
    ("This is a two-year appointment", None, (24, 24)),
    ("Internship for 3 to 6 months", "internship", (3, 6)),
    ("Volunteer assignment", "volunteer", None),
    ("Employment: indefinite period with 6 months probation", None, None),
    ("Type of appointment: Fixed term, 1 year", "temporary", (12, 12)),
    # French and German job boards
    ("Type de contrat : CDD de 6 mois", "temporary", (6, 6)), ("Type : CDI Temps Plein", "full_time", None),
    ("Stage de 6 mois au sein de l'équipe", "internship", (6, 6)), ("Teilzeit (20 Stunden)", "part_time", None),
    ("Practicante pre profesional - Finanzas", "internship", None), ("Jornada completa", "full_time", None),
    # an aside does not say the post's type: a UK charity's hours, an NHS title's unpaid break
    ("Hours: Full time, 35 hours per week (part time considered, minimum 28 hours)", "full_time", None),
    ("Chef - Part Time Hours - Saturday and Sunday (with a 30 minute unpaid break)", "part_time", None),
]


@pytest.mark.parametrize("text, kind, months", TERMS)
def test_terms(text: str, kind: str | None, months) -> None:
    duration = contract_duration([text])
    assert employment_type([text]) == kind
    assert (None if duration is None else (duration.months_min, duration.months_max)) == months


EDUCATION = [
    # Naukri's education block and an Indian bank's labelled field (self-written)
    (["UG: Any Graduate", "PG: Any Postgraduate"], "bachelor"), (["12th pass or graduate"], "secondary"),
    # Canada's Job Bank when no schooling is asked (self-written)
    (["No degree, certificate or diploma"], None),
    (["Advanced university degree (Master's or equivalent) in economics"], "master"),
    (["First-level university degree in combination with two additional years of experience"], "bachelor"),
    (["PhD in political science"], "doctorate"),
    (["High school diploma"], "secondary"),
    (["Completed university degree from an accredited academic institution"], "bachelor"),
    (["Master's degree; a Bachelor's degree with 2 more years of experience may replace it"], "bachelor"),
    (["Excellent communication skills"], None),
    # "mastery" of a tool and a scrum master are no degree (job_posting.txt files, shared pay corpus)
    (["Mastery in Microsoft Word, Excel, and PowerPoint"], None),
    (["Certified Scrum Master (CSM)"], None),
    (["Masters in Finance or Accounting"], "master"),
    # a US two-year college degree (LinkedIn postings of the shared pay and jobboard corpora); a job title is none
    (["Associate's degree in Electronics or related field or equivalent experience"], "associate"),
    (["Associates degree or at least one year of experience"], "associate"),
    (["Reports to the Associate Director of Security; Bachelor's degree"], "bachelor"),
]


@pytest.mark.parametrize("texts, level", EDUCATION)
def test_education(texts: list[str], level: str | None) -> None:
    assert education_level(texts) == level


def test_mastery_of_a_tool_is_a_skill_not_education() -> None:
    from postingkit.extract.requirement import qualification_category

    assert [qualification_category(t, False) for t in (
        "Mastery-level understanding of REST and API development with strong skills", "Master's degree in law",
        "Mastery of Microsoft office suite")] == ["skill", "education", "other"]


@pytest.mark.parametrize("text, countries", [
    # NGO notices (shared ngo corpus): where the organisation sits is not where the job is
    ("For our office in Kyiv, Ukraine, the Johanniter International Assistance is looking for a Coordinator.\n"
     "The Federal Headquarters (HQ) is based in Berlin, Germany.", ["UA"]),
    ("Trust Consultancy and Development is an independent research consultancy based in Gaziantep, Turkey.\n"
     "This is a 3–6 months remote, full-time internship.", []),
    ("The position is a full-time role based in Tirana, Albania.", ["AL"]),
    ("The CR must reside in Peru.", ["PE"]),
    ("This is a remote position open to candidates located and with the right to work in United Kingdom and Kenya.",
     ["GB", "KE"]),
])
def test_the_organisations_seat_is_not_the_jobs_place(text: str, countries: list[str]) -> None:
    assert [l.country for l in parse_text("Coordinator\n\n" + text + "\n").locations] == countries


def test_the_sentence_announcing_the_role_names_the_country_when_nothing_else_does() -> None:
    """Shapes of NGO consultancy notices (shared ngo corpus): no location field, header or 'based in', but
    the sentence announcing the role says where the work is; one naming several countries says nothing."""
    posting = parse_text("Project HOPE is an international NGO.\n\nProject HOPE is seeking a WASH Technical Advisor "
                         "to support its emergency response to landslides and flooding in Nepal.\n\nResponsibilities\n"
                         "- Design water supply works\n")
    assert [(l.country, l.city) for l in posting.locations] == [("NP", None)]
    assert posting.evidence.locations.rule == "locations.announcing_sentence"
    wide = parse_text("Acme is seeking a Regional Advisor to support programmes in Kenya, Uganda and Tanzania.\n\n"
                      "Responsibilities\n- Advise country teams\n")
    assert wide.locations == []


def test_a_state_named_after_a_country_is_its_own_countrys() -> None:
    """A LinkedIn print's location line (realdocs/omni8-position-description.pdf): "New South Wales" is in
    Australia, not Wales; "New Mexico" and "New England" are in the US."""
    from postingkit.extract.places import find_countries

    assert [[l.country for l in find_countries(t)] for t in (
        "Sydney, New South Wales, Australia", "Albuquerque, New Mexico", "Boston, New England", "Cardiff, Wales")] \
        == [["AU"], ["US"], ["US"], ["GB"]]


def test_where_the_organisations_staff_sit_is_not_where_the_post_is() -> None:
    """The shape of a Pacific Community notice (shared ngo corpus): the division's staff are spread over
    five countries; the post's duty station is Nouméa."""
    posting = parse_text("Software Developer\n\nSPC FAME staff are based in New Caledonia, Fiji and Tonga.\n\n"
                         "Responsibilities\n- Maintain databases\n\nBenefits for staff whose duty station is Noumea\n"
                         "- Housing support\n")
    assert [(l.country, l.city) for l in posting.locations] == [("NC", "Noumea")]



@pytest.mark.parametrize(("line", "city", "country"), [
    ("Duty Station: Bentiu", "Bentiu", "SS"), ("Location: Pemba", "Pemba", "MZ"),  # impactpool.org, jobs/1185359
    ("Duty station: Iriba", "Iriba", "TD"), ("Location: Kaga Bandoro", "Kaga Bandoro", "CF"),
])
def test_humanitarian_duty_stations_named_alone(line: str, city: str, country: str) -> None:
    from postingkit import parse_text
    assert [(l.city, l.country) for l in parse_text(line + "\n").locations] == [(city, country)]


@pytest.mark.parametrize(("text", "countries"), [
    # ubscongo.com (a MONUSCO notice): "L'Assistant d'équipe sera basé à Goma"
    ("L’Assistant d’équipe sera basé à Goma. Le titulaire relève de l’ingénieur.", ["CD"]),
    ("El puesto estará basado en Lima, Perú.", ["PE"]),
    ("Notre siège est basé à Paris. Vous rejoindrez l'équipe terrain.", []),  # where the employer sits
])
def test_based_in_said_in_french_and_spanish(text: str, countries: list[str]) -> None:
    from postingkit import parse_text
    assert [l.country for l in parse_text(text).locations] == countries


@pytest.mark.parametrize(("text", "remote"), [
    # a statement turned round is no remote job: the job is on site
    ("Finance Officer\nThis is NOT a remote position; the post holder works from our Leeds office.", False),
    ("Finance Officer\nRemote work is not possible for this role.", False),
    ("Finance Officer\nIs this a remote position? No", False),
    # a job board's facts printed as label over value (usajobs.gov, job 814492400)
    ("Foreign Affairs Officer\nLocation\nWashington, DC\nRemote job\nNo\nTelework eligible\nYes", False),
    ("Finance Officer\nRemote job\nYes", True),
    ("Finance Officer\nNo travel. This is a remote role.", True),  # "No" of another sentence
    ("Finance Officer\nThis is not a fully remote role: two days a week in the office.", None),  # hybrid
])
def test_a_remote_statement_turned_round(text: str, remote: bool | None) -> None:
    from postingkit import parse_text
    assert parse_text(text).remote is remote


@pytest.mark.parametrize("line", ["Remote work: 2 days per week", "Télétravail : 2 jours par semaine",
                                  "Teletrabajo: 2 días por semana"])
def test_a_field_that_counts_the_days_of_remote_work_says_hybrid(line: str) -> None:
    # under a job board's header (self-written, after Indeed France's shape): hybrid, so neither remote nor on site
    from postingkit import parse_text

    p = parse_text(f"Développeur Full Stack\nCapgemini\nToulouse (31)\n\n{line}\n\nVos missions\n- Développer\n")
    assert p.remote is None


def test_a_range_written_to_dash() -> None:
    """usajobs.gov prints "$163,964 to - $191,900 per year"."""
    from postingkit import parse_text
    pay = parse_text("Salary\n$163,964 to - $191,900 per year\n").remuneration
    assert (pay.min, pay.max, pay.currency, pay.period) == (163964.0, 191900.0, "USD", "year")


def test_undp_quantum_template_facts() -> None:
    # the header of UNDP's recruitment system as ReliefWeb prints it: "OR" in capitals between degree-and-years pairs
    from postingkit import parse_text
    p = parse_text("**Locations** : Amman, Jordan\n\n**Apply Before** : 03/24/2024, 05:59 AM\n\n**Grade** : NB3\n\n"
                   "**Education & Work Experience** : Bachelor's Degree - 5 year(s) experience OR Master's Degree - "
                   "3 year(s) experience\n\n**Required Languages** : English and Arabic\n")
    assert (p.experience_years_min, p.deadline.date, p.grade) == (3, "2024-03-24", "NB3")
    assert [(l.code, l.requirement) for l in p.languages] == [("en", "required"), ("ar", "required")]


@pytest.mark.parametrize(("place", "city", "country"), [
    ("Tring", "Tring", "GB"),  # Adzuna UK (shared jobboard corpus: adzuna-uk-row168): a town of 12,000
    ("Boulogne-Billancourt (92)", "Boulogne-Billancourt", "FR"),  # Indeed France writes the département
    ("92100 Boulogne-Billancourt", "Boulogne-Billancourt", "FR"),
    ("Milton Keynes", "Milton Keynes", "GB"),
    # a British postcode's first half after the town, as Indeed UK prints it
    ("Leeds LS11", "Leeds", "GB"), ("Exeter EX2", "Exeter", "GB"),
    # the whole postal code after the province, as Indeed Canada prints it (self-written)
    ("Mississauga, ON L5B 3C2", "Mississauga", "CA"), ("Vancouver, BC V6B1A1", "Vancouver", "CA"),
    # a UK charity's location field with an aside on the work mode
    ("Location: Leeds (hybrid, minimum 2 days per week in the office)", "Leeds", "GB"),
    # Indian boards' cities, alone or with their state, as written (shared jobboard corpus: jobspy-in-glassdoor
    # row0 and row6); a Hyderabad in Sindh is Pakistan's
    ("Pune, Maharashtra", "Pune", "IN"), ("Gurgaon", "Gurgaon", "IN"), ("Hyderābād", "Hyderābād", "IN"),
    ("Hyderabad, Sindh", "Hyderabad", "PK"),
])
def test_a_job_board_place_line_naming_a_town_alone(place: str, city: str, country: str) -> None:
    from postingkit import parse_text
    p = parse_text(f"Data Analyst\nAcme Ltd\n{place}\n\nWe are hiring.\n")
    assert [(l.city, l.country) for l in p.locations] == [(city, country)]


@pytest.mark.parametrize("place", ["Cambridge", "Richmond"])  # a town of this name in two countries: unsaid
def test_an_ambiguous_town_alone_names_no_country(place: str) -> None:
    from postingkit import parse_text
    assert parse_text(f"Data Analyst\nAcme Ltd\n{place}\n\nWe are hiring.\n").locations == []


def test_a_company_named_like_a_town_is_not_the_place() -> None:
    from postingkit import parse_text
    p = parse_text("Data Analyst\nOrange\nNanterre\n\nWe are hiring.\n")
    assert [(l.city, l.country) for l in p.locations] == [("Nanterre", "FR")]


def test_the_office_a_notice_names_by_its_town() -> None:
    # the shape of an IRC resettlement notice (shared ngo corpus: 4226890): no location line, "The Wichita office";
    # a place read from the prose is where the work is, not a statement that it is on site
    from postingkit import parse_text
    p = parse_text("Caseworker\n\nIRC Wichita has been assisting refugees since 2011. The Wichita office offers a "
                   "range of services.\n\nResponsibilities\n- Provide case management.\n")
    assert ([(l.city, l.country) for l in p.locations], p.remote) == ([("Wichita", "US")], None)


def test_a_place_a_sentence_gives_does_not_say_on_site() -> None:
    # the shape of a Project HOPE consultancy (shared ngo corpus: 4232274)
    from postingkit import parse_text
    p = parse_text("WASH Technical Advisor\n\nProject HOPE is seeking a WASH Technical Advisor to support its "
                   "emergency response in Nepal.\n")
    assert ([l.country for l in p.locations], p.remote) == (["NP"], None)


@pytest.mark.parametrize(("item", "years"), [
    ("Ph.D. degree level with 0 to 3 years of experience or equivalent", 0),  # shared pay corpus: li-3884429684
    ("Experience: 0-2 years", 0),
    ("We are looking for fresher candidates only.", None),  # shared jobboard: jobspy-in-glassdoor-row4's gold
])
def test_a_range_of_years_from_none(item: str, years: int | None) -> None:
    from postingkit import parse_text
    assert parse_text(f"Requirements\n- {item}\n").experience_years_min == years


@pytest.mark.parametrize(("line", "places"), [
    # where the holder travels is not where the job is based
    ("Duty Station: Home-based with travel to Kenya", []),
    ("Duty station: Gaziantep with frequent travel to Northwest Syria", [("Gaziantep", "TR")]),
    ("Location: Kenya (travel to Somalia required)", [(None, "KE")]),
    # places given as alternatives: each read as a place line ("Jordan" alone is also a word)
    ("Duty Station: Amman, Jordan or Beirut, Lebanon", [("Amman", "JO"), ("Beirut", "LB")]),
    ("Location: Bosnia and Herzegovina", [(None, "BA")]),
])
def test_travel_and_alternative_duty_stations(line: str, places: list) -> None:
    from postingkit import parse_text
    p = parse_text(f"Officer\n\n{line}\n\nDuties\n- Work.\n")
    assert [(l.city, l.country) for l in p.locations] == places


@pytest.mark.parametrize(("sentence", "places"), [
    # the shape of NRC's and IRC's announcements (self-written), and of pay/li-3842227398's "Erie Family Health
    # Centers, a top workplace in Chicago and suburbs, is looking for ..."
    ("The Norwegian Refugee Council (NRC) is looking for a Shelter Specialist to join its team in Kabul.",
     [("Kabul", "AF")]),
    ("IRC is seeking a Finance Manager in Cox's Bazar to lead the finance team.", [("Cox's Bazar", "BD")]),
    ("We are hiring a Nurse to work at Mobile Clinics across the region.", []),  # a city's name, not after "in"
    # the Danish Refugee Council's acronym is the Congo's too: the employer's, after its name, is no country
    ("The Danish Refugee Council (DRC) is recruiting a Protection Officer for its Mogadishu office.",
     [("Mogadishu", "SO")]),
    ("Save the Children is looking for a Nurse to join our Kabul team.", [("Kabul", "AF")]),
])
def test_the_announcing_sentence_names_the_city_the_post_is_in(sentence: str, places: list) -> None:
    posting = parse_text(f"**Job Purpose**\n\n{sentence}\n")
    assert [(place.city, place.country) for place in posting.locations] == places
    assert posting.remote is None  # a place read from prose is not a statement that the work is on site


@pytest.mark.parametrize(("notice", "places", "organization"), [
    # the Danish Refugee Council goes by "DRC", which also names the Congo (self-written, in the shape of its
    # ReliefWeb notices): named by the notice as an organisation's acronym, it is no place
    ("Protection Officer\nDanish Refugee Council (DRC)\n\nResponsibilities\n- Lead the team\n", [],
     "Danish Refugee Council"),
    ("Protection Officer – DRC\n\nAbout DRC\n\nDRC works with refugees.\n\nResponsibilities\n- Lead the team\n", [],
     "DRC"),
    ("**Position:** Protection Officer\n**Organization:** Danish Refugee Council (DRC)\n**Location:** Goma, DRC\n",
     [("Goma", "CD")], "Danish Refugee Council (DRC)"),
    ("The Danish Refugee Council (DRC) seeks a Protection Officer.\n\nLocation: Juba, South Sudan\n",
     [("Juba", "SS")], "Danish Refugee Council"),
])
def test_an_employers_acronym_that_also_names_a_country(notice: str, places: list, organization: str) -> None:
    posting = parse_text(notice)
    assert [(p.city, p.country) for p in posting.locations] == places
    assert (posting.title, posting.organization) == ("Protection Officer", organization)


@pytest.mark.parametrize(("notice", "places"), [
    # Chad, Mali, Niger and Jordan are read from prose only after "in" (they are words and names too); NGO
    # announcements in the shapes of ACTED's and Concern's (self-written)
    ("ACTED is currently recruiting an Area Coordinator for its mission in Mali.\n", [(None, "ML")]),
    ("Oxfam is seeking a Logistician to be based in Chad.\n", [(None, "TD")]),
    ("Chad will lead the team.\n\nResponsibilities\n- Lead\n", []),
    # after a town, Georgia is the US state unless the town is Georgian
    ("Data Analyst\nAcme\nAtlanta, Georgia\n\nResponsibilities\n- Lead\n", [("Atlanta", "US")]),
    ("Field Officer\n\nLocation: Kutaisi, Georgia\n\nResponsibilities\n- Lead\n", [("Kutaisi", "GE")]),
])
def test_countries_whose_names_are_also_words_or_states(notice: str, places: list) -> None:
    assert [(p.city, p.country) for p in parse_text(notice).locations] == places


@pytest.mark.parametrize(("place", "expected"), [
    # job boards' place lines (LinkedIn's metropolitan areas, French regions, a UK nation) under a title
    ("Atlanta Metropolitan Area", [("Atlanta", "US")]), ("Dallas-Fort Worth Metroplex", [("Dallas", "US")]),
    ("Île-de-France", [(None, "FR")]), ("Hauts-de-Seine", [(None, "FR")]),
    ("Northern Ireland", [(None, "GB")]), ("Belfast, Northern Ireland", [("Belfast", "GB")]),
    ("Dublin, Ireland", [("Dublin", "IE")]),
])
def test_board_place_lines_naming_a_metropolitan_area_a_region_or_a_nation(place: str, expected: list) -> None:
    posting = parse_text(f"Data Analyst\nAcme\n{place}\n\nResponsibilities\n- Lead the team\n")
    assert [(p.city, p.country) for p in posting.locations] == expected


@pytest.mark.parametrize(("place", "expected"), [
    # duty stations field notices name alone: regions in crisis, camps, towns (self-written location lines)
    ("Tigray", [(None, "ET")]), ("Goma, North Kivu", [("Goma", "CD")]), ("Kutupalong", [("Kutupalong", "BD")]),
    ("Hodeidah", [("Hodeidah", "YE")]), ("El Geneina", [("El Geneina", "SD")]),
    ("Turkana County", [(None, "KE")]), ("Karamoja", [(None, "UG")]), ("Jonglei", [(None, "SS")]),
    ("Khyber Pakhtunkhwa", [(None, "PK")]),
])
def test_crisis_regions_camps_and_field_towns_named_alone(place: str, expected: list) -> None:
    posting = parse_text(f"**Position:** Officer\n**Location:** {place}\n\n**Responsibilities**\n\n- Lead the team\n")
    assert [(p.city, p.country) for p in posting.locations] == expected


@pytest.mark.parametrize(("line", "remote"), [
    # a job board's line under the title that names remote work and says it is partial: hybrid (self-written)
    ("Télétravail partiel possible", None), ("Remote work possible up to 2 days a week.", None),
    ("Télétravail complet", True),
])
def test_partial_remote_work_under_the_title_is_hybrid(line: str, remote: bool | None) -> None:
    assert parse_text(f"Data Analyst\nAcme\nParis (75)\n\n{line}\n\nResponsibilities\n- Build dashboards\n").remote \
        is remote


@pytest.mark.parametrize(("line", "places", "remote"), [
    ("Remote, US", [(None, "US")], True), ("Remote, India", [(None, "IN")], True),
    ("Hybrid - London", [("London", "GB")], None)])
def test_a_job_boards_place_line_that_names_the_work_mode_first(line: str, places: list, remote: bool | None) -> None:
    # LinkedIn and JobSpy print "Remote, US" as they print "Remote - US": the mode, then the place; the mode is no
    # city ("Remote, India" named a city "Remote")
    p = parse_text(f"Data Analyst\nAcme Analytics\n{line}\n\nResponsibilities\n\n- Build dashboards\n")
    assert ([(l.city, l.country) for l in p.locations], p.remote) == (places, remote)


@pytest.mark.parametrize(("line", "countries"), [
    ("Location: Remote (with up to two missions to Nairobi)", []),
    ("Location: Home-based, with 2 trips to Kampala", []), ("Location: OSCE Mission to Skopje", ["MK"])])
def test_missions_and_trips_on_a_location_line_are_travel_not_where_the_post_is(line: str, countries: list) -> None:
    # consultancies say where the holder travels as "missions" or "trips" as well as "travel"; the OSCE's "Mission to
    # Skopje" is its office, where the post is
    p = parse_text(f"Consultant\nACME NGO\n\n{line}\n\nTasks\n\n- Draft the report\n")
    assert [l.country for l in p.locations] == countries


def test_indeeds_hybrid_remote_place_line_is_hybrid_not_remote() -> None:
    from postingkit import parse_text

    p = parse_text("Data Analyst\nAcme Corp\nHybrid remote in London\n\nAbout the job\nWe are hiring.\n")
    assert ([l.country for l in p.locations], p.remote) == (["GB"], None)
    p = parse_text("Data Analyst\nAcme Corp\nRemote in London\n\nAbout the job\nWe are hiring.\n")
    assert ([l.country for l in p.locations], p.remote) == (["GB"], True)


@pytest.mark.parametrize(("line", "expected"), [
    ("Location: City Hall, College Green, Bristol", [("Bristol", "GB")]),  # a UK council's address line
    ("Location: Furness General Hospital, Barrow in Furness", [("Barrow in Furness", "GB")]),  # pay/nhs-916241076
])
def test_an_address_as_location_ends_in_its_town(line: str, expected: list) -> None:
    from postingkit import parse_text

    p = parse_text(f"Environmental Health Officer\n\n{line}\nClosing date: 11 January 2026\n\nDuties\n- Inspect\n")
    assert [(l.city, l.country) for l in p.locations] == expected


@pytest.mark.parametrize(("line", "remote", "places"), [
    ("Location: Remote (US only)", True, [(None, "US")]),
    ("Ubicación: Remoto (España)", True, [(None, "ES")]),  # "Remoto" was read as a city
    ("Lieu : Paris - Télétravail complet", True, [("Paris", "FR")]),
    ("Ubicación: Madrid (presencial)", False, [("Madrid", "ES")]),
])
def test_work_modes_on_location_lines_in_french_and_spanish(line: str, remote: bool, places: list) -> None:
    from postingkit import parse_text

    p = parse_text(f"Engineer\n\n{line}\n\nDuties\n- Build things\n")
    assert (p.remote, [(l.city, l.country) for l in p.locations]) == (remote, places)


@pytest.mark.parametrize(("line", "places"), [
    ("Work Location: 7055 S Kirkman Rd, Orlando FL", [("Orlando", "US")]),  # pay/li-3177010992
    ("Location: On-site, Austin TX", [("Austin", "US")]), ("Location: Toronto ON", [("Toronto", "CA")]),
    ("Location: Berlin DE", [("Berlin", "DE")]),  # Germany's code, not Delaware's
])
def test_a_town_and_its_state_code_without_a_comma(line: str, places: list) -> None:
    from postingkit import parse_text

    p = parse_text(f"Engineer\n\n{line}\n\nDuties\n- Build things\n")
    assert [(l.city, l.country) for l in p.locations] == places


def test_usajobs_pay_scale_and_grade_is_the_grade_and_the_salary_stays_the_pay() -> None:
    from postingkit import parse_text

    p = parse_text("IT Specialist (INFOSEC)\nDepartment of Veterans Affairs\n\nSalary\n$99,200 - $128,956 per year\n"
                   "Pay scale & grade\nGS 12\n\nDuties\n- Monitors network traffic\n")
    assert (p.grade, p.remuneration.min, p.remuneration.max) == ("GS 12", 99200.0, 128956.0)


def test_a_titles_aside_of_work_mode_and_country_code() -> None:
    from postingkit import parse_text

    p = parse_text("Job Title: Senior Software Engineer - Backend (Remote, US)\nAcme Ltd\n\nDuties\n- Build APIs\n")
    assert (p.title, p.remote, [l.country for l in p.locations]) == ("Senior Software Engineer - Backend", True, ["US"])


@pytest.mark.parametrize(("sentence", "city"), [
    ("This is an on-site role in Austin, TX.", "Austin"),
    ("The engineer works onsite at our company office in Rohnert Park, CA.", "Rohnert Park"),  # shared pay corpus
])
def test_an_on_site_sentence_says_where_the_job_is(sentence: str, city: str) -> None:
    from postingkit import parse_text
    p = parse_text(f"Data Analyst\nAcme Ltd\n\n{sentence}\n\nResponsibilities\n- Analyse data\n")
    assert ([(l.city, l.country) for l in p.locations], p.remote) == ([(city, "US")], False)


def test_a_header_line_of_employer_city_state_and_country_names_the_city_not_the_employer() -> None:
    # shape of a real PDF (shared realdocs corpus: rm-job-desc-product-manager.pdf): "Employer, City, ST, Country"
    from postingkit import parse_text

    p = parse_text("Job Description: Product Manager\n\nTech Solutions, San Francisco, CA, USA\n\nAbout Us\n\n"
                   "Tech Solutions is a global leader in software.\n")
    assert [(l.city, l.country) for l in p.locations] == [("San Francisco", "US")]


def test_a_government_then_its_department_under_the_title_is_the_department_and_the_place_follows() -> None:
    # as Canada's job boards print a public-service post (self-written): "Government of Canada - <department>"
    from postingkit import parse_text

    p = parse_text("Administrative Assistant\nGovernment of Canada - Employment and Social Development Canada\n"
                   "Toronto, ON\n\nClosing date: 2027-01-11\n\nDuties\nProvide administrative support.\n")
    assert p.organization == "Employment and Social Development Canada"
    assert [(l.city, l.country) for l in p.locations] == [("Toronto", "CA")]


@pytest.mark.parametrize(("sentence", "places"), [
    # a state whose code is also a country's, after an American town (shared pay corpus: li-3627141928 "New
    # Albany, IN", li-3876572082 "Annapolis, MD"; self-written "Denver, CO"); not a town of that country
    ("This role is on-site at our Denver, CO office.", [("Denver", "US")]),
    ("The position is based at our client located in New Albany, IN.", [("New Albany", "US")]),
    ("The position is based in Medellín, CO.", []),
])
def test_a_state_code_that_is_also_a_countrys_after_an_american_town(sentence: str, places: list) -> None:
    from postingkit import parse_text

    p = parse_text(f"Senior Analyst\n\nWe are a fintech company.\n\n{sentence}\n\nResponsibilities\n- Analyze data.\n")
    assert [(l.city, l.country) for l in p.locations] == places


@pytest.mark.parametrize(("place", "countries"), [("Remote", []), ("Remote, US", ["US"]), ("Remote (Canada)", ["CA"]),
                                                  ("Fully Remote", [])])
def test_a_work_mode_printed_where_a_board_prints_the_place(place: str, countries: list[str]) -> None:
    # a job board's title, employer and place lines, the place a work mode (self-written, after LinkedIn's and
    # Indeed's): the employer is read as with a town, the job is remote, and the evidence quotes the line
    from postingkit import parse_text

    text = f"Data Engineer\nAcme\n{place}\n\nAbout the role\nWe are hiring.\n\nResponsibilities\n- Do things.\n"
    p = parse_text(text)
    assert (p.organization, [l.country for l in p.locations], p.remote) == ("Acme", countries, True)
    assert text[p.evidence.remote.start:p.evidence.remote.end] == place
