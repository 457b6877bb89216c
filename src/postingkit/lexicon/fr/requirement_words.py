"""French requirement words (see en/requirement_words.py)."""

ENTRIES = [
    {"id": "required", "means": "required", "pattern": r"\b(?:obligatoire|indispensable|exig[ée]e?s?|requise?s?)\b",
     "hints": ["obligatoire", "indispensable", "exig", "requis"],
     "examples": ["Anglais courant obligatoire", "Une expérience de 3 ans est exigée"], "not": ["Exigences du poste"]},
    {"id": "preferred", "means": "preferred",
     "pattern": r"\b(?:un\s+plus|un\s+atout|un\s+avantage|souhait(?:[ée]e?s?|ables?)|appr[ée]ci[ée]e?s?)",
     "hints": ["plus", "atout", "avantage", "souhait", "appréci", "appreci"],
     "examples": ["La maîtrise de l'allemand est un plus", "Anglais souhaité",
                  "Connaissance pratique de l'anglais souhaitable", "Une expérience en ONG serait un avantage"],
     "not": ["Plus de 5 ans"]},
    {"id": "preferred_lead", "means": "preferred",
     "note": "only leading the item, as in English ('Idéalement, vous avez ...')",
     "pattern": r"^\W*(?:id[ée]alement|de\s+pr[ée]f[ée]rence|si\s+possible)\b",
     "hints": ["idéal", "ideal", "préf", "pref", "possible"],
     "examples": ["Idéalement, vous avez travaillé en Afrique de l'Ouest", "De préférence un Master"],
     "not": ["Expérience en Afrique, de préférence au Sahel, exigée"]},
]
