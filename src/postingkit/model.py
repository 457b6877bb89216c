"""The record postingkit produces (pydantic models, which also give the JSON Schema) and the
internal document structure (blocks and sections) the pipeline passes between stages."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"

Requirement = Literal["required", "preferred"]
Period = Literal["hour", "day", "week", "month", "year", "total"]
Format = Literal["txt", "pdf", "docx", "html"]


# --- internal structure: plain dataclasses, cheap to build by the thousand ---------------------

BlockKind = Literal["heading", "list_item", "paragraph", "table_row"]


@dataclass
class Block:
    """One unit of a document as a reader sees it."""

    kind: BlockKind
    text: str
    cells: list[str] = field(default_factory=list)  # table rows only
    numbered: bool = False  # list items: "1." / "a)" rather than a bullet glyph; headings: "V. SCOPE"
    level: int = 0  # list nesting or heading level, where the reader knows it
    page: int | None = None
    marked: bool = False  # a heading the source marked as one (style, "#", bold, a closing colon)
    after_blank: bool = True  # text: a blank line came before it (readers of other formats: always)


SectionKind = Literal[
    "duties", "qualifications", "languages", "pay", "dates", "apply", "about", "summary",
    "benefits", "other",
]


@dataclass
class Section:
    """The blocks under one heading, with what the heading says they are."""

    kind: SectionKind
    heading: str
    requirement: Requirement = "required"
    blocks: list[Block] = field(default_factory=list)


@dataclass
class Document:
    """What every reader returns: blocks plus what the format itself told us."""

    blocks: list[Block]
    pages: int | None = None
    metadata: dict[str, Any] = field(default_factory=dict)  # e.g. the JSON-LD JobPosting of a web page


# --- the published record ----------------------------------------------------------------------

ISO_DATE = r"^\d{4}-\d{2}-\d{2}$"


class _Record(BaseModel):
    # every key is always written (null or [] when unknown), so the published schema says they are required
    model_config = ConfigDict(json_schema_serialization_defaults_required=True)


class Source(_Record):
    path: str | None = Field(None, description="Path of the input file, or null for stdin / in-memory text.")
    format: Format = Field(description="Format read, detected from the bytes: txt, pdf, docx or html.")
    sha256: str = Field(description="SHA-256 of the input bytes, hex.", pattern=r"^[0-9a-f]{64}$")
    bytes: int = Field(description="Size of the input in bytes.")
    pages: int | None = Field(None, description="Page count for PDF, else null.")


class Location(_Record):
    text: str = Field(description="The words the location was read from.")
    city: str | None = Field(None, description="City, where the notice names one.")
    country: str | None = Field(None, description="ISO 3166-1 alpha-2 code (Kosovo: XK), or null.",
                                   pattern=r"^[A-Z]{2}$")


class ContractDuration(_Record):
    text: str
    months_min: float | None = None
    months_max: float | None = None


class Duty(_Record):
    text: str = Field(description="One list item, or one sentence of prose.")
    group: str | None = Field(None, description="The sub-heading the item sat under, if any.")


class Qualification(_Record):
    text: str
    requirement: Requirement = Field(description="required, or preferred (asset / advantage / desirable).")
    category: Literal["education", "experience", "language", "skill", "other"]


class LanguageRequirement(_Record):
    code: str | None = Field(None, description="ISO 639-1, else ISO 639-3, else null (e.g. Gorani).",
                                pattern=r"^[a-z]{2,3}$")
    name: str = Field(description="English name of the language.")
    requirement: Requirement
    proficiency: str | None = Field(
        None, description="native, fluent, professional, working, basic, or a CEFR level A1-C2.")
    alternatives: list[str] = Field(
        default_factory=list, description="Codes (or names) of languages that may replace this one.")
    text: str = Field(description="The sentence the requirement was read from.")


class DateMention(_Record):
    date: str = Field(description="ISO 8601 date, YYYY-MM-DD.", pattern=ISO_DATE)
    time: str | None = Field(None, description="HH:MM, where stated.", pattern=r"^([01]\d|2[0-3]):[0-5]\d$")
    timezone: str | None = Field(None, description="Zone as written (CET, GMT+1, Geneva time), where stated.")
    text: str


class Remuneration(_Record):
    min: float | None = None
    max: float | None = None
    currency: str | None = Field(None, description="ISO 4217 code; null when the notice names none.",
                                    pattern=r"^[A-Z]{3}$")
    period: Period | None = Field(None, description="What the amount pays for; null when not stated.")
    period_inferred: bool = Field(
        False, description="true when the notice states no period and it was read from the amounts "
                           "(an annual salary of $55,000-$76,000, an hourly wage of $18-$28).")
    text: str


class Evidence(_Record):
    rule: str = Field(description="Id of the rule that chose the value, e.g. title.top_lines, "
                                  "organization.board_header.")
    start: int | None = Field(None, description="Start of the words it was read from, a character offset in the "
                                                  "text `postingkit read --format text FILE` prints; null if not "
                                                  "found.")
    end: int | None = Field(None, description="End of those words (exclusive).")


class FieldEvidence(_Record):
    """One entry per field that has a value (null otherwise): a struct, so Parquet and Spark keep its types."""

    title: Evidence | None = None
    organization: Evidence | None = None
    reference: Evidence | None = None
    locations: Evidence | None = None
    remote: Evidence | None = None
    employment_type: Evidence | None = None
    deadline: Evidence | None = None
    posted: Evidence | None = None
    remuneration: Evidence | None = None
    experience_years_min: Evidence | None = None


class Posting(_Record):
    """One vacancy notice, normalized. Every value keeps the text it was read from."""

    schema_version: str = SCHEMA_VERSION
    source: Source
    title: str | None = None
    organization: str | None = None
    reference: str | None = Field(None, description="Vacancy or reference number.")
    locations: list[Location] = Field(default_factory=list)
    remote: bool | None = Field(None, description="true remote/home-based, false on site, null not stated.")
    employment_type: Literal["full_time", "part_time", "contract", "consultancy", "temporary", "internship",
                             "volunteer"] | None = None
    contract_duration: ContractDuration | None = None
    duties: list[Duty] = Field(default_factory=list)
    qualifications: list[Qualification] = Field(default_factory=list)
    languages: list[LanguageRequirement] = Field(default_factory=list)
    deadline: DateMention | None = None
    posted: DateMention | None = None
    remuneration: Remuneration | None = None
    experience_years_min: int | None = None
    education_level: Literal["secondary", "associate", "bachelor", "master", "doctorate"] | None = None
    grade: str | None = Field(
        None, description="Grade or level of the post as written (P-3, G-6, NOB, SB-4, Level 5): a scale, not pay.")
    warnings: list[str] = Field(default_factory=list)
    evidence: FieldEvidence = Field(
        default_factory=FieldEvidence, description="For each field that has a value: the rule that chose it and "
                                                   "where in the notice's text it was read.")
