"""Headings -> what their sections hold, and which blocks of a section are items."""
from __future__ import annotations

import pytest

from postingkit import parse_text
from postingkit.segment import classify_heading

HEADINGS = [
    # job-board postings: curly apostrophes, missions, profiles; French and Spanish headings
    ("Profile We’re Looking For", "qualifications", "required"), ("Your mission", "duties", "required"),
    ("Vos missions", "duties", "required"), ("Profil recherché", "qualifications", "required"),
    ("You'll be one of our top picks if:", "qualifications", "preferred"), ("Role objectives", "duties", "required"),
    ("Requisitos", "qualifications", "required"), ("Responsabilidades", "duties", "required"),
    ("Ce que nous offrons", "benefits", "required"), ("Company profile", "about", "required"),
    ("You’ll spend time on the following", "duties", "required"), ("IDP Education Ltd", None, None),
    ("What You’ll Bring", "qualifications", "required"), ("Why you’ll love PwC", "benefits", "required"),
    ("Essential Job Functions", "duties", "required"),
    ("You Will Be Successful In The Role If", "qualifications", "required"),
    ("You will thrive in this role if", "qualifications", "required"),
    ("This role is for you if", "qualifications", "required"),
    ("What makes you a great fit", "qualifications", "required"),
    # dev notices
    ("Key Responsibilities", "duties", "required"), ("Functional responsibilities", "duties", "required"),
    ("Tasks Summary", "duties", "required"), ("Duties and Responsibilities:", "duties", "required"),
    ("Job Description in short", "duties", "required"),
    ("Qualifications and skills required", "qualifications", "required"),
    ("Experience Requirements", "qualifications", "required"), ("Person Specification", "qualifications", "required"),
    ("PERSON SPECIFICATION", "qualifications", "required"), ("Specific Requirements", "qualifications", "required"),
    ("Education/Experience/Language requirements", "qualifications", "required"),
    ("Work Experience", "qualifications", "required"), ("Language Requirements", "languages", "required"),
    ("Languages:", "languages", "required"), ("Educational Background:", "qualifications", "required"),
    ("How to apply", "apply", "required"), ("Outcomes (the way success will be measured)", "other", "required"),
    ("Equality, Diversity and "
     "Inclusion", "other", "required"), ("About the Strong Cities Network", "about", "required"),
    ("Job Overview:", "summary", "required"), ("Conditions of Employment", "other", "required"),
    ("Similar Jobs", "other", "required"), ("Additional Notes:", "other", "required"),
    # UN, NGO and corporate wording
    ("Responsibilities", "duties", "required"), ("What you will do", "duties", "required"),
    ("What you'll do", "duties", "required"), ("Terms of Reference", "duties", "required"),
    ("Scope of work", "duties", "required"), ("Requirements", "qualifications", "required"),
    ("Required Qualifications", "qualifications", "required"),
    ("Preferred Qualifications", "qualifications", "preferred"), ("Desirable", "qualifications", "preferred"),
    ("Nice to have", "qualifications", "preferred"), ("Essential / Desirable", "qualifications", "required"),
    ("Required/Preferred Qualifications", "qualifications", "required"),
    ("Competencies", "qualifications", "required"), ("Education", "qualifications", "required"),
    ("Skills", "qualifications", "required"), ("Key Selection Criteria", "qualifications", "required"),
    ("What we're looking for", "qualifications", "required"), ("Salary and benefits", "benefits", "required"),
    ("Remuneration", "pay", "required"), ("Background", "about", "required"),
    ("Deliverables", "other", "required"), ("Expected outputs", "other", "required"),
    # Indeed's screening fields (shared jobboard corpus) and a UK job board's attributes list
    ("Ability to commute/relocate", "qualifications", "required"), ("Willingness to travel", "qualifications",
                                                                    "required"),
    ("Key attributes", "qualifications", "required"),
    # what to send is not what to bring; who may apply is
    ("Required documents", "apply", "required"), ("Application requirements", "apply", "required"),
    ("Documents to be submitted", "apply", "required"), ("Who can apply", "qualifications", "required"),
    ("Profile", "qualifications", "required"), ("Working conditions", "other", "required"),
    ("Objective of the assignment", "summary", "required"), ("The ideal candidate", "qualifications", "required"),
    # ("Accountability" among duties is an area grouping them: data/headings.DUTY_AREAS)
    ("BEHAVIOURS (Values in Practice)", "other", "required"), ("Accountability", "other", "required"),
    # work with its products is work; an advantage is preferred; what is expected is a qualification
    ("Scope of work and deliverables", "duties", "required"), ("Tasks & deliverables", "duties", "required"),
    ("Desired skills", "qualifications", "preferred"), ("Added advantage", "qualifications", "preferred"),
    ("Advantages", "qualifications", "preferred"), ("What we expect from you", "qualifications", "required"),
    ("Personal attributes", "qualifications", "required"), ("Obligations", "duties", "required"),
    ("Main purpose of the job", "summary", "required"), ("Key results expected", "other", "required"),
    # the region's languages and German
    ("Opis posla", "duties", "required"), ("Poslovi i zadaci", "duties", "required"),
    ("Uslovi", "qualifications", "required"), ("Potrebne kvalifikacije", "qualifications", "required"),
    ("Prednost", "qualifications", "preferred"), ("Uslovi rada", "other", "required"),
    ("Nudimo", "benefits", "required"), ("Način prijave", "apply", "required"), ("Detyrat", "duties", "required"),
    ("Kërkesat", "qualifications", "required"), ("Si të aplikoni", "apply", "required"),
    ("Ihre Aufgaben", "duties", "required"), ("Ihr Profil", "qualifications", "required"),
    ("Wir bieten", "benefits", "required"),
    # a heading word starts a word: inside another it names nothing ("education" in "Coeducational")
    ("Coeducational campus", None, None), ("Miseducation", None, None),
    # a job's title that starts with a heading word names the role, not a section of items or pay
    ("Education Officer", None, None), ("Requirements Engineer", None, None), ("Compensation Analyst", None, None),
    ("Education Officer, NOB, Temporary Appointment, Juba", None, None), ("Project Officer - Education", None, None),
    ("Responsibilities of the Project Officer", "duties", "required"), ("Line Manager", "other", "required"),
    # an ellipsis typed as one character, as a word processor turns "..." (shared pay corpus: nhs-916252846)
    ("You are…", "qualifications", "required"), ("You will…", "duties", "required"),
    # Figma's lead-ins on LinkedIn (self-written after their shape), however long
    ("We'd love to hear from you if you have:", "qualifications", "required"),
    ("While it's not required, it's an added plus if you also have:", "qualifications", "preferred"),
]


@pytest.mark.parametrize("heading, kind, requirement", HEADINGS)
def test_heading_vocabulary(heading: str, kind: str | None, requirement: str | None) -> None:
    assert classify_heading(heading) == ((kind, requirement) if kind else None)


def test_long_lead_in_lines_are_not_section_headings() -> None:
    assert classify_heading("More specifically, the Officer will undertake the following activities:") is None


def test_what_is_not_an_item() -> None:
    posting = parse_text(
        "Duties\nThe officer will:\n- Draft reports.\n- Why do you want this job?\nDeadline for applications has "
        "passed\n"
        "How to apply\n- Send a CV.\nMentor questions\n1. What is your experience?\n")
    assert [d.text for d in posting.duties] == ["Draft reports."]


def test_prose_sections_give_one_item_per_sentence_and_lists_leave_lead_ins_out() -> None:
    posting = parse_text("Duties and Responsibilities:\nThe officer assists the team. She drafts reports, e.g. "
                         "monthly ones.\nRequirements\nCandidates need the following:\n- A degree in law.\n")
    assert [d.text for d in posting.duties] == ["The officer assists the "
                                                "team.", "She drafts reports, e.g. monthly ones."]
    assert [q.text for q in posting.qualifications] == ["A degree in law."]


def test_numbered_headings_of_terms_of_reference_open_sections_but_short_numbered_items_stay_items() -> None:
    posting = parse_text(
        "TERMS OF REFERENCE\n1. Background\nThe project started in 2021.\n2. Scope of work\n"
        "a) Review project documents;\nb) Produce the final report.\n3. Deliverables\nAn inception report.\n"
        "4. Qualifications\n1. Strong analytical skills\n2. Fluency in English\n5. How to apply\nSend a CV.\n")
    assert [d.text for d in posting.duties] == ["Review project documents;", "Produce the final report."]
    assert [q.text for q in posting.qualifications] == ["Strong analytical skills", "Fluency in English"]


def test_short_lines_under_essential_and_desirable_are_items_and_known_headings_stay_headings() -> None:
    posting = parse_text(
        "Person specification\nEssential\nAt least 2 years' experience of youth work\n"
        "Understanding of safeguarding practice\nExcellent communication skills\nDesirable\n"
        "A youth work qualification\nAbility to speak Somali\n\nBenefits\n25 days annual leave\n")
    assert [(q.text, q.requirement) for q in posting.qualifications] == [
        ("At least 2 years' experience of youth "
         "work", "required"), ("Understanding of safeguarding practice", "required"),
        ("Excellent communication skills", "required"), ("A youth work qualification", "preferred"),
        ("Ability to speak Somali", "preferred")]


def test_a_short_line_closing_an_unbulleted_list_is_an_item_but_one_heading_bullets_stays_a_group() -> None:
    posting = parse_text(
        "Requirements\nUniversity degree in Finance or Economics\n"
        "Minimum three years of experience in a similar position with an international NGO\n"
        "Excellent knowledge of Excel\nHow to apply\nSend a CV.\n")
    assert [q.text for q in posting.qualifications] == [
        "University degree in Finance or Economics",
        "Minimum three years of experience in a similar position with an international NGO",
        "Excellent knowledge of Excel"]
    posting = parse_text(
        "Responsibilities\nProgramme management\nLead the team and manage the budget of the programme in the region\n"
        "Partnerships\nBuild relationships with donors and partners across the region\n")
    assert [(d.text, d.group) for d in posting.duties] == [
        ("Lead the team and manage the budget of the programme in the region", "Programme management"),
        ("Build relationships with donors and partners across the region", "Partnerships")]


def test_a_lone_sentence_case_sub_heading_over_bullets_stays_their_group() -> None:
    posting = parse_text("Key Responsibilities\nPartnerships and networking\n- Build relationships.\n"
                         "Programme and project management\n- Lead the team.\n")
    assert [(d.text, d.group) for d in posting.duties] == [
        ("Build relationships.", "Partnerships and networking"), ("Lead the team.", "Programme and project management")]


