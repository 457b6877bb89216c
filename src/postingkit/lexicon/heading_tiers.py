"""The order heading entries are tried in: the first tier with a matching entry names the section, so
the specific ("qualifications and skills required") comes before the general ("skills"), and page chrome
and application mechanics come first ("How to apply" must never become a list of duties).
(tier, section kind, requirement of its items); every heading entry's `means` is one of these tiers."""

TIERS = [
    ("chrome", "other", "required"),  # a job board's own lists around the notice
    ("who_may_apply", "qualifications", "required"),  # who may apply is a qualification, what to send is not
    ("apply", "apply", "required"),
    ("work_and_deliverables", "duties", "required"),  # "Scope of work and deliverables": tasks
    ("essential_functions", "duties", "required"),  # what is essential here is the work, not the candidate
    ("outcomes", "other", "required"),
    ("notes", "other", "required"),
    ("benefits", "benefits", "required"),
    ("pay", "pay", "required"),
    ("dates", "dates", "required"),
    ("required_and_preferred", "qualifications", "required"),  # both named: columns and items decide
    ("languages_first", "languages", "required"),
    ("preferred", "qualifications", "preferred"),
    ("required", "qualifications", "required"),
    ("languages", "languages", "required"),
    ("objective", "summary", "required"),  # what the assignment is for, not what the holder does
    ("duties", "duties", "required"),
    ("about", "about", "required"),
    ("summary", "summary", "required"),
    ("terms", "other", "required"),
]
