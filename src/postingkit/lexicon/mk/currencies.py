"""Currency names in Macedonian and Serbian Cyrillic (see mul/currencies.py)."""

ENTRIES = [
    {"id": "denar", "means": "MKD", "words": ["денари", "денар", "ден."], "examples": ["Плата: 40.000 денари месечно"],
     "not": ["Плата: 40.000 динари месечно"]},
    {"id": "dinar", "means": "RSD", "words": ["динара", "динари", "дин."], "examples": ["Плата: 120.000 динара "
                                                                                        "месечно"],
     "not": ["Плата: 120.000 денари месечно"]},
]
