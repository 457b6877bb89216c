"""Month names in Albanian, with the definite forms dates are written with ("15 dhjetori 2026"): `means` is its
number."""

ENTRIES = [
    {"id": "january", "means": 1, "words": ["janar", "janari"],
     "examples": ["Afati: 15 janar 2026"]},
    {"id": "february", "means": 2, "words": ["shkurt", "shkurti"],
     "examples": ["Afati: 15 shkurt 2026"]},
    {"id": "march", "means": 3, "words": ["mars", "marsi"],
     "examples": ["Afati: 15 mars 2026"]},
    {"id": "april", "means": 4, "words": ["prill", "prilli"],
     "examples": ["Afati: 15 prill 2026"]},
    {"id": "may", "means": 5, "words": ["maj", "maji"],
     "examples": ["Afati: 15 maj 2026"]},
    {"id": "june", "means": 6, "words": ["qershor", "qershori"],
     "examples": ["Afati: 15 qershor 2026"]},
    {"id": "july", "means": 7, "words": ["korrik", "korrikut", "korriku"],
     "examples": ["Afati: 15 korrik 2026"]},
    {"id": "august", "means": 8, "words": ["gusht", "gushti"],
     "examples": ["Afati: 15 gusht 2026"]},
    {"id": "september", "means": 9, "words": ["shtator", "shtatori"],
     "examples": ["Afati: 15 shtator 2026"]},
    {"id": "october", "means": 10, "words": ["tetor", "tetori"],
     "examples": ["Afati: 15 tetor 2026"]},
    {"id": "november", "means": 11, "words": ["nëntor", "nëntori", "nentor", "nentori"],
     "examples": ["Afati: 15 nëntor 2026"]},
    {"id": "december", "means": 12, "words": ["dhjetor", "dhjetori"],
     "examples": ["Afati: 15 dhjetor 2026"]},
]
