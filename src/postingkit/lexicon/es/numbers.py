"""Spanish numbers written as words (see en/numbers.py); "un/uno" is left out: it is also the article."""

ENTRIES = [
    {"id": "two", "means": 2, "words": ["dos"], "examples": ["dos"]},
    {"id": "three", "means": 3, "words": ["tres"], "examples": ["tres"]},
    {"id": "four", "means": 4, "words": ["cuatro"], "examples": ["cuatro"]},
    {"id": "five", "means": 5, "words": ["cinco"], "examples": ["cinco"]},
    {"id": "six", "means": 6, "words": ["seis"], "examples": ["seis"]},
    {"id": "ten", "means": 10, "words": ["diez"], "examples": ["diez"]},
]
