"""Spanish role nouns (see en/role_nouns.py): both genders where they differ; the noun
comes first in a title ("Analista de datos", "Ingénieur logiciel"). Not "responsable", which
prose uses as an adjective ("será responsable de")."""

ENTRIES = [
    {"id": "roles", "means": "role_first",
     "words": ["practicante", "pasante", "becario", "becaria", "analista", "desarrollador", "desarrolladora",
               "ingeniero", "ingeniera", "coordinadora", "asistente", "gerente", "jefe", "jefa", "técnico",
               "técnica", "auxiliar", "especialista", "consultora", "directora", "supervisora", "programador",
               "programadora", "contador", "contadora", "ejecutivo", "ejecutiva", "administradora", "diseñador",
               "diseñadora", "asesor", "asesora", "vendedor", "vendedora", "abogado", "abogada", "enfermero",
               "enfermera", "docente", "profesora", "investigador", "investigadora", "encargado", "encargada"],
     "examples": ["Practicante de Data Analytics", "Analista de datos", "Desarrolladora Java"],
     "not": ["Sobre nosotros", "Banco Continental"]},
]
