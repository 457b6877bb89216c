"""Deadline labels in Albanian (see en/date_labels.py)."""

ENTRIES = [
    {"id": "deadline", "means": "deadline", "pattern": r"afati\s+(?:i\s+)?(?:fundit\s+)?(?:p[eë]r\s+)?aplikim",
     "hints": ["afati"], "starts": ["afati"], "examples": ["Afati i fundit për aplikim: 15 dhjetor 2026"],
     "not": ["Afati: 15 dhjetor 2026"]},
]