def test_tables_whose_other_cells_are_marks_or_shares_give_their_first_cell_as_the_item(tmp_path) -> None:
    import docx

    from postingkit import parse

    document = docx.Document()
    document.add_paragraph("Programme Officer")
    document.add_heading("Key responsibilities", 2)
    rows = [("Responsibility", "% of time"), ("Manage grants to local partners", "40%"),
            ("Monitor project activities and report to donors", "60 %")]
    document.add_heading("Person specification", 2)
    marks = [("Criteria", "Essential", "Desirable"), ("University degree in a relevant field", "X", ""),
             ("Experience with EU funding", "", "✓"), ("Knowledge of Serbian", "", "x")]
    table = document.add_table(rows=0, cols=2)
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text
    # the first table belongs under the first heading: move it there
    document.paragraphs[1]._p.addnext(table._tbl)
    table = document.add_table(rows=0, cols=3)
    for row in marks:
        cells = table.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text
    document.save(tmp_path / "marks.docx")
    posting = parse(tmp_path / "marks.docx")
    assert [d.text for d in posting.duties] == ["Manage grants to local partners",
                                                "Monitor project activities and report to donors"]
    assert [(q.text, q.requirement, q.category) for q in posting.qualifications] == [
        ("University degree in a relevant field", "required", "education"),
        ("Experience with EU funding", "preferred", "experience"),
        ("Knowledge of Serbian", "preferred", "language")]
    assert [(l.code, l.requirement) for l in posting.languages] == [("sr", "preferred")]


def test_a_verb_led_list_under_an_unknown_heading_is_duties_but_not_in_the_about_section() -> None:
    posting = parse_text(
        "Architect\n\nAbout Us\n\nOur priorities are:\n- Strengthen cities\n- Promote coordination\n- Support "
        "mayors\n\n"
        "MUST HAVE: Architecture experience, AWS Cloud, hands-on data work.\n\n"
        "- Lead the design of reference architectures\n- Develops the technical roadmap\n- Coordinates initiatives\n")
    assert [d.text for d in posting.duties] == [
        "Lead the design of reference architectures", "Develops the technical roadmap", "Coordinates initiatives"]
    assert [q.text for q in posting.qualifications] == ["Architecture experience, AWS Cloud, hands-on data work."]


def test_prose_under_a_qualifications_heading_that_says_what_the_holder_will_do_is_not_a_qualification() -> None:
    posting = parse_text("Manager\n\nWhat we're looking for:\n\nIn this role, you will build partnerships. "
                         "You are a strong communicator.\n\nWhat you will bring:\n- A degree in law\n")
    assert [q.text for q in posting.qualifications] == ["You are a strong communicator.", "A degree in law"]
    # the shape of an NRC notice (shared ngo corpus): "A key part of your role will be to ..." is a task
    posting = parse_text("Manager\n\nWhat we're looking for:\n\nA key part of your role will be to support the "
                         "partners. You are a strong communicator.\n")
    assert [d.text for d in posting.duties] == ["A key part of your role will be to support the partners."]
    assert [q.text for q in posting.qualifications] == ["You are a strong communicator."]


def test_a_notice_without_sections_gives_what_you_will_do_as_its_duties() -> None:
    """The shape of a UK Adzuna row (shared jobboard corpus): prose only, no heading."""
    posting = parse_text("Chef de Partie\nBrunning & Price\nMilford, Surrey\n\nThe Refectory was a cattle barn. "
                         "This is a busy kitchen, and you'll help the crew set the bar high. You will be part of a "
                         "team. You'll love our garden. You will also have the opportunity to grow.\n")
    assert [d.text for d in posting.duties] == ["This is a busy kitchen, and you'll help the crew set the bar high."]
    listed = parse_text("Chef\n\nDuties\n- Cook\n\nAbout us\n\nYou will help the crew.\n")
    assert [d.text for d in listed.duties] == ["Cook"]


def test_a_paragraph_about_the_candidate_after_a_duties_list_is_a_qualification() -> None:
    """The shape of an Indian Glassdoor posting (shared jobboard corpus)."""
    posting = parse_text("Executive\n\nYou'll be responsible for following:\n\na. Dashboards using PowerBI\n\n"
                         "b. ETL using MS SQL\n\nFresh Engineering Graduates with at least 3 Year of experience "
                         "having flair for data analytics.\n\nThe office is in Gurgaon and has a canteen.\n")
    assert [d.text for d in posting.duties] == ["Dashboards using PowerBI", "ETL using MS SQL"]
    assert [q.text for q in posting.qualifications] == [
        "Fresh Engineering Graduates with at least 3 Year of experience having flair for data analytics."]


def test_task_sentences_in_prose_among_the_skills_are_the_duties_of_a_notice_that_lists_none() -> None:
    """The shape of an Indian Glassdoor posting (shared jobboard corpus): under "BI Skills", paragraphs of
    imperative tasks beside a list of skills."""
    posting = parse_text("BI Specialist\n\nBI Skills\n\nDevelop data models and reports. Identify areas of "
                         "improvement. Documentation of mappings.\n\nAnalyze data models. Collaborate with data "
                         "management.\n\n- Extremely strong SQL skills.\n")
    assert [d.text for d in posting.duties] == ["Develop data models and reports.", "Identify areas of improvement.",
                                                "Analyze data models.", "Collaborate with data management."]
    assert [q.text for q in posting.qualifications] == ["Extremely strong SQL skills."]
    listed = parse_text("BI Specialist\n\nDuties\n- Run reports\n\nBI Skills\n\nDevelop data models. Identify "
                        "areas of improvement.\n\n- Extremely strong SQL skills.\n")
    assert [d.text for d in listed.duties] == ["Run reports"]


def test_a_duties_list_that_mixes_in_candidate_attributes_gives_them_to_the_qualifications() -> None:
    posting = parse_text("Analyst\n\nResponsibilities\n- Partner with the finance teams.\n"
                         "- Excellent interpersonal skills.\n- 3+ years of SAP experience.\n- Develop solutions.\n"
                         "- Experience sharing sessions with partners is an asset.\n")
    assert [d.text for d in posting.duties] == ["Partner with the finance teams.", "Develop solutions."]
    assert [(q.text, q.requirement) for q in posting.qualifications] == [
        ("Excellent interpersonal skills.", "required"), ("3+ years of SAP experience.", "required"),
        ("Experience sharing sessions with partners is an asset.", "preferred")]


def test_a_duty_item_that_says_after_a_lead_in_what_you_must_have_is_a_qualification() -> None:
    # shape of a real DOCX (shared realdocs corpus: jsabra1-asset-control-devops-engineer.docx)
    posting = parse_text("Engineer\n\nKey Responsibilities\n- Help the development team to leverage the platform.\n"
                         "- As a key member of our Engineering team, you must have 3-5 years Cloud Operations "
                         "experience.\n- As a key member of our team, you will be tasked with design reviews.\n")
    assert [d.text for d in posting.duties] == ["Help the development team to leverage the platform.",
                                                "As a key member of our team, you will be tasked with design reviews."]
    assert [q.text for q in posting.qualifications] == [
        "As a key member of our Engineering team, you must have 3-5 years Cloud Operations experience."]


def test_a_list_of_tasks_after_the_successful_candidate_will_is_the_duties() -> None:
    # as a UK school posts it (self-written): "The successful candidate will:" over tasks, "You will have:" over
    # what they bring; "The ideal candidate will:" over "Have ..." / "Be ..." stays the qualifications
    posting = parse_text("Teaching Assistant\n\nThe successful candidate will:\n- Support pupils in literacy.\n"
                         "- Help the class teacher to prepare resources.\n\nYou will have:\n- GCSE English.\n")
    assert [d.text for d in posting.duties] == ["Support pupils in literacy.",
                                                "Help the class teacher to prepare resources."]
    assert [q.text for q in posting.qualifications] == ["GCSE English."]
    posting = parse_text("Officer\n\nThe ideal candidate will:\n- Have 3 years of experience.\n"
                         "- Be fluent in English.\n")
    assert ([d.text for d in posting.duties], [q.text for q in posting.qualifications]) == (
        [], ["Have 3 years of experience.", "Be fluent in English."])


def test_a_job_summary_in_prose_and_qualifications_closed_by_how_to_apply() -> None:
    # the shape of an NGO notice in paragraphs (self-written): each sentence of the summary that says what the
    # holder does is a duty, in the future or the present; the closing note on sending applications is no
    # qualification
    posting = parse_text("CARE is seeking a Cash Assistance Officer based in Mafraq.\n\nJob Summary\n\nThe Cash "
                         "Assistance Officer is responsible for the registration of households. He/she will work "
                         "closely with the protection team. The officer also maintains beneficiary databases. The "
                         "officer reports to the Cash Manager.\n\nQualifications\n\nThe ideal candidate holds a "
                         "bachelor's degree in social sciences. Applications should be submitted no later than "
                         "December 28th, 2026.\n")
    assert [d.text for d in posting.duties] == [
        "The Cash Assistance Officer is responsible for the registration of households.",
        "He/she will work closely with the protection team.", "The officer also maintains beneficiary databases."]
    assert [q.text for q in posting.qualifications] == [
        "The ideal candidate holds a bachelor's degree in social sciences."]


def test_a_duties_paragraph_whose_stops_were_lost_is_cut_before_use_and_report_as_verbs() -> None:
    # a list run into one paragraph (the shape of shared ngo 4231628 re-dressed by scripts/redress.py "spaced"):
    # "Use" and "Report", as often nouns, are the verbs that open the next task before what they act on
    posting = parse_text("Officer\n\nResponsibilities\n\nWork with national staff to design projects. Oversee the "
                         "project frameworks. Identify partners across the programme in these areas Use evidence-based "
                         "advocacy in briefing papers. Check the fleet every week Report any shortage of vehicles.\n")
    assert [d.text for d in posting.duties] == [
        "Work with national staff to design projects.", "Oversee the project frameworks.",
        "Identify partners across the programme in these areas", "Use evidence-based advocacy in briefing papers.",
        "Check the fleet every week", "Report any shortage of vehicles."]


def test_a_lead_in_after_prose_under_a_lead_in_of_the_same_kind_opens_its_own_list() -> None:
    # shared ngo 4232334 re-dressed by scripts/redress.py "lower_headings": "what we're looking for:" over prose
    # that says what the holder will do, then "what you will bring:" over the requirements
    posting = parse_text("Partnerships Manager\n\nwhat we’re looking for:\n\nNRC is looking for an experienced "
                         "Partnerships Manager to lead our partnerships.\n\nIn this role, you will develop the "
                         "partnership strategy. You will build relationships with partners.\n\nwhat you will bring:\n\n"
                         "- University degree.\n- Fluency in English and Amharic.\n")
    assert [d.text for d in posting.duties] == ["In this role, you will develop the partnership strategy.",
                                                "You will build relationships with partners."]
    assert [q.text for q in posting.qualifications] == ["University degree.", "Fluency in English and Amharic."]


