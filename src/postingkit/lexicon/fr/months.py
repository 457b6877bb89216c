"""Month names in French, with and without accents: `means` is its
number."""

ENTRIES = [
    {"id": "january", "means": 1, "words": ["janvier"],
     "examples": ["Date limite : 15 janvier 2026"]},
    {"id": "february", "means": 2, "words": ["février", "fevrier"],
     "examples": ["Date limite : 15 février 2026"]},
    {"id": "march", "means": 3, "words": ["mars"],
     "examples": ["Date limite : 15 mars 2026"]},
    {"id": "april", "means": 4, "words": ["avril"],
     "examples": ["Date limite : 15 avril 2026"]},
    {"id": "may", "means": 5, "words": ["mai"],
     "examples": ["Date limite : 15 mai 2026"]},
    {"id": "june", "means": 6, "words": ["juin"],
     "examples": ["Date limite : 15 juin 2026"]},
    {"id": "july", "means": 7, "words": ["juillet"],
     "examples": ["Date limite : 15 juillet 2026"]},
    {"id": "august", "means": 8, "words": ["août", "aout"],
     "examples": ["Date limite : 15 août 2026"]},
    {"id": "september", "means": 9, "words": ["septembre"],
     "examples": ["Date limite : 15 septembre 2026"]},
    {"id": "october", "means": 10, "words": ["octobre"],
     "examples": ["Date limite : 15 octobre 2026"]},
    {"id": "november", "means": 11, "words": ["novembre"],
     "examples": ["Date limite : 15 novembre 2026"]},
    {"id": "december", "means": 12, "words": ["décembre", "decembre"],
     "examples": ["Date limite : 15 décembre 2026"]},
]
