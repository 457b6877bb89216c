"""Requirement words in Bosnian, Croatian, Montenegrin and Serbian (see en/requirement_words.py)."""

ENTRIES = [
    {"id": "required", "means": "required", "pattern": r"\b(?:obavezn[oa]|neophodn[oa])\b",
     "hints": ["obavezn", "neophodn"], "examples": ["Znanje engleskog jezika je obavezno"], "not": ["Obaveze"]},
    {"id": "preferred", "means": "preferred", "pattern": r"\bpo[žz]eljn[oa]\b|\bprednost\b",
     "hints": ["poželjn", "pozeljn", "prednost"], "examples": ["Znanje njemačkog jezika je poželjno"],
     "not": ["Prednosti posla"]},
]
