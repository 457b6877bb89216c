"""Month names in Spanish: `means` is its
number."""

ENTRIES = [
    {"id": "january", "means": 1, "words": ["enero"],
     "examples": ["Fecha límite: 15 de enero de 2026"]},
    {"id": "february", "means": 2, "words": ["febrero"],
     "examples": ["Fecha límite: 15 de febrero de 2026"]},
    {"id": "march", "means": 3, "words": ["marzo"],
     "examples": ["Fecha límite: 15 de marzo de 2026"]},
    {"id": "april", "means": 4, "words": ["abril"],
     "examples": ["Fecha límite: 15 de abril de 2026"]},
    {"id": "may", "means": 5, "words": ["mayo"],
     "examples": ["Fecha límite: 15 de mayo de 2026"]},
    {"id": "june", "means": 6, "words": ["junio"],
     "examples": ["Fecha límite: 15 de junio de 2026"]},
    {"id": "july", "means": 7, "words": ["julio"],
     "examples": ["Fecha límite: 15 de julio de 2026"]},
    {"id": "august", "means": 8, "words": ["agosto"],
     "examples": ["Fecha límite: 15 de agosto de 2026"]},
    {"id": "september", "means": 9, "words": ["septiembre", "setiembre"],
     "examples": ["Fecha límite: 15 de septiembre de 2026"]},
    {"id": "october", "means": 10, "words": ["octubre"],
     "examples": ["Fecha límite: 15 de octubre de 2026"]},
    {"id": "november", "means": 11, "words": ["noviembre"],
     "examples": ["Fecha límite: 15 de noviembre de 2026"]},
    {"id": "december", "means": 12, "words": ["diciembre"],
     "examples": ["Fecha límite: 15 de diciembre de 2026"]},
]
