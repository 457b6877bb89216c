"""Postings -> JSON, JSON Lines, CSV. The CLI only calls these, so the library and the command
line give byte-identical output."""
from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

from .model import Posting

CSV_COLUMNS = [
    "source_path", "source_format", "source_sha256", "title", "organization", "reference", "countries",
    "locations", "remote", "employment_type", "contract_months_min", "contract_months_max", "deadline",
    "posted", "pay_min", "pay_max", "pay_currency", "pay_period", "experience_years_min", "education_level", "grade",
    "languages_required", "languages_preferred", "duties", "qualifications_required",
    "qualifications_preferred", "warnings",
]
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_LIST_SEPARATOR = " | "


def to_dict(posting: Posting) -> dict[str, Any]:
    return posting.model_dump(mode="json")


def to_json(posting: Posting, indent: int | None = 2) -> str:
    return json.dumps(to_dict(posting), ensure_ascii=False, indent=indent)


def iter_jsonl(postings: Iterable[Posting]) -> Iterator[str]:
    """One compact JSON object per line, newline included."""
    for posting in postings:
        yield json.dumps(to_dict(posting), ensure_ascii=False, separators=(",", ":")) + "\n"


def csv_row(posting: Posting, neutralize_formulas: bool = True) -> list[str]:
    """One flat row: lists joined with ' | ', so every batch has the same columns."""
    p = posting
    pay = p.remuneration
    values: list[Any] = [
        p.source.path, p.source.format, p.source.sha256, p.title, p.organization, p.reference,
        _join(l.country for l in p.locations if l.country), _join(l.text for l in p.locations),
        p.remote, p.employment_type,
        p.contract_duration.months_min if p.contract_duration else None,
        p.contract_duration.months_max if p.contract_duration else None,
        p.deadline.date if p.deadline else None, p.posted.date if p.posted else None,
        pay.min if pay else None, pay.max if pay else None, pay.currency if pay else None,
        pay.period if pay else None, p.experience_years_min, p.education_level, p.grade,
        _join(l.code or l.name for l in p.languages if l.requirement == "required"),
        _join(l.code or l.name for l in p.languages if l.requirement == "preferred"),
        _join(d.text for d in p.duties),
        _join(q.text for q in p.qualifications if q.requirement == "required"),
        _join(q.text for q in p.qualifications if q.requirement == "preferred"),
        _join(p.warnings),
    ]
    return [_cell(v, neutralize_formulas) for v in values]


def csv_header() -> str:
    return _csv_line(CSV_COLUMNS)


def csv_line(posting: Posting, neutralize_formulas: bool = True) -> str:
    return _csv_line(csv_row(posting, neutralize_formulas))


def write_csv(postings: Iterable[Posting], neutralize_formulas: bool = True) -> str:
    return csv_header() + "".join(csv_line(p, neutralize_formulas) for p in postings)


def _csv_line(values: list[str]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(values)
    return buffer.getvalue()


def _join(values: Iterable[Any]) -> str:
    return _LIST_SEPARATOR.join(str(v) for v in values if v is not None)


def _cell(value: Any, neutralize_formulas: bool) -> str:
    """Spreadsheets run a cell that starts with = + - @ as a formula: prefix such text with '."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value)
    if neutralize_formulas and text.startswith(_FORMULA_START) and not _is_number(text):
        return "'" + text
    return text


def _is_number(text: str) -> bool:
    try:
        float(text)
        return True
    except ValueError:
        return False


def json_schema() -> str:
    """The record's JSON Schema (draft 2020-12), as records are written: every key present."""
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema",
              **Posting.model_json_schema(mode="serialization")}
    return json.dumps(schema, indent=2, ensure_ascii=False)


_JSONLD_EMPLOYMENT = {"full_time": "FULL_TIME", "part_time": "PART_TIME", "contract": "CONTRACTOR",
                      "consultancy": "CONTRACTOR", "temporary": "TEMPORARY", "internship": "INTERN",
                      "volunteer": "VOLUNTEER"}
_JSONLD_UNITS = {"hour": "HOUR", "day": "DAY", "week": "WEEK", "month": "MONTH", "year": "YEAR"}
_EDUCATION_CREDENTIAL = {"secondary": "high school", "associate": "associate degree", "bachelor": "bachelor degree",
                         "master": "postgraduate degree", "doctorate": "postgraduate degree"}


