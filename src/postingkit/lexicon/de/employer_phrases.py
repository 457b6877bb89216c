"""German: what follows an employer's name (see en/employer_phrases.py). No verb of hiring: German
capitalises every noun, so "Das Projekt sucht" would name an employer "Projekt"."""

ENTRIES = [
    {"id": "introduced", "means": "introduced",
     "pattern": r"ist[ \t]+(?:eine?|die|der|das|eine[ \t]+der)[ \t]+(?:[\w()&'’.-]+,?[ \t]+){0,8}?"
                r"(?i:\w*organisation(?:en)?|NGO|\w*unternehmen|stiftung|verein|netzwerk|hilfswerk)\b",
     "hints": ["ist "],
     "examples": ["Die Welthungerhilfe ist eine der größten privaten Hilfsorganisationen in Deutschland."],
     "not": ["Englisch ist ein Vorteil."]},
]
