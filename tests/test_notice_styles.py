"""Notices in styles the dev corpus does not show (UN labelled header, corporate markdown, job-board
scrape). Each fixture is named after what it catches; the expectations are what a careful reader says."""
from __future__ import annotations

import pytest

from postingkit import parse, parse_text

from .conftest import FIXTURES

NOTICES = FIXTURES / "notices"


def test_un_style_labelled_header() -> None:
    p = parse(NOTICES / "un-style-labelled-header.txt")
    assert (p.title, p.organization, p.grade) == ("Programme Analyst (Governance)", "UNDP", "SB-4")
    assert [(l.city, l.country) for l in p.locations] == [("Sarajevo", "BA")]
    assert (p.deadline.date, p.deadline.time, p.deadline.timezone) == ("2024-07-14", "23:59", "New York, USA")
    assert (p.contract_duration.months_min, p.experience_years_min, p.education_level) == (12, 2, "bachelor")
    assert [(l.code, l.requirement, l.alternatives) for l in p.languages] == [
        ("en", "required", []), ("bs", "required", ["hr", "sr"]), ("hr", "required", ["bs", "sr"]),
        ("sr", "required", ["bs", "hr"])]
    assert [d.text for d in p.duties] == [
        "Analysis of the political, social and economic situation in the country;",
        "Preparation of project documents and work plans;",
        "Monitoring of programme implementation and reporting to donors."]
    assert ("Experience with donor reporting is an asset.", "preferred") in [
        (q.text, q.requirement) for q in p.qualifications]


def test_corporate_markdown_with_nice_to_have_and_hybrid() -> None:
    p = parse(NOTICES / "corporate-markdown-nice-to-have.md")
    assert (p.title, p.organization, p.remote) == ("Senior Data Engineer", "Acme Analytics GmbH", None)
    assert (p.remuneration.min, p.remuneration.max, p.remuneration.currency, p.remuneration.period) == (
        70000, 85000, "EUR", "year")
    assert (p.deadline.date, p.experience_years_min) == ("2025-08-31", 5)
    assert [(q.text, q.requirement) for q in p.qualifications] == [
        ("5+ years of experience as a data engineer", "required"), ("Strong Python and SQL skills", "required"),
        ("Fluent English; German is a plus", "required"), ("Experience with Airflow or Dagster", "preferred"),
        ("Knowledge of Kubernetes", "preferred")]
    assert [(l.code, l.requirement) for l in p.languages] == [("en", "required"), ("de", "preferred")]


def test_job_board_scrape_with_inline_bullets_and_pipe_header() -> None:
    p = parse(NOTICES / "job-board-inline-bullets.txt")
    assert [d.text for d in p.duties] == ["Support the organisation of trainings and community events",
                                          "Maintain project filing and databases", "Prepare weekly activity reports"]
    assert [l.country for l in p.locations] == ["UA"]
    assert (p.posted.date, p.deadline.date) == ("2025-06-02", "2025-06-20")
    assert (p.remuneration.min, p.remuneration.max, p.remuneration.currency, p.remuneration.period) == (
        32000, 38000, "UAH", "month")
    assert [(q.text, q.requirement) for q in p.qualifications][-2:] == [
        ("Knowledge of Russian", "preferred"), ("Experience in child protection", "preferred")]


def test_minimum_and_preferred_qualifications_with_a_pay_sentence_among_duties() -> None:
    p = parse(NOTICES / "minimum-preferred-qualifications-pay-sentence.txt")
    assert (p.organization, [l.country for l in p.locations], p.employment_type) == ("Google", ["CH"], "full_time")
    assert [(q.text, q.requirement, q.category) for q in p.qualifications] == [
        ("Bachelor's degree or equivalent practical experience.", "required", "education"),
        ("2 years of experience with software development in one or more programming languages.", "required",
         "experience"),
        ("Master's degree in Computer Science.", "preferred", "education"),
        ("Experience with C++ and Java.", "preferred", "experience"),
        ("Ability to speak German.", "preferred", "language")]
    assert [d.text for d in p.duties] == [
        "Write product or system development code.", "Review code developed by other developers and provide feedback.",
        "Contribute to existing documentation or educational content."]
    assert (p.remuneration.min, p.remuneration.max, p.remuneration.currency, p.remuneration.period,
            p.remuneration.period_inferred) == (142000, 211000, "USD", "year", True)  # no period stated
    assert "remuneration: the notice states no period; year read from the amounts" in p.warnings
    assert (p.experience_years_min, p.education_level) == (2, "bachelor")


def test_lettered_duties_under_a_lead_in_and_competency_groups() -> None:
    p = parse(NOTICES / "lettered-duties-competency-groups.txt")
    assert (p.title, p.organization, p.deadline.date) == ("WASH Officer", "Norwegian Refugee Council", "2024-07-31")
    assert [(d.text, d.group) for d in p.duties] == [
        ("Implement WASH activities in line with the project plan;", "The WASH Officer will"),
        ("Supervise hygiene promoters and incentive workers;", "The WASH Officer will"),
        ("Ensure timely reporting to the WASH Coordinator.", "The WASH Officer will")]
    assert [l.country for l in p.locations] == ["SS"]
    assert [(l.code, l.requirement) for l in p.languages] == [("en", "required"), ("ar", "preferred")]
    assert p.remuneration is None  # "according to NRC's pay scale" states no figure


def test_european_notice_with_document_label_gender_mark_and_euro_after_each_number() -> None:
    p = parse(NOTICES / "european-bilingual-label-range-after-each-number.txt")
    assert (p.title, p.organization, p.reference) == ("Project Officer", None, "GIZ-2024-118")
    assert [(l.country, p.remote) for l in p.locations] == [("DE", None)]  # remote work up to 40 %: hybrid
    assert (p.remuneration.min, p.remuneration.max, p.remuneration.currency, p.remuneration.period) == (
        45000, 52000, "EUR", "year")
    assert (p.deadline.date, p.employment_type, p.contract_duration.months_min) == ("2024-07-15", "part_time", 24)
    assert (p.experience_years_min, p.education_level) == (3, "master")  # "University degree (Master)"
    assert [(l.code, l.requirement, l.proficiency) for l in p.languages] == [
        ("de", "required", "C1"), ("en", "required", "C1"), ("ro", "preferred", None), ("ru", "preferred", None)]


def test_us_job_board_header_with_city_and_state_code() -> None:
    p = parse(NOTICES / "us-job-board-city-state-hybrid.txt")
    assert (p.title, p.organization) == ("Data Analyst II", "Acme Health Partners")
    assert ([(l.city, l.country) for l in p.locations], p.remote) == ([("Austin", "US")], None)
    assert (p.remuneration.min, p.remuneration.max, p.remuneration.currency, p.remuneration.period) == (
        72000, 88000, "USD", "year")  # not the sign-on bonus
    assert (p.deadline.date, p.experience_years_min) == ("2024-07-31", 3)
    assert [(q.text, q.requirement) for q in p.qualifications][-2:] == [
        ("Epic Clarity certification", "preferred"), ("Spanish language skills", "preferred")]


def test_un_careers_page_with_letterhead_and_month_first_dates() -> None:
    p = parse(NOTICES / "un-careers-month-first-dates-letterhead.txt")
    assert (p.title, p.organization, p.grade, p.reference) == (None, "UNDP", "NPB", "18234")  # letterhead: no title
    assert (p.posted.date, p.deadline.date, p.deadline.time) == ("2024-03-10", "2024-03-24", "23:59")
    assert ([(l.city, l.country) for l in p.locations], p.remote) == ([("Kyiv", "UA")], False)
    assert (p.experience_years_min, p.education_level, p.contract_duration.months_min) == (2, "bachelor", 12)
    assert [(l.code, l.requirement) for l in p.languages] == [("en", "required"), ("uk", "required"),
                                                             ("ru", "preferred")]


def test_uk_charity_notice_with_unbulleted_essential_and_desirable_lines() -> None:
    p = parse(NOTICES / "uk-charity-unbulleted-essential-desirable.txt")
    # "Contract: Permanent" is not contract work; "pro rata for part-time" on 28 hours a week is; hybrid
    assert (p.title, p.organization, p.employment_type, p.remote) == (
        "Youth Support Worker", "Brightside Futures", "part_time", None)
    assert (p.remuneration.min, p.remuneration.max, p.remuneration.currency, p.remuneration.period) == (
        28000, 32000, "GBP", "year")
    assert (p.deadline.date, p.deadline.time) == ("2024-07-14", "23:59")
    assert [(q.text, q.requirement) for q in p.qualifications] == [
        ("At least 2 years' experience of youth work or a similar role", "required"),
        ("Understanding of safeguarding practice", "required"), ("Excellent communication skills", "required"),
        ("A youth work qualification (JNC level 3 or above)", "preferred"),
        ("Ability to speak Bengali, Somali or Turkish", "preferred")]
    assert [(l.code, l.requirement) for l in p.languages] == [("bn", "preferred"), ("so", "preferred"),
                                                             ("tr", "preferred")]
    assert len(p.duties) == 4 and p.duties[-1].text.startswith("Safeguard young people")


def test_terms_of_reference_with_numbered_headings_and_fact_lines() -> None:
    p = parse(NOTICES / "terms-of-reference-numbered-headings.txt")
    assert (p.title, p.organization, p.employment_type) == (
        "Final Evaluation of the Livelihoods Project in Northern Kenya", "Danish Refugee Council (DRC)", "consultancy")
    assert ([l.country for l in p.locations], p.remote) == (["KE"], True)  # not CD from "(DRC)"
    assert [d.text for d in p.duties] == [
        "Review project documents and monitoring data;", "Design the evaluation methodology and tools;",
        "Conduct field data collection in Marsabit and Turkana "
        "counties;", "Produce a draft and a final evaluation report."]
    assert (p.deadline.date, p.deadline.time, p.deadline.timezone) == ("2024-08-05", "17:00", "EAT")
    assert (p.experience_years_min, p.education_level) == (7, "master")
    assert [(l.code, l.requirement) for l in p.languages] == [("en", "required"), ("sw", "preferred")]
    assert (p.remuneration.min, p.remuneration.period) == (None, "day")  # a daily fee, amount not stated


def test_the_uk_charity_notice_typed_into_word_without_list_styles_gives_the_same_record(tmp_path) -> None:
    import docx

    source = NOTICES / "uk-charity-unbulleted-essential-desirable.txt"
    headings = {"About us", "Main responsibilities", "Person specification", "Essential", "Desirable", "Benefits"}
    document = docx.Document()
    lines = [line for line in source.read_text().splitlines() if line.strip()]
    document.add_paragraph(lines[0], style="Title")
    for line in lines[1:]:
        document.add_paragraph(line, style="Heading 2" if line in headings else "Normal")
    document.save(tmp_path / "notice.docx")
    from_word = parse(tmp_path / "notice.docx").model_dump(exclude={"source"})
    assert from_word == parse(source).model_dump(exclude={"source"})


def test_aggregator_rewrite_with_the_organization_only_as_a_sentence_subject() -> None:
    p = parse(NOTICES / "aggregator-rewrite-acronym-subject.txt")
    assert (p.title, p.organization, [l.country for l in p.locations]) == ("Education Specialist", "UNICEF", ["RS"])
    assert (p.deadline.date, p.deadline.time, p.deadline.timezone) == ("2024-09-15", "23:59", "Belgrade time")
    assert (p.experience_years_min, p.education_level, p.remuneration) == (5, "master", None)
    assert len(p.duties) == 3
    # "preferably in the Western Balkans" narrows a required item; it does not make it preferred
    assert [q.requirement for q in p.qualifications] == [
        "required", "required", "required", "preferred", "required", "required", "required", "preferred"]
    assert [(l.code, l.requirement) for l in p.languages] == [
        ("en", "required"), ("sr", "required"), ("hu", "preferred"), ("rom", "preferred")]


def test_linkedin_scrape_with_dotted_header_unbulleted_duties_and_criteria_sidebar() -> None:
    p = parse(NOTICES / "linkedin-scrape-header-dots-and-criteria-sidebar.txt")
    assert (p.title, p.organization, [l.country for l in p.locations]) == (
        "Finance Officer", "Save the Children International", ["XK"])
    assert (p.employment_type, p.contract_duration.months_min, p.deadline.date) == ("full_time", 12, "2025-03-15")
    assert [d.text for d in p.duties] == [
        "Maintain the accounting system and prepare monthly closing",
        "Review payment requests and supporting documents for compliance with donor rules",
        "Prepare budget versus actual reports for project managers", "Support internal and external audits"]
    # the sidebar ("Show more", "Seniority level", "Employment type", ...) is not a qualification
    assert [(q.text, q.requirement) for q in p.qualifications] == [
        ("University degree in Finance, Accounting or Economics", "required"),
        ("Minimum three years of experience in a similar position, preferably with an INGO", "required"),
        ("Fluency in Albanian and English; knowledge of Serbian is an asset", "required"),
        ("Excellent knowledge of Excel", "required")]
    assert [(l.code, l.requirement) for l in p.languages] == [("sq", "required"), ("en", "required"),
                                                             ("sr", "preferred")]


def test_un_inspira_notice_with_posting_period_grade_in_title_and_language_context() -> None:
    p = parse(NOTICES / "un-inspira-posting-period-grade-in-title.txt")
    assert (p.title, p.grade, p.organization) == (
        "Human Rights Officer", "P3", "Office of the High Commissioner for Human Rights")
    assert p.reference == "24-Human Rights-OHCHR-238041-R-Kyiv"
    assert (p.posted.date, p.deadline.date) == ("2024-08-12", "2024-09-10")  # the posting period's two ends
    assert ([l.country for l in p.locations], p.experience_years_min, p.education_level) == (["UA"], 5, "bachelor")
    # "English and French are the working languages of the Secretariat" describes, it does not ask
    assert [(l.code, l.requirement, l.proficiency) for l in p.languages] == [
        ("en", "required", "fluent"), ("uk", "preferred", None), ("ru", "preferred", None)]
    assert len(p.duties) == 3
    assert not any(q.text.startswith("Evaluation of qualified candidates") for q in p.qualifications)


def test_indeed_us_posting_with_hourly_pay_zip_code_and_the_organization_as_subject() -> None:
    p = parse(NOTICES / "indeed-us-hourly-zip-and-seeking-sentence.txt")
    assert (p.title, p.organization) == ("Case Manager", "Catholic Charities of Central Texas")
    assert [(l.city, l.country) for l in p.locations] == [("Round Rock", "US")]
    assert (p.remuneration.min, p.remuneration.max, p.remuneration.currency, p.remuneration.period) == (
        17, 22, "USD", "hour")
    assert (p.employment_type, p.experience_years_min, p.deadline) == ("full_time", 1, None)
    assert [(q.text, q.requirement) for q in p.qualifications][:2] == [
        ("Bachelor's degree in social work or a related field preferred", "preferred"),
        ("1+ year of case management experience required", "required")]
    assert [(l.code, l.requirement, l.alternatives) for l in p.languages] == [
        ("en", "required", []), ("es", "required", []), ("prs", "preferred", []), ("ps", "preferred", [])]
    assert [d.text for d in p.duties][0] == "Conduct intake assessments with newly arrived families"


def test_document_labels_with_numbers_are_not_titles() -> None:
    from postingkit import parse_text

    assert parse_text("Vacancy Announcement No. 12/2024\nProject Assistant\nDuties\n- Draft reports.\n").title == \
        "Project Assistant"
    found = parse_text("VACANCY NOTICE #2024-15\nField Officer (NOB)\nDeadline: 3 May 2025\n")
    assert (found.title, found.grade) == ("Field Officer", "NOB")


def test_a_location_line_naming_only_a_city_gives_its_country() -> None:
    from postingkit import parse_text

    found = parse_text("Field Officer\nDuty Station: KYIV\nDuties\n- Monitor the situation.\n")
    assert ([(l.city, l.country) for l in found.locations], found.remote) == ([("Kyiv", "UA")], False)
    assert [l.country for l in parse_text("Finance Assistant – Sarajevo\nDuties\n- Pay.\n").locations] == ["BA"]
    assert parse_text("Analyst\nLocation: Remote\n").locations == []


def test_letterhead_with_legal_form_title_naming_a_field_and_a_later_language_clause() -> None:
    p = parse(NOTICES / "letterhead-legal-form-heading-word-in-title-comma-knowledge.txt")
    # the first line is the employer (its name ends in "GmbH"), "Vacancy Announcement" is the document,
    # and "Education" in the title line does not make it a heading
    assert (p.title, p.organization, p.reference) == (
        "Junior Advisor for Vocational Education",
        "Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) GmbH", "GIZ-KOS-2025-004")
    assert ([(l.city, l.country) for l in p.locations], p.remote, p.employment_type) == (
        [("Prishtina", "XK")], False, "full_time")
    assert (p.deadline.date, p.experience_years_min, p.education_level, p.remuneration) == (
        "2025-03-15", 3, "bachelor", None)
    assert [d.text for d in p.duties] == [
        "Supports the cooperation with vocational schools and training centres",
        "Coordinates the organisation of trainings, workshops and study visits",
        "Prepares reports, presentations and meeting minutes in English and Albanian",
        "Monitors the progress of activities and contributes to the results-based monitoring"]
    assert [(q.requirement, q.category) for q in p.qualifications] == [
        ("required", "education"), ("required", "experience"), ("required", "skill"), ("required", "language"),
        ("preferred", "experience")]
    # ", knowledge of Serbian and/or German is an asset" is a second requirement inside the item
    assert [(l.code, l.requirement, l.proficiency) for l in p.languages] == [
        ("sq", "required", "fluent"), ("en", "required", "fluent"), ("sr", "preferred", None),
        ("de", "preferred", None)]


def test_procurement_notice_with_breadcrumb_scope_of_work_and_a_lead_in_sentence() -> None:
    p = parse(NOTICES / "procurement-breadcrumb-scope-of-work-lead-in-sentence.txt")
    assert (p.title, p.organization, p.reference) == (
        "Individual Consultant - Gender Equality Expert", "UNDP Kosovo", "UNDP-XK-00214")
    assert (p.deadline.date, p.deadline.time, p.deadline.timezone, p.posted.date) == (
        "2024-12-09", "23:59", "New York time", "2024-11-25")
    assert ([l.country for l in p.locations], p.remote, p.employment_type) == (["XK"], True, "consultancy")
    # "Scope of work" over label lines stays a heading; "..., the consultant will:" introduces the duties
    assert [d.text for d in p.duties] == [
        "Review the existing municipal gender action plans in 10 municipalities;",
        "Facilitate consultative workshops with municipal officials and civil society;",
        "Draft revised gender action plans and monitoring frameworks;",
        "Deliver a final report with recommendations."]
    assert [(q.requirement, q.category) for q in p.qualifications] == [
        ("required", "education"), ("required", "experience"), ("preferred", "experience"),
        ("required", "language")]
    assert (p.experience_years_min, p.education_level) == (7, "master")
    assert [(l.code, l.requirement) for l in p.languages] == [("en", "required"), ("sq", "required"),
                                                             ("sr", "preferred")]


def test_eu_call_for_experts_with_the_project_name_above_the_role() -> None:
    p = parse(NOTICES / "eu-call-for-experts-project-name-first-role-label.txt")
    # the project's name comes first; "Non-Key Expert: Senior Procurement Expert" names the role
    assert (p.title, p.organization) == ("Senior Procurement Expert", None)
    assert (p.deadline.date, p.deadline.time, p.deadline.timezone) == ("2025-02-28", "16:00", "CET")
    assert (p.remuneration.min, p.remuneration.max, p.remuneration.currency, p.remuneration.period) == (
        None, 350, "EUR", "day")  # "up to EUR 350 per working day"
    assert ([(l.city, l.country) for l in p.locations], p.experience_years_min, p.education_level) == (
        [("Pristina", "XK")], 5, "bachelor")
    assert len(p.duties) == 4
    assert [(q.requirement, q.category) for q in p.qualifications] == [
        ("required", "education"), ("required", "language"), ("required", "experience"),
        ("required", "experience"), ("preferred", "experience"), ("preferred", "language")]
    assert [(l.code, l.requirement, l.alternatives) for l in p.languages] == [
        ("en", "required", []), ("sq", "preferred", []), ("sr", "preferred", [])]


def test_ngo_letterhead_name_values_section_and_accountability_groups() -> None:
    p = parse(NOTICES / "ngo-letterhead-name-values-section-accountability-groups.txt")
    assert (p.title, p.organization, p.grade) == ("MEAL Coordinator", "Save the Children", "3")
    assert (p.deadline.date, p.contract_duration.months_min, p.experience_years_min) == ("2025-04-10", 18, 4)
    assert (p.remuneration.min, p.remuneration.currency, p.remuneration.period) == (3200, "BAM", "month")
    # the organisation's values ("BEHAVIOURS (Values in Practice)") are not duties; single-word areas group them
    assert [(d.group, d.text[:30]) for d in p.duties] == [
        ("Monitoring and evaluation", "Design and maintain the countr"),
        ("Monitoring and evaluation", "Lead baseline, midline and end"),
        ("Accountability", "Ensure that feedback and compl"), ("Learning", "Facilitate learning reviews an")]
    assert [q.requirement for q in p.qualifications] == ["required"] * 4 + ["preferred"] * 2
    assert [(l.code, l.requirement, l.alternatives) for l in p.languages] == [
        ("en", "required", []), ("bs", "required", ["hr", "sr"]), ("hr", "required", ["bs", "sr"]),
        ("sr", "required", ["bs", "hr"])]


def test_prose_duties_and_an_ideal_candidate_paragraph() -> None:
    p = parse(NOTICES / "prose-duties-ideal-candidate-paragraph.txt")
    assert (p.title, p.organization, [l.country for l in p.locations]) == (
        "Finance and Administration Assistant", "Kosovo Women's Network", ["XK"])
    assert (p.deadline.date, p.experience_years_min, p.education_level) == ("2025-01-20", 2, "bachelor")
    assert [d.text[:40] for d in p.duties] == [  # one duty per sentence of prose
        "The Finance and Administration Assistant", "She or he will prepare monthly financial",
        "The assistant will also manage office pr"]
    # "The ideal candidate" heads the qualifications, written as sentences
    assert [(q.requirement, q.category) for q in p.qualifications] == [
        ("required", "education"), ("required", "experience"), ("preferred", "skill"), ("required", "language")]
    assert [(l.code, l.requirement) for l in p.languages] == [("sq", "required"), ("en", "required"),
                                                             ("sr", "preferred")]


def test_organization_from_labels_acronyms_and_sentence_subjects() -> None:
    from postingkit import parse_text

    def organization(second_line: str) -> str | None:
        return parse_text(f"Project Officer\n{second_line}\n").organization

    assert organization("Posted by: Kosovo Foundation for Open Society") == "Kosovo Foundation for Open Society"
    assert organization("Name of the organisation: Mercy Corps Europe") == "Mercy Corps Europe"
    # an acronym that adds letters to the initials
    assert organization("The United Nations Children's Fund (UNICEF) works in over 190 countries.") == \
        "United Nations Children's Fund"
    # "to" joins the words of a name as "of" does
    assert organization("The OSCE Mission to Serbia is seeking a Project Officer.") == "OSCE Mission to Serbia"
    assert organization("Acme is seeking a Project Officer to join the team.") == "Acme"


@pytest.mark.parametrize(("sentence", "employer"), [
    # a phrase set off between the name and its verb
    ("MIET AFRICA, in partnership with the SADC Secretariat, seeks to appoint a Programme Officer.", "MIET AFRICA"),
    ("Welthungerhilfe, one of the largest private aid organisations in Germany, is looking for a Project Officer.",
     "Welthungerhilfe"),
    ("Erie Family Health Centers, a top workplace in Chicago, is looking for a Dentist.", "Erie Family Health Centers"),
    # the verbs NGOs recruit with
    ("Save the Children International seeks to recruit a Project Officer for its Juba office.",
     "Save the Children International"),
    ("The Danish Refugee Council wishes to recruit a Project Officer based in Kabul.", "Danish Refugee Council"),
    ("Plan International Uganda is pleased to announce a vacancy for a Project Officer.", "Plan International Uganda"),
    # an acronym with a place word in its parentheses
    ("The Africa Centres for Disease Control and Prevention (Africa CDC) is a specialized technical institution of "
     "the African Union.", "Africa Centres for Disease Control and Prevention"),
    # French and Spanish NGOs' openings (lexicon/*/employer_phrases.py)
    ("L'ONG Solidarités International est une organisation humanitaire qui intervient dans les conflits.",
     "Solidarités International"),
    ("Action contre la Faim (ACF) est une organisation non gouvernementale internationale créée en 1979.",
     "Action contre la Faim"),
    ("Médecins du Monde recrute un Chargé de programme pour sa mission au Mali.", "Médecins du Monde"),
    ("Handicap International, ONG de solidarité internationale, recrute un Chargé de programme.",
     "Handicap International"),
    ("Dans le cadre de ses activités au Niger, l'ONG Alima recrute un Chargé de programme.", "Alima"),
    ("Acción contra el Hambre es una organización humanitaria internacional.", "Acción contra el Hambre"),
    ("Save the Children busca un Oficial de programa para su oficina en Bogotá.", "Save the Children"),
    ("Lumio est une start-up qui développe des outils d'analyse.", "Lumio"),
    # a terms of reference's background: who runs the project hires its evaluator
    ("Northern Aid Kenya has implemented the Resilient Livelihoods Project since 2022.", "Northern Aid Kenya"),
])
def test_organization_as_the_subject_of_recruiting_phrasings(sentence: str, employer: str) -> None:
    from postingkit import parse_text

    assert parse_text(f"Project Officer\n\n{sentence}\n\nDuties\n- Keep the books\n").organization == employer


