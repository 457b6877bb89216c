"""Cities that duty-station and location lines name without their country: capitals, and the places
where the organisations that publish vacancy notices keep offices. Lower case -> ISO 3166-1 alpha-2.
Used only on location lines and "based in" phrases, and only when those name no country themselves."""
from __future__ import annotations

CITY_COUNTRIES: dict[str, str] = {
    # Western Balkans, with local spellings
    "pristina": "XK", "prishtina": "XK", "prishtinë": "XK", "priština": "XK", "prizren": "XK", "mitrovica": "XK",
    "mitrovicë": "XK", "peja": "XK", "pejë": "XK", "gjakova": "XK", "ferizaj": "XK", "gjilan": "XK",
    "belgrade": "RS", "beograd": "RS", "novi sad": "RS", "niš": "RS", "kragujevac": "RS",
    "sarajevo": "BA", "banja luka": "BA", "mostar": "BA", "tuzla": "BA", "zenica": "BA", "bihać": "BA", "bihac": "BA",
    "tirana": "AL", "tiranë": "AL", "durrës": "AL", "durres": "AL", "shkodër": "AL", "shkoder": "AL", "vlorë": "AL",
    "skopje": "MK", "bitola": "MK", "tetovo": "MK", "podgorica": "ME", "nikšić": "ME", "niksic": "ME",
    "zagreb": "HR", "ljubljana": "SI",
    # Eastern Europe, Caucasus, Central Asia
    "kyiv": "UA", "kiev": "UA", "kharkiv": "UA", "lviv": "UA", "odesa": "UA", "odessa": "UA", "dnipro": "UA",
    "mykolaiv": "UA", "zaporizhzhia": "UA", "chernihiv": "UA", "chisinau": "MD", "chișinău": "MD", "kishinev": "MD",
    "minsk": "BY", "moscow": "RU", "tbilisi": "GE", "yerevan": "AM", "baku": "AZ", "almaty": "KZ", "astana": "KZ",
    "bishkek": "KG", "dushanbe": "TJ", "tashkent": "UZ", "ashgabat": "TM",
    # EU, UK, Switzerland, Norway
    "brussels": "BE", "vienna": "AT", "berlin": "DE", "bonn": "DE", "frankfurt": "DE", "munich": "DE",
    "hamburg": "DE", "paris": "FR", "strasbourg": "FR", "lyon": "FR", "rome": "IT", "milan": "IT", "turin": "IT",
    "florence": "IT", "madrid": "ES", "barcelona": "ES", "lisbon": "PT", "amsterdam": "NL", "the hague": "NL",
    "copenhagen": "DK", "stockholm": "SE", "oslo": "NO", "helsinki": "FI", "dublin": "IE", "london": "GB",
    "edinburgh": "GB", "manchester": "GB", "warsaw": "PL", "krakow": "PL", "kraków": "PL", "prague": "CZ",
    "bratislava": "SK", "budapest": "HU", "bucharest": "RO", "sofia": "BG", "athens": "GR", "thessaloniki": "GR",
    "nicosia": "CY", "valletta": "MT", "luxembourg": "LU", "tallinn": "EE", "riga": "LV", "vilnius": "LT",
    "geneva": "CH", "genève": "CH", "bern": "CH", "zurich": "CH", "zürich": "CH", "lausanne": "CH",
    "istanbul": "TR", "ankara": "TR", "gaziantep": "TR", "reykjavik": "IS",
    # Middle East and North Africa
    "amman": "JO", "beirut": "LB", "damascus": "SY", "baghdad": "IQ", "erbil": "IQ", "cairo": "EG",
    "jerusalem": "IL", "tel aviv": "IL", "ramallah": "PS", "riyadh": "SA", "dubai": "AE", "abu dhabi": "AE",
    "doha": "QA", "kuwait city": "KW", "muscat": "OM", "sana'a": "YE", "sanaa": "YE", "aden": "YE",
    "tripoli": "LY", "tunis": "TN", "algiers": "DZ", "rabat": "MA", "casablanca": "MA", "tehran": "IR",
    "kabul": "AF", "islamabad": "PK", "karachi": "PK", "lahore": "PK",
    # Sub-Saharan Africa
    "nairobi": "KE", "mombasa": "KE", "addis ababa": "ET", "kampala": "UG", "kigali": "RW", "dar es salaam": "TZ",
    "dodoma": "TZ", "juba": "SS", "khartoum": "SD", "mogadishu": "SO", "hargeisa": "SO", "djibouti": "DJ",
    "asmara": "ER", "kinshasa": "CD", "goma": "CD", "bukavu": "CD", "brazzaville": "CG", "bangui": "CF",
    "n'djamena": "TD", "ndjamena": "TD", "niamey": "NE", "bamako": "ML", "ouagadougou": "BF", "dakar": "SN",
    "abuja": "NG", "lagos": "NG", "maiduguri": "NG", "accra": "GH", "abidjan": "CI", "monrovia": "LR",
    "freetown": "SL", "conakry": "GN", "lomé": "TG", "lome": "TG", "cotonou": "BJ", "yaoundé": "CM",
    "yaounde": "CM", "douala": "CM", "libreville": "GA", "luanda": "AO", "lusaka": "ZM", "harare": "ZW",
    "lilongwe": "MW", "maputo": "MZ", "johannesburg": "ZA", "pretoria": "ZA", "cape town": "ZA",
    "windhoek": "NA", "gaborone": "BW", "antananarivo": "MG", "nouakchott": "MR", "bujumbura": "BI",
    # Asia and the Pacific
    "new delhi": "IN", "delhi": "IN", "mumbai": "IN", "bangalore": "IN", "bengaluru": "IN", "dhaka": "BD",
    "cox's bazar": "BD", "kathmandu": "NP", "colombo": "LK", "yangon": "MM", "bangkok": "TH", "hanoi": "VN",
    "ho chi minh city": "VN", "phnom penh": "KH", "vientiane": "LA", "jakarta": "ID", "manila": "PH",
    "kuala lumpur": "MY", "singapore": "SG", "beijing": "CN", "shanghai": "CN", "hong kong": "HK", "tokyo": "JP",
    "seoul": "KR", "ulaanbaatar": "MN", "canberra": "AU", "sydney": "AU", "melbourne": "AU", "wellington": "NZ",
    "suva": "FJ", "port moresby": "PG", "noumea": "NC", "nouméa": "NC", "honiara": "SB", "port vila": "VU",
    "apia": "WS", "nuku'alofa": "TO", "nukuʻalofa": "TO", "palikir": "FM", "pohnpei": "FM", "majuro": "MH",
    "tarawa": "KI", "funafuti": "TV", "koror": "PW", "dili": "TL",
    # Americas
    "new york": "US", "washington, dc": "US", "washington dc": "US", "washington d.c.": "US",
    "san francisco": "US", "los angeles": "US", "chicago": "US", "boston": "US", "seattle": "US",
    "ottawa": "CA", "toronto": "CA", "montreal": "CA", "montréal": "CA", "vancouver": "CA", "mexico city": "MX",
    "guatemala city": "GT", "tegucigalpa": "HN", "san salvador": "SV", "managua": "NI", "panama city": "PA",
    "bogotá": "CO", "bogota": "CO", "quito": "EC", "lima": "PE", "la paz": "BO", "santiago": "CL",
    "buenos aires": "AR", "montevideo": "UY", "asunción": "PY", "asuncion": "PY", "brasília": "BR",
    "brasilia": "BR", "são paulo": "BR", "sao paulo": "BR", "rio de janeiro": "BR", "caracas": "VE",
    "port-au-prince": "HT", "santo domingo": "DO", "havana": "CU",
    # humanitarian duty stations outside the capitals, as field notices name them alone ("Duty Station: Bentiu")
    "pemba": "MZ", "nampula": "MZ", "tete": "MZ", "beira": "MZ", "quelimane": "MZ", "el obeid": "SD",
    "port sudan": "SD", "kassala": "SD", "el fasher": "SD", "nyala": "SD", "bentiu": "SS", "malakal": "SS",
    "wau": "SS", "bor": "SS", "bunia": "CD", "kalemie": "CD", "yola": "NG", "gambella": "ET", "jijiga": "ET",
    "mekelle": "ET", "dollo ado": "ET", "kakuma": "KE", "dadaab": "KE", "garissa": "KE", "arua": "UG",
    "gulu": "UG", "bossangoa": "CF", "bambari": "CF", "kaga bandoro": "CF", "abeche": "TD", "abéché": "TD",
    "farchana": "TD", "iriba": "TD", "gao": "ML", "mopti": "ML", "timbuktu": "ML", "diffa": "NE",
    "tillabéri": "NE", "tillaberi": "NE", "kaya": "BF", "dori": "BF", "baidoa": "SO", "garowe": "SO",
    "kismayo": "SO", "marib": "YE", "duhok": "IQ", "dohuk": "IQ", "mosul": "IQ", "kirkuk": "IQ", "idlib": "SY",
    "aleppo": "SY", "herat": "AF", "kandahar": "AF", "jalalabad": "AF", "mazar-i-sharif": "AF", "sittwe": "MM",
    "myitkyina": "MM", "les cayes": "HT", "cucuta": "CO", "cúcuta": "CO", "tapachula": "MX", "bamenda": "CM",
    "maroua": "CM", "zaatari": "JO", "tindouf": "DZ", "benghazi": "LY", "peshawar": "PK", "quetta": "PK",
    "cotabato": "PH",
}
