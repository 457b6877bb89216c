"""Deadline and posting-date labels in Spanish (see en/date_labels.py)."""

ENTRIES = [
    {"id": "deadline", "means": "deadline",
     "pattern": r"fecha\s+l[íi]mite|plazo\s+de\s+(?:presentaci[óo]n|postulaci[óo]n|inscripci[óo]n)|"
                r"cierre\s+de\s+convocatoria|(?:inscr[íi]bete|post[úu]la(?:te)?|postular|postulaciones)\s+hasta|"
                r"fecha\s+de\s+cierre|(?:postulaciones|candidaturas|convocatoria)\s+(?:cierran?|vence)",
     "hints": ["fecha l", "plazo", "cierre", "hasta", "cierra", "vence"],
     "starts": ["fecha", "plazo", "cierre", "inscr", "post", "candidatura", "convocatoria"],
     "examples": ["Fecha límite: 15 de diciembre de 2026", "Plazo de presentación: 15/12/2026",
                  "Inscríbete hasta: 20/06/2023", "Postula hasta el 20 de junio de 2023",
                  "Fecha de cierre: 15 de enero de 2026", "Las postulaciones cierran el 15 de enero de 2026"],
     "not": ["Fecha de publicación: 15 de diciembre de 2026"]},
    {"id": "send_by", "means": "deadline",
     "pattern": r"(?:enviar|remitir|presentar|env[íi]a|env[íi]en)\s+(?:[^.\n]|\.(?=\w)){0,200}?\s"
                r"(?:hasta\s+el|antes\s+del?|a\s+m[áa]s\s+tardar)",
     "hints": ["enviar", "remitir", "presentar", "envía", "envia", "envíen", "envien"],
     "starts": ["enviar", "remitir", "presentar", "env"],
     "examples": ["Las personas interesadas deben enviar su CV a empleo@example.org hasta el 15 de enero de 2026",
                  "Enviar hoja de vida antes del 3 de junio de 2025"],
     "not": ["Enviar su CV a empleo@example.org. Entrevistas el 3 de junio de 2025"]},
    {"id": "posted", "means": "posted", "pattern": r"fecha\s+de\s+publicaci[óo]n|publicad[oa]\s+el",
     "hints": ["publicaci", "publicad"], "starts": ["fecha", "publicad"],
     "examples": ["Fecha de publicación: 3 de junio de 2026"], "not": ["Fecha límite: 3 de junio de 2026"]},
]
