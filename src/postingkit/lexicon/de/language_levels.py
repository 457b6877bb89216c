"""German language levels (see en/language_levels.py)."""

ENTRIES = [
    {"id": "basic", "means": "basic", "pattern": r"\b\w*grundkenntnisse\b",
     "examples": ["Grundkenntnisse in Französisch", "Englisch-Grundkenntnisse"], "not": ["Fließend Englisch"]},
    {"id": "working", "means": "working", "pattern": r"(?<!sehr )\bgute\b[^.;,]{0,40}kenntnisse\b",
     "examples": ["Gute Englischkenntnisse", "Gute Kenntnisse in Englisch", "Gute Deutsch- und Englischkenntnisse"],
     "not": ["Sehr gute Englischkenntnisse"]},
    {"id": "professional", "means": "professional",
     "pattern": r"\b(?:sehr gute|verhandlungssicher\w*|ausgezeichnete)\b",
     "examples": ["Sehr gute Englischkenntnisse", "Verhandlungssicheres Englisch"], "not": ["Gute Englischkenntnisse"]},
    {"id": "fluent", "means": "fluent", "pattern": r"\bflie(?:ß|ss)end\w*",
     "examples": ["Fließend Englisch", "Fliessende Deutschkenntnisse"], "not": ["Gute Englischkenntnisse"]},
    {"id": "native", "means": "native", "pattern": r"\bmuttersprach\w*",
     "examples": ["Deutsch als Muttersprache", "Muttersprachliches Deutsch"], "not": ["Fließend Englisch"]},
]
