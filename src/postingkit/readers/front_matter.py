"""The front matter of a markdown posting (Jekyll, Hugo and the job boards built on them keep one job per
file): a block of `key: value` (YAML, between `---` lines) or `key = "value"` (TOML, between `+++` lines)
at the top. Its keys are the posting's labelled facts; they become "Key: value" lines, which the labelled
fields read like any other ("title = ..." is a title label, "closing_date = ..." a deadline label)."""
from __future__ import annotations

from .. import patterns as rx  # re.compile, from a per-machine cache of compiled patterns

_DELIMITERS = ("---", "+++")
_MAX_LINES = 60  # a front matter is a handful of keys; past this, the dashes were a rule, not a delimiter
_KEY_VALUE = rx.compile(r"^([A-Za-z][\w-]{0,40})\s*[:=]\s*(.*?)\s*$")
# a sort order some boards prefix their keys with: "a_job_type", "aa_degrees_required"
_SORT_PREFIX = rx.compile(r"^[a-z]{1,2}_(?=[a-z]{3})")
_EMPTY = {"", "none", "null", "nil", "[]", "{}", "tbd", "n/a", '""', "''"}


def front_matter_as_labels(text: str) -> str:
    r"""The text with its front matter, if it opens with one, turned into label lines.

    >>> print(front_matter_as_labels('+++\ntitle = "Consultant"\nclosing_date = "February 10, 2023"\n'
    ...                              'a_job_type = ["Consultant"]\nthumbnail = ""\n+++\nJob Summary:\n'))
    Title: Consultant
    Closing date: February 10, 2023
    Job type: Consultant
    <BLANKLINE>
    Job Summary:
    <BLANKLINE>
    >>> front_matter_as_labels("---\nNot a front matter, a rule under nothing\n")[:3]
    '---'
    """
    first = text[:4].rstrip("\r\n")
    if first not in _DELIMITERS:
        return text
    lines = text.split("\n")
    end = next((i for i, line in enumerate(lines[1:_MAX_LINES + 1], 1) if line.strip() == first), None)
    if end is None:
        return text
    labels = []
    for line in lines[1:end]:
        m = _KEY_VALUE.match(line.strip())
        if not m:
            continue  # a list's item or a nested table: not a fact of its own
        value = m.group(2).strip().strip("[]").strip()
        value = ", ".join(part.strip().strip("\"'") for part in value.split('", "')) if value else value
        value = value.strip("\"'").strip()
        if value.lower() in _EMPTY:
            continue
        key = _SORT_PREFIX.sub("", m.group(1)).replace("_", " ").replace("-", " ").strip()
        labels.append(f"{key[:1].upper()}{key[1:]}: {value}")
    return "\n".join(labels + [""] + lines[end + 1:])