def test_a_headless_list_of_tasks_joined_by_semicolons_after_their_stops_is_the_duties() -> None:
    # shared jobboard jsearch-ca-row14 re-dressed by scripts/redress.py "semicolon_lists": the duties under no
    # heading, a paragraph of tasks and then the list, its items joined with ".;"
    posting = parse_text("Architect\n\nPlease note this is a Senior Architect role.\n\nContributes to AI Adoption. "
                         "Partners with stakeholders to define capabilities. Provide expert advice in programs.\n"
                         "Lead the design of reference architectures.; Apply innovative AI to enterprise platforms.; "
                         "Develop and maintain the technical roadmap.\n\nQualifications:\nBachelor degree.\n")
    assert [d.text for d in posting.duties] == [
        "Contributes to AI Adoption.", "Partners with stakeholders to define capabilities.",
        "Provide expert advice in programs.", "Lead the design of reference architectures.",
        "Apply innovative AI to enterprise platforms.", "Develop and maintain the technical roadmap."]


def test_a_flattened_uk_row_with_its_requirements_run_together_and_a_region_after_its_town() -> None:
    # the shape of an Adzuna UK row (self-written): the notice on one line, its requirements run together with
    # no stop between them, and "Town, Region Country" as the place line
    posting = parse_text("Maintenance Engineer\nHays\nBristol, South West England\n\nWe are recruiting a Maintenance "
                         "Engineer for a food manufacturer based in Bristol, paying £45,000 per annum plus shift "
                         "allowance and more besides for the right person with the right attitude to the work. Key "
                         "Responsibilities: Carry out planned maintenance on production equipment Diagnose electrical "
                         "faults Maintain accurate records on the CMMS Requirements: Time served electrical engineer "
                         "(NVQ Level 3 or equivalent) Previous experience in a food environment is desirable Full UK "
                         "driving licence Benefits: 25 days holiday plus bank holidays, pension, overtime at time and "
                         "a half. If you are interested in this role, click apply now to forward your CV to us.\n")
    assert [(l.city, l.country) for l in posting.locations] == [("Bristol", "GB")]
    assert [(q.text, q.requirement) for q in posting.qualifications] == [
        ("Time served electrical engineer (NVQ Level 3 or equivalent)", "required"),
        ("Previous experience in a food environment is desirable", "preferred"),
        ("Full UK driving licence", "required")]


def test_the_terms_offered_to_the_one_chosen_are_no_qualification() -> None:
    # shared ngo 4231910 re-dressed by scripts/redress.py "nomarks": a note on the contract after the requirements
    posting = parse_text("Data Officer\n\nRequirements\n\nUniversity degree in statistics.\nFluent English.\n"
                         "Successful candidates will be hired on a local employment contract.\n")
    assert [q.text for q in posting.qualifications] == ["University degree in statistics.", "Fluent English."]
    posting = parse_text("Data Officer\n\nRequirements\n- Fluent English.\n"
                         "- Only shortlisted candidates will be contacted.\n")
    assert [q.text for q in posting.qualifications] == ["Fluent English."]


def test_prose_where_the_employer_speaks_of_itself_is_not_a_qualification() -> None:
    posting = parse_text("Analyst\n\nQualifications\n\nAt Principal, we value connecting on a personal level. "
                         "We are looking for someone with five years of audit work. Our success depends on you. "
                         "Strong analytical skills.\n")
    assert [q.text for q in posting.qualifications] == [
        "We are looking for someone with five years of audit work.", "Strong analytical skills."]


def _template_notice(title: str, duty: str, skill: str) -> str:
    return (f"We are looking for a {title}\n\nWho we are\nA software house in Pune.\n\nWhat you'll be doing\n- {duty}\n"
            f"- Review pull requests\n\nWhat skills & experience you'll bring\n- {skill}\n- Three years of "
            f"experience\n\nWant to apply?\nWrite to jobs@example.com\n")


def test_several_notices_of_one_template_give_the_first_ones_record_and_parse_notices_each() -> None:
    """Provenance: realdocs/visnet-jd.pdf (three job descriptions of one company, one template) and
    ceit-JD.pdf (two form-table position descriptions)."""
    from postingkit.pipeline import parse_notices

    single = parse_text(_template_notice("Frontend Developer", "Build React screens", "React"))
    assert single.warnings == []
    both = (_template_notice("Frontend Developer", "Build React screens", "React") + "\n" +
            _template_notice("Backend Developer", "Design REST services", "Django"))
    first = parse_text(both)
    assert first.warnings == ["the file holds 2 notices of one template; this record is the first one's "
                              "(postingkit.parse_notices() gives one record each)"]
    assert (first.title, [d.text for d in first.duties]) == ("Frontend Developer",
                                                             ["Build React screens", "Review pull requests"])
    each = parse_notices(both.encode())
    assert [(p.title, [d.text for d in p.duties], [q.text for q in p.qualifications]) for p in each] == [
        ("Frontend Developer", ["Build React screens", "Review pull requests"],
         ["React", "Three years of experience"]),
        ("Backend Developer", ["Design REST services", "Review pull requests"],
         ["Django", "Three years of experience"])]
    assert [p.title for p in parse_notices(_template_notice("Driver", "Drive", "Licence").encode())] == ["Driver"]


def test_a_heading_naming_its_lead_in_and_a_lone_item_over_prose() -> None:
    """Shapes of a US LinkedIn posting (shared jobboard corpus): a heading that runs into a lead-in ("...
    include but are not limited to"), and one item alone under "Preferred" with prose after it."""
    posting = parse_text("Health IT Specialist\n\nEssential functions of the job include but are not limited to:\n"
                         "- Assist health systems with their records\n\nPreferred\nPharm. D, or Master's degree\n"
                         "We are an equal opportunity employer.\n")
    assert [d.text for d in posting.duties] == ["Assist health systems with their records"]
    assert [(q.text, q.requirement) for q in posting.qualifications] == [("Pharm. D, or Master's degree", "preferred")]


def test_what_the_holder_will_do_in_prose_under_a_looking_for_heading_is_the_duties_when_none_are_listed() -> None:
    """The shape of NRC's notices (shared ngo corpus): the role described in 'you will' prose under "What
    we're looking for", the candidate's list under "What you will bring"."""
    text = ("Partnerships Manager\n\nWhat we're looking for\nIn this role, you will develop the partnership strategy. "
            "You will build strong relationships with partners.\n\nWhat you will bring\n- A university degree\n")
    posting = parse_text(text)
    assert [d.text for d in posting.duties] == ["In this role, you will develop the partnership strategy.",
                                                "You will build strong relationships with partners."]
    assert [q.text for q in posting.qualifications] == ["A university degree"]
    listed = parse_text(text + "\nResponsibilities\n- Manage partner grants\n")
    assert [d.text for d in listed.duties] == ["Manage partner grants"]


def test_question_headings_of_a_staffing_agency_template() -> None:
    """The shape of Experis postings (shared jobboard corpus): "What's the Job?", "What's Needed?",
    "What's in it for me?" as headings over prose."""
    posting = parse_text("Sales Representative\n\nWhat's the Job?\nEngage customers. Identify opportunities.\n\n"
                         "What's Needed?\n6+ years of experience in sales. Fluent English.\n\nWhat's in it for me?\n"
                         "Competitive pay rate.\n")
    assert [d.text for d in posting.duties] == ["Engage customers.", "Identify opportunities."]
    assert [q.text for q in posting.qualifications] == ["6+ years of experience in sales.", "Fluent English."]


def test_the_legal_text_closing_a_us_posting_is_not_a_qualification() -> None:
    """Shapes of US LinkedIn postings (shared jobboard corpus)."""
    posting = parse_text("Analyst\n\nQualifications\n- SQL\n- The above statements are intended to describe the "
                         "general nature of the work.\n- They are not intended to be an exhaustive list.\n"
                         "- Never: 0%; Occasional: 1-33%\n- Acme is an equal opportunity employer.\n")
    assert [q.text for q in posting.qualifications] == ["SQL"]


def test_pay_transparency_and_employer_notes_after_a_us_qualifications_list_are_not_qualifications() -> None:
    """Shapes of US LinkedIn postings (shared jobboard corpus): a pay-range disclosure, the range itself,
    an equal-opportunity note, a copyright line and a sentence saying what the employer is."""
    posting = parse_text(
        "Analyst\n\nQualifications\n- SQL\n- Excellent presentation skills\n\nAcme is required by law to include a "
        "reasonable estimate of the compensation range for this role. This compensation range takes into account "
        "the wide range of factors that are considered in making compensation decisions.\n\n$125,000 — $205,100 USD\n\n"
        "Acme Staffing is the world’s first and largest specialized talent solutions firm.\n\n© 2024 Acme. "
        "An Equal Opportunity Employer.\n")
    assert [q.text for q in posting.qualifications] == ["SQL", "Excellent presentation skills"]


def test_prose_under_a_duties_heading_that_describes_the_organisation_is_not_a_duty() -> None:
    """The shape of a UN internship notice (shared ngo corpus)."""
    posting = parse_text("Data Intern\n\nResponsibilities\nThe Strategic Branch (SPPB) helps OCHA deliver joint "
                         "responses. OCHA's mission is to coordinate humanitarian action. The intern will support "
                         "data collection.\n")
    assert [d.text for d in posting.duties] == ["The intern will support data collection."]


def test_boilerplate_and_labelled_assets_under_a_qualifications_list() -> None:
    """Shapes of UN and NGO notices (shared ngo corpus): a labelled asset line after the list is an item;
    the UN's language note, calls to apply and where the post is based are not."""
    posting = parse_text("Travel Assistant\n\nEducation\n- Secondary education.\n\nAsset: Training in tourism.\n\n"
                         "Languages\nEnglish and French are the working languages of the United Nations Secretariat. "
                         "Fluency in English is required.\n\nQualifications\n- Two years of experience\n"
                         "- Qualified female candidates are encouraged to apply.\n- N/A\n"
                         "- Proficiency will be evaluated during the selection process.\n")
    assert [(q.text, q.requirement) for q in posting.qualifications] == [
        ("Secondary education.", "required"), ("Asset: Training in tourism.", "preferred"),
        ("Fluency in English is required.", "required"), ("Two years of experience", "required")]


def test_a_labelled_first_item_then_its_bullets_are_one_list() -> None:
    """The shape of an Indian Glassdoor posting (shared jobboard corpus): "Required Skills: <first item>"
    with the rest of the list in bullets under it."""
    posting = parse_text("Data Engineer\n\nRequired Skills: Strong Python fundamentals (Pandas, NumPy).\n"
                         "- Basic understanding of PySpark.\n- Proficiency in SQL.\n\nAbout us\nWe build apps.\n")
    assert [q.text for q in posting.qualifications] == ["Strong Python fundamentals (Pandas, NumPy).",
                                                        "Basic understanding of PySpark.", "Proficiency in SQL."]
    apart = parse_text("Data Engineer\n\nRequired Skills: Strong Python fundamentals.\n\n- Lead the design\n")
    assert [q.text for q in apart.qualifications] == ["Strong Python fundamentals."]


