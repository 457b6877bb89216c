"""What a notice says about its own recruitment process: who will be contacted, calls, fraud warnings, checks,
thanks. Never a requirement of the candidate, though a notice set in paragraphs puts it under the last section
(the requirements, the languages) with no heading between. `means` is always "process"."""

ENTRIES = [
    {"id": "contacted", "means": "process",
     "pattern": r"\b(?:will|shall)\s+(?:only\s+)?be\s+(?:contacted|notified|invited\s+(?:for|to)\s+(?:an?\s+)?"
                r"(?:interview|test|assessment))\b",
     "hints": ["contacted", "notified", "invited"],
     "examples": ["Only shortlisted candidates will be contacted.",
                  "only applicants who meet the required qualifications will be contacted"],
     "not": ["Experience contacting suppliers", "Ability to notify the team of delays"]},
    {"id": "application_language", "means": "process",
     "note": "the language the application is written in, not one the job asks for",
     "pattern": r"\b(?:applications?|cvs?|resumes?|documents)\s+(?:must|should|shall|are\s+to|will\s+only)\s+be\s+"
                r"(?:submitted|written|sent|accepted|considered)\s+(?:only\s+)?in\b|"
                r"\bonly\s+(?:applications?|cvs?)\s+(?:submitted\s+|written\s+)?in\s+\w+\s+will\s+be\b",
     "hints": ["applica", "cv ", "cvs", "resume", "documents", "only"],
     "examples": ["Applications must be submitted in English.", "Only applications in English will be considered."],
     "not": ["Applications must include a cover letter.", "Fluency in English is required."]},
    {"id": "calls", "means": "process", "pattern": r"\bno\s+(?:tele)?phone\s+calls\b|\bplease\s+do\s+not\s+"
                                                   r"(?:call|phone|telephone)\b",
     "hints": ["calls", "do not"],
     "examples": ["No phone calls please.", "Please do not call the office."],
     "not": ["Handle phone calls from clients"]},
    {"id": "thanks", "means": "process", "pattern": r"\bthank\s+you\b[^.]{0,40}\binterest\b|\bthanks\s+for\s+your\s+"
                                                    r"interest\b",
     "hints": ["thank"],
     "examples": ["Thank you very much for your interest in Project HOPE.", "Thanks for your interest!"],
     "not": ["Interest in public health"]},
    {"id": "fraud", "means": "process",
     "pattern": r"\b(?:does|do|will)\s+not\s+(?:charge|request|solicit|conduct\s+direct)\b|\bnever\s+(?:asks?|charges?|"
                r"requests?|sends?)\b[^.]{0,40}\b(?:fee|payment|money|financial|check|cheque)|\bfraudulent\b|\bscams?\b",
     "hints": ["not", "never", "fraudulent", "scam"],
     "examples": ["Project HOPE does not conduct direct solicitation/recruitment via email.",
                  "We never ask applicants for payment or financial information.",
                  "The organisation does not charge any fee at any stage of the recruitment process."],
     "not": ["Does not require supervision", "Never compromises on quality"]},
    {"id": "checks", "means": "process",
     "pattern": r"\bsubject\s+to\s+(?:an?\s+|the\s+)?(?:satisfactory\s+|appropriate\s+)?(?:(?:reference|background|"
                r"security|pre-employment|criminal|medical)\s+(?:checks?|clearance|screening|vetting|examination)|"
                r"screening|vetting)|\bcriminal\s+(?:background|record)s?\s+(?:check\s+)?(?:certificate|disclosure)",
     "hints": ["subject to", "criminal"],
     "examples": ["All offers of employment will be subject to reference checks and to appropriate screening.",
                  "Appointment is subject to a satisfactory background check.",
                  "All posts are subject to vetting checks including criminal records disclosure.",
                  "UPP requires criminal background check certificate (released max 3 months before the job offer)."],
     "not": ["Subject matter expertise in nutrition",
             "Willingness to travel in a high-risk context, subject to security procedures",
             "The candidate must satisfactorily complete a criminal background check."]},
    {"id": "encouraged", "means": "process",
     "pattern": r"\b(?:encourages?|welcomes?|invites?)\s+(?:all\s+|qualified\s+|interested\s+)?(?:applications|"
                r"candidates|applicants)\b|\b(?:candidates|applicants|women|persons)\b[^.]{0,60}\bare\s+"
                r"(?:strongly\s+)?encouraged\s+to\s+apply\b",
     "hints": ["encourage", "welcome", "invite"],
     "examples": ["UPP encourages all candidates irrespective of gender, religion and ethnicity to apply.",
                  "We welcome applications from individuals of all backgrounds.",
                  "Women and persons with disabilities are strongly encouraged to apply."],
     "not": ["Encourage the team to share knowledge", "Welcome visitors at the reception"]},
    {"id": "how_to_submit", "means": "process", "note": "where, how or by when to send the application",
     "pattern": r"\b(?:applications?|cvs?|resumes?)\s+(?:must|should|shall|are\s+to)\s+be\s+(?:submitted|received|"
                r"sent|addressed|uploaded)\b|"
                r"\binterested\s+(?:candidates|applicants|persons|individuals)\s+(?:should|must|are\s+(?:invited|"
                r"requested)\s+to|may)\s+(?:submit|send|apply)\b",
     "hints": ["applica", "cvs ", "cv ", "resume", "interested"],
     "examples": ["Applications should be submitted no later than December 28th, 2026.",
                  "Interested candidates should send their CV to jobs@example.org."],
     "not": ["Applications must include a cover letter.", "Ability to submit reports on time"]},
    {"id": "terms_offered", "means": "process",
     "note": "what the one chosen will be offered: the terms, not a requirement",
     "pattern": r"\b(?:successful|selected|chosen)\s+(?:candidates?|applicants?|consultants?)\s+will\s+be\s+"
                r"(?:hired|employed|engaged|offered|appointed|contracted|placed)\b",
     "hints": ["successful", "selected", "chosen"],
     "examples": ["Successful candidates will be hired on a local employment contract.",
                  "The selected candidate will be offered a 12-month contract."],
     "not": ["Successful candidates will have five years of experience."]},
    {"id": "submitting", "means": "process", "pattern": r"\bby\s+(?:submitting|sending)\s+(?:an?|your|this)\s+"
                                                        r"application\b",
     "hints": ["by submitting", "by sending"],
     "examples": ["By submitting an application, the job applicant confirms his/her understanding."],
     "not": ["Submitting reports on time"]},
]
