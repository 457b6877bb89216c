"""Deadlines and posting dates, as notices write them. (text, expected ISO date or None)."""
from __future__ import annotations

import pytest

from postingkit.extract.dates import find_deadline, find_posted

DEADLINES = [
    # dev notices
    ("Deadline for the applications: 26 November 2023.", "2023-11-26"),
    ("Deadline: Jul 14, 2024 Deadline for applications has passed", "2024-07-14"),
    # UN / NGO job boards
    ("Closing date: 14 July 2024", "2024-07-14"),
    ("Closing Date: 14.07.2024", "2024-07-14"),
    ("Closing date: 14/07/2024 (midnight Geneva time)", "2024-07-14"),
    ("Application deadline: 2024-07-14", "2024-07-14"),
    ("Deadline: Sunday, 14 July 2024, 23:59 CET", "2024-07-14"),
    ("Apply by 5 July 2024.", "2024-07-05"),
    ("Apply before July 5th, 2024", "2024-07-05"),
    ("Applications must be received no later than 30 September 2024 at 17:00 (GMT+1).", "2024-09-30"),
    ("Applications must be submitted by 1st of March 2025", "2025-03-01"),
    ("Please apply no later than 03.02.2025", "2025-02-03"),
    ("Last date for applications: 12-Jan-2025", "2025-01-12"),
    ("Deadline for submission: 7 Feb. 2025", "2025-02-07"),
    ("The vacancy closes on 15 January 2025.", "2025-01-15"),
    ("Closing date\n31 October 2024", "2024-10-31"),
    ("Deadline:\n31/10/24", "2024-10-31"),
    ("Submission date: Monday 4 November 2024 by 12:00 noon", "2024-11-04"),
    ("Applications close on Friday 29 November 2024", "2024-11-29"),
    ("Deadline: 14 Jul 2024", "2024-07-14"),
    # a US form's due date; a British "must reach us by"
    ("Application Due Date: 12/15/2026", "2026-12-15"),
    ("Applications must reach us by 15.12.2026 latest", "2026-12-15"),
    # Internshala (India): the year's century cut to an apostrophe
    ("Apply By: 15 Dec' 26", "2026-12-15"), ("Apply By: 3 Jan'27", "2027-01-03"),
    ("DEADLINE: 14 JULY 2024", "2024-07-14"),
    ("Deadline : September 1, 2024", "2024-09-01"),
    ("Valid through: 2024-12-31", "2024-12-31"),
    ("Open until 20 December 2024", "2024-12-20"),
    ("Deadline: 07/14/2024", "2024-07-14"),  # cannot be day-first
    # no deadline stated, or a date that is not one
    ("Applications are reviewed on a rolling basis.", None),
    ("The position will remain open until filled.", None),
    ("Contract start date: 1 January 2025", None),
    ("The project runs until the end of 2023.", None),
    ("Survey conducted in December 2023 on a sample of 50 LSGs.", None),
    ("Date posted: Jun 24, 2024", None),
    ("Published 3 June 2024. Starting date 1 July 2024.", None),
    ("Deadline: 31/02/2024", None),  # no such day
    ("The deadline for the report is the end of the month.", None),
    ("Start: as soon as possible", None),
    # other wordings: the vacancy "closes", "last day to apply", notices from the region in their languages
    ("The vacancy closes at midnight on 12 August 2024.", "2024-08-12"),
    ("Last day to apply: August 1, 2024", "2024-08-01"),
    ("Rok za prijavu: 15.07.2024.", "2024-07-15"),
    ("Afati i fundit për aplikim: 20.08.2024", "2024-08-20"),
    ("Краен рок за пријавување: 10.09.2024", "2024-09-10"),
    ("Кінцевий термін подання заявок: 05.10.2024", "2024-10-05"),
    ("Apply by: 15 July", None),  # no year: not a date to invent
    # month names in the notice's own language, with the day written "15."
    ("Rok za prijavu: 15. decembar 2026.", "2026-12-15"),
    ("Rok za podnošenje prijava je 3. marta 2027. godine", "2027-03-03"),
    ("Rok za podnošenje prijava: 15. prosinca 2026.", "2026-12-15"),
    ("Afati i fundit për aplikim: 15 dhjetor 2026", "2026-12-15"),
    ("Краен рок за аплицирање: 15 декември 2026", "2026-12-15"),
    ("Рок за пријаву: 1. фебруара 2027.", "2027-02-01"),
    ("Bewerbungsfrist: 15. Dezember 2026", "2026-12-15"),
    ("Date limite de candidature : 1 août 2027", "2027-08-01"),
    # an extension wins over the first deadline, wherever each stands
    ("Deadline: 10 March 2025\nDeadline extended to 20 March 2025", "2025-03-20"),
    ("DEADLINE EXTENDED: 20 March 2025 (previously 10 March 2025)", "2025-03-20"),
    ("The deadline of 10 March 2025 has been extended to 20 March 2025.", "2025-03-20"),
    ("New deadline: 20 March 2025\nDeadline: 10 March 2025", "2025-03-20"),
    ("Deadline: 20 March 2025\nThe contract may be extended to 31 December 2026.", "2025-03-20"),
    # applying until a date, in the notice's own words
    ("Candidatures jusqu'au 30 avril 2025", "2025-04-30"), ("Postulez avant le 15 mai 2025", "2025-05-15"),
    ("Bewerben Sie sich bis zum 15. Mai 2025", "2025-05-15"), ("Job posting end date: 04/30/2025", "2025-04-30"),
    ("Interviews will be held on 3 June 2025.", None),
]


