"""Albanian section headings (see en/headings.py)."""

ENTRIES = [
    {"id": "application", "means": "apply", "pattern": r"si t[eë] aplikoni|m[eë]nyra e aplikimit",
     "examples": ["Si të aplikoni", "Mënyra e aplikimit"], "not": ["Detyrat"]},
    {"id": "conditions", "means": "notes", "pattern": r"kushtet e pun",
     "examples": ["Kushtet e punës"], "not": ["Kualifikimet"]},
    {"id": "benefits", "means": "benefits", "pattern": r"ofrojm", "examples": ["Ne ofrojmë"], "not": ["Detyrat"]},
    {"id": "preferred", "means": "preferred", "pattern": r"p[eë]rpar[eë]si",
     "examples": ["Përparësi"], "not": ["Kërkesat"]},
    {"id": "required", "means": "required", "pattern": r"kualifikim|k[eë]rkesat|kriteret",
     "examples": ["Kualifikimet", "Kërkesat", "Kriteret"], "not": ["Detyrat"]},
    {"id": "duties", "means": "duties", "pattern": r"detyr|p[eë]rgjegj[eë]si",
     "examples": ["Detyrat", "Përgjegjësitë"], "not": ["Kërkesat"]},
]
