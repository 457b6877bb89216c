"""Indonesian section headings (see en/headings.py), as Indonesian job boards (JobStreet, Glints, Kalibrr)
and careers pages print them."""

ENTRIES = [
    {"id": "preferred", "means": "preferred",
     "pattern": r"diutamakan|nilai (tambah|plus)|kemampuan tambahan|lebih disukai",
     "examples": ["Kemampuan Tambahan yang Diutamakan", "Nilai Tambah", "Nilai Plus"],
     "not": ["Kualifikasi Minimal"]},
    {"id": "required", "means": "required", "pattern": r"kualifikasi|persyaratan|^syarat|kriteria|yang kami cari",
     "examples": ["Kualifikasi Minimal", "Persyaratan", "Syarat", "Kriteria"], "not": ["Tanggung Jawab"]},
    {"id": "duties", "means": "duties",
     "pattern": r"tanggung ?jawab|deskripsi pekerjaan|uraian (tugas|pekerjaan)|^tugas|^job ?desk",
     "examples": ["Tanggung Jawab Utama", "Deskripsi Pekerjaan", "Uraian Tugas", "Jobdesk"],
     "not": ["Kualifikasi"]},
    {"id": "benefits", "means": "benefits",
     "pattern": r"^tunjangan|^fasilitas|yang (kami|anda akan) (tawarkan|dapatkan)|^keuntungan",
     "examples": ["Tunjangan", "Fasilitas", "Yang Kami Tawarkan"], "not": ["Tanggung Jawab"]},
    # a team's ways of working, asked of everyone: neither duties nor qualifications
    {"id": "culture", "means": "notes", "pattern": r"^budaya (kerja|perusahaan)",
     "examples": ["Budaya Kerja"], "not": ["Kualifikasi"]},
    {"id": "about", "means": "about", "pattern": r"^tentang (kami|perusahaan)|^profil perusahaan",
     "examples": ["Tentang Kami", "Tentang Perusahaan", "Profil Perusahaan"], "not": ["Tanggung Jawab"]},
    {"id": "apply", "means": "apply", "pattern": r"^cara (melamar|mendaftar)",
     "examples": ["Cara Melamar"], "not": ["Kualifikasi"]},
]
