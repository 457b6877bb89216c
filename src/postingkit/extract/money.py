"""Pay: amounts and ranges, ISO 4217 currency, and the period the amount pays for.

Amounts are read in every thousands and decimal convention ("1.609,42",
"1 609,42", "60'000"); currency words and symbols are mapped here, and no currency is ever assumed."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import patterns as rx  # re.compile, from a per-machine cache of compiled patterns
from ..data.currencies import (
    CFA_FRANC_BY_COUNTRY,
    DOLLAR_BY_COUNTRY,
    KWACHA_BY_COUNTRY,
    NAMED_CURRENCY_BY_COUNTRY,
    PESO_BY_COUNTRY,
)
from ..lexicon import alternation, by_meaning, entries, gated_search, hints, or_regex
from ..model import Remuneration
from .choice import Candidate
from .scan import indexes_mentioning


def _currency_token(words: list[str]) -> str:
    """One regex for every currency the lexicon names: ISO codes (any three letters, checked later), "US$"
    and the other prefixed dollars, symbols, and names as whole words ("din." ends in its dot)."""
    symbols = "".join(sorted(re.escape(w) for w in words if not any(c.isalpha() for c in w)))
    prefixed = [w for w in words if w.endswith("$") and any(c.isalpha() for c in w)]
    # a sign with a letter, not after one: "$U" (Uruguayan peso), "S/" (Peruvian sol); no word edge at the sign
    signed = sorted((w for w in words if any(c.isalpha() for c in w) and not w.endswith("$") and
                     ("$" in w or "/" in w)), key=len, reverse=True)
    # one capital letter before the amount, with no space or one: the rand's "R25 000" (not the language "R 4.0")
    letters = [w.upper() for w in words if len(w) == 1 and w.isalpha()]
    named = [w for w in words if any(c.isalpha() for c in w) and not w.endswith("$") and w not in signed
             and w.upper() not in letters]
    # names before the generic code, or "din." would be read as the unknown code "DIN"
    # "CAD $119,000": a code in capitals, a space, then the dollar sign the code says which of
    edged = "|".join((r"\b" if w[0].isalnum() else "") + re.escape(w) + (r"\b" if w[-1].isalnum() else "")
                     for w in signed)
    lettered = (rf"\b(?-i:[{''.join(letters)}])(?=\s?(?:\d{{1,3}}[ ,.\u202f]\d{{3}}|\d{{4,}}))|" if letters else "")
    return (rf"(?:[A-Z]{{3}}\$|\b(?-i:[A-Z]{{3}})\s\$|{or_regex(prefixed)}|{edged + '|' if edged else ''}{lettered}"
            rf"[{symbols}]|"
            rf"\b{or_regex(named)}(?:(?<=\.)|\b)|"
            rf"(?:\b|(?<=\d))[A-Z]{{3}}(?:\b|(?=\d)))")


_CURRENCY_ENTRIES = entries("currencies")
CURRENCY_WORDS: dict[str, str] = {word: str(e.means) for e in _CURRENCY_ENTRIES for word in e.words}
_CURRENCY_TOKEN = _currency_token(list(CURRENCY_WORDS))
_NUMBER = (r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d{1,2})?|"  # Indian grouping, by lakhs: "₹4,00,000", "12,50,000"
           r"\d{1,3}(?:[,.'’\u202f ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?")
# thousands ("65k"), or lakhs of rupees as Indian postings count pay ("6-8 LPA", "4.5 lakhs per annum")
_SCALE_SUFFIX = r"[kK]\b|\s?(?i:lpa|l\.p\.a\.?|lakhs?|lacs?)\b"
_LAKH = 100_000
# between the two ends of a range: a dash of any kind, "to", "and", "(rising to", "to a maximum (salary) of",
# "to -" (USAJOBS: "$163,964 to - $191,900 per year")
_RANGE_JOINT = (r"(?:-|–|—|‒|―|~|(?:up\s+)?to(?:\s*[-–—])?(?:\s+a)?(?:\s+maximum(?:\s+(?:salary|pay|rate))?\s+of)?|and|"
                r"\(?\s*rising\s+to|"  # "ranges from $43.13/hr up to $72.02/hr"
                # "Mensuel de 1 800,00 Euros à 2 000,00 Euros" (France Travail), "zwischen 50.000 und 60.000 €"
                r"à|et|bis|und|hasta|a(?=\s+\d))")  # Spanish "de 1.200 a 1.500 euros"
# a unit repeated after each end: "$130,000.00 USD Annually - $150,000.00 USD Annually", "£30,393 pa to £34,368 pa"
_UNIT_BETWEEN = (r"(?:\s*(?:annually|yearly|hourly|p\.?a\.?|per\s+(?:year|annum|hour|month|week|day)|"
                 r"/\s*(?:yr|year|hr|hour|month)))?")
_AMOUNT = rx.compile(
    rf"""(?:(?P<cur1>{_CURRENCY_TOKEN})(?:\s?\([A-Za-z .]{{3,40}}\))?)?\s?  # "SDR (special drawing rights) 3,727"
        (?P<low>{_NUMBER})\s?(?P<k1>{_SCALE_SUFFIX})?
        (?:(?:\s?(?P<curL>{_CURRENCY_TOKEN}))?{_UNIT_BETWEEN}  # "45.000,00 € - 52.000,00 €": after each number
           \s*{_RANGE_JOINT}\s*(?P<cur2>{_CURRENCY_TOKEN})?\s?(?P<high>{_NUMBER})\s?(?P<k2>{_SCALE_SUFFIX})?)?
        (?:\s?(?P<cur3>{_CURRENCY_TOKEN})(?!\s?\d))?  # never the currency of the next number: "Band 6 £31,365"
        (?P<scale>\s*(?:billion|million|bn|mn)\b)?""", re.VERBOSE | re.IGNORECASE)
# built from every language's pay words; run on lower-cased text: without IGNORECASE the engine can skip
# ahead on each branch's first letter
_PAY_WORD_ENTRIES = entries("pay_words")
_PAY_WORD = rx.compile(alternation(_PAY_WORD_ENTRIES))
_UNPAID = rx.compile(alternation([e for e in _PAY_WORD_ENTRIES if e.means == "unpaid"]), re.IGNORECASE)
_TALKS_ABOUT_PAY = gated_search(_PAY_WORD_ENTRIES, rx.compile)  # each entry's pattern only where its hints are
_PAY_NOUN = rx.compile(r"(?:(?:gross|net|basic|base|monthly|annual|yearly|daily|hourly|weekly)\s+)*"
                       r"(?:salary|remuneration|pay|wage|fee|compensation|stipend|honorarium|"
                       r"lump[\s-]sum)|"
                       # the adjective alone next to its amount: "OTE £45,000 (basic £28,000)", "£30k base + bonus"
                       r"\b(?:basic|base)(?=:?\s*(?:[$£€₹]|[A-Z]{3}\s?)\d)|(?<=\d\s)(?:basic|base)\b|"
                       r"(?<=\d[kK]\s)(?:basic|base)\b", re.IGNORECASE)
# a budget, but not a consultancy's own, which is its fee: "The total budget for this consultancy is EUR 18,000"
_A_BUDGET = r"budget(?!\s+(?:for|of)\s+(?:this|the)\s+(?:consultancy|assignment|evaluation|contract)\b)"
_NOT_PAY = rx.compile(rf"{_A_BUDGET}|bonus|grant|funding|turnover|revenue|portfolio|allowance|per\s+diem|"
                      r"insurance|pension|reimburse|\bin\s+sales\b|401\s?\(?k|relocation|sign[\s-]?on|"
                      r"valuation|raised|investment|stock|equity\s+grant", re.IGNORECASE)
_PERIOD_ORDER = ("hour", "day", "week", "month", "year", "total")  # the record's periods; ties go to the first
_PERIODS = [(period, rx.compile(alternation(found), re.IGNORECASE))
            for period, found in sorted(by_meaning(entries("pay_periods")).items(),
                                        key=lambda item: _PERIOD_ORDER.index(str(item[0])))]
# Without an amount, only a phrase that names the pay itself tells the period ("competitive day rate").
_PERIOD_ONLY = rx.compile(
    r"\b(?P<period>hourly|daily|day|weekly|monthly|annual|yearly)\s+(?:rates?|fees?|salary|remuneration|pay|wage|"
    r"contract)",
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
    >>> currency_code("CAD $"), currency_code("AUD$"), currency_code("AND $")
    ('CAD', 'AUD', 'USD')
    >>> currency_code("dinars", "JO"), currency_code("dinars"), currency_code("Rs.", "PK"), currency_code("₹", "PK")
    ('JOD', 'RSD', 'PKR', 'INR')
    """
    word = re.sub(r"\s+", " ", token.strip().lower())
    if re.fullmatch(r"[a-z]{3} ?\$", word):  # "CAD$136,000", "CAD $119,000": the code says which dollar
        return currency_code(word[:3], country) or currency_code("$", country)  # "AND $": no code, a dollar
    if word in ("$",) and country in DOLLAR_BY_COUNTRY:
        return DOLLAR_BY_COUNTRY[country]
    if word.startswith("peso"):
        return PESO_BY_COUNTRY.get(country or "")
    if CURRENCY_WORDS.get(word) == "cfa_franc":  # which of the two CFA francs, the country says
        return CFA_FRANC_BY_COUNTRY.get(country or "")
    if CURRENCY_WORDS.get(word) == "kwacha":
        return KWACHA_BY_COUNTRY.get(country or "")
    if word in CURRENCY_WORDS:
        code = CURRENCY_WORDS[word]
        # a name, not a sign or a code: "dinars" in Jordan, "Rs." in Pakistan ("₹", "INR" say which themselves)
        return NAMED_CURRENCY_BY_COUNTRY.get(code, {}).get(country or "", code) if word[:1].isalpha() \
            and word.upper().rstrip(".") != code else code
    if re.fullmatch(r"[a-z]{3}", word):
        import pycountry  # imported here: only an unfamiliar three-letter code needs the full ISO list

        record = pycountry.currencies.get(alpha_3=word.upper())
        return record.alpha_3 if record else None
    return None


