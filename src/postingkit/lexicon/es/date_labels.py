"""Deadline and posting-date labels in Spanish (see en/date_labels.py)."""

ENTRIES = [
    {"id": "deadline", "means": "deadline",
     "pattern": r"fecha\s+l[íi]mite|plazo\s+de\s+(?:presentaci[óo]n|postulaci[óo]n|inscripci[óo]n)|"
                r"cierre\s+de\s+convocatoria|(?:inscr[íi]bete|post[úu]la(?:te)?|postular|postulaciones)\s+hasta",
     "hints": ["fecha l", "plazo", "cierre", "hasta"],
     "starts": ["fecha", "plazo", "cierre", "inscr", "post"],
     "examples": ["Fecha límite: 15 de diciembre de 2026", "Plazo de presentación: 15/12/2026",
                  "Inscríbete hasta: 20/06/2023", "Postula hasta el 20 de junio de 2023"],
     "not": ["Fecha de publicación: 15 de diciembre de 2026"]},
    {"id": "posted", "means": "posted", "pattern": r"fecha\s+de\s+publicaci[óo]n|publicad[oa]\s+el",
     "hints": ["publicaci", "publicad"], "starts": ["fecha", "publicad"],
     "examples": ["Fecha de publicación: 3 de junio de 2026"], "not": ["Fecha límite: 3 de junio de 2026"]},
]
