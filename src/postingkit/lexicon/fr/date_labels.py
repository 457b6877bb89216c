"""Deadline and posting-date labels in French (see en/date_labels.py)."""

ENTRIES = [
    {"id": "deadline", "means": "deadline",
     "pattern": r"date\s+limite|date\s+de\s+cl[ôo]ture|cl[ôo]ture\s+des\s+(?:candidatures|inscriptions|offres)|"
                r"d[ée]lai\s+de\s+(?:d[ée]p[ôo]t|soumission|candidature)",
     "hints": ["date limite", "date de cl", "clôture des", "cloture des", "délai de", "delai de"],
     "starts": ["date", "clôture", "cloture", "délai", "delai"],
     "examples": ["Date limite : 15 décembre 2026", "Date de clôture : 15 décembre 2026",
                  "Clôture des candidatures : 15 janvier 2026", "Délai de dépôt des dossiers : 15 janvier 2026"],
     "not": ["Date de publication : 15 décembre 2026"]},
    {"id": "apply_until", "means": "deadline",
     "pattern": r"(?:candidatures?|postulez|postuler|dossiers?)\s+(?:\w+\s+){0,3}?(?:jusqu.(?:au|à)|avant\s+le|"
                r"au\s+plus\s+tard)",
     "hints": ["candidature", "postul", "dossier"], "starts": ["candidature", "postul", "dossier"],
     "examples": ["Candidatures jusqu'au 30 avril 2025", "Postulez avant le 15 mai 2025",
                  "Les dossiers sont à envoyer avant le 2 juin 2025",
                  "Les dossiers doivent parvenir au plus tard le 2 juin 2025"],
     "not": ["Candidatures : envoyez votre CV le 30 avril 2025"]},
    {"id": "send_by", "means": "deadline",
     "note": "what to send may come between, within the sentence; a dot inside an address goes on",
     "pattern": r"(?:envoyer|adresser|d[ée]poser|soumettre|transmettre|faire\s+parvenir)\s+"
                r"(?:[^.\n]|\.(?=\w)){0,200}?\s(?:au\s+plus\s+tard|avant\s+le|jusqu.(?:au|à))",
     "hints": ["envoy", "adress", "dépos", "depos", "soumet", "transmet", "parvenir"],
     "starts": ["envoy", "adress", "dépos", "depos", "soumet", "transmet", "faire"],
     "examples": ["Les candidat(e)s sont prié(e)s d'envoyer une lettre de motivation et un CV au plus tard le "
                  "15 janvier 2026 à 17h00 à l'adresse recrutement@example.org.",
                  "Merci de faire parvenir votre dossier à recrutement@example.org avant le 3 juin 2025"],
     "not": ["Envoyer votre CV à recrutement@example.org. Entretiens le 3 juin 2025"]},
    {"id": "posted", "means": "posted", "pattern": r"date\s+de\s+publication|publi[ée]e?\s+le",
     "hints": ["publication", "publié"], "starts": ["date", "publi"],
     "examples": ["Date de publication : 3 juin 2026", "Publiée le 3 juin 2026"],
     "not": ["Date limite : 3 juin 2026"]},
]
