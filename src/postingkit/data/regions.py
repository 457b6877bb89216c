"""Regions that name their country when a line is only a place: provinces, states and counties as
job boards print them under the title ("Toronto, ON", "TN, IN", "Milford, Surrey"). Data, read by
extract/places.place_of_line; each entry is the lower-case name (or code) -> ISO 3166-1 alpha-2."""
from __future__ import annotations

# "City, ON": Canadian provinces and territories by their postal codes
CANADIAN_PROVINCE_CODES = frozenset({"AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"})

REGION_COUNTRIES: dict[str, str] = {
    # Canada
    "ontario": "CA", "quebec": "CA", "québec": "CA", "alberta": "CA", "british columbia": "CA",
    "manitoba": "CA", "saskatchewan": "CA", "nova scotia": "CA", "new brunswick": "CA",
    "newfoundland and labrador": "CA", "prince edward island": "CA", "yukon": "CA",
    # India: states (the cities job boards print alone are in cities.py)
    "karnataka": "IN", "tamil nadu": "IN", "maharashtra": "IN", "telangana": "IN", "kerala": "IN",
    "gujarat": "IN", "rajasthan": "IN", "uttar pradesh": "IN", "west bengal": "IN", "haryana": "IN",
    "punjab": "IN", "andhra pradesh": "IN",
    # regions a field notice names as its duty station ("Location: Tigray", "North Kivu")
    "tigray": "ET", "amhara": "ET", "oromia": "ET", "somali region": "ET", "darfur": "SD", "north darfur": "SD",
    "south darfur": "SD", "west darfur": "SD", "central darfur": "SD", "east darfur": "SD", "kordofan": "SD",
    "south kordofan": "SD", "north kivu": "CD", "south kivu": "CD", "nord-kivu": "CD", "sud-kivu": "CD",
    "ituri": "CD", "kasai": "CD", "kasaï": "CD", "borno": "NG", "borno state": "NG", "adamawa": "NG",
    "yobe": "NG", "cabo delgado": "MZ", "rakhine": "MM", "rakhine state": "MM", "kachin": "MM", "donbas": "UA",
    "donetsk": "UA", "luhansk": "UA", "kharkiv oblast": "UA", "gaza strip": "PS", "northeast syria": "SY",
    "north-east syria": "SY", "liptako-gourma": "ML",
    # more of the field's regions, counties and camps as duty stations name them ("Location: Turkana County")
    "turkana": "KE", "turkana county": "KE", "marsabit": "KE", "garissa": "KE", "dadaab": "KE", "kakuma": "KE",
    "mandera": "KE", "wajir": "KE", "banadir": "SO", "puntland": "SO", "jubaland": "SO", "upper nile": "SS",
    "jonglei": "SS", "unity state": "SS", "afar": "ET", "gambella": "ET", "zamfara": "NG", "katsina": "NG",
    "tillabéri": "NE", "tillaberi": "NE", "diffa": "NE", "karamoja": "UG", "west nile": "UG",
    "balochistan": "PK", "khyber pakhtunkhwa": "PK", "sindh": "PK", "helmand": "AF", "kandahar province": "AF",
    "hodeidah": "YE", "al hudaydah": "YE", "marib": "YE", "idlib": "SY", "nineveh": "IQ", "ninewa": "IQ",
    "kurdistan region": "IQ", "bekaa": "LB", "mafraq": "JO", "zaatari": "JO", "far north region": "CM",
    "extrême-nord": "CM", "lac province": "TD", "ouaddaï": "TD", "ouaddai": "TD",
    # France: regions and the départements around Paris and Lyon boards print alone
    "île-de-france": "FR", "ile-de-france": "FR", "auvergne-rhône-alpes": "FR", "auvergne-rhone-alpes": "FR",
    "provence-alpes-côte d'azur": "FR", "occitanie": "FR", "nouvelle-aquitaine": "FR", "hauts-de-france": "FR",
    "grand est": "FR", "bretagne": "FR", "normandie": "FR", "pays de la loire": "FR", "centre-val de loire": "FR",
    "bourgogne-franche-comté": "FR", "hauts-de-seine": "FR", "seine-saint-denis": "FR", "val-de-marne": "FR",
    "yvelines": "FR", "essonne": "FR", "val-d'oise": "FR", "seine-et-marne": "FR", "bouches-du-rhône": "FR",
    "haute-garonne": "FR", "loire-atlantique": "FR", "gironde": "FR",
    # United Kingdom: nations, English regions and counties
    "england": "GB", "scotland": "GB", "wales": "GB", "northern ireland": "GB",
    "south east england": "GB", "south west england": "GB", "north west england": "GB",
    "north east england": "GB", "east midlands": "GB", "west midlands": "GB", "east of england": "GB",
    "east anglia": "GB", "greater london": "GB", "greater manchester": "GB", "yorkshire": "GB",
    "bedfordshire": "GB", "berkshire": "GB", "buckinghamshire": "GB", "cambridgeshire": "GB", "cheshire": "GB",
    "cornwall": "GB", "cumbria": "GB", "derbyshire": "GB", "devon": "GB", "dorset": "GB", "essex": "GB",
    "gloucestershire": "GB", "hampshire": "GB", "herefordshire": "GB", "hertfordshire": "GB", "kent": "GB",
    "lancashire": "GB", "leicestershire": "GB", "lincolnshire": "GB", "merseyside": "GB", "norfolk": "GB",
    "northamptonshire": "GB", "northumberland": "GB", "nottinghamshire": "GB", "oxfordshire": "GB",
    "shropshire": "GB", "somerset": "GB", "staffordshire": "GB", "suffolk": "GB", "surrey": "GB",
    "east sussex": "GB", "west sussex": "GB", "sussex": "GB", "warwickshire": "GB", "wiltshire": "GB",
    "worcestershire": "GB", "tyne and wear": "GB", "west yorkshire": "GB", "south yorkshire": "GB",
    "north yorkshire": "GB",
    # United States: states by name ("Mountain View, California"); Georgia is left to the country table,
    # which knows the name is ambiguous, and New Mexico is found there already
    "alabama": "US", "alaska": "US", "arizona": "US", "arkansas": "US", "california": "US", "colorado": "US",
    "connecticut": "US", "delaware": "US", "district of columbia": "US", "florida": "US", "hawaii": "US",
    "idaho": "US", "illinois": "US", "indiana": "US", "iowa": "US", "kansas": "US", "kentucky": "US",
    "louisiana": "US", "maine": "US", "maryland": "US", "massachusetts": "US", "michigan": "US", "minnesota": "US",
    "mississippi": "US", "missouri": "US", "montana": "US", "nebraska": "US", "nevada": "US", "new hampshire": "US",
    "new jersey": "US", "new york": "US", "north carolina": "US", "north dakota": "US", "oklahoma": "US",
    "oregon": "US", "pennsylvania": "US", "rhode island": "US", "south carolina": "US", "south dakota": "US",
    "tennessee": "US", "texas": "US", "utah": "US", "vermont": "US", "virginia": "US", "washington": "US",
    "west virginia": "US", "wisconsin": "US", "wyoming": "US",
}