def test_the_sentence_announcing_the_post_under_a_qualifications_heading_is_not_a_qualification() -> None:
    """The shape of an NRC notice (shared ngo corpus): "What we're looking for" opens with the post itself;
    a glued "detailedJOB DESCRIPTION" download note is boilerplate all the same."""
    posting = parse_text("Partnerships Manager\n\nWhat we're looking for\nNRC Ethiopia is looking for an experienced "
                         "Partnerships Manager to lead how we build partnerships.\n\nWe are looking for someone with "
                         "five years of partnership work.\n\nPlease download a more detailedJOB DESCRIPTION for "
                         "more specific duties.\n")
    assert [q.text for q in posting.qualifications] == [
        "We are looking for someone with five years of partnership work."]


def test_prose_under_one_duties_heading_gives_way_to_the_list_under_another() -> None:
    """The shape of a UN internship notice (shared ngo corpus): "Duties and Responsibilities" says what the
    office does and where the intern sits; "Key Tasks" lists the duties."""
    posting = parse_text("Data Intern\n\nDuties and Responsibilities\nThe work of the Branch focuses on coordination. "
                         "The intern will be located in the Section.\n\nKey Tasks\n- Support data collection\n"
                         "- Manage spreadsheets\n")
    assert [d.text for d in posting.duties] == ["Support data collection", "Manage spreadsheets"]


def test_who_may_hold_the_post_is_a_qualification_wherever_the_notice_says_it() -> None:
    """Shapes of NGO and US notices (shared ngo and jobboard corpora): residence, the right to work and
    sponsorship said under the location, the terms or a closing note."""
    posting = parse_text("Country Representative\n\nLocation: Paris (the candidates must hold a valid work "
                         "authorisation in France)\n\nThe CR must reside in Peru.\n\nQualifications\n- Spanish\n\n"
                         "Additional Information\nThis position is not eligible for sponsorship. We offer a bonus.\n")
    assert [(q.text, q.requirement) for q in posting.qualifications] == [
        ("Spanish", "required"), ("the candidates must hold a valid work authorisation in France", "required"),
        ("The CR must reside in Peru.", "required"), ("This position is not eligible for sponsorship.", "required")]
    # and in the closing paragraphs after a benefits list (a US LinkedIn posting), never in the list itself
    closing = parse_text("Support Specialist\n\nQualifications\n- 3+ years of support work\n\nBenefits\n"
                         "- 401(k) for employees who must be eligible to work 1,000 hours\n\nWe thank all applicants. "
                         "Must be authorized to work in the U.S for any employer without company sponsorship.\n")
    assert [q.text for q in closing.qualifications] == [
        "3+ years of support work",
        "Must be authorized to work in the U.S for any employer without company sponsorship."]


def test_a_need_stated_in_the_prose_presenting_the_post_is_a_qualification() -> None:
    """The shape of a UK charity notice (shared ngo corpus): the overview says what is essential; a
    sentence about the offer ("... are essential to build ...") or a notice to candidates is not one."""
    posting = parse_text("Programmes Manager\n\nPosition Overview\nWe are a small charity. Experience in grant writing "
                         "and French are essential. The postholder must also be able to work in English to a high "
                         "standard. Great people are essential to build our future. Candidates must be aware that "
                         "offers are subject to references.\n\nResponsibilities\n- Manage projects\n")
    assert [q.text for q in posting.qualifications] == [
        "Experience in grant writing and French are essential.",
        "The postholder must also be able to work in English to a high standard."]


def test_a_paragraph_beside_a_qualifications_list_saying_what_the_holder_has_is_an_item() -> None:
    """The shape of an audit terms of reference (shared ngo corpus); a lead-in ending in a colon is not."""
    posting = parse_text("Auditor\n\nQualifications\nThe Auditor has appropriate professional qualifications and "
                         "suitable experience with IFAC standards.\n\nThe auditor should:\n- hold a relevant degree\n")
    assert [q.text for q in posting.qualifications] == [
        "The Auditor has appropriate professional qualifications and suitable experience with IFAC standards.",
        "hold a relevant degree"]


def test_a_qualification_that_lost_its_full_stop_is_an_item_not_a_sub_heading() -> None:
    """The shape of an Indian Glassdoor posting (shared jobboard corpus): short trait lines under "Soft
    Skills" read as headings by their look."""
    posting = parse_text("Data Analyst\n\nSoft Skills\nExcellent leadership and interpersonal skills.\n\n"
                         "Adaptable to new environments, people, technologies, and processes\n\n"
                         "Ability to manage ambiguity and solve undefined problems\n")
    assert [q.text for q in posting.qualifications] == [
        "Excellent leadership and interpersonal skills.",
        "Adaptable to new environments, people, technologies, and processes",
        "Ability to manage ambiguity and solve undefined problems"]


def test_a_paragraph_of_verb_led_sentences_beside_a_duties_list_is_duties_too() -> None:
    """The shape of a Canadian JSearch posting (shared jobboard corpus): the duties in prose, then a list."""
    posting = parse_text("AI Architect\n\nResponsibilities\nContributes to AI adoption. Partners with stakeholders to "
                         "define standards. Validates solution architecture.\n\n- Lead the design of reference "
                         "architectures\n- Apply innovative AI technologies\n")
    assert [d.text for d in posting.duties] == [
        "Contributes to AI adoption.", "Partners with stakeholders to define standards.",
        "Validates solution architecture.", "Lead the design of reference architectures",
        "Apply innovative AI technologies"]


def test_how_to_apply_and_what_becomes_of_an_application_are_never_duties() -> None:
    """The shape of a UK Adzuna row (shared jobboard corpus): the closing lines run on under the duties."""
    posting = parse_text("Receptionist\n\nDuties\n- Answer the telephone\n- Please forward your CV with a covering "
                         "letter to jobs@example.com\n- PLEASE BE ADVISED THAT IF YOU HAVE NOT HAD A RESPONSE "
                         "WITHIN 14 DAYS, YOUR APPLICATION HAS BEEN UNSUCCESSFUL.\n- Thank you for applying.\n")
    assert [d.text for d in posting.duties] == ["Answer the telephone"]


def test_the_employer_the_notice_opens_with_wins_over_a_programme_it_names_later() -> None:
    """The shape of a Pacific Community notice (shared ngo corpus): "The Pacific Community (SPC) is the
    principal ... organisation", then the division's programmes, each with its acronym."""
    posting = parse_text("Fisheries Officer\n\nDescription\nThe Pacific Community (SPC) is the principal "
                         "scientific and technical organisation in the Pacific region. The division runs the Oceanic "
                         "Fisheries Programme (OFP). The OFP works on tuna. OFP data is public.\n\nDuties\n"
                         "- Maintain databases\n")
    assert posting.organization == "Pacific Community"


def test_who_the_employer_is_looking_for_said_in_prose_is_a_qualification() -> None:
    """The shape of an Indian Glassdoor posting (shared jobboard corpus); the post's own announcement is not."""
    posting = parse_text("Data Science Intern\n\nWe are providing 6 months training. We are not looking for "
                         "experienced or trained candidates. We are looking for fresher candidates only.\n\n"
                         "You must understand the Spare Parts Business.\n\nResponsibilities\n- Clean data\n")
    assert [q.text for q in posting.qualifications] == [
        "We are not looking for experienced or trained candidates.", "We are looking for fresher candidates only.",
        "You must understand the Spare Parts Business."]


def test_the_employers_commitments_and_what_the_role_does_not_require_are_not_qualifications() -> None:
    """The shape of a Canadian JSearch posting (shared jobboard corpus): notes bulleted after the list."""
    posting = parse_text("AI Architect\n\nWhat You'll Bring\n- Proficiency in Azure services\n- This role does not "
                         "require professional engineering licensure.\n- PwC Canada is committed to cultivating an "
                         "inclusive, hybrid work environment.\n")
    assert [q.text for q in posting.qualifications] == ["Proficiency in Azure services"]


def test_what_a_thing_will_do_in_a_relative_clause_is_not_the_holders_duty() -> None:
    """The shape of a US LinkedIn posting (shared jobboard corpus): the job description's prose."""
    posting = parse_text("Project Manager\n\nJob Description\nThe team is defining the capabilities that will enhance "
                         "our card business. Our goal is to offer services that will enrich their experience. The "
                         "Project Manager will lead delivery of card projects.\n")
    assert [d.text for d in posting.duties] == ["The Project Manager will lead delivery of card projects."]



def test_a_job_boards_question_heading_over_unbulleted_lines_opens_its_section() -> None:
    """The shape of a scraped careers page (a job_description.txt a cover-letter project keeps): "What We
    Look For" right under the last duty, its lines unbulleted, one of them short enough to pass for a
    title; "You will graduate with ..." says what the candidate is, not what the holder will do, and a
    sentence announcing the opening is neither a duty nor a qualification."""
    posting = parse_text(
        "Data Science Intern\n\nWhat You'll Do\n\nOur data team has an opening for a Data Science Intern to support "
        "our product teams.\nWork with the data team and internal stakeholders to solve problems\n"
        "Manage your own project end-to-end from data exploration to presenting insights\nWhat We Look For\n\n"
        "You will graduate in spring 2027 with a Master's or PhD degree in a quantitative field\n"
        "Proven ability to work with data in SQL and Python\n"
        "Experience with multiple statistical data analysis and machine learning methods\n")
    assert [d.text for d in posting.duties] == [
        "Work with the data team and internal stakeholders to solve problems",
        "Manage your own project end-to-end from data exploration to presenting insights"]
    assert [q.text for q in posting.qualifications] == [
        "You will graduate in spring 2027 with a Master's or PhD degree in a quantitative field",
        "Proven ability to work with data in SQL and Python",
        "Experience with multiple statistical data analysis and machine learning methods"]


