"""Spanish lead-ins to a list (see en/lead_ins.py): "Tus principales funciones serán:", "El/la candidato/a
deberá contar con:"."""

ENTRIES = [
    {"id": "duties", "means": "duties",
     "pattern": r"\b(?:tus|sus)\s+(?:principales\s+)?(?:funciones|responsabilidades|tareas)\s+"
                r"(?:ser[áa]n|son|incluyen)(?:\s+las\s+siguientes)?$|"
                r"\bser[áa]s?\s+(?:el\s+|la\s+)?responsable\s+de$|\b(?:te|se)\s+encargar[áa]s?\s+de$",
     "hints": ["funciones", "responsab", "tareas", "encargar"],
     "examples": ["Tus principales funciones serán:", "Dentro del equipo, serás responsable de:"],
     "not": ["Funciones", "Deberás contar con:"]},
    {"id": "qualifications", "means": "qualifications",
     "pattern": r"\bdeber[áa]s?\s+(?:tener|contar\s+con|poseer|cumplir\s+(?:con\s+)?los\s+siguientes\s+requisitos)$",
     "hints": ["deber"],
     "examples": ["El/la candidato/a deberá contar con:", "Deberás tener:"],
     "not": ["Tus principales funciones serán:"]},
]
