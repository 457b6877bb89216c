"""Field labels in Spanish (see en/field_labels.py)."""

ENTRIES = [
    {"id": "title", "means": "title",
     "pattern": r"^(t[íi]tulo\s+del\s+puesto|(nombre\s+del\s+)?puesto(\s+de\s+trabajo)?|cargo|vacante)$",
     "examples": ["Puesto: Analista de datos", "Cargo: Coordinador", "Puesto de trabajo: Java developer"],
     "not": ["Puestos vacantes: 2"]},
    {"id": "organization", "means": "organization", "pattern": r"^(empresa|organizaci[óo]n|entidad)$",
     "examples": ["Empresa: BBVA"], "not": ["Ubicación: Madrid"]},
    {"id": "location", "means": "location", "pattern": r"ubicaci[óo]n|lugar\s+de\s+(?:trabajo|pr[áa]cticas)|localidad",
     "examples": ["Ubicación: Madrid", "Lugar de trabajo: Bogotá", "Lugar de prácticas: Lima"],
     "not": ["Salario: 30.000 €"]},
    {"id": "pay", "means": "pay", "pattern": r"salario|sueldo|retribuci[óo]n", "examples": ["Salario: 30.000 € al año"],
     "not": ["Ubicación: Madrid"]},
    {"id": "terms", "means": "terms", "pattern": r"tipo\s+de\s+contrato|jornada|duraci[óo]n",
     "examples": ["Tipo de contrato: indefinido", "Jornada: completa"], "not": ["Ubicación: Madrid"]},
]
