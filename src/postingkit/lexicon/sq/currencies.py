"""Currency names in Albanian notices (see mul/currencies.py)."""

ENTRIES = [
    {"id": "lek", "means": "ALL", "words": ["leke", "lekë"], "examples": ["Paga: 90.000 lekë në muaj"],
     "not": ["Paga: 90.000 në muaj"]},
    {"id": "denar", "means": "MKD", "words": ["denari"], "examples": ["Paga: 40.000 denari në muaj"],
     "not": ["Paga: 40.000 në muaj"]},
]