@pytest.mark.parametrize("text, expected", DEADLINES)
def test_deadline(text: str, expected: str | None) -> None:
    found, _ = find_deadline(text)
    assert (found.date if found else None) == expected


def test_deadline_keeps_time_zone_and_text() -> None:
    found, _ = find_deadline("Applications must be received no later than 30 September 2024 at 17:00 (GMT+1).")
    assert found.model_dump() == {
        "date": "2024-09-30", "time": "17:00", "timezone": "GMT+1",
        "text": "Applications must be received no later than 30 September 2024 at 17:00 (GMT+1)"}
    assert find_deadline("Deadline: 14 July 2024, 23:59 Geneva time")[0].timezone == "Geneva time"
    assert find_deadline("Closing date: 14/07/2024 midnight (CET)")[0].time == "23:59"
    # the time written before the date, and "12:00 noon"
    found = find_deadline("Applications must be received no later than 17:00 CET on 3 June 2024.")[0]
    assert (found.date, found.time, found.timezone) == ("2024-06-03", "17:00", "CET")
    found = find_deadline("Deadline: 5th July 2024, 12:00 noon (Kyiv time)")[0]
    assert (found.time, found.timezone) == ("12:00", "Kyiv time")
    assert find_deadline("Deadline: 3 June 2024. Interviews at 10:00 on 10 June 2024")[0].time is None


def test_french_and_spanish_deadlines_in_the_sentence_that_says_what_to_send() -> None:
    found = find_deadline("Les candidat(e)s intéressé(e)s sont prié(e)s d'envoyer une lettre de motivation et un CV au "
                          "plus tard le 15 janvier 2026 à 17h00 à l'adresse recrutement@example.org.")[0]
    assert (found.date, found.time) == ("2026-01-15", "17:00")
    found = find_deadline("Date limite : 3 juin 2025 à 12h")[0]
    assert (found.date, found.time) == ("2025-06-03", "12:00")
    found = find_deadline("Las personas interesadas deben enviar su CV a empleo@example.org hasta el 15 de enero de "
                          "2026 a las 18:00.")[0]
    assert (found.date, found.time) == ("2026-01-15", "18:00")
    assert find_deadline("Envoyer votre CV à recrutement@example.org. Entretiens le 3 juin 2025")[0] is None


def test_no_deadline_gives_a_warning_not_a_date() -> None:
    assert find_deadline("Applications are reviewed on a rolling basis.") == (
        None, ["no deadline: the notice says 'rolling basis'"])


def test_us_notices_read_numeric_dates_month_first() -> None:
    assert find_deadline("Deadline: 03/04/2024", month_first=True)[0].date == "2024-03-04"
    assert find_deadline("Deadline: 03/04/2024")[0].date == "2024-04-03"


