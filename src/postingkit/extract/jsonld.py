"""Values from a page's schema.org JobPosting JSON-LD, normalized like the text's own."""
from __future__ import annotations

import datetime
import html
import json
import math
import re
from typing import Any

from .. import patterns as rx  # re.compile, from a per-machine cache of compiled patterns
from ..model import DateMention, Location, Remuneration
from .places import find_countries

_UNIT_PERIODS = {"HOUR": "hour", "DAY": "day", "WEEK": "week", "MONTH": "month", "YEAR": "year"}
_EMPLOYMENT = {"FULL_TIME": "full_time", "PART_TIME": "part_time", "CONTRACTOR": "contract",
               "TEMPORARY": "temporary", "INTERN": "internship", "VOLUNTEER": "volunteer"}


_MARKUP = rx.compile(r"<[^>]*>")
_MAX_VALUE_CHARS = 500  # a title or a name; anything longer is not one


def _text(value: Any) -> str | None:
    """A page's structured data is text someone else typed: markup and entities are cleaned as the
    page's own text is ('</script><script>' inside a title never reaches an output)."""
    if isinstance(value, dict):
        value = value.get("name")
    if isinstance(value, list):
        value = value[0] if value else None
    if value in (None, "") or isinstance(value, (dict, list)):
        return None
    text = " ".join(_MARKUP.sub(" ", html.unescape(str(value))).split())
    return text[:_MAX_VALUE_CHARS] or None


def json_ld_title(posting: dict[str, Any]) -> str | None:
    return _text(posting.get("title"))


def json_ld_organization(posting: dict[str, Any]) -> str | None:
    return _text(posting.get("hiringOrganization"))


def json_ld_date(posting: dict[str, Any], key: str) -> DateMention | None:
    """
    >>> json_ld_date({"validThrough": "2024-07-14T23:59:00+02:00"}, "validThrough").model_dump()
    {'date': '2024-07-14', 'time': '23:59', 'timezone': '+02:00', 'text': 'validThrough: 2024-07-14T23:59:00+02:00'}
    """
    raw = _text(posting.get(key))
    m = re.match(r"^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?", raw or "")
    if not m or not _real_date(m.group(1)) or (m.group(2) and not _real_time(m.group(2))):
        return None  # "2025-02-30" is no date: the text's own deadline, if any, stands
    return DateMention(date=m.group(1), time=m.group(2), timezone=m.group(3), text=f"{key}: {raw}")


def _real_date(text: str) -> bool:
    try:
        datetime.date.fromisoformat(text)
        return True
    except ValueError:
        return False


def _real_time(text: str) -> bool:
    hours, minutes = map(int, text.split(":"))
    return hours < 24 and minutes < 60


def json_ld_remuneration(posting: dict[str, Any]) -> Remuneration | None:
    """
    >>> json_ld_remuneration({"baseSalary": {"currency": "EUR", "value": {"minValue": 30000,
    ...     "maxValue": 40000, "unitText": "YEAR"}}}).model_dump(exclude={"text", "period_inferred"})
    {'min': 30000.0, 'max': 40000.0, 'currency': 'EUR', 'period': 'year'}
    """
    salary = posting.get("baseSalary")
    if not isinstance(salary, dict):
        return None
    value = salary.get("value")
    if isinstance(value, dict):
        low, high = value.get("minValue", value.get("value")), value.get("maxValue", value.get("value"))
        unit = value.get("unitText") or salary.get("unitText")
    else:
        low = high = value
        unit = salary.get("unitText")
    try:
        low = float(low) if low is not None else None
        high = float(high) if high is not None else low
    except (TypeError, ValueError):
        return None
    if any(v is not None and (not math.isfinite(v) or v < 0) for v in (low, high)):
        return None
    if low is not None and high is not None and high < low:
        low, high = high, low
    currency = _text(salary.get("currency"))
    if currency is not None and not re.fullmatch(r"[A-Za-z]{3}", currency):
        currency = None  # not an ISO 4217 code: never guessed
    if low is None and currency is None:
        return None
    return Remuneration(min=low, max=high, currency=currency.upper() if currency else None,
                        period=_UNIT_PERIODS.get(str(unit or "").upper()),
                        text=f"baseSalary: {_text(json.dumps(salary, ensure_ascii=False))}")


def json_ld_locations(posting: dict[str, Any]) -> list[Location]:
    places = posting.get("jobLocation") or []
    places = places if isinstance(places, list) else [places]
    found: dict[str, Location] = {}
    for place in places:
        address = place.get("address") if isinstance(place, dict) else None
        if not isinstance(address, dict):
            continue
        country = _text(address.get("addressCountry"))
        city = _text(address.get("addressLocality"))
        if not country:
            continue
        code = country.upper() if re.fullmatch(r"[A-Za-z]{2}", country) else \
            next((l.country for l in find_countries(country)), None)
        if code:
            found.setdefault(code, Location(text=", ".join(x for x in (city, country) if x), city=city, country=code))
    return list(found.values())


def json_ld_remote(posting: dict[str, Any]) -> bool | None:
    return True if str(posting.get("jobLocationType", "")).upper() == "TELECOMMUTE" else None


def json_ld_employment_type(posting: dict[str, Any]) -> str | None:
    kinds = posting.get("employmentType")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return next((_EMPLOYMENT[k.upper()] for k in kinds if isinstance(k, str) and k.upper() in _EMPLOYMENT), None)
