"""Pay periods in Ukrainian (see en/pay_periods.py)."""

ENTRIES = [
    {"id": "month", "means": "month", "pattern": r"місячн|на\s+місяць", "examples": ["Зарплата: 30 000 грн на місяць"],
     "not": ["Зарплата: 360 000 грн річних"]},
    {"id": "year", "means": "year", "pattern": r"річн", "examples": ["Зарплата: 360 000 грн річних"],
     "not": ["Зарплата: 30 000 грн на місяць"]},
]