POSTED = [
    ("Date posted: Jun 24, 2024", "2024-06-24"),
    ("Posted on 3 June 2024", "2024-06-03"),
    ("Published: 03.06.2024", "2024-06-03"),
    ("Publication date: 2024-06-03", "2024-06-03"),
    ("Date of issue: 1 May 2024", "2024-05-01"),
    ("Last update: Jun 25, 2024", None),
    ("Updated on 3 June 2024", None),
    ("Deadline: 14 July 2024", None),
    ("Job posted 2025-03-10", "2025-03-10"),
    ("Announcement date: 10/03/2025", "2025-03-10"),
    ("The vacancy was announced on 10 March 2025.", "2025-03-10"),
    ("The results will be announced on 30 April 2025.", None),
    ("Job Posting : Apr 17 2024", "2024-04-17"),  # a US LinkedIn field (shared jobboard corpus)
    ("This job posting will close on May 3, 2024", None),
]


@pytest.mark.parametrize("text, expected", POSTED)
def test_posted(text: str, expected: str | None) -> None:
    found = find_posted(text)
    assert (found.date if found else None) == expected


@pytest.mark.parametrize("notice, posted, deadline", [
    # UN careers pages (Oracle) print month first: the deadline's "24" shows it for the posting date too
    ("Posting Date: 03/10/2024, 05:12 AM\nApply Before: 03/24/2024, 11:59 PM\n", "2024-03-10", "2024-03-24"),
    # a European notice shows day first: "13.05.2024" settles "03.06.2024"
    ("Published: 03.06.2024\nStart of contract: 13.05.2025\nDeadline: 01.07.2024\n", "2024-06-03", "2024-07-01"),
    # nothing settles it: day first, as most notices outside the US write
    ("Published: 03/06/2024\nDeadline: 01/07/2024\n", "2024-06-03", "2024-07-01"),
])
def test_the_notice_own_unambiguous_dates_decide_the_order_of_the_others(notice: str, posted: str,
                                                                         deadline: str) -> None:
    from postingkit.pipeline import parse_text

    record = parse_text("Project Officer\n\n" + notice)
    assert (record.posted.date, record.deadline.date) == (posted, deadline)


def test_an_amount_after_the_date_is_no_time_of_day() -> None:
    """Found by the property test: "45.000,00" after a deadline read as 45:00, which the record refuses."""
    deadline, _ = find_deadline("Deadline: 14 July 2024 45.000,00")
    assert (deadline.date, deadline.time, deadline.text) == ("2024-07-14", None, "Deadline: 14 July 2024")


@pytest.mark.parametrize(("text", "deadline"), [
    ("Posted on 2 March 2025\n\nDeadline: 15 March\n", "2025-03-15"),  # the year of the notice's other dates
    ("Posted: 10 December 2024\nClosing date: 10 January\n", "2025-01-10"),  # after the posting
    ("Deadline: 15 March\n", None),  # no other date: no year to take
    ("Contract from 1 Jan 2024 to 3 Feb 2025\nDeadline: 15 March\n", None),  # two years: unsaid
])
def test_a_deadline_without_its_year(text: str, deadline: str | None) -> None:
    from postingkit import parse_text
    found = parse_text(f"Project Officer\n\n{text}").deadline
    assert (found.date if found else None) == deadline


@pytest.mark.parametrize(("text", "deadline"), [
    # UNHCR's Workday form, as job sites copy it (unjobs/drjobs pages in the search tool's pages corpus):
    # the label's own words end the line, the date is the next field
    ("Target Start Date\nDeadline for Applications\nJuly 3 2025\n", "2025-07-03"),
    ("Closing date for receipt of applications\n14 March 2025\n", "2025-03-14"),
    # a sentence after the label is no label line: its next line's date is something else's
    ("Deadline: not set, we read applications as they come.\nStart: 1 May 2025\n", None),
])
def test_a_label_whose_date_is_on_the_next_line(text: str, deadline: str | None) -> None:
    found, _ = find_deadline(text)
    assert (found.date if found else None) == deadline


