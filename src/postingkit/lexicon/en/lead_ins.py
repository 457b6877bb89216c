"""Sentences that introduce a list where a heading would ("Under the supervision of X, the consultant will:",
"The successful candidate will have:"): what the list holds is in the verb, not in heading words. Searched
in the lower-cased sentence, its closing colon or ellipsis cut; `means` is the section the list opens."""

ENTRIES = [
    {"id": "duties", "means": "duties",
     "pattern": r"\b(?:will|shall)(?:\s+be)?(?:\s+(?:responsible\s+for|expected\s+to|required\s+to|tasked\s+with|"
                r"in\s+charge\s+of|undertake|perform|carry\s+out|deliver|have\s+the\s+following\s+"
                r"(?:tasks|duties|responsibilities)))?"
                r"(?:\s+(?:the\s+)?following(?:\s+(?:tasks|duties|activities|responsibilities|functions))?)?$",
     "hints": ["will", "shall"],
     "examples": ["Under the supervision of the Project Manager, the consultant will:",
                  "Reporting to the Head of Accounting, your duties will be:",
                  "The officer will be responsible for the following tasks:"],
     "not": ["Travel will be required:", "The successful candidate will have the following:"]},
    {"id": "qualifications", "means": "qualifications",
     "pattern": r"\b(?:will|should|must|shall)\s+(?:have|possess|bring|meet|demonstrate)"
                r"(?:\s+the\s+following(?:\s+\w+){0,2})?$",
     "hints": ["will", "should", "must", "shall"],
     "examples": ["The successful candidate will have the following:", "Applicants must possess:"],
     "not": ["The consultant will:"]},
]
