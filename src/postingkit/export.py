"""Postings -> JSON, JSON Lines, CSV. The CLI only calls these, so the library and the command
line give byte-identical output."""
from __future__ import annotations

import csv
import io
import json
from typing import Any, Iterable, Iterator

from .model import Posting

CSV_COLUMNS = [
    "source_path", "source_format", "source_sha256", "title", "organization", "reference", "countries",
    "locations", "remote", "employment_type", "contract_months_min", "contract_months_max", "deadline",
    "posted", "pay_min", "pay_max", "pay_currency", "pay_period", "experience_years_min", "education_level",
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
        pay.period if pay else None, p.experience_years_min, p.education_level,
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
    return json.dumps(Posting.model_json_schema(), indent=2, ensure_ascii=False)


_JSONLD_EMPLOYMENT = {"full_time": "FULL_TIME", "part_time": "PART_TIME", "contract": "CONTRACTOR",
                      "consultancy": "CONTRACTOR", "temporary": "TEMPORARY", "internship": "INTERN",
                      "volunteer": "VOLUNTEER"}
_JSONLD_UNITS = {"hour": "HOUR", "day": "DAY", "week": "WEEK", "month": "MONTH", "year": "YEAR"}
_EDUCATION_CREDENTIAL = {"secondary": "high school", "bachelor": "bachelor degree",
                         "master": "postgraduate degree", "doctorate": "postgraduate degree"}


def to_jsonld(posting: Posting) -> dict[str, Any]:
    """schema.org JobPosting. What schema.org cannot hold as such (language requirements) goes into
    `qualifications` as text."""
    p = posting
    ld: dict[str, Any] = {"@context": "https://schema.org", "@type": "JobPosting", "title": p.title}
    duties = [d.text for d in p.duties]
    qualifications = [f"{q.text} ({q.requirement})" for q in p.qualifications]
    qualifications += [
        f"Language: {l.name}" + (f" ({l.code})" if l.code else "") + f", {l.requirement}"
        + (f", {l.proficiency}" if l.proficiency else "")
        + (f"; may be replaced by {', '.join(l.alternatives)}" if l.alternatives else "") for l in p.languages]
    ld["description"] = "\n".join(["Responsibilities:"] + [f"- {d}" for d in duties]) if duties else None
    if p.posted:
        ld["datePosted"] = p.posted.date
    if p.deadline:
        ld["validThrough"] = p.deadline.date + (f"T{p.deadline.time}" if p.deadline.time else "")
    if p.organization:
        ld["hiringOrganization"] = {"@type": "Organization", "name": p.organization}
    places = [{"@type": "Place", "address": {"@type": "PostalAddress", "addressCountry": l.country,
                                             **({"addressLocality": l.city} if l.city else {})}}
              for l in p.locations if l.country]
    if places:
        ld["jobLocation"] = places if len(places) > 1 else places[0]
    if p.remote:
        ld["jobLocationType"] = "TELECOMMUTE"
    if p.employment_type:
        ld["employmentType"] = _JSONLD_EMPLOYMENT[p.employment_type]
    pay = p.remuneration
    if pay and (pay.min is not None or pay.currency):
        value: dict[str, Any] = {"@type": "QuantitativeValue"}
        if pay.min is not None:
            value["minValue"] = pay.min
        if pay.max is not None:
            value["maxValue"] = pay.max
        if pay.period in _JSONLD_UNITS:
            value["unitText"] = _JSONLD_UNITS[pay.period]
        ld["baseSalary"] = {"@type": "MonetaryAmount", "value": value, **({"currency": pay.currency} if pay.currency else {})}
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
    return {k: v for k, v in ld.items() if v is not None}
