"""Remote and hybrid work in French (see en/work_modes.py)."""

ENTRIES = [
    {"id": "remote_word", "means": "remote_word", "pattern": r"\bt[ée]l[ée]travail\b|\b[àa]\s+distance\b",
     "hints": ["télétravail", "teletravail", "distance"], "examples": ["Lieu : Télétravail"], "not": ["Lieu : Lyon"]},
    {"id": "remote_statement", "means": "remote_statement",
     "pattern": r"\ben\s+(?:full\s+)?remote\b|\b(?:100\s?%|full|enti[èe]rement\s+en)\s+t[ée]l[ée]travail\b|"
                r"\bt[ée]l[ée]travail\s+(?:complet|total|int[ée]gral)",
     "hints": ["remote", "télétravail", "teletravail"],
     "examples": ["Poste en full remote", "Le poste est 100 % télétravail", "Télétravail complet possible"],
     "not": ["Télétravail possible 2 jours"]},
    {"id": "hybrid_statement", "means": "hybrid_statement",
     "pattern": r"\bt[ée]l[ée]travail\s*:?\s*(?:partiel|possible|\d\s+jours?)|"
                r"\b\d\s+jours?\s+(?:de\s+)?t[ée]l[ée]travail\b|"
                r"\bhybride\b|\bt[ée]l[ée]travailler\s+jusqu.{1,2}[àa]\s+\d\s+jours?",
     "hints": ["télétravail", "teletravail", "hybride"],
     "examples": ["Télétravail possible 2 jours par semaine", "Mode hybride",
                  "Un accord télétravail pour télétravailler jusqu’à 2 jours par semaine",
                  "Télétravail : 2 jours par semaine"],
     "not": ["Poste en full remote"]},
]
