"""Deadline and posting-date labels in French (see en/date_labels.py)."""

ENTRIES = [
    {"id": "deadline", "means": "deadline", "pattern": r"date\s+limite|date\s+de\s+cl[ôo]ture",
     "hints": ["date limite", "date de cl"], "starts": ["date"],
     "examples": ["Date limite : 15 décembre 2026", "Date de clôture : 15 décembre 2026"],
     "not": ["Date de publication : 15 décembre 2026"]},
    {"id": "posted", "means": "posted", "pattern": r"date\s+de\s+publication|publi[ée]e?\s+le",
     "hints": ["publication", "publié"], "starts": ["date", "publi"],
     "examples": ["Date de publication : 3 juin 2026", "Publiée le 3 juin 2026"],
     "not": ["Date limite : 3 juin 2026"]},
]
