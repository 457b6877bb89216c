"""Currency names in Ukrainian (see mul/currencies.py)."""

ENTRIES = [
    {"id": "hryvnia", "means": "UAH", "words": ["грн", "грн."], "examples": ["Зарплата: 30 000 грн на місяць"],
     "not": ["Зарплата: 30 000 на місяць"]},
]
