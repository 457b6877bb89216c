"""Pay: amounts and ranges, ISO 4217 currency, and the period the amount pays for.

Amount strings go to price-parser, which knows the thousands and decimal conventions ("1.609,42",
"1 609,42", "60'000"); currency words and symbols are mapped here, and no currency is ever assumed."""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from ..data.currencies import CURRENCY_WORDS, DOLLAR_BY_COUNTRY, PESO_BY_COUNTRY
from ..model import Remuneration
from .scan import indexes_mentioning

_CURRENCY_TOKEN = (
    r"(?:US\$|A\$|AU\$|C\$|CA\$|NZ\$|HK\$|S\$|[$€£¥₹₴₱฿₦₺₽]|\b[A-Z]{3}(?:\b|(?=\d))|\bKM\b|\bFr\.|"
    r"\b(?:swiss\s+francs?|convertible\s+marks|euros?|dollars?|pounds?|sterling|dinars?|lek[eë]?|denar[si]?|"
    r"hryvnias?|hryvnas|pesos?|baht|rupees|yen|yuan|rmb|naira|rand|(?:kenyan\s+|ugandan\s+|tanzanian\s+)?shillings|"
    r"lari|dram|manat|tenge|zloty|złoty|forint|koruna|lei|leu|lira|rubles|roubles|kroner|kronor|kuna|leva|kn)\b|лв\.?|грн\.?)")
_NUMBER = r"\d{1,3}(?:[,.'’\u202f ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"
_AMOUNT = re.compile(
    rf"""(?P<cur1>{_CURRENCY_TOKEN})?\s?
        (?P<low>{_NUMBER})\s?(?P<k1>[kK]\b)?
        (?:(?:\s?(?P<curL>{_CURRENCY_TOKEN}))?  # "45.000,00 € - 52.000,00 €": the currency after each number
           \s*(?:-|–|—|to|and)\s*(?P<cur2>{_CURRENCY_TOKEN})?\s?(?P<high>{_NUMBER})\s?(?P<k2>[kK]\b)?)?
        \s?(?P<cur3>{_CURRENCY_TOKEN})?
        (?P<scale>\s*(?:billion|million|bn|mn)\b)?""", re.VERBOSE | re.IGNORECASE)
# run on lower-cased text: without IGNORECASE the engine can skip ahead on each branch's first letter
_PAY_WORD = re.compile(r"salar|remunerat|wage|compensation|stipend|honorari|gross|\bpa(?:y|id)\b|\bfees?\b|"
                       r"\brates?\b|per\s+(?:annum|month|hour|day)|net\s+(?:monthly|annual)|lump[\s-]sum|pro[\s-]rata")
# the region's and neighbours' words: plata/plaća, zarada, naknada, rroga/paga, зарплата, заробітна плата,
# оклад, Gehalt, salaire, bruto/neto; tried only when one of their stems is there
_REGIONAL_PAY_HINTS = ("plata", "plate", "plać", "placa", "zarad", "naknad", "rrog", "paga", "pagë", "зарплат",
                       "заробітн", "плата", "оклад", "gehalt", "salaire", "rémunérat", "brutto", "netto", "bruto",
                       "neto")
_REGIONAL_PAY_WORD = re.compile(r"\bplat[ae]\b|\bpla[cć]a\b|zarad[ae]|naknad[ae]|\brrog[aë]|\bpag[aë]\b|зарплат|"
                                r"заробітн|\bплата\b|оклад|gehalt|salaire|rémunérat|brutto|netto|\bbruto\b|\bneto\b")
_PAY_NOUN = re.compile(r"(?:(?:gross|net|basic|base|monthly|annual|yearly|daily|hourly|weekly)\s+)*"
                       r"(?:salary|remuneration|pay|wage|fee|compensation|stipend|honorarium|lump[\s-]sum)", re.IGNORECASE)
_NOT_PAY = re.compile(r"budget|bonus|grant|funding|turnover|revenue|portfolio|allowance|per\s+diem|"
                      r"insurance|pension|reimburse", re.IGNORECASE)
