"""Month names in Macedonian: `means` is its
number."""

ENTRIES = [
    {"id": "january", "means": 1, "words": ["јануари"],
     "examples": ["Рок: 15 јануари 2026"]},
    {"id": "february", "means": 2, "words": ["февруари"],
     "examples": ["Рок: 15 февруари 2026"]},
    {"id": "march", "means": 3, "words": ["март"],
     "examples": ["Рок: 15 март 2026"]},
    {"id": "april", "means": 4, "words": ["април"],
     "examples": ["Рок: 15 април 2026"]},
    {"id": "may", "means": 5, "words": ["мај"],
     "examples": ["Рок: 15 мај 2026"]},
    {"id": "june", "means": 6, "words": ["јуни"],
     "examples": ["Рок: 15 јуни 2026"]},
    {"id": "july", "means": 7, "words": ["јули"],
     "examples": ["Рок: 15 јули 2026"]},
    {"id": "august", "means": 8, "words": ["август"],
     "examples": ["Рок: 15 август 2026"]},
    {"id": "september", "means": 9, "words": ["септември"],
     "examples": ["Рок: 15 септември 2026"]},
    {"id": "october", "means": 10, "words": ["октомври"],
     "examples": ["Рок: 15 октомври 2026"]},
    {"id": "november", "means": 11, "words": ["ноември"],
     "examples": ["Рок: 15 ноември 2026"]},
    {"id": "december", "means": 12, "words": ["декември"],
     "examples": ["Рок: 15 декември 2026"]},
]
