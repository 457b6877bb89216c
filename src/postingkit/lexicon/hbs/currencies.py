"""Currency names in Bosnian, Croatian, Montenegrin and Serbian notices (see mul/currencies.py)."""

ENTRIES = [
    {"id": "konvertibilna_marka", "means": "BAM", "words": ["konvertibilna marka", "konvertibilnih maraka"],
     "examples": ["Plata: 1.500 konvertibilnih maraka mjesečno"], "not": ["Plata: 1.500 mjesečno"]},
    {"id": "dinar", "means": "RSD", "words": ["dinara", "din.", "rsd"],
     "examples": ["Plata: 120.000 din. mesečno", "Plata: 120.000 dinara mesečno"], "not": ["Plata: 120.000 mesečno"]},
    {"id": "zloty", "means": "PLN", "words": ["złoty", "zł"], "examples": ["Salary: 9 000 zł per month"],
     "not": ["Salary: 9 000 per month"]},
]
