"""How much each rule and feature counts when a field chooses among its candidates (extract/choice.py).
A rule's weight is how far it is trusted: what a label or the page's layout says above what the prose
suggests. A feature adds to (or takes from) the weight of the candidate that has it. Tune here, and watch
`python3 ../shared/eval/score.py` and `postingkit explain FILE` (it prints every candidate's score)."""

WEIGHTS: dict[str, float] = {
    # title
    "title.labelled": 10.0,  # "Job title: ..."
    "title.labelled_late": 7.5,  # "Role: Data Engineer" among a job board's facts after the lists
    "title.after_document_label": 9.0,  # "Vacancy Notice: Project Officer"
    "title.page_header": 8.5,  # a job board page's title under its employer, over "place · posted 2 days ago"
    "title.top_lines": 8.0,  # the first short line above the text
    "title.prose.as_the_role": 3.0,  # "As the X, you will"
    "title.prose.role_of": 2.5,  # "The role of the X involves"
    "title.prose.purpose_of_the_role": 2.5,
    "title.prose.post_of": 2.5,  # "Applications are invited for the post of X"
    "title.prose.serve_as": 2.0,  # "The successful candidate will serve as the X"
    "title.prose.seeking": 2.5,  # "We are looking for an X"
    "title.prose.the_role_will": 2.0,  # "The X will"
    # organization
    "organization.labelled": 10.0,
    "organization.board_header": 9.0,  # a job board's title / employer / place lines
    "organization.named_in_text": 8.0,  # "The X (ACRONYM) is an organisation that ..."
    "organization.about_section": 7.5,  # "About the organisation" / "Rural Water Alliance works with ..."
    "organization.header_line": 7.0,  # "Employer | City, Country" under the title
    "organization.title_line": 6.5,  # "Sales Representative at Dangote Group"
    "organization.letterhead": 6.0,
    "organization.known_acronym": 5.0,  # a known organisation's acronym, named most
    "organization.its_values": 4.5,  # "All staff uphold Save the Children's values", the name twice
    "organization.unit_seeking": 4.0,  # "The Department of Psychiatry seeks ...": a unit, when nothing names more
    # remuneration: every amount with a currency is a candidate; these features rank them
    "remuneration.amount": 0.0,
    "remuneration.named_as_pay": 2.0,  # "salary", "remuneration" near the amount
    "remuneration.range": 1.0,
    "remuneration.period_stated": 1.0,
    "remuneration.no_currency": -2.0,  # only after a pay label: "Monthly gross salary: 2.900"
    # a part-time post's actual pay beside the full-time scale it is a share of ("... FTE (actual £18,240)"):
    # the scale is the pay, and the share no second range of it
    "remuneration.actual_share": -3.0,
}