_PERIODS = [
    ("hour", re.compile(r"hourly|per\s+hour|an\s+hour|/\s*h(?:ou)?r\b|\d\s*hr\b|p/h|per\s+hr", re.I)),
    ("day", re.compile(r"daily|per\s+day|a\s+day\b|/\s*day|day\s+rate|per\s+diem\s+rate|per\s+working\s+day", re.I)),
    ("week", re.compile(r"weekly|per\s+week|a\s+week\b|/\s*w(?:ee)?k", re.I)),
    ("month", re.compile(r"monthly|per\s+month|a\s+month\b|/\s*mo(?:nth)?\b|p\.?\s?m\.(?!\w)|per\s+calendar\s+month|"
                         r"mj?ese[čc]n|mujor|n[eë]\s+muaj|місячн|на\s+місяць|месечн|monatlich|mensuel|par\s+mois|al\s+mes", re.I)),
    ("year", re.compile(r"per\s+(?:annum|year)|annual(?:ly)?|yearly|a\s+year\b|/\s*y(?:ea)?r\b|p\.\s?a\.?|\bpa\b|"
                        r"godi[šs]nj|vjetor|річн|годишн|jährlich|annuel", re.I)),
    ("total", re.compile(r"lump[\s-]sum|in\s+total|total\s+(?:fee|amount|of)|,\s+total\s+(?=\S*\d|[A-Z]{3}\b)|for\s+the\s+(?:whole|entire)\s+"
                         r"(?:assignment|contract|consultancy)", re.I)),
]
# Without an amount, only a phrase that names the pay itself tells the period ("competitive day rate").
_PERIOD_ONLY = re.compile(
    r"(?P<period>hourly|daily|day|weekly|monthly|annual|yearly)\s+(?:rates?|fees?|salary|remuneration|pay|wage)",
    re.IGNORECASE)
_PERIOD_WORD = {"hourly": "hour", "daily": "day", "day": "day", "weekly": "week", "monthly": "month",
                "annual": "year", "yearly": "year"}


@lru_cache(maxsize=256)
def currency_code(token: str, country: str | None = None) -> str | None:
    """ISO 4217 code of a currency symbol, word or code.

    >>> currency_code("Euro"), currency_code("KM"), currency_code("denars"), currency_code("$", "CA")
    ('EUR', 'BAM', 'MKD', 'CAD')
    >>> currency_code("pesos", "PH"), currency_code("pesos"), currency_code("THB"), currency_code("ABC")
    ('PHP', None, 'THB', None)
    """
    word = re.sub(r"\s+", " ", token.strip().lower())
    if word in ("$",) and country in DOLLAR_BY_COUNTRY:
        return DOLLAR_BY_COUNTRY[country]
    if word.startswith("peso"):
        return PESO_BY_COUNTRY.get(country or "")
    if word in CURRENCY_WORDS:
        return CURRENCY_WORDS[word]
    if re.fullmatch(r"[a-z]{3}", word):
        import pycountry  # imported here: only an unfamiliar three-letter code needs the full ISO list

        record = pycountry.currencies.get(alpha_3=word.upper())
        return record.alpha_3 if record else None
    return None


def parse_amount(text: str) -> float | None:
    """
    >>> parse_amount("1,609.42"), parse_amount("1.609,42"), parse_amount("45.000,00"), parse_amount("60'000")
    (1609.42, 1609.42, 45000.0, 60000.0)
    >>> parse_amount("1 609,42"), parse_amount("49,119")
    (1609.42, 49119.0)
    """
    from price_parser import Price  # imported here: most notices state no pay figure at all

    amount = Price.fromstring(text.replace("’", "'").replace("\u202f", " ")).amount
    return float(amount) if isinstance(amount, Decimal) else None


def find_remuneration(texts: list[str], country: str | None = None) -> Remuneration | None:
    """Pay from pay-bearing texts (labelled salary fields first, then sentences that talk about pay).

    >>> find_remuneration(["a monthly remuneration of 1,609.42 Euro, subject to deductions"]).model_dump()
    {'min': 1609.42, 'max': 1609.42, 'currency': 'EUR', 'period': 'month', 'text': 'monthly remuneration of 1,609.42 Euro'}
    >>> find_remuneration(["Salary: Competitive day rate dependent on experience"]).period
    'day'
    >>> find_remuneration(["The organisation manages a budget of $3.6 billion."]) is None
    True
    """
    without_amount = None
    for text in texts_about_pay(texts):
        found = _with_amount(text, country)
        if found:
            return found
        m = _PERIOD_ONLY.search(text)
        if without_amount is None and m:
            without_amount = Remuneration(period=_PERIOD_WORD[m.group("period").lower()], text=m.group(0))
    return without_amount


