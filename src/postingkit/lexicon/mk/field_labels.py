"""Field labels in Macedonian (see en/field_labels.py)."""

ENTRIES = [
    {"id": "location", "means": "location", "pattern": r"место\s+на\s+работа", "examples": ["Место на работа: Скопје"],
     "not": ["Плата: 40.000 денари"]},
    {"id": "pay", "means": "pay", "pattern": r"\bплата\b", "examples": ["Плата: 40.000 денари"],
     "not": ["Место на работа: Скопје"]},
]
