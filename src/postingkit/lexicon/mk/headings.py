"""Macedonian and Serbian (Cyrillic) section headings (see en/headings.py)."""

ENTRIES = [
    {"id": "application", "means": "apply", "pattern": r"како да (се )?аплицира",
     "examples": ["Како да се аплицира"], "not": ["Обврски"]},
    {"id": "benefits", "means": "benefits", "pattern": r"нудиме", "examples": ["Нудиме"], "not": ["Обврски"]},
    {"id": "preferred", "means": "preferred", "pattern": r"предност", "examples": ["Предност"], "not": ["Услови"]},
    {"id": "required", "means": "required", "pattern": r"квалификаци|услови|барања",
     "examples": ["Квалификации", "Услови", "Барања"], "not": ["Обврски"]},
    {"id": "duties", "means": "duties", "pattern": r"обврски|одговорности|задачи",
     "examples": ["Обврски", "Одговорности", "Задачи"], "not": ["Услови"]},
]
