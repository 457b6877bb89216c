"""Deadline labels in Ukrainian (see en/date_labels.py)."""

ENTRIES = [
    {"id": "deadline", "means": "deadline", "pattern": r"кінцевий\s+термін|термін\s+подання",
     "hints": ["термін"], "starts": ["кінцевий", "термін"], "examples": ["Кінцевий термін: 15.12.2026"],
     "not": ["Термін: 15.12.2026"]},
]
