"""German section headings (see en/headings.py)."""

ENTRIES = [
    {"id": "application", "means": "apply", "pattern": r"bewerbung",
     "examples": ["Ihre Bewerbung", "Bewerbungsunterlagen"], "not": ["Ihre Aufgaben"]},
    {"id": "conditions", "means": "notes", "pattern": r"arbeitsbedingungen",
     "examples": ["Arbeitsbedingungen"], "not": ["Anforderungen"]},
    {"id": "benefits", "means": "benefits",
     "pattern": r"wir bieten|bieten wir|^unser angebot|^(deine|ihre) vorteile|^benefits",
     "examples": ["Wir bieten", "Was wir bieten", "Unser Angebot", "Das bieten wir dir", "Deine Vorteile"],
     "not": ["Ihr Profil"]},
    {"id": "preferred", "means": "preferred", "pattern": r"w[üu]nschenswert|von vorteil",
     "examples": ["Wünschenswert", "Von Vorteil"], "not": ["Anforderungen"]},
    {"id": "required", "means": "required",
     "pattern": r"anforderungen|(ihr|dein) profil|^profil$|das bringen sie mit|das bringst du mit|"
                r"was (sie|du) mitbring|qualifikation|voraussetzungen|kenntnisse",
     "examples": ["Anforderungen", "Ihr Profil", "Das bringen Sie mit", "Dein Profil", "Was du mitbringst"],
     "not": ["Ihre Aufgaben"]},
    {"id": "duties", "means": "duties", "pattern": r"aufgaben|t[äa]tigkeit|was (sie|dich|du) erwartet|"
     r"das erwartet (sie|dich)|verantwortung",
     "examples": ["Ihre Aufgaben", "Deine Aufgaben", "Ihr Tätigkeitsbereich", "Was dich erwartet"],
     "not": ["Ihr Profil"]},
    {"id": "about", "means": "about", "pattern": r"^[üu]ber (uns|die firma|das unternehmen)|wer wir sind|"
     r"^(das )?unternehmen$",
     "examples": ["Über uns", "Über die Firma", "Wer wir sind"], "not": ["Deine Aufgaben"]},
    {"id": "summary", "means": "summary", "pattern": r"^(stellen)?beschreibung$",
     "examples": ["Beschreibung", "Stellenbeschreibung"], "not": ["Dein Profil"]},
    {"id": "contact", "means": "apply", "pattern": r"^kontakt", "examples": ["Kontakt Information", "Kontakt"],
     "not": ["Über uns"]},
]
