"""Remote and hybrid work in Spanish (see en/work_modes.py)."""

ENTRIES = [
    {"id": "remote_word", "means": "remote_word", "pattern": r"\bteletrabajo\b|\bremoto\b|\ba\s+distancia\b",
     "hints": ["teletrabajo", "remoto", "distancia"], "examples": ["Ubicación: Remoto"], "not": ["Ubicación: Lima"]},
    {"id": "remote_statement", "means": "remote_statement",
     "pattern": r"\b(?:100\s?%|totalmente|completamente)\s+(?:remoto|en\s+remoto|teletrabajo)\b|\ben\s+remoto\b",
     "hints": ["remoto", "teletrabajo"], "examples": ["Trabajo 100% remoto", "Puesto en remoto"],
     "not": ["Modalidad híbrida"]},
    {"id": "hybrid_statement", "means": "hybrid_statement",
     "pattern": r"\bh[íi]brid[oa]\b|\bteletrabajo\s*:?\s*(?:\d|uno|dos|tres)\s+d[íi]as?\b",
     "hints": ["híbrid", "hibrid", "teletrabajo"], "examples": ["Modalidad híbrida", "Teletrabajo: 2 días por semana"],
     "not": ["Trabajo 100% remoto"]},
]
