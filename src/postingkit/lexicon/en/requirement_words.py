"""Words that make an item say it is required or preferred ("is mandatory", "an asset"). A heading's own
requirement is in headings.py; these are read inside items and clauses."""

ENTRIES = [
    {"id": "required", "means": "required",
     "pattern": r"\b(?:required|mandatory|must|essential|compulsory|obligatory|necessary|indispensable)\b",
     "hints": ["required", "mandatory", "must", "essential", "compulsory", "obligatory", "necessary", "indispensable"],
     "examples": ["Fluent English is mandatory", "A driving licence is required", "is a must"],
     "not": ["Requirements of the donor", "English (fluent)"]},
    {"id": "preferred", "means": "preferred",
     # "an asset", "are assets", "(asset)", "Serbian: asset"; not the thing ("scalable AI assets", "asset management")
     "pattern": r"\b(?:(?:an?|are|be|as)\s+(?:[\w-]+\s+){0,2}assets?\b|"
                r"advantage(?:ous)?|desirable|desired|preferred|preferable|a\s+plus|is\s+plus|a\s+(?:strong|big|huge|definite)\s+plus|"
                r"(?:would|will|could)\s+be\s+(?:very\s+)?(?:helpful|useful)|"
                r"(?:nice|good)[- ]to[- ]have|beneficial|bonus|an\s+added\s+value|would\s+be\s+welcome|is\s+welcome|"
                r"optional|would\s+be\s+(?:great|nice|ideal)|"
                r"(?:will|would|could|may)\s+add\s+value|"
                r"appreciated|(?:is|are|strongly|highly)\s+recommended)\b|(?:\(|:\s*)assets?\b|\bassets?\s*(?:[).;]|$)|"
                r"^\W*assets?\s*:",
     "hints": ["asset", "advantag", "desir", "prefer", "plus", "nice", "benefic", "bonus", "added value", "welcome",
               "apprecia", "add value", "recommended", "good to", "good-to", "optional", "would be", "will be",
               "could be"],
     "examples": ["Arabic (desirable)", "Knowledge of Serbian is an asset", "Experience with SQL is a plus",
                  "Expereince with Azure Datalake is plus",
                  "Understanding of SQL will be preferable", "Arabic (asset)", "Other languages are considered assets",
                  "Knowledge of Serbian: asset", "A Master's degree will be considered a strong asset.",
                  "Knowledge of French, asset.", "Asset: Training in travel or tourism",
                  "Experience with peacebuilding organisations will add value.",
                  "Interest in culture, art, and fashion is recommended", "Knowledge of Kafka is good to have",
                  "Experience with Kafka (good to have)", "Good to have: experience with Azure ML",
                  "Experience in Go (optional)", "Familiarity with Go would be great",
                  "Spanish language skills are a strong plus", "Experience with SAP would be helpful"],
     "not": ["Asset management experience is required", "Plus-size retail",
             "Building scalable AI assets that can be utilized through low / no-code platforms"]},
    {"id": "not_required", "means": "preferred",
     "note": "a requirement said not to be one: its 'required' is not read as required (requirement.py)",
     "pattern": r"\bnot\s+(?:strictly\s+|absolutely\s+)?(?:required|mandatory|necessary|essential|compulsory)\b|"
                r"\bno\s+(?:[\w-]+\s+){1,2}(?:is\s+)?(?:required|necessary)\b",
     "hints": ["not ", "no "],
     "examples": ["Previous experience in a restaurant is preferred but not required",
                  "No degree required, but a bachelor's degree in IT is a plus", "Experience is not required"],
     "not": ["A degree is required", "No less than 3 years of experience"]},
    {"id": "preferred_lead", "means": "preferred",
     "note": "only leading the item: 'experience, preferably in the Western Balkans' narrows a required item",
     "pattern": r"^\W*(?:preferabl[ey]|ideally)\b", "hints": ["prefer", "ideal"],
     "examples": ["Preferably a Master's degree", "Ideally, experience with EU-funded projects"],
     "not": ["Five years of experience, preferably in the Western Balkans"]},
]
