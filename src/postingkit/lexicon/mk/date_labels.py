"""Deadline labels in Macedonian and Serbian Cyrillic (see en/date_labels.py)."""

ENTRIES = [
    {"id": "deadline", "means": "deadline", "pattern": r"краен\s+рок|рок\s+за\s+пријав", "hints": ["краен", "рок"],
     "starts": ["краен", "рок"], "examples": ["Краен рок: 15 декември 2026"], "not": ["Рок: 15 декември 2026"]},
]
