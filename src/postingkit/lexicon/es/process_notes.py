"""Lo que un aviso dice de su propio proceso de selección (see en/process_notes.py)."""

ENTRIES = [
    {"id": "contacted", "means": "process",
     "pattern": r"\b(?:solo|sólo|únicamente)\s+se\s+contactará|\bser(?:á|án)\s+contactad[oa]s?\b",
     "hints": ["contactar", "contactad"],
     "examples": ["Solo se contactará a los candidatos preseleccionados.",
                  "Únicamente las personas preseleccionadas serán contactadas."],
     "not": ["Contacto con proveedores"]},
]
