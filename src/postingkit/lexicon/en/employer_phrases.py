"""What follows an employer's name in the sentence that names it (organization.py puts the name before):
`hiring`, the verb of a notice's opening ("Mercy Corps seeks a consultant"); `introduced`, what it is ("The
Pacific Community (SPC) is the principal scientific and technical organisation ...")."""

ENTRIES = [
    {"id": "hiring", "means": "hiring",
     "pattern": r"(?:is|are)[ \t]+(?:currently[ \t]+)?(?:seeking|looking[ \t]+for|recruiting|hiring|inviting|"
                r"searching[ \t]+for)"
                r"|seeks[ \t]+(?:an?|the)\b"  # "Mercy Corps seeks a consultant"
                # "Save the Children seeks to recruit", "The Danish Refugee Council wishes to recruit"
                r"|(?:seeks|wishes|intends|would[ \t]+like|plans)[ \t]+to[ \t]+(?:recruit|appoint|hire|engage|employ|"
                r"fill)"
                r"|(?:is|are)[ \t]+(?:pleased|delighted|happy|excited)[ \t]+to[ \t]+(?:announce|invite|offer|recruit|"
                r"welcome)"
                r"|(?:invites|announces|opens)[ \t]+(?:\w+[ \t]+){0,2}?"
                r"(?:applications|candidates|vacancy|call|position)"
                # a terms of reference's background: who runs the project hires its evaluator
                r"|(?:has|have)[ \t]+(?:been[ \t]+)?implement(?:ed|ing)"
                r"|(?:is|are)[ \t]+(?:currently[ \t]+)?implementing",
     "hints": ["is ", "are ", "seeks", "wishes", "intends", "would like", "plans", "invites", "announces", "opens",
               "implement"],
     "examples": ["Mercy Corps seeks a consultant.", "Save the Children seeks to recruit a Finance Officer.",
                  "Plan International Uganda is pleased to announce a vacancy.",
                  "Oxfam GB invites applications for the position.",
                  "Northern Aid Kenya has implemented the Resilient Livelihoods Project since 2022."],
     "not": ["The officer seeks guidance from the director.", "Mercy Corps works in 40 countries.",
             "The Project has been implemented in five districts."]},
    {"id": "introduced", "means": "introduced",
     "pattern": r"is[ \t]+(?:an?|the|one[ \t]+of[ \t]+the)[ \t]+"
                r"(?:[\w()&'’.-]+,?[ \t]+){0,8}?(?i:organi[sz]ations?|ngos?|agenc(?:y|ies)|company|companies|network|"
                r"institute|foundation|charit(?:y|ies)|non-profits?|nonprofits?|body|institution|association|"
                r"consultancy|firm|federation|movement|leader|provider|startup|start-up|bank|manufacturer|"
                # what an employer is besides an organisation: "a family-oriented veterinary practice", "a hospital"
                r"practice|clinic|hospital|school|college|university|business|retailer|restaurant|hotel|distributor|"
                r"supplier|contractor|cooperative|co-op)\b",
     "hints": ["is "],
     "examples": ["Tearfund is a Christian relief and development agency.",
                  "The Pacific Community (SPC) is the principal scientific and technical organisation in the region."],
     "not": ["Python is a plus.", "The Finance Officer is a member of the team."]},
]
