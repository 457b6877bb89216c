"""Pay words in Albanian (see en/pay_words.py)."""

ENTRIES = [
    {"id": "paga", "means": "pay", "pattern": r"\brrog[aë]|\bpag[aë]\b", "hints": ["rrog", "paga", "pagë"],
     "examples": ["Paga: 90.000 lekë", "Rroga mujore"], "not": ["Pagesa e faturave"]},
]