def test_a_form_saved_as_text_with_labels_and_values_on_lines_of_their_own() -> None:
    """The shape of a UN terms of reference whose Word form was saved as text (a ToR kept in a public
    repository): each label and its value on lines of their own, the tasks indented a tab deep with a
    tab after "Task 2:", lead-ins in a lettered list over the paragraphs of their tasks, a signature
    block at the end."""
    posting = parse_text(
        "Individual Contract – Terms of Reference\n\nIdentification of the Position\n\nJob Title:\n\n"
        "National Consultant for Event Concept Development\n\nProject:\n\n00097541\n\nSupervisor\n\n"
        "Jane Doe - Project manager\n\nLocation:\n\nBosnia and Herzegovina - Sarajevo\n\nDuration:\n\n"
        "Up to 25 days\n\nDuties and Responsibilities:\n\n"
        "\tTask 1:\tThe Event Concept\n\n\tThe Consultant will develop a concept for the two events:\n\n"
        "\ta) Interactive Fair:\n\n\tDesign thematic zones with specific booth ideas.\n\n"
        "\tb) Recognition Ceremony:\n\n\tRecommend award categories based on project data.\n\n"
        "Required Qualifications\n\nExperience\n\n- Minimum 5 years of experience in event planning.\n\n"
        "- Experience drafting procurement documents.\n\nSignatures\n\nIncumbent\n\nName\n\nSignature\n\nDate\n")
    assert posting.title == "National Consultant for Event Concept Development"
    assert posting.organization is None  # "Project:" is a label, not a name
    assert [l.country for l in posting.locations] == ["BA"]
    assert [d.text for d in posting.duties] == [
        "Task 1: The Event Concept", "Design thematic zones with specific booth ideas.",
        "Recommend award categories based on project data."]  # the short lead-in is the group's name
    assert [q.text for q in posting.qualifications] == [
        "Minimum 5 years of experience in event planning.", "Experience drafting procurement documents."]


def test_a_paragraph_of_tasks_told_to_the_reader_beside_a_duties_list_is_duties() -> None:
    """The shape of a French Indeed internship written in English (shared jobboard corpus): a paragraph whose
    sentences say what "you will" do or lead with a task, beside a list of projects; "etc." before a capital
    ends a sentence, and "You are encouraged to ..." is the work, not the candidate."""
    posting = parse_text(
        "ML Intern\n\n### What You'll Do\n\nIn a team, you will be working closely with your mentor on your project. "
        "You can join all sharing sessions, workshops, etc. You are encouraged to voice your ideas. Identify key "
        "problems and build prototypes. Gather and mine large data sets. You will develop fast algorithms.\n\n"
        "Projects you could work on:\n\n* Improving the recommendation engine.\n* Extracting product attributes.\n")
    assert [d.text for d in posting.duties] == [
        "In a team, you will be working closely with your mentor on your project.",
        "You can join all sharing sessions, workshops, etc.", "You are encouraged to voice your ideas.",
        "Identify key problems and build prototypes.", "Gather and mine large data sets.",
        "You will develop fast algorithms.", "Improving the recommendation engine.",
        "Extracting product attributes."]
    assert posting.qualifications == []


def test_a_list_copied_from_a_web_page_keeps_its_items_by_their_indentation() -> None:
    """The shape of a streaming company's posting copied from its careers page (a job_description.txt kept in
    a public repository): the bullets lost, each item set in by four spaces; a heading ending in "if" asks of
    the candidate; a lead-in pointing at talks and posts ends the section."""
    posting = parse_text(
        "We build the cloud platform that our engineers rely on.\n\nMust-have Skills\n\n"
        "    Broad UI development experience - from jQuery to React\n"
        "    Track record of shipping domain-specific UIs for Developers\n\n"
        "What You'll Be Doing In This Role\n\n    Refactoring existing UIs for infrastructure management\n"
        "    Building out brand-new infrastructure experiences\n\nYou Will Be Successful In The Role If\n\n"
        "    You take ownership of outcomes and are motivated by impact\n"
        "    You enjoy getting stuff done in the face of ambiguity\n\n"
        "Here are a few recent talks and posts from members of the team to highlight the work we do:\n\n"
        "    Keeping Reliable Using Prioritized Load Shedding\n    How we use eBPF Flow logs\n")
    assert [d.text for d in posting.duties] == [
        "Refactoring existing UIs for infrastructure management", "Building out brand-new infrastructure experiences"]
    assert [q.text for q in posting.qualifications] == [
        "Broad UI development experience - from jQuery to React",
        "Track record of shipping domain-specific UIs for Developers",
        "You take ownership of outcomes and are motivated by impact",
        "You enjoy getting stuff done in the face of ambiguity"]


def test_what_the_employer_or_an_application_will_do_is_no_duty_and_a_job_id_no_qualification() -> None:
    """The shape of a big tech internship posting (a job_description.txt kept in a public repository)."""
    posting = parse_text(
        "SDE Intern\n\nDescription\n\nBy applying, your application will only be considered for our summer "
        "internship roles. We will take your location preferences into consideration. As an intern, you will "
        "design and build services.\n\nPreferred Qualifications\n\nExperience from previous internships\n"
        "Strong problem-solving skills\nSalary is based on a number of factors and may vary.\nJob ID: A3116034\n")
    assert [d.text for d in posting.duties] == ["As an intern, you will design and build services."]
    assert [q.text for q in posting.qualifications] == ["Experience from previous internships",
                                                        "Strong problem-solving skills"]


def test_a_language_need_that_lost_its_full_stop_is_an_item_not_a_heading() -> None:
    """The shape of an INGO notice (shared ngo corpus): "English and Arabic essential, French a bonus" alone on a
    line under "Other special considerations"; the level said later for English is kept."""
    posting = parse_text("SBC Programme Manager\n\n**Other special considerations**\n\nEnglish and Arabic essential, "
                         "French a bonus\n\nIn this role, you will lead a portfolio of projects.\n\nQualifications\n\n"
                         "- Excellent written and spoken English\n")
    assert [q.text for q in posting.qualifications] == ["English and Arabic essential, French a bonus",
                                                        "Excellent written and spoken English"]
    assert [(l.code, l.requirement, l.proficiency) for l in posting.languages] == [
        ("en", "required", "professional"), ("ar", "required", None), ("fr", "preferred", None)]


def test_a_preferred_requirement_said_after_a_required_one_in_one_item_is_its_own_item() -> None:
    """The shape of a Canadian posting (shared jobboard corpus): one bullet, two requirements."""
    posting = parse_text("AI Architect\n\nQualifications\n\n• Strong knowledge of ML frameworks and MLOps tools. "
                         "Preferred certifications in cloud architecture or AI/ML.\n• Proficiency in Python.\n")
    assert [(q.text, q.requirement) for q in posting.qualifications] == [
        ("Strong knowledge of ML frameworks and MLOps tools.", "required"),
        ("Preferred certifications in cloud architecture or AI/ML.", "preferred"),
        ("Proficiency in Python.", "required")]


def test_the_terms_of_the_post_said_in_a_list_of_requirements_are_not_a_requirement() -> None:
    """The shape of a US NGO notice (shared ngo corpus): "The position on Call/Hourly" among the requirements."""
    posting = parse_text("Interpreter\n\nRequirements\n\n- Fluent in Dari and English\n- The position on Call/Hourly\n"
                         "- This role is part-time\n- Valid driver's license\n")
    assert [q.text for q in posting.qualifications] == ["Fluent in Dari and English", "Valid driver's license"]


def test_a_list_item_leading_in_to_its_own_sub_items_opens_their_section() -> None:
    """realdocs sasasats (a Belarusian job instruction, DOCX numbering): under "General provisions", item 6
    "The lead programmer must know:" holds the holder's knowledge as sub-items; item 7 is a provision again."""
    from postingkit.model import Block
    from postingkit.segment import segment

    blocks = [Block("heading", "Общие положения"),
              Block("list_item", "Ведущий инженер-программист подчиняется начальнику отдела.", numbered=True, level=1),
              Block("list_item", "Ведущий инженер-программист должен знать:", numbered=True, level=1),
              Block("list_item", "методы программирования;", numbered=True, level=2),
              Block("list_item", "основы трудового законодательства.", numbered=True, level=2),
              Block("list_item", "Инженер назначается приказом директора.", numbered=True, level=1)]
    assert [(s.kind, s.heading, [b.text for b in s.blocks]) for s in segment(blocks)] == [
        ("other", "", []),
        ("other", "Общие положения", ["Ведущий инженер-программист подчиняется начальнику отдела."]),
        ("qualifications", "Ведущий инженер-программист должен знать:",
         ["методы программирования;", "основы трудового законодательства."]),
        ("other", "Общие положения", ["Инженер назначается приказом директора."])]


def test_what_the_candidate_will_be_responsible_for_is_the_duty_of_a_notice_listing_only_skills() -> None:
    """realdocs mrfayaz (a DOCX job description): a paragraph, then "Required Skills" and "Preferred Skills"."""
    posting = parse_text("Python Developer\n\nWe are looking for a Python Developer to join our AI team. The "
                         "candidate will be responsible for building NLP models and deploying ML solutions.\n\n"
                         "Required Skills\n\n- Proficiency in Python\n")
    assert [d.text for d in posting.duties] == [
        "The candidate will be responsible for building NLP models and deploying ML solutions."]
    sought = parse_text("Analyst\n\nThe ideal candidate will support the HR team.\n\nRequired Skills\n\n- Python\n")
    assert sought.duties == []  # who is sought as often as what they will do


def test_two_requirements_glued_at_a_semicolon_are_two_items() -> None:
    """The shape of a LinkedIn scrape (shared jobboard corpus): "required;Minimum of 5 years ..." under a heading,
    where the line break between two items was lost."""
    posting = parse_text("Clinical Informatics Lead\n\nMinimum Required\n\nBachelor's degree from an accredited "
                         "university required;Minimum of 5 years in EHR software, preferred; and/or in a health "
                         "system informatics team required\n")
    assert [q.text for q in posting.qualifications] == [
        "Bachelor's degree from an accredited university required",
        "Minimum of 5 years in EHR software, preferred; and/or in a health system informatics team required"]


def test_a_short_line_about_the_candidate_after_a_duties_list_is_a_qualification_not_their_group() -> None:
    """The shape of an Indian Glassdoor posting (shared jobboard corpus): the line has no full stop, so it
    looked like a sub-heading of the duties."""
    posting = parse_text("Executive\n\nYou'll be responsible for following:\n\na. Dashboards using PowerBI\n\n"
                         "b. ETL using MS SQL\n\nUnderstanding of SQL will be preferable\n\nJob Type: Full-time\n")
    assert [(d.text, d.group) for d in posting.duties] == [("Dashboards using PowerBI", None),
                                                           ("ETL using MS SQL", None)]
    assert [(q.text, q.requirement) for q in posting.qualifications] == [
        ("Understanding of SQL will be preferable", "preferred")]


@pytest.mark.parametrize(("heading", "section"), [
    ("The Person", ("qualifications", "required")),  # Oxfam, NHS (shared pay corpus: nhs-916237266)
    ("Success Factors", ("qualifications", "required")),  # Mercy Corps
    ("The Position", ("summary", "required")),
    ("Living Conditions / Environmental Conditions", ("other", "required")),
    ("Expérience", ("qualifications", "required")),
])
def test_ngo_template_headings(heading: str, section: tuple[str, str]) -> None:
    assert classify_heading(heading) == section


