"""Deadline and posting-date labels in German (see en/date_labels.py)."""

ENTRIES = [
    {"id": "deadline", "means": "deadline", "pattern": r"bewerbungs(?:frist|schluss)|einsendeschluss",
     "hints": ["bewerbungs", "einsendeschluss"], "starts": ["bewerbungs", "einsendeschluss"],
     "examples": ["Bewerbungsfrist: 15. Dezember 2026"], "not": ["Bewerbungsunterlagen: 15. Dezember 2026"]},
    {"id": "posted", "means": "posted", "pattern": r"ver[öo]ffentlicht(?:\s+am)?",
     "hints": ["veröffentlicht", "veroffentlicht"], "starts": ["veröffentlicht", "veroffentlicht"],
     "examples": ["Veröffentlicht am 3. Juni 2026"], "not": ["Bewerbungsfrist: 3. Juni 2026"]},
]
