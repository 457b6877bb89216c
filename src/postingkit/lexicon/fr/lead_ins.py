"""French lead-ins to a list (see en/lead_ins.py): "Rattaché(e) au Responsable Comptable, vous aurez pour
missions :", "Le candidat idéal devra :"."""

ENTRIES = [
    {"id": "duties", "means": "duties",
     "pattern": r"\b(?:vous\s+(?:aurez|serez)|tu\s+(?:auras|seras))\s+(?:notamment\s+)?"
                r"(?:pour\s+(?:principales?\s+)?missions?(?:\s+principales?)?(?:\s+d[e'])?|"
                r"en\s+charge\s+d[eu']|charg[ée]e?(?:\s*\(e\))?\s+d[eu']|responsable\s+d[eu']|"
                r"amen[ée]e?(?:\s*\(e\))?\s+à)"
                r"(?:\s+(?:les\s+)?(?:missions|t[âa]ches|activit[ée]s)\s+suivantes)?$|"
                r"\b(?:vos|tes)\s+(?:principales\s+)?(?:missions|responsabilit[ée]s|t[âa]ches|activit[ée]s)\s+"
                r"(?:seront|sont|consisteront\s+à|incluent)(?:\s+notamment|\s+les\s+suivantes)?$|"
                r"\bvous\s+(?:interviendrez|travaillerez)\s+(?:notamment\s+)?sur$",
     "hints": ["vous", "vos", "tu ", "tes "],
     "examples": ["Rattaché(e) au Responsable Comptable, vous aurez pour missions :",
                  "Au sein de l'équipe Data, tu auras pour missions :",
                  "Au sein de l'équipe, vous serez chargé(e) de :", "Vos principales missions seront :",
                  "Au sein de l'équipe Produit, vous aurez pour missions de :",
                  "Vous aurez pour mission principale de :"],
     "not": ["Vous êtes titulaire d'un BTS :", "Vos missions"]},
    {"id": "qualifications", "means": "qualifications",
     "pattern": r"\b(?:candidat(?:e)?|candidat\(e\)|vous)\s+(?:id[ée]al(?:e)?\s+)?(?:devr(?:a|ez)\s+"
                r"(?:avoir|poss[ée]der|justifier\s+d[e']|disposer\s+d[e']|remplir\s+les\s+conditions\s+suivantes)|"
                r"devr(?:a|ez))$",
     "hints": ["devra", "devrez"],
     "examples": ["Le candidat idéal devra :", "Le/la candidat(e) devra justifier de :"],
     "not": ["Vous aurez pour missions :"]},
]
