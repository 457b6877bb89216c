"""Whether the job is done remotely, partly remotely, or in a place. `means`: remote_word (a location that
is no place: "Home Based"), not_remote ("remote areas": a remote word that speaks of somewhere else),
remote_statement (a sentence saying the job is remote), remote_denied (a sentence or field saying it is not:
"Remote work is not possible", "Remote job: No"), negation (the words before a remote statement that turn it
round: "This is NOT a remote position"), hybrid_word, hybrid_statement."""

ENTRIES = [
    {"id": "remote_word", "means": "remote_word",
     "pattern": r"\b(?:remote(?:ly|-first|\s+(?:work|position|role|job|based|first))?|home[- ]based|"
                r"work(?:ing)?\s+from\s+home|telecommut\w*|teleworking|anywhere)\b",
     "hints": ["remote", "home", "telecommut", "telework", "anywhere"],
     "examples": ["Location: Home Based", "Remote; based in Albania", "Anywhere"], "not": ["Berlin, Germany"]},
    {"id": "remote_places", "means": "not_remote",
     "pattern": r"remote\s+(?:areas?|locations?|regions?|communit|villages?|parts?|sensing|monitoring|sites?|"
                r"and\s+hard)",
     "examples": ["travel to remote areas", "Remote sensing analyst"], "not": ["Remote; based in Albania"]},
    {"id": "remote_statement", "means": "remote_statement",
     "pattern": r"\b(?:remote[- ]first|fully[- ]remote|100\s?%\s+remote|work(?:ing)?\s+remotely|"
                r"(?:position|role|job|post|assignment|consultancy|work)\s+(?:is|will\s+be)\s+"
                r"(?:fully\s+|entirely\s+)?(?:remote|home[- ]based|telework)|"
                r"(?:remote|home[- ]based)\s+(?:position|role|job|post|assignment|consultancy)|"
                r"open\s+to\s+remote\s+(?:candidates|applicants|work(?:ers)?)|"
                r"this\s+is\s+an?\s+(?:[\w–-]+\s+){0,4}remote\b(?!\s+(?:area|location|region|village|site))|"
                r"full\s+remote|remote\s+(?:internship|contract)|"
                # not "a best-in-class WFH setup" among the benefits
                r"(?:\bwfh|work\s+from\s+home)\s+(?:job|position|role|opportunity|post)|"
                r"(?:can|may)\s+be\s+(?:done|performed|carried\s+out|based|undertaken)\s+(?:fully\s+)?"
                r"(?:remotely|home[- ]based|from\s+home))\b",
     "hints": ["remote", "home", "telework", "wfh"],
     "examples": ["This is a remote-first role.", "Open to remote candidates", "The work can be done remotely.",
                  "This is a 3–6 months remote, full-time internship.", "WFH opportunity",
                  "Work from home opportunity"],
     "not": ["Travel to remote areas", "Occasional remote meetings with partners", "Company provided WFH setup"]},
    {"id": "remote_denied", "means": "remote_denied",
     "pattern": r"\bnot\s+(?:a\s+|an\s+)?(?:remote|home[- ]based|telework)|"
                r"\bnot\s+(?:be\s+)?(?:eligible|available|suitable|open)\s+(?:for|to)\s+remote|"
                r"\bno\s+(?:option\s+(?:for|of)\s+)?remote\s+(?:work|working|option)|"
                r"\bremote\s+(?:work(?:ing)?|options?|arrangements?)(?:\s+options?)?\s*(?:is\s+|are\s+|:\s*)?not\s+"
                r"(?:possible|available|offered|an\s+option|permitted|allowed|supported)|"
                r"\b(?:cannot|can\s*not|can't)\s+be\s+(?:done|performed|carried\s+out)\s+remotely|"
                # a job board's field: "Remote job: No", "Remote job" over "No", "Remote? No"
                r"\b(?:remote|telework)(?:\s+(?:job|work|working|position|role|eligible))?\s*[:?]\s*no\b",
     "hints": ["remote", "telework"],
     "examples": ["This is not a remote position.", "Remote work is not possible for this role.",
                  "This position is not eligible for remote work.", "Remote job: No", "No remote work.",
                  "Remote work options are not available", "Is this a remote position? No"],
     "not": ["Remote: Yes", "Open to remote candidates", "This is not a fully remote role"]},
    {"id": "negation", "means": "negation", "pattern": r"\b(?:not|never|no|non)[\s-]+(?:[\w-]+\s+){0,2}$",
     "examples": ["This is not a ", "This role is not fully "], "not": ["This is a ", "No travel. This is a "]},
    {"id": "hybrid_word", "means": "hybrid_word", "pattern": r"\bhybrid\b|partly\s+remote|partially\s+remote",
     "hints": ["hybrid", "remote"], "examples": ["Berlin, Germany (Hybrid)"], "not": ["Berlin"]},
    {"id": "hybrid_statement", "means": "hybrid_statement",
     "pattern": r"\bhybrid\s+(?:work|working|model|role|position|arrangement|schedule|set-?up|basis|mode)\b|"
                r"\b(?:partly|partially)\s+remote\b|"
                r"\bremote(?:ly)?\s+(?:work\s+|working\s+)?(?:(?:is\s+)?(?:possible|allowed|available|permitted)\s+)?"
                r"(?:for\s+)?up\s+to\s+(?:\d+|one|two|three|four)\s*"
                r"(?:%|per\s*cent|percent|days?)|"
                r"\b(?!100\b)\d+\s*(?:%|per\s*cent|percent)\s+(?:of\s+(?:the\s+|your\s+)?time\s+)?"
                r"(?:remote(?:ly)?|from\s+home)\b|"
                r"\b(?:\d|one|two|three|four)\s+days?\s+(?:a|per)\s+week\s+(?:remote(?:ly)?|from\s+home|"
                r"in\s+the\s+office|on[- ]site)\b|"
                # a field that counts the days: "Remote work: 2 days per week"
                r"\bremote(?:\s+work(?:ing)?)?\s*:\s*(?:\d|one|two|three|four)\s+days?\s+(?:a|per)\s+week\b",
     "hints": ["hybrid", "remote", "from home", "in the office", "on-site", "on site"],
     "examples": ["We offer the possibility of remote work up to 40% of the time.",
                  "Remote work possible up to 2 days a week.",
                  "Three days a week in the office, two from home", "Remote work: 2 days per week"],
     "not": ["Hybrid cars", "Remote areas", "100% remote"]},
]
