"""French section headings (see en/headings.py)."""

ENTRIES = [
    {"id": "application", "means": "apply",
     "pattern": r"process(us)? de recrutement|[ée]tapes? de recrutement|comment postuler|pour postuler|candidature",
     "examples": ["Le process de recrutement pour ce poste", "Comment postuler ?", "Votre candidature"],
     "not": ["Vous êtes notre candidat·e idéal·e si..."]},
    {"id": "benefits", "means": "benefits",
     "pattern": r"ce que nous (vous )?offrons|nous offrons|avantages|entreprise id[ée]ale|pourquoi nous rejoindre|"
                r"ce que nous (vous )?proposons|^les apports de",
     "examples": ["Ce que nous vous offrons", "Parmi nos avantages", "Nous sommes votre entreprise idéale si vous "
                  "recherchez", "Les apports de l'alternance"], "not": ["Vos missions"]},
    {"id": "preferred", "means": "preferred", "pattern": r"\bun plus\b|atouts?|souhait|^(les|vos) (petits )?plus$",
     "examples": ["Atouts", "Compétences souhaitées", "Un plus", "Les plus", "Les petits plus"],
     "not": ["Compétences"]},
    {"id": "required", "means": "required",
     "pattern": r"profil recherch|votre profil\b|\ble profil\b|comp[ée]tences|candidat[·.]?e? id[ée]al|"
                r"qui [êe]tes[- ]vous|^exp[ée]riences?( (professionnelles?|requises?))?$|^formation$|"
                r"^qualifications?( requises?)?$",
     "examples": ["Profil recherché", "Votre profil", "Compétences requises",
                  "Vous êtes notre candidat·e idéal·e si...", "Qui êtes-vous ?", "Expérience", "Formation",
                  "Expérience professionnelle"],
     "not": ["Vos missions", "ROLE PROFILE"]},
    {"id": "about", "means": "about", "pattern": r"^[àa] propos|qui sommes[- ]nous|^description de l.entreprise",
     "examples": ["À propos de l'équipe Tech", "Qui sommes-nous ?", "Description de l'entreprise"],
     "not": ["Vos missions"]},
    {"id": "notes", "means": "notes", "pattern": r"^informations? (suppl[ée]mentaires?|compl[ée]mentaires?)$",
     "examples": ["Informations supplémentaires", "Informations complémentaires"], "not": ["Vos missions"]},
    {"id": "summary", "means": "summary",
     "pattern": r"^description (du poste|de l.emploi)$|^le poste$|^informations sur (le poste|l.emploi)$",
     "examples": ["Description du poste", "Le poste", "Description de l'emploi", "Informations sur l'emploi"],
     "not": ["Vos missions"]},
    {"id": "organizational_setting", "means": "about", "pattern": r"^cadre organisationnel$",
     "examples": ["Cadre organisationnel"], "not": ["Vos missions"]},
    {"id": "duties", "means": "duties",
     "pattern": r"responsabilit[ée]s|^(vos |tes |la |les |votre |ta )?(principales )?missions?"
                r"( principales| (seront|sont) les suivantes)?$|^(votre|ton) r[ôo]le$|^ce que (vous ferez|tu feras)|"
                r"^(vos|tes) (principales )?t[âa]ches",
     "examples": ["Vos missions", "Responsabilités", "Vos missions :", "Vos missions seront les suivantes :",
                  "Vos principales missions", "Votre rôle", "Ce que vous ferez", "Vos tâches"],
     "not": ["Mission de l'entreprise"]},
    {"id": "languages", "means": "languages", "pattern": r"^langues?\b|^connaissances? linguistiques",
     "examples": ["Langues", "Langues requises", "Connaissances linguistiques"], "not": ["Vos missions"]},
]
