"""Pay periods in German (see en/pay_periods.py)."""

ENTRIES = [
    {"id": "hour", "means": "hour", "pattern": r"pro\s+stunde|stündlich|"
                                               r"/\s*std\b", "examples": ["Gehalt: 18 € pro Stunde"],
     "not": ["Gehalt: 4.000 € monatlich"]},
    {"id": "month", "means": "month", "pattern": r"monatlich|pro\s+monat", "examples": ["Gehalt: 4.000 € monatlich"],
     "not": ["Gehalt: 50.000 € jährlich"]},
    {"id": "year", "means": "year", "pattern": r"jährlich|pro\s+jahr", "examples": ["Gehalt: 50.000 € jährlich"],
     "not": ["Gehalt: 4.000 € monatlich"]},
]