_DECIMAL_TAIL = re.compile(r"[.,](\d{1,2})$")


def parse_amount(text: str) -> float | None:
    """An amount as `_NUMBER` finds it: digits grouped by thousands with any separator ("1,609", "1.609",
    "60'000", "1 609"), then at most two decimals after a dot or a comma; or plain digits with at most two
    decimals. A separator followed by three digits groups thousands; one followed by one or two ends them.

    >>> parse_amount("1,609.42"), parse_amount("1.609,42"), parse_amount("45.000,00"), parse_amount("60'000")
    (1609.42, 1609.42, 45000.0, 60000.0)
    >>> parse_amount("1 609,42"), parse_amount("49,119"), parse_amount("1609,5"), parse_amount("2.900")
    (1609.42, 49119.0, 1609.5, 2900.0)
    """
    tail = _DECIMAL_TAIL.search(text)
    whole, decimals = (text[:tail.start()], tail.group(1)) if tail else (text, "")
    digits = "".join(c for c in whole if c.isdigit())
    if not digits:
        return None
    return float(f"{digits}.{decimals}" if decimals else digits)


def find_remuneration(texts: list[str], country: str | None = None) -> Remuneration | None:
    """Pay from pay-bearing texts (labelled salary fields first, then sentences that talk about pay).
    Every amount with a currency is a candidate; the one named as pay, with a range and a period,
    wins (earlier texts break ties); ranges of the same currency and period (by level, by location)
    give the overall min and max. A period the notice does not state is read from the amounts where a
    reader would (an annual salary, an hourly wage) and marked `period_inferred`.

    >>> find_remuneration(["a monthly remuneration of 1,609.42 Euro, subject to deductions"]).model_dump()
    {'min': 1609.42, 'max': 1609.42, 'currency': 'EUR', 'period': 'month', 'period_inferred': False, \
'text': 'monthly remuneration of 1,609.42 Euro'}
    >>> find_remuneration(["Salary: Competitive day rate dependent on experience"]).period
    'day'
    >>> find_remuneration(["The total budget for this consultancy is EUR 18,000, including all fees."]).period
    'total'
    >>> find_remuneration(["The organisation manages a budget of $3.6 billion."]) is None
    True
    >>> pay = find_remuneration(["Salary: Grade 4, £22,737 - £23,114 FTE (actual £18,240 - £18,542)"])
    >>> pay.min, pay.max
    (22737.0, 23114.0)
    >>> find_remuneration(["$77350 - $147600"]).model_dump(exclude={"text"})
    {'min': 77350.0, 'max': 147600.0, 'currency': 'USD', 'period': 'year', 'period_inferred': True}
    >>> pay = find_remuneration(["a base pay between USD 161,000 in the lowest market and USD 288,000 in the highest"])
    >>> pay.min, pay.max, pay.text
    (161000.0, 288000.0, 'USD 161,000 in the lowest market and USD 288,000')
    """
    candidates, without_amount = remuneration_candidates(texts, country or _country_of_the_dollar(texts))
    if not candidates:
        return without_amount
    best_score = max(score for score, _, _ in candidates)
    best = min((c for c in candidates if c[0] == best_score), key=lambda c: c[1])[2]
    # a second range of the same currency and period (by level, by location) need not name the pay again
    return _with_inferred_period(_overall_range(best, [pay for score, _, pay in candidates if score >= best_score - 2]))


