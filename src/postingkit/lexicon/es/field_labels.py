"""Field labels in Spanish (see en/field_labels.py)."""

ENTRIES = [
    {"id": "title", "means": "title",
     "pattern": r"^(t[íi]tulo\s+del\s+puesto|(nombre\s+del\s+)?puesto(\s+de\s+trabajo)?|cargo|vacante|"
                r"t[íi]tulo\s+de\s+la\s+(contrataci[óo]n|consultor[íi]a))$",
     "examples": ["Puesto: Analista de datos", "Cargo: Coordinador", "Puesto de trabajo: Java developer",
                  "Título de la contratación: Asistencia técnica con perspectiva de género"],
     "not": ["Puestos vacantes: 2"]},
    {"id": "organization", "means": "organization", "pattern": r"^(empresa|organizaci[óo]n|entidad)$",
     "examples": ["Empresa: BBVA"], "not": ["Ubicación: Madrid"]},
    {"id": "location", "means": "location",
     "pattern": r"ubicaci[óo]n|lugar\s+de\s+(?:trabajo|pr[áa]cticas|destino)|localidad|"
                r"estaci[óo]n\s+de\s+trabajo|(?<!\w)pa[íi]s(?!\w)|ciudad",
     "examples": ["Ubicación: Madrid", "Lugar de trabajo: Bogotá", "Lugar de prácticas: Lima",
                  "Estación de Trabajo: San Salvador", "País: Bolivia"],
     "not": ["Salario: 30.000 €"]},
    {"id": "pay", "means": "pay", "pattern": r"salario|sueldo|retribuci[óo]n|remuneraci[óo]n|honorarios",
     "examples": ["Salario: 30.000 € al año", "Remuneración mensual: $U 41.866"],
     "not": ["Ubicación: Madrid"]},
    {"id": "terms", "means": "terms",
     "pattern": r"tipo\s+de\s+contrato|jornada|duraci[óo]n|tipo\s+de\s+(?:puesto|empleo)",
     "examples": ["Tipo de contrato: indefinido", "Jornada: completa", "Tipo de puesto: Tiempo completo"],
     "not": ["Ubicación: Madrid"]},
    {"id": "supervisor", "means": "supervisor", "note": "who the holder reports to: a fact about the post",
     "pattern": r"^(reporta(r[áa])?(\s+directamente)?\s+a|supervisado/?a?\s+por|supervisi[óo]n)$",
     "examples": ["Reporta directamente a: Coordinador/a Nacional de Programa", "Supervisado/a por: Jefe de Misión"],
     "not": ["Ubicación: Madrid"]},
    {"id": "languages", "means": "languages", "pattern": r"^idiomas?(\s+(requeridos?|necesarios?))?$",
     "examples": ["Idiomas: español e inglés", "Idiomas requeridos: español"], "not": ["Ubicación: Madrid"]},
]
