"""Pay words in Bulgarian and Macedonian (see en/pay_words.py)."""

ENTRIES = [
    {"id": "zaplata", "means": "pay", "pattern": r"заплат", "hints": ["заплат"],
     "examples": ["Заплата: 2000 лв. месечно"], "not": ["Работно време"]},
]
