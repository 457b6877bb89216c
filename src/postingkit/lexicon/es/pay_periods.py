"""Pay periods in Spanish (see en/pay_periods.py)."""

ENTRIES = [
    {"id": "hour", "means": "hour", "pattern": r"por\s+hora", "examples": ["Salario: 12 € por hora"],
     "not": ["Salario: 2.000 € al mes"]},
    {"id": "month", "means": "month", "pattern": r"\bal\s+mes\b|mensual|/\s*mes\b|por\s+mes",
     "examples": ["Salario: 2.000 € al mes", "Salario: 2.000 € brutos/mes"],
     "not": ["Salario: 30.000 € al año"]},
    {"id": "year", "means": "year", "pattern": r"\bal\s+año\b|anual|/\s*año\b|por\s+año",
     "examples": ["Salario: 30.000 € al año", "Salario: 26.000 € - 30.000 € brutos/año"],
     "not": ["Salario: 2.000 € al mes"]},
]