_DOLLAR_CODE = rx.compile(r"\b(?:USD|CAD|AUD|NZD|SGD|HKD)\b|\bUS\$")
_COUNTRY_OF_DOLLAR = {code: country for country, code in DOLLAR_BY_COUNTRY.items() if code != "USD"}


def _country_of_the_dollar(texts: list[str]) -> str | None:
    """The country whose dollar a bare "$" is, when the notice names one dollar by its code and no other
    ("CAD $119,000 ..., including a base salary of $100,000 - $160,000": Canadian dollars both).

    >>> _country_of_the_dollar(["CAD $119,000, including a base salary of $100,000"])
    'CA'
    >>> _country_of_the_dollar(["CAD 90,000 or USD 70,000"]), _country_of_the_dollar(["$70,000"])
    (None, None)
    """
    codes = {("USD" if code == "US$" else code)
             for text in texts[:MAX_PAY_TEXTS] for code in _DOLLAR_CODE.findall(text)}
    return _COUNTRY_OF_DOLLAR.get(codes.pop()) if len(codes) == 1 else None


MAX_PAY_TEXTS = 300  # a notice talks about pay in a few places; a hostile one in 50,000 must not cost seconds


def remuneration_candidates(texts: list[str], country: str | None = None
                            ) -> tuple[list[tuple[float, int, Remuneration]], Remuneration | None]:
    """Every amount with a currency as (score, order of its text, pay), and a period named without an amount."""
    without_amount = None
    candidates: list[tuple[float, int, Remuneration]] = []
    for order, text in enumerate(texts_about_pay(texts)[:MAX_PAY_TEXTS]):
        for score, pay in _amounts(text, country):
            candidates.append((score, order, pay))
        m = _PERIOD_ONLY.search(text)
        if without_amount is None and m:
            without_amount = Remuneration(period=_PERIOD_WORD[m.group("period").lower()], text=m.group(0))
        unpaid = _UNPAID.search(text) if without_amount is None else None
        if unpaid:  # "Interns are not financially remunerated": pay of nothing, in no currency
            without_amount = Remuneration(min=0.0, max=0.0, text=unpaid.group(0))
    return candidates, without_amount