def test_employer_after_at_on_the_title_line_loses_its_article() -> None:
    from postingkit import parse_text

    p = parse_text("Programme Officer at the Africa Centres for Disease Control\n\nLocation: Addis Ababa, Ethiopia\n")
    assert (p.title, p.organization) == ("Programme Officer", "Africa Centres for Disease Control")


def test_saved_job_page_reads_its_main_content_not_the_site_header() -> None:
    p = parse(NOTICES / "job-page-site-header-outside-main.html")
    # "Example Careers" in the page's <header> is the site's name, outside <main>
    assert (p.title, p.organization, [l.country for l in p.locations]) == (
        "Field Assistant", "Danish Refugee Council (DRC)", ["BA"])
    assert (p.deadline.date, p.experience_years_min, p.education_level) == ("2025-02-15", 1, "secondary")
    assert (p.remuneration.min, p.remuneration.max, p.remuneration.currency, p.remuneration.period) == (
        1800, 1800, "BAM", "month")
    assert [d.text for d in p.duties] == ["Conduct household visits and needs assessments",
                                          "Distribute non-food items to "
                                          "beneficiaries", "Maintain beneficiary databases"]
    assert [(q.requirement, q.category) for q in p.qualifications] == [
        ("required", "education"), ("required", "experience"), ("required", "language"), ("required", "other")]
    assert [(l.code, l.alternatives) for l in p.languages] == [
        ("bs", ["hr", "sr"]), ("hr", ["bs", "sr"]), ("sr", ["bs", "hr"]), ("en", [])]


def test_titles_that_hold_a_heading_word_a_place_or_a_plural_role() -> None:
    from postingkit import parse_text

    found = parse_text("UNICEF KOSOVO PROGRAMME\nEDUCATION OFFICER (NOB)\nDuties\n- Support schools.\n")
    assert (found.title, found.grade, found.organization) == ("Education Officer", "NOB", "UNICEF KOSOVO PROGRAMME")
    assert parse_text("Vacancy: Senior Accountant – Tirana, Albania\n").title == "Senior Accountant"
    assert parse_text("Re-advertisement: Programme Associate (Gender)\nDeadline: 3 May 2025\n").title == \
        "Programme Associate (Gender)"
    assert parse_text("Call for Applications\nTrainers for Digital Skills Workshops\n").title == \
        "Trainers for Digital Skills Workshops"


def test_terms_of_reference_with_sections_numbered_3_and_items_numbered_3_1() -> None:
    p = parse(NOTICES / "terms-of-reference-subnumbered-items.txt")
    assert (p.title, p.employment_type, p.deadline.date) == (
        "National Consultant for Gender-Responsive Budgeting", "consultancy", "2025-02-25")
    # "3. Scope of work and responsibilities" heads items "3.1" to "3.4"; "2. Objective of the assignment"
    # says what the work is for, and "6. Duration and location" is a section, not a qualification
    assert [d.text for d in p.duties] == [
        "Conduct a desk review of municipal budget documents;", "Deliver trainings for municipal finance officers;",
        "Provide mentoring to municipal budget teams;", "Prepare a final report."]
    assert [(q.requirement, q.category) for q in p.qualifications] == [
        ("required", "education"), ("required", "experience"), ("required", "language")]
    assert (p.experience_years_min, p.education_level) == (5, "master")
    assert [(l.code, l.requirement) for l in p.languages] == [("sq", "required"), ("en", "required"),
                                                             ("sr", "preferred")]


def test_terms_of_reference_reads_the_same_from_docx_and_pdf_without_styles(tmp_path) -> None:
    """Typed numbers, no heading styles, one type size: what a ToR pasted into Word or printed to PDF looks like."""
    import docx

    from .pdfmaker import make_pdf

    lines = [line for line in (NOTICES / "terms-of-reference-subnumbered-items.txt").read_text().split("\n") if line]
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    document.save(tmp_path / "tor.docx")
    pdf = make_pdf([[(50, 760 - 14 * i, 10, "regular", line) for i, line in enumerate(lines)]])
    expected = parse(NOTICES / "terms-of-reference-subnumbered-items.txt")
    for posting in (parse(tmp_path / "tor.docx"), parse(pdf)):  # parse() takes bytes too
        assert [d.text for d in posting.duties] == [d.text for d in expected.duties]
        assert [(q.text, q.requirement) for q in posting.qualifications] == [
            (q.text, q.requirement) for q in expected.qualifications]
        assert (posting.title, posting.deadline.date) == (expected.title, expected.deadline.date)


def test_job_board_bullets_under_job_description_are_duties() -> None:
    p = parse(NOTICES / "job-board-job-description-bullets-slash-heading.txt")
    assert (p.title, p.organization, [(l.city, l.country) for l in p.locations]) == (
        "Sales Representative", "Elkos Group", [("Ferizaj", "XK")])
    assert [d.text for d in p.duties] == ["Visit existing and new clients in the Ferizaj region",
                                          "Present and sell company products", "Prepare weekly sales reports"]
    assert [(q.requirement, q.category) for q in p.qualifications] == [
        ("required", "education"), ("required", "experience"), ("required", "other"), ("preferred", "language")]
    assert (p.deadline.date, p.experience_years_min, p.education_level, p.remuneration) == (
        "2025-04-15", 1, "secondary", None)
    assert [(l.code, l.requirement) for l in p.languages] == [("en", "preferred")]


def test_job_board_scrape_with_menu_cookie_banner_and_the_employer_under_the_title() -> None:
    p = parse(NOTICES / "job-board-scrape-menu-cookies-employer-under-title.txt")
    # "Jobs | Companies | Blog | Login" is the site's menu; the employer and the city sit under the title
    assert (p.title, p.organization, [(l.city, l.country) for l in p.locations], p.remote) == (
        "Administrative Assistant", "Norwegian Refugee Council", [("Prishtina", "XK")], False)
    assert (p.deadline.date, p.experience_years_min, p.education_level) == ("2025-04-30", 2, "bachelor")
    assert [d.text for d in p.duties] == ["Manage the office calendar and correspondence",
                                          "Maintain filing systems and archives", "Support logistics for workshops"]
    # the similar jobs listed after the notice are neither duties nor qualifications
    assert [q.text for q in p.qualifications] == ["Bachelor degree in administration or related field",
                                                  "2 years of administrative experience", "Fluent English and Albanian"]


def test_announcing_line_with_the_role_on_the_next_line() -> None:
    p = parse(NOTICES / "ngo-announcing-line-then-role-bcs-excellent-knowledge.txt")
    # "Civil Rights Defenders is looking for a" announces the role printed under it
    assert (p.title, p.organization, [(l.city, l.country) for l in p.locations]) == (
        "Project Coordinator", "Civil Rights Defenders", [("Sarajevo", "BA")])
    assert [(l.code, l.requirement, l.proficiency, l.alternatives) for l in p.languages] == [
        ("bs", "required", "professional", ["hr", "sr"]), ("hr", "required", "professional", ["bs", "sr"]),
        ("sr", "required", "professional", ["bs", "hr"]), ("en", "required", "professional", []),
        ("de", "preferred", None, [])]
    assert (p.remuneration.min, p.remuneration.max, p.remuneration.currency, p.remuneration.period) == (
        2800, 3200, "BAM", "month")
    assert (p.deadline.date, p.experience_years_min, p.contract_duration.months_min) == ("2026-12-15", 3, 12)
    assert [d.text for d in p.duties][-1] == "Maintain communication with donors."


def test_roles_announced_in_one_line() -> None:
    cases = {
        "Civil Rights Defenders is looking for a Project "
        "Coordinator": ("Project Coordinator", "Civil Rights Defenders"),
        "The Helsinki Committee invites applications for the position of Legal Advisor": (
            "Legal Advisor", "Helsinki Committee"),
        "Save the Children is hiring: Field Officer (Tirana)": ("Field Officer", "Save the Children"),
        "We are looking for an experienced Finance Manager in Belgrade, Serbia": ("Finance Manager", None),
        "UNDP announces a vacancy for National Consultant": ("National Consultant", "UNDP"),
        "We are looking for new colleagues to join our team": (None, None),
    }
    for line, expected in cases.items():
        p = parse_text(f"{line}\n\nResponsibilities:\n- Prepare reports.\n")
        assert (p.title, p.organization) == expected, line


def test_intergovernmental_notice_with_letterhead_in_capitals_and_a_numbered_notice() -> None:
    p = parse(NOTICES / "intergovernmental-capitals-letterhead-numbered-notice-grade-in-title.txt")
    # the letterhead's capitals are spelled as the notice spells the name in its text
    assert (p.title, p.organization, p.grade, p.reference) == (
        "Project Officer", "Council of Europe", "B3", "e45/2026")
    assert ([(l.city, l.country) for l in p.locations], p.remote) == ([("Skopje", "MK")], False)
    assert (p.deadline.date, p.deadline.time, p.deadline.timezone) == ("2027-01-10", "23:59", "French time")
    assert (p.remuneration.min, p.remuneration.currency, p.remuneration.period) == (1918.96, "EUR", "month")
    assert [(l.code, l.requirement, l.alternatives) for l in p.languages] == [
        ("en", "required", ["fr"]), ("fr", "required", ["en"]), ("mk", "required", []), ("sq", "preferred", [])]
    assert [q.requirement for q in p.qualifications] == ["required"] * 7 + ["preferred"] * 2
    assert len(p.duties) == 4
    assert p.duties[0].text == "assists in the planning and implementation of project activities;"


def test_terms_of_reference_docx_with_a_label_table_and_scope_of_work_and_deliverables(tmp_path) -> None:
    from docx import Document

    doc = Document()
    doc.add_paragraph("TERMS OF REFERENCE", style="Title")
    table = doc.add_table(rows=0, cols=2)
    for label, value in [("Assignment title", "National Consultant on Gender Statistics"),
                         ("Organization", "UN Women Albania"),
                         ("Duty station", "Tirana, Albania with travel within the country"),
                         ("Duration", "40 working days over 4 months"), ("Application deadline", "5 January 2027")]:
        row = table.add_row().cells
        row[0].text, row[1].text = label, value
    doc.add_heading("Scope of work and deliverables", 1)
    for task in ["Review existing gender statistics produced by INSTAT.",
                 "Develop a methodology for the time-use survey."]:
        doc.add_paragraph(task, style="List Number")
    doc.add_heading("Required qualifications", 1)
    doc.add_paragraph("Experience", style="Heading 2")
    doc.add_paragraph("At least 5 years of experience in official statistics.", style="List Bullet")
    doc.add_paragraph("Experience with gender statistics is an asset.", style="List Bullet")
    doc.save(tmp_path / "tor.docx")

    p = parse(tmp_path / "tor.docx")
    assert (p.title, p.organization, [l.country for l in p.locations]) == (
        "National Consultant on Gender Statistics", "UN Women Albania", ["AL"])
    # the duration's label says what "4 months" is; tasks and their products under one heading are duties
    assert (p.contract_duration.months_min, p.deadline.date, p.experience_years_min) == (4, "2027-01-05", 5)
    assert [d.text for d in p.duties] == ["Review existing gender statistics produced by INSTAT.",
                                          "Develop a methodology for the time-use survey."]
    assert [q.requirement for q in p.qualifications] == ["required", "preferred"]


def test_prose_under_job_description_gives_the_sentences_that_say_what_the_holder_does() -> None:
    p = parse(NOTICES / "prose-job-description-and-prose-qualifications.txt")
    assert [d.text for d in p.duties] == [
        "The Communications Assistant will manage the organization's social media accounts and website.",
        "He/she will draft press releases and newsletters.",
        "The assistant will also support the organization of public events and campaigns."]
    assert [(q.requirement, q.category) for q in p.qualifications] == [
        ("required", "education"), ("required", "experience"), ("required", "language"),
        ("preferred", "experience"), ("preferred", "language")]
    assert [(l.code, l.requirement) for l in p.languages] == [("sr", "required"), ("en", "required"),
                                                              ("sq", "preferred")]
    assert (p.remuneration.min, p.remuneration.currency, p.remuneration.period) == (90000, "RSD", "month")


def test_a_role_paragraph_that_only_describes_the_post_gives_no_duties() -> None:
    p = parse_text("Driver\n\nThe role\nThe driver will be based in Tirana. You will join a great team.\n\n"
                   "Requirements\n- Valid driving licence.\n")
    assert p.duties == []


def test_sections_that_start_their_own_paragraph() -> None:
    p = parse_text("Project Assistant\nLocation: Tirana, Albania\n\n"
                   "Main tasks: coordinate activities; prepare reports; organise events.\n\n"
                   "Requirements: University degree in law; at least 3 years of experience; fluent English.\n")
    assert [d.text for d in p.duties] == ["coordinate activities;", "prepare reports;", "organise events."]
    assert [q.text for q in p.qualifications] == [
        "University degree in law;", "at least 3 years of experience;", "fluent English."]
    assert ([l.code for l in p.languages], p.experience_years_min) == (["en"], 3)
    p = parse_text("Project Assistant\n\nResponsibilities: The assistant will coordinate activities and prepare "
                   "reports.\n\nQualifications: University degree in law. Fluent English.\n")
    assert [d.text for d in p.duties] == ["The assistant will coordinate activities and prepare reports."]
    assert [q.text for q in p.qualifications] == ["University degree in law.", "Fluent English."]


def test_list_numbers_written_without_a_space() -> None:
    p = parse_text("Project Assistant\n\nResponsibilities:\n1.Coordinate activities;\n2.Prepare reports.\n")
    assert [d.text for d in p.duties] == ["Coordinate activities;", "Prepare reports."]


def test_header_styles_of_title_organization_place_and_grade() -> None:
    cases = [  # (header, title, organization, countries, grade)
        ("JOB VACANCY\nFINANCE OFFICER\nSave the Children in Kosovo",
         "Finance Officer", "Save the Children in Kosovo", ["XK"], None),
        ("Kosovo Foundation for Open Society\nannounces an open call for\nProgram Coordinator",
         "Program Coordinator", "Kosovo Foundation for Open Society", ["XK"], None),
        ("Vacancy Announcement – Monitoring and Evaluation (M&E) Specialist",
         "Monitoring and Evaluation (M&E) Specialist", None, [], None),
        ("#14-2026 Field Coordinator – Prizren", "Field Coordinator", None, ["XK"], None),
        ("WE ARE HIRING!\nSales Manager (m/f)", "Sales Manager", None, [], None),
        ("Terms of Reference\nfor\nNational Expert on Local Economic Development",
         "National Expert on Local Economic Development", None, [], None),
        ("Terms of Reference for National Expert on Local Economic Development",
         "National Expert on Local Economic Development", None, [], None),
        ("UNICEF Montenegro\nTemporary Appointment\nEducation Officer, NOB, Podgorica",
         "Education Officer", "UNICEF Montenegro", ["ME"], "NOB"),
        ("Education and Training Specialist", "Education and Training Specialist", None, [], None),
    ]
    for header, title, organization, countries, grade in cases:
        p = parse_text(header + "\n\nResponsibilities:\n- Prepare reports.\n")
        assert (p.title, p.organization, [l.country for l in p.locations], p.grade) == (
            title, organization, countries, grade), header


def test_a_slogan_above_the_text_is_not_the_title() -> None:
    """The shape of a US federal notice (shared realdocs, dsva): a call to join heads the page; the role is
    named in the prose under it."""
    from postingkit import parse_text

    posting = parse_text("Become a founding member of the VA Digital Service\n\nOn the heels of the launch, the "
                         "Department of Veterans Affairs is looking for highly experienced Digital Service Experts "
                         "to join a similar team.\n")
    assert posting.title == "Digital Service Expert"
    assert parse_text("Help Desk Analyst\n\nWe design things.\n").title == "Help Desk Analyst"



@pytest.mark.parametrize("text, title", [
    # NGO notices whose title is only in the prose (shared ngo corpus); a role someone else holds is not it
    ("Reporting to the Program Manager (PM) in Canada, the Country Representative (CR) for IGNITE will lead "
     "the project.", "Country Representative"),
    ("NRC Ethiopia is looking for an experienced Partnerships and Private Sector Engagement Manager to lead it.",
     "Partnerships and Private Sector Engagement Manager"),
    ("The purpose of the Head of Programme position is to develop programmes.", "Head of Programme"),
    ("The role of Travel Administrator involves managing travel arrangements.", "Travel Administrator"),
    ("The Early Refugee School Impact (ERSI) Specialist engages in the implementation of programmes.",
     "Early Refugee School Impact (ERSI) Specialist"),
    ("Report any incident to the Head of Base and to the Logistics Manager.", None),
    ("CBM is seeking to recruit an auditor to perform an audit of the funds received.", "Auditor"),
    ("Focused on data support, the Software Developer Analyst is a member of the team.", "Software Developer Analyst"),
    ("**Work Location**\n\nIstanbul (in-person, remotely or hybrid); Full-time\n\n**Expected duration**\n\n"
     "6 months", None),
    # ... and its label written in lower case with a colon, which is no heading
    ("work location:\n\nIstanbul (in-person, remotely or hybrid); Full-time\n\nexpected duration:\n\n6 months", None),
    ("**Position name:** Finance HR Coordinator\n**Duration**: 12 months", "Finance HR Coordinator"),
    # a US fintech's notice (shared realdocs, sofi): the role in lower case, three words before its noun
    ("The Fraud Prevention team is looking for an experienced fraud risk model manager/ lead.",
     "Fraud risk model manager/lead"),
    # scraped job-board postings (job_description.txt files of resume-matching projects): the employer after
    # the role, adjectives joined by "and", a role said in plain words
    ("As a Software Development Intern at iO Campus Sofia, you will join a team of technical experts.",
     "Software Development Intern"),
    ("We are seeking highly skilled and motivated Software Engineering Interns to join our team.",
     "Software Engineering Intern"),
    ("I'm looking for someone to work as a cashier at my store.", "Cashier"),
    ("We are looking for a passionate Software Engineer to design and scale software.", "Software Engineer"),
    ("We are recruiting for flexible Bank Housekeeping Assistant positions across Dorset.",
     "Bank Housekeeping Assistant"),
])
def test_titles_named_in_prose_or_under_unusual_labels(text: str, title: str | None) -> None:
    from postingkit import parse_text

    assert parse_text("**Background**\n\n" + text + "\n").title == title


@pytest.mark.parametrize("text, organization", [
    # NGO notices (shared ngo corpus): the employer hiring beats a body named with its acronym; an "About X"
    # heading; a name that "is a leading ... agency / an independent ... consultancy"
    ("**CBM** is seeking to recruit an auditor. Audits follow the International Federation of Accountants (IFAC) "
     "standards.", "CBM"),
    ("**About World Vision**\n\nFor more than 75 years, World Vision has been committed to children.", "World Vision"),
    ("MAGENTA is a leading Social and Behavioural Change (SBC) agency that specialises in design.", "MAGENTA"),
    ("Trust Consultancy and Development is an independent research and third-party monitoring and evaluation "
     "(M&E) consultancy based in Gaziantep.", "Trust Consultancy and Development"),
    ("**About the role**\n\nYou will support the team.", None),
    # a page saved as text glues the "About X" heading to its paragraph (job_description.txt files)
    ("About Sirion Sirion is the world's leading AI-native CLM platform.", "Sirion"),
    ("About Acme Beta is a tool we make.", None),
    # a programme funded by one body and implemented by another, which hires and is named again
    ("IGNITE (Inclusive Growth and Networks for Investment) is a six-year program funded by Global Affairs Canada "
     "and implemented by Catalyste+. The CR will steward the Catalyste+ brand.", "Catalyste+"),
    ("The project is implemented by Local Partners. The officer supports it.", None),
])
def test_organizations_named_in_prose(text: str, organization: str | None) -> None:
    from postingkit import parse_text

    assert parse_text("**Background**\n\n" + text + "\n").organization == organization


@pytest.mark.parametrize("text, organization", [
    # NGO notices (shared ngo corpus): an employer named in a commitment statement or only by a known acronym
    ("Compensation: based on the grid.\n\nAction against Hunger is committed to preventing any unwanted behaviour.",
     "Action against Hunger"),
    ("Senior Project Associate\n\nAll IOM staff members must be fluent in English and follow IOM policies.", "IOM"),
    ("Programme Specialist\n\nUN Women, grounded in the vision of equality, works for the empowerment of women. "
     "All UN Women staff must uphold its values.", "UN Women"),
    ("CPiE Specialist\n\nProvide technical leadership to Plan International's response. Represent Plan "
     "International in the Child Protection Sub-Sector.", "Plan International"),
    ("For our office in Kyiv, the Johanniter-Unfall-Hilfe e.V. International Assistance, is looking for a\n",
     "Johanniter-Unfall-Hilfe e.V. International Assistance"),
    # US postings close with the employer's equal-opportunity statement (job_posting.txt files, shared pay
    # corpus), its heading glued on by a page saved as text; "The Company" names no one
    ("You will support the team.\n\nHarvest Group is an equal opportunity employer that does not discriminate.",
     "Harvest Group"),
    ("You will support the team.\n\nVuori is proud to be an Equal Opportunity/Affirmative Action employer.", "Vuori"),
    ("You will support the team.\n\nEEO StatementThe Morgan is an Equal Opportunity Employer.", "Morgan"),
    ("You will support the team.\n\nThe Company is an equal opportunity employer.", None),
])
def test_organizations_named_in_commitments_or_by_known_acronyms(text: str, organization: str) -> None:
    from postingkit import parse_text

    assert parse_text("**Background**\n\n" + text + "\n").organization == organization


def test_a_question_or_a_sentence_above_the_text_is_no_title_and_no_employer() -> None:
    """Hooks and left-over instructions at the top of scraped postings (job_description.txt files)."""
    from postingkit import parse_text

    hook = parse_text("Are you looking for a professional experience you can be proud of?\n\nAs a Data Intern at "
                      "Acme, you will join our analytics team.\n")
    assert (hook.title, hook.organization) == ("Data Intern", None)
    asked = parse_text("Do you quickly connect with others and build trust in relationships?\n\nIf so, we are "
                       "ready to hire you.\n")
    assert (asked.title, asked.organization) == (None, None)
    pasted = parse_text("Please paste the job description here. The text should include:\n- Job title\n"
                        "- Company name\n\nWe are seeking a motivated Backend Engineer to join our team.\n")
    assert pasted.title == "Backend Engineer"


def test_a_department_is_no_employer() -> None:
    """"Department: HQ - Technology" under a job board's title (job_posting.txt files) names a unit of the
    employer; a UN notice's "Department/Office" names the employer."""
    from postingkit import parse_text

    unit = parse_text("Product Manager\nDepartment: HQ - Technology\n\nYou will own the roadmap.\n")
    assert unit.organization is None
    office = parse_text("Programme Officer\nDepartment/Office: Office for the Coordination of Humanitarian Affairs\n\n"
                        "You will own the roadmap.\n")
    assert office.organization == "Office for the Coordination of Humanitarian Affairs"


def test_the_employer_speaking_of_itself_names_it() -> None:
    """"At Amazon, we hire ..." (job board postings, shared pay corpus and job_description.txt files), when the
    notice names it again; "At least, we ..." and a name said once are not enough."""
    from postingkit import parse_text

    named = parse_text("SDE Intern\n\nAt Acme Robotics, we hire the best minds in technology. Acme Robotics "
                       "interns own their code.\n")
    assert named.organization == "Acme Robotics"
    assert parse_text("Analyst\n\nAt Acme, we build models.\n").organization is None
    assert parse_text("Analyst\n\nAt First, we build models. First things first.\n").organization is None


