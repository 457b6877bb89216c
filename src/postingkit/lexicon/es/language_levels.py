"""Spanish language levels (see en/language_levels.py)."""

ENTRIES = [
    {"id": "basic", "means": "basic", "pattern": r"\b(?:b[áa]sico|elemental|principiante)\b",
     "examples": ["Inglés - básico", "Francés básico"], "not": ["Inglés avanzado"]},
    {"id": "working", "means": "working", "pattern": r"\bintermedio\b|\bbuen (?:nivel|conocimiento|manejo)\b",
     "examples": ["Inglés intermedio", "Buen nivel de inglés"], "not": ["Inglés avanzado"]},
    {"id": "professional", "means": "professional",
     "pattern": r"\b(?:avanzado|nivel alto|alto nivel|dominio|excelente)\b",
     "examples": ["Inglés avanzado", "Dominio del inglés"], "not": ["Inglés intermedio"]},
    {"id": "fluent", "means": "fluent", "pattern": r"\bflu[ií]d[oa]\b|\bfluidez\b",
     "examples": ["Inglés fluido", "Fluidez en inglés"], "not": ["Inglés básico"]},
    {"id": "native", "means": "native", "pattern": r"\bnativ[oa]\b|\blengua materna\b",
     "examples": ["Español nativo", "Catalán como lengua materna"], "not": ["Inglés fluido"]},
]
