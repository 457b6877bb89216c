"""Month names in English, with the abbreviations notices print: `means` is its
number."""

ENTRIES = [
    {"id": "january", "means": 1, "words": ["january", "jan"],
     "examples": ["Deadline: 15 january 2026"]},
    {"id": "february", "means": 2, "words": ["february", "feb"],
     "examples": ["Deadline: 15 february 2026"]},
    {"id": "march", "means": 3, "words": ["march", "mar"],
     "examples": ["Deadline: 15 march 2026"]},
    {"id": "april", "means": 4, "words": ["april", "apr"],
     "examples": ["Deadline: 15 april 2026"]},
    {"id": "may", "means": 5, "words": ["may"],
     "examples": ["Deadline: 15 may 2026"]},
    {"id": "june", "means": 6, "words": ["june", "jun"],
     "examples": ["Deadline: 15 june 2026"]},
    {"id": "july", "means": 7, "words": ["july", "jul"],
     "examples": ["Deadline: 15 july 2026"]},
    {"id": "august", "means": 8, "words": ["august", "aug"],
     "examples": ["Deadline: 15 august 2026"]},
    {"id": "september", "means": 9, "words": ["september", "sep", "sept"],
     "examples": ["Deadline: 15 september 2026"]},
    {"id": "october", "means": 10, "words": ["october", "oct"],
     "examples": ["Deadline: 15 october 2026"]},
    {"id": "november", "means": 11, "words": ["november", "nov"],
     "examples": ["Deadline: 15 november 2026"]},
    {"id": "december", "means": 12, "words": ["december", "dec"],
     "examples": ["Deadline: 15 december 2026"]},
]
