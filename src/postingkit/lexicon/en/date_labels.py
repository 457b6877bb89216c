"""Labels a deadline or a posting date follows. `means`: deadline, posted, or extended (an extension replaces
the first deadline wherever the two stand). `hints`: a line must hold one for the pattern to be tried on
it; `starts`: the words a match can begin with (the pattern is tried only there)."""

ENTRIES = [
    {"id": "deadline", "means": "deadline",
     "pattern": r"deadline|clos(?:e|ing)\s+date|clos(?:e|es|ing)\s+on|closes\b|^closing(?=\s*:)|"
                r"apply\s+(?:by|before|no\s+later\s+than|until)|"
                r"last\s+day\s+(?:to\s+apply|for\s+(?:applications|applying|submission))",
     "hints": ["deadline", "clos", "apply", "last day"], "starts": ["deadline", "clos", "apply", "last"],
     "examples": ["Deadline: 14 July 2024", "Apply by Friday, 5 July 2024 at 17:00 CET.", "Closes on 3 June 2024",
                  "Close date: 2025-08-04", "Closing: 15/3/25"],
     "not": ["Published on 3 June 2024; contract starts 1 July 2024"]},
    {"id": "received_by", "means": "deadline",
     "pattern": r"applications?\s+(?:must|should|will)\s+be\s+(?:received|submitted|sent)|not?\s+later\s+than|"
                r"last\s+date|submission\s+date|valid\s+(?:through|until)|applications?\s+close|"
                r"(?:open|accepted)\s+until|accepted\s+through|end\s+date\s+for\s+applications?|expir(?:e|y|ation|es)\s+date|"
                r"(?<!\S)expires(?:\s+on)?(?=\s*:)|posting\s+(?:end|close|closing|expiry)\s+date|"
                # "Applications received after 14 March 2025 will not be considered"
                r"(?:applications?|cvs?|submissions?|proposals?)\s+(?:received|submitted|sent)\s+after|"
                # "We will review applications on a rolling basis until 15 January 2026"
                r"rolling\s+basis\s+(?:until|through|till)|"
                # "Application Due Date: 12/15/2026", "Applications must reach us by 15.12.2026"
                r"applications?\s+due(?:\s+date)?|(?:must|should)\s+reach\s+(?:us|the\s+\w+)\s+by|"
                # Canada's Job Bank: "Advertised until" over the date
                r"advertised\s+until",
     "hints": ["applica", "later than", "last date", "submission", "valid", "until", "expir", "end date",
               "posting", "received after", "submitted after", "sent after", "rolling", "reach"],
     "starts": ["applica", "no", "last", "submission", "valid", "open", "accepted", "end", "expir", "posting", "job",
                "cv", "proposal", "rolling", "must", "should", "advertised"],
     "examples": ["Applications must be received by 1 May 2025", "Valid through: 2025-05-01",
                  "Expire Date: 04 August, 2025", "Job posting end date: 04/30/2025",
                  "Applications received after 14 March 2025 will not be considered",
                  "Applications will be accepted through January 15, 2026.",
                  "All applications must reach us not later than 4th June 2025 at 12 noon.",
                  "We will review applications on a rolling basis until 15 January 2026.",
                  "Application Due Date: 12/15/2026", "Applications must reach us by 15.12.2026 latest",
                  "Advertised until: 2027-01-20"],
     "not": ["Valid for two years from 1 May 2025", "Reports are due on 15 January 2026"]},
    {"id": "posting_period_end", "means": "deadline",
     "note": "US federal announcements: 'Open Period: 2/25/2015 – 3/10/2015', 'Open & closing dates: ... to ...'",
     "pattern": r"(?:posting|open(?:ing)?|vacancy|announcement|application)\s+(?:period|window)[:\s][^\n]{0,40}?"
                r"\s(?:-|–|—|to|until)\s|"
                r"open\s+(?:&|and)\s+closing\s+dates?[:\s][^\n]{0,40}?\s(?:-|–|—|to|until)\s",
     "hints": ["period", "window", "closing date"], "starts": ["posting", "open", "vacancy", "announcement", "applica"],
     "examples": ["Posting Period: 12 August 2024 - 10 September 2024", "Open Period: 2/25/2015 – 3/10/2015",
                  "Application window: 20 May 2025 - 4 June 2025",
                  "Open & closing dates: 02/25/2015 to 03/10/2015"],
     "not": ["Posting period: 30 days"]},
    {"id": "sent_by", "means": "deadline",
     "note": "the documents first, then how and by when: 'CVs should be sent to jobs@example.org by 4 June 2025'",
     "pattern": r"(?:cvs?|resumes?|applications?|documents|proposals?)\s+(?:should|must|are\s+to|can|may)\s+be\s+"
                r"(?:sent|submitted|e-?mailed|addressed|forwarded|delivered)(?:[^.\n]|\.(?=\w)){0,160}?\s"
                r"(?:by|before|until|not?\s+later\s+than)",
     "hints": ["sent", "submitted", "mailed", "addressed", "forwarded", "delivered"],
     "starts": ["cv", "resume", "applica", "document", "proposal"],
     "examples": ["CVs should be sent to jobs@example.org by 4 June 2025.",
                  "Proposals must be submitted electronically to tenders@example.org before 4 June 2025"],
     "not": ["CVs should be sent to jobs@example.org. Interviews on 4 June 2025"]},
    {"id": "send_by", "means": "deadline",
     "note": "'to tenders@example.org': a dot inside an address goes on",
     "pattern": r"(?:send|submit|email)\s+(?:your\s+|a\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
                r"(?:cv|resume|résumé|applications?|documents|proposals?|offers?|bids?|expressions?\s+of\s+interest)"
                # what to enclose may come between, within the sentence
                r"(?:[^.\n]|\.(?=\w)){0,160}?\s(?:by|before|until|no\s+later\s+than)",
     "hints": ["send", "submit", "email"], "starts": ["send", "submit", "email"],
     "examples": ["Please send your CV to jobs@example.org by 3 June 2025",
                  "Candidates must submit application letters enclosing a detailed curriculum vitae (CV), with three "
                  "(3) traceable references and copies of qualifications to the undersigned by 31st January 2020"],
     "not": ["Send your CV to jobs@example.org. Interviews on 3 June 2025"]},
    {"id": "posted", "means": "posted",
     "pattern": r"date\s+posted|posted\s+(?:on|date)|posting\s+date|posting\s+period|^posted|published(?:\s+on)?|"
                r"open(?:ing)?\s+period|open\s+(?:&|and)\s+closing\s+dates?|"
                r"publication\s+date|date\s+of\s+(?:publication|issue|posting|announcement)|issued\s+on|"
                r"^issue\s+date(?=\s*:)|"  # "Issue Date: 3 June 2025" (a call for proposals, a UN vacancy notice)
                r"opening\s+date|date\s+opened|job\s+posted|job\s+posting\s*:|"
                r"(?:vacancy|position|job|post|call)\s+(?:was\s+|is\s+)?announced\s+on|announce(?:ment|d)\s+date|"
                r"release\s+date|^created(?:\s+(?:at|on))?(?=\s*:)|"
                r"^advertised(?:\s+on)?(?=\s*:)|"  # UNICEF: "Advertised: 12 Feb 2024 E. Africa Standard Time"
                # "Vacancy posted 3 March 2025", "Advertised on 3 March 2025" (a date right after, no colon)
                r"(?:vacancy|position|job|post)\s+(?:was\s+)?posted(?:\s+on)?(?=\s+\d)|^advertised\s+on(?=\s+\d)",
     "hints": ["posted", "posting", "publi", "issue", "opening date", "opened", "announc", "release", "open period",
               "opening period", "closing date", "created", "advertised"],
     "starts": ["date", "posted", "posting", "published", "publication", "issue", "opening", "job", "announc",
                "release", "vacancy", "position", "post", "call", "open", "created", "advertised"],
     # "Open Period: 2/25/2015 – 3/10/2015" opens on its first date (and closes on the second: posting_period_end)
     "examples": ["Date posted: 3 June 2024", "Published on 3 June 2024", "Job Posting : Apr 17 2024",
                  "Vacancy posted 3 March 2025", "Advertised on 3 March 2025",
                  "Advertised: 12 Feb 2024 E. Africa Standard Time",
                  "Created at: January 23, 2023", "Announced Date: 30 July, 2025", "Issue Date: 3 June 2025"],
     "not": ["Last updated: 3 June 2024"]},
    {"id": "extended", "means": "extended",
     "note": "the line must speak of applications: 'The contract may be extended to 31 December' is no deadline",
     "pattern": r"(?:deadline|closing\s+date|applications?|vacancy|call|submission)[^\n]{0,60}?"
                r"(?:extended|prolonged|postponed)(?:\s+(?:to|until|till)\b)?|new\s+(?:deadline|closing\s+date)",
     "hints": ["extended", "prolonged", "postponed", "new deadline", "new closing"],
     "starts": ["deadline", "closing", "applica", "vacancy", "call", "submission", "new"],
     "examples": ["The deadline has been extended to 20 March 2025."],
     "not": ["The contract may be extended to 31 December 2025."]},
]
