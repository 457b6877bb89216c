"""Indonesian requirement words (see en/requirement_words.py)."""

ENTRIES = [
    {"id": "required", "means": "required", "pattern": r"\b(?:wajib|harus)\b", "hints": ["wajib", "harus"],
     "examples": ["Wajib menguasai SQL"], "not": ["Kualifikasi"]},
    {"id": "preferred", "means": "preferred", "pattern": r"diutamakan|nilai\s+(?:tambah|plus)|lebih\s+disukai",
     "hints": ["diutamakan", "nilai", "disukai"],
     "examples": ["Pengalaman dengan Docker diutamakan", "Sertifikasi AWS menjadi nilai tambah"],
     "not": ["Pengalaman dengan Docker"]},
]
