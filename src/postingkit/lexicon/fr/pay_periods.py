"""Pay periods in French (see en/pay_periods.py)."""

ENTRIES = [
    {"id": "hour", "means": "hour", "pattern": r"de\s+l'heure|par\s+heure|"
                                               r"horaire", "examples": ["Salaire : 15 € de l'heure"],
     "not": ["Salaire : 3 000 € par mois"]},
    {"id": "month", "means": "month", "pattern": r"mensuel|par\s+mois", "examples": ["Salaire : 3 000 € par mois"],
     "not": ["Salaire : 40 000 € par an"]},
    {"id": "year", "means": "year", "pattern": r"annuel|par\s+an\b", "examples": ["Salaire : 40 000 € par an"],
     "not": ["Salaire : 3 000 € par mois"]},
]
