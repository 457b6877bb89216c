"""German section headings (see en/headings.py)."""

ENTRIES = [
    {"id": "application", "means": "apply", "pattern": r"bewerbung",
     "examples": ["Ihre Bewerbung", "Bewerbungsunterlagen"], "not": ["Ihre Aufgaben"]},
    {"id": "conditions", "means": "notes", "pattern": r"arbeitsbedingungen",
     "examples": ["Arbeitsbedingungen"], "not": ["Anforderungen"]},
    {"id": "benefits", "means": "benefits", "pattern": r"wir bieten",
     "examples": ["Wir bieten", "Was wir bieten"], "not": ["Ihr Profil"]},
    {"id": "preferred", "means": "preferred", "pattern": r"w[üu]nschenswert|von vorteil",
     "examples": ["Wünschenswert", "Von Vorteil"], "not": ["Anforderungen"]},
    {"id": "required", "means": "required", "pattern": r"anforderungen|ihr profil|das bringen sie mit",
     "examples": ["Anforderungen", "Ihr Profil", "Das bringen Sie mit"], "not": ["Ihre Aufgaben"]},
    {"id": "duties", "means": "duties", "pattern": r"aufgaben", "examples": ["Ihre Aufgaben"], "not": ["Ihr Profil"]},
]