def test_a_linkedin_page_copied_as_text() -> None:
    """The shape of a LinkedIn job page selected and copied (job_description.txt files): the logo's alt text,
    the employer above the title, buttons, "place · Reposted 2 days ago", the work mode on its own line,
    applicant panels; a German notice under "About the job"."""
    from postingkit import parse_text

    page = ("Acme Kantonalbank logo\nAcme Kantonalbank\nShare\nShow more options\nData Scientist AI/GenAI (w/m/d)\n"
            "Zurich, Zurich, Switzerland · Reposted 2 days ago · Over 100 people clicked apply\n"
            "Promoted by hirer · Responses managed off LinkedIn\n\nHybrid\n\nFull-time\nApply\nSave\n"
            "See how you compare to over 100 others who clicked apply\nPeople you can reach out to\n\n"
            "About the job\nWir gestalten die KI-Strategie der Bank.\n\nDeine Aufgaben\n\n"
            "Entwerfen und Umsetzen von GenAI-Lösungen mit Data Engineers.\nAuswahl und Training grosser "
            "Sprachmodelle auf bankfachlichen Daten.\n\nDein Profil\n\nBerufserfahrung als Data Scientist\n"
            "Kenntnisse und Erfahrung mit Azure Cloud, LLM, OpenAI und ML-OPS\n"
            "Ein agiles Mindset nach SAFe/Scrum\n\nUnser Angebot\n\nAttraktives Gesamtpaket\n"
            "Weiterbildungsangebote\n")
    p = parse_text(page)
    assert (p.title, p.organization, [(l.city, l.country) for l in p.locations], p.remote, p.employment_type) == (
        "Data Scientist AI/GenAI", "Acme Kantonalbank", [("Zurich", "CH")], None, "full_time")
    assert p.evidence.title.rule == "title.page_header"
    assert [q.text for q in p.qualifications] == [
        "Berufserfahrung als Data Scientist", "Kenntnisse und Erfahrung mit Azure Cloud, LLM, OpenAI und ML-OPS",
        "Ein agiles Mindset nach SAFe/Scrum"]


def test_a_us_federal_vacancy_announcement() -> None:
    """The shape of a US State Department announcement (a careers page saved as text): the role above the
    document label, the department under it, the open period's two dates (month first), who may apply."""
    from postingkit import parse_text

    p = parse_text("Diplomatic Courier\n\nVACANCY ANNOUNCEMENT\nUnited States Department of State\n"
                   "An Equal Opportunity Employer\n\nAnnouncement No: DCS-2015-0001\nOpen Period: 2/25/2015 – "
                   "3/10/2015\nSalary: $39,166-$57,517\n\nWho May Apply\n\nApplicants must be U.S. citizens.\n\n"
                   "Appointment Duration\n\nFull-Time Permanent after being tenured.\n")
    assert (p.title, p.organization, p.deadline.date, p.posted.date) == (
        "Diplomatic Courier", "United States Department of State", "2015-03-10", "2015-02-25")
    assert [q.text for q in p.qualifications] == ["Applicants must be U.S. citizens."]


def test_a_civil_service_position_description_form() -> None:
    """The shape of a government position description saved as text (a careers page): numbered sections in
    capitals with the form's instructions in parentheses, Wingdings arrows turned to "Ø" by the lost font, a
    percentage column after the duties, "yrs" for years."""
    from postingkit import parse_text

    p = parse_text("POSITION DESCRIPTION\n\n1. JOB IDENTIFICATION:\n\n1.1  Position Title: Program Officer\n\n"
                   "2. PURPOSE, DUTIES AND RESPONSIBILITIES (Describe the purpose, duties and responsibilities, "
                   "indicating what is done how it is done):\n\nDuties and Responsibilities / % of Time\n"
                   "Ø  Prepare the annual work plan.\nØ  Prepare reports on the specific program\n/ 60\n40\n\n"
                   "3. KNOWLEDGE AND SKILLS REQUIREMENTS (Minimum requirements for performance of work described "
                   "(Level of Education, Knowledge, Skill and Ability):\n\n1.2  Education: Minimum Bachelor Degree, "
                   "in relevant field.\n\n1.4  Length and type of practical: Should have worked at least 4 yrs of "
                   "experience.\n")
    assert p.title == "Program Officer"
    assert [d.text for d in p.duties] == ["Prepare the annual work plan.", "Prepare reports on the specific program"]
    assert [q.text for q in p.qualifications] == [
        "Education: Minimum Bachelor Degree, in relevant field.",
        "Length and type of practical: Should have worked at least 4 yrs of experience."]
    assert (p.experience_years_min, p.education_level) == (4, "bachelor")


def test_an_hourly_job_posting_with_wages_a_bonus_and_a_requirement_said_not_to_be_one() -> None:
    """Shapes of hourly-job postings (careers pages): "preferred but not required", a "Wages" heading over a
    "Bonus:" paragraph (pay, not a wish list), a shift premium added to the wage, "They are hiring"."""
    from postingkit import parse_text

    p = parse_text("Dishwasher\n\nWages\nHourly Wage: $15.25 per hour\nBonus: Dishwashers are eligible for a bonus of "
                   "up to $0.50 for every hour worked.\n\nQualifications\n- Previous experience in a restaurant is "
                   "preferred but not required\n- Ability to multitask.\n")
    assert [(q.text, q.requirement) for q in p.qualifications] == [
        ("Previous experience in a restaurant is preferred but not required", "preferred"),
        ("Ability to multitask.", "required")]
    assert (p.remuneration.min, p.remuneration.period) == (15.25, "hour")
    aldi = parse_text("Store Associate\n\nThey are hiring shift managers and store associates. Employees start at "
                      "$12 - $16 per hour, plus additional $4.50 per hour premium when performing manager duties.\n")
    assert (aldi.organization, aldi.remuneration.min, aldi.remuneration.max) == (None, 12.0, 16.0)


def test_a_naukri_posting() -> None:
    """The shape of an Indian Naukri posting: title, company, experience, pay, places as the first lines;
    "Desired Candidate Profile" (the profile asked for, not a wish); the board's facts after the lists
    ("Role: Data Engineer", "Industry Type: ...") are neither qualifications nor the title."""
    from postingkit import parse_text

    p = parse_text("Senior Data Engineer\nTata Consultancy Services\n5 - 10 years\nNot Disclosed\nHyderabad\n\n"
                   "Job description\nRoles and Responsibilities\nDesign and build data pipelines using Spark.\n"
                   "Work with business teams to define data requirements.\n\nDesired Candidate Profile\n"
                   "5+ years of experience in data engineering.\nStrong SQL and Python skills.\n\nRole: Data Engineer\n"
                   "Industry Type: IT Services & Consulting\nEmployment Type: Full Time, Permanent\n"
                   "Role Category: Software Development\n")
    assert (p.title, p.organization, p.employment_type) == (
        "Senior Data Engineer", "Tata Consultancy Services", "full_time")
    assert [(q.text, q.requirement) for q in p.qualifications] == [
        ("5+ years of experience in data engineering.", "required"), ("Strong SQL and Python skills.", "required")]


def test_the_employers_own_years_are_no_experience_asked() -> None:
    """NHS postings (shared pay corpus): "Vita Health Group is a leading provider with over 30 years'
    experience" speaks of the employer; the candidate's years are asked elsewhere, or not at all."""
    from postingkit import parse_text

    own = parse_text("CBT Therapist\n\nAcme Health Group is a leading UK healthcare provider with over 30 years' "
                     "experience delivering care. We have 20 years of experience in therapy.\n\nResponsibilities\n"
                     "- Deliver therapy sessions.\n")
    assert own.experience_years_min is None
    asked = parse_text("CBT Therapist\n\nWe have 20 years of experience. You will bring 2 years of experience in "
                       "CBT.\n\nResponsibilities\n- Deliver therapy sessions.\n")
    assert asked.experience_years_min == 2


def test_a_site_above_the_role_is_not_the_title() -> None:
    """An NHS posting (shared pay corpus): the employer, then the site, then the reference, then the role."""
    from postingkit import parse_text

    p = parse_text("CARE PLUS GROUP\n\nCambridge Park\n\nVacancy based at Cambridge Park, Peterhouse Road, Grimsby\n\n"
                   "Reference Number: 814-20-191\n\nSenior Nurse\n\nSalary Range 6 £30,826 - £37,018\n\n"
                   "Care Plus Group is a Social Enterprise established since 2011 to deliver community healthcare.\n")
    assert (p.title, p.organization) == ("Senior Nurse", "Care Plus Group")


def test_slogans_and_short_sentences_above_the_text_are_no_titles() -> None:
    """LinkedIn postings (shared pay corpus) open with the employer's slogan or a hosting note; a bullet alone
    is no title either."""
    from postingkit import parse_text

    assert parse_text("SKF has been making the world spin since 1907!\n\nAssistant Controller\n\nYou will close the "
                      "books.\n").title == "Assistant Controller"
    assert parse_text("Make banking a Fifth Third better®\n\nWe are hiring.\n").title is None
    assert parse_text("Job details\n\nThis Jobot Job is hosted by Christina Finster\n\nSalary $110,000 per year\n"
                      ).title is None


def test_a_korean_posting_saved_as_text() -> None:
    """Korean has no capitals: its short heading lines ("주요업무", "자격요건", "우대사항") are headings by the
    vocabulary alone (the realdocs Wanted print reads them from bold type)."""
    from postingkit import parse_text

    p = parse_text("소프트웨어 엔지니어\n\n주요업무\n- 제품을 만듭니다\n\n자격요건\n- 설계를 즐기는 사람\n\n우대사항\n"
                   "- 풀스택 개발 경험이 있으신 분\n")
    assert [d.text for d in p.duties] == ["제품을 만듭니다"]
    assert [(q.text, q.requirement) for q in p.qualifications] == [
        ("설계를 즐기는 사람", "required"), ("풀스택 개발 경험이 있으신 분", "preferred")]


def test_a_site_banner_and_a_picture_counter_above_the_role_are_no_titles() -> None:
    """realdocs kimdahee (a Chrome print of Wanted): the site's banner sentence and the picture carousel's
    counter come above the role's own heading."""
    posting = parse_text("Stop reading job ads all night.\n\n1/9\n\nSoftware Engineer (Full Stack)\n\n"
                         "Responsibilities\n\n- Build the product\n- Review code\n")
    assert posting.title == "Software Engineer (Full Stack)"


def test_a_job_board_s_list_of_other_jobs_gives_no_pay() -> None:
    """realdocs omni8 (a LinkedIn print): "More jobs" lists other jobs' pay, and its cards' lines run on
    as headings of their own ("Actively reviewing applicants")."""
    text = ("Python Engineer\n\nResponsibilities\n\n- Maintain the analytics pipelines\n- Review code\n\n"
            "More jobs\n\nAnalytics Engineer\nOFX\n\nActively reviewing applicants\n\n"
            "Machine Learning Engineer\nSitemate\nA$115K/yr - A$200K/yr\n")
    assert parse_text(text).remuneration is None
    assert parse_text(text.replace("More jobs", "Benefits")).remuneration.min == 115000.0  # the same line, read


def test_advert_labels_of_a_printed_page_are_no_requirements() -> None:
    """realdocs bbva (a Chrome print): an advertisement's label sits among the requirements."""
    posting = parse_text("Practicante de datos\n\nRequisitos\n\n- Manejo de SQL\n"
                         "- Green Card Lottery Experts | Patrocinado\n- Excel avanzado\n\n"
                         "Condiciones del contrato\n\n- Seis meses\n")
    assert [q.text for q in posting.qualifications] == ["Manejo de SQL", "Excel avanzado"]


def test_a_spanish_template_asks_for_its_qualifications_in_conditions() -> None:
    """realdocs laborum (BCP's postings on Laborum): "Debes postular a este rol solo si …" and "Y sobre todo si
    dominas" head the requirements; a skill's "(deseable)" is said of that skill, not of the line of skills."""
    posting = parse_text("Practicante pre profesional-Finanzas TI\n\nDebes postular a este rol solo si …\n\n"
                         "Eres estudiante de 7mo ciclo de ingeniería de sistemas.\n\nY sobre todo si dominas\n\n"
                         "SQL , Power BI , Excel Avanzado VBA, Power Platform - básico (deseable), Inglés - básico\n\n"
                         "¿Qué beneficios disfrutarás?\n\nFlex time.\n")
    assert [(q.text, q.requirement) for q in posting.qualifications] == [
        ("Eres estudiante de 7mo ciclo de ingeniería de sistemas.", "required"),
        ("SQL , Power BI , Excel Avanzado VBA, Power Platform - básico (deseable), Inglés - básico", "required")]
    assert [(l.code, l.requirement, l.proficiency) for l in posting.languages] == [("en", "required", "basic")]


def test_a_job_board_s_facts_set_as_a_row_under_the_title_are_the_job_s_own() -> None:
    """realdocs omni8 (a LinkedIn print): pay, work mode and hours in a row of boxes under the title; a table
    further down (a pay scale, another job's card) is not read for pay."""
    top = ("Omniscient Neurotechnology\n\nPython Engineer (Medical Imaging)\n\n"
           "Sydney, New South Wales, Australia · 2 weeks ago\n\n")
    facts = "| $120K/yr - $150K/yr | Remote | Full-time |\n| --- | --- | --- |\n\n"
    rest = "About the job\n\nWe build things.\n\nResponsibilities\n\n- Build pipelines\n- Review code\n\n"
    posting = parse_text(top + facts + rest)
    assert (posting.remote, posting.employment_type) == (True, "full_time")
    assert (posting.remuneration.min, posting.remuneration.max, posting.remuneration.currency,
            posting.remuneration.period) == (120000.0, 150000.0, "AUD", "year")
    below = parse_text(top + rest + "Other jobs\n\n" + facts)
    assert below.remuneration is None and below.employment_type is None


def test_what_a_job_board_shows_the_applicant_who_printed_the_page_is_debris() -> None:
    """realdocs omni8 (a LinkedIn print by someone who had applied): "Submitted resume" between the title and
    the place line, "Application viewed 2 weeks ago" further down."""
    posting = parse_text("Omniscient Neurotechnology (o8t)\n\nPython Engineer (Medical Imaging)\n\nSubmitted resume\n\n"
                         "Sydney, New South Wales, Australia · 2 weeks ago\n\nApplication viewed 2 weeks ago\n\n"
                         "Responsibilities\n\n- Build pipelines\n- Review code\n")
    assert (posting.title, posting.organization) == ("Python Engineer (Medical Imaging)", "Omniscient Neurotechnology")
    assert [(l.city, l.country) for l in posting.locations] == [("Sydney", "AU")]


def test_a_spanish_job_board_s_closing_date_and_place_of_internship() -> None:
    """realdocs bbva (practicas.pe, printed): "Inscríbete hasta: 20/06/2023" closes it; "Lugar de prácticas: Lima"
    under the duties says where, and is no duty."""
    posting = parse_text("Practicante data Analytics\n\nFunciones\n\n- Actualización de Reportes del área\n"
                         "- Lugar de prácticas: Lima\n\nInscríbete hasta: 20/06/2023\n")
    assert [d.text for d in posting.duties] == ["Actualización de Reportes del área"]
    assert [(l.city, l.country) for l in posting.locations] == [("Lima", "PE")]
    assert posting.deadline.date == "2023-06-20"


def test_a_job_brief_template_with_its_heading_glued_to_the_brief() -> None:
    # condensed from a web developer job description template kept in a public repository
    # (abdullahmujahidali/ResumeParser-JobMatcher, aiassistant/constants.py): the line break before
    # "Responsibilities" was lost, and the last requirement is a short line with nothing after it
    p = parse_text("Job brief\n"
                   "We are looking for an outstanding Web Developer to be responsible for the coding of our website. "
                   "You will build everything from the home page to site layout and function.Responsibilities\n"
                   "Write well designed, testable, efficient code\n"
                   "Create and maintain software documentation\n"
                   "Requirements and skills\n"
                   "Proven working experience in web programming\n"
                   "Top-notch programming skills and in-depth knowledge of modern HTML/CSS\n"
                   "Ability to learn rapidly and master diverse web technologies and techniques.\n"
                   "BS in computer science or a related field\n")
    assert p.title == "Web Developer"
    assert [d.text for d in p.duties] == ["Write well designed, testable, efficient code",
                                          "Create and maintain software documentation"]
    assert [q.text for q in p.qualifications] == [
        "Proven working experience in web programming",
        "Top-notch programming skills and in-depth knowledge of modern HTML/CSS",
        "Ability to learn rapidly and master diverse web technologies and techniques.",
        "BS in computer science or a related field"]
    assert p.education_level == "bachelor"  # "BS"; "master" here is the verb, not a degree


def test_a_bank_s_vacancy_saved_as_html_without_a_charset() -> None:
    """Condensed from a Zambian building society's vacancy kept in a public repository's database dump
    (the job's HTML as its site stored it). libxml2 takes a page that names no charset for Latin-1: the
    title's dash came out as "â\\x80\\x93". The acronym the notice uses is spelled out once in its prose; the
    application's closing date ends a long sentence saying what to enclose."""
    page = ("<html><body><h1>MANAGING DIRECTOR – ZNBS</h1><p><strong>MAIN PURPOSE OF THE JOB</strong></p>"
            "<p>To ensure sustainability and growth of Zambia National Building Society as a primary mortgage "
            "financing institution.</p><p><strong>MAIN DUTIES AND RESPONSIBILITIES:</strong></p><ol>"
            "<li>&middot; To support the Vision, Mission and Mandate of ZNBS;</li>"
            "<li>&middot; To ensure industrial harmony within the Society;</li></ol>"
            "<p>Interested candidates must submit application letters enclosing a detailed curriculum vitae (CV), "
            "with three (3) traceable references and copies of academic/professional qualifications to the "
            "undersigned by 31st January 2020.</p><p>Email: executiverecruitment@znbs.co.zm</p></body></html>")
    p = parse(page.encode("utf-8"))
    assert (p.title, p.organization) == ("Managing Director – ZNBS", "Zambia National Building Society")
    assert [d.text for d in p.duties] == ["To support the Vision, Mission and Mandate of ZNBS;",
                                          "To ensure industrial harmony within the Society;"]
    assert p.deadline.date == "2020-01-31"


def test_a_template_s_blanks_say_nothing_and_an_aside_makes_a_list_preferred() -> None:
    # condensed from a frontend developer description kept as test data in a public repository
    # (kofiarhin/tailorcv-app, server/__test__/data/data.js): "[Insert Location or Remote]" is a blank to fill,
    # and "Preferred (but not required)" heads preferred qualifications, whatever "required" says inside it
    p = parse_text("Job Title: Frontend Developer\nLocation: [Insert Location or Remote]\nType: Full-Time\n\n"
                   "Key Responsibilities:\n- Build and maintain accessible UI components\n\n"
                   "Required Skills & Qualifications:\n- Proficiency in JavaScript, HTML5, and CSS3\n\n"
                   "Preferred (but not required):\n- Experience with TypeScript\n")
    assert (p.title, p.locations, p.remote, p.employment_type) == ("Frontend Developer", [], None, "full_time")
    assert [(q.text, q.requirement) for q in p.qualifications] == [
        ("Proficiency in JavaScript, HTML5, and CSS3", "required"), ("Experience with TypeScript", "preferred")]


def test_a_remote_job_board_s_markdown_with_its_facts_as_code_spans() -> None:
    # condensed from a posting kept as markdown in a public repository of remote jobs (RemoteWLB/remote-jobs,
    # jobs/C#/2024-02/lead-developer-net-cdi-h-f-x): pay and place are code spans under the employer, the title
    # ends with the French contract ("CDI") and gender mark ("H/F/X")
    p = parse_text("# [Lead Developer .Net - CDI - H/F/X](https://www.remotewlb.com/apply/x)  \n### Veepee  \n"
                   "#### `💰 65k-95k USD` `🌎 France`  \n\nToday we're looking for a Lead Developer.\n\n"
                   "**🎯 TASKS**\n\n* Ensure coordination between the technical team and the product team;\n\n"
                   "**👉 MUST HAVE skills**\n\n* 5+ years of experience in software development;\n")
    assert (p.title, p.organization) == ("Lead Developer .Net", "Veepee")
    assert (p.remuneration.min, p.remuneration.max, p.remuneration.currency) == (65000, 95000, "USD")
    assert [(l.city, l.country) for l in p.locations] == [(None, "FR")]


def test_a_consultancy_s_terms_of_reference_from_a_remote_job_board() -> None:
    # condensed from a development organisation's terms of reference kept as markdown in a public repository
    # (RemoteWLB/remote-jobs, jobs/React/2024-03/terms-of-reference-tor-fragile-contexts-consultation): the
    # assignment is named right after "Terms of Reference (ToR)"; "will add value" prefers; the payment terms
    # are no qualifications
    p = parse_text("# [Terms of Reference (ToR) Fragile contexts consultation](https://www.remotewlb.com/apply/x)  \n"
                   "### SNV  \n\n### Company Description\n\nSNV is a mission-driven global development partner.\n\n"
                   "### Qualifications\n\n### Consultant profile\n\n"
                   "Qualifications, knowledge, and experience required include:\n\n"
                   "  * More than 7 years’ experience working in fragile and conflict-affected countries in Africa.\n"
                   "  * Experience working with peacebuilding organisations will add value.\n\n"
                   " **Timeframe**  \nThe consultation is expected to take six (6) months.\n\n"
                   " **Payment terms**  \nThe contract payment terms are as follows:\n\n"
                   "  1. 40% upon signature of the contract\n  2. 60% after submission of the final deliverables\n")
    assert (p.title, p.organization, p.experience_years_min) == ("Fragile contexts consultation", "SNV", 7)
    assert [(q.text, q.requirement) for q in p.qualifications] == [
        ("More than 7 years’ experience working in fragile and conflict-affected countries in Africa.", "required"),
        ("Experience working with peacebuilding organisations will add value.", "preferred")]


def test_an_employer_whose_name_holds_a_heading_word() -> None:
    # condensed from a posting kept as markdown in a public repository of remote jobs (RemoteWLB/remote-jobs,
    # jobs/Python/2024-03/ai-engineer-6-month-contract-83399): "Skillshare" (and "About Skillshare") is no
    # skills heading, "Why you're excited about us" lists benefits, and the title's contract is a term of its own
    p = parse_text("# [AI Engineer (6 month contract)](https://www.remotewlb.com/apply/x)  \n### Skillshare  \n"
                   "#### `🌎 Brazil`  \nWe are seeking a highly skilled Python Developer.  \n"
                   "Contract duration: 6 months\n\n"
                   "### Why we're excited about you:\n\n  * Knowledge of web services, RESTful APIs, and webhooks.\n\n"
                   "### Why you're excited about us:\n\n  * Our team: We have a passionate, creative team.\n\n"
                   "About Skillshare  \nSkillshare is an online learning community.\n")
    assert (p.title, p.organization, p.employment_type) == ("AI Engineer", "Skillshare", "contract")
    assert (p.contract_duration.months_min, [(l.city, l.country) for l in p.locations]) == (6, [(None, "BR")])
    assert [q.text for q in p.qualifications] == ["Knowledge of web services, RESTful APIs, and webhooks."]


def test_a_french_work_study_posting_from_a_remote_job_board() -> None:
    # condensed from a posting kept as markdown in a public repository of remote jobs (RemoteWLB/remote-jobs,
    # jobs/Python/2024-03/alternance-data-engineer-industrie-services-lyon): the board says "France", the title
    # ends in the city; "Vos missions seront les suivantes" heads the duties, "Les apports de l'alternance" what
    # the work-study brings; telework up to two days a week is hybrid
    p = parse_text("# [Alternance - Data Engineer - Industrie & Services - Lyon](https://www.remotewlb.com/apply/x)  \n"
                   "### Sopra Steria  \n#### `🌎 France`  \n\n### Vos missions seront les suivantes :\n\n"
                   "  * Concevoir, développer et tester des composants applicatifs ;\n\n"
                   "### Les apports de l'alternance :\n\n  * Acquérir des compétences techniques avec nos experts\n\n"
                   "### Ce que nous vous proposons :\n\n"
                   "  * Un accord télétravail pour télétravailler jusqu’à 2 jours par semaine selon vos missions.\n")
    assert (p.title, p.organization) == ("Alternance - Data Engineer - Industrie & Services", "Sopra Steria")
    assert ([(l.city, l.country) for l in p.locations], p.remote) == ([("Lyon", "FR")], None)
    assert [d.text for d in p.duties] == ["Concevoir, développer et tester des composants applicatifs ;"]


