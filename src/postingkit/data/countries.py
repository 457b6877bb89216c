"""Country names as notices write them, beyond what pycountry knows."""
from __future__ import annotations

# alias (lower case) -> ISO 3166-1 alpha-2. Kosovo is XK (user-assigned, used by the EU, UN agencies
# and ISO-based systems alike); libraries that leave it out or map it to Serbia are wrong here.
COUNTRY_ALIASES: dict[str, str] = {
    "kosovo": "XK", "kosova": "XK", "bosnia & herzegovina": "BA", "bosnia-herzegovina": "BA",
    "bosnia and herzegovina": "BA", "bosnia": "BA", "bih": "BA", "north macedonia": "MK", "macedonia": "MK",
    "republic of north macedonia": "MK", "moldova": "MD", "russia": "RU", "turkey": "TR", "türkiye": "TR",
    "turkiye": "TR", "united states": "US", "united states of america": "US", "usa": "US", "u.s.": "US",
    "eeuu": "US", "ee. uu.": "US", "ee.uu.": "US",
    "uk": "GB", "u.k.": "GB", "united kingdom": "GB", "great britain": "GB", "england": "GB",
    "scotland": "GB", "wales": "GB",
    # states named after a country, longer than the country's name so that they win: not Mexico, GB, GB
    "new mexico": "US", "new england": "US", "new south wales": "AU",
    "czech republic": "CZ", "czechia": "CZ", "south korea": "KR",
    "north korea": "KP", "korea": "KR", "vietnam": "VN", "viet nam": "VN", "laos": "LA", "syria": "SY",
    "iran": "IR", "tanzania": "TZ", "bolivia": "BO", "venezuela": "VE", "palestine": "PS",
    "occupied palestinian territory": "PS", "gaza": "PS", "west bank": "PS", "ivory coast": "CI",
    "côte d'ivoire": "CI", "cote d'ivoire": "CI", "drc": "CD", "dr congo": "CD", "rdc": "CD",
    "democratic republic of the congo": "CD", "democratic republic of congo": "CD",
    "republic of the congo": "CG", "congo": "CG", "cape verde": "CV", "cabo verde": "CV",
    "swaziland": "SZ", "eswatini": "SZ", "burma": "MM", "myanmar": "MM", "east timor": "TL",
    "timor-leste": "TL", "taiwan": "TW", "brunei": "BN", "micronesia": "FM", "the netherlands": "NL",
    "holland": "NL", "the gambia": "GM", "gambia": "GM", "the philippines": "PH", "philippines": "PH",
    "vatican": "VA", "holy see": "VA", "uae": "AE", "united arab emirates": "AE", "st lucia": "LC",
    "saint lucia": "LC", "south sudan": "SS", "sudan": "SD", "hong kong": "HK",
    # regions that notices name as their own country, inside one ISO 3166 country
    "somaliland": "SO", "puntland": "SO", "kurdistan region of iraq": "IQ", "iraqi kurdistan": "IQ",
    # the region's own names, as its notices print them
    "kosovë": "XK", "kosove": "XK", "srbija": "RS", "србија": "RS", "shqipëri": "AL", "shqipëria": "AL",
    "shqiperi": "AL", "shqiperia": "AL", "bosna i hercegovina": "BA", "босна и херцеговина": "BA",
    "crna gora": "ME", "црна гора": "ME", "hrvatska": "HR", "sjeverna makedonija": "MK", "severna makedonija": "MK",
    "северна македонија": "MK", "maqedonia e veriut": "MK", "deutschland": "DE", "österreich": "AT",
    "schweiz": "CH", "україна": "UA", "ukrajina": "UA", "slovenija": "SI",
    # a UK nation named after the island, not the Republic of Ireland
    "northern ireland": "GB", "n. ireland": "GB",
}

# Words that pycountry lists as a name but that in a notice are rarely the country.
AMBIGUOUS_NAMES = frozenset({"chad", "jersey", "guernsey", "georgia", "jordan", "niger", "mali"})
# Of these, the ones that after "in" are the country ("our mission in Mali", "based in Chad"): not Georgia (a US
# state too) nor the Channel Islands (a person's name as often).
COUNTRIES_AFTER_IN = frozenset({"chad", "jordan", "niger", "mali"})

# US states as job boards print them after a city ("Austin, TX"). Codes that are also countries' ISO
# codes and that postings use for those countries ("Tirana, AL", "Berlin, DE", "Chisinau, MD",
# "Bangalore, IN") count only before a ZIP code ("Dover, DE 19901"); the others, and CA, AZ, GA, MA,
# NC, PA, SC, TN, VA and MO, whose countries postings rarely abbreviate so, count on their own.
US_STATES_ALONE = frozenset({
    "AK", "CT", "DC", "FL", "HI", "IA", "KS", "MI", "ND", "NH", "NJ", "NM", "NV", "NY", "OH", "OK", "OR", "RI",
    "TX", "UT", "VT", "WA", "WI", "WV", "WY", "CA", "AZ", "GA", "MA", "NC", "PA", "SC", "TN", "VA", "MO"})
US_STATES_WITH_ZIP = US_STATES_ALONE | frozenset({
    "AL", "AR", "CO", "DE", "ID", "IL", "IN", "KY", "LA", "MD", "ME", "MN", "MS", "MT", "NE", "SD"})
