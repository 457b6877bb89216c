"""Pay periods in Bosnian, Croatian, Montenegrin and Serbian (see en/pay_periods.py)."""

ENTRIES = [
    {"id": "month", "means": "month", "pattern": r"mj?ese[čc]n", "examples": ["Plata: 120.000 din. mesečno"],
     "not": ["Plata: 1.440.000 din. godišnje"]},
    {"id": "year", "means": "year", "pattern": r"godi[šs]nj", "examples": ["Plata: 1.440.000 din. godišnje"],
     "not": ["Plata: 120.000 din. mesečno"]},
]
