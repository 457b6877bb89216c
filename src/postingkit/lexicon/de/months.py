"""Month names in German (and Austrian "Jänner"): `means` is its
number."""

ENTRIES = [
    {"id": "january", "means": 1, "words": ["januar", "jänner"],
     "examples": ["Bewerbungsfrist: 15. januar 2026"]},
    {"id": "february", "means": 2, "words": ["februar"],
     "examples": ["Bewerbungsfrist: 15. februar 2026"]},
    {"id": "march", "means": 3, "words": ["märz"],
     "examples": ["Bewerbungsfrist: 15. märz 2026"]},
    {"id": "april", "means": 4, "words": ["april"],
     "examples": ["Bewerbungsfrist: 15. april 2026"]},
    {"id": "may", "means": 5, "words": ["mai"],
     "examples": ["Bewerbungsfrist: 15. mai 2026"]},
    {"id": "june", "means": 6, "words": ["juni"],
     "examples": ["Bewerbungsfrist: 15. juni 2026"]},
    {"id": "july", "means": 7, "words": ["juli"],
     "examples": ["Bewerbungsfrist: 15. juli 2026"]},
    {"id": "august", "means": 8, "words": ["august"],
     "examples": ["Bewerbungsfrist: 15. august 2026"]},
    {"id": "september", "means": 9, "words": ["september"],
     "examples": ["Bewerbungsfrist: 15. september 2026"]},
    {"id": "october", "means": 10, "words": ["oktober"],
     "examples": ["Bewerbungsfrist: 15. oktober 2026"]},
    {"id": "november", "means": 11, "words": ["november"],
     "examples": ["Bewerbungsfrist: 15. november 2026"]},
    {"id": "december", "means": 12, "words": ["dezember"],
     "examples": ["Bewerbungsfrist: 15. dezember 2026"]},
]
