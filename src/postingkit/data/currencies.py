"""Currency symbols and words -> ISO 4217. ISO codes themselves are checked against pycountry."""
from __future__ import annotations

CURRENCY_WORDS: dict[str, str] = {
    "€": "EUR", "euro": "EUR", "euros": "EUR", "eur": "EUR", "£": "GBP", "pounds": "GBP", "pound": "GBP",
    "sterling": "GBP", "us$": "USD", "usd": "USD", "dollars": "USD", "dollar": "USD", "a$": "AUD", "au$": "AUD",
    "c$": "CAD", "ca$": "CAD", "nz$": "NZD", "hk$": "HKD", "s$": "SGD", "chf": "CHF", "swiss francs": "CHF",
    "swiss franc": "CHF", "fr.": "CHF", "km": "BAM", "convertible marks": "BAM", "konvertibilna marka": "BAM",
    "dinars": "RSD", "dinar": "RSD", "din.": "RSD", "rsd": "RSD", "lek": "ALL", "leke": "ALL", "lekë": "ALL",
    "denars": "MKD", "denar": "MKD", "denari": "MKD", "hryvnia": "UAH", "hryvnias": "UAH", "hryvnas": "UAH",
    "₴": "UAH", "грн": "UAH", "грн.": "UAH", "₱": "PHP", "baht": "THB", "฿": "THB", "₹": "INR", "rupees": "INR", "yen": "JPY", "¥": "JPY",
    "yuan": "CNY", "rmb": "CNY", "naira": "NGN", "₦": "NGN", "rand": "ZAR", "shillings": "KES",
    "kenyan shillings": "KES", "ugandan shillings": "UGX", "tanzanian shillings": "TZS", "lari": "GEL",
    "dram": "AMD", "manat": "AZN", "tenge": "KZT", "som": "KGS", "zloty": "PLN", "złoty": "PLN", "zł": "PLN",
    "forint": "HUF", "koruna": "CZK", "lei": "RON", "leu": "RON", "lira": "TRY", "₺": "TRY", "rubles": "RUB",
    "roubles": "RUB", "₽": "RUB", "kroner": "DKK", "kronor": "SEK", "kr": "SEK", "$": "USD",
    # WITHDRAWN below: notices from before the euro still state pay in them
    "hrk": "HRK", "kuna": "HRK", "kuna.": "HRK", "kn": "HRK", "bgn": "BGN", "leva": "BGN", "lev": "BGN", "лв": "BGN",
}

# A plain "$" or "pesos" means the local currency in these countries.
DOLLAR_BY_COUNTRY = {"AU": "AUD", "CA": "CAD", "NZ": "NZD", "SG": "SGD", "HK": "HKD", "LR": "LRD", "ZW": "USD"}
PESO_BY_COUNTRY = {"PH": "PHP", "MX": "MXN", "CO": "COP", "CL": "CLP", "AR": "ARS", "DO": "DOP", "UY": "UYU"}

# ISO 4217 codes withdrawn when Croatia (2023) and Bulgaria (2026) took the euro: pycountry lists only
# current codes, but older notices still state pay in these.
WITHDRAWN_CODES = frozenset({"HRK", "BGN"})