def test_an_iom_vacancy_kept_as_a_markdown_page_with_front_matter() -> None:
    # condensed from an IOM special vacancy notice kept as a markdown page of a public repository
    # (janogale/netlify-cms, src/pages/blog/2020-04-05-senior-programme-assistant.md): front matter, labels
    # whose values are bold with no space ("Duty Station:**Berbera, Somaliland**"), bold words glued to their
    # neighbours ("Fluency in**English**and**Somali**is required.")
    p = parse(b"---\ntemplateKey: blog-post\ntitle: Senior Programme Assistant\n"
              b"posteddate: 2020-04-02T07:17:20.493Z\nclosingdate: 2020-04-15T07:17:20.513Z\n---\n"
              b"Position Title:**Senior Programme Assistant**\n\nVacancy Number:**SVN/IOMSO/005/2020**\n\n"
              b"Duty Station:**Berbera, Somaliland**\n\nClassification:**General Service**, Grade G6\\*\\*\n\n"
              b"Closing Date:**15 April, 2020**\n\nIOM is dedicated to promoting humane and orderly migration.\n\n"
              b"***Required Qualifications and Experience***\n\n**Languages**\n\n"
              b"Fluency in**English**and**Somali**is required.\n")
    assert (p.title, p.organization, p.reference, p.grade) == (
        "Senior Programme Assistant", "IOM", "SVN/IOMSO/005/2020", "G6")
    assert [(l.city, l.country) for l in p.locations] == [("Berbera", "SO")]
    assert (p.posted.date, p.deadline.date) == ("2020-04-02", "2020-04-15")
    assert [(l.code, l.requirement) for l in p.languages] == [("en", "required"), ("so", "required")]


def test_a_german_posting_whose_items_hold_heading_words() -> None:
    # condensed from a posting kept as markdown in a public repository of remote jobs (RemoteWLB/remote-jobs,
    # jobs/C#/2024-02/net-softwareentwickler-im-workflowdevelopment-m-w-d-41726): "PHP-Grundkenntnisse
    # wünschenswert" holds "kenntnisse" and "wünschenswert" but is an item; the title keeps its ".Net"
    p = parse_text("# [.Net Softwareentwickler im Workflowdevelopment (m/w/d)](https://www.remotewlb.com/apply/x)  \n"
                   "### WIRmachenDRUCK  \n\nDein Profil  \nSehr gute Kenntnisse in der Programmierung in C#  \n"
                   "Kenntnisse im AWS-Service von Vorteil  \nPHP-Grundkenntnisse wünschenswert  \n"
                   "Deutsch und Englisch: verhandlungssicher  \nUnsere Benefits  \nFirmenevents  \n")
    assert p.title == ".Net Softwareentwickler im Workflowdevelopment"
    assert [(q.text, q.requirement) for q in p.qualifications] == [
        ("Sehr gute Kenntnisse in der Programmierung in C#", "required"),
        ("Kenntnisse im AWS-Service von Vorteil", "preferred"), ("PHP-Grundkenntnisse wünschenswert", "preferred"),
        ("Deutsch und Englisch: verhandlungssicher", "required")]


def test_an_ngo_terms_of_reference_that_opens_with_the_posts_facts() -> None:
    # condensed from an INTERSOS terms of reference as an NGO job board printed it (ngojobsinafrica.com,
    # job/project-manager-430, and the same layout on worldngojobs.com): "Terms of reference" over the post's facts
    # ("Code:", "Supervision of:", "Dependents:"), which are no duties; "Country : Chad" names the country although
    # "Chad" is also a name; a five-word section name ("General context of the project") ends the facts
    p = parse_text("INTERSOS is an independent humanitarian organization that assists the victims of natural "
                   "disasters.\n\nTerms of reference\n\nJob Title: USG Program Manager\n\nCode: SR-31-10141\n\n"
                   "Country : Chad\n\nDuty station: Iriba\n\nDate of appointment: 01/04/2026\n\n"
                   "Under the supervision of: Field Coordinator\n\nDependents: Project staff\n\n"
                   "General context of the project\n\nINTERSOS has been present in Chad since 2004 with projects in "
                   "food security, protection, health and nutrition.\n")
    assert (p.title, p.organization) == ("USG Program Manager", "INTERSOS")
    assert [(l.text, l.country) for l in p.locations] == [("Chad", "TD")]
    assert p.duties == []


def test_a_job_boards_list_of_facts_with_its_dates_and_requirements() -> None:
    # condensed from an Afghan NGO job board's notice (acbar.org, jobs/134892/programme-manager.jsp): "Announced
    # Date" and "Expire Date" on one line; the facts list holds a requirement ("Education: ...") among facts
    p = parse_text("Position Title: Programme Manager\n\n"
                   "Activation Date: 30 July, 2025   Announced Date: 30 July, 2025   Expire Date: 04 August, 2025\n\n"
                   "  • Job Location: Kabul\n  • Salary: As per Salary Scale\n  • Organization: INTERSOS\n"
                   "  • Education: Advanced university degree in Social Sciences or related field.\n"
                   "  • Contract Duration: 12 Months\n  • Close date: 2025-08-04\n")
    assert (p.title, p.organization) == ("Programme Manager", "INTERSOS")
    assert (p.posted.date, p.deadline.date) == ("2025-07-30", "2025-08-04")
    assert [(q.text, q.requirement) for q in p.qualifications] == [
        ("Advanced university degree in Social Sciences or related field.", "required")]
    assert p.education_level == "master"


def test_a_job_list_banner_above_the_notice_is_no_title() -> None:
    # condensed from a UN agency's careers page saved as text (jobs.unicef.org, cw/en-us/job/582568): the list's
    # banner and filter names come first; the title is the long line after them
    p = parse_text("Current vacancies\n\nExplore our current job opportunities\n\nContract type\n\n"
                   "Position level\n\nNational Consultant - Education Data Analysis\n\nJob no: 582568\n"
                   "Contract type: Consultant\nLocation: Algeria\n")
    assert p.title == "National Consultant - Education Data Analysis"
    assert [l.country for l in p.locations] == ["DZ"]


def test_a_spanish_un_consultancy_with_its_facts_on_lines_of_their_own() -> None:
    # condensed from an IOM consultancy in Spanish as ReliefWeb's feed printed it (reliefweb89053.rssing.com,
    # chan-54758239/article3797.html) and a UN Women one (impactpool.org, jobs/838816): "Información de la
    # consultoría" is no qualifications heading ("formación" is inside the word), "agosto" is no "ago", "Idiomas
    # requeridos" over a lone "Español" asks for Spanish, the labels' values are on the next line
    p = parse_text("Información de la consultoría\nEstación de Trabajo:\nSan Salvador\n"
                   "Duración\n5 meses (del 1 abril al 31 agosto 2019)\nReporta directamente a:\n"
                   "Coordinador/a Nacional de Programa\n\nIdiomas requeridos\n\nEspañol\n\n"
                   "País: El Salvador\n")
    assert p.title is None
    assert (p.contract_duration.months_min, p.contract_duration.months_max) == (5.0, 5.0)
    assert [(l.code, l.requirement) for l in p.languages] == [("es", "required")]
    assert [l.country for l in p.locations] == ["SV"]
    assert [(q.text, q.category) for q in p.qualifications] == [("Español", "language")]


@pytest.mark.parametrize(("line", "amount", "currency", "period"), [
    ("Remuneración mensual: $U 41.866 más IVA.", 41866.0, "UYU", "month"),  # slideshare.net, an MGAP call
    ("Sueldo: S/ 3,500 mensuales.", 3500.0, "PEN", "month"),
])
def test_latin_american_currency_signs(line: str, amount: float, currency: str, period: str) -> None:
    pay = parse_text(line).remuneration
    assert (pay.min, pay.max, pay.currency, pay.period) == (amount, amount, currency, period)


def test_french_and_spanish_country_names_and_labels() -> None:
    # condensed from a MONUSCO notice on a Congolese job board (ubscongo.com, job_post/monusco-plusieurs-postes-03-
    # en-rdc-...): "Lieu du Travail : RDC"; "Vues : 242" is the page's counter
    p = parse_text("MONUSCO : Plusieurs postes ( 03 ) en RDC\nVues : 242\nInformations sur l'emploi\n"
                   "Lieu du Travail : RDC\nDescription de l'emploi\n"
                   "La Mission est une mission de maintien de la paix.\n")
    assert [(l.text, l.country) for l in p.locations] == [("RDC", "CD")]
    assert [l.country for l in parse_text("Lieu d'affectation : Tchad\n").locations] == ["TD"]
    assert [l.country for l in parse_text("Ubicación: Perú\n").locations] == ["PE"]


def test_an_ngo_page_whose_unit_has_an_acronym_and_whose_place_is_field_based() -> None:
    # condensed from Mercy Ships' and Medair's own career pages (careers.mercyships.org, CurrentOpportunities...
    # PositionId=931; app.joinhandshake.com, jobs/8018127): "the Monitoring and Evaluation Department (MELD)" is a
    # unit of the employer, never the employer; "Field based position in Antananarivo, Madagascar" says where;
    # a blog template's "Header" line is no title
    p = parse_text("Header\n\nDeputy Country Director\n\nWorkplace & Working conditions\n"
                   "Field based position in Antananarivo, Madagascar.\n\nKey Activity Areas\n"
                   "- Collaborates with the Monitoring and Evaluation Department (MELD) to lead the assessment.\n"
                   "- Reports to the team (MELD) each month.\n")
    assert (p.title, p.organization) == ("Deputy Country Director", None)
    assert [l.country for l in p.locations] == ["MG"]


def test_a_posting_told_in_prose_says_its_work_and_its_needs_in_sentences() -> None:
    # condensed from two US postings with no headings (shared pay corpus: li-3438939828, a law firm's paralegal;
    # li-3251984218, an SAP developer): "The position would involve ..." is the work; "... is required, as is
    # ...", "... is desired ..." and a list's "Should have ..." kept in prose are the needs, each as strong as it says
    p = parse_text("The Firm is in need of an energetic paralegal. The position would involve drafting pleadings "
                   "and engaging in legal research. Proficiency in writing is required, as is the ability to manage "
                   "multiple assignments. Strong experience with HANA DB SQL is desired with experience in tuning of "
                   "the queries. Should be able to design and develop the data model.\n")
    assert [d.text for d in p.duties] == [
        "The position would involve drafting pleadings and engaging in legal research."]
    assert [(q.text, q.requirement) for q in p.qualifications] == [
        ("Proficiency in writing is required, as is the ability to manage multiple assignments.", "required"),
        ("Strong experience with HANA DB SQL is desired with experience in tuning of the queries.", "preferred"),
        ("Should be able to design and develop the data model.", "required")]


def test_a_list_of_what_the_candidate_brings_under_no_known_heading_is_the_qualifications() -> None:
    # condensed from a US museum's HR posting (shared pay corpus: li-3745677818): the list's heading is unknown, its
    # items say what the candidate brings; "you will be responsible for ..." is the work
    p = parse_text("As the HR Generalist, you will be responsible for payroll and benefits.\n\n"
                   "A Few Notes\n\n- Broad knowledge of human resources concepts\n"
                   "- Excellent organization and time management skills\n- Ability to manage multiple projects\n"
                   "- Experience in a museum a plus\n")
    assert [d.text for d in p.duties] == [
        "As the HR Generalist, you will be responsible for payroll and benefits."]
    assert [(q.text, q.requirement) for q in p.qualifications] == [
        ("Broad knowledge of human resources concepts", "required"),
        ("Excellent organization and time management skills", "required"),
        ("Ability to manage multiple projects", "required"), ("Experience in a museum a plus", "preferred")]


def test_linkedins_section_names_glued_to_their_first_word() -> None:
    # condensed from a LinkedIn posting as its data set keeps it (shared pay corpus: li-3692329268): "Company
    # Description", "Role Description" and "Primary Responsibilities" glued to the text they head; "Job Cost
    # ExperienceStrong understanding of GAAP" (jobboard/linkedin-3904954918) stays two items, no heading
    p = parse_text("Company DescriptionRuff House Paperie is a stationery boutique in Lawrence, Kansas.\n"
                   "Role DescriptionWe are seeking a personable individual to join our team. Previous retail "
                   "experience is required.\nPrimary ResponsibilitiesAssisting retail customers in The Paperie"
                   "Managing Store InventoryEnsure day to day processes are being followed"
                   "Maintain the stock and merchandising of the store.\n"
                   "Requirements for RoleMust be personable and team-orientedAbility to multitask on many projects at "
                   "a timePrior retail experience is required.Enthusiasm for the stationery and gift industry\n")
    assert p.organization == "Ruff House Paperie"  # the subject of the company's description
    assert [d.text for d in p.duties] == ["Assisting retail customers in The Paperie", "Managing Store Inventory",
                                          "Ensure day to day processes are being followed",
                                          "Maintain the stock and merchandising of the store."]
    assert [q.text for q in p.qualifications] == [
        "Must be personable and team-oriented", "Ability to multitask on many projects at a time",
        "Prior retail experience is required.", "Enthusiasm for the stationery and gift industry",
        "Previous retail experience is required."]
    job_cost = parse_text("Requirements\nJob Cost ExperienceStrong understanding of accounting principlesExcellent "
                          "Excel skillsAbility to multitask\n")
    assert [q.text for q in job_cost.qualifications][:2] == [
        "Job Cost Experience", "Strong understanding of accounting principles"]


def test_lists_whose_bullets_are_glued_to_the_text_before_them() -> None:
    # condensed from US postings as their data set keeps them (shared pay corpus: li-3844216662 with "•" after a
    # full stop, li-3744106614 and li-3884428798 with "·" glued to the word before): each glyph starts an item, and
    # a heading left at the end of the list's last item ("... written. Qualifications:") is the next section's
    p = parse_text("Responsibilities:• Create and maintain contractor relationships.• Review construction plans."
                   "• Order warehoused materials.\n"
                   "Press:· Collect press clippings· Monitor international press activity\n"
                   "Competencies:\n· Intermediate understanding of GD&T.· Strong attention to detail.· Excellent "
                   "communication skills both verbal and written. Qualifications:\n")
    assert [(d.text, d.group) for d in p.duties] == [
        ("Create and maintain contractor relationships.", None), ("Review construction plans.", None),
        ("Order warehoused materials.", None), ("Collect press clippings", "Press"),
        ("Monitor international press activity", "Press")]
    assert [q.text for q in p.qualifications] == [
        "Intermediate understanding of GD&T.", "Strong attention to detail.",
        "Excellent communication skills both verbal and written."]


def test_dash_bullets_glued_to_the_text_before_them() -> None:
    # condensed from a US clinic's posting (shared pay corpus: li-3882279550): "**Responsibilities:**- Conduct
    # ...- Develop ...", the next heading glued in bold after an item's full stop; "$50-$60" is no list
    p = parse_text("**Responsibilities:**- Conduct comprehensive evaluations of children.- Develop individualized "
                   "treatment plans.- Maintain accurate documentation of progress reports.**Qualifications:**- "
                   "Master's degree in Occupational Therapy.- Experience working with pediatric populations.- Pass a "
                   "background check.\n**Compensation**- $50-$60 per hour- Pay differential for evaluations- Special "
                   "rate for documentation time\n")
    assert [d.text for d in p.duties] == ["Conduct comprehensive evaluations of children.",
                                          "Develop individualized treatment plans.",
                                          "Maintain accurate documentation of progress reports."]
    assert [q.text for q in p.qualifications] == ["Master's degree in Occupational Therapy.",
                                                  "Experience working with pediatric populations.",
                                                  "Pass a background check."]
    assert (p.remuneration.min, p.remuneration.max, p.remuneration.period) == (50.0, 60.0, "hour")


def test_a_labelled_requirement_with_no_space_after_its_colon() -> None:
    # condensed from a US staffing posting (shared pay corpus: li-3895593834, li-3880157614): "Qualifications:
    # Bachelor's ..." kept with no space after the colon
    p = parse_text("Job Description:The Specialist is responsible for keying tax returns.\n"
                   "Education Required:Bachelor's degree in Business, Marketing or another related field.\n")
    assert [(q.text, q.requirement) for q in p.qualifications] == [
        ("Bachelor's degree in Business, Marketing or another related field.", "required")]
    assert p.education_level == "bachelor"


def test_bullets_alone_on_their_lines() -> None:
    # condensed from a UK council's posting (shared pay corpus: nhs-916240296): each "•" on a line of its own, the
    # item on the next
    p = parse_text("We are looking to recruit people who can:\n\n•\nWork in a therapy-led service alongside "
                   "therapists;\n\n•\nProvide person centred care and support;\n\n•\nTravel throughout the County.\n")
    assert [d.text for d in p.duties] == ["Work in a therapy-led service alongside therapists;",
                                          "Provide person centred care and support;", "Travel throughout the County."]


def test_a_numbered_list_run_into_one_paragraph_and_a_pay_transparency_note() -> None:
    # condensed from US postings (shared pay corpus: li-3875765946, "Essential Functions1.Conduct ... 2. Promote
    # ..."; li-3627141928, a staffing firm's pay-transparency paragraph after its requirements)
    p = parse_text("Essential Functions1.Conduct client intake into support services. 2. Promote behavioral health "
                   "services. 3. Conduct follow-up with clients as appropriate.\n"
                   "Associate RequirementsBachelor's degree in a related field.\n"
                   "The hourly rate for this position is anticipated to range between $28.00 - $43.00 per hour. This "
                   "range is a good-faith estimate, based on the qualifications necessary for the position. Most "
                   "candidates will start in the bottom half of the pay range.\n")
    assert [d.text for d in p.duties] == ["Conduct client intake into support services.",
                                          "Promote behavioral health services.",
                                          "Conduct follow-up with clients as appropriate."]
    assert [q.text for q in p.qualifications] == ["Bachelor's degree in a related field."]
    assert (p.remuneration.min, p.remuneration.max, p.remuneration.period) == (28.0, 43.0, "hour")


def test_an_nhs_trust_posting_with_its_paragraph_above_the_role() -> None:
    # condensed from an NHS trust's posting (shared pay corpus: nhs-916246008): the letterhead, a tagline in lower
    # case, the service's paragraph, then the role with its term; "The post holder will ..." is the work, "To
    # succeed in this post you will have ..." the needs
    p = parse_text("OUH NHS Foundation Trust, IM&T Services\n\ndelivering ICT services to the NHS in Oxfordshire\n\n"
                   "Previous applicants need not apply\n\n"
                   "Information Management and Technology Services provide support to Oxford University Hospitals "
                   "users as well as to a number of other Health organisations across Oxfordshire.\n\n"
                   "Senior Service Desk Analyst, (Fixed term - 2 years)\n\nJob ref: IM&TS 115\n\n"
                   "The post holder will receive and respond to requests for support from users.\n\n"
                   "To succeed in this post you will have experience of working in a customer focused environment.\n")
    assert (p.title, p.reference) == ("Senior Service Desk Analyst", "IM&TS 115")
    assert [d.text for d in p.duties] == [
        "The post holder will receive and respond to requests for support from users."]
    assert [q.text for q in p.qualifications] == [
        "To succeed in this post you will have experience of working in a customer focused environment."]


def test_save_the_childrens_role_profile_template() -> None:
    # condensed from Save the Children role profiles as document sites keep them (docsbay.net, save-the-children-s11;
    # studylib.net, doc/7657941): "ROLE PROFILE" is the document, not a profile asked of the candidate ("le profil"
    # is French only as words of its own); two fields on one line; the child-safeguarding level is no grade and
    # its "the post holder will not have contact" no duty
    p = parse_text("save the children\n\ninternational programs\n\nrole profile\n\n"
                   "TITLE: Child Protection Sub Cluster Coordinator\n"
                   "TEAM/PROGRAMME: PDS / LOCATION: Juba with substantial field visits\n"
                   "GRADE: TBC / CONTRACT LENGTH: 12 months\nCHILD SAFEGUARDING:\n"
                   "Level 3: the role holder will have contact with children and/or young people frequently.\n"
                   "Level 1: the post holder will not have contact with children as part of their work.\n"
                   "ROLE PURPOSE:\nSave the Children co-leads the Child Protection sub-cluster with UNICEF.\n")
    assert p.title == "Child Protection Sub Cluster Coordinator"
    assert [(l.city, l.country) for l in p.locations] == [("Juba", "SS")]
    assert (p.grade, p.contract_duration.months_max) == (None, 12.0)
    assert (p.duties, p.qualifications) == ([], [])


@pytest.mark.parametrize(("line", "title"), [
    # untalent.org, jobs/social-media-moderator-arabic-french-remote-italy: the mode and the place it is worked from
    ("Social Media Moderator Arabic-French (remote Italy)", "Social Media Moderator Arabic-French"),
    ("Project Officer (Remote - Kenya)", "Project Officer"),
    ("Temporary Data Administrator (Fixed Term Contract)", "Temporary Data Administrator"),  # pay/nhs-916220136
])
def test_a_titles_trailing_work_mode_and_term(line: str, title: str) -> None:
    assert parse_text(f"{line}\n\nWe are looking for a colleague.\n").title == title


def test_list_items_that_are_headings_in_bold() -> None:
    # condensed from an Indian job board's posting (kitjob.in, job/250568708/professor-in-computer-science-rewari):
    # each heading is a list item in bold, its stars even unbalanced ("- *Skills Required**")
    p = parse_text("- *Qualification Requirements**\n- **Essential:**\n- M.Sc. (Computer Science) / M.Tech / Ph.D.\n"
                   "- **Desirable:**\n- NET / SET qualified\n- *Skills Required**\n- Good communication skills\n"
                   "- *Salary**\n- As per UGC norms\n")
    assert p.title is None
    assert [(q.text, q.requirement) for q in p.qualifications] == [
        ("M.Sc. (Computer Science) / M.Tech / Ph.D.", "required"), ("NET / SET qualified", "preferred"),
        ("Good communication skills", "required")]


def test_an_html_fragment_kept_as_text() -> None:
    # condensed from a UK employer's posting whose description field holds its HTML (jobs.selfmoneycare.com,
    # jobs/office-manager-seo-129f46df): list items on one line, notes to applicants that ask nothing
    p = parse_text('Office Manager\n<div><b>PERSON SPECIFICATION</b></div>\n<div><b>NOTES TO JOB APPLICANTS</b></div>'
                   '\n<ol><li><span>You must demonstrate how you meet the criteria by the closing date.</span></li>'
                   '</ol>\n<div><b>ESSENTIAL CRITERIA</b></div>\n<ul><li>Minimum 2 years office management '
                   'experience</li><li>Excellent Excel skills</li></ul>\n')
    assert [(q.text, q.requirement) for q in p.qualifications] == [
        ("Minimum 2 years office management experience", "required"), ("Excellent Excel skills", "required")]


def test_a_pay_line_is_no_heading_and_the_prose_after_it_still_speaks() -> None:
    # condensed from a UK care provider's posting (shared pay corpus: nhs-916235132): "Salary Range 6 £30,826 -
    # £37,018" is a short line, but a fact, not the heading of all that follows; "Our Nurses will work ..." is the
    # work, "You must be a Registered Nurse ..." the need, a DBS check's payment neither
    p = parse_text("Senior Nurse\n\nSalary Range 6 £30,826 - £37,018\n\n"
                   "We are seeking to recruit experienced Nurses. Our Nurses will work in partnership with the "
                   "multi-disciplinary team.\n\nYou must be a Registered Nurse educated to Degree Level and have "
                   "current NMC Registration.\n\nThe offer is provisional upon a satisfactory Enhanced DBS check, of "
                   "which the successful candidate will be responsible for payment.\n")
    assert (p.remuneration.min, p.remuneration.max, p.remuneration.currency) == (30826.0, 37018.0, "GBP")
    assert [d.text for d in p.duties] == ["Our Nurses will work in partnership with the multi-disciplinary team."]
    assert [q.text for q in p.qualifications] == [
        "You must be a Registered Nurse educated to Degree Level and have current NMC Registration."]


def test_what_the_applicant_must_hold_said_in_prose() -> None:
    # condensed from NHS trusts' postings (shared pay corpus: nhs-916248122, nhs-916258538)
    p = parse_text("LOCUM CONSULTANT DIAGNOSTIC NEURORADIOLOGIST\n\nThis is an opportunity to join a busy department."
                   "\n\nThe successful applicant should possess FRCR (or equivalent).\n\n"
                   "Applicants must hold a full GMC registration.\n")
    assert [q.text for q in p.qualifications] == ["The successful applicant should possess FRCR (or equivalent).",
                                                  "Applicants must hold a full GMC registration."]


