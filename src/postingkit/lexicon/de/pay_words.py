"""Pay words in German (see en/pay_words.py)."""

ENTRIES = [
    {"id": "gehalt", "means": "pay", "pattern": r"gehalt|brutto|netto|verg[üu]tung",
     "hints": ["gehalt", "brutto", "netto", "vergütung", "vergutung"],
     "examples": ["Gehalt: 4.000 € monatlich", "Vergütung nach TVöD", "50.000 € brutto"],
     "not": ["Ihre Aufgaben"]},
]
