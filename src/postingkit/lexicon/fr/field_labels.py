"""Field labels in French (see en/field_labels.py)."""

ENTRIES = [
    {"id": "title", "means": "title", "pattern": r"^(intitul[ée]\s+du\s+poste|titre\s+du\s+poste|poste(\s+\d{1,2})?)$",
     "examples": ["Intitulé du poste : Chargé de projet", "Poste : Comptable"], "not": ["Poste à pourvoir le : 1 mai"]},
    {"id": "organization", "means": "organization", "pattern": r"^(employeur|entreprise|organisation|structure)$",
     "examples": ["Employeur : Médecins du Monde"], "not": ["Lieu de travail : Paris"]},
    {"id": "location", "means": "location", "pattern": r"lieu\s+d[ue]\s+travail|localisation|lieu\s+d['’]affectation|"
                                                    r"(?<!\w)pays(?!\w)|ville|lieu\s+de\s+la\s+mission|^lieu$|"
                                                    r"^lieu\s+du\s+poste$",  # Indeed France
     "examples": ["Lieu de travail : Paris", "Localisation : Lyon", "Lieu du Travail : RDC", "Pays : Tchad",
                  "Lieu : Lyon (69)"],
     "not": ["Salaire : 40 000 €"]},
    {"id": "pay", "means": "pay", "pattern": r"salaire|r[ée]mun[ée]ration", "examples": ["Salaire : 40 000 € par an"],
     "not": ["Lieu de travail : Paris"]},
    {"id": "terms", "means": "terms",
     "pattern": r"type\s+de\s+contrat|dur[ée]e\s+du\s+contrat|temps\s+de\s+travail|type\s+d['’]emploi",
     "examples": ["Type de contrat : CDI", "Durée du contrat : 12 mois", "Type d'emploi : Temps plein, CDI"],
     "not": ["Lieu de travail : Paris"]},
    {"id": "languages", "means": "languages", "pattern": r"^langues?(\s+(requises?|de\s+travail))?$",
     "examples": ["Langues : français et anglais", "Langues requises : français"], "not": ["Salaire : 40 000 €"]},
]
