"""Ce qu'un avis dit de son propre recrutement (see en/process_notes.py)."""

ENTRIES = [
    {"id": "contacted", "means": "process",
     "pattern": r"\b(?:seul(?:e)?s\s+les\s+candidat(?:e|\(e\)|·e)?s\s+(?:présélectionné|retenu)|"
                r"ser(?:a|ont)\s+contacté)",
     "hints": ["seul", "contacté"],
     "examples": ["Seuls les candidats présélectionnés seront contactés.",
                  "Seul(e)s les candidat(e)s retenu(e)s seront contacté(e)s."],
     "not": ["Contacts réguliers avec les partenaires"]},
]
