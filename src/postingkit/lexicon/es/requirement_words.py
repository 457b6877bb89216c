"""Spanish requirement words (see en/requirement_words.py)."""

ENTRIES = [
    {"id": "required", "means": "required", "pattern": r"\b(?:imprescindible|obligatori[oa]|requerid[oa]s?)\b",
     "hints": ["imprescindible", "obligatori", "requerid"],
     "examples": ["Inglés imprescindible", "Experiencia requerida"], "not": ["Requisitos"]},
    {"id": "preferred", "means": "preferred", "pattern": r"\b(?:deseable|valorable|se\s+valorar[áa])",
     "hints": ["deseable", "valorable", "valorar"],
     "examples": ["Francés deseable", "Se valorará experiencia en ONG"], "not": ["Valores de la empresa"]},
]