def _overall_range(best: Remuneration, equals: list[Remuneration]) -> Remuneration:
    """Ranges by level or location ("$112,400 - $208,800 in New York; $102,200 - $189,700 elsewhere")."""
    if best.min is None or best.max is None or best.min == best.max:
        return best
    marks = _currency_marks(best.text)
    same = [p for p in equals if p.currency == best.currency and p.period == best.period
            and p.min is not None and p.max is not None and p.min != p.max and _currency_marks(p.text) == marks]
    low, high = min(p.min for p in same), max(p.max for p in same)  # type: ignore[type-var]
    if high > 3 * low:
        return best  # not one scale of the same job
    return best.model_copy(update={"min": low, "max": high})


_CURRENCY_MARK = rx.compile(r"\b[A-Z]{1,3}\$|[$£€₹¥₩₪]|\b[A-Z]{3}\b")


def _currency_marks(text: str | None) -> set[str]:
    """How a range writes its currency: one job's scale is written one way throughout; "A$115K/yr" beside
    "$120K/yr" is another job's pay (a job board's list of similar jobs), though both read as dollars here.

    >>> sorted(_currency_marks("A$115K/yr - A$200K/yr")), sorted(_currency_marks("USD 161,000 and USD 288,000"))
    (['A$'], ['USD'])
    """
    return set(_CURRENCY_MARK.findall(text or ""))


# Where a salary figure alone tells the period a reader assumes; other currencies (and amounts in
# between, which may be monthly) are left without one.
_INFERABLE_CURRENCIES = {"USD", "CAD", "GBP", "EUR", "AUD", "NZD", "CHF", "SGD", "IEP"}
_YEARLY_FROM = 10_000
_HOURLY_RANGE = (5.0, 200.0)


def _with_inferred_period(pay: Remuneration) -> Remuneration:
    if pay.period is not None or pay.currency not in _INFERABLE_CURRENCIES:
        return pay
    amounts = [a for a in (pay.min, pay.max) if a is not None]
    if amounts and min(amounts) >= _YEARLY_FROM:
        return pay.model_copy(update={"period": "year", "period_inferred": True})
    if amounts and _HOURLY_RANGE[0] <= min(amounts) and max(amounts) <= _HOURLY_RANGE[1]:
        return pay.model_copy(update={"period": "hour", "period_inferred": True})
    return pay


