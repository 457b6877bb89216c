"""Pay words in French (see en/pay_words.py)."""

ENTRIES = [
    {"id": "salaire", "means": "pay", "pattern": r"salaire|rémunérat", "hints": ["salaire", "rémunérat"],
     "examples": ["Salaire : 40 000 € par an", "Rémunération selon profil"], "not": ["Vos missions"]},
]
