"""Remote and hybrid work in German (see en/work_modes.py)."""

ENTRIES = [
    {"id": "remote_statement", "means": "remote_statement",
     "pattern": r"\b(?:100\s?%|vollst[äa]ndig|komplett)\s+(?:remote|im\s+home-?office|mobil)\b",
     "hints": ["remote", "home", "mobil"], "examples": ["Die Stelle ist 100 % remote"], "not": ["Homeoffice möglich"]},
    {"id": "hybrid_statement", "means": "hybrid_statement",
     "pattern": r"\bhome-?office\s+m[öo]glich\b|\bmobiles\s+arbeiten\b|\b\d\s+tage?\s+(?:pro\s+woche\s+)?home-?office",
     "hints": ["home", "mobiles"], "examples": ["Homeoffice möglich", "Mobiles Arbeiten"],
     "not": ["Die Stelle ist 100 % remote"]},
]
