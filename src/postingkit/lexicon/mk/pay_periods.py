"""Pay periods in Macedonian and Serbian Cyrillic (see en/pay_periods.py)."""

ENTRIES = [
    {"id": "month", "means": "month", "pattern": r"месечн", "examples": ["Плата: 40.000 денари месечно"],
     "not": ["Плата: 480.000 денари годишно"]},
    {"id": "year", "means": "year", "pattern": r"годишн", "examples": ["Плата: 480.000 денари годишно"],
     "not": ["Плата: 40.000 денари месечно"]},
]
