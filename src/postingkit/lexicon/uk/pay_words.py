"""Pay words in Ukrainian and Russian (see en/pay_words.py)."""

ENTRIES = [
    {"id": "zarplata", "means": "pay", "pattern": r"зарплат|заробітн|\bплата\b|оклад",
     "hints": ["зарплат", "заробітн", "плата", "оклад"],
     "examples": ["Зарплата: 30 000 грн", "Заробітна плата за домовленістю", "Оклад 40 000"],
     "not": ["Платформа"]},
]
