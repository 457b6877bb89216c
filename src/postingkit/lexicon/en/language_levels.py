"""How well a language must be spoken, by level, lowest first where the code reads them: basic, working,
professional, fluent, native. A clause naming two ("native or working") asks for the lower one."""

ENTRIES = [
    {"id": "basic", "means": "basic", "pattern": r"\b(?:basic|elementary|beginner)\b",
     "examples": ["Basic French", "Elementary knowledge of German"], "not": ["Fluent English"]},
    {"id": "working", "means": "working",
     "pattern": r"\bworking\b|(?<!very )\bgood (?:knowledge|understanding|level|skills)\b|\bconversational\b|"
                r"\bintermediate\b",
     "examples": ["Working knowledge of Serbian", "Good knowledge of German", "Conversational Spanish",
                  "Intermediate French"],
     "not": ["Very good knowledge of French"]},
    {"id": "professional", "means": "professional",
     # (not the strength of a wish: "Dutch is a strong plus")
     "pattern": r"\b(?:professional|proficien\w*|good command|excellent|very good|"
                r"strong(?!\s+(?:plus|asset|advantage|preference))|advanced|high level|business[\s-]level|"
                r"business\s+fluen\w*)\b",
     "examples": ["Excellent knowledge of English", "Very good knowledge of French", "Proficiency in Albanian",
                  "Business-level English"],
     "not": ["Good knowledge of German", "Dutch is a strong plus"]},
    {"id": "fluent", "means": "fluent", "pattern": r"\bfluen\w*",
     "examples": ["Fluent English", "Fluency in Arabic"], "not": ["English (C1)"]},
    {"id": "native", "means": "native", "pattern": r"\b(?:native|mother tongue|first language)\b",
     "examples": ["Native Ukrainian", "Albanian as mother tongue"], "not": ["Fluent Ukrainian"]},
]
