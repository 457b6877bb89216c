"""Spanish section headings (see en/headings.py)."""

ENTRIES = [
    {"id": "benefits", "means": "benefits", "pattern": r"ofrecemos|beneficios",
     "examples": ["Qué ofrecemos", "Beneficios"], "not": ["Funciones"]},
    {"id": "preferred", "means": "preferred", "pattern": r"deseable|se valorar",
     "examples": ["Deseable", "Se valorará"], "not": ["Requisitos"]},
    {"id": "required", "means": "required", "pattern": r"requisitos|perfil|formaci[óo]n|experiencia",
     "examples": ["Requisitos", "Perfil del candidato", "Formación"], "not": ["Funciones"]},
    {"id": "duties", "means": "duties", "pattern": r"funciones|responsabilidades|tareas",
     "examples": ["Funciones", "Responsabilidades", "Tareas principales"], "not": ["Requisitos"]},
]
