"""English section headings. `pattern` is searched in the lower-cased heading, trimmed of numbering and
trailing punctuation; `means` is a tier of lexicon/heading_tiers.py."""

ENTRIES = [
    {"id": "similar_jobs", "means": "chrome",
     "pattern": r"^(similar|related|recommended|more|other) (jobs|vacancies|positions|openings)$|"
                r"^(similar|related|recommended) (jobs|vacancies|positions)|^share (this|the) (job|vacancy)|"
                r"^(see )?more jobs like this|^people also viewed|^jobs you may (like|be interested in)",
     "examples": ["Similar jobs", "Share this job", "More jobs", "People also viewed"],
     "not": ["Jobs we offer", "Other positions in the team"]},
    {"id": "job_criteria", "means": "chrome",
     "pattern": r"^(seniority level|employment type|job function|industries|job criteria)$",
     "examples": ["Seniority level", "Job function"], "not": ["Employment type: full time and permanent"]},
    {"id": "who_may_apply", "means": "who_may_apply",
     "pattern": r"who (can|may|should) apply|^(required |candidate |your |the )?profile$",
     "examples": ["Who can apply", "Required profile", "Profile"], "not": ["Company profile"]},
    {"id": "application", "means": "apply",
     "pattern": r"(required|supporting|application) documents|documents (required|to (be )?submit)|"
                r"application (package|requirements)|requirements for (the |an )?application|"
                r"how to apply|application (process|procedure|instructions|questions)|to apply|"
                r"submission|apply now|inquiry|enquiry|questionnaire|interview questions|selection process|"
                r"^applications?$|^(interview|hiring) process$|^interested (candidates|applicants|persons|individuals)|"
                r"^next steps$|^application guidelines$|^how to submit|^apply$|^recruitment procedure|"
                r"^contact( details| information| us| person)?$|^what you need to do now$",  # Hays' closing call
     "examples": ["How to apply", "Required documents", "Application requirements", "Selection process",
                  "Interview Process", "Interested candidates", "Next steps", "Contact details"],
     "not": ["Requirements", "Documentation"]},
    {"id": "work_and_deliverables", "means": "work_and_deliverables",
     "pattern": r"(scope of (work|services)|duties|tasks|responsibilities|activities)\b.{0,20}"
                r"(\s(and|&)\s|\s?/\s?).{0,20}(deliverables?|outputs?)\b",
     "examples": ["Scope of work and deliverables", "Tasks / Outputs"], "not": ["Deliverables"]},
    {"id": "essential_functions", "means": "essential_functions",
     "pattern": r"^essential (job |key )?(functions|duties|responsibilities|tasks)\b|"
                # what the person will do, not who they are: "The successful candidate will be responsible for:"
                r"^(the )?((successful|ideal|right) (candidate|applicant|person)|post ?holder|job ?holder|"
                r"incumbent|appointee) will be responsible for( the following)?$|^responsible for$",
     "examples": ["Essential Job Functions", "Essential duties",
                  "Essential functions of the job include but are not limited to",
                  "The successful candidate will be responsible for:", "The post holder will be responsible for",
                  "Responsible for:"],
     "not": ["Essential qualifications"]},
    {"id": "outcomes", "means": "outcomes",
     "pattern": r"outcomes?\b|success (will be )?measured|key results|working relationships|key performance|"
                r"kpis?\b|deliverables?\b|expected outputs?|^outputs?$|reporting (lines|requirements)|"
                r"^results? of service$|^expected results?$|"  # UN consultancies (Inspira)
                # Mercy Corps: whom the post supervises and answers to ("Reports Directly To: ...")
                r"^supervisory responsibilit(y|ies)$|^accountability$|^reporting (line|relationships?)$",
     "examples": ["Deliverables", "Key performance indicators", "Expected outputs", "Result of Service",
                  "Expected results", "Supervisory Responsibility", "Accountability"], "not": ["Key tasks"]},
    {"id": "notes", "means": "notes",
     "pattern": r"equal(ity)? opportunit|diversity|inclusion|safeguarding policy|^child safeguarding|disclaimer|"
                r"data protection|privacy|notes? to (?:job )?(?:candidates|applicants)|additional (notes|information)|"
                r"^additional (job )?(details|data)$|"  # RBC, Select Medical: the posting's facts after its lists
                r"^for (more|further) (information|details)\b|"  # a link to the employer's pages
                r"other information|important notice|conditions of (employment|service)|^assessment|"
                r"^(employment |contract |general )?conditions$|"  # MSF's "CONDITIONS": the contract offered
                r"special notice|united nations considerations|^no fee|^recruitment process|^eeo\b|^eoe\b|"
                r"reasonable accommodations?|^(important|please note|notes?)$|^safeguarding$|\bfraud\b|"
                r"evaluation (method|process|criteria)|"
                # IRC's closing paragraphs: "Standard of Professional Conduct:", "Commitment to Gender, Equality, ..."
                r"professional (standards|conduct)|standards? (of|for) (professional )?conduct|code of conduct|"
                r"^commitment to\b|"
                # a form's closing block: who signs the terms of reference, not what they ask
                r"^(signatures?|approved by|approvals?|clearances?|prepared by|for (hr|office) use( only)?)$",
     "examples": ["Equal opportunities", "Additional information", "United Nations Considerations", "Signatures",
                  "CONDITIONS", "Employment conditions",
                  "For more information", "For further details",
                  "REASONABLE ACCOMMODATION STATEMENT", "Please note", "Safeguarding", "Beware of fraud",
                  "CHILD SAFEGUARDING"],
     "not": ["Information management"]},
    {"id": "contract_length", "means": "notes", "note": "how long and on what contract: before the duties tier, "
     "where 'assignment' would take 'Duration of Assignment'",
     "pattern": r"^(appointment|assignment|contract|consultancy|position|employment)\s+(duration|type|length|period)$|"
                r"^(duration|length|type|period)\s+of\s+(the\s+)?(appointment|assignment|contract|consultancy|post|"
                r"position|employment)$",
     "examples": ["Appointment Duration", "Duration of Assignment", "Type of contract", "Contract type"],
     "not": ["Assignment", "Scope of the assignment"]},
    {"id": "working_conditions", "means": "notes", "note": "when and where the work is done: neither duties "
     "nor qualifications, though 'requirements' is in the name",
     # the body's demands, as US postings list them for the ADA ("Sitting – Continuous", "Lifting – Occasional")
     "pattern": r"^(work(ing)? (schedule|hours|conditions|environment)|travel requirements?|"
                r"physical (requirements?|demands?|activit(y|ies))|physical and mental (requirements|demands)|"
                r"living conditions|environmental conditions)\b|^(schedule|job shifts?|shifts?|work environments?)$|"
                # Canada's Job Bank: "On site" / "Work must be completed at the physical location.", "Work setting"
                r"^(on site|work settings?|work site)$",
     "examples": ["WORK SCHEDULE OR TRAVEL REQUIREMENTS", "Working conditions", "Travel requirements",
                  "Physical Requirements", "Physical demands", "Living Conditions / Environmental Conditions",
                  "Schedule", "Job Shift", "On site", "Work setting"],
     "not": ["Work experience", "Requirements"]},
    {"id": "values", "means": "notes", "note": "asked of all staff: neither duties nor qualifications",
     "pattern": r"^behaviou?rs?\b|values in practice|^(our |core |company )?values$|social responsibility|^csr$|"
                # a company's name before its values: "Asset Control Values" ("asset" is no preference there)
                r"^[a-z][\w.&-]*( (?!and\b)[\w.&-]+)? values$|"
                # UNICEF: "For every Child, you demonstrate…" (its core values and competencies)
                r"^for every child, you demonstrate",
     "examples": ["Behaviours", "Core values", "Corporate Social Responsibility", "Asset Control Values",
                  "Company Values", "For every Child, you demonstrate…"],
     "not": ["Values-based leadership experience", "Responsibilities", "Skills and values"]},
    {"id": "benefits", "means": "benefits",
     "pattern": r"benefits|what we offer|we offer|we('ll| will) offer|perks|why (join|work)|why you('ll| will) love|"
                r"you('ll| will) (get|receive|enjoy)$|what's in it for (you|me)|in return|"
                r"why you('re| are| will be|'ll be) (excited|happy) (about|with|to join) us|"
                r"^we provide$|can offer( you)?\b|total rewards|^time off( program| policy)?$|"
                r"^our offer$|^what you get$|^what('s| is) on offer|^(the |our )?(salary |reward |benefits )?package$|"
                r"^rewards?$|^why us$",
     "examples": ["What we offer", "Benefits", "Why join us", "At Consensus, You'll Get:", "What's in it for you",
                  "What's in it for me?", "Why you're excited about us", "We provide",
                  "What Rocket Software can offer you in USA", "Our Total Rewards Package", "Time Off Program",
                  "Our offer", "What you get", "What's on offer", "The package", "Rewards", "Why us?"],
     "not": ["Beneficiaries", "What you'll do", "What you'll get to work on every day in this role"]},
    {"id": "pay", "means": "pay", "pattern": r"salary|remuneration|compensation|\bpay\b|\bfees?\b|rate of pay|^wages?$|"
                                              # a consultancy's terms: "40% upon signature" is no qualification
                                              r"^payments?( terms| schedule| modalit(y|ies))?$|"
                                              r"^(terms|schedule|modalit(y|ies)) of payments?$|"
                                              # a terms of reference's "6. Budget" after its qualifications
                                              r"^(consultancy |assignment |evaluation )?budget$",
     "examples": ["Salary", "Remuneration", "Rate of pay", "Wages", "Payment terms", "Schedule of payments",
                  "Budget"],
     "not": ["Payroll duties", "Payments processing"]},
    {"id": "dates", "means": "dates", "pattern": r"deadline|closing date|timeline|key dates|^time ?frame$",
     "examples": ["Deadline", "Closing date", "Timeframe"], "not": ["Dates of birth"]},
    {"id": "required_and_preferred", "means": "required_and_preferred",
     "pattern": r"(essential|required|minimum).{0,20}(desirable|preferred)|"
                r"(desirable|preferred).{0,20}(?<!not )(essential|required|minimum)",
     "examples": ["Essential / Desirable", "Required/Preferred Qualifications"],
     "not": ["Preferred skills", "Preferred but not required"]},
    {"id": "languages_first", "means": "languages_first", "pattern": r"^(working\s+)?languages?\b",
     "examples": ["Languages", "Language skills", "Working languages"], "not": ["Knowledge of languages"]},
    {"id": "preferred", "means": "preferred",
     # "Desired Candidate Profile", "Preferred candidate profile" (Naukri) are the profile asked for: required
     "pattern": r"desirable|preferred(?! (candidate )?profile)|desired(?! (candidate )?profile)|"
                r"(nice|good)[- ]to[- ]haves?|\bassets?\b|"
                r"advantageous|bonus points|plus points|extra (credit|points)|"
                # "It would be great if you have", "Even better if you have", "Bonus if you"
                r"(would be|it's|is) (great|nice|ideal|a bonus) if|even better if|^bonus if|"
                r"top picks|(is|would be) a plus$|would be a plus|additional qualifications|\badvantages?\b|"
                # Figma's "While it's not required, it's an added plus if you also have"
                r"\b(added|extra|big) plus\b|\ba plus if\b|"
                r"^(pluses|plus|bonus)$|^ideally,?( you('ll| will) (have|bring))?\b|"
                # Koch companies' "What Will Put You Ahead"; "What sets you apart", "What will make you stand out"
                r"\b(put|puts|set|sets) you (ahead|apart)\b|\bmakes? you stand out\b",
     "examples": ["Desirable", "Preferred Qualifications", "Nice to have", "NICE-TO-HAVE QUALIFICATIONS",
                  "You'll be one of our top picks if", "Good to Have:", "Good to have skills", "Good-to-have",
                  "Plus points", "It would be great if you have", "Even better if you have", "Ideally you will have",
                  "What Will Put You Ahead", "What sets you apart", "What will make you stand out", "Extra points",
                  "While it's not required, it's an added plus if you also have"],
     "not": ["Required qualifications", "Desired Candidate Profile", "Preferred candidate profile"]},
    {"id": "required", "means": "required",
     "pattern": r"qualification|requirement|required|person(al)? specification|"
                # (not a ministry's name: "Department for Education", "Ministry of Education" under a title)
                r"essential|competenc|\bskills\b|(?<!department for )(?<!department of )(?<!ministry of )education|"
                r"experience(?!d)|selection criteria|"
                r"eligibility|candidate profile|your profile|who you are|what you('ll| will)? bring|"
                r"what we look for|what we('re| are) looking for|about you|we are looking for|must[- ]haves?|"
                r"^what we (want|need|expect) from you|"
                r"what do you need|need to succeed|"  # RBC: "What do you need to succeed?", "Must-have"
                r"^who are you\b|^what are we looking for|^what you should have|^you (have|are)$|"
                r"(ideal|successful|right|perfect|suitable) (candidate|applicant)|^(the )?candidates?$|"
                r"knowledge|expertise|minimum|what (we|you) (expect|need)|what you('ll)? need|"
                r"(personal|key) (attributes|qualities)|(?<!company )(?<!role )(?<!job )(?<!position )\bprofile\b|"
                r"^what's needed|^what is needed|^pre-?requisites?$|^mandatory( skills| requirements)?$|"
                r"^skill ?sets?$|^(licen[cs]es?|certifications?)( (and|&) (licen[cs]es?|certifications?))?$|"
                r"^abilities$|^ksas?$|^what you (have|will need)$|"
                # UNICEF: "To qualify as an advocate for every child you will have…"
                r"^to qualify\b|^(the )?person$|^success factors$|"  # Oxfam's "The Person", Mercy Corps
                r"makes? you successful|to be successful|to succeed (in|at)|what (does|will) it take|"
                # "You will be successful in the role if", "This role is for you if", "What makes you a great fit"
                r"^(you|this role)\b.{0,60}\bif( you (have|are))?$|\b(great|good|strong|perfect|right) fit\b|"
                r"^is this you\b|^your background$|^personal suitability$|"  # Canada's Job Bank
                r"(we|we'll|we will) expect you to (have|bring|be)|^you (should|must|will) have$|^you('ll| will) need$|"
                r"^you('ll| will)? bring$|^you('re| are) bringing$|"
                # Indeed's screening fields, each item marked (Required) or (Preferred)
                r"^ability to (commute|relocate)|^willingness to travel$|^shift availability$|^you\??$|"
                # "We'd love to hear from you if you have", "We're looking for someone who has"
                r"\bif you (also )?(have|are)$|^we('re| are) looking for someone (who|with)\b",
     "examples": ["Qualifications", "Requirements", "What you'll bring", "The ideal candidate", "Personal suitability",
                  "Education and experience", "What's Needed?", "What Will Make You Successful",
                  "ON DAY ONE WE WILL EXPECT YOU TO HAVE", "You should have", "Key attributes",
                  "Ability to commute/relocate", "Willingness to travel", "You Will Be Successful In The Role If",
                  "You will thrive in this role if", "What makes you a great fit", "You?", "What Does It Take",
                  "Prerequisites", "Pre-requisites:", "Mandatory skills", "Skill set", "Certifications",
                  "Licenses and Certifications", "What you will need",
                  "To qualify you will have…", "The Person", "Success Factors", "What do you need to succeed?",
                  "Must-have", "Who are you?", "What are we looking for?", "You have", "What you should have",
                  "Is this you?", "Are you the right fit?", "Your background", "You bring:", "You'll bring",
                  "What we want from you", "We'd love to hear from you if you have",
                  "We're looking for someone who has"],
     # "ROLE PROFILE" heads Save the Children's whole job description: the document, not the candidate
     "not": ["Company profile", "Responsibilities", "Experienced Softwaredeveloper PHP (m/f)", "Skillshare",
             "Role profile", "Department for Education", "Ministry of Education"]},
    {"id": "languages", "means": "languages", "pattern": r"languages?\b",
     "examples": ["Foreign languages", "Official languages"],
     "note": "after the required tier: a heading naming knowledge or skills is a qualification heading",
     "not": ["Knowledge of languages"]},
    {"id": "objective", "means": "objective",
     "pattern": r"^(the )?(overall |general |main |specific )?objectives?"
                r"( of (the|this) (assignment|consultancy|consultation|position|project|post|contract|study|audit|"
                r"evaluation|review|survey|assessment|mission))?( (is|are))?$",
     "examples": ["Objective of the assignment", "Overall objective", "Objectives of the consultation",
                  "The objective of this audit is"],
     "not": ["Role objectives"]},
    {"id": "duties", "means": "duties",
     "pattern": r"responsibilit|duties|tasks|what you('ll| will)( get to)? do\b|your role|the role you|"
                r"^job description .|description of (duties|the assignment)|scope of (work|services)|"
                r"terms of reference|accountabilities|areas of accountability|main functions|key functions|"
                r"functions|activities|assignment|you will:?$|obligations|"
                r"^(you will be|you'll be) responsible for( the)?( following)?$|"
                r"day[- ]to[- ]day|in this role|your (mission|impact)|^(the )?missions?$|"
                r"role objectives|scope of consultancy|what you('ll|'d| will| would)( actually)? be doing|"
                r"spend (your )?time|your first \d+ days|key result areas|^kras?$|"
                r"^how (can|will) you make a difference|"  # UNICEF's duties
                r"^what will you do\b|"  # RBC
                r"^what will you be doing|^what (does|will) the (role|job|position) involve|"
                r"^(the|this) (role|job|position) involves?$|^what the (job|role) involves|"
                r"^what you('ll| will) be responsible for|^a day in the life|"
                r"^what's the (job|role)|^what is the (job|role)|^how (you('ll| will)|will you) contribute|"
                r"^what (does|will) (an?|the|our|this) [\w /&-]{2,50} do$|^what would you (do|be doing)\b|"
                r"^how you('ll| will) make an impact|"
                r"^what you('ll| will) (be )?work(ing)? on",
     "examples": ["Key Responsibilities", "Duties and Responsibilities:", "Scope of Consultancy",
                  "Role objectives", "What you'll do", "Your mission", "What's the Job?",
                  "What you'd actually be doing", "In your first 90 days you will",
                  "You'll be responsible for following", "What you’ll get to do:", "Key Result Areas",
                  "How can you make a difference?", "What will you do?", "What will you be doing?",
                  "What does the role involve?", "The role involves", "A day in the life",
                  "What you will be responsible for", "How you will contribute", "What you'll work on",
                  "WHAT DOES A SENIOR ART DIRECTOR DO?", "What would you do?",
                  "How You'll Make An Impact"],
     "not": ["Responsible person", "Preparatory phase", "Software Developer Job Description Template"]},
    {"id": "about", "means": "about",
     # (not "About the role": the post, which may hold its tasks)
     "pattern": r"^about(?! (the|this|your) (role|job|position|opportunity|vacancy|post|assignment|internship)s?\b)|"
                r"who we are|our (organi[sz]ation|company|mission|team)|organi[sz]ation\b|"
                r"^org(anizational|anisational|\.)? setting\b|"  # the UN Secretariat's opening section
                r"^project (description|overview|summary)$|^our vision\b|^your new (company|employer)$|"  # Hays
                r"company (profile|overview|description|summary)|background|context",
     "examples": ["About us", "Who we are", "Background", "Company profile", "COMPANY SUMMARY",
                  "Organizational Setting", "Org. Setting and Reporting"],
     "not": ["Team lead", "Organizational Learning", "About the role"]},
    {"id": "summary", "means": "summary",
     "pattern": r"^(job|position|role|vacancy) (overview|summary|purpose)|^(main )?purpose of the (job|post|position)|"
                r"^overview|^summary|^(the )?role$|^purpose|^introduction|^(job|role|position) description$|"
                r"^description$|^position$|^vacancy$|"
                # job boards' own section names above the posting (Indeed, LinkedIn, Workday)
                r"^job details$|^full job description$|^posting information$|^brief description$|"
                r"^(job|role|position) brief$|^the (position|job|post)$|^what is the opportunity|"
                r"^about (the|this|your) (role|job|position|opportunity|vacancy|post|assignment|internship)s?\b|"
                r"^(the |this )?opportunity$|^your job$|"  # Koch companies' summary (Georgia-Pacific, Molex)
                r"^(main|primary|overall) purpose\b|^job (profile|specification)$|^your new (role|job)$",  # Hays
     "examples": ["Job summary", "Purpose of the job", "The role", "Job details", "Full job description", "Job brief",
                  "The Position", "What is the opportunity?", "The Opportunity", "Your Job", "About the Role",
                  "About the job", "Main Purpose", "Job Profile"],
     "not": ["Roles of the team"]},
    {"id": "terms", "means": "terms",
     "pattern": r"^(location|work location|job location|duty station|place of work|contract|terms|(expected )?duration|"
                r"reporting|"
                r"reports to|travel|start date|expected start|working (conditions|hours))|"
                # the facts UN agencies' recruitment system (Inspira, UNHCR) prints first, each over its value
                r"^(hardship level|family type|family location|residential location|"
                r"staff member ?/ ?affiliate type|target start date|job posting end date|remote work accepted)\b|"
                r"^(general|position|post|job|vacancy) (information|details|identification)$|"
                # a fact's name over its value, on a line of its own
                r"^(line manager|supervisor|grade|band|nationality|department|"
                r"number of (positions|posts|vacancies|openings)|starting date|key information)$",
     "examples": ["Location", "Duration", "Reports to", "Start date", "Duty Station", "Hardship Level", "Family Type",
                  "Staff Member / Affiliate Type", "Job Identification", "Position Information", "General Information",
                  "Line Manager", "Number of Positions", "Starting Date", "Key Information"],
     "not": ["Relocation"]},
]
