"""Lines that job boards and scrapers put around a notice and that are never part of it."""
from __future__ import annotations

import re

_DEBRIS = re.compile(
    r"""^(?:
        deadline\ for\ applications\ has\ passed | this\ (job|vacancy|position)\ (has\ )?(expired|closed).* |
        no\ documents\ to\ display | similar\ jobs | related\ jobs | share\ (this\ )?(job|vacancy)? |
        apply\ now | apply\ for\ this\ job | save\ (this\ )?job | print | back\ to\ (search|results|jobs) |
        to\ apply\ for\ this\ job\ .{0,80}(account|sign\ in|log\ ?in).* | sign\ in\ to\ apply.* |
        (log\ ?in|sign\ ?up|register)\ (to|for)\ .{0,40}(apply|account).* | report\ this\ job |
        page\ \d+(\ of\ \d+)? | \d+\ of\ \d+ | \d{1,3} | cookie.{0,60}(settings|policy|consent).* |
        skip\ to\ (main\ )?content | loading\.* | show\ (more|less) | read\ (more|less) | view\ all\ jobs |
        see\ who\ you\ know | get\ notified\ about\ new\ .{0,80}jobs.* | referrals\ increase\ your\ chances.* |
        \d+\ applicants | be\ an\ early\ applicant | easy\ apply | actively\ (recruiting|hiring) | promoted |
        (show|see)\ (all\ )?(similar|more)\ jobs.* | people\ also\ viewed |
        home\s*[|>»›]\s*.{0,120}  # a breadcrumb trail: "Home | Procurement Notices", "Home > Jobs > Kosovo"
    )[.!]?$""", re.VERBOSE | re.IGNORECASE)


def is_debris(text: str) -> bool:
    """
    >>> is_debris("Deadline for applications has passed"), is_debris("Page 3 of 7"), is_debris("Deadline: 3 May")
    (True, True, False)
    >>> is_debris("Home | Procurement Notices"), is_debris("Home-based, with travel")
    (True, False)
    """
    return bool(_DEBRIS.match(text.strip()))
