"""Bulgarian currency names (see mul/currencies.py)."""

ENTRIES = [
    {"id": "lev", "means": "BGN", "words": ["лв", "лв."], "examples": ["Заплата: 2000 лв. месечно"],
     "not": ["Заплата: 2000 месечно"]},
]
