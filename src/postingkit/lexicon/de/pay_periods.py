"""Pay periods in German (see en/pay_periods.py)."""

ENTRIES = [
    {"id": "hour", "means": "hour", "pattern": r"pro\s+stunde|stündlich|"
                                               r"/\s*std\b", "examples": ["Gehalt: 18 € pro Stunde"],
     "not": ["Gehalt: 4.000 € monatlich"]},
    {"id": "month", "means": "month", "pattern": r"monatlich|pro\s+monat|/\s*monat\b|im\s+monat",
     "examples": ["Gehalt: 4.000 € monatlich", "Gehalt: 4.000 € brutto/Monat"],
     "not": ["Gehalt: 50.000 € jährlich"]},
    {"id": "year", "means": "year", "pattern": r"jährlich|pro\s+jahr|/\s*jahr\b|im\s+jahr|jahresgehalt",
     "examples": ["Gehalt: 50.000 € jährlich", "Gehalt: 55.000 € - 65.000 € brutto/Jahr",
                  "Jahresgehalt: 55.000 €"],
     "not": ["Gehalt: 4.000 € monatlich"]},
]