def test_a_noun_that_is_also_a_duty_verb_opens_a_qualification() -> None:
    # a Canadian posting's qualifications without their bullets (shape of shared jobboard jsearch-ca-row6):
    # "Track record of ..." and "Research experience ..." are what the candidate has, not tasks
    p = parse_text("AI Engineer\n\nBasic Qualifications:\n\nTrack record of shipping production AI applications\n\n"
                   "Research experience in machine learning\n")
    assert [q.text for q in p.qualifications] == ["Track record of shipping production AI applications",
                                                  "Research experience in machine learning"]


def test_a_short_numbered_requirement_is_no_heading() -> None:
    # numbered sections in terms of reference are headings ("1. Background"); a short numbered requirement
    # that says how good the candidate must be is an item (shape of shared ngo 4231938 with numbers for bullets)
    p = parse_text("Software Developer\n\n**Language skills**\n\n1. Good communications skills (English)\n\n"
                   "**Interpersonal skills**\n\n2. Ability to work in a multicultural team\n")
    assert [q.text for q in p.qualifications] == ["Good communications skills (English)",
                                                  "Ability to work in a multicultural team"]
    assert [l.code for l in p.languages] == ["en"]


def test_a_paragraph_leading_in_to_a_list_of_another_kind() -> None:
    # an NHS posting (shared pay corpus: nhs-916201522): "You will have..." and "We'll offer you..." lead in to
    # the qualifications and the benefits under "What does the role involve?"
    p = parse_text("Speech and Language Therapist\n\nWhat does the role involve?\n\n"
                   "You will manage a caseload of clients.\n\nYou will have...\n\n- Membership of the RCSLT\n"
                   "- Experience in managing Dysphagia (desirable)\n\nWhy Cygnet? We'll offer you...\n\n"
                   "- Free parking\n")
    assert [d.text for d in p.duties] == ["You will manage a caseload of clients."]
    assert [(q.text, q.requirement) for q in p.qualifications] == [
        ("Membership of the RCSLT", "required"), ("Experience in managing Dysphagia (desirable)", "preferred")]


@pytest.mark.parametrize("heading", ["About the role", "About the job", "Role Overview", "The Opportunity",
                                     "Full job description"])  # (Indeed's page, copied)
def test_a_list_under_a_heading_that_describes_the_job_is_the_duties(heading: str) -> None:
    """The shape of US LinkedIn and Canadian board postings (shared jobboard and pay corpora, e.g. the
    'About the job' wrapper LinkedIn prints): a role heading, then the bulleted tasks and no duties heading."""
    record = parse_text(f"Data Analyst\nAcme Corp\nToronto, ON\n\n{heading}\n\n"
                        "- Build dashboards for the sales team\n- Maintain the data warehouse and its pipelines\n\n"
                        "Requirements\n\n- Three years of experience with SQL\n")
    assert [d.text for d in record.duties] == ["Build dashboards for the sales team",
                                               "Maintain the data warehouse and its pipelines"]
    assert [q.text for q in record.qualifications] == ["Three years of experience with SQL"]


def test_prose_describing_the_job_is_no_duty_where_the_notice_has_a_duties_section() -> None:
    """dev/osce-democratization-officer: 'Job Overview' prose, then 'Duties and Responsibilities' prose."""
    record = parse_text("Democratization Officer\n\nJob Overview:\nThe officer will work under the supervision of "
                        "the Director. The officer will also organise meetings.\n\nDuties and Responsibilities:\n"
                        "The officer will assess capacity-building needs. The officer will write reports.\n")
    assert [d.text for d in record.duties] == ["The officer will assess capacity-building needs.",
                                               "The officer will write reports."]


def test_an_item_that_opens_with_years_spelled_out_is_a_qualification_in_any_list() -> None:
    """pay/li-3842227398 ('One year experience in providing dental treatment for children.' among the duties):
    the years a candidate brings, written in words as in figures ('3+ years of SAP')."""
    record = parse_text("Data Analyst\nAcme Corp\nToronto, ON\n\nResponsibilities\n\n- Build dashboards\n"
                        "- Three years of experience with SQL\n- Two (2) to three years in finance\n")
    assert [d.text for d in record.duties] == ["Build dashboards"]
    assert [q.text for q in record.qualifications] == ["Three years of experience with SQL",
                                                       "Two (2) to three years in finance"]


def test_a_task_list_under_an_unknown_heading_counts_its_ing_items_and_more_verbs() -> None:
    """pay/li-3656167404 (condensed): 'Administrative Support' over a list of tasks, some opening with 'Make
    sure', 'Edit', 'Keep' or an -ing form, which the duty verbs did not know."""
    record = parse_text("Executive Assistant\nAcme\nRemote\n\nAdministrative Support\n\n"
                        "- Prepare agendas and attend meetings.\n- Make sure filing is always up to date.\n"
                        "- Edit course material and upload as needed.\n- Keep this research tidy.\n"
                        "- Supporting the Founder in sales admin.\n- Basic website updates\n")
    assert len(record.duties) == 6 and record.qualifications == []
    skills = parse_text("Data Analyst\nAcme\nRemote\n\nTools\n\n- Working knowledge of SQL\n- Working knowledge of "
                        "Python\n- Consulting experience\n")
    assert skills.duties == []  # "Working knowledge", "Consulting experience": what the candidate has


@pytest.mark.parametrize("heading", ["What you will be doing in the role of a Development Director",
                                     "Your responsibilities as a Data Analyst", "Key tasks for the Consultant"])
def test_a_heading_that_names_the_role_it_is_for(heading: str) -> None:
    """pay/li-3900944120 (condensed): a duties heading longer than a heading is, for it names the role."""
    record = parse_text(f"Development Director\nKomen\nRemote\n\nAbout Komen\n\nKomen funds research.\n\n{heading}\n\n"
                        "The Development Director leads the fundraising team.\n")
    assert [d.text for d in record.duties] == ["The Development Director leads the fundraising team."]


def test_a_heading_said_as_a_lead_in_sentence() -> None:
    """pay/li-3904386496 (condensed), the US template's 'ESSENTIAL DUTIES AND RESPONSIBILITIES include the
    following. Other duties may be assigned.'; 'Benefits include a car.' stays a sentence."""
    record = parse_text("HR Manager\nAdvance\nRemote\n\nSummary\n\nDesigns HR programs.\n\n"
                        "ESSENTIAL DUTIES AND RESPONSIBILITIES include the following. Other duties may be assigned.\n\n"
                        "- Recruiting - Oversee recruiting and staffing.\n- Diversity - Ensure inclusion.\n")
    assert [d.text for d in record.duties] == ["Recruiting - Oversee recruiting and staffing.",
                                               "Diversity - Ensure inclusion."]


@pytest.mark.parametrize("heading", ["WHAT DOES A SENIOR ART DIRECTOR DO?", "What would you do?"])
def test_question_headings_that_ask_what_the_holder_does(heading: str) -> None:
    """pay/li-3898174480 and pay/nhs-916252864 (condensed): the duties asked as a question."""
    record = parse_text(f"Senior Art Director\nAcme\nRemote\n\nAbout Acme\n\nAcme is an agency.\n\n{heading}\n\n"
                        "- Own concept and design across all types of communication\n- Assist creative leads\n")
    assert [d.text for d in record.duties] == ["Own concept and design across all types of communication",
                                               "Assist creative leads"]


def test_koch_companies_your_job_is_a_summary_and_what_you_will_do_the_duties() -> None:
    """pay/li-3901679350 (condensed), the template of Koch companies (Georgia-Pacific, Molex, INVISTA): 'Your
    Job' sums the post up, 'What You Will Do' lists the duties, 'Who You Are (Basic Qualifications)' asks."""
    record = parse_text("Your Job\n\nGeorgia-Pacific is seeking a remote based Project Manager to join our Regional "
                        "Projects Teams.\n\nOur Team\n\nThe team works across the United States.\n\n"
                        "What You Will Do\n\n"
                        "- Develop and deliver small projects\n\nWho You Are (Basic Qualifications)\n\n"
                        "- 3 or more years of experience in manufacturing\n\nWhat Will Put You Ahead\n\n"
                        "- Bachelor's Degree in Engineering\n")
    assert record.title == "Project Manager" and record.remote is True
    assert [d.text for d in record.duties] == ["Develop and deliver small projects"]
    assert [(q.text, q.requirement) for q in record.qualifications] == [
        ("3 or more years of experience in manufacturing", "required"),
        ("Bachelor's Degree in Engineering", "preferred")]


def test_knowledge_a_federal_position_description_requires_among_its_duties_is_a_qualification() -> None:
    """realdocs/dsva-job-description.pdf (condensed): 'MAJOR DUTIES:' runs on into the knowledge required,
    with no heading between, and ends with a reasonable accommodation statement."""
    record = parse_text("Digital Services Expert\n\nMAJOR DUTIES:\n\n- Leads the development of a single user "
                        "experience.\n- Mastery of using technologies to deliver services.\n- Expertise in user "
                        "centered design.\n- Working knowledge of agile methods.\n\nREASONABLE ACCOMMODATION STATEMENT"
                        "\n\n- Federal agencies must provide reasonable accommodation.\n")
    assert [d.text for d in record.duties] == ["Leads the development of a single user experience."]
    assert [q.text for q in record.qualifications] == ["Mastery of using technologies to deliver services.",
                                                       "Expertise in user centered design.",
                                                       "Working knowledge of agile methods."]


def test_an_indented_numbered_sub_item_named_like_a_section_stays_an_item() -> None:
    """ngo/4229060 with its bullets numbered (a re-dressed labelled notice): '    5. Reporting' under an item
    ended the duties as if it were a numbered section."""
    record = parse_text("Logistics Officer\n\nKey activities\n\n1. Follow the archiving procedure for:\n"
                        "    1. Supply chain\n    2. Reporting\n    3. Other if needed\n"
                        "2. Organize the electronic files\n")
    assert [d.text for d in record.duties] == ["Follow the archiving procedure for:", "Supply chain", "Reporting",
                                               "Other if needed", "Organize the electronic files"]


def test_the_objectives_a_terms_of_reference_lists_are_its_duties_when_it_lists_none() -> None:
    """ngo/4231636 (condensed, CBM's audit ToR): 'The objective of this audit is:' over what the auditor will do,
    then a lead-in to the conditions the auditor meets; a ToR with a duties section of its own (ngo/4231046)
    keeps its objectives out."""
    record = parse_text("CBM is seeking to recruit an auditor.\n\nThe objective of this audit is:\n\n"
                        "- To express an opinion on the project financial statement.\n- To issue reports.\n\n"
                        "The Auditor confirms meeting at least one of the following conditions:\n\n"
                        "- The Auditor is a member of an accounting body.\n")
    assert [d.text for d in record.duties] == ["To express an opinion on the project financial statement.",
                                               "To issue reports."]
    with_duties = parse_text("Consultant\n\nObjectives\n\n1. To reconcile the ledger.\n\nScope of Services\n\n"
                             "- Review the entries.\n")
    assert [d.text for d in with_duties.duties] == ["Review the entries."]


