"""Field labels in Albanian (see en/field_labels.py)."""

ENTRIES = [
    {"id": "location", "means": "location", "pattern": r"vendndodhja|vendi\s+i\s+pun",
     "examples": ["Vendndodhja: Prishtinë", "Vendi i punës: Tiranë"], "not": ["Paga: 90.000 lekë"]},
    {"id": "pay", "means": "pay", "pattern": r"\bpag[aë]\b|\brrog[aë]\b", "examples": ["Paga: 90.000 lekë"],
     "not": ["Vendndodhja: Prishtinë"]},
]
