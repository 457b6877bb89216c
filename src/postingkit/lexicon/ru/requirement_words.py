"""Russian requirement words (see en/requirement_words.py)."""

ENTRIES = [
    {"id": "required", "means": "required", "pattern": r"\b(?:обязательно|обязательн[оаы][ей]?)\b",
     "hints": ["обязательн"], "examples": ["Знание английского языка обязательно"], "not": ["Обязанности"]},
    {"id": "preferred", "means": "preferred", "pattern": r"будет\s+плюсом|преимуществом\s+будет|желательн",
     "hints": ["плюсом", "преимуществом", "желательн"],
     "examples": ["Будет плюсом знание основных методов кластеризации", "Желательно знание Python"],
     "not": ["Требования"]},
]