def test_a_header_of_facts_glued_without_spaces() -> None:
    # condensed from US postings as their data set keeps them (shared pay corpus: li-95428182, li-3855387504): each
    # label glued to the value before it, no space before the colon; a long "Work Type" value says hybrid first
    p = parse_text("Job Title: Administrative CoordinatorOrganization: Cleveland Kids’ Book BankLocation: Rockville, "
                   "MDWork Type: Hybrid: The expectations range from full-time in-office work to a blend of remote "
                   "work.Hourly Rate: $25Schedule: Monday – Friday 9:00 am – 5:00 pm\n")
    assert (p.title, p.organization) == ("Administrative Coordinator", "Cleveland Kids’ Book Bank")
    assert ([(l.city, l.country) for l in p.locations], p.remote) == ([("Rockville", "US")], None)
    assert (p.remuneration.min, p.remuneration.period, p.remuneration.text) == (25.0, "hour", "$25")


def test_a_terms_of_references_version_and_date_lines_are_no_title() -> None:
    # condensed from a Liberian NGO job board's terms of reference (liberiahrjobs.com, job/consultant-field-assistant)
    p = parse_text("Annex 2 – TERMS OF REFERENCE\nVersion 2\nMay 2025\nFOR THE CONSULTANCY CONTRACT OF: Call for "
                   "Applications\n- Duration of Consultancy: Three (3) months with possibility of extension\n")
    assert p.title is None
    assert p.contract_duration.months_max == 3.0


def test_a_french_notice_of_several_posts_titles_the_first() -> None:
    # condensed from a MONUSCO notice on a Congolese job board (ubscongo.com): "POSTE 1 : ASSISTANT (E) D'ÉQUIPE"
    p = parse_text("MONUSCO : Plusieurs postes ( 03 ) en RDC\nInformations sur l'emploi\nLieu du Travail : RDC\n"
                   "POSTE 1 : ASSISTANT (E) D’ÉQUIPE\nCadre organisationnel\nCe poste est situé à Goma.\n")
    assert p.title == "Assistant (e) D’équipe"


def test_a_uk_clinic_posting_in_prose() -> None:
    # condensed from a UK clinic's posting (shared pay corpus: nhs-916244822): "The job will include ...",
    # "You shall contribute ...", "... capability is desirable but not compulsory"
    p = parse_text("We are looking for dynamic doctors to join our clinical team. The job will include consultations "
                   "and contraception provision. You shall contribute to evaluation and audit. Ultrasound scanning "
                   "capability is desirable but not compulsory.\n")
    assert [d.text for d in p.duties] == ["The job will include consultations and contraception provision.",
                                          "You shall contribute to evaluation and audit."]
    assert [(q.text, q.requirement) for q in p.qualifications] == [
        ("Ultrasound scanning capability is desirable but not compulsory.", "preferred")]


def test_who_may_hold_the_post_said_among_the_duties() -> None:
    # condensed from a US pharma posting (shared pay corpus: li-3904387508)
    p = parse_text("Responsibilities\n- Please note this is a remote position but candidate must reside within the "
                   "territory (around Newark, NJ)\n- Develops and implements a territory business plan\n"
                   "- Prepares territory budget plans for customer contacts\n")
    assert [d.text for d in p.duties] == ["Develops and implements a territory business plan",
                                          "Prepares territory budget plans for customer contacts"]
    assert [q.text for q in p.qualifications] == [
        "Please note this is a remote position but candidate must reside within the territory (around Newark, NJ)"]


def test_a_glued_item_that_opens_with_the_article_a() -> None:
    # condensed from US postings (shared pay corpus: li-1880409118, li-3900090678): "... 2 yearsA driver's license
    # is an advantage", under "What Does It Take"
    p = parse_text("What Does It Take\nHigh level of customer focus and empathyAbility to quickly learn new software"
                   "A patient and active listener who is detail-orientedCertified as a BCBA for a minimum of 2 years"
                   "A driver's license is an advantage\n")
    assert [(q.text, q.requirement) for q in p.qualifications] == [
        ("High level of customer focus and empathy", "required"),
        ("Ability to quickly learn new software", "required"),
        ("A patient and active listener who is detail-oriented", "required"),
        ("Certified as a BCBA for a minimum of 2 years", "required"),
        ("A driver's license is an advantage", "preferred")]


def test_an_nhs_locum_post_names_regulators_not_employers() -> None:
    # condensed from NHS postings (shared pay corpus: nhs-916240530, nhs-916240004): the Disclosure and Barring
    # Service (DBS) runs a check and is no employer, nor is "This is a bank post" a bank; "Applicants must already
    # be on the GMC specialist register" is a need
    p = parse_text("Applications are invited for a Locum Consultant Surgeon.\n\nThis is a bank post for 12 months.\n\n"
                   "Applicants must already be on the GMC specialist register.\n\nAs this post is regulated, an "
                   "enhanced disclosure by the Disclosure and Barring Service (DBS) is required. The DBS check is "
                   "free.\n")
    assert p.organization is None
    assert [q.text for q in p.qualifications] == [
        "Applicants must already be on the GMC specialist register.",
        "As this post is regulated, an enhanced disclosure by the Disclosure and Barring Service (DBS) is required."]


def test_a_un_terms_of_reference_form() -> None:
    # condensed from a UNFPA consultancy (radiookapi.net, offre-demploi/unfpa-individual-consultant): the form's
    # header fact and its note to whoever fills it in are no duties; the role is the one UNFPA seeks to hire
    p = parse_text("UNFPA: individual consultant\n\nTERMS OF REFERENCE (to be completed by Hiring Office)\n\n"
                   "Hiring Office: Democratic Republic of the Congo Country Office\n\nPurpose of consultancy:\n\n"
                   "UNFPA is seeking to hire an Accountability to Affected Population (AAP) Advisor to support the "
                   "Humanitarian Country Team (HCT) in DRC.\n\nScope of work:\n\n"
                   "(Description of services, activities, or outputs)\n\n"
                   "The consultant will coordinate the work on AAP/PSEA with WFP and OCHA.\n")
    assert p.title == "Accountability to Affected Population (AAP) Advisor"
    assert [d.text for d in p.duties] == ["The consultant will coordinate the work on AAP/PSEA with WFP and OCHA."]


def test_a_tor_named_for_its_assignment() -> None:
    # daleel-madani.org, node/405551: "ToR for Project Design Consultant for ILO in Arab States 2024"
    p = parse_text("ToR for Project Design Consultant for ILO in Arab States 2024\n\nIntroduction\n\n"
                   "These Terms of Reference (TOR) are an integral part of the purchase order.\n")
    assert p.title == "Project Design Consultant for ILO in Arab States 2024"


def test_a_board_header_place_written_with_points() -> None:
    # ngojobboard.org: the date and "Washington, D.C." under the title (a point ends the abbreviation, not a sentence)
    p = parse_text("Strategic Support Consultant\n\nFebruary 7, 2023\nWashington, D.C.\nPosition type\n\n"
                   "This TOR is meant to define the scope of a consultancy.\n")
    assert [(l.city, l.country) for l in p.locations] == [("Washington", "US")]


def test_good_to_have_is_preferred() -> None:
    # Indian job-board postings (Glassdoor, Naukri) head their preferred list "Good to Have" and mark items so
    p = parse_text("Senior Data Scientist\n\n**Must Have Skills:**\n\n* Strong proficiency in Python and SQL.\n\n"
                   "**Good to Have:**\n\n* Experience with Azure ML or Databricks.\n\n**Requirements**\n\n"
                   "* Knowledge of Kafka is good to have\n* Experience in Go (optional)\n"
                   "* Familiarity with dbt would be great\n")
    assert [(q.text, q.requirement) for q in p.qualifications] == [
        ("Strong proficiency in Python and SQL.", "required"),
        ("Experience with Azure ML or Databricks.", "preferred"),
        ("Knowledge of Kafka is good to have", "preferred"), ("Experience in Go (optional)", "preferred"),
        ("Familiarity with dbt would be great", "preferred")]


def test_a_unicef_notice_as_reliefweb_prints_it() -> None:
    # UNICEF's template: a motto where a title would stand ("For every child, hope"), "How can you make a
    # difference?" over the duties, "To qualify as an advocate for every child you will have…" over the
    # qualifications, "Job no:" and "Advertised:" among its facts
    p = parse_text("**Job no:** 571234\n**Duty Station:** Juba\n**Level:** P-3\n\n**For every child, hope**\n\n"
                   "**How can you make a difference?**\n\nUnder the supervision of the Chief of Health, the Health "
                   "Specialist will:\n\n* Monitor the supply of essential medicines.\n* Prepare donor reports.\n\n"
                   "**To qualify as an advocate for every child you will have…**\n\n* An advanced university degree "
                   "in public health.\n* A minimum of five years of professional experience.\n\n"
                   "**For every Child, you demonstrate…**\n\nUNICEF's core values of Care, Respect, Integrity.\n\n"
                   "**Advertised:** 12 Feb 2024 E. Africa Standard Time\n**Deadline:** 26 Feb 2024\n")
    assert (p.title, p.reference, p.posted.date, p.deadline.date) == ("Health Specialist", "571234", "2024-02-12",
                                                                       "2024-02-26")
    assert [d.text for d in p.duties] == ["Monitor the supply of essential medicines.", "Prepare donor reports."]
    assert [q.text for q in p.qualifications] == ["An advanced university degree in public health.",
                                                  "A minimum of five years of professional experience."]


@pytest.mark.parametrize(("text", "title", "organization"), [
    # US museum posting (shared pay corpus: li-3745677818)
    ("The Morgan Library & Museum invites applications for the position of Manager of Human Resources. This "
     "position administers benefits.", "Manager of Human Resources", "Morgan Library & Museum"),
    ("Applications are invited from suitably qualified candidates for the position of Monitoring and Evaluation "
     "Officer.\n\nDuties\n- Keep records.\n", "Monitoring and Evaluation Officer", None),
    ("The successful candidate will serve as the Water Engineer for the project.\n", "Water Engineer", None),
])
def test_a_title_the_prose_names_by_its_post(text: str, title: str, organization: str | None) -> None:
    p = parse_text(text)
    assert (p.title, p.organization) == (title, organization)


def test_a_canadian_bank_template() -> None:
    # RBC's posting as Google for Jobs exports it (shape of the shared jobboard's jsearch-ca rows): questions as
    # headings, "Must-have" / "Nice-to-have", the facts after the lists under "Additional Job Details"
    p = parse_text("Senior Data Engineer\nRBC\nToronto, ON\n\nWhat is the opportunity?\n\nYou will build pipelines.\n\n"
                   "What will you do?\n\n- Build scalable ETL pipelines on Azure\n- Mentor junior engineers\n\n"
                   "What do you need to succeed?\n\nMust-have\n\n- 5+ years of experience in data engineering\n\n"
                   "Nice-to-have\n\n- Experience with Databricks\n\nAdditional Job Details\n\n"
                   "Platform: Wealth Management\nPay Type: Salaried\n")
    assert [d.text for d in p.duties] == ["Build scalable ETL pipelines on Azure", "Mentor junior engineers"]
    assert [(q.text, q.requirement) for q in p.qualifications] == [
        ("5+ years of experience in data engineering", "required"), ("Experience with Databricks", "preferred")]


@pytest.mark.parametrize(("line", "title"), [
    ("Sales Representative at Dangote Group", "Sales Representative"),  # Nigerian boards: "<role> at <employer>"
    ("Humanitarian Affairs Officer/Accountability for Affected Population – Programmes at United Nations Office "
     "for the Coordination of Humanitarian Affairs – UNOCHA",  # opportunitieshub.ng
     "Humanitarian Affairs Officer/Accountability for Affected Population – Programmes"),
    ("Embedded AI Architect at MDA Montreal", "Embedded AI Architect"),  # shared jobboard: jsearch-ca-row16
    ("Nurse at Lagos, Nigeria", "Nurse"),
])
def test_a_title_line_naming_the_employer_after_at(line: str, title: str) -> None:
    # (and one naming the place after it: "Nurse at Lagos, Nigeria" is the role "Nurse")
    assert parse_text(f"{line}\n\nWe are hiring.\n").title == title


def test_the_employer_a_title_line_names_after_at() -> None:
    p = parse_text("Sales Representative at Dangote Group\n\nWe are hiring.\n")
    assert (p.title, p.organization) == ("Sales Representative", "Dangote Group")
    # prose naming a place of work after "at" names no employer (shared pay corpus: nhs-916240004)
    p = parse_text("As a Bank Pharmacy Technician at HMP Isle of Wight, you will assist the team.\n")
    assert p.organization is None


@pytest.mark.parametrize(("line", "title"), [
    ("Hiring: Java Developer (5+ yrs)", "Java Developer"), ("Now Hiring: Cashier", "Cashier"),
    ("Hiring Manager", "Hiring Manager"),  # a role, not a label
])
def test_hiring_before_a_colon_labels_the_role(line: str, title: str) -> None:
    assert parse_text(f"{line}\nAcme Ltd\nLondon\n\nWe are hiring.\n").title == title


def test_numbered_sections_in_plain_text_are_not_the_title() -> None:
    # MSF's notice (shared ngo corpus: 4232402) with its bold lost: "I. MSF INTERNATIONAL" reads as a numbered line
    p = parse_text("Contract: Fixed term 12 months\n\nI. MSF INTERNATIONAL\n\nMSF is an organisation.\n\n"
                   "II. CONTEXT\n\nThe role of Travel Administrator involves managing travel.\n")
    assert p.title == "Travel Administrator"


def test_a_placement_named_at_the_top_is_the_title_over_the_role_the_prose_names() -> None:
    """The shape of NGO internship calls (self-written, after Save the Children's): the top line names the
    placement, the sentence after it the role in one lower-case word."""
    posting = parse_text("**Internship – Communications**\n\nSave the Children is looking for an intern.\n")
    assert posting.title == "Internship – Communications"


@pytest.mark.parametrize(("notice", "title"), [
    # pay/li-2147609712 (condensed): the label Indian and US staffing boards use, the pay after the role
    ("Job Position: Registered Nurse $56.41 per hour\n\nLocation: Murrieta, CA 92564\n", "Registered Nurse"),
    ("Designation: Sales Executive\nLocation: Pune\n", "Sales Executive"),  # Indian boards (self-written)
    ("Posting Title: Information Officer, NOC\nDuty Station: BUJUMBURA\n", "Information Officer"),  # UN Inspira
])
def test_more_title_labels_and_the_pay_after_a_labelled_title(notice: str, title: str) -> None:
    assert parse_text(notice).title == title


def test_a_benefit_with_its_acronym_is_not_the_employer() -> None:
    """pay/li-3901175866 (condensed): 'Employee Assistance Program (EAP)' among Medline's benefits read as
    the employer, for a program is an organisation's noun."""
    posting = parse_text("Compensation Analyst\n\nResponsibilities\n- Analyse pay\n\nMedline is committed to offering "
                         "competitive benefits. Employees can participate in the 401(k) plan, access the Employee "
                         "Assistance Program (EAP), Employee Resource Groups (ERG) and Medline Service Corps.\n")
    assert posting.organization == "Medline"  # ("Medline is committed to ...")


def test_a_role_after_many_words_of_praise() -> None:
    """pay/li-3177010992 (condensed): 'We are looking for driven, self-motivated, hardworking, and
    business-oriented Health Insurance Agents.'"""
    posting = parse_text("We are seeking future agents to join our team! We are looking for driven, self-motivated, "
                         "hardworking, and business-oriented Health Insurance Agents. We are a fun office.\n")
    assert posting.title == "Health Insurance Agent"


@pytest.mark.parametrize(("notice", "title"), [
    # NGO calls as ReliefWeb and NGO boards print them (self-written): the document's label, then the work
    ("**Vacancy: Finance Officer (1 position)**\n\nText.\n", "Finance Officer"),
    ("**Call for Consultancy: Development of a Five-Year Strategic Plan**\n\nText.\n",
     "Development of a Five-Year Strategic Plan"),
    ("**Request for Proposals (RFP): Final Evaluation of the Resilience Project**\n\nText here.\n",
     "Final Evaluation of the Resilience Project"),
    ("**Terms of Reference for the Recruitment of a Consultant to Conduct a Market Assessment**\n\n**Background**"
     "\n\nText.\n", "Consultant to Conduct a Market Assessment"),
])
def test_calls_for_consultancies_and_proposals_and_how_many_posts(notice: str, title: str) -> None:
    assert parse_text(notice).title == title


def test_a_un_consultancys_result_of_service_is_no_title() -> None:
    """The UN Secretariat's consultancy form as NGO boards copy it (self-written after Inspira's template):
    the body opens on 'Result of Service', its outcome, not the post's name."""
    posting = parse_text("**Result of Service**\n\nA validated report on water utilities.\n\n**Work Location**\n\n"
                         "Home-based\n\n**Duties and Responsibilities**\n\nThe consultant will work under the Chief of "
                         "the Water Unit. The consultant will:\n- Review the literature.\n- Draft a report.\n")
    assert (posting.title, posting.remote) == ("Consultant", True)
    assert [d.text for d in posting.duties] == ["Review the literature.", "Draft a report."]


def test_mercy_corps_template() -> None:
    """Mercy Corps' notice template (self-written in its shape; the ngo corpus holds one of its notices):
    'The Position' then a prose role, the duties grouped under areas in capitals, 'REPORTING' among them,
    'Supervisory Responsibility' and 'Accountability' naming people, not duties."""
    posting = parse_text(
        "**About Mercy Corps**\n\nMercy Corps is a leading global organization.\n\n**The Position**\n\nThe MEL "
        "Officer will support the monitoring of the program in Maiduguri.\n\n**Essential Job Responsibilities**\n\n"
        "**MONITORING**\n\n- Design monitoring tools.\n\n**REPORTING**\n\n- Write monthly reports.\n\n"
        "**Supervisory Responsibility**\n\nMEL Assistants.\n\n**Accountability**\n\n**Reports Directly To:** MEL "
        "Manager\n\n**Minimum Qualifications & Transferable Skills**\n\n- 2 years of experience in MEL.\n")
    assert (posting.title, posting.organization) == ("MEL Officer", "Mercy Corps")
    assert [(d.text, d.group) for d in posting.duties] == [("Design monitoring tools.", "MONITORING"),
                                                           ("Write monthly reports.", "REPORTING")]
    assert [q.text for q in posting.qualifications] == ["2 years of experience in MEL."]


@pytest.mark.parametrize(("notice", "title", "organization"), [
    # NGO announcements (self-written, in the shapes CARE's and Oxfam's take)
    ("CARE International in Uganda is looking for a qualified candidate to fill the position of Finance Manager "
     "based in Kampala.\n", "Finance Manager", "CARE International in Uganda"),
    ("Oxfam is recruiting a Humanitarian Programme Coordinator for Oxfam in Somalia.\n",
     "Humanitarian Programme Coordinator", "Oxfam"),
])
def test_the_post_an_announcement_names_not_who_fills_it_nor_its_employer(notice: str, title: str,
                                                                           organization: str) -> None:
    posting = parse_text(notice)
    assert (posting.title, posting.organization) == (title, organization)


@pytest.mark.parametrize(("employer", "organization"), [
    ("Acme Corp 3.9★", "Acme Corp"), ("Acme Corp - 4.1", "Acme Corp"), ("Industry 4.0", "Industry 4.0")])
def test_a_review_sites_rating_after_the_employer_is_no_part_of_its_name(employer: str, organization: str) -> None:
    """Glassdoor and Indeed print the employer's rating beside its name (self-written board header)."""
    assert parse_text(f"Data Analyst\n{employer}\nLondon\n\nResponsibilities\n- Build dashboards\n").organization \
        == organization


@pytest.mark.parametrize(("notice", "title", "grade"), [
    # NGO notices' header fields in the shapes field offices write them (self-written)
    ("Position: Logistics Officer – Nationality: Somali nationals only\n\nText.\n", "Logistics Officer", None),
    ("Job Title & Grade: MEAL Manager, Grade 7\n\nText.\n", "MEAL Manager", "7"),
    ("The International Organization for Migration (IOM) is seeking a highly qualified candidate for the position of "
     "Migration Health Officer in Kabul.\n", "Migration Health Officer", None),
    ("Save the Children International is recruiting for the post of Health Advisor, based in Juba.\n",
     "Health Advisor", None),
])
def test_ngo_header_fields_and_announcements(notice: str, title: str, grade: str | None) -> None:
    posting = parse_text(notice)
    assert (posting.title, posting.grade) == (title, grade)


@pytest.mark.parametrize(("notice", "title"), [
    # document labels NGO boards put before the role (self-written first lines)
    ("**Extended Deadline – Project Coordinator**\n\nText.\n", "Project Coordinator"),
    ("**Internal/External Vacancy – Monitoring Assistant**\n\nText.\n", "Monitoring Assistant"),
    ("**Consultancy Opportunity: Gender Assessment**\n\nText.\n", "Gender Assessment"),
    ("**Roster: Emergency Response Officers**\n\nText.\n", "Emergency Response Officers"),
    ("**URGENT: Nurse needed**\n\nText.\n", "Nurse"),
])
def test_more_document_labels_before_the_role(notice: str, title: str) -> None:
    assert parse_text(notice).title == title


@pytest.mark.parametrize(("notice", "organization"), [
    # NGO notices that open on the employer (self-written in the shapes Welthungerhilfe's and Samaritan's
    # Purse's take)
    ("Welthungerhilfe (WHH) is one of the largest private aid organisations in Germany.\n\n**Responsibilities**\n\n"
     "- Lead\n", "Welthungerhilfe"),
    ("Who we are: Samaritan's Purse is a nondenominational evangelical Christian organization.\n\n"
     "**Responsibilities**\n\n- Lead\n", "Samaritan's Purse"),
    # an opening on its history (Plan International's, Helvetas')
    ("Since 1961, Plan International has worked for children's rights.\n\n**Responsibilities**\n\n- Lead\n",
     "Plan International"),
    ("Founded in 1990, Helvetas works in 30 countries.\n\n**Responsibilities**\n\n- Lead\n", "Helvetas"),
    ("Since January, the Project Manager has led the team.\n\n**Responsibilities**\n\n- Lead\n", None),
])
def test_the_employer_introduced_as_one_of_many_or_after_a_heading_on_its_line(notice: str,
                                                                              organization: str | None) -> None:
    assert parse_text(notice).organization == organization


# Lists whose bullets a copy lost: each item a line of its own, no blank line between them. Condensed from the
# labelled ngo/dev notices with their "- " marks taken out (ngo/4229060's "Objective 1: ..." groups,
# ngo/4231708's "1.Professional Competencies" over its skills, dev/isd-programmes-lead's numbered task groups).
UNMARKED_GROUPS = """Logistics Officer
Action against Hunger

## Key activities in your role will include

Objective 1: Supply Chain Management
Collect the orders and update the procurement follow-up.
Elaborate a monthly purchase forecast (supply, work, service)
Supervise the procurements quality/price/procedures)
Inform related departments about the process of their orders

Objective 2: Equipment Management
Ensure that premises and equipment are in good running condition.
Update the equipment list and inventory list.
Report immediately any loss and serious damages to the equipment.

## What you will bring

1.Professional Competencies
A bachelor's degree in a relevant field.
Minimum 5 years' experience in a senior management position.
Experience in MEAL systems is an asset.

2.Behavioural competencies
Strategic thinking.
Initiating action and change.
Empowering and building trust.

## What we offer
A one-year contract.
"""


def test_lines_of_a_list_that_lost_its_bullets_are_its_items() -> None:
    p = parse_text(UNMARKED_GROUPS)
    assert [(d.text, d.group) for d in p.duties] == [
        ("Collect the orders and update the procurement follow-up.", None),
        ("Elaborate a monthly purchase forecast (supply, work, service)", None),
        ("Supervise the procurements quality/price/procedures)", None),
        ("Inform related departments about the process of their orders", None),
        ("Ensure that premises and equipment are in good running condition.", None),
        ("Update the equipment list and inventory list.", None),
        ("Report immediately any loss and serious damages to the equipment.", None)]
    assert [(q.text, q.requirement) for q in p.qualifications] == [
        ("A bachelor's degree in a relevant field.", "required"),
        ("Minimum 5 years' experience in a senior management position.", "required"),
        ("Experience in MEAL systems is an asset.", "preferred"),
        ("Strategic thinking.", "required"), ("Initiating action and change.", "required"),
        ("Empowering and building trust.", "required")]


