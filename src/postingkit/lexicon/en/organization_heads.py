"""The nouns an organisation's name is built on ("Institute" in "Institute for Strategic Dialogue", "Council"
in "Danish Refugee Council"): a capitalised name ending in one, before "of", "for" ..., names an employer."""

ENTRIES = [
    {"id": "heads", "means": "organization",
     "words": ["institute", "association", "organisation", "organization", "centre", "center", "agency",
               "foundation", "council", "network", "mission", "office", "programme", "program", "fund", "union",
               "committee", "bank", "commission", "university", "ministry", "society", "trust", "group", "company",
               "corporation", "federation", "alliance", "partnership", "initiative", "secretariat", "authority",
               "service", "institution", "college", "school", "hospital", "ngo", "unit", "forum", "coalition",
               "project", "directorate", "delegation", "embassy", "court", "parliament", "assembly", "chamber",
               "consortium", "community", "department", "administration", "bureau", "charity", "hospice",
               "clinic",
               # a company's name: "Tata Consultancy Services", "Infosys Technologies"
               "services", "solutions", "systems", "technologies", "industries", "enterprises", "holdings", "labs",
               # an agency that posts for its client: "Reed Specialist Recruitment", "Aerotek Staffing"
               "recruitment", "staffing", "consulting"],
     "examples": ["Institute for Strategic Dialogue", "Danish Refugee Council", "Council of Europe",
                  "United States Department of State", "Hope Children's Charity", "St Ann's Hospice",
                  "Reed Specialist Recruitment"],
     "not": ["Project Officer", "Acme Health Partners"]},
]
