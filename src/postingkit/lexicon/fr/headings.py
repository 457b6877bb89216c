"""French section headings (see en/headings.py)."""

ENTRIES = [
    {"id": "application", "means": "apply",
     "pattern": r"process(us)? de recrutement|[ée]tapes? de recrutement|comment postuler|pour postuler|candidature|"
                r"d[ée]roulement des entretiens|processus d'entretien|nos entretiens",  # Welcome to the Jungle
     "examples": ["Le process de recrutement pour ce poste", "Comment postuler ?", "Votre candidature",
                  "Déroulement des entretiens"],
     "not": ["Vous êtes notre candidat·e idéal·e si..."]},
    {"id": "benefits", "means": "benefits",
     "pattern": r"ce que nous (vous )?offrons|nous offrons|avantages|entreprise id[ée]ale|pourquoi nous rejoindre|"
                r"ce que nous (vous )?proposons|^les apports de|ce qu.on (t.|vous )?(offre|propose)|"
                r"^les \+( du poste)?$",
     "examples": ["Ce que nous vous offrons", "Parmi nos avantages", "Nous sommes votre entreprise idéale si vous "
                  "recherchez", "Les apports de l'alternance", "Ce qu'on t'offre", "Les + du poste"],
     "not": ["Vos missions"]},
    # (not "Profil souhaité": the profile asked for, France Travail's and Indeed's heading, each item saying "Exigé"
    # or "Souhaité")
    {"id": "preferred", "means": "preferred",
     "pattern": r"\bun plus\b|atouts?|(?<!profil )souhait|^(les|vos) (petits )?plus$",
     "examples": ["Atouts", "Compétences souhaitées", "Un plus", "Les plus", "Les petits plus"],
     "not": ["Compétences", "Profil souhaité"]},
    {"id": "required", "means": "required",
     "pattern": r"profil (recherch|souhait)|votre profil\b|\ble profil\b|comp[ée]tences(?! linguistiques)|"
                r"candidat[·.]?e? id[ée]al|qui [êe]tes[- ]vous|^exp[ée]riences?( (professionnelles?|requises?))?$|"
                r"^formation$|^qualifications?( requises?)?$|"
                r"ce que nous (attendons|recherchons)|ce qu.on (attend|recherche)|^(ton|le) profil\b|"
                r"^qui es[- ]tu|^vous [êe]tes$|ce que (vous|tu) (nous )?apporte|^pr[ée][- ]?requis|"
                r"^qualit[ée]s (requises|attendues|personnelles)|^aptitudes|^savoir[- ]([êe]tre|faire)|^savoirs\b|"
                r"^dipl[ôo]mes?\b|^niveau d.[ée]tudes|^formation\b|^connaissances(?! linguistiques)|"
                r"^exigences|^crit[èe]res (de s[ée]lection|d.[ée]ligibilit[ée])|"
                r"^(le|la) candidat(e)?( id[ée]al(e)?| recherch[ée]e?)?$",
     "examples": ["Profil recherché", "Profil souhaité", "Savoirs et savoir-faire", "Votre profil",
                  "Compétences requises",
                  "Vous êtes notre candidat·e idéal·e si...", "Qui êtes-vous ?", "Expérience", "Formation",
                  "Expérience professionnelle", "Ce que nous attendons de vous", "Ce qu'on attend de toi", "Ton profil",
                  "Qui es-tu ?", "Vous êtes", "Ce que vous apporterez", "Prérequis", "Pré-requis",
                  "Qualités requises", "Aptitudes", "Savoir-être", "Savoir-faire", "Diplômes requis",
                  "Niveau d'études", "Formation et expérience", "Connaissances requises", "Exigences du poste",
                  "Critères de sélection", "Le candidat"],
     "not": ["Vos missions", "ROLE PROFILE", "Connaissances linguistiques", "Compétences linguistiques", "Qualité",
             "Vous êtes titulaire d'un master", "Le candidat devra fournir un CV"]},
    {"id": "about", "means": "about", "pattern": r"^[àa] propos|qui sommes[- ]nous|^description de l.entreprise",
     "examples": ["À propos de l'équipe Tech", "Qui sommes-nous ?", "Description de l'entreprise"],
     "not": ["Vos missions"]},
    {"id": "notes", "means": "notes",
     "pattern": r"^informations? (suppl[ée]mentaires?|compl[ée]mentaires?)$|"
                r"^conditions( (du poste|de travail|d.emploi|contractuelles|propos[ée]es))?$",
     "examples": ["Informations supplémentaires", "Informations complémentaires", "Conditions du poste",
                  "Conditions proposées"],
     "not": ["Vos missions"]},
    {"id": "summary", "means": "summary",
     "pattern": r"^description (du poste|de l.emploi)$|^le poste$|^informations sur (le poste|l.emploi)$|"
                r"^descriptif (du poste|de l.emploi|de l.offre)$|^le job$|^(le |l.)?offre$",
     "examples": ["Description du poste", "Le poste", "Description de l'emploi", "Informations sur l'emploi",
                  "Descriptif du poste", "Le job", "L'offre"],
     "not": ["Vos missions"]},
    {"id": "organizational_setting", "means": "about", "pattern": r"^cadre organisationnel$",
     "examples": ["Cadre organisationnel"], "not": ["Vos missions"]},
    {"id": "duties", "means": "duties",
     "pattern": r"responsabilit[ée]s|^(vos |tes |la |les |votre |ta )?(principales )?missions?"
                r"( principales| (seront|sont) les suivantes)?$|^(votre|ton) r[ôo]le$|^ce que (vous ferez|tu feras)|"
                r"^(vos|tes) (principales )?t[âa]ches|"
                r"^(vos |tes |les )?(futures |principales )?missions?( et (activit[ée]s|t[âa]ches))?$|"
                r"^description (des|de la) missions?$|^(principales )?activit[ée]s( principales)?$|"
                r"^attributions|^fonctions$|^t[âa]ches\b|^au quotidien|^termes de r[ée]f[ée]rence",
     "examples": ["Vos missions", "Responsabilités", "Vos missions :", "Vos missions seront les suivantes :",
                  "Vos principales missions", "Votre rôle", "Ce que vous ferez", "Vos tâches", "Vos futures missions",
                  "Missions et activités", "Description des missions", "Description de la mission",
                  "Activités principales", "Principales activités", "Attributions", "Fonctions",
                  "Au quotidien, vous serez amené(e) à :", "Termes de référence"],
     "not": ["Mission de l'entreprise", "Notre mission"]},
    {"id": "languages", "means": "languages",
     "pattern": r"^langues?\b|^connaissances? linguistiques|^comp[ée]tences linguistiques",
     "examples": ["Langues", "Langues requises", "Connaissances linguistiques", "Compétences linguistiques"],
     "not": ["Vos missions"]},
    {"id": "objective", "means": "objective",
     "pattern": r"^objectifs?( (g[ée]n[ée]ral|sp[ée]cifiques?|principaux))?( de la (mission|consultation|consultance|"
                r"prestation|[ée]tude|[ée]valuation))?$",
     "examples": ["Objectifs de la mission", "Objectif général", "Objectifs spécifiques"],
     "not": ["Vos missions"]},
    {"id": "outcomes", "means": "outcomes", "pattern": r"r[ée]sultats attendus|^livrables?\b|^produits attendus",
     "examples": ["Résultats attendus", "Livrables", "Produits attendus"], "not": ["Vos missions"]},
    {"id": "working_conditions", "means": "notes",
     "pattern": r"^environnement de travail$|^conditions de travail$|^horaires?( de travail)?$",
     "examples": ["Environnement de travail", "Conditions de travail", "Horaires"], "not": ["Vos missions"]},
    {"id": "contract_length", "means": "notes",
     "pattern": r"^(type|dur[ée]e) d[eu] (contrat|la mission|poste)$",
     "examples": ["Type de contrat", "Durée du contrat", "Durée de la mission"], "not": ["Vos missions"]},
    {"id": "pay", "means": "pay", "pattern": r"^r[ée]mun[ée]ration$|^salaire$",
     "examples": ["Rémunération", "Salaire"], "not": ["Rémunération et avantages"]},
    {"id": "dates", "means": "dates", "pattern": r"^date limite|^date de cl[ôo]ture",
     "examples": ["Date limite", "Date de clôture"], "not": ["Vos missions"]},
]
