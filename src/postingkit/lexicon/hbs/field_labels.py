"""Field labels in Bosnian, Croatian, Montenegrin and Serbian, Latin and Cyrillic (see en/field_labels.py)."""

ENTRIES = [
    {"id": "location", "means": "location", "pattern": r"mjesto\s+rada|mesto\s+rada|lokacija|место\s+рада",
     "examples": ["Mjesto rada: Sarajevo", "Lokacija: Beograd"], "not": ["Rok za prijave: 1. maj 2025"]},
    {"id": "pay", "means": "pay", "pattern": r"\bplat[ae]\b|\bpla[cć]a\b|zarada|naknada",
     "examples": ["Plata: 120.000 din. mesečno"], "not": ["Mjesto rada: Sarajevo"]},
]
