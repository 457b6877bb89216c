"""Deadline labels in Bosnian, Croatian, Montenegrin and Serbian (see en/date_labels.py)."""

ENTRIES = [
    {"id": "deadline", "means": "deadline",
     "pattern": r"rok\s+za\s+(?:prijav[ue]|podno[šs]enje|dostavljanje)|rok\s+prijave", "hints": ["rok"],
     "starts": ["rok"], "examples": ["Rok za prijave: 15. decembra 2026"], "not": ["Rok: 15. decembra 2026"]},
]
