"""Bosnian, Croatian, Montenegrin and Serbian (Latin script) section headings (see en/headings.py)."""

ENTRIES = [
    {"id": "application", "means": "apply", "pattern": r"na[čc]in prijav|kako (se )?prijavit",
     "examples": ["Način prijave", "Kako se prijaviti"], "not": ["Opis posla"]},
    {"id": "conditions", "means": "notes", "pattern": r"^(uslovi|uvjeti) rada",
     "examples": ["Uslovi rada", "Uvjeti rada"], "not": ["Uslovi"]},
    {"id": "benefits", "means": "benefits", "pattern": r"^nudimo", "examples": ["Nudimo"], "not": ["Poslovi"]},
    {"id": "preferred", "means": "preferred", "pattern": r"prednost",
     "examples": ["Prednost", "Prednost imaju"], "not": ["Uslovi"]},
    {"id": "required", "means": "required",
     "pattern": r"^(opšti |posebni |potrebni |potrebne )?(uslovi|uvjeti|uvjete|kvalifikacij\w*|"
                r"kriteri\w*|zahtjevi|zahtevi)\b",
     "examples": ["Uslovi", "Posebni uslovi", "Kvalifikacije", "Zahtjevi"], "not": ["Uslovi rada"]},
    {"id": "duties", "means": "duties",
     "pattern": r"zadac|zadatk|opis (posla|radnog mjesta|radnog mesta)|poslovi|odgovornost",
     "examples": ["Opis posla", "Zadaci", "Odgovornosti"], "not": ["Uslovi"]},
]
