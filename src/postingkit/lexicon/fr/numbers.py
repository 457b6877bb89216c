"""French numbers written as words (see en/numbers.py); "un" is left out: it is also the article."""

ENTRIES = [
    {"id": "two", "means": 2, "words": ["deux"], "examples": ["deux"]},
    {"id": "three", "means": 3, "words": ["trois"], "examples": ["trois"]},
    {"id": "four", "means": 4, "words": ["quatre"], "examples": ["quatre"]},
    {"id": "five", "means": 5, "words": ["cinq"], "examples": ["cinq"]},
    {"id": "six", "means": 6, "words": ["six"], "examples": ["six"]},
    {"id": "ten", "means": 10, "words": ["dix"], "examples": ["dix"]},
]