# the pre-filter: every pay word's hints, and what `_CURRENCY_AMOUNT` looks for
_PAY_HINTS = hints(_PAY_WORD_ENTRIES) + ("$", "£", "€", "₹", "usd", "gbp", "eur", "cad", "aud", "inr")
_MAX_AMOUNT_LINE_WORDS = 12
# "$77350 - $147600 / year", "Band 5: £28,691 – £35,207": a short line that is mostly an amount is pay
_CURRENCY_AMOUNT = rx.compile(r"(?:[$£€₹]|\b(?:USD|GBP|EUR|CAD|AUD|INR)\b)\s?\d|"
                              r"\d[kK]?\s?(?:[€£$]|(?:USD|GBP|EUR|CAD)\b)")  # "65k-95k USD", Québec's "25,50 $"


# "NGN 250,000 monthly", "KES 150,000 gross": an amount after an ISO code, confirmed by the ISO list
# (not a year: "SOS 2025" is the charity's year, though SOS is also Somalia's shilling)
_CODED_AMOUNT = rx.compile(r"\b([A-Z]{3})\s?\d{1,3}(?:[,. ']\d{3})+\b|\b([A-Z]{3})\s?(?:\d{5,}|(?!19|20)\d{4})\b")


def texts_about_pay(texts: list[str]) -> list[str]:
    """The texts that mention pay: substring scans pick the candidates, a pattern confirms them."""
    lowered = [t.lower() for t in texts]
    short = [i for i, t in enumerate(texts) if len(t.split()) <= _MAX_AMOUNT_LINE_WORDS]
    coded = {i for i in short if _a_coded_amount(texts[i])}
    candidates = sorted(set(indexes_mentioning(lowered, _PAY_HINTS)) | coded)
    return [texts[i] for i in candidates
            if _TALKS_ABOUT_PAY(lowered[i])
            or ((i in coded or len(texts[i].split()) <= _MAX_AMOUNT_LINE_WORDS and _CURRENCY_AMOUNT.search(texts[i]))
                and not _NOT_PAY.search(_EXTRAS.sub("", texts[i])))
            or _a_salary_range_alone(texts[i])]


def _a_coded_amount(text: str) -> bool:
    """A short line with an amount after a currency's ISO code, in any currency: "NGN 250,000 monthly".

    >>> _a_coded_amount("NGN 250,000 monthly"), _a_coded_amount("KES 150000"), _a_coded_amount("ISO 9001")
    (True, True, False)
    >>> _a_coded_amount("SOS 2025 annual report")
    False
    """
    return any(currency_code(m.group(1) or m.group(2)) for m in _CODED_AMOUNT.finditer(text))


# "$100,000 - $125,000 + Intensive Training Course": a range of two yearly-sized amounts in one currency
_SALARY_SIZED_RANGE = rx.compile(r"([$£€])\s?(\d{2,3}(?:,\d{3}|[kK]))\s?(?:-|–|—|to)\s?\1\s?(\d{2,3}(?:,\d{3}|[kK]))\b")


def _a_salary_range_alone(text: str) -> bool:
    """A range of two salary-sized amounts, with nothing around it saying it is something else.

    >>> _a_salary_range_alone("Houston, Texas $100,000 - $125,000 + Intensive Training Course")
    True
    >>> _a_salary_range_alone("Manage budgets of $100,000 - $500,000"), _a_salary_range_alone("$50 - $60")
    (False, False)
    >>> _a_salary_range_alone("£60,000 - £70,000 + 10% bonus")
    True
    """
    m = _SALARY_SIZED_RANGE.search(text) if ("$" in text or "£" in text or "€" in text) else None
    if m is None:
        return False
    around = text[max(0, m.start() - 60):m.start()] + _EXTRAS.sub("", text[m.start():m.end() + 40])
    return not _NOT_PAY.search(around) and not _NOT_BASE_PAY.search(around)


_SPACED_THOUSANDS = rx.compile(r"(\d),\s(\d{3})\b")  # "$ 60, 000 - $90, 000"


# "a starting base pay between USD 161,000 in the lowest geographic market and USD 288,000 in the highest"
_BETWEEN = rx.compile(r"\bbetween\s+(?=[^.;]{0,8}\d)([^.;]{1,20}?)\s+(?:in|for|at|on)\s[^.;]{0,60}?"
                      r"\band\s+([^.;]{1,20}?)(?=\s+(?:in|for|at|on|per|a|an)\b|[,.;](?:\s|$)|$)", re.IGNORECASE)


# "ranges from $115,000/year in our lowest geographic market up to $223,600/year in our highest" (Amazon)
_FROM_TO = rx.compile(r"\bfrom\s+(?=[^.;]{0,8}\d)([^.;]{1,20}?)\s+(?:in|for|at|on)\s[^.;]{0,60}?"
                      r"\b(?:up\s+)?to\s+([^.;]{1,20}?)(?=\s+(?:in|for|at|on|per|a|an)\b|[,.;](?:\s|$)|$)",
                      re.IGNORECASE)


