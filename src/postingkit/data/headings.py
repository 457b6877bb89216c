"""What a heading says its section holds. Patterns are tried in order; the first that matches wins,
so the specific ("qualifications and skills required") comes before the general ("skills")."""
from __future__ import annotations

# (section kind, requirement of its items, regex on the lower-cased heading)
HEADING_RULES: list[tuple[str, str, str]] = [
    # page chrome and application mechanics first: "How to apply" must never become a duty list
    ("other", "required", r"^(similar|related|recommended) (jobs|vacancies|positions)|^share (this|the) (job|vacancy)|"
                          # a job board's criteria list below the notice: its values are not items
                          r"^(seniority level|employment type|job function|industries|job criteria)$"),
    # who may apply is a qualification ("Who can apply: graduates with..."), what to send is not
    ("qualifications", "required", r"who (can|may|should) apply|^(required |candidate |your |the )?profile$"),
    ("apply", "required", r"(required|supporting|application) documents|documents (required|to (be )?submit)|"
                          r"application (package|requirements)|requirements for (the |an )?application|"
                          r"how to apply|application (process|procedure|instructions|questions)|to apply|"
                          r"submission|apply now|inquiry|enquiry|questionnaire|interview questions|selection process|"
                          r"^applications?$|na[čc]in prijav|kako (se )?prijavit|si t[eë] aplikoni|m[eë]nyra e aplikimit|"
                          r"bewerbung|како да (се )?аплицира"),
    # work and its products under one heading: the items are tasks ("Scope of work and deliverables")
    ("duties", "required", r"(scope of (work|services)|duties|tasks|responsibilities|activities)\b.{0,20}"
                           r"(\s(and|&)\s|\s?/\s?).{0,20}(deliverables?|outputs?)\b"),
    # "Essential Job Functions", "Essential duties": what is essential here is the work, not the candidate
    ("duties", "required", r"^essential (job |key )?(functions|duties|responsibilities|tasks)\b"),
    ("other", "required", r"outcomes?\b|success (will be )?measured|key results|working relationships|key performance|kpis?\b|deliverables?\b|"
                          r"expected outputs?|^outputs?$|reporting (lines|requirements)"),
    ("other", "required", r"equal(ity)? opportunit|diversity|inclusion|safeguarding policy|disclaimer|"
                          r"data protection|privacy|notes? to candidates|additional (notes|information)|"
                          r"other information|important notice|conditions of (employment|service)|^assessment|"
                          r"^(uslovi|uvjeti) rada|kushtet e pun|arbeitsbedingungen|"
                          r"special notice|united nations considerations|^no fee|^recruitment process|"
                          r"evaluation (method|process|criteria)|"
                          # the organisation's values, asked of all staff: neither duties nor qualifications
                          r"^behaviou?rs?\b|values in practice|^(our |core )?values$"),
    ("benefits", "required", r"benefits|what we offer|we offer|perks|why (join|work)|why you('ll| will) love|^nudimo|ofrojm|wir bieten|нудиме|"
                             # French and Spanish
                             r"ce que nous (vous )?offrons|nous offrons|avantages|ofrecemos|beneficios"),
    ("pay", "required", r"salary|remuneration|compensation|\bpay\b|\bfees?\b|rate of pay"),
    ("dates", "required", r"deadline|closing date|timeline|key dates"),
    # qualifications, with the requirement the heading itself states; a heading naming both
    # ("Essential / Desirable", "Required/Preferred Qualifications") leaves it to columns and items
    ("qualifications", "required", r"(essential|required|minimum).{0,20}(desirable|preferred)|"
                                   r"(desirable|preferred).{0,20}(essential|required|minimum)"),
    ("languages", "required", r"^(working\s+)?languages?\b"),
    ("qualifications", "preferred", r"desirable|preferred|desired|nice to haves?|\bassets?\b|advantageous|bonus points|"
                                    r"top picks|(is|would be) a plus$|\bun plus\b|atouts?|souhait|deseable|se valorar|"
                                    r"would be a plus|additional qualifications|\badvantages?\b|^(pluses|plus|bonus)$|"
                                    r"prednost|p[eë]rpar[eë]si|w[üu]nschenswert|von vorteil|предност"),
    ("qualifications", "required", r"qualification|requirement|required|person(al)? specification|"
                                   r"essential|competenc|skills|education|experience|selection criteria|"
                                   r"eligibility|candidate profile|your profile|who you are|what you('ll| will)? bring|what we look for|"
                                   r"what we('re| are) looking for|about you|we are looking for|must have|"
                                   r"(ideal|successful|right|perfect|suitable) (candidate|applicant)|^(the )?candidates?$|"
                                   r"knowledge|expertise|minimum|what (we|you) (expect|need)|what you('ll)? need|"
                                   r"personal (attributes|qualities)|"
                                   # the region's and German: uslovi/uvjeti, kvalifikacije, kriteriji, zahtjevi;
                                   # kualifikimet, kërkesat, kriteret; Anforderungen, Ihr Profil; квалификации, услови
                                   r"^(opšti |posebni |potrebni |potrebne )?(uslovi|uvjeti|uvjete|kvalifikacij\w*|"
                                   r"kriteri\w*|zahtjevi|zahtevi)\b|kualifikim|k[eë]rkesat|kriteret|anforderungen|"
                                   r"ihr profil|das bringen sie mit|квалификаци|услови|барања|"
                                   # any profile but the company's; French and Spanish
                                   r"(?<!company )\bprofile\b|profil recherch|votre profil|le profil|comp[ée]tences|"
                                   r"requisitos|perfil|formaci[óo]n|experiencia"),
    ("languages", "required", r"languages?\b"),
    # what the assignment is for, not what the holder does ("Objective of the assignment: to support ...")
    ("summary", "required", r"^(the )?(overall |general |main )?objectives?"
                            r"( of (the|this) (assignment|consultancy|position|project|post|contract))?$"),
    ("duties", "required", r"responsibilit|duties|tasks|what you('ll| will) do|your role|the role you|"
                           r"job description .|description of (duties|the assignment)|scope of (work|services)|"
                           r"terms of reference|accountabilities|areas of accountability|main functions|key functions|functions|"
                           r"activities|assignment|you will:?$|obligations|^(you will be|you'll be) responsible for$|"
                           r"zadac|zadatk|opis (posla|radnog mjesta|radnog mesta)|poslovi|odgovornost|"
                           r"detyr|p[eë]rgjegj[eë]si|aufgaben|обврски|одговорности|задачи|"
                           r"day[- ]to[- ]day|in this role|your (mission|impact)|^(the |vos |tes |la |les )?missions?$|"
                           r"role objectives|scope of consultancy|what you('ll| will) be doing|spend (your )?time|"
                           r"responsabilit[ée]s|funciones|responsabilidades|tareas"),
    ("about", "required", r"^about|who we are|our (organi[sz]ation|company|mission|team)|organi[sz]ation|"
                          r"company (profile|overview|description)|background|context"),
    ("summary", "required", r"^(job|position|role|vacancy) (overview|summary|purpose)|^(main )?purpose of the (job|post|position)|^overview|^summary|"
                            r"^(the )?role$|^purpose|^introduction|^job description$|^description$|"
                            r"^position$|^vacancy$"),
    ("other", "required", r"^(location|work location|job location|contract|terms|(expected )?duration|reporting|reports to|travel|start date|"
                          r"expected start|working (conditions|hours))"),
]

# Words a section heading is made of. A short line the vocabulary files under duties or qualifications
# ("Scope of work", "Education and experience") is a heading when it holds only such words; with any
# other word it is more likely an item of an unbulleted list ("Excellent communication skills").
HEADING_WORDS = frozenset("""
    a an and the of for to in on your our we you what who job post position role assignment consultancy
    scope work services terms reference key main core specific general principal major other additional
    duties duty responsibilities responsibility tasks task functions function activities accountabilities
    description summary objectives objective deliverables outputs expected
    requirements requirement required qualifications qualification skills skill experience education
    competencies competency knowledge expertise languages language profile criteria selection eligibility
    minimum essential desirable preferred person personal specification candidate academic professional
    technical work-related relevant ideal successful suitable right candidate candidates applicant applicants
    & / - –
""".split())
# Nouns that, first on a line, make it a heading whatever follows ("Tasks of the expert"); an item
# starts with what it asks or does ("Experience in...", "Support the...").
HEADING_NOUNS = frozenset("scope duties tasks responsibilities requirements qualifications terms functions "
                          "competencies accountabilities".split())
