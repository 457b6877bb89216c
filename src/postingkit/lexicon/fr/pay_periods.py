"""Pay periods in French (see en/pay_periods.py)."""

ENTRIES = [
    {"id": "hour", "means": "hour", "pattern": r"de\s+l'heure|par\s+heure|/\s?h(?:eure)?\b|horaire|\b[àa]\s+l'heure",
     "examples": ["Salaire : 15 € de l'heure", "15 €/h", "Salaire : 22 $ à l'heure"],
     "not": ["Salaire : 3 000 € par mois"]},
    {"id": "day", "means": "day", "pattern": r"par\s+jour|/\s?jour\b|journalier|\btjm\b",
     "examples": ["Salaire : 400 € par jour", "TJM : 550 €"], "not": ["Salaire : 3 000 € par mois"]},
    {"id": "month", "means": "month", "pattern": r"mensuel|par\s+mois|/\s?mois\b",
     "examples": ["Salaire : 3 000 € par mois", "2 500 €/mois"],
     "not": ["Salaire : 40 000 € par an"]},
    {"id": "year", "means": "year", "pattern": r"annuel|par\s+an\b|/\s?an\b|k€\s?/\s?an|par\s+ann[ée]e",
     "examples": ["Salaire : 40 000 € par an", "€55,000 - €75,000/an",
                  "Salaire de 62 000 $ à 78 000 $ par année"],
     "not": ["Salaire : 3 000 € par mois"]},
]
