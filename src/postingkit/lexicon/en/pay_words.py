"""Words that make a sentence talk about pay. `hints` are the plain substrings the pre-filter looks for
before the pattern runs (tests/test_lexicon.py checks every example holds one)."""

ENTRIES = [
    {"id": "salary", "means": "pay",
     "pattern": r"salar|remunerat|wage|compensation|stipend|honorari|gross|\bctc\b|\blpa\b",
     "hints": ["salar", "remunerat", "wage", "compensation", "stipend", "honorari", "gross", "ctc", "lpa"],
     "examples": ["The salary is competitive", "Remuneration: according to the scale", "a stipend of 500",
                  "CTC: 6-8 LPA"],
     "not": ["The team is small"]},
    {"id": "pay_verb", "means": "pay", "pattern": r"\bpa(?:y|id|ying|ys)\b|\bfees?\b|\bearn|hiring\s+range|"
                                                  r"hourly\s+contract|\brates?\b",
     "hints": ["pay", "paid", "fee", "earn", "hiring range", "hourly", "rate"],
     "examples": ["This role pays well", "Daily fee to be agreed", "The hiring range for this role"],
     "not": ["Payroll audits", "Accurate reporting"]},
    {"id": "per_period", "means": "pay",
     "pattern": r"per\s+(?:annum|month|hour|day)|net\s+(?:monthly|annual)|lump[\s-]sum|pro[\s-]rata",
     "hints": ["per ", "net ", "lump", "pro rata", "pro-rata"],
     "examples": ["30,000 per annum", "A lump sum for the assignment", "pro rata for part-time"],
     "not": ["Five days a week in the office"]},
    {"id": "unpaid", "means": "unpaid", "note": "says the post is not paid: pay of 0, in no currency",
     "pattern": r"\b(?:are|is)\s+not\s+(?:financially\s+)?(?:remunerated|paid)\b|"
                r"\b(?:this|the)\s+(?:internship|position|role|post|assignment)\s+is\s+(?:an?\s+)?unpaid\b|"
                r"\bunpaid\s+(?:internship|position|role|post)\b",
     "hints": ["not paid", "not remunerated", "not financially", "unpaid"],
     "examples": ["Interns are not financially remunerated by the United Nations.", "This internship is unpaid."],
     "not": ["related unpaid and/or volunteer work experience may be used as qualifying work experience"]},
]
