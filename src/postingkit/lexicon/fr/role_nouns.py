"""French role nouns (see en/role_nouns.py): both genders where they differ; the noun
comes first in a title ("Ingénieur logiciel", "Chargée de mission"). Not "responsable", which
prose uses as an adjective ("vous serez responsable de")."""

ENTRIES = [
    {"id": "roles", "means": "role_first",
     "words": ["stagiaire", "alternant", "alternante", "ingénieur", "ingénieure", "développeur", "développeuse",
               "chef", "gestionnaire", "conseiller", "conseillère", "analyste", "technicien", "technicienne",
               "comptable", "assistante", "coordinateur", "coordinatrice", "directeur", "directrice", "chargé",
               "chargée", "juriste", "infirmier", "infirmière", "vendeur", "vendeuse", "consultante", "formateur",
               "formatrice", "rédacteur", "rédactrice", "chercheur", "chercheuse", "animateur", "animatrice"],
     "examples": ["Ingénieur logiciel", "Chargée de mission", "Stagiaire Data Analyst"],
     "not": ["Qui sommes-nous", "Vos missions"]},
]
