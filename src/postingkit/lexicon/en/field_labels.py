"""The labels of "Label: value" lines and key/value table rows, by the field their value feeds. A pattern is
searched in the lower-cased label; anchored ones (^...$) must be the whole label."""

ENTRIES = [
    {"id": "title", "means": "title",
     "pattern": r"^(job\s+title|posi?tion\s+title|post\s+title|(assignment|consultancy|vacancy)\s+title|title|"
                r"position|role|post|vacancy|job|consultancy|(position|job|role|post|vacancy)\s+name|"
                r"assignment|title\s+of\s+(the\s+)?(assignment|consultancy|position|post)|"
                # "Designation: Sales Executive" (Indian boards), "Posting Title: ..." (UN Inspira)
                r"job\s+(position|role)|role\s+title|posting\s+title|designation|"
                # "Functional title: ...", "Working title: ..." (UN agencies, US universities)
                r"(functional|working|official|business)\s+(job\s+)?title|"
                r"(job\s+|post\s+|position\s+)?title\s*(&|and)\s*grade)$",  # "Job Title & Grade: X, Grade 7"
     # "POSTION TITLE": a label misspelt as often as this one is still the label
     "examples": ["Job title: Project Officer", "Position: Driver", "POSTION TITLE: Intern", "Job Position: Driver",
                  "Functional title: Finance Officer",
                  "Designation: Sales Executive", "Posting Title: Information Officer",
                  "Job Title & Grade: MEAL Manager, Grade 7"],
     "not": ["Position type: Full time"]},
    {"id": "organization", "means": "organization",
     "pattern": r"^(organi[sz]ation|company|employer|hiring\s+organi[sz]ation|agency|institution|entity|"
                r"office|department\s*/\s*office|organi[sz]ation\s+name|client|posted\s+by|"
                r"(company|employer)\s+name|name\s+of\s+(the\s+)?(organi[sz]ation|company|employer))$",
     "examples": ["Organization: UNICEF", "Hiring organisation: Save the Children", "Office : UNDP Kosovo"],
     # a department is a unit of the employer ("Department: HQ - Technology", "DEPARTMENT: Development")
     "not": ["Organization type: NGO", "Department: HQ - Technology"]},
    {"id": "reference", "means": "reference",
     "pattern": r"^(vacancy\s+(no|number|notice|ref\w*|id)|reference(\s+(no|number|code))?|ref\.?(\s+no)?|"
                r"job\s+(id|no|number|ref\w*|identification(\s+number)?)|(job\s+)?requisition(\s+(id|no|number))?|vn|"
                r"req(\.|uisition)?\s+(id|no|#)|"
                r"post\s+number|position\s+(number|id)|job\s+code|job\s+opening\s+(id|number))\.?$",
     "examples": ["Vacancy No: VN/2024/12", "Job ID: 12345", "Ref. No.: 7/2024", "Job Requisition ID: R-12345",
                  "Job no: 571234",
                  "Req ID: 12345"], "not": ["References: two"]},
    {"id": "location", "means": "location",
     "pattern": r"locations?|duty\s*station|country|place\s+of\s+(work|assignment)|based|work\s*place|city|"
                r"^(work\s+)?address$|^venue$",
     "examples": ["Duty Station: Kyiv, Ukraine", "Job locations: Exeter", "Place of work: Skopje",
                  "Venue: Orange County Convention Center"],
     "not": ["Job type: Contract", "Email address: jobs@example.org"]},
    {"id": "pay", "means": "pay", "pattern": r"salary|remuneration|pay|compensation|fee|rate|wage|stipend",
     "examples": ["Salary: $70,000 per year", "Daily fee: EUR 300"], "not": ["Start date: 1 May 2025"]},
    {"id": "terms", "means": "terms",
     "pattern": r"job\s+type|contract|employment|appointment|type|duration|schedule|hours",
     "examples": ["Job type: Full-time", "Contract duration: 12 months"], "not": ["Location: Berlin"]},
    {"id": "languages", "means": "languages",
     "pattern": r"^((working|required)\s+)?languages?(\(s\))?(\s+(required|requirements?|skills?|needed))?$",
     "examples": ["Languages: English, French", "Language requirements: fluent English",
                  "Required Languages: English and Arabic", "Required Language(s): English"],
     "not": ["Language of the notice: English", "Desired Languages: French"]},
    {"id": "languages_preferred", "means": "languages_preferred",
     "note": "the languages a form's field says are an advantage (UNDP: 'Desired Languages')",
     "pattern": r"^(desired|desirable|preferred|additional|optional)\s+languages?(\(s\))?$",
     "examples": ["Desired Languages: French", "Preferred language: Spanish", "Preferred Language(s): Amharic"],
     "not": ["Required Languages: English"]},
    {"id": "experience", "means": "experience", "pattern": r"experience|exp\.?",  # "Exp: 2-4 years" (Naukri)
     "examples": ["Experience: 5 years", "Exp: 2-4 years"], "not": ["Education: Master's degree"]},
    {"id": "education", "means": "education", "note": "the degree a form's field asks for: an education level",
     "pattern": r"^(education(al)?(\s+(qualifications?|requirements?|level|background))?|"
                r"(academic|minimum|required)\s+(qualifications?|education)|qualification|degree)$",
     "examples": ["Education: B.E./B.Tech or MCA", "Educational qualification: Graduate", "Qualification: MBA"],
     "not": ["Education sector: primary schools", "Experience: 5 years"]},
    {"id": "supervisor", "means": "supervisor", "note": "who the holder reports to: a fact about the post",
     "pattern": r"^((direct|immediate)\s+)?supervisor$|^report(s|ing)\s+to$|^reporting\s+line$",
     "examples": ["Supervisor: Project Manager", "Reports to: Country Director"], "not": ["Supervisory skills"]},
    {"id": "grade", "means": "grade",
     "pattern": r"^(grade|level|post\s+level|band|pay\s+grade|salary\s+grade|category\s+and\s+level|"
                r"classification|grade\s+and\s+classification|pay\s+scale\s+(?:&|and)\s+grade)$",
     "examples": ["Grade: P-3", "Category and level: NO-B", "Classification: General Service, Grade G6",
                  "Pay scale & grade: GS 12"],
     "not": ["Level of effort: 20 days"]},
]