_PAY_HINTS = ("salar", "remunerat", "pay", "paid", "wage", "compensation", "fee", "rate", "stipend",
              "honorari", "per ", "gross", "net ", "lump", "pro rata", "pro-rata") + _REGIONAL_PAY_HINTS


def texts_about_pay(texts: list[str]) -> list[str]:
    """The texts that mention pay: substring scans pick the candidates, a pattern confirms them."""
    lowered = [t.lower() for t in texts]
    return [texts[i] for i in indexes_mentioning(lowered, _PAY_HINTS)
            if _PAY_WORD.search(lowered[i]) or (any(h in lowered[i] for h in _REGIONAL_PAY_HINTS)
                                                and _REGIONAL_PAY_WORD.search(lowered[i]))]


def _with_amount(text: str, country: str | None) -> Remuneration | None:
    for m in _AMOUNT.finditer(text):
        tokens = [m.group(k) for k in ("cur1", "curL", "cur2", "cur3") if m.group(k)]
        if not tokens or m.group("scale"):
            continue
        currency = next((c for c in (currency_code(t, country) for t in tokens) if c), None)
        if currency is None:
            continue
        context = text[max(0, m.start() - 60):m.end() + 40]
        if _NOT_PAY.search(context) and not _PAY_NOUN.search(text[max(0, m.start() - 80):m.end() + 20]):
            continue
        low = _scaled(m.group("low"), m.group("k1") or m.group("k2"))
        high = _scaled(m.group("high"), m.group("k2")) if m.group("high") else low
        if low is None or high is None or low <= 0:
            continue
        if m.group("high") and (high < low or _looks_like_year(m.group("low"), m.group("high"))):
            continue
        if not m.group("high"):  # one amount: a ceiling ("up to EUR 350") or a floor ("from 800 EUR")?
            before = text[max(0, m.start() - 30):m.start()]
            if _CEILING.search(before):
                low = None
            elif _FLOOR.search(before) or re.match(r"\s*(?:\+|or\s+more\b)", text[m.end():m.end() + 12]):
                high = None
        period_window = text[max(0, m.start() - 50):m.end() + 30]
        period = next((p for p, pattern in _PERIODS if pattern.search(period_window)), None)
        quote = _clause(text, m.start(), m.end())
        return Remuneration(min=low, max=high, currency=currency, period=period, text=quote)
    return None


_CEILING = re.compile(r"\b(?:up\s+to|maximum(?:\s+of)?|max\.?|not\s+(?:to\s+)?exceed(?:ing)?|no\s+more\s+than|"
                      r"ceiling\s+of|capped\s+at)\s*$", re.IGNORECASE)
_FLOOR = re.compile(r"\b(?:from|starting\s+(?:at|from)|minimum(?:\s+of)?|min\.?|at\s+least|no\s+less\s+than)\s*$",
                    re.IGNORECASE)


def _scaled(number: str, k: str | None) -> float | None:
    value = parse_amount(number)
    return value * 1000 if value is not None and k else value


def _looks_like_year(low: str, high: str) -> bool:
    return bool(re.fullmatch(r"(19|20)\d\d", low.strip()) and re.fullmatch(r"(19|20)\d\d", high.strip()))


def _clause(text: str, amount_start: int, amount_end: int) -> str:
    """The amount with the words of its clause around it, for the record's `text`."""
    before = text[max(0, amount_start - 60):amount_start]
    nouns = list(_PAY_NOUN.finditer(before))
    separators = list(re.finditer(r"[.;,:]\s|^\S*\s", before))  # else drop the cut-off first word
    if nouns and (not separators or nouns[-1].start() >= separators[-1].end()):
        begin = amount_start - len(before) + nouns[-1].start()  # "monthly remuneration of 1,609.42 Euro"
    else:
        begin = amount_start - len(before) + (separators[-1].end() if separators else 0)
    tail = re.search(r"[,;.](\s|$)", text[amount_end:])
    stop = amount_end + tail.start() if tail else len(text)
    words = text[begin:stop].strip(" ,;:.")
    return re.sub(r"^(?:a|an|the|with|of)\s+", "", words, flags=re.I)