def _between_range(text: str, country: str | None) -> list[tuple[float, Remuneration]]:
    """A range whose ends are set apart by what each end is for: the two amounts, one range ("between $X in
    ... and $Y", "from $X in ... up to $Y")."""
    found = []
    lowered = text.lower()
    ranges = [*(_BETWEEN.finditer(text) if "between" in lowered else ()),
              *(_FROM_TO.finditer(text) if "from" in lowered else ())]
    for m in ranges:
        ends = [_amounts(m.group(k), country, whole=False) for k in (1, 2)]
        if not all(len(e) == 1 for e in ends):
            continue
        (_, low), (_, high) = ends[0][0], ends[1][0]
        if low.currency != high.currency or low.min is None or high.min is None \
                or not low.min < high.min <= 3 * low.min:
            continue  # one scale of one job
        named = _PAY_NOUN.search(text[max(0, m.start() - 80):m.start()])
        period = _period_near(text, m.start(), m.end())
        features = ("remuneration.range",) + (("remuneration.named_as_pay",) if named else ()) + \
            (("remuneration.period_stated",) if period else ())
        pay = Remuneration(min=low.min, max=high.min, currency=low.currency, period=period,
                           text=text[m.start(1):m.end(2)])
        found.append((Candidate(pay, "remuneration.amount", pay.text, features=features).score, pay))
    return found


def _amounts(text: str, country: str | None, whole: bool = True) -> list[tuple[float, Remuneration]]:
    """(score, pay) for every amount with a currency in one text."""
    text = _SPACED_THOUSANDS.sub(r"\1,\2", text)
    found = _between_range(text, country) if whole else []  # (it looks for "between" and "from" itself)
    for m in _AMOUNT.finditer(text):
        # "per" after "40,000" reads as a three-letter code: only tokens that name a currency count
        tokens = [t for t in (m.group(k) for k in ("cur1", "curL", "cur2", "cur3")) if t and currency_code(t, country)]
        lakhs = _in_lakhs(m)
        if m.group("scale") or (not tokens and not lakhs and not _LABELLED_AMOUNT.match(text[:m.start()])):
            continue  # no currency: only an amount right after a pay label counts ("Monthly gross salary: 2.900")
        # a code after the figures says which dollar or peso a "$" before them is: "$15.000 - $18.000 MXN"
        coded = [t for t in tokens if re.fullmatch(r"[A-Z]{3}", t.strip())]
        currency = currency_code((coded or tokens)[0], country) if tokens else "INR" if lakhs else None
        named = _PAY_NOUN.search(text[max(0, m.start() - 80):m.end() + 20]) or _PAY_WORD.search(
            text[max(0, m.start() - 60):m.start()].lower())
        # from the last figure: a three-letter word after it may have been taken for a currency ("300 per day")
        figures_end = max(m.end(g) for g in ("low", "k1", "high", "k2") if m.group(g))
        # what follows a "+" is pay on top of the amount ("£60,000 - £70,000 + 10% bonus", "£28,500 per annum plus
        # shift allowance"), not what it is
        on_top = _ON_TOP.match(text, m.end()) or _ON_TOP.match(text, _past_the_period(text, figures_end))
        after = "" if on_top else text[m.end():m.end() + 40]
        if _NOT_PAY.search(text[max(0, m.start() - 60):m.end()] + after) and not named:
            continue
        # (the amount too: "basic" names the pay only right before it, "OTE £45,000 (basic £28,000)")
        if _last_noun_is_not_base_pay(text[max(0, m.start() - 80):m.end()]) or _NOT_PAY_AFTER.match(text[m.end():]) \
                or _NOT_PAY_AFTER.match(text[figures_end:]):
            continue  # "on-target earnings of $173,600", "£1,200 contribution to flight"
        low = _scaled(m.group("low"), m.group("k1") or m.group("k2"))
        high = _scaled(m.group("high"), m.group("k2")) if m.group("high") else low
        # (a small labelled amount with no currency is pay only with its period right after it: Job Bank's
        # "Salary: 17.00 hourly / 30 to 40 hours per week", not "Salary: 3 months' notice")
        if low is None or high is None or low < 1 or (not tokens and not lakhs and low < 100
                                                       and not _A_RATE_AFTER.match(text, figures_end)):
            continue
        if m.group("high") and high < low and not _DASH.search(text, m.end("low"), m.start("high")):
            high = low  # "$52,000 a 12-month contract", "2 000 € et 200 € de prime": a word, not a range, joins them
        if m.group("high") and (high < low or _looks_like_year(m.group("low"), m.group("high"))):
            continue
        if m.group("high") and not m.group("cur1") and high > 20 * low:
            low = high  # "Nodal Point – 4 - £49,036": a scale point before the amount, not a range
        if not m.group("high"):  # one amount: a ceiling ("up to EUR 350") or a floor ("from 800 EUR")?
            before = text[max(0, m.start() - 30):m.start()]
            if _CEILING.search(before):
                low = None
            elif _FLOOR.search(before) or re.match(r"(?:\+|\s*or\s+more\b)", text[figures_end:figures_end + 12]):
                # "2,000+" is a floor; "$45.32 + shift differentials" adds other pay to the amount
                high = None
        period = _period_near(text, m.start("low"), figures_end) or ("year" if lakhs and "p" in (
            (m.group("k1") or "") + (m.group("k2") or "")).lower() else None)  # "6-8 LPA": lakhs per annum
        # "£22,737 - £23,114 FTE (actual £18,240 - £18,542)": a part-time post's share of the scale, beside it
        actual = _ACTUAL_BEFORE.search(text[max(0, m.start() - 20):m.start()]) or _ACTUAL_AFTER.match(text, figures_end)
        features = [name for name, present in (("remuneration.named_as_pay", named),
                                               ("remuneration.range", m.group("high")),
                                               ("remuneration.period_stated", period is not None),
                                               ("remuneration.no_currency", not tokens),
                                               ("remuneration.actual_share", actual)) if present]
        pay = Remuneration(min=low, max=high, currency=currency, period=period, text=_clause(text, m.start(), m.end()))
        found.append((Candidate(pay, "remuneration.amount", pay.text, features=tuple(features)).score, pay))
    return found


