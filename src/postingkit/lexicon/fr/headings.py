"""French section headings (see en/headings.py)."""

ENTRIES = [
    {"id": "benefits", "means": "benefits", "pattern": r"ce que nous (vous )?offrons|nous offrons|avantages",
     "examples": ["Ce que nous vous offrons", "Avantages"], "not": ["Vos missions"]},
    {"id": "preferred", "means": "preferred", "pattern": r"\bun plus\b|atouts?|souhait",
     "examples": ["Atouts", "Compétences souhaitées", "Un plus"], "not": ["Compétences"]},
    {"id": "required", "means": "required",
     "pattern": r"profil recherch|votre profil|le profil|comp[ée]tences",
     "examples": ["Profil recherché", "Votre profil", "Compétences requises"], "not": ["Vos missions"]},
    {"id": "duties", "means": "duties", "pattern": r"responsabilit[ée]s|^(vos |tes |la |les )?missions?$",
     "examples": ["Vos missions", "Responsabilités", "Vos missions :"], "not": ["Mission de l'entreprise"]},
]
