"""The nouns a job title ends in ("Project Officer", "Senior Data Analyst"); a title or a prose phrase naming a
role is read by them. The plural is matched too."""

ENTRIES = [
    {"id": "roles", "means": "role",
     "words": ["officer", "manager", "lead", "leader", "coordinator", "co-ordinator", "assistant", "consultant",
               "specialist", "adviser", "advisor", "director", "analyst", "engineer", "mentor", "expert",
               "associate", "intern", "head", "researcher", "developer", "administrator", "representative",
               "facilitator", "trainer", "editor", "designer", "accountant", "auditor", "economist", "lawyer",
               "driver", "clerk", "technician", "scientist", "fellow", "volunteer", "translator", "interpreter",
               "secretary", "programmer", "nurse", "doctor", "teacher", "lecturer", "professor", "chief",
               "supervisor", "executive", "planner", "strategist", "writer", "producer", "agent", "inspector",
               "monitor", "architect", "chef", "cook", "cashier", "pharmacist", "therapist", "counsellor",
               "counselor", "electrician", "mechanic", "operator", "dentist", "physician", "paralegal", "attorney",
               "recruiter", "buyer", "estimator", "surveyor", "controller", "bookkeeper", "receptionist", "caregiver",
               "tutor", "instructor", "coach", "investigator", "tester",
               "dev",  # "Full Stack Dev", "Artificial Intelligence Dev" (realdocs visnet)
               # trades and services job boards list: "Diplomatic Courier" was read as an employer's name
               "courier", "worker", "cleaner", "waiter", "waitress", "barista", "bartender", "housekeeper", "porter",
               "dispatcher", "welder", "plumber", "carpenter", "labourer", "laborer", "gardener", "janitor",
               "custodian", "salesperson", "merchandiser", "midwife", "paramedic", "hygienist", "optician",
               "veterinarian", "psychologist", "machinist", "baker", "butcher", "apprentice", "trainee",
               # humanitarian field roles and a few more trades: "Social Media Moderator", "Data Enumerator"
               "moderator", "enumerator", "mobilizer", "mobiliser", "guard", "statistician", "storekeeper",
               "librarian", "nanny",
               # US boards' shortened nouns: "Customer Service Rep", "Warehouse Operative", "Sales Associate"
               "rep", "operative",
               # care and classroom roles: "Home Care Aide", "Teacher's Aide", "Support Worker", "Carer"
               "aide", "carer", "attendant", "handler", "picker", "packer",
               # the placement named for the role: "Internship – Communications", "Graduate Traineeship"
               "internship", "traineeship", "fellowship"],
     "examples": ["Project Officer (m/f/d)", "Senior Data Analyst", "Trainers", "M&E Specialist", "Python Dev",
                  "Communications Internship"],
     "not": ["Acme Health Partners", "Programme Management"]},
]
