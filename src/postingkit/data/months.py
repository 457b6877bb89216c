"""Month names, lower case, to month numbers: English (with abbreviations) and the languages notices in
the Western Balkans and Europe print their dates in. Genitive and definite forms are listed because
that is how a day is written with them ("15. decembra 2026", "15 dhjetori 2026", "15. prosinca 2026")."""
from __future__ import annotations

_ENGLISH = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
    "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
# Bosnian, Montenegrin, Serbian (Latin and Cyrillic), with the genitive "-a"
_BCMS = {
    name: n for n, names in enumerate(
        [("januar", "januara", "јануар", "јануара"), ("februar", "februara", "фебруар", "фебруара"),
         ("mart", "marta", "март", "марта"), ("april", "aprila", "април", "априла"),
         ("maj", "maja", "мај", "маја"), ("jun", "juni", "juna", "јун", "јуна"), ("jul", "juli", "jula", "јул", "јула"),
         ("avgust", "avgusta", "august", "augusta", "август", "августа"),
         ("septembar", "septembra", "септембар", "септембра"), ("oktobar", "oktobra", "октобар", "октобра"),
         ("novembar", "novembra", "новембар", "новембра"), ("decembar", "decembra", "децембар", "децембра")],
        start=1) for name in names
}
_CROATIAN = {
    "siječanj": 1, "siječnja": 1, "veljača": 2, "veljače": 2, "ožujak": 3, "ožujka": 3, "travanj": 4, "travnja": 4,
    "svibanj": 5, "svibnja": 5, "lipanj": 6, "lipnja": 6, "srpanj": 7, "srpnja": 7, "kolovoz": 8, "kolovoza": 8,
    "rujan": 9, "rujna": 9, "listopad": 10, "listopada": 10, "studeni": 11, "studenoga": 11, "studenog": 11,
    "prosinac": 12, "prosinca": 12,
}
_ALBANIAN = {
    name: n for n, names in enumerate(
        [("janar", "janari"), ("shkurt", "shkurti"), ("mars", "marsi"), ("prill", "prilli"), ("maj", "maji"),
         ("qershor", "qershori"), ("korrik", "korrikut", "korriku"), ("gusht", "gushti"), ("shtator", "shtatori"),
         ("tetor", "tetori"), ("nëntor", "nëntori", "nentor", "nentori"), ("dhjetor", "dhjetori")],
        start=1) for name in names
}
_MACEDONIAN = {
    "јануари": 1, "февруари": 2, "март": 3, "април": 4, "мај": 5, "јуни": 6, "јули": 7, "август": 8,
    "септември": 9, "октомври": 10, "ноември": 11, "декември": 12,
}
_GERMAN = {
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7, "august": 8,
    "september": 9, "oktober": 10, "november": 11, "dezember": 12,
}
_FRENCH = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
}

MONTHS: dict[str, int] = {**_ENGLISH, **_BCMS, **_CROATIAN, **_ALBANIAN, **_MACEDONIAN, **_GERMAN, **_FRENCH}