def test_a_list_of_to_tasks_under_an_unknown_heading_is_the_duties() -> None:
    """Terms of reference write their tasks 'To conduct ...' (self-written after the ngo corpus' ToRs)."""
    record = parse_text("Consultant\n\nWhat the consultant will deliver for us\n\n- To conduct a desk review.\n"
                        "- To develop the survey tools.\n- To train the enumerators.\n")
    assert [d.text for d in record.duties] == ["To conduct a desk review.", "To develop the survey tools.",
                                               "To train the enumerators."]


@pytest.mark.parametrize("heading", ["Responsibilities & Qualifications", "Duties and Requirements"])
def test_one_list_under_a_heading_naming_duties_and_requirements_is_shared_out(heading: str) -> None:
    """A heading that names both over one list (self-written after the corpora's mixed headings): the
    tasks are the duties, the rest is asked, whatever share of the list the tasks are."""
    record = parse_text(f"Officer\nAcme\nLondon\n\n{heading}\n\n- Manage the budget\n- Coordinate the field team\n"
                        "- Bachelor's degree in finance\n- Three years of experience in NGO finance\n"
                        "- Excellent communication skills\n")
    assert [d.text for d in record.duties] == ["Manage the budget", "Coordinate the field team"]
    assert [q.text for q in record.qualifications] == ["Bachelor's degree in finance",
                                                       "Three years of experience in NGO finance",
                                                       "Excellent communication skills"]


def test_a_list_under_an_unknown_numbered_heading_is_judged_by_its_own_items_not_their_parts() -> None:
    # written after Action against Hunger's "Objective 4: Reporting and security" numbered in capitals: its tasks
    # break down into the parts of a report, which start with nouns, and "To report ..." is a task
    from postingkit import parse_text

    p = parse_text("Logistics Officer\n\nKey activities\n\n1. OBJECTIVE 1: SUPPLY\n\n- Manage the warehouse\n\n"
                   "2. OBJECTIVE 2: REPORTING AND SECURITY\n\n- Elaboration of the monthly logistics report\n"
                   "    - Narrative of the month\n    - Storage and stock report\n    - Fleet costs report\n"
                   "- Ensure timely submission of donors' logistics reports.\n"
                   "- To report immediately any incident to the Head of Base.\n"
                   "- Adhere to the mission's reporting system.\n")
    assert [d.text for d in p.duties][-3:] == ["Ensure timely submission of donors' logistics reports.",
                                              "To report immediately any incident to the Head of Base.",
                                              "Adhere to the mission's reporting system."]


def test_a_group_name_glued_to_its_first_item_over_the_rest_of_its_list() -> None:
    # re-dressed from ngo/4226890 with each group's first bullet lost to the line of its name (ngo 0.961 -> 0.964)
    from postingkit import parse_text

    p = parse_text("Specialist\n\nMAJOR RESPONSIBILITIES\n\n"
                   "Client Services: Develop resources and expand partnerships.\n"
                   "- Nurture partnerships with childcare centers.\n- Serve as a focal point for referrals.\n")
    assert [(d.group, d.text) for d in p.duties] == [
        ("Client Services", "Develop resources and expand partnerships."),
        ("Client Services", "Nurture partnerships with childcare centers."),
        ("Client Services", "Serve as a focal point for referrals.")]


def test_tasks_whose_stops_a_copy_lost_in_a_duties_paragraph() -> None:
    # condensed from LinkedIn postings (shared pay corpus: li-3902730932, li-3904984814) and re-dressed ngo notices
    # with each list run into a paragraph (ngo 0.919 -> 0.928): a capitalised verb opens the next task
    from postingkit import parse_text

    p = parse_text("Analyst\n\nResponsibilities\n\nLead the development of a request for proposal (RFP) for the "
                   "software Collaborate with project managers to gather requirements. Facilitate stakeholder "
                   "workgroups to obtain their requirements Perform alternative analysis. Collaborate with Commercial "
                   "Leads to design strategies.\n")
    assert [d.text for d in p.duties] == [
        "Lead the development of a request for proposal (RFP) for the software",
        "Collaborate with project managers to gather requirements.",
        "Facilitate stakeholder workgroups to obtain their requirements", "Perform alternative analysis.",
        "Collaborate with Commercial Leads to design strategies."]


def test_requirements_whose_stops_a_copy_lost_in_a_requirements_paragraph() -> None:
    # re-dressed ngo notices with each list run into a paragraph (ngo 0.928 -> 0.933): a capitalised phrase saying
    # what the candidate brings opens the next requirement
    from postingkit import parse_text

    p = parse_text("Manager\n\nRequirements\n\nDegree in law or a related field Proven track record in fundraising. "
                   "Excellent written English Ability to manage competing priorities.\n")
    assert [q.text for q in p.qualifications] == [
        "Degree in law or a related field", "Proven track record in fundraising.", "Excellent written English",
        "Ability to manage competing priorities."]


def test_a_short_last_item_over_a_fact_about_the_post_is_an_item_not_a_group_name() -> None:
    # written after NHS Jobs' person specification: the last "Desirable" item is short, and the line under it
    # states the pay ("Salary: ..."), which is no prose the item would name the group of
    from postingkit import parse_text

    p = parse_text("Staff Nurse\n\nPerson Specification\n\nExperience\n\nEssential\n\n* Experience of working in an "
                   "acute hospital setting\n\nDesirable\n\n* Experience of non-invasive ventilation\n\n"
                   "Salary: £28,407 to £34,581 a year\n")
    assert [(q.requirement, q.text) for q in p.qualifications] == [
        ("required", "Experience of working in an acute hospital setting"),
        ("preferred", "Experience of non-invasive ventilation")]


def test_a_lone_short_item_that_reads_as_an_item_over_a_paragraph_is_kept() -> None:
    # "Desirable" over one item and then a closing paragraph: an item saying what the candidate brings, or a task,
    # names no group ("1. Professional Competencies" over prose still does)
    from postingkit import parse_text

    p = parse_text("Driver\n\nDesirable\n\n* Experience of driving in the field\n\nWe look forward to hearing from "
                   "you.\n")
    assert [(q.requirement, q.text) for q in p.qualifications] == [
        ("preferred", "Experience of driving in the field")]
    p = parse_text("Driver\n\nDuties\n\n* Drive staff to field sites\n\nThe driver reports to the logistics officer.\n")
    assert [d.text for d in p.duties] == ["Drive staff to field sites"]


def test_a_languages_section_in_prose_ends_where_the_notice_turns_to_its_process() -> None:
    """A languages section of paragraphs, the notice's closing notes under it with no heading between (ngo 4232402
    with its lists run into lines lost eight qualifications this way); written for this test."""
    from postingkit import parse_text

    p = parse_text("Requirements\n\n- Two years of experience in travel administration.\n\nLanguage and Communication "
                   "Skills\n\nFluency in English; French is an advantage.\n\nExcellent drafting skills.\n\n"
                   "Only shortlisted candidates will be contacted.\n\nAt Acme Aid, we are committed to an inclusive "
                   "culture.\n\nAll offers of employment are subject to reference checks.\n")
    assert [(q.text, q.requirement) for q in p.qualifications] == [
        ("Two years of experience in travel administration.", "required"),
        ("Fluency in English; French is an advantage.", "required"), ("Excellent drafting skills.", "required")]
    assert [(lang.code, lang.requirement) for lang in p.languages] == [("en", "required"), ("fr", "preferred")]


def test_a_requirements_section_in_prose_leaves_out_the_notices_word_on_its_process() -> None:
    """The requirements as paragraphs, then the notice's notes on its recruitment with no heading between (ngo
    4232274 with its lists run into lines); written for this test."""
    from postingkit import parse_text

    p = parse_text("Minimum Qualifications\n\nBachelor's degree in civil engineering. At least five years of "
                   "experience in WASH programmes.\n\nOnly applicants who meet the required qualifications will be "
                   "contacted. No phone calls please.\n\nHopeAid does not charge any fee at any stage of the "
                   "recruitment process. Thank you very much for your interest in HopeAid.\n")
    assert [q.text for q in p.qualifications] == [
        "Bachelor's degree in civil engineering.", "At least five years of experience in WASH programmes."]


def test_a_lead_in_line_naming_preferred_requirements_opens_their_section() -> None:
    """'preferred knowledge and qualifications:' written in lower case under the required ones (a line leading in,
    no heading): its items are preferred (ngo 4232514 re-dressed with lower-case headings read ten of them as
    required); written for this test."""
    from postingkit import parse_text

    p = parse_text("Area Manager\n\nrequired professional experience:\n\n- Eight years of humanitarian experience.\n"
                   "\npreferred knowledge and qualifications:\n\n- Knowledge of International Humanitarian Law.\n"
                   "- Innovator and calculated risk taker.\n")
    assert [(q.text, q.requirement) for q in p.qualifications] == [
        ("Eight years of humanitarian experience.", "required"),
        ("Knowledge of International Humanitarian Law.", "preferred"),
        ("Innovator and calculated risk taker.", "preferred")]


def test_requirements_in_prose_end_where_a_paragraph_opens_with_the_pay_or_benefits_label() -> None:
    """A paragraph labelled as a later section ("Compensation: ...") under requirements written as prose closes
    them (pay/li-3898162908's compensation plan and li-3815847830's salary notes were read as requirements);
    written for this test."""
    from postingkit import parse_text

    p = parse_text("Qualifications\n\nThree years of experience in sales. Fluent English.\n\n"
                   "Compensation: salary plus a quarterly bonus. Our compensation system is transparent and "
                   "consistently applied.\n\nBenefits: health insurance and paid time off.\n")
    assert [q.text for q in p.qualifications] == ["Three years of experience in sales.", "Fluent English."]


def test_tasks_between_semicolons_beside_a_list_are_items_of_the_section() -> None:
    """A group's tasks written inline between semicolons in a duties section whose other groups bullet theirs
    (ngo 4229060 so dressed lost 30 duties: a section with a list read only its list); written for this test."""
    from postingkit import parse_text

    p = parse_text("Key activities\n\n**Objective 1: Supply Chain Management**\n\nCollect the orders.; Elaborate a "
                   "monthly purchase forecast.; Supervise the quality of procurements.\n\n"
                   "**Objective 2: Archiving**\n\n- Follow the archiving procedure.\n- Back up the electronic files.\n")
    assert [(d.text, d.group) for d in p.duties] == [
        ("Collect the orders.", "Objective 1: Supply Chain Management"),
        ("Elaborate a monthly purchase forecast.", "Objective 1: Supply Chain Management"),
        ("Supervise the quality of procurements.", "Objective 1: Supply Chain Management"),
        ("Follow the archiving procedure.", "Objective 2: Archiving"),
        ("Back up the electronic files.", "Objective 2: Archiving")]


