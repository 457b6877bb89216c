"""The period an amount pays for, as written beside it. `means` is the record's period; where several are
near an amount the one right after it wins, else the nearest before it."""

ENTRIES = [
    {"id": "hour", "means": "hour", "pattern": r"hourly|per\s+hour|an\s+hour|/\s*h(?:ou)?r\b|\d\s*hr\b|p/h|per\s+hr",
     "examples": ["Pay: $18 - $28 per hour", "Pay: $22/hr"], "not": ["Pay: $3,000 per month; 40 hours per week"]},
    {"id": "day", "means": "day",
     "pattern": r"daily|per\s+(?:one\s+)?day|a\s+day\b|/\s*(?:one\s+)?day|day\s+rate|per\s+diem\s+rate|"
                r"per\s+working\s+day|\bp/d\b|(?-i:\bpd\b)",  # a UK contractor's "£300-£350 p/d", "£400pd"
     "examples": ["Fee: EUR 300 per working day", "Daily fee: USD 250", "Wage: $ 100 USD /one day",
                  "Rate: £300-£350 p/d", "Rate: £400pd outside IR35"],
     "not": ["Salary: EUR 300 per month"]},
    {"id": "week", "means": "week", "pattern": r"(?<![\w-])weekly|per\s+week|a\s+week\b|/\s*w(?:ee)?k|\bp/w\b",
     "note": "'biweekly' is every two weeks: no period of the record's",
     "examples": ["Pay: £500 per week"],
     "not": ["Salary: £2,000 per month, five days a week", "Salary: $2,000 biweekly"]},
    {"id": "month", "means": "month",
     "pattern": r"monthly|per\s+month|a\s+month\b|/\s*mo(?:nth)?\b|p\.?\s?m\.(?!\w)|per\s+calendar\s+month",
     "examples": ["a monthly remuneration of 1,609.42 Euro", "Salary: €2,000 p.m."],
     "not": ["Salary: €24,000 per annum"]},
    {"id": "year", "means": "year",
     "pattern": r"per\s+(?:annum|year)|annual(?:ly)?|yearly|a\s+year\b|/\s*y(?:ea)?r\b|p\.\s?a\.?|\bpa\b|"
                r"\blpa\b|l\.p\.a",  # lakhs per annum
     "examples": ["Salary: £30,393 pa", "an annual salary of $55,000", "CTC: 6-8 LPA"],
     "not": ["Salary: $5,000 per month"]},
    {"id": "total", "means": "total",
     "pattern": r"lump[\s-]sum|in\s+total|total\s+(?:fee|amount|of)|,\s+total\s+(?=\S*\d|[A-Z]{3}\b)|"
                r"for\s+the\s+(?:whole|entire)\s+(?:assignment|contract|consultancy)|"
                # a terms of reference's "The total budget for this consultancy is EUR 18,000"
                r"total\s+budget\s+(?:for|of)\s+(?:this|the)\s+(?:consultancy|assignment|evaluation|contract)|"
                # "for an eight-week periodSalary of $4,200": the pay of a fixed programme, an internship's
                r"(?:for|over)\s+(?:an?|the)\s+[\w-]+[\s-]weeks?[\s-](?:period|program(?:me)?|internship)",
     "examples": ["Fee: a lump sum of EUR 5,000", "Salary of $4,200 for a ten-week internship",
                  "The total budget for this consultancy is EUR 18,000"],
     "not": ["Fee: EUR 5,000 per month"]},
]
