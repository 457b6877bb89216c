"""The nouns a French organisation's name starts with ("Groupe Valmont", "Fondation de France", "Institut
Pasteur"): French puts the head first, where English ends on it."""

ENTRIES = [
    {"id": "leading_heads", "means": "organization_first",
     "words": ["groupe", "fondation", "association", "société", "institut", "banque", "ministère", "agence",
               "cabinet", "mutuelle", "caisse", "fédération", "réseau", "collectif", "entreprise", "laboratoires",
               "compagnie", "établissement", "office", "union", "centre", "conseil"],
     "examples": ["Groupe Valmont", "Fondation de France", "Institut Pasteur", "Banque de France"],
     "not": ["Groupe", "Chargé de projet"]},
]
