"""German numbers written as words (see en/numbers.py); "ein" is left out: it is also the article."""

ENTRIES = [
    {"id": "two", "means": 2, "words": ["zwei"], "examples": ["zwei"]},
    {"id": "three", "means": 3, "words": ["drei"], "examples": ["drei"]},
    {"id": "four", "means": 4, "words": ["vier"], "examples": ["vier"]},
    {"id": "five", "means": 5, "words": ["fünf"], "examples": ["fünf"]},
    {"id": "six", "means": 6, "words": ["sechs"], "examples": ["sechs"]},
    {"id": "ten", "means": 10, "words": ["zehn"], "examples": ["zehn"]},
]
