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
    # at the start: "PHP-Grundkenntnisse wünschenswert" is a preferred item, not a heading over the rest
    {"id": "preferred", "means": "preferred", "pattern": r"^(\w+ )?w[üu]nschenswert|^von vorteil|^(das ist )?ein plus",
     "examples": ["Wünschenswert", "Von Vorteil", "Wünschenswerte Kenntnisse", "Zusätzlich wünschenswert"],
     "not": ["Anforderungen", "PHP-Grundkenntnisse wünschenswert"]},
    {"id": "required", "means": "required",
     "pattern": r"anforderungen|(ihr|dein) profil|^profil$|das bringen sie mit|das bringst du mit|"
                # "Kenntnisse", "Erforderliche Kenntnisse"; "PHP-Grundkenntnisse wünschenswert" is an item
                r"was (sie|du) mitbring|qualifikation|voraussetzungen|^(\w+ )?kenntnisse\b",
     "examples": ["Anforderungen", "Ihr Profil", "Das bringen Sie mit", "Dein Profil", "Was du mitbringst",
                  "Kenntnisse und Fähigkeiten", "Erforderliche Kenntnisse"],
     "not": ["Ihre Aufgaben", "PHP-Grundkenntnisse wünschenswert"]},
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
    {"id": "languages", "means": "languages", "pattern": r"^sprachen\b|^sprachkenntnisse",
     "examples": ["Sprachen", "Sprachkenntnisse"], "not": ["Deine Aufgaben"]},
]