def test_tasks_run_together_are_cut_before_a_verb_no_name_ends_in_even_after_a_name() -> None:
    """Duties whose stops a copy lost, one ending on a name ("... the Community Health Programme Ensure the high
    standard ...", ngo 4231628 with its list run into one line); "Team Lead" stays a name."""
    from postingkit.data.verbs import tasks_run_together

    assert tasks_run_together("Support research into funding for the Community Health Programme Ensure the high "
                              "standard of all project documents") == [
        "Support research into funding for the Community Health Programme",
        "Ensure the high standard of all project documents"]
    assert tasks_run_together("Support the Sales Team Lead the weekly meeting") == [
        "Support the Sales Team Lead the weekly meeting"]


def test_a_duties_list_run_into_one_sentence_under_a_group_heading_is_cut_into_its_tasks() -> None:
    """One group's tasks run into a line with no stop between them (ngo 4232436 with its lists so dressed read
    each group as one duty); written for this test."""
    from postingkit import parse_text

    p = parse_text("What you will do\n\n**Strategy and Vision**\n\nSupport the Country Director in developing and "
                   "implementing the country strategy, drawing on programme learning, context analysis and the global "
                   "strategy Identify new programmes based on assessments that support the strategic objectives in "
                   "the country Assess and build partnerships with new national and local partner organisations\n")
    assert [d.text for d in p.duties] == [
        "Support the Country Director in developing and implementing the country strategy, drawing on programme "
        "learning, context analysis and the global strategy",
        "Identify new programmes based on assessments that support the strategic objectives in the country",
        "Assess and build partnerships with new national and local partner organisations"]


def test_a_paragraph_of_tasks_under_no_duties_heading_gives_the_duties_of_a_notice_without_any() -> None:
    """A board's facts, then the tasks as one paragraph (a list whose bullets and line breaks a copy lost), no
    duties heading nor "you will" anywhere (jsearch-ca-row14 so dressed read no duty); written for this test."""
    from postingkit import parse_text

    p = parse_text("AI Architect\nNorthbank\nToronto, ON\n\nJob Family Group:\n\nTechnology\n\nContributes to AI "
                   "adoption across the bank. Partners with internal stakeholders to define standards. Provide "
                   "expert advice on data architecture. Validates solution architecture.\n\nQualifications\n\n"
                   "- Ten years of experience in architecture.\n")
    assert [d.text for d in p.duties] == [
        "Contributes to AI adoption across the bank.", "Partners with internal stakeholders to define standards.",
        "Provide expert advice on data architecture.", "Validates solution architecture."]


def test_a_paragraph_about_the_employer_gives_no_duties() -> None:
    from postingkit import parse_text

    p = parse_text("AI Architect\nNorthbank\nToronto, ON\n\nNorthbank is a bank. It serves ten million clients. "
                   "Its head office is in Toronto. Work with us.\n\nQualifications\n\n- Ten years of experience.\n")
    assert p.duties == []


def test_a_requirement_sentence_longer_than_any_one_is_cut_where_the_next_requirement_starts() -> None:
    """Requirements run into a paragraph whose first sentence alone has its stop (jobspy-in-indeed-row38 with its
    list so dressed): the long second one is cut all the same; written for this test."""
    from postingkit import parse_text

    p = parse_text("Here's what we're looking for:\n\nBachelor's degree in Computer Science or Statistics. Hand on "
                   "experience with quantitative analysis Experience with the full life cycle of ML projects, with a "
                   "focus on deployment, monitoring and maintaining of ML systems along with quality assurance "
                   "Extensive knowledge on data structures and models Ability to translate business needs to "
                   "technical requirements\n")
    assert [q.text for q in p.qualifications] == [
        "Bachelor's degree in Computer Science or Statistics.", "Hand on experience with quantitative analysis",
        "Experience with the full life cycle of ML projects, with a focus on deployment, monitoring and maintaining "
        "of ML systems along with quality assurance", "Extensive knowledge on data structures and models",
        "Ability to translate business needs to technical requirements"]


def test_requirements_in_prose_leave_out_vetting_and_encouragement_to_apply() -> None:
    """pay/li-3901683068 read "MPI encourages applications from minorities, women ..." as a preferred requirement;
    ngo 4232806 with its lists run into sentences read its vetting notes as requirements; written for this test."""
    from postingkit import parse_text

    p = parse_text("Requirements\n\nFive years of experience in finance. Fluent English.\n\nAll posts are subject to "
                   "vetting checks including criminal records disclosure. Acme encourages applications from women "
                   "and all other qualified applicants.\n")
    assert [q.text for q in p.qualifications] == ["Five years of experience in finance.", "Fluent English."]


def test_closing_paragraphs_labelled_as_the_setting_or_a_policy_end_the_requirements() -> None:
    from postingkit import parse_text

    p = parse_text("Health Coordinator\n\n**Job Requirements:**\n\n**Education:** Master's in Public Health.\n\n"
                   "**Language Skills:** Fluency in English required; Hausa is an advantage.\n\n"
                   "**Working Environment:** Shared accommodation in the guesthouse. Security level is high.\n\n"
                   "**Standard of Professional Conduct:** All workers must adhere to the IRC Way.\n\n"
                   "**Commitment to Gender, Equality, Diversity and Inclusion:** The IRC is committed to a safe "
                   "work environment.\n")
    assert [q.text for q in p.qualifications] == [
        "Education: Master's in Public Health.", "Language Skills: Fluency in English required; Hausa is an advantage."]
    # one word alone may be a competency among the items
    p = parse_text("Officer\n\nCompetencies\n\nAccountability: Takes ownership of all responsibilities.\n\n"
                   "Teamwork: Works collaboratively with colleagues.\n")
    assert [q.text for q in p.qualifications] == ["Accountability: Takes ownership of all responsibilities.",
                                                  "Teamwork: Works collaboratively with colleagues."]


def test_a_title_made_of_a_heading_word_and_a_role_opens_no_section() -> None:
    from postingkit import parse_text

    p = parse_text("Education Officer, NOB, Juba, South Sudan\n\nJob no: 571234\nContract type: Temporary\n\n"
                   "Duties\n- Monitor school supplies\n\nRequirements\n- A degree in Education\n")
    assert (p.title, [q.text for q in p.qualifications]) == ("Education Officer", ["A degree in Education"])


def test_a_short_line_over_a_lead_in_stays_its_group_not_an_item() -> None:
    from postingkit import parse_text

    p = parse_text("Programmes Lead\n\nOutcomes (the way success will be measured)\n\nStrengthened relationships "
                   "across regional municipalities.; Strong partnerships developed with regional organisations.\n"
                   "PERSON SPECIFICATION\n\nExpectations\n\n"
                   "All staff, consultants and volunteers are expected to:\n\n"
                   "Commit to ISD's vision.; Foster diversity and equality of opportunity.; Adhere to security "
                   "instructions at all times.\nCompetencies\n\nThese reflect ISD's Guiding Principles.\n")
    assert "Expectations" not in [q.text for q in p.qualifications]


def test_lower_case_roman_numbered_section_names_over_lettered_items() -> None:
    from postingkit import parse_text

    p = parse_text("Project Assistant\n\ni. background:\nThe project supports municipalities.\n\n"
                   "ii. duties and responsibilities:\na) Support the organisation of workshops;\n"
                   "b) Prepare minutes of meetings.\n\niii. qualifications:\na) University degree in social sciences;\n"
                   "b) Fluency in Albanian and English.\n\niv. how to apply:\nSend your CV to jobs@example.org.\n")
    assert [d.text for d in p.duties] == ["Support the organisation of workshops;", "Prepare minutes of meetings."]
    assert [q.text for q in p.qualifications] == ["University degree in social sciences;",
                                                  "Fluency in Albanian and English."]


def test_naukris_preferred_candidate_profile_is_the_profile_asked_for() -> None:
    """Naukri's newer headings (self-written): "Preferred candidate profile" heads the requirements, as "Desired
    Candidate Profile" does; its items are required unless they say otherwise."""
    from postingkit import parse_text

    p = parse_text("Java Developer\nTechNova Solutions\n\nRole & responsibilities\n- Develop microservices\n\n"
                   "Preferred candidate profile\n- 3+ years of hands-on Java development\n"
                   "- Experience with Kafka is an added advantage\n")
    assert [(q.text, q.requirement) for q in p.qualifications] == [
        ("3+ years of hands-on Java development", "required"),
        ("Experience with Kafka is an added advantage", "preferred")]


def test_duties_joined_by_a_stop_then_a_semicolon_are_an_item_each() -> None:
    """A copy that joined a list's sentences with ";" after their full stops (ChildFund's terms of reference as
    the shared ngo corpus has it, each list made one paragraph): each sentence is an item."""
    from postingkit import parse_text

    p = parse_text("Tax Reconciliation Consultant\n\nScope of work\n\nData Collection and Analysis:\n\n"
                   "Gather relevant data from the KRA Legacy and iTax ledger entries.; Analyze the data to identify "
                   "discrepancies, errors, or inconsistencies.\n")
    assert [d.text for d in p.duties] == ["Gather relevant data from the KRA Legacy and iTax ledger entries.",
                                          "Analyze the data to identify discrepancies, errors, or inconsistencies."]


def test_two_duty_sentences_that_run_several_tasks_together_are_cut_into_them() -> None:
    """An NGO duties paragraph under a sub-heading (Action Against Hunger's shape, the shared ngo corpus with its
    lists run into one line): two sentences, three tasks run together with no stop between them; another list
    of the section kept its bullets."""
    from postingkit import parse_text

    p = parse_text("Logistics Officer\n\nKey activities in your role will include\n\nObjective 3: Fleet Management\n\n"
                   "Collects information weekly through the movement plan form and updates the fleet file. Prepares "
                   "the movement planning weekly on the whiteboard Ensure safe loading and unloading of vehicles "
                   "Assist in management of cargo dispatch\n\nObjective 4: Reporting\n\n- Narrative of the month\n"
                   "- Storage and stock report\n")
    assert [d.text for d in p.duties][:4] == [
        "Collects information weekly through the movement plan form and updates the fleet file.",
        "Prepares the movement planning weekly on the whiteboard", "Ensure safe loading and unloading of vehicles",
        "Assist in management of cargo dispatch"]