def test_numbered_task_groups_over_lines_that_lost_their_bullets() -> None:
    notice = """Programmes Lead

Key Responsibilities

1. Strengthen and maintain effective relationships with member cities (20%)

Engage with members and other cities in the region.

Conduct outreach to municipalities.

2. Project management (15%)

Contribute to weekly regional team meetings.

Support the drafting of donor reports.
"""
    assert [(d.text, d.group) for d in parse_text(notice).duties] == [
        ("Engage with members and other cities in the region.",
         "Strengthen and maintain effective relationships with member cities (20%)"),
        ("Conduct outreach to municipalities.",
         "Strengthen and maintain effective relationships with member cities (20%)"),
        ("Contribute to weekly regional team meetings.", "Project management (15%)"),
        ("Support the drafting of donor reports.", "Project management (15%)")]


def test_lines_without_bullets_beside_bulleted_items_are_prose() -> None:
    """A section that bullets its items: the lines without bullets after them are the employer's statements."""
    p = parse_text("Logistics Officer\n\nDuties\n\n- Draft reports.\n- Review budgets.\n"
                   "MENTOR is an equal opportunity employer.\nMENTOR applies a zero-tolerance approach to abuse.\n"
                   "MENTOR will contact previous employers.\n")
    assert [d.text for d in p.duties] == ["Draft reports.", "Review budgets."]


# A job board's description flattened to one paragraph, its headings written in sentence case and glued to the
# sentence after them without a colon (the shape of UK aggregator feeds, as a care agency's and a pub's notices
# read there; written for this test)
FLATTENED_SENTENCE_CASE = (
    "We are a busy country pub with rooms, serving seasonal food seven days a week, and we are looking for a "
    "Senior Sous Chef to support our Head Chef in running a kitchen team of eight. Main duties The post holder will "
    "lead the kitchen in the absence of the Head Chef. Order stock and manage deliveries in line with the weekly "
    "budget. Train and mentor junior chefs and apprentices. Keep food safety records up to date and prepare for "
    "inspections. Person specification At least two years' experience as a Sous Chef in a fresh food kitchen. A "
    "Level 2 Food Hygiene certificate. A calm head under pressure and a passion for local produce. Experience of "
    "menu costing is desirable. What we offer Salary of £34,000 - £37,000 per year plus tronc, 28 days' holiday and "
    "free meals on shift. How to apply Send your CV to the Head Chef by 31 January 2025.")


def test_sentence_case_headings_glued_into_a_flattened_description() -> None:
    p = parse_text("Senior Sous Chef\nThe Crown Inn\nBath, Somerset\n\n" + FLATTENED_SENTENCE_CASE + "\n")
    assert [d.text for d in p.duties] == [
        "The post holder will lead the kitchen in the absence of the Head Chef.",
        "Order stock and manage deliveries in line with the weekly budget.",
        "Train and mentor junior chefs and apprentices.",
        "Keep food safety records up to date and prepare for inspections."]
    assert [(q.text, q.requirement) for q in p.qualifications] == [
        ("At least two years' experience as a Sous Chef in a fresh food kitchen.", "required"),
        ("A Level 2 Food Hygiene certificate.", "required"),
        ("A calm head under pressure and a passion for local produce.", "required"),
        ("Experience of menu costing is desirable.", "preferred")]
    assert (p.deadline.date, p.experience_years_min) == ("2025-01-31", 2)


def test_a_flattened_description_that_opens_with_its_heading() -> None:
    p = parse_text("Care Assistant\nBrightcare\nGuildford, Surrey\n\nSummary of role To help our customers live "
                   "independently at home with dignity and respect, working alongside the rest of the care team. "
                   "Principal responsibilities To help customers get up in the morning and go to bed at night. To "
                   "support customers with their mobility and personal care. To write clear visit notes after each "
                   "call. To tell the Care Manager about any change in a customer's health. Personal attributes "
                   "Kind and patient. Able to use your own initiative. A full driving licence. About us Brightcare "
                   "has looked after older people in their own homes across Surrey for over twenty years, and our "
                   "carers are paid for their travel time between calls.\n")
    assert [d.text for d in p.duties][:4] == [
        "To help customers get up in the morning and go to bed at night.",
        "To support customers with their mobility and personal care.",
        "To write clear visit notes after each call.",
        "To tell the Care Manager about any change in a customer's health."]
    assert [q.text for q in p.qualifications] == [
        "Kind and patient.", "Able to use your own initiative.", "A full driving licence."]


def test_a_list_written_inline_between_semicolons_gives_an_item_each() -> None:
    p = parse_text("Finance Officer\n\nKey Responsibilities\n\nMaintain the accounting system and prepare the "
                   "monthly closing; review payment requests for compliance with donor rules; prepare budget "
                   "versus actual reports; support internal and external audits.\n\nRequirements\n\nUniversity "
                   "degree in Finance or Economics; three years of experience in a similar position; fluency in "
                   "English. Lead the team; this includes hiring.\n")
    assert [d.text for d in p.duties] == [
        "Maintain the accounting system and prepare the monthly closing",
        "review payment requests for compliance with donor rules", "prepare budget versus actual reports",
        "support internal and external audits."]
    assert [q.text for q in p.qualifications][:3] == [
        "University degree in Finance or Economics", "three years of experience in a similar position",
        "fluency in English."]


def test_a_french_job_board_posting_with_its_sections_named_as_french_boards_name_them() -> None:
    # written after the shape of Indeed France postings as JobSpy keeps them (the jobboard folder's jobspy-fr rows):
    # "City, REGION, FR" where the region is an old FIPS code that may be digits, and section names that French
    # boards use beside "Vos missions" / "Profil recherché": "Ce que nous attendons de vous", "Ce qu'on t'offre"
    p = parse_text("Développeur Full Stack Java / Angular (F/H)\nSopra Conseil\nToulouse, 31, FR\n\n"
                   "## Votre rôle\n\nVous développerez les nouvelles fonctionnalités. "
                   "Vous rédigerez les tests unitaires.\n\n"
                   "## Ce que nous attendons de vous\n\nDe formation Bac+5, vous avez au moins 3 ans d'expérience en "
                   "Java. Une expérience en méthode Scrum est appréciée. Un anglais technique est requis.\n\n"
                   "## Ce qu'on t'offre\n\n* 2 jours de télétravail par semaine\n")
    assert (p.title, p.organization) == ("Développeur Full Stack Java / Angular", "Sopra Conseil")
    assert ([(l.city, l.country) for l in p.locations], p.remote) == ([("Toulouse", "FR")], None)
    assert [d.text for d in p.duties] == ["Vous développerez les nouvelles fonctionnalités.",
                                          "Vous rédigerez les tests unitaires."]
    assert [(q.text, q.requirement) for q in p.qualifications] == [
        ("De formation Bac+5, vous avez au moins 3 ans d'expérience en Java.", "required"),
        ("Une expérience en méthode Scrum est appréciée.", "preferred"),
        ("Un anglais technique est requis.", "required")]
    assert ([(l.code, l.requirement) for l in p.languages], p.experience_years_min) == ([("en", "required")], 3)


@pytest.mark.parametrize(("heading", "kind"), [
    ("Ce que nous attendons de vous", ("qualifications", "required")), ("Qui es-tu ?", ("qualifications", "required")),
    ("Savoir-être", ("qualifications", "required")), ("Pré-requis", ("qualifications", "required")),
    ("Description des missions", ("duties", "required")), ("Activités principales", ("duties", "required")),
    ("Termes de référence", ("duties", "required")), ("Résultats attendus", ("other", "required")),
    ("Objectifs de la mission", ("summary", "required")), ("Les + du poste", ("benefits", "required")),
    ("Descriptif du poste", ("summary", "required")), ("Mission de l'entreprise", None)])
def test_french_section_names(heading: str, kind: tuple[str, str] | None) -> None:
    from postingkit.headings import classify_heading

    assert classify_heading(heading) == kind


def test_a_francophone_ngo_notice_paid_in_cfa_francs() -> None:
    # written after the shape of West African NGO and UN notices in French: pay in CFA francs, which are West
    # Africa's (XOF) in Mali and Central Africa's (XAF) in Cameroon; "souhaitable" and "un avantage" say preferred
    notice = ("Chargé(e) de programme\nAction Solidaire Internationale\n{place}\n\n**Profil**\n\n"
              "- Minimum 3 ans d'expérience dans la gestion de projets humanitaires\n"
              "- Une expérience au Sahel serait un avantage\n"
              "- Maîtrise du français exigée ; connaissance pratique de l'anglais souhaitable\n\n"
              "**Conditions**\n\nContrat de 12 mois. Salaire : 850 000 FCFA brut mensuel.\n")
    for place, currency in (("Bamako, Mali", "XOF"), ("Yaoundé, Cameroun", "XAF")):
        p = parse_text(notice.format(place=place))
        pay = p.remuneration
        assert (pay.min, pay.max, pay.currency, pay.period) == (850000, 850000, currency, "month")
    assert [(q.requirement, q.text) for q in p.qualifications] == [
        ("required", "Minimum 3 ans d'expérience dans la gestion de projets humanitaires"),
        ("preferred", "Une expérience au Sahel serait un avantage"),
        ("required", "Maîtrise du français exigée ; connaissance pratique de l'anglais souhaitable")]
    assert [(l.code, l.requirement) for l in p.languages] == [("fr", "required"), ("en", "preferred")]


def test_a_flattened_uk_posting_whose_requirements_end_in_requirement_words_and_languages() -> None:
    # written after the shape of the UK Adzuna rows (the whole description on one line): a heading with an
    # apostrophe ("What we're looking for:") still heads the list after it; "... not essential NVQ Level 2" starts
    # an item at the name in capitals; "Good written and spoken English A kind ..." keeps the language in its item
    p = parse_text("Care Assistant - Nights\nMeadowbank Care Homes\nLeeds, West Yorkshire\n\n"
                   "Meadowbank Care Homes are looking for a caring and compassionate Night Care Assistant to join our "
                   "friendly team at our 40 bed residential home in Leeds, where every resident is known by name. "
                   "Salary: £11.44 per hour Hours: 36 hours per week (3 x 12 hour nights) Key Responsibilities: "
                   "Supporting residents with personal care, including washing and dressing Assisting residents to "
                   "move safely using the correct equipment Completing care records accurately at the end of each "
                   "shift Responding promptly to call bells during the night What we're looking for: Previous "
                   "experience in a care setting is desirable but not essential NVQ Level 2 in Health and Social Care "
                   "(or willingness to work towards) Good written and spoken English A kind and patient nature "
                   "Benefits: Paid DBS check Free uniform Refer a friend bonus\n")
    assert len(p.duties) == 4
    assert [(q.requirement, q.text) for q in p.qualifications] == [
        ("preferred", "Previous experience in a care setting is desirable but not essential"),
        ("required", "NVQ Level 2 in Health and Social Care (or willingness to work towards)"),
        ("required", "Good written and spoken English"), ("required", "A kind and patient nature")]
    assert [(l.code, l.requirement) for l in p.languages] == [("en", "required")]


def test_a_flattened_uk_posting_whose_headings_open_with_the() -> None:
    # "The role The Finance Assistant will ...": a section name in sentence case that starts with "The"
    p = parse_text("Finance Assistant\nHarbour Housing Association\nBristol\n\n"
                   "Harbour Housing Association is seeking a Finance Assistant to join its busy finance team on a "
                   "permanent, full time basis, working from our offices in the centre of the city. The role The "
                   "Finance Assistant will process supplier invoices and payments, reconcile bank accounts weekly and "
                   "support the month end close. You will also deal with queries from suppliers and colleagues. "
                   "About you You will have at least two years' experience in a finance role, ideally within housing. "
                   "Strong Excel skills are essential. What we offer A salary of £24,500 - £27,000 per annum, 25 days "
                   "holiday plus bank holidays and a generous pension scheme. Closing date: 14th March 2025.\n")
    assert [d.text for d in p.duties] == [
        "The Finance Assistant will process supplier invoices and payments, reconcile bank accounts weekly and "
        "support the month end close.", "You will also deal with queries from suppliers and colleagues."]
    assert len(p.qualifications) == 2


def test_tasks_in_a_table_under_their_heading_and_the_employer_opening_its_about_section() -> None:
    # written after NGO notices that set their tasks in a table ("Area | Tasks") and name the employer only as
    # the subject of the sentence opening "About the organisation"
    p = parse_text("**Position:** WASH Officer\n**Location:** Maiduguri, Borno State, Nigeria\n\n"
                   "**About the organisation**\n\nRural Water Alliance works with displaced communities in north-east "
                   "Nigeria to provide safe water and sanitation.\n\n**Purpose of the role**\n\nThe WASH Officer "
                   "will oversee the day-to-day implementation of water and sanitation activities.\n\n**Key tasks**\n\n"
                   "| Area | Tasks |\n| --- | --- |\n"
                   "| Implementation | Supervise borehole rehabilitation and latrine construction by contractors |\n"
                   "| Reporting | Submit weekly activity reports and monthly indicator data |\n")
    assert (p.title, p.organization) == ("WASH Officer", "Rural Water Alliance")
    assert [(d.group, d.text) for d in p.duties] == [
        ("Implementation", "Supervise borehole rehabilitation and latrine construction by contractors"),
        ("Reporting", "Submit weekly activity reports and monthly indicator data")]


def test_an_employer_that_is_a_practice_named_in_capitals_over_its_description() -> None:
    # condensed from a LinkedIn posting (shared pay corpus: li-3788295344): the clinic's name in capitals over the
    # sentence saying what it is ("... is a family-oriented ... 2.5 doctor veterinary practice"): the employer, not
    # the role, which the posting never names
    p = parse_text("***FARMINGTON VETERINARY CLINIC***\nFarmington Veterinary Clinic is a family-oriented and "
                   "privately-owned 2.5 doctor veterinary practice serving pets for over 60 years.\nQualifications:\n"
                   "- Doctor of Veterinary Medicine (DVM) degree or equivalent\n")
    assert (p.title, p.organization) == (None, "Farmington Veterinary Clinic")


def test_a_job_board_header_whose_employer_ends_in_an_abbreviations_point() -> None:
    # written after Indian job-board postings (the jobboard folder's jobspy-in rows): "Pvt. Ltd." ends the employer's
    # line with a point that ends no sentence; the header is still title, employer, place
    p = parse_text("Business Development Executive\nZenith Edutech Pvt. Ltd.\nNoida, UP, IN\n\n"
                   "Role & responsibilities\n\n* Generate leads through cold calling\n")
    assert (p.title, p.organization) == ("Business Development Executive", "Zenith Edutech Pvt. Ltd.")
    assert [(l.city, l.country) for l in p.locations] == [("Noida", "IN")]


def test_a_canadian_job_bank_posting_with_a_heading_over_each_fact() -> None:
    # written after Canada's Job Bank postings as aggregators copy them (the jobboard folder's jsearch-ca rows come
    # from such boards): "Experience" over "1 year to less than 2 years" asks one year; "On site" heads where the
    # work is done, not a requirement
    p = parse_text("Cook\nMaple Leaf Diner Ltd.\nWinnipeg, MB\n\nOverview\n\nLanguages\nEnglish\n\nEducation\n"
                   "Secondary (high) school graduation certificate\n\nExperience\n1 year to less than 2 years\n\n"
                   "On site\nWork must be completed at the physical location. There is no option to work remotely.\n\n"
                   "Work setting\nRestaurant\n\nResponsibilities\n\nTasks\nPrepare and cook complete meals\n"
                   "Inspect kitchens and food service areas\nClean kitchen and work areas\n")
    assert (p.experience_years_min, p.remote, [(l.city, l.country) for l in p.locations]) == (
        1, False, [("Winnipeg", "CA")])
    assert [q.text for q in p.qualifications] == [
        "English", "Secondary (high) school graduation certificate", "1 year to less than 2 years"]
    assert [d.text for d in p.duties] == ["Prepare and cook complete meals", "Inspect kitchens and food service areas",
                                          "Clean kitchen and work areas"]


def test_a_job_board_employer_whose_name_ends_in_a_roles_plural() -> None:
    # written after US Indeed postings: "QuickShip Couriers" under "Delivery Driver" is the employer, though
    # "couriers" names a role (a title is singular; a plural ends a company's name)
    p = parse_text("Delivery Driver\nQuickShip Couriers\nHouston, TX\n\nQuickShip Couriers is hiring reliable "
                   "delivery drivers.\n\nResponsibilities:\n* Load and deliver packages along assigned routes\n")
    assert (p.title, p.organization, [l.city for l in p.locations]) == (
        "Delivery Driver", "QuickShip Couriers", ["Houston"])


def test_a_un_secretariat_notice_opening_on_its_organizational_setting() -> None:
    # written after UN Secretariat job openings as ReliefWeb and NGO boards copy them: the body opens on
    # "Organizational Setting" (or "Org. Setting and Reporting"), a section, not the title; the role is named in
    # the duties' lead-in
    p = parse_text("**Organizational Setting**\n\nThe Office for the Coordination of Humanitarian Affairs (OCHA) is "
                   "part of the UN Secretariat.\n\n**Responsibilities**\n\nWithin delegated authority, the "
                   "Humanitarian Affairs Officer will be responsible for the following duties:\n\n"
                   "- Monitors and analyzes humanitarian developments.\n")
    assert (p.title, p.organization) == (
        "Humanitarian Affairs Officer", "Office for the Coordination of Humanitarian Affairs")


def test_a_unhcr_notice_that_opens_on_the_facts_of_the_recruitment_system() -> None:
    # written after UNHCR postings from its recruitment system as boards copy them: each fact's name over its value
    # ("Hardship Level" / "C"), then "Terms of Reference" with the title; the facts' names are no employer nor title
    p = parse_text("Hardship Level\n\nC\n\nFamily Type\n\nFamily\n\nGrade\n\nPR2\n\nStaff Member / Affiliate Type\n\n"
                   "UNOPS LICA8\n\nJob Posting End Date\n\nMarch 20, 2025\n\nTerms of Reference\n\n"
                   "Title: Associate Protection Officer\n\nDuty Station: Juba, South Sudan\n\nDuties\n\n"
                   "- Conduct protection monitoring of refugee sites.\n")
    assert (p.title, p.organization, p.deadline.date) == ("Associate Protection Officer", None, "2025-03-20")
    assert [(l.city, l.country) for l in p.locations] == [("Juba", "SS")]


@pytest.mark.parametrize("first_line", ["Position Vacant", "Duty station", "Project Description", "Main Purpose",
                                        "Grade", "Number of Positions", "Starting Date", "Our Vision"])
def test_a_first_line_that_names_the_document_or_a_fact_is_no_title(first_line: str) -> None:
    # "Position Vacant" (a newspaper's heading) and "Duty station" (a fact's name over its value) opened notices
    # and were taken for the title over the role the first sentence names
    p = parse_text(f"**{first_line}**\n\nHope Relief is seeking a Field Officer for its programme in Juba.\n\n"
                   "**Responsibilities**\n\n- Conduct field monitoring visits\n")
    assert (p.title, p.organization) == ("Field Officer", "Hope Relief")


# a data set that kept no blank line: the board's three header lines run straight into the body
_BOARD_ROW_WITHOUT_BLANK_LINES = """Warehouse Team Leader
Northgate Logistics
Leeds, West Yorkshire
About the role
We are looking for a Warehouse Team Leader to run our night shift.
Responsibilities
- Lead a team of twelve pickers
- Plan the shift's workload
"""


def test_a_job_boards_header_without_a_blank_line_after_it() -> None:
    p = parse_text(_BOARD_ROW_WITHOUT_BLANK_LINES)
    assert (p.title, p.organization) == ("Warehouse Team Leader", "Northgate Logistics")
    assert [(l.city, l.country) for l in p.locations] == [("Leeds", "GB")]
    assert [d.text for d in p.duties] == ["Lead a team of twelve pickers", "Plan the shift's workload"]


def test_three_short_lines_without_a_place_and_no_blank_line_are_no_board_header() -> None:
    # the third line names no place: without a blank line to close them, not a board's title, employer and place
    p = parse_text("Warehouse Team Leader\nNorthgate Logistics\nNight shifts\n"
                   "We run a warehouse in Leeds and hire all year round for our teams.\n")
    assert (p.title, p.organization, p.locations) == ("Warehouse Team Leader", None, [])


@pytest.mark.parametrize("text, title, organization", [
    # a document's label over the form, never its employer
    ("Internal/External Vacancy Announcement\nVacancy No: 2024/15\nPosition Title: WASH Engineer\nGrade: 6\n\n"
     "Duties\n\n- Design water systems.\n", "WASH Engineer", None),
    # Gulf and Indian boards' labels before the role
    ("Urgently Required: Registered Nurses\n\nLocation: Dubai, UAE\n\nRequirements\n\n- BSN degree.\n",
     "Registered Nurses", None),
    ("Wanted: Sales Executive\n\nLocation: Pune\n\nRequirements\n\n- Two years of sales.\n", "Sales Executive", None),
])
def test_document_labels_of_vacancy_forms_and_boards(text: str, title: str, organization: str | None) -> None:
    p = parse_text(text)
    assert (p.title, p.organization) == (title, organization)


@pytest.mark.parametrize("first_line, title", [
    ("Senior Data Engineer | Acme Corp | Austin, TX | $150K-$180K", "Senior Data Engineer"),
    ("Senior Data Engineer - Austin, TX - Acme Corp", "Senior Data Engineer"),
    ("Project Officer – Education – Kabul, Afghanistan", "Project Officer – Education"),
    ("Registered Nurse - ICU - Nights", "Registered Nurse - ICU - Nights"),  # no place: all of it names the role
])
def test_a_boards_one_line_header_gives_the_role_without_its_facts(first_line: str, title: str) -> None:
    assert parse_text(f"{first_line}\n\nWhat you'll do\n\n- Build the data pipelines.\n").title == title


def test_a_job_boards_header_with_its_pay_line_under_the_place() -> None:
    """Title, employer, place, then the pay (Indeed's header) before the blank line: the employer was lost."""
    p = parse_text("Sales Associate\nTarget\nBrooklyn, NY 11201\n$15.50 - $17.00 an hour\n\nAbout the job\n\n"
                   "Help guests find what they need.\n")
    assert (p.title, p.organization, [(loc.city, loc.country) for loc in p.locations]) == (
        "Sales Associate", "Target", [("Brooklyn", "US")])
    assert (p.remuneration.min, p.remuneration.max, p.remuneration.period) == (15.5, 17.0, "hour")


def test_a_french_notices_name_for_itself_is_neither_its_employer_nor_its_title() -> None:
    p = parse_text("AVIS DE RECRUTEMENT\n\nIntitulé du poste : Chargé(e) de suivi-évaluation\nLieu d'affectation : "
                   "Bamako, Mali\n\nResponsabilités principales\n\n- Concevoir le système de suivi-évaluation.\n")
    assert (p.title, p.organization) == ("Chargé(e) de suivi-évaluation", None)


def test_french_and_spanish_sentences_leading_in_to_unbulleted_lists() -> None:
    from postingkit import parse_text

    p = parse_text("Comptable Fournisseurs H/F\nGroupe Lumen\nLyon (69)\n\n"
                   "Rattaché(e) au Responsable Comptable, vous aurez pour missions :\n\n"
                   "Saisie et contrôle des factures fournisseurs\nRapprochements bancaires et lettrage des comptes\n"
                   "Préparation des règlements fournisseurs\n\nProfil :\n\n"
                   "Vous êtes titulaire d'un BTS en comptabilité.\n")
    assert [d.text for d in p.duties] == ["Saisie et contrôle des factures fournisseurs",
                                          "Rapprochements bancaires et lettrage des comptes",
                                          "Préparation des règlements fournisseurs"]
    assert [(q.text, q.category) for q in p.qualifications] == [
        ("Vous êtes titulaire d'un BTS en comptabilité.", "education")]
    p = parse_text("Técnico/a de Proyectos\n\nDentro del equipo, serás responsable de:\n\n"
                   "Coordinar la ejecución de los proyectos\nElaborar informes para los financiadores\n"
                   "Supervisar al equipo local\n\n"
                   "El/la candidato/a deberá contar con:\n\nTitulación universitaria en Economía.\n"
                   "Experiencia mínima de 2 años en gestión de proyectos.\n")
    assert [d.text for d in p.duties] == ["Coordinar la ejecución de los proyectos",
                                          "Elaborar informes para los financiadores", "Supervisar al equipo local"]
    assert [(q.text, q.category) for q in p.qualifications] == [
        ("Titulación universitaria en Economía.", "education"),
        ("Experiencia mínima de 2 años en gestión de proyectos.", "experience")]


