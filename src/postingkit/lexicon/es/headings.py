"""Spanish section headings (see en/headings.py)."""

ENTRIES = [
    {"id": "application", "means": "apply", "pattern": r"c[óo]mo (aplicar|postular)|postulaci[óo]n",
     "examples": ["Cómo aplicar", "Cómo postular"], "not": ["Requisitos"]},
    {"id": "benefits", "means": "benefits", "pattern": r"ofrecemos|beneficios",
     "examples": ["Qué ofrecemos", "Beneficios"], "not": ["Funciones"]},
    {"id": "preferred", "means": "preferred", "pattern": r"deseable|se valorar",
     "examples": ["Deseable", "Se valorará"], "not": ["Requisitos"]},
    {"id": "required", "means": "required", "pattern": r"requisitos|perfil|formaci[óo]n|experiencia",
     "examples": ["Requisitos", "Perfil del candidato", "Formación"], "not": ["Funciones"]},
    {"id": "duties", "means": "duties", "pattern": r"funciones|responsabilidades|tareas",
     "examples": ["Funciones", "Responsabilidades", "Tareas principales"], "not": ["Requisitos"]},
    {"id": "about", "means": "about", "pattern": r"sobre nosotros|qui[ée]nes somos|acerca de|^la empresa$",
     "examples": ["Sobre nosotros", "Quiénes somos"], "not": ["Responsabilidades"]},
    {"id": "terms", "means": "terms",
     "pattern": r"^condiciones( (del|de) (contrato|trabajo|empleo))?$|^lugar de trabajo$",
     "examples": ["Condiciones del contrato", "Condiciones"], "not": ["Requisitos"]},
    {"id": "summary", "means": "summary",
     "pattern": r"^descripci[óo]n( (del|de la) (puesto|trabajo|empleo|vacante|oferta))?$",
     "examples": ["Descripción del trabajo", "Descripción del puesto"], "not": ["Funciones"]},
]
