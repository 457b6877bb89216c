"""The English words headings are made of (the headings themselves are lexicon entries: lexicon/*/headings.py)."""
from __future__ import annotations

# Words a section heading is made of. A short line the vocabulary files under duties or qualifications
# ("Scope of work", "Education and experience") is a heading when it holds only such words; with any
# other word it is more likely an item of an unbulleted list ("Excellent communication skills"); the words
# of a job board's questions are among them ("What We Look For", "What You'll Do", "Who You Are").
HEADING_WORDS = frozenset("""
    a an and the of for to in on your our we you what who job post position role roles assignment consultancy
    scope work services terms reference key main core specific general principal major other additional
    primary daily
    duties duty responsibilities responsibility tasks task functions function activities accountabilities
    description summary objectives objective deliverables outputs expected
    requirements requirement required qualifications qualification skills skill experience education
    competencies competency knowledge expertise languages language profile criteria selection eligibility
    minimum essential desirable desired preferred person personal specification candidate academic professional
    technical work-related relevant ideal successful suitable right candidate candidates applicant applicants
    look looking bring need do are will you'll you’ll we're we’re have
    offer offers bonus points nice benefits perks
    & / - –
""".split())
# Nouns that, first on a line, make it a heading whatever follows ("Tasks of the expert"); an item
# starts with what it asks or does ("Experience in...", "Support the...").
HEADING_NOUNS = frozenset("scope duties tasks responsibilities requirements qualifications terms functions "
                          "competencies accountabilities".split())

# Headings the vocabulary files elsewhere that, under a duties heading, name an area of the work and group the
# duties below them: Mercy Corps' "Essential Job Responsibilities" / "MONITORING" / "REPORTING" / "SECURITY",
# Save the Children's "Monitoring and evaluation" / "Accountability" / "Learning" ("Reporting" alone elsewhere is
# where the post reports to; "Accountability" after the duties, whom it answers to).
DUTY_AREAS = frozenset({"reporting", "accountability"})