def test_two_unmarked_tasks_after_a_lead_in_are_duties_not_group_headings() -> None:
    from postingkit import parse_text

    p = parse_text("Project Officer\n\nWithin the team, you will be responsible for:\n\n"
                   "Coordinating the delivery of the projects\nPreparing reports for the donors\n\n"
                   "The candidate must have:\n\nA university degree in Economics\n")
    assert [d.text for d in p.duties] == ["Coordinating the delivery of the projects",
                                          "Preparing reports for the donors"]
    # a task line with items after it is their group
    p = parse_text("Project Officer\n\nResponsibilities\n\nManaging the budget\n- Track spending\n"
                   "- Report variances\n")
    assert [(d.text, d.group) for d in p.duties] == [("Track spending", "Managing the budget"),
                                                     ("Report variances", "Managing the budget")]


def test_naukri_desired_candidate_profile_heads_the_requirements_over_unmarked_lines() -> None:
    from postingkit import parse_text

    p = parse_text("Java Developer\nTechvantage Systems Pvt Ltd\nPune, Maharashtra, India\n\n"
                   "Roles and Responsibilities\nDesign and develop REST APIs using Spring Boot\n"
                   "Write unit tests and participate in code reviews\n\n"
                   "Desired Candidate Profile\n3-5 years of experience in Java and Spring Boot\n"
                   "Good knowledge of SQL and Hibernate\n\nRole: Software Development - Other\n"
                   "Industry Type: IT Services & Consulting\n")
    assert p.title == "Java Developer"  # "Role:" among the facts after the lists is the role's category
    assert [d.text for d in p.duties] == ["Design and develop REST APIs using Spring Boot",
                                          "Write unit tests and participate in code reviews"]
    assert [q.text for q in p.qualifications] == ["3-5 years of experience in Java and Spring Boot",
                                                  "Good knowledge of SQL and Hibernate"]


@pytest.mark.parametrize("opening", [
    "Vacancy: Finance Officer (Re-advertised)",  # the notice's status is no part of the role
    "Job Opening: Finance Officer - 2 positions",  # nor how many are hired
    "Functional title: Finance Officer",  # UN agencies' label for the title
    "Vacancy: Finance Officer (Deadline 15 Jan 2026)",  # nor the deadline printed after it
    "Finance Officer – Apply by 15/01/2026",
])
def test_title_without_the_notices_status_or_head_count(opening: str) -> None:
    from postingkit import parse_text

    p = parse_text(f"{opening}\n\nHope Relief is an international NGO working in Sudan.\n\n"
                   "Responsibilities\n- Keep the books\n")
    assert p.title == "Finance Officer"


@pytest.mark.parametrize("title", ["Salary Benchmarking Analyst", "Compensation and Benefits Manager",
                                   "Education Program Manager", "Senior Requirements Analyst"])
def test_a_board_title_starting_with_a_field_or_heading_word_is_the_title(title: str) -> None:
    from postingkit import parse_text

    p = parse_text(f"{title}\nAcme Corp\nAustin, TX\n\nAbout the job\nWe are hiring.\n\nResponsibilities\n"
                   "- Do things well\n- Report to the manager\n\nQualifications\n- A degree\n")
    assert (p.title, p.organization, len(p.duties), len(p.qualifications)) == (title, "Acme Corp", 2, 1)


def test_canada_job_bank_posting_reads_its_terms_tasks_and_personal_suitability() -> None:
    from postingkit import parse_text

    p = parse_text("Cook\nMaple Leaf Diner\nHalifax, NS\n\nSalary\n$17.50 hourly / 30 to 40 hours per week\n\n"
                   "Terms of employment\nPermanent employment\nFull time\nDay, Evening, Weekend\n\n"
                   "Overview\nLanguages\nEnglish\n\nResponsibilities\nTasks\n"
                   "Prepare and cook complete meals or individual dishes and foods\n"
                   "Inspect kitchens and food service areas\nClean kitchen and work areas\n\n"
                   "Work conditions and physical capabilities\nFast-paced environment\n"
                   "Standing for extended periods\n\nPersonal suitability\nDependability\nTeam player\n\n"
                   "Benefits\nOther benefits\nFree parking available\n")
    assert p.employment_type == "full_time"
    assert [d.text for d in p.duties] == ["Prepare and cook complete meals or individual dishes and foods",
                                          "Inspect kitchens and food service areas", "Clean kitchen and work areas"]
    assert [q.text for q in p.qualifications] == ["English", "Dependability", "Team player"]


def test_nhs_jobs_page_grade_under_the_title_person_specification_and_job_locations() -> None:
    from postingkit import parse_text

    p = parse_text("Staff Nurse - Acute Medicine\nBand 5\nRoyal Devon University Healthcare NHS Foundation Trust\n\n"
                   "Main duties of the job\nTo assess, plan, implement and evaluate care for a group of patients.\n\n"
                   "Job locations\nRoyal Devon and Exeter Hospital\nBarrack Road\nExeter\nEX2 5DW\n\n"
                   "Person Specification\n\nQualifications\nEssential\nRegistered Nurse with NMC registration\n"
                   "Desirable\nMentorship qualification\n\nExperience\nEssential\nExperience of acute nursing\n")
    assert p.organization == "Royal Devon University Healthcare NHS Foundation Trust"  # not "Band 5", the grade
    assert [l.country for l in p.locations] == ["GB"]
    assert [(q.text, q.requirement) for q in p.qualifications] == [
        ("Registered Nurse with NMC registration", "required"), ("Mentorship qualification", "preferred"),
        ("Experience of acute nursing", "required")]


def test_welcome_to_the_jungle_posting_in_the_familiar_form_with_its_interview_steps() -> None:
    from postingkit import parse_text

    p = parse_text("Data Engineer H/F\nLumio\nParis\n\nDescriptif du poste\n\n"
                   "Au sein de l'équipe Data, tu auras pour missions :\n\n"
                   "- Concevoir et maintenir nos pipelines de données\n- Garantir la qualité des données\n\n"
                   "Profil recherché\n\n- Tu maîtrises Python et SQL\n- Une expérience sur GCP est un plus\n\n"
                   "Déroulement des entretiens\n\n- Un premier échange avec notre Talent Acquisition\n"
                   "- Un cas pratique\n")
    assert [d.text for d in p.duties] == ["Concevoir et maintenir nos pipelines de données",
                                          "Garantir la qualité des données"]
    assert [(q.text, q.requirement) for q in p.qualifications] == [
        ("Tu maîtrises Python et SQL", "required"), ("Une expérience sur GCP est un plus", "preferred")]


@pytest.mark.parametrize(("heading", "employer"), [
    ("À propos de Médecins du Monde", "Médecins du Monde"), ("À propos d'Alima", "Alima"),
    ("Acerca de Ayuda en Acción", "Ayuda en Acción"), ("About Sirion", "Sirion"), ("À propos de nous", None)])
def test_an_about_heading_names_the_employer_in_french_too(heading: str, employer: str | None) -> None:
    from postingkit import parse_text

    p = parse_text(f"Chargé de projet\n\n{heading}\n\nNous travaillons en Afrique.\n\nMissions\n- Coordonner\n")
    assert p.organization == employer


@pytest.mark.parametrize(("line", "years"), [("Exp: 2-4 years", 2), ("2+ yrs exp required", 2),
                                             ("Export: 20 containers per month", None),
                                             # a ceiling on the years, not a floor: a beginner is welcome
                                             ("Experience: Fresher or up to 2 years", 0),
                                             ("Up to 3 years of experience in sales", None)])
def test_experience_abbreviated_as_indian_boards_write_it(line: str, years: int | None) -> None:
    from postingkit import parse_text

    p = parse_text(f"Java Developer\nAcme Pvt Ltd\nPune, India\n\n{line}\n\nResponsibilities\n- Write code\n")
    assert p.experience_years_min == years


def test_council_of_europe_notice_numbered_with_n_degree_and_a_unit_over_its_organisation() -> None:
    from postingkit import parse_text

    p = parse_text("Vacancy Notice N° 04/2026\nProject Officer (Grade B4)\nDirectorate of Programme Co-ordination\n"
                   "Council of Europe Office in Tbilisi\n\nClosing date: 12 March 2026\nLocation : Tbilisi\n\n"
                   "Key activities\n\n- assists with the organisation of project activities;\n")
    assert (p.title, p.organization) == ("Project Officer", "Council of Europe Office in Tbilisi")
    assert p.grade == "B4"


def test_a_unit_printed_alone_under_the_title_is_still_the_employer() -> None:
    from postingkit import parse_text

    p = parse_text("Policy Officer\nDepartment of Health\n\nClosing date: 12 March 2026\n\n"
                   "Duties\n\n- Draft policy papers\n")
    assert p.organization == "Department of Health"


def test_unhcr_facts_block_then_the_standard_job_description_names_the_role() -> None:
    from postingkit import parse_text

    p = parse_text("Hardship Level\n\nC\n\nFamily Type\n\nFamily\n\nGrade\n\nNOB\n\n"
                   "Staff Member / Affiliate Type\n\nNational Professional Officer\n\nReason\n\n"
                   "Regular > Regular Assignment\n\nTarget Start Date\n\n2026-02-01\n\n"
                   "Deadline for Applications\n\nJanuary 14, 2026\n\nStandard Job Description\n\n"
                   "Associate Protection Officer\n\nDuties\n- Monitor the protection situation.\n\n"
                   "Nature of Position:\nThe position is based in Nairobi, Kenya.\n")
    assert p.title == "Associate Protection Officer"  # not the staff category over it
    assert p.deadline is not None and p.deadline.date == "2026-01-14"
    assert [(l.city, l.country) for l in p.locations] == [("Nairobi", "KE")]


def test_french_ngo_notice_terms_lines_degree_level_and_city_under_the_title() -> None:
    from postingkit import parse_text

    p = parse_text("COORDINATEUR/TRICE LOGISTIQUE H/F\nBangui, République centrafricaine\n\n"
                   "Vos principales responsabilités\n• Superviser la chaîne d'approvisionnement\n\n"
                   "Profil recherché\n• Diplôme de niveau Bac+5 en logistique ou équivalent\n\n"
                   "Conditions\nContrat à durée déterminée de 12 mois\n"
                   "Salaire brut mensuel : 2 600 € à 2 900 € selon expérience\n")
    assert [(l.city, l.country) for l in p.locations] == [("Bangui", "CF")]
    assert (p.employment_type, p.education_level) == ("temporary", "master")
    assert p.contract_duration is not None and p.contract_duration.months_max == 12.0


def test_spanish_offer_of_a_contract_for_a_project_is_temporary() -> None:
    from postingkit import parse_text

    p = parse_text("Técnico/a de Proyectos\nUbicación: Tegucigalpa, Honduras\n\nFunciones:\n- Coordinar proyectos.\n\n"
                   "Ofrecemos:\n- Contrato por obra y servicio de 18 meses.\n- Incorporación inmediata.\n")
    assert p.employment_type == "temporary"
    assert p.contract_duration is not None and p.contract_duration.months_max == 18.0


def test_naukri_header_years_and_its_ug_pg_education_lines() -> None:
    from postingkit import parse_text

    p = parse_text("Senior Data Analyst\nInfotrack Solutions Pvt. Ltd.\n3-6 Yrs\n₹ 8-14 Lacs P.A.\nBengaluru\n\n"
                   "Roles and Responsibilities\nBuild dashboards in Power BI\nWrite complex SQL queries\n\n"
                   "Education\nUG: B.Tech/B.E. in Any Specialization\nPG: Any Postgraduate\n")
    assert p.experience_years_min == 3
    assert p.education_level == "bachelor"
    assert [(q.text, q.category) for q in p.qualifications] == [
        ("UG: B.Tech/B.E. in Any Specialization", "education"), ("PG: Any Postgraduate", "education")]


def test_terms_of_reference_over_the_role_and_its_office_line_and_years_added_for_a_lower_degree() -> None:
    """A UN consultancy's ToR (self-written in UNICEF's shape): the document's name is no first section, so the
    office line under the role gives the place; years 'additional' to a lower degree are no minimum."""
    from postingkit import parse_text

    p = parse_text("TERMS OF REFERENCE\nNational Consultant – Child Protection Information Management\n"
                   "UNICEF Country Office, Lusaka, Zambia\n\nBackground\nUNICEF works in over 190 countries.\n\n"
                   "Qualifications\n- Advanced university degree in Social Sciences;\n"
                   "- A first-level university degree with an additional two years of experience may be accepted "
                   "in lieu of an advanced degree;\n"
                   "- Minimum of five years of experience in information management systems;\n"
                   "- Fluency in English is required. Knowledge of Bemba or Nyanja is an asset.\n")
    assert [(l.city, l.country) for l in p.locations] == [("Lusaka", "ZM")]
    assert p.experience_years_min == 5
    assert [(l.code, l.name, l.requirement) for l in p.languages] == [
        ("en", "English", "required"), ("bem", "Bemba", "preferred"), ("ny", "Chichewa", "preferred")]


def test_save_the_children_role_profile_names_its_employer_by_its_values() -> None:
    from postingkit import parse_text

    p = parse_text("ROLE PROFILE\n\nTITLE: Health and Nutrition Programme Manager\nLOCATION: Maiduguri, Borno State\n"
                   "GRADE: 3\n\nKEY AREAS OF ACCOUNTABILITY:\n• Ensure effective implementation of projects\n\n"
                   "QUALIFICATIONS\n• Degree in Public Health\n\nSave the Children values\n"
                   "All staff are expected to uphold Save the Children's values.\n")
    assert (p.title, p.organization) == ("Health and Nutrition Programme Manager", "Save the Children")
    assert [(l.city, l.country) for l in p.locations] == [("Maiduguri", "NG")]


def test_an_organisations_values_named_once_name_no_employer() -> None:
    from postingkit import parse_text

    p = parse_text("Driver\n\nDuties\n- Drive safely\n\nAll staff uphold Acme Relief values.\n")
    assert p.organization is None


def test_wfp_title_ends_in_its_national_officer_grade_after_a_space() -> None:
    from postingkit import parse_text

    p = parse_text("Programme Policy Officer (Cash-Based Transfers) NOC\nJuba, South Sudan\n\n"
                   "KEY ACCOUNTABILITIES (not all-inclusive)\n1. Manage CBT activities.\n")
    assert (p.title, p.grade) == ("Programme Policy Officer (Cash-Based Transfers)", "NOC")


@pytest.mark.parametrize(("employer", "place"), [("Groupe Valmont", "Lyon (69)"),
                                                 ("Fundación Vicente Ferrer", "Madrid")])
def test_french_and_spanish_employers_named_head_first_under_the_title(employer: str, place: str) -> None:
    from postingkit import parse_text

    p = parse_text(f"Comptable Fournisseurs H/F\n{employer}\n{place}\nCDI\n\nVos missions :\n"
                   "Saisie et contrôle des factures fournisseurs\nPréparation des règlements\n")
    assert p.organization == employer


@pytest.mark.parametrize("facts", ["CDI", "CDI\n35 000 € - 40 000 € par an", "Vollzeit, unbefristet"])
def test_a_board_header_with_french_or_german_terms_and_pay_lines_under_the_place(facts: str) -> None:
    from postingkit import parse_text

    p = parse_text(f"Comptable Fournisseurs H/F\nValmont\nLyon (69)\n{facts}\n\nVos missions :\n"
                   "Saisie et contrôle des factures fournisseurs\nPréparation des règlements\n")
    assert (p.title, p.organization) == ("Comptable Fournisseurs", "Valmont")


@pytest.mark.parametrize("facts", ["CDI\nParis", "CDI\nSalaire : 38K à 42K €\nParis",
                                   "CDI\nParis\nTélétravail fréquent"])
def test_a_board_header_with_its_terms_before_the_place(facts: str) -> None:
    """Welcome to the Jungle's header (self-written): title, employer, then the contract before the town; the
    labelled salary line between them is a fact of the header too."""
    from postingkit import parse_text

    p = parse_text(f"Chargé(e) de communication digitale\nUlule\n{facts}\n\nLe poste\n"
                   "Tu piloteras la stratégie éditoriale de nos réseaux sociaux et créeras nos contenus.\n")
    assert (p.organization, [(l.city, l.country) for l in p.locations]) == ("Ulule", [("Paris", "FR")])


def test_a_careers_page_facts_as_a_definition_list_with_lower_case_labels() -> None:
    """Workday-like page (self-written): 'locations' / 'Toronto, ON' as <dt>/<dd>, the labels in lower case."""
    page = ("<html><body><h2>Senior Accountant</h2><dl><dt>locations</dt><dd>Toronto, ON</dd>"
            "<dt>time type</dt><dd>Full time</dd><dt>job requisition id</dt><dd>R-10234</dd></dl>"
            "<p><b>Key Responsibilities:</b></p><ul><li>Prepare month-end journal entries</li></ul></body></html>")
    p = parse(page.encode("utf-8"))
    assert [(l.text, l.city, l.country) for l in p.locations] == [("Toronto, ON", "Toronto", "CA")]
    assert (p.reference, p.employment_type) == ("R-10234", "full_time")


def test_a_lower_case_label_over_the_place_under_the_title() -> None:
    from postingkit import parse_text

    p = parse_text("Senior Accountant\nAcme Foods\nlocation: Toronto, ON\n\nResponsibilities\n- Close the books\n")
    assert [(l.city, l.country) for l in p.locations] == [("Toronto", "CA")]


def test_duties_listed_inline_after_a_lead_in_and_its_colon() -> None:
    from postingkit import parse_text

    p = parse_text("Finance Officer\n\nDuties and Responsibilities\nThe Finance Officer will be responsible for the "
                   "following: preparing monthly financial reports for donors; processing payments in line with "
                   "internal procedures; reconciling bank and cash accounts; and supporting the annual external "
                   "audit.\n")
    assert [d.text for d in p.duties] == [
        "preparing monthly financial reports for donors", "processing payments in line with internal procedures",
        "reconciling bank and cash accounts", "supporting the annual external audit."]


def test_terms_of_reference_for_the_recruitment_of_a_role_in_capitals() -> None:
    from postingkit import parse_text

    p = parse_text("TERMS OF REFERENCE FOR THE RECRUITMENT OF A NATIONAL GENDER SPECIALIST\n\n1. BACKGROUND\n"
                   "The Ministry is implementing a programme.\n\n3. SCOPE OF WORK\n"
                   "3.1 Review existing district development plans.\n3.2 Develop a toolkit for district planners.\n")
    assert p.title == "National Gender Specialist"
    assert [d.text for d in p.duties] == ["Review existing district development plans.",
                                          "Develop a toolkit for district planners."]


def test_you_bring_heads_the_requirements_after_a_duties_lead_in() -> None:
    from postingkit import parse_text

    p = parse_text("Product Designer\n\nAs a Product Designer, you will:\nOwn the end-to-end design of new features\n"
                   "Run user interviews with installers\n\nYou bring:\n3+ years of experience in product design\n"
                   "A portfolio showing strong interaction design skills\n")
    assert [d.text for d in p.duties] == ["Own the end-to-end design of new features",
                                          "Run user interviews with installers"]
    assert [q.text for q in p.qualifications] == ["3+ years of experience in product design",
                                                  "A portfolio showing strong interaction design skills"]


def test_an_indeed_description_with_a_colon_between_each_heading_and_its_glued_first_bullet() -> None:
    """JobSpy's Indeed descriptions (self-written in their shape): 'Key Responsibilities:* Design ...', the
    first item glued to its heading after the colon, and one that opens with its years."""
    from postingkit import parse_text

    p = parse_text("Backend Developer (Node.js)\nPixelcraft Technologies\nPune, MH\n\n\n"
                   "Key Responsibilities:* Design and develop RESTful APIs.\n"
                   "* Write unit and integration tests.\n\n\n"
                   "Skills & Qualifications:* 2+ years of experience with Node.js.\n"
                   "* Familiarity with AWS services.\n\n\n"
                   "Good to have:* Experience with GraphQL.\n\n\nJob Types: Full-time, Permanent\n")
    assert [d.text for d in p.duties] == ["Design and develop RESTful APIs.", "Write unit and integration tests."]
    assert [(q.text, q.requirement) for q in p.qualifications] == [
        ("2+ years of experience with Node.js.", "required"), ("Familiarity with AWS services.", "required"),
        ("Experience with GraphQL.", "preferred")]


def test_indeed_france_facts_after_the_last_list_are_no_requirements() -> None:
    """Indeed France's facts ('Type d'emploi : CDI', 'Lieu du poste : En présentiel') under a one-item list of
    pluses: the item is the last requirement, the facts are the post's."""
    from postingkit import parse_text

    p = parse_text("Développeur Full Stack H/F\n\n**Profil recherché :**\n\n* Bac+5 en informatique\n\n"
                   "**Les petits plus :**\n\n* Connaissance de Kubernetes\n\nType d'emploi : CDI\n\n"
                   "Lieu du poste : En présentiel\n")
    assert [(q.text, q.requirement) for q in p.qualifications] == [
        ("Bac+5 en informatique", "required"), ("Connaissance de Kubernetes", "preferred")]


def test_a_label_ending_in_a_fields_word_inside_another_word_is_no_fact() -> None:
    from postingkit import parse_text

    p = parse_text("Product Manager\n\nResponsibilities\n- Product Strategy Development:Develop and implement "
                   "product strategies.\n- Roadmap:Own the roadmap.\n")
    assert [d.text for d in p.duties] == ["Product Strategy Development:Develop and implement product strategies.",
                                          "Roadmap:Own the roadmap."]


def test_a_short_flattened_board_row_that_labels_its_two_lists_inline() -> None:
    """An Adzuna row under 600 characters (the API truncates them), its line breaks lost: two list labels
    inline make it a flattened notice; a one-word label glued to the item before it is set apart too."""
    from postingkit import parse_text

    p = parse_text("Warehouse Team Leader\nNorthgate Logistics\nDoncaster\n\nNorthgate Logistics are recruiting a "
                   "Warehouse Team Leader to join our busy site in Doncaster. Salary: £28,500 per annum plus "
                   "overtime. Key Responsibilities: Supervise a team of 15 warehouse operatives Allocate daily tasks "
                   "and monitor productivity Conduct stock checks and investigate discrepancies Requirements: "
                   "Previous supervisory experience in a warehouse Counterbalance forklift licence Good IT skills "
                   "Flexibility to work shifts What we offer: 28 days holiday Pension scheme Free parking\n")
    assert [d.text for d in p.duties] == ["Supervise a team of 15 warehouse operatives",
                                          "Allocate daily tasks and monitor productivity",
                                          "Conduct stock checks and investigate discrepancies"]
    assert [q.text for q in p.qualifications] == ["Previous supervisory experience in a warehouse",
                                                  "Counterbalance forklift licence", "Good IT skills",
                                                  "Flexibility to work shifts"]


def test_a_paragraph_of_three_hundred_characters_with_one_label_stays_prose() -> None:
    from postingkit import parse_text

    about = ("We are a logistics company founded in 1990. Our values: trust, care and pace. We run twelve sites "
             "across the North and employ four hundred people who move goods for retailers every day of the week.")
    p = parse_text(f"Driver\n\nAbout us\n{about}\n\nDuties\n- Drive safely\n")
    assert [d.text for d in p.duties] == ["Drive safely"]


def test_msf_conditions_section_ends_the_requirements() -> None:
    from postingkit import parse_text

    p = parse_text("LOGISTICS MANAGER\n\nREQUIREMENTS\nExperience\n- Essential: at least two years of experience in "
                   "logistics management\n\nCONDITIONS\n- 12-month contract, starting 1 March 2026\n")
    assert [q.text for q in p.qualifications] == [
        "Essential: at least two years of experience in logistics management"]
    assert p.contract_duration is not None and p.contract_duration.months_max == 12.0


def test_spanish_board_offer_one_year_a_grado_and_pay_per_year_after_a_slash() -> None:
    from postingkit import parse_text

    p = parse_text("Analista de Datos Junior\nGrupo Altamira\nMadrid, España\n\nRequisitos mínimos:\n"
                   "- Grado en Estadística, Matemáticas o similar.\n"
                   "- Experiencia mínima de 1 año en puesto similar.\n\n"
                   "Ofrecemos:\n- Salario: 26.000 € - 30.000 € brutos/año.\n")
    assert (p.experience_years_min, p.education_level) == (1, "bachelor")
    assert (p.remuneration.period, p.remuneration.period_inferred, p.warnings) == ("year", False, [])