@pytest.mark.parametrize(("text", "date", "time"), [
    ("Apply before: 2025/06/04", "2025-06-04", None),  # the year first with slashes: not 25 June 2004
    ("Expiry date: 2025.06.04", "2025-06-04", None),
    ("All applications must reach us not later than 4th June 2025 at 12 noon.", "2025-06-04", "12:00"),
    ("CVs should be sent to jobs@example.org by 4 June 2025.", "2025-06-04", None),
    ("Application window: 20 May 2025 - 4 June 2025", "2025-06-04", None),  # the window's end
    ("We will review applications on a rolling basis until 4 June 2025.", "2025-06-04", None),
    # the World Bank's form: the order it prints the date in, then the time (self-written after its careers site)
    ("Closing Date: 06/04/2025 (MM/DD/YYYY) at 11:59pm UTC", "2025-06-04", "23:59"),
    ("Closing Date: 04/06/2025 (DD/MM/YYYY) at 11:59pm UTC", "2025-06-04", "23:59"),
])
def test_deadlines_in_more_of_the_shapes_notices_write_them(text: str, date: str, time: str | None) -> None:
    found = find_deadline(text)[0]
    assert (found.date, found.time) == (date, time)


def test_issue_date_is_when_the_notice_was_posted() -> None:
    from postingkit.extract.dates import find_posted

    assert find_posted("Issue Date: 3 June 2025\nDeadline: 30 June 2025").date == "2025-06-03"


@pytest.mark.parametrize(("text", "time", "zone"), [
    ("Applications close 5pm AEST, Sunday 16 March 2025", "17:00", "AEST"),  # the time before the date
    ("Deadline: 16 March 2025 at 17:00 SAST", "17:00", "SAST"),
    ("Deadline: 16 March 2025, 23:59 GST", "23:59", "GST"),
])
def test_time_zones_of_the_regions_notices_come_from(text: str, time: str, zone: str) -> None:
    found = find_deadline(text)[0]
    assert (found.date, found.time, found.timezone) == ("2025-03-16", time, zone)


@pytest.mark.parametrize("text", ["Clôture des candidatures : 15 janvier 2026",
                                  "Délai de dépôt des dossiers : 15 janvier 2026",
                                  "Fecha de cierre: 15 de enero de 2026",
                                  "Las postulaciones cierran el 15 de enero de 2026"])
def test_french_and_spanish_closing_labels(text: str) -> None:
    assert find_deadline(text)[0].date == "2026-01-15"


@pytest.mark.parametrize(("text", "date", "time"), [
    ("Date de clôture : 16 janvier 2026 à minuit", "2026-01-16", "23:59"),
    ("Fecha límite: 16 de enero de 2026 a medianoche", "2026-01-16", "23:59"),
    ("Bewerbungsschluss: 16. Januar 2026 um Mitternacht", "2026-01-16", "23:59"),
    ("Date limite : 16 janvier 2026 à midi", "2026-01-16", "12:00"),
    ("Bewerbungsschluss: 16. Januar 2026 um 12:00 Uhr", "2026-01-16", "12:00"),
    ("Applications will be accepted through January 15, 2026.", "2026-01-15", None),
])
def test_midnight_and_noon_in_french_spanish_and_german_and_accepted_through(text: str, date: str,
                                                                            time: str | None) -> None:
    found = find_deadline(text)[0]
    assert (found.date, found.time) == (date, time)


def test_canadas_job_bank_advertised_until_over_its_date_is_the_deadline() -> None:
    # the end of a Job Bank posting (self-written after its shape): the label, then the date on the next line
    from postingkit import parse_text

    p = parse_text("Cook\nTim Hortons\nHalifax, NS\n\nTasks\nPrepare and cook meals\n\nHow to apply\n"
                   "By email: jobs@example.ca\nAdvertised until\n2027-01-20\n")
    assert p.deadline is not None and p.deadline.date == "2027-01-20"


@pytest.mark.parametrize(("text", "expected"), [
    ("Closing date: 2026-12-31T23:59:00Z", ("2026-12-31", "23:59", "UTC")),
    ("Deadline: 2026-12-31T17:00:00+01:00", ("2026-12-31", "17:00", "+01:00")),
    ("Closing date: 31 December 2026 at 12:00:00 GMT", ("2026-12-31", "12:00", "GMT"))])
def test_an_iso_date_and_time_with_its_seconds_and_offset(text: str, expected: tuple) -> None:
    # applicant-tracking systems print the closing time as ISO 8601 ("T", seconds, "Z" or an offset)
    found = find_deadline(text)[0]
    assert (found.date, found.time, found.timezone) == expected
