"""How well a language must be spoken, by level, lowest first where the code reads them: basic, working,
professional, fluent, native. A clause naming two ("native or working") asks for the lower one."""

ENTRIES = [
    {"id": "basic", "means": "basic", "pattern": r"\b(?:basic|elementary|beginner)\b",
     "examples": ["Basic French", "Elementary knowledge of German"], "not": ["Fluent English"]},
    {"id": "working", "means": "working",
     "pattern": r"\bworking\b|(?<!very )\bgood (?:knowledge|understanding|level|skills)\b",
     "examples": ["Working knowledge of Serbian", "Good knowledge of German"],
     "not": ["Very good knowledge of French"]},
    {"id": "professional", "means": "professional",
     "pattern": r"\b(?:professional|proficien\w*|good command|excellent|very good|strong|advanced|high level)\b",
     "examples": ["Excellent knowledge of English", "Very good knowledge of French", "Proficiency in Albanian"],
     "not": ["Good knowledge of German"]},
    {"id": "fluent", "means": "fluent", "pattern": r"\bfluen\w*",
     "examples": ["Fluent English", "Fluency in Arabic"], "not": ["English (C1)"]},
    {"id": "native", "means": "native", "pattern": r"\b(?:native|mother tongue|first language)\b",
     "examples": ["Native Ukrainian", "Albanian as mother tongue"], "not": ["Fluent Ukrainian"]},
]