def test_a_run_of_tasks_without_stops_further_down_a_duties_section() -> None:
    """A scrape that lost a list's line breaks, under a paragraph of prose rather than right under the heading."""
    from postingkit import parse_text

    p = parse_text("Data Science Intern\n\nYour mission\n\nAs an intern of our Data Science team, you will help us "
                   "improve our models.\n\nTrain and tune deep models Benchmark and compare performance of trained "
                   "models Perform data exploration, feature engineering and data transformation Read and reproduce "
                   "current research papers Research, adapt, improve models for our use cases\n")
    assert [d.text for d in p.duties][-5:] == [
        "Train and tune deep models", "Benchmark and compare performance of trained models",
        "Perform data exploration, feature engineering and data transformation",
        "Read and reproduce current research papers", "Research, adapt, improve models for our use cases"]


def test_a_paragraph_of_prose_without_stops_further_down_a_section_stays_whole() -> None:
    from postingkit import parse_text

    text = ("Our teams work across Europe and Africa with partners in Kenya and Uganda and the programme runs "
            "under the Ministry of Health with support from the World Bank and the European Union")
    p = parse_text(f"Officer\n\nResponsibilities\n\n- Coordinate the programme\n\n{text}\n")
    assert [d.text for d in p.duties] == ["Coordinate the programme"]  # the prose is not cut at its names


def test_a_french_name_ending_in_its_lower_case_adjective_recruits() -> None:
    from postingkit import parse_text

    p = parse_text("Chargé de projet santé H/F\n\nLa Croix-Rouge française recherche un(e) chargé(e) de projet "
                   "santé pour sa délégation de Lyon.\n\nMissions\n- Coordonner le projet\n")
    assert p.organization == "Croix-Rouge française"


@pytest.mark.parametrize("employer", ["Hope Children's Charity", "St Ann's Hospice", "Riverbend Family Clinic"])
def test_a_charity_hospice_or_clinic_printed_under_the_title_is_the_employer(employer: str) -> None:
    from postingkit import parse_text

    p = parse_text(f"Family Support Worker\n{employer}\nLocation: Manchester\n\nMain duties\n"
                   "- Provide one-to-one support to families\n")
    assert p.organization == employer


@pytest.mark.parametrize(("top", "title"), [
    ("Action contre la Faim recrute\n\nResponsable Sécurité Alimentaire (H/F)", "Responsable Sécurité Alimentaire"),
    ("Action contre la Faim recrute un(e) Responsable Logistique (H/F)", "Responsable Logistique")])
def test_a_french_ngo_line_that_recruits_names_the_employer_not_the_title(top: str, title: str) -> None:
    """A French NGO's notice (self-written): "X recrute" over the role, or the role after "recrute un(e)"."""
    from postingkit import parse_text

    p = parse_text(f"{top}\nLieu : Bangui, République centrafricaine\n\nVos missions\n"
                   "• Piloter la mise en œuvre des projets\n• Encadrer une équipe de 12 personnes\n")
    assert (p.title, p.organization) == (title, "Action contre la Faim")


@pytest.mark.parametrize("rating", ["4.1 ★", "3.8", "4.1 out of 5 stars"])
def test_a_review_sites_rating_line_between_the_employer_and_the_title(rating: str) -> None:
    """Glassdoor's page as text (self-written): employer, its rating on a line of its own, title, place, pay."""
    from postingkit import parse_text

    p = parse_text(f"Acme Robotics\n{rating}\nMechanical Design Engineer II\nPittsburgh, PA\n"
                   "$82K - $105K (Employer est.)\nEasy Apply\n\nJob description\n"
                   "Acme Robotics builds autonomous mobile robots for warehouses.\n")
    assert (p.title, p.organization, [(l.city, l.country) for l in p.locations]) == (
        "Mechanical Design Engineer II", "Acme Robotics", [("Pittsburgh", "US")])


def test_a_french_board_header_with_the_contract_before_the_place_and_the_date_after() -> None:
    """APEC's header (self-written): title, employer, "CDI", the town with its arrondissement and département,
    then the date the offer was published and the labelled facts."""
    from postingkit import parse_text

    p = parse_text("Responsable Contrôle de Gestion H/F\nGROUPE LACROIX SAS\nCDI\nLyon 03 - 69\nPubliée le 27/11/2026\n"
                   "Salaire : 55 - 65 k€ brut annuel\n\nDescriptif du poste\nVous pilotez le contrôle de gestion.\n")
    assert (p.organization, [(l.city, l.country) for l in p.locations], p.posted.date) == (
        "GROUPE LACROIX SAS", [("Lyon", "FR")], "2026-11-27")


def test_a_board_place_line_whose_aside_holds_a_headings_word() -> None:
    """An ICRC-like header (self-written): "(with assignments in the field)" after the place is no heading."""
    from postingkit import parse_text

    p = parse_text("Field Officer (Protection)\nICRC\nGeneva, Switzerland (with assignments in the field)\n"
                   "Apply by 31.12.2026\n\nYour role\nYou will carry out protection activities.\n")
    assert (p.organization, [(l.city, l.country) for l in p.locations], p.deadline.date) == (
        "ICRC", [("Geneva", "CH")], "2026-12-31")


def test_canadas_public_service_posting() -> None:
    """GC Jobs' shape (self-written): department - branch, "Town (Province)", the group-level code, the tenure and
    the pay under the title; "Bilingual - Imperative" on a line of its own; a clock after a dash; a degree from a
    "post-secondary institution" is a university's, not secondary school."""
    from postingkit import parse_text

    p = parse_text(
        "Policy Analyst\nEmployment and Social Development Canada - Strategic and Service Policy Branch\n"
        "Gatineau (Québec)\nEC-05\nIndeterminate, Term\n$88,683 to $96,031\n\n"
        "Closing date: 18 December 2026 - 23:59, Pacific Time\n\n"
        "The following will be applied / assessed at a later date (essential for the job)\n"
        "Bilingual - Imperative (CBC/CBC)\n\nEducation:\nGraduation with a degree from a recognized post-secondary "
        "institution with acceptable specialization in economics.\n\nExperience:\n"
        "Experience in conducting research and analysis on social policy issues.\n")
    assert (p.organization, [(l.text, l.city, l.country) for l in p.locations]) == (
        "Employment and Social Development Canada", [("Gatineau (Québec)", "Gatineau", "CA")])
    assert [(l.code, l.requirement) for l in p.languages] == [("en", "required"), ("fr", "required")]
    assert (p.deadline.date, p.deadline.time, p.deadline.timezone) == ("2026-12-18", "23:59", "Pacific Time")
    assert (p.education_level, p.remuneration.currency) == ("bachelor", "CAD")


def test_france_travails_offer_number_profile_and_two_year_diploma() -> None:
    """France Travail's offer as text (self-written): "Offre n° ..." under the title is the offer's number, not
    its employer; "Profil souhaité" heads the profile asked for (each item says "Exigé"); Bac+2 is a two-year
    diploma."""
    from postingkit import parse_text

    p = parse_text("Assistant comptable H/F\nOffre n° 184XKJT\n75 - PARIS 11\n\nVos missions :\n"
                   "- Saisie des pièces comptables\n- Rapprochements bancaires\n\nProfil souhaité\n\n"
                   "- 2 ans d'expérience en cabinet\n- Bac+2 en comptabilité\n")
    assert (p.organization, p.reference, p.education_level) == (None, "184XKJT", "associate")
    assert [(q.text, q.requirement) for q in p.qualifications] == [
        ("2 ans d'expérience en cabinet", "required"), ("Bac+2 en comptabilité", "required")]


def test_a_ministry_named_under_the_title_is_no_education_heading() -> None:
    """UK Civil Service Jobs (self-written): "Department for Education" under the title is the employer; the
    deadline line after it is no requirement."""
    from postingkit import parse_text

    p = parse_text("Senior Policy Adviser\nDepartment for Education\n\n"
                   "Apply before 11:55 pm on Sunday 14th December 2026\n\nJob description\n"
                   "- lead policy development on teacher recruitment\n\nPerson specification\n"
                   "- Strong written and oral communication skills\n")
    assert p.organization == "Department for Education"
    assert [q.text for q in p.qualifications] == ["Strong written and oral communication skills"]


def test_an_indian_boards_job_description_as_one_sentence_paragraphs() -> None:
    """foundit's shape (self-written): the duties under "Job Description" as one-sentence paragraphs, each led by
    its verb; "Graduate or post graduate in any discipline" asks a bachelor's at least."""
    from postingkit import parse_text

    p = parse_text("Business Analyst - Banking Domain\nInfoserve Technologies\nLocation: Pune\n\nJob Description\n"
                   "Gather requirements from business stakeholders.\n\n"
                   "Work with the development team on user stories.\n\n"
                   "Conduct UAT and support production releases.\n\nDesired Profile\n"
                   "Graduate or post graduate in any discipline; MBA preferred.\n")
    assert [d.text for d in p.duties] == ["Gather requirements from business stakeholders.",
                                          "Work with the development team on user stories.",
                                          "Conduct UAT and support production releases."]
    assert p.education_level == "bachelor"


def test_a_labelled_office_of_codes_is_no_employer() -> None:
    """UNOPS's facts block (self-written): "Department/office: AFR, KEMCO, Kenya" names a region's and an office's
    codes; the employer is the one the background introduces."""
    from postingkit import parse_text

    p = parse_text("Project Manager (Infrastructure)\nVacancy code: VA/2026/B5007/31211\n"
                   "Department/office: AFR, KEMCO, Kenya\nDuty station: Nairobi, Kenya\n\n"
                   "Background Information - UNOPS\nUNOPS is a United Nations organization that helps implement "
                   "peacebuilding, humanitarian and development projects.\n")
    assert (p.organization, [(l.city, l.country) for l in p.locations]) == ("UNOPS", [("Nairobi", "KE")])


@pytest.mark.parametrize(("line", "title"), [
    ("Hiring Now! Delivery Driver - $22/hr + Benefits", "Delivery Driver"),
    ("URGENT HIRING! Line Cook", "Line Cook"),
    ("Senior Accountant (Maternity Cover)", "Senior Accountant"),
    ("Marketing Intern (Summer 2027)", "Marketing Intern"),
    ("Customer Service Rep (Work From Home) - Part Time", "Customer Service Rep"),
    ("Data Engineer (m/w/d) – Vollzeit", "Data Engineer"),
])
def test_a_title_line_without_its_call_cover_season_or_hours(line: str, title: str) -> None:
    """US, UK and German boards' title lines (self-written, a battery of 17 phrasings): the call to apply, the
    cover, the season and the hours are no part of the role's name."""
    from postingkit import parse_text

    assert parse_text(line + "\nAcme Ltd\n\nResponsibilities\n- Do the work well\n").title == title


def test_a_terms_of_reference_budget_section_after_its_qualifications() -> None:
    """An evaluation's terms of reference (self-written): "6. Budget" after the qualifications is no requirement but
    the pay's heading, and the consultancy's total budget is its fee; Emakhuwa is Makhuwa (Mozambique)."""
    from postingkit import parse_text

    p = parse_text("TERMS OF REFERENCE\nFinal Evaluation of the Safe Schools Project\n\n5. Required qualifications\n"
                   "- At least 7 years of experience in evaluating education programmes\n"
                   "- Fluency in Portuguese; knowledge of Emakhuwa is an asset\n\n6. Budget\n"
                   "The total budget for this consultancy is EUR 18,000, including all fees and expenses.\n")
    assert [q.text for q in p.qualifications] == [
        "At least 7 years of experience in evaluating education programmes",
        "Fluency in Portuguese; knowledge of Emakhuwa is an asset"]
    assert [(l.code, l.requirement) for l in p.languages] == [("pt", "required"), ("vmw", "preferred")]
    pay = p.remuneration
    assert (pay.min, pay.max, pay.currency, pay.period) == (18000.0, 18000.0, "EUR", "total")


@pytest.mark.parametrize("fact", ["Apply by 31.12.2026", "£11,403 to £12,343"])
def test_a_header_spaced_alike_with_a_fact_line_under_the_place(fact: str) -> None:
    """A header set one paragraph each (a PDF's or a DOCX's spacing; an NHS posting of the shared pay corpus as
    text): title, employer, place, then a line of pay or a date before the body."""
    from postingkit import parse_text

    p = parse_text(f"Reablement Support Worker\n\nNorfolk First Response\n\nBenjamin Court, Cromer\n\n{fact}\n\n"
                   "As a Reablement Support Worker, you will be assisting people with their daily living activities.\n")
    assert (p.organization, [(l.city, l.country) for l in p.locations]) == ("Norfolk First Response",
                                                                           [("Cromer", "GB")])


def test_a_board_header_spaced_alike_with_its_terms_before_the_place() -> None:
    """Welcome to the Jungle's header as a PDF or a DOCX sets it, one paragraph each (self-written)."""
    from postingkit import parse_text

    p = parse_text("Chargé(e) de communication digitale\n\nUlule\n\nCDI\n\nParis\n\nLe poste\n\n"
                   "Tu piloteras la stratégie éditoriale de nos réseaux sociaux et créeras nos contenus.\n")
    assert (p.organization, [(l.city, l.country) for l in p.locations]) == ("Ulule", [("Paris", "FR")])


def test_a_saved_job_page_names_its_employer_first_on_the_meta_line() -> None:
    """A job site's saved page (self-written): "CARE International · Amman, Jordan · Posted 2 days ago" under the
    title, the site's menu, cookie banner, similar jobs and footer around the notice."""
    page = ("<html><head><title>Logistics Officer | ReliefJobs</title></head><body><header><nav><a href='/'>Home</a> "
            "<a href='/jobs'>Jobs</a> <a href='/login'>Log in</a></nav></header><main><h1>Logistics Officer</h1>"
            "<div><span>CARE International</span> · <span>Amman, Jordan</span> · <span>Posted 2 days ago</span></div>"
            "<h2>Responsibilities</h2><ul><li>Manage procurement processes in line with donor policies</li></ul>"
            "</main><aside><h3>Similar jobs</h3><ul><li><a href='/j/1'>Fleet Manager - UNHCR - Amman</a></li></ul>"
            "</aside><footer><p>© 2026 ReliefJobs. All rights reserved.</p></footer></body></html>")
    p = parse(page.encode("utf-8"))
    assert (p.title, p.organization, [(l.city, l.country) for l in p.locations]) == (
        "Logistics Officer", "CARE International", [("Amman", "JO")])
    assert [d.text for d in p.duties] == ["Manage procurement processes in line with donor policies"]


def test_a_qualifications_section_set_as_label_and_value_cells() -> None:
    """A UN vacancy announcement's form (self-written), its qualifications as "Education:<tab>University degree
    ...": each value is a requirement, in the group its label names; a duty station's row is none."""
    from postingkit import parse_text

    p = parse_text("WASH Officer\nUNICEF Bangladesh\n\nKey functions\n1.\tMonitor WASH service delivery in the camps\n"
                   "\nQualifications\nEducation:\tUniversity degree in civil engineering or public health\n"
                   "Experience:\tTwo years of relevant experience\n"
                   "Language:\tFluency in English and Bangla is required\n")
    assert [(q.text, q.category) for q in p.qualifications] == [
        ("University degree in civil engineering or public health", "education"),
        ("Two years of relevant experience", "experience"),
        ("Fluency in English and Bangla is required", "language")]
    assert (p.education_level, p.experience_years_min) == ("bachelor", 2)


@pytest.mark.parametrize(("top", "organization"), [
    ("Research Coordinator II\nUniversity of Northfield - School of Medicine\n", "University of Northfield"),
    ("Policy Officer\n", "Department of Health")])
def test_a_unit_that_seeks_gives_way_to_the_organisation_named_above_it(top: str, organization: str) -> None:
    """A US university's posting (self-written): "The Department of ... seeks" under the university's name; a
    department alone is still the employer."""
    from postingkit import parse_text

    unit = "Psychiatry" if "University" in top else "Health"
    p = parse_text(f"{top}\nPosition Summary\nThe Department of {unit} seeks a coordinator to manage trials.\n\n"
                   "Essential Functions\n1. Recruit, screen and consent study participants.\n")
    assert p.organization == organization


@pytest.mark.parametrize(("employer", "terms", "expected"), [
    ("Tata Consultancy Services", "", None), ("Tata Consultancy Services", "Job type: Full-time\n", "full_time"),
    ("Interim Healthcare", "", None)])
def test_the_employers_name_says_nothing_of_the_terms(employer: str, terms: str, expected: str | None) -> None:
    # a job board's header (title, employer, place): "Consultancy" and "Interim" in a firm's name are no
    # consultancy and no temporary post
    from postingkit import parse_text

    p = parse_text(f"Senior Data Analyst\n{employer}\nPune, Maharashtra\n\n{terms}\nResponsibilities:\n"
                   "- Design dashboards in Power BI.\n")
    assert (p.organization, p.employment_type) == (employer, expected)


@pytest.mark.parametrize(("line", "level"), [
    ("Education: B.E./B.Tech or MCA", "bachelor"), ("Education: Doctorate (Preferred)", None),
    ("Educational qualification: Diplôme d'études secondaires (DES)", "secondary")])
def test_a_forms_education_field_outside_the_requirements_gives_the_education_level(line: str,
                                                                                    level: str | None) -> None:
    # an Indian board's "Education:" line after its lists, Indeed's "Education: Doctorate (Preferred)" (shared pay
    # corpus: li-3883546874): what it asks is the level, unless it only prefers it
    from postingkit import parse_text

    p = parse_text(f"Senior Data Analyst\nAcme Pvt Ltd\nPune, India\n\nResponsibilities:\n- Design dashboards.\n\n"
                   f"Good to Have:\n- Exposure to Python.\n\n{line}\n")
    assert p.education_level == level


@pytest.mark.parametrize(("value", "employer"), [
    ("Redrob AI (Series A AI-native talent intelligence platform)", "Redrob AI"),
    ("Norwegian People's Aid (NPA)", "Norwegian People's Aid (NPA)"),
    ("Save the Children (Sudan Country Office)", "Save the Children (Sudan Country Office)")])
def test_a_labelled_employer_without_the_description_in_its_aside(value: str, employer: str) -> None:
    # shape of a real DOCX (shared realdocs corpus: recruitrank-job-description.docx): the firm described in
    # parentheses after its name; an acronym or a unit there is part of how it is named
    from postingkit import parse_text

    p = parse_text(f"Job Description: Senior AI Engineer\n\nCompany: {value}\n\nEmployment Type: Full-time\n")
    assert p.organization == employer


def test_a_russian_job_instruction_gives_its_role_in_the_nominative() -> None:
    # shape of a real DOCX (shared realdocs corpus: sasasats-vedushchiy-inzhener-programmist.docx): the label,
    # the role in the genitive under it, and the first provision naming it in the nominative
    from postingkit import parse_text

    p = parse_text("ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ\n\nведущего инженера-программиста\n\nОбщие положения\n\n1. Ведущий "
                   "инженер-программист относится к категории специалистов.\n")
    assert p.title == "Ведущий инженер-программист"


@pytest.mark.parametrize(("first_line", "title"), [
    ("(Senior) Software Engineer (f/m/d)", "(Senior) Software Engineer"),
    ("Home Care Aide - Weekly Pay!", "Home Care Aide"),
    ("NEW! Forklift Driver - Nights - Up to £15/hr", "Forklift Driver - Nights")])
def test_a_board_header_whose_title_line_is_odd_never_gives_the_place_as_title(first_line: str, title: str) -> None:
    # job boards' title lines (self-written): a seniority in parentheses first, a perk with an exclamation mark,
    # a board's "NEW!" flag; the place line under the employer ("London") was taken for the title
    from postingkit import parse_text

    p = parse_text(f"{first_line}\nAcme Corp\nLondon\n\nAbout the role\nWe are hiring.\n\nResponsibilities\n"
                   "- Do things.\n")
    assert p.title == title


@pytest.mark.parametrize("lead_in", ["Au sein de l'équipe Produit, vous aurez pour missions de :",
                                     "Vous aurez pour mission principale de :"])
def test_a_french_lead_in_to_the_missions_ending_in_de(lead_in: str) -> None:
    # Welcome to the Jungle's shape (self-written): the lead-in under "Descriptif du poste" ends in "de :"
    from postingkit import parse_text

    p = parse_text(f"Développeur H/F\nQonto\nParis (75)\n\nDescriptif du poste\n{lead_in}\n- Concevoir des "
                   "fonctionnalités\n- Participer aux revues de code\n\nProfil recherché\n- Maîtrise de React\n")
    assert [d.text for d in p.duties] == ["Concevoir des fonctionnalités", "Participer aux revues de code"]


def test_a_recruitment_agency_under_the_title_over_labelled_fields_is_the_employer() -> None:
    # UK boards' shape (self-written, as Reed and Totaljobs print it): the agency under the title, then its fields
    from postingkit import parse_text

    p = parse_text("Finance Assistant\nHays Recruitment\nSalary: £26,000 per annum\nLocation: Manchester\n\n"
                   "We need a finance assistant.\n")
    assert p.organization == "Hays Recruitment"


def test_an_employer_that_speaks_by_its_acronym_is_named_in_full_where_the_notice_spells_it() -> None:
    # a call for consultants (self-written in the shape of NGO calls): the name with its acronym on its own line
    # under the title, then "The IRC has implemented ..." in the background
    from postingkit import parse_text

    p = parse_text("Call for Consultancy: Final Evaluation of the Resilience Project\n\nInternational Rescue Committee "
                   "(IRC)\nLocation: Bamako, Mali\nDeadline: 20/12/2026\n\n1. Background\nThe IRC has implemented the "
                   "project since 2023.\n")
    assert p.organization == "International Rescue Committee"


@pytest.mark.parametrize("under", ["", "£21,575 - £22,366 FTE\nPart time, 32.5 hours per week\n"])
def test_an_employer_and_its_town_on_one_line_under_the_title(under: str) -> None:
    # UK boards' school and charity posts (self-written in their shape): "Employer, Town" under the title, a line
    # of pay and one of terms or none, then the body
    from postingkit import parse_text

    p = parse_text(f"Teaching Assistant (Level 2) - SEN\nHollybrook Primary School, Bristol\n{under}\nWe are looking "
                   "for a caring Teaching Assistant.\n")
    assert (p.organization, [(loc.city, loc.country) for loc in p.locations]) == (
        "Hollybrook Primary School", [("Bristol", "GB")])


def test_a_hays_advert_flattened_into_one_paragraph() -> None:
    # Hays' adverts (self-written in their shape, as Adzuna's data set keeps them): five headings in sentence case,
    # no colons, each glued to the sentence after it
    from postingkit import parse_text

    p = parse_text("Senior Quantity Surveyor\nHays Construction\nBirmingham, West Midlands\n\nYour new company A "
                   "leading Tier 1 main contractor is looking for a Senior Quantity Surveyor to join their Birmingham "
                   "office. Your new role You will be responsible for the commercial management of projects up to "
                   "£30m from tender to final account. You will prepare monthly valuations and report to the "
                   "Commercial Manager. What you'll need to succeed You will be degree qualified in Quantity "
                   "Surveying and have at least 5 years' experience with a main contractor. MRICS would be an "
                   "advantage. What you'll get in return A salary of £65,000 - £75,000 plus car allowance and private "
                   "healthcare. What you need to do now If you're interested in this role, click 'apply now'.\n")
    assert [d.text for d in p.duties] == [
        "You will be responsible for the commercial management of projects up to £30m from tender to final account.",
        "You will prepare monthly valuations and report to the Commercial Manager."]
    assert [(q.text, q.requirement) for q in p.qualifications] == [
        ("You will be degree qualified in Quantity Surveying and have at least 5 years' experience with a main "
         "contractor.", "required"), ("MRICS would be an advantage.", "preferred")]


def test_what_the_candidate_will_be_is_a_requirement_not_a_duty() -> None:
    from postingkit import parse_text

    p = parse_text("Care Assistant\nBluebird Care\nHarrogate, North Yorkshire\n\nThe Candidate\nYou will be caring, "
                   "reliable and have a full UK driving licence and access to your own vehicle.\n")
    assert [q.text for q in p.qualifications] == [
        "You will be caring, reliable and have a full UK driving licence and access to your own vehicle."]


def test_a_board_header_whose_employer_line_opens_with_at() -> None:
    # LinkedIn's page copied as text (self-written in its shape): "at Deloitte" under the title
    from postingkit import parse_text

    p = parse_text("Data Analyst\nat Deloitte\nMumbai, Maharashtra, India\n\nAbout the role\nWe are hiring.\n")
    assert (p.title, p.organization, [(loc.city, loc.country) for loc in p.locations]) == (
        "Data Analyst", "Deloitte", [("Mumbai", "IN")])
