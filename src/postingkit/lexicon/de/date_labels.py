"""Deadline and posting-date labels in German (see en/date_labels.py)."""

ENTRIES = [
    {"id": "deadline", "means": "deadline", "pattern": r"bewerbungs(?:frist|schluss)|einsendeschluss",
     "hints": ["bewerbungs", "einsendeschluss"], "starts": ["bewerbungs", "einsendeschluss"],
     "examples": ["Bewerbungsfrist: 15. Dezember 2026"], "not": ["Bewerbungsunterlagen: 15. Dezember 2026"]},
    {"id": "apply_until", "means": "deadline",
     "pattern": r"(?:bewerben\s+sie\s+sich|bewirb\s+dich|bewerbungen?)\s+(?:\w+\s+){0,3}?bis\s+(?:zum|sp[äa]testens)",
     "hints": ["bewerb", "bewirb"], "starts": ["bewerb", "bewirb"],
     "examples": ["Bewerben Sie sich bis zum 15. Mai 2025", "Bewirb dich bis spätestens 1. Juni 2025"],
     "not": ["Bewerben Sie sich jetzt, Start am 15. Mai 2025"]},
    {"id": "posted", "means": "posted", "pattern": r"ver[öo]ffentlicht(?:\s+am)?",
     "hints": ["veröffentlicht", "veroffentlicht"], "starts": ["veröffentlicht", "veroffentlicht"],
     "examples": ["Veröffentlicht am 3. Juni 2026"], "not": ["Bewerbungsfrist: 3. Juni 2026"]},
]
