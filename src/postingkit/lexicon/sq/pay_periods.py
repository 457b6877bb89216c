"""Pay periods in Albanian (see en/pay_periods.py)."""

ENTRIES = [
    {"id": "month", "means": "month", "pattern": r"mujor|n[eë]\s+muaj", "examples": ["Paga: 90.000 lekë në muaj"],
     "not": ["Paga: 1.000.000 lekë vjetore"]},
    {"id": "year", "means": "year", "pattern": r"vjetor", "examples": ["Paga: 1.000.000 lekë vjetore"],
     "not": ["Paga: 90.000 lekë në muaj"]},
]
