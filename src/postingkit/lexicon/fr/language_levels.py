"""French language levels (see en/language_levels.py)."""

ENTRIES = [
    {"id": "basic", "means": "basic", "pattern": r"\b(?:notions|d[ée]butant|[ée]l[ée]mentaire)\b",
     "examples": ["Notions d'allemand", "Anglais élémentaire"], "not": ["Anglais courant"]},
    {"id": "working", "means": "working",
     # "Anglais technique" (enough to read and write technical documents), "anglais opérationnel"
     "pattern": r"\binterm[ée]diaire\b|\b(?:bonne (?:ma[îi]trise|connaissance)|bon niveau)\b|"
                r"(?<=anglais )(?:technique|op[ée]rationnel)\b",
     "examples": ["Anglais intermédiaire", "Bon niveau d'anglais", "Anglais technique", "Anglais opérationnel"],
     "not": ["Anglais courant", "Documentation technique"]},
    {"id": "professional", "means": "professional",
     "pattern": r"\b(?:avanc[ée]e?|excellente?|parfaite ma[îi]trise|professionnel)\b",
     "examples": ["Excellent anglais", "Parfaite maîtrise de l'anglais"], "not": ["Anglais intermédiaire"]},
    {"id": "fluent", "means": "fluent", "pattern": r"\b(?:courant|couramment)\b",
     "examples": ["Anglais courant", "Parler couramment l'arabe"], "not": ["Notions d'allemand"]},
    {"id": "native", "means": "native", "pattern": r"\b(?:natif|native|langue maternelle)\b",
     "examples": ["Français langue maternelle"], "not": ["Anglais courant"]},
]