def to_jsonld(posting: Posting) -> dict[str, Any]:
    """schema.org JobPosting, as Google's job search reads it. What schema.org cannot hold as such
    (language requirements) goes into `qualifications` as text. A property Google requires that the
    notice does not state is left out, never invented, and named in `postingkitWarnings` (a key outside
    the schema.org context, so JSON-LD processors drop it)."""
    p = posting
    ld: dict[str, Any] = {"@context": "https://schema.org", "@type": "JobPosting", "title": p.title}
    duties = [d.text for d in p.duties]
    qualifications = [f"{q.text} ({q.requirement})" for q in p.qualifications]
    qualifications += [_language_line(l) for l in p.languages]
    ld["description"] = _description(duties, qualifications)
    if p.posted:
        ld["datePosted"] = p.posted.date
    if p.deadline:
        ld["validThrough"] = _date_time(p.deadline)
    if p.organization:
        ld["hiringOrganization"] = {"@type": "Organization", "name": p.organization}
    places = [{"@type": "Place", "address": {"@type": "PostalAddress", "addressCountry": l.country,
                                             **({"addressLocality": l.city} if l.city else {})}}
              for l in p.locations if l.country]
    countries = list(dict.fromkeys(l.country for l in p.locations if l.country))
    if places and not p.remote:
        ld["jobLocation"] = places if len(places) > 1 else places[0]
    if p.remote:
        ld["jobLocationType"] = "TELECOMMUTE"
        if countries:  # where a remote worker may live: the countries the notice names
            ld["applicantLocationRequirements"] = [{"@type": "Country", "name": c} for c in countries]
    if p.employment_type:
        ld["employmentType"] = _JSONLD_EMPLOYMENT[p.employment_type]
    salary = _base_salary(p)
    if salary:
        ld["baseSalary"] = salary
    if duties:
        ld["responsibilities"] = "\n".join(duties)
    if qualifications:
        ld["qualifications"] = "\n".join(qualifications)
    if p.experience_years_min is not None:
        ld["experienceRequirements"] = {"@type": "OccupationalExperienceRequirements",
                                        "monthsOfExperience": p.experience_years_min * 12}
    if p.education_level:
        ld["educationRequirements"] = {"@type": "EducationalOccupationalCredential",
                                       "credentialCategory": _EDUCATION_CREDENTIAL[p.education_level]}
    if p.reference:
        ld["identifier"] = {"@type": "PropertyValue", "name": p.organization or "reference", "value": p.reference}
    ld = {k: v for k, v in ld.items() if v is not None}
    missing = _missing_for_google(ld, p)
    if missing:
        ld["postingkitWarnings"] = missing
    return ld


def _language_line(language) -> str:
    return (f"Language: {language.name}" + (f" ({language.code})" if language.code else "")
            + f", {language.requirement}" + (f", {language.proficiency}" if language.proficiency else "")
            + (f"; may be replaced by {', '.join(language.alternatives)}" if language.alternatives else ""))


def _description(duties: list[str], qualifications: list[str]) -> str | None:
    parts = []
    if duties:
        parts.append("\n".join(["Responsibilities:"] + [f"- {d}" for d in duties]))
    if qualifications:
        parts.append("\n".join(["Qualifications:"] + [f"- {q}" for q in qualifications]))
    return "\n\n".join(parts) or None


def _date_time(mention) -> str:
    """ISO 8601 with the stated time and, where it is an offset, the zone ("2024-07-14T23:59+02:00")."""
    if not mention.time:
        return mention.date
    zone = mention.timezone or ""
    offset = "Z" if zone.upper() in ("Z", "UTC", "GMT") else zone if re.fullmatch(r"[+-]\d{2}:\d{2}", zone) else \
        f"{zone[:3]}:{zone[3:]}" if re.fullmatch(r"[+-]\d{4}", zone) else ""
    return f"{mention.date}T{mention.time}{offset}"


def _base_salary(p: Posting) -> dict[str, Any] | None:
    pay = p.remuneration
    if not pay or (pay.min is None and pay.max is None) or not pay.currency:
        return None
    value: dict[str, Any] = {"@type": "QuantitativeValue"}
    if pay.min is not None:
        value["minValue"] = pay.min
    if pay.max is not None:
        value["maxValue"] = pay.max
    if pay.period in _JSONLD_UNITS:
        value["unitText"] = _JSONLD_UNITS[pay.period]
    return {"@type": "MonetaryAmount", "currency": pay.currency, "value": value}


def _missing_for_google(ld: dict[str, Any], p: Posting) -> list[str]:
    """Google's job search requires these; the notice did not state them."""
    missing = [f"{key}: not stated in the notice" for key in ("title", "description", "datePosted",
                                                               "hiringOrganization") if key not in ld]
    if "jobLocation" not in ld and "applicantLocationRequirements" not in ld:
        missing.append("jobLocation: no country stated" if not p.remote
                       else "applicantLocationRequirements: a remote job with no country stated")
    if "baseSalary" in ld and "unitText" not in ld["baseSalary"]["value"]:
        missing.append(f"baseSalary.unitText: the pay's period is "
                       f"{p.remuneration.period or 'not stated'}"  # type: ignore
                       ", which schema.org's HOUR/DAY/WEEK/MONTH/YEAR cannot say")
    return missing