_ACTUAL_BEFORE = rx.compile(r"\bactual(?:\s+(?:salary|pay))?\s*:?\s*$", re.IGNORECASE)
_ACTUAL_AFTER = rx.compile(r"\s*(?:(?:per\s+annum|p\.?a\.?|a\s+year)\s+)?actual\b", re.IGNORECASE)


def _past_the_period(text: str, at: int) -> int:
    """Where the period written right at `at` ends ("£28,500 per annum plus ..."), else `at`.

    >>> text = "£28,500 per annum plus shift allowance"
    >>> text[_past_the_period(text, 7):]
    ' plus shift allowance'
    """
    start = at + len(text[at:at + _PERIOD_REACH]) - len(text[at:at + _PERIOD_REACH].lstrip())
    for _, pattern in _PERIODS:
        found = pattern.match(text, start)
        if found:
            return found.end()
    return at


_PERIOD_REACH = 5  # the spaces a period may stand after the figure
_DASH = rx.compile(r"[-–—‒―~]")
_ON_TOP = rx.compile(r"\s*(?:\+|plus\b)", re.IGNORECASE)
_EXTRAS = rx.compile(r"\s(?:\+|plus)\s.*$", re.IGNORECASE | re.DOTALL)  # "... + 10% bonus": pay on top
_NOT_BASE_PAY = rx.compile(r"on[\s-]target|\bote\b|commissions?\b|bonus(?:es)?\b|401\s?\(?k|equity|revenue|"
                           rf"sales\b|{_A_BUDGET}|funding|valuation", re.IGNORECASE)


# "Monthly gross salary: 2.900-3.200": the amount right after a pay label, with no currency written
# ("Salary: up to 60K per annum": a ceiling or a floor word between the label and the amount)
_LABELLED_AMOUNT = rx.compile(r"^\W*(?:[\w-]+\s+){0,3}(?:salary|remuneration|pay|wage|compensation|fee)\W*:\W*"
                              r"(?:(?:up\s+to|from|between|circa|c\.|approx\.?|approximately|around)\s*)?$",
                              re.IGNORECASE)
_NOT_PAY_AFTER = rx.compile(r"\s*(?:contribution|allowance|bonus|relocation|sign[\s-]?on|"
                            # "$4.50 per hour premium when performing manager duties": an add-on to the wage
                            r"(?:(?:per|an?|/)\s*(?:hour|hr)\s+)?(?:premium|differential|shift\s+differential)|"
                            r"(?:to|for|towards)\s+(?:the\s+|your\s+)?(?:flights?|travel|insurance|relocation|"
                            r"equipment)|"
                            # "CAD $119,000 - $246,000, including a base salary of $100,000 - $160,000": a total
                            # that holds the base pay, which the notice states next
                            r",?\s*(?:including|which\s+includes|inclusive\s+of)\s+(?:an?\s+|the\s+)?base\s+"
                            r"(?:salary|pay))\b",
                            re.IGNORECASE)


