"""Pay words in Spanish (see en/pay_words.py)."""

ENTRIES = [
    {"id": "salario", "means": "pay", "pattern": r"salario|sueldo|retribuci[óo]n|remuneraci[óo]n",
     "hints": ["salario", "sueldo", "retribuci", "remuneraci"],
     "examples": ["Salario: 30.000 € al año", "Sueldo bruto anual", "Retribución competitiva"],
     "not": ["Funciones del puesto"]},
]
