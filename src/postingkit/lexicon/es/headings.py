"""Spanish section headings (see en/headings.py)."""

ENTRIES = [
    {"id": "application", "means": "apply", "pattern": r"c[óo]mo (aplicar|postular)|postulaci[óo]n",
     "examples": ["Cómo aplicar", "Cómo postular"], "not": ["Requisitos"]},
    {"id": "benefits", "means": "benefits", "pattern": r"ofrecemos|beneficios",
     "examples": ["Qué ofrecemos", "Beneficios"], "not": ["Funciones"]},
    {"id": "preferred", "means": "preferred", "pattern": r"deseable|se valorar",
     "examples": ["Deseable", "Se valorará"], "not": ["Requisitos"]},
    {"id": "required", "means": "required",
     "pattern": r"requisitos|perfil|(?<!in)formaci[óo]n|experiencia|conocimientos|habilidades|competencias|"
                r"(lo )?qu[ée] (buscamos|necesitas)|"
                # "Debes postular a este rol solo si …", "Y sobre todo si dominas", "Te buscamos si eres"
                r"\bsolo si\b|\bsi (eres|tienes|cuentas con|dominas)\b",
     "examples": ["Requisitos", "Perfil del candidato", "Formación", "¿Qué buscamos?",
                  "Debes postular a este rol solo si …", "Y sobre todo si dominas"],
     "not": ["Funciones", "Sobre nosotros", "Información de la consultoría"]},
    {"id": "duties", "means": "duties",
     "pattern": r"funciones|responsabilidades|tareas|qu[ée] har[áa]s|tu d[íi]a a d[íi]a",
     "examples": ["Funciones", "Responsabilidades", "Tareas principales", "¿Qué harás?", "Tu día a día"],
     "not": ["Requisitos", "Qué hacemos"]},
    {"id": "about", "means": "about", "pattern": r"sobre nosotros|qui[ée]nes somos|acerca de|^la empresa$",
     "examples": ["Sobre nosotros", "Quiénes somos"], "not": ["Responsabilidades"]},
    {"id": "terms", "means": "terms",
     "pattern": r"^condiciones( (del|de) (contrato|trabajo|empleo))?$|^lugar de trabajo$",
     "examples": ["Condiciones del contrato", "Condiciones"], "not": ["Requisitos"]},
    {"id": "summary", "means": "summary",
     "pattern": r"^descripci[óo]n( (del|de la) (puesto|trabajo|empleo|vacante|oferta))?$|"
                r"^(informaci[óo]n|naturaleza) (del puesto|de la (consultor[íi]a|vacante|contrataci[óo]n))$|"
                r"^objetivo (del contrato|de la consultor[íi]a)$",
     "examples": ["Descripción del trabajo", "Descripción del puesto", "Información de la consultoría",
                  "Naturaleza de la consultoría", "Objetivo del contrato"], "not": ["Funciones"]},
    {"id": "languages", "means": "languages", "pattern": r"^idiomas?\b|^lenguas\b|^conocimiento de idiomas",
     "examples": ["Idiomas", "Idiomas requeridos", "Conocimiento de idiomas"], "not": ["Funciones"]},
]
