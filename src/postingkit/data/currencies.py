"""Where a currency word means different currencies by country (the words themselves are lexicon
entries: lexicon/*/currencies.py). ISO codes are checked against pycountry."""
from __future__ import annotations

# A plain "$" means the local currency in these countries: their dollar, or their peso, whose sign is "$" too
# ("Sueldo: $1.200.000 líquidos" in Chile; the Philippine peso's sign is "₱").
DOLLAR_BY_COUNTRY = {"AU": "AUD", "CA": "CAD", "NZ": "NZD", "SG": "SGD", "HK": "HKD", "LR": "LRD", "ZW": "USD",
                     "MX": "MXN", "CO": "COP", "CL": "CLP", "AR": "ARS", "DO": "DOP", "UY": "UYU"}
# The CFA franc is two currencies, one per monetary union: Central Africa's (XAF) and West Africa's (XOF).
CFA_FRANC_BY_COUNTRY = {**dict.fromkeys(("CM", "TD", "CF", "CG", "GA", "GQ"), "XAF"),
                        **dict.fromkeys(("BJ", "BF", "CI", "GW", "ML", "NE", "SN", "TG"), "XOF")}
# Malawi's kwacha and Zambia's are two currencies; "kwacha" is the country's.
KWACHA_BY_COUNTRY = {"MW": "MWK", "ZM": "ZMW"}
# A currency's name that other countries' currencies share: the vocabulary's code unless the notice's country has
# its own ("dinars" in Jordan are JOD, "Rs." in Pakistan PKR, "dirhams" in Morocco MAD).
NAMED_CURRENCY_BY_COUNTRY = {
    "RSD": {"JO": "JOD", "IQ": "IQD", "KW": "KWD", "TN": "TND", "LY": "LYD", "DZ": "DZD", "BH": "BHD", "MK": "MKD"},
    "INR": {"PK": "PKR", "NP": "NPR", "LK": "LKR", "MU": "MUR", "SC": "SCR"},
    "AED": {"MA": "MAD"},
}
PESO_BY_COUNTRY = {"PH": "PHP", "MX": "MXN", "CO": "COP", "CL": "CLP", "AR": "ARS", "DO": "DOP", "UY": "UYU"}

# ISO 4217 codes withdrawn when Croatia (2023) and Bulgaria (2026) took the euro: pycountry lists only
# current codes, but older notices still state pay in these.
WITHDRAWN_CODES = frozenset({"HRK", "BGN"})
