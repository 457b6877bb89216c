"""The nouns a Spanish organisation's name starts with ("Fundación Vicente Ferrer", "Grupo Bimbo",
"Asociación Nuevos Caminos"): Spanish puts the head first, where English ends on it."""

ENTRIES = [
    {"id": "leading_heads", "means": "organization_first",
     "words": ["grupo", "fundación", "asociación", "sociedad", "instituto", "banco", "ministerio", "agencia",
               "centro", "federación", "consejo", "ayuntamiento", "universidad", "cooperativa", "empresa",
               "corporación", "compañía", "laboratorios"],
     "examples": ["Fundación Vicente Ferrer", "Grupo Bimbo", "Asociación Nuevos Caminos"],
     "not": ["Grupo", "Técnico de proyectos"]},
]
