"""Lines that job boards and scrapers put around a notice and that are never part of it."""
from __future__ import annotations

import re

from .. import patterns as rx  # re.compile, from a per-machine cache of compiled patterns

_DEBRIS = rx.compile(
    r"""^(?:
        deadline\ for\ applications\ has\ passed |
        this\ (job|vacancy|position)(\ (announcement|posting|advert|listing))?\ (has\ )?(expired|closed).* |
        no\ documents\ to\ display | similar\ jobs | related\ jobs | share(\ (this\ )?(job|vacancy))? |
        apply\ now | apply\ for\ this\ job | save\ (this\ )?job | print | back\ to\ (search|results|jobs) |
        to\ apply\ for\ this\ job\ .{0,80}(account|sign\ in|log\ ?in).* | sign\ in\ to\ apply.* |
        (log\ ?in|sign\ ?up|register)\ (to|for)\ .{0,40}(apply|account).* | report\ this\ job |
        page\ \d+(\ of\ \d+)? | \d+\ of\ \d+ | \d{1,3} | cookie.{0,60}(settings|policy|consent).* |
        skip\ to\ (main\ )?content | loading\.* | show\ (more|less) | read\ (more|less) | view\ all\ jobs |
        see\ who\ you\ know | get\ notified\ about\ new\ .{0,80}jobs.* | referrals\ increase\ your\ chances.* |
        \d+\ applicants | be\ an\ early\ applicant | easy\ apply | actively\ (recruiting|hiring) | promoted |
        (show|see)\ (all\ )?(similar|more)\ jobs.* | people\ also\ viewed |
        # a LinkedIn page copied as text: the logo's alt text, buttons, the applicant-insight and network panels
        (?-i:[A-Z0-9][\w&.,'’-]*(?:\ [A-Z0-9][\w&.,'’-]*){0,6})\ (logo|flag|icon) | show\ (more\ options|all) |
        apply | save | help |
        promoted\ by\ hirer.* | responses\ managed\ off\ linkedin | matches\ your\ job\ preferences.* |
        # what the page shows the applicant who printed it: "Submitted resume", "Application viewed 2 weeks ago"
        submitted\ resume | applied(\ \d+\ \w+\ ago)? | application\ (viewed|submitted)(\ \d+\ \w+\ ago)? |
        # a staffing agency's sign-off: "This job and many more are available through The Judge Group."
        this\ job\ and\ many\ more\ (jobs\ )?are\ available\ (through|at|on)\ .{0,80} |
        # Naukri's note over its key skills: "Skills highlighted with ‘‘ are preferred keyskills"
        skills\ highlighted\ with\ .{0,12}\ are\ preferred\ key\ ?skills |
        no\ longer\ accepting\ applications | no\ response\ insights\ available\ yet |
        see\ how\ you\ compare\ .{0,80} | access\ exclusive\ applicant\ insights.* | (re)?try\ premium.{0,40} |
        people\ you\ can\ reach\ out\ to | .{0,60}\ in\ your\ network | meet\ the\ hiring\ team |
        home\s*[|>»›]\s*.{0,120} |  # a breadcrumb trail: "Home | Procurement Notices", "Home > Jobs > Kosovo"
        we\ use\ cookies.* | accept\ (all\ )?cookies | (views|vues)\ ?:?\ [\d,.]+ | share\ on\ \w+ |
        ©.{0,100} | (\(c\)|copyright)\ \d{4}.{0,100} | terms\ of\ (use|service)(\ [|·•]\ .{0,60})? |
        # a link to more of the site, and Spanish, French and German job boards' buttons
        .{0,60}\ (see|view|ver|voir|mehr)\ (more|más|mas|plus|anzeigen) |
        # an advertisement's label on a printed page: "HBO Max · Sponsored", "Green Card Lottery Experts | Patrocinado"
        (.{0,60}\ [|·•]\ )?(sponsored|patrocinado|publicidad|advertisement|anuncio|anzeige|publicité) |
        close\ ad | read\ next\ story | header | footer | sidebar | (main\ |skip\ )?navigation |
        # a job list's banner above the notice: "Current vacancies", "Explore our current job opportunities"
        ((explore|browse|search|view|see)\ )?(all\ )?(our\ )?(current|open|latest|available)\ (job\ )?
        (vacancies|openings|opportunities|positions|jobs) |
        postular(\ ahora)? | postúlate(\ ahora)? | compartir(\ empleo)? | guardar(\ empleo)? |
        inicia(r)?\ sesión.{0,60} | postuler(\ maintenant)? | partager(\ l'offre)? | jetzt\ bewerben | teilen
    )[.!]?$""", re.VERBOSE | re.IGNORECASE)


def is_debris(text: str) -> bool:
    """
    >>> is_debris("Deadline for applications has passed"), is_debris("Page 3 of 7"), is_debris("Deadline: 3 May")
    (True, True, False)
    >>> is_debris("Home | Procurement Notices"), is_debris("Home-based, with travel")
    (True, False)
    >>> is_debris("We use cookies to improve your experience. Accept all cookies"), is_debris("Views: 1,245")
    (True, True)
    >>> is_debris("BCP - Otras posiciones Ver más"), is_debris("Postular"), is_debris("We see more growth")
    (True, True, False)
    >>> is_debris("Zurcher Kantonalbank logo"), is_debris("Design the company logo"), is_debris("Show more options")
    (True, False, True)
    >>> is_debris("U.S. flag"), is_debris("Help"), is_debris("Raise the flag")
    (True, True, False)
    >>> is_debris("Submitted resume"), is_debris("Application viewed 2 weeks ago"), is_debris("Applied mathematics")
    (True, True, False)
    >>> is_debris("Skills highlighted with ‘‘ are preferred keyskills")
    True
    >>> is_debris("Current vacancies"), is_debris("Explore our current job opportunities"), is_debris("Vacancies")
    (True, True, False)
    """
    text = text.strip()
    return bool(_DEBRIS.match(text)) or _is_menu(text)


_MENU_WORDS = {"home", "jobs", "job", "companies", "employers", "candidates", "blog", "news", "login", "log in",
               "sign in", "sign up", "register", "contact", "contact us", "about", "about us", "search", "faq",
               "post a job", "careers", "help", "privacy policy", "menu"}


def _is_menu(text: str) -> bool:
    """A site's menu flattened onto one line: "Jobs | Companies | Blog | Login".

    >>> _is_menu("Jobs | Companies | Blog | Login"), _is_menu("Finance | Logistics | Programme")
    (True, False)
    """
    parts = [p.strip().lower() for p in re.split(r"\s[|·•]\s", text)]
    return len(parts) >= 3 and sum(p in _MENU_WORDS for p in parts) >= 2
