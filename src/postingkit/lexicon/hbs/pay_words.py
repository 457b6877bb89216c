"""Pay words in Bosnian, Croatian, Montenegrin and Serbian (see en/pay_words.py)."""

ENTRIES = [
    {"id": "plata", "means": "pay", "pattern": r"\bplat[ae]\b|\bpla[cć]a\b|zarad[ae]|naknad[ae]|\bbruto\b|\bneto\b",
     "hints": ["plata", "plate", "plać", "placa", "zarad", "naknad", "bruto", "neto"],
     "examples": ["Plata: 120.000 din. mesečno", "Neto zarada po dogovoru", "Bruto plaća"],
     "not": ["Platforma za učenje"]},
]
