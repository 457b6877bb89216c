"""Numbers written as words (contract lengths, years of experience): `means` is the number."""

ENTRIES = [
    {"id": "one", "means": 1, "words": ["one"], "examples": ["one"]},
    {"id": "two", "means": 2, "words": ["two"], "examples": ["two", "Two"]},
    {"id": "three", "means": 3, "words": ["three"], "examples": ["three"]},
    {"id": "four", "means": 4, "words": ["four"], "examples": ["four"]},
    {"id": "five", "means": 5, "words": ["five"], "examples": ["five"]},
    {"id": "six", "means": 6, "words": ["six"], "examples": ["six"]},
    {"id": "seven", "means": 7, "words": ["seven"], "examples": ["seven"]},
    {"id": "eight", "means": 8, "words": ["eight"], "examples": ["eight"]},
    {"id": "nine", "means": 9, "words": ["nine"], "examples": ["nine"]},
    {"id": "ten", "means": 10, "words": ["ten"], "examples": ["ten"]},
    {"id": "eleven", "means": 11, "words": ["eleven"], "examples": ["eleven"]},
    {"id": "twelve", "means": 12, "words": ["twelve"], "examples": ["twelve"]},
    {"id": "fifteen", "means": 15, "words": ["fifteen"], "examples": ["fifteen"]},
    {"id": "eighteen", "means": 18, "words": ["eighteen"], "examples": ["eighteen"]},
    {"id": "twenty", "means": 20, "words": ["twenty"], "examples": ["twenty"]},
    {"id": "twenty_four", "means": 24, "words": ["twenty-four", "twenty four"], "examples": ["twenty-four"]},
]