_A_RATE_AFTER = rx.compile(r"\s*(?:hourly|an\s+hour|per\s+hour|/\s*(?:hr|hour)|ph)\b", re.IGNORECASE)


def _last_noun_is_not_base_pay(before: str) -> bool:
    """The nearest pay-ish noun before an amount says what the amount is."""
    last_not = max((m.end() for m in _NOT_BASE_PAY.finditer(before)), default=-1)
    last_pay = max((m.end() for m in _PAY_NOUN.finditer(before)), default=-1)
    return last_not > last_pay


_NOT_A_PAY_PERIOD = rx.compile(r"\d+\s*(?:hrs?|hours?|days?|shifts?)\s*(?:per|a|/)\s*week|"
                               r"\b(?:hours?|days?)\s+(?:per|a)\s+week", re.IGNORECASE)


# "The annual base salary range for this role in New York City is $175,000": the sentence's period may be this far
_PERIOD_REACH_BEFORE = 80


def _period_near(text: str, start: int, end: int) -> str | None:
    """The period written right after the amount, else the nearest one before it ("annual salary of");
    "24 hrs per week" and "6 days a week" are hours of work, not the pay's period."""
    after = _NOT_A_PAY_PERIOD.sub(" ", text[end:end + 30])
    before = text[max(0, start - _PERIOD_REACH_BEFORE):start]
    before = _NOT_A_PAY_PERIOD.sub(" ", re.split(r"[.;!?]\s", before)[-1])  # this sentence only
    hits = [(m.start(), p) for p, pattern in _PERIODS for m in [pattern.search(after)] if m]
    if hits:
        return min(hits)[1]
    hits = [(m.start(), p) for p, pattern in _PERIODS for m in pattern.finditer(before)]
    return max(hits)[1] if hits else None


# (and in French, Spanish and German: "jusqu'à 2 500 €", "hasta 1.800 €", "bis zu 60.000 €"; "à partir de
# 2 100 € par mois", "desde 1.500 €", "ab 45.000 €")
_CEILING = rx.compile(r"\b(?:up\s+to|maximum(?:\s+of)?|max\.?|not\s+(?:to\s+)?exceed(?:ing)?|no\s+more\s+than|"
                      r"ceiling\s+of|capped\s+at|jusqu['’]\s*[àa]|hasta|bis\s+zu)\s*$", re.IGNORECASE)
_FLOOR = rx.compile(r"\b(?:from|starting\s+(?:at|from)|minimum(?:\s+of)?|min\.?|at\s+least|no\s+less\s+than|"
                    r"[àa]\s+partir\s+de|desde|ab)\s*$", re.IGNORECASE)


def _scaled(number: str, k: str | None) -> float | None:
    value = parse_amount(number)
    if value is None or not k:
        return value
    return round(value * (1000 if k.strip() in ("k", "K") else _LAKH), 2)


def _in_lakhs(m: re.Match[str]) -> bool:
    return any(m.group(g) and m.group(g).strip() not in ("k", "K") for g in ("k1", "k2"))


def _looks_like_year(low: str, high: str) -> bool:
    return bool(re.fullmatch(r"(19|20)\d\d", low.strip()) and re.fullmatch(r"(19|20)\d\d", high.strip()))


def _clause(text: str, amount_start: int, amount_end: int) -> str:
    """The amount with the words of its clause around it, for the record's `text`.

    >>> line = "Contract to Hire | $70 - $80/hr on W2"
    >>> _clause(line, line.index("$"), line.index("/hr"))
    '$70 - $80/hr on W2'
    """
    before = text[max(0, amount_start - 60):amount_start]
    nouns = list(_PAY_NOUN.finditer(before))
    # (a board's header sets its facts apart with bars and dots: "Contract to Hire | $70 - $80/hr")
    separators = list(re.finditer(r"[.;,:|·•]\s|^\S*\s", before))  # else drop the cut-off first word
    if nouns and (not separators or nouns[-1].start() >= separators[-1].end()):
        begin = amount_start - len(before) + nouns[-1].start()  # "monthly remuneration of 1,609.42 Euro"
    else:
        begin = amount_start - len(before) + (separators[-1].end() if separators else 0)
    tail = re.search(r"[,;.](\s|$)", text[amount_end:])
    stop = amount_end + tail.start() if tail else len(text)
    words = text[begin:stop].strip(" ,;:.|·•")
    return re.sub(r"^(?:a|an|the|with|of)\s+", "", words, flags=re.I)
