"""Field labels in German (see en/field_labels.py)."""

ENTRIES = [
    {"id": "title", "means": "title", "pattern": r"^(stellenbezeichnung|stelle|position)$",
     "examples": ["Stellenbezeichnung: Projektleiter (m/w/d)"], "not": ["Stellenumfang: 100 %"]},
    {"id": "organization", "means": "organization", "pattern": r"^(arbeitgeber|unternehmen|organisation)$",
     "examples": ["Arbeitgeber: Caritas"], "not": ["Arbeitsort: Berlin"]},
    {"id": "location", "means": "location", "pattern": r"arbeitsort|einsatzort|dienstort",
     "examples": ["Arbeitsort: Berlin", "Einsatzort: Kiew"], "not": ["Gehalt: 4.000 €"]},
    {"id": "pay", "means": "pay", "pattern": r"gehalt|verg[üu]tung", "examples": ["Gehalt: 4.000 € monatlich"],
     "not": ["Arbeitsort: Berlin"]},
    {"id": "terms", "means": "terms", "pattern": r"vertragsart|befristung|arbeitszeit|stellenumfang",
     "examples": ["Vertragsart: befristet", "Arbeitszeit: Vollzeit"], "not": ["Arbeitsort: Berlin"]},
    {"id": "languages", "means": "languages", "pattern": r"^sprachen|^sprachkenntnisse$",
     "examples": ["Sprachen: Deutsch und Englisch", "Sprachkenntnisse: Deutsch"], "not": ["Gehalt: 4.000 €"]},
]
