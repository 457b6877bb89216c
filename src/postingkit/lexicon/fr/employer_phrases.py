"""French: what follows an employer's name (see en/employer_phrases.py)."""

ENTRIES = [
    {"id": "hiring", "means": "hiring",
     "pattern": r"(?:recrute|recherche|(?:souhaite|cherche|désire)[ \t]+recruter|est[ \t]+à[ \t]+la[ \t]+recherche|"
                r"lance[ \t]+un[ \t]+appel|ouvre[ \t]+un[ \t]+poste)\b",
     "hints": ["recrut", "recherch", "appel", "ouvre un poste"],
     "examples": ["Médecins du Monde recrute un chargé de programme pour sa mission au Mali.",
                  "Solidarités International recherche un coordinateur basé à Goma.",
                  "L'ONG Alima recrute un médecin.", "Handicap International, ONG de solidarité internationale, "
                                                     "recrute un chargé de projet."],
     "not": ["Le chargé de programme recrute le personnel de projet.", "Médecins du Monde intervient au Mali."]},
    {"id": "introduced", "means": "introduced",
     "pattern": r"est[ \t]+(?:une?|la|le|l['’]une?[ \t]+des)[ \t]+(?:[\w()&'’.-]+,?[ \t]+){0,8}?"
                r"(?i:organisations?|ONG|associations?|entreprises?|sociétés?|fondations?|agences?|institutions?|"
                r"réseaux?|mouvements?|cabinets?|structures?|start-?ups?|scale-?ups?|PME|groupes?|leaders?|"
                r"acteurs?|spécialistes?|filiales?)\b",
     "hints": ["est "],
     "examples": ["Action contre la Faim (ACF) est une organisation non gouvernementale internationale.",
                  "Lumio est une start-up qui développe des outils d'analyse.",
                  "Lumio est le leader français de la logistique urbaine.",
                  "Première Urgence Internationale (PUI) est une ONG de solidarité internationale."],
     "not": ["La maîtrise de l'anglais est un atout.", "Le poste est basé à Bamako."]},
]
