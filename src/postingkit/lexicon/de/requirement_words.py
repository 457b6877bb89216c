"""German requirement words (see en/requirement_words.py)."""

ENTRIES = [
    {"id": "required", "means": "required", "pattern": r"\b(?:erforderlich|zwingend|vorausgesetzt)\b",
     "hints": ["erforderlich", "zwingend", "vorausgesetzt"],
     "examples": ["Sehr gute Englischkenntnisse erforderlich"], "not": ["Anforderungen"]},
    {"id": "preferred", "means": "preferred", "pattern": r"w[üu]nschenswert|von\s+vorteil",
     "hints": ["wünschenswert", "wunschenswert", "vorteil"],
     "examples": ["Französischkenntnisse sind von Vorteil", "Erfahrung wünschenswert"], "not": ["Vorteile"]},
]
