"""Spanish: what follows an employer's name (see en/employer_phrases.py)."""

ENTRIES = [
    {"id": "hiring", "means": "hiring",
     "pattern": r"(?:busca|selecciona|contrata|precisa|(?:está|se[ \t]+encuentra)[ \t]+(?:buscando|en[ \t]+búsqueda)|"
                r"(?:desea|quiere|necesita)[ \t]+(?:contratar|incorporar))\b",
     "hints": ["busca", "selecciona", "contrata", "precisa", "búsqueda", "incorporar"],
     "examples": ["Save the Children busca un Oficial de programa para su oficina en Bogotá.",
                  "Acción contra el Hambre selecciona un/a Técnico/a de proyectos."],
     "not": ["El técnico busca soluciones con el equipo.", "Acción contra el Hambre trabaja en 50 países."]},
    {"id": "introduced", "means": "introduced",
     "pattern": r"es[ \t]+(?:una?|la|el|una?[ \t]+de[ \t]+l[ao]s)[ \t]+(?:[\w()&'’.-]+,?[ \t]+){0,8}?"
                r"(?i:organizaci[óo]n(?:es)?|ONG|empresas?|fundaci[óo]n(?:es)?|asociaci[óo]n(?:es)?|agencias?|"
                r"instituci[óo]n(?:es)?|red(?:es)?|compañías?|entidad(?:es)?|consultoras?)\b",
     "hints": ["es "],
     "examples": ["Acción contra el Hambre es una organización humanitaria internacional.",
                  "Ayuda en Acción es una ONG de cooperación al desarrollo."],
     "not": ["El inglés es un requisito.", "El puesto es una posición a tiempo completo."]},
]
