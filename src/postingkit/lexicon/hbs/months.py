"""Month names in Bosnian, Croatian, Montenegrin and Serbian (Latin and Cyrillic), with the genitive forms dates are written with ("15. decembra 2026", "15. prosinca 2026"): `means` is its
number."""

ENTRIES = [
    {"id": "january", "means": 1, "words": ["januar", "januara", "јануар", "јануара", "siječanj", "siječnja"],
     "examples": ["Rok za prijave: 15. januar 2026"]},
    {"id": "february", "means": 2, "words": ["februar", "februara", "фебруар", "фебруара", "veljača", "veljače"],
     "examples": ["Rok za prijave: 15. februar 2026"]},
    {"id": "march", "means": 3, "words": ["mart", "marta", "март", "марта", "ožujak", "ožujka"],
     "examples": ["Rok za prijave: 15. mart 2026"]},
    {"id": "april", "means": 4, "words": ["april", "aprila", "април", "априла", "travanj", "travnja"],
     "examples": ["Rok za prijave: 15. april 2026"]},
    {"id": "may", "means": 5, "words": ["maj", "maja", "мај", "маја", "svibanj", "svibnja"],
     "examples": ["Rok za prijave: 15. maj 2026"]},
    {"id": "june", "means": 6, "words": ["jun", "juni", "juna", "јун", "јуна", "lipanj", "lipnja"],
     "examples": ["Rok za prijave: 15. jun 2026"]},
    {"id": "july", "means": 7, "words": ["jul", "juli", "jula", "јул", "јула", "srpanj", "srpnja"],
     "examples": ["Rok za prijave: 15. jul 2026"]},
    {"id": "august", "means": 8, "words": ["avgust", "avgusta", "august", "augusta", "август", "августа", "kolovoz", "kolovoza"],
     "examples": ["Rok za prijave: 15. avgust 2026"]},
    {"id": "september", "means": 9, "words": ["septembar", "septembra", "септембар", "септембра", "rujan", "rujna"],
     "examples": ["Rok za prijave: 15. septembar 2026"]},
    {"id": "october", "means": 10, "words": ["oktobar", "oktobra", "октобар", "октобра", "listopad", "listopada"],
     "examples": ["Rok za prijave: 15. oktobar 2026"]},
    {"id": "november", "means": 11, "words": ["novembar", "novembra", "новембар", "новембра", "studeni", "studenoga", "studenog"],
     "examples": ["Rok za prijave: 15. novembar 2026"]},
    {"id": "december", "means": 12, "words": ["decembar", "decembra", "децембар", "децембра", "prosinac", "prosinca"],
     "examples": ["Rok za prijave: 15. decembar 2026"]},
]
