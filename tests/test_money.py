"""Pay as notices state it. (text, (min, max, currency, period)) or None where it is not this job's pay."""
from __future__ import annotations

import pytest

from postingkit import parse_text
from postingkit.extract.money import find_remuneration


def pay(text: str, country: str | None = None):
    found = find_remuneration([text], country)
    return None if found is None else (found.min, found.max, found.currency, found.period)


CASES = [
    ("Pay : $16-/hr on w2 basis without benefits.", (16, 16, "USD", "hour")),
    ("Wage: $ 100 USD /one day(Good performance will have extra bonus)", (100, 100, "USD", "day")),
    ("35-hour workweek for an eight-week periodSalary of $4,200", (4200, 4200, "USD", "total")),
    ("Salary: $20 per hour for a 10-week internship", (20, 20, "USD", "hour")),
    # a Pacific regional body's notice (shared ngo corpus): special drawing rights, a gloss after the code,
    # and the same range converted to other currencies after it
    ("a starting salary range of SDR (special drawing rights) 3,727-4,562 per month, which converts to "
     "approximately XPF 537,766-658,322 (USD 4,994-6,114)", (3727, 4562, "XDR", "month")),
    ("Salary: 3,000 SDR per month", (3000, 3000, "XDR", "month")),
    # NGO notices (shared ngo corpus): a labelled amount with no currency, contributions beside the salary
    ("**Monthly gross salary**: 2.900-3.200", (2900, 3200, None, "month")),
    # a ceiling or a floor word between the label and an amount with no currency
    ("Salary: up to 60K per annum", (None, 60000, None, "year")),
    # an allowance on top, after the period, is not what the amount is
    ("£28,500 per annum plus shift allowance.", (28500, 28500, "GBP", "year")),
    ("Salary: from 30,000 per annum", (30000, None, None, "year")),
    ("Local salary, plus £1,200 contribution to flight and £650 to insurance", None),
    ("• Type: Hourly Contract", (None, None, None, "hour")),
    ("Salary grade: 5", None),
    # US LinkedIn and UK NHS postings (shared pay corpus): ranges with no period, a unit after each end,
    # band and scale numbers before the amount, on-target earnings beside the base salary
    ("$77350 - $147600 / year", (77350, 147600, "USD", "year")),
    ("86,840 - 139,360 USD", (86840, 139360, "USD", "year")),  # inferred: an annual salary
    ("$125,000 — $205,100 USD", (125000, 205100, "USD", "year")),
    ("Base Pay Range $62 - $85", (62, 85, "USD", "hour")),  # inferred: an hourly wage
    ("Salary:  $130,000.00 USD Annually - $150,000.00 USD Annually", (130000, 150000, "USD", "year")),
    ("81,000.00 USD PER YEAR - 94,500.00 USD PER YEAR", (81000, 94500, "USD", "year")),
    ("Base Salary $70,000USD - $90,000 USD Based upon experience", (70000, 90000, "USD", "year")),
    ("The base salary range for this role is CAD$136,000 per year - CAD$151,500 per year.",
     (136000, 151500, "CAD", "year")),
    ("Pay Range: $ 60, 000 - $90, 000", (60000, 90000, "USD", "year")),
    ("Minimum salary of $120,369 to maximum salary of $174,797 + equity + benefits.", (120369, 174797, "USD", "year")),
    ("Salary: Band 6 £31,365 to £37,890", (31365, 37890, "GBP", "year")),
    ("Acute Medical Unit Specialist Clinical Pharmacist: Band 7 £38,890-£44,503 per "
     "annum", (38890, 44503, "GBP", "year")),
    ("Nodal Point – 4 - £49,036 p.a excl. LZ", (49036, 49036, "GBP", "year")),
    ("Salary: £19,737 (rising to £21,892 on qualification)", (19737, 21892, "GBP", "year")),
    ("Salary: £30,393 pa to £34,368 pa", (30393, 34368, "GBP", "year")),
    ("• Salary: £20,000 (based on 24hrs per week)", (20000, 20000, "GBP", "year")),  # hours of work, not a period
    ("Pay: $45,000.00 - $77,000.00 per year, annual salary Hourly equivalent: $26.70 to $36.36/hr",
     (45000, 77000, "USD", "year")),
    ("Hiring Range: $45.32 + 2nd/3rd shift differentials", (45.32, 45.32, "USD", "hour")),
    ("For this role, we anticipate paying $110k - $160k per year.", (110000, 160000, "USD", "year")),
    ("It is common to receive total on-target earnings of $173,600 - $241,500. The estimated base salary "
     "for this role is $130,200 - $181,125.", (130200, 181125, "USD", "year")),
    ("generating $50k+ in sales per month. Salary range is $55,000 - $65,000 based on experience.",
     (55000, 65000, "USD", "year")),
    ("The base compensation range in those locations is $112,400 - $208,800. In other locations the range "
     "is $102,200 - $189,700.", (102200, 208800, "USD", "year")),
    # dev notices
    ("a monthly remuneration of 1,609.42 Euro, subject to social security "
     "deductions", (1609.42, 1609.42, "EUR", "month")),
    ("Salary: Competitive day rate dependent on experience", (None, None, None, "day")),
    ("The specific working hours and hourly rates will be provided at that time.", (None, None, None, "hour")),
    # ranges and symbols (job boards)
    ("Salary: EUR 30,000 to 40,000 per year", (30000, 40000, "EUR", "year")),
    ("Salary: $52,000 – 55,000 USD Per Year", (52000, 55000, "USD", "year")),
    ("Pay: $17-22hr", (17, 22, "USD", "hour")),
    ("Salary: THB88,495-THB102,141 per month", (88495, 102141, "THB", "month")),
    ("Salary £49,119 - £58,265 per annum", (49119, 58265, "GBP", "year")),
    ("Salary: 1.609,42 € monthly", (1609.42, 1609.42, "EUR", "month")),
    ("Monthly salary: 1 609,42 EUR", (1609.42, 1609.42, "EUR", "month")),
    ("Gross annual salary: 60'000 CHF", (60000, 60000, "CHF", "year")),
    ("Salary: €45k - €55k", (45000, 55000, "EUR", "year")),  # period inferred from an annual figure
    ("Salary: €45.000,00 per year", (45000, 45000, "EUR", "year")),
    ("Compensation: USD 4,500 per month", (4500, 4500, "USD", "month")),
    # one amount as a ceiling or a floor: the other end is not stated
    ("Fee: up to EUR 350 per working day, depending on experience.", (None, 350, "EUR", "day")),
    # a UK contractor's day rate and weekly pay in their short forms
    ("Rate: £300-£350 p/d (outside IR35)", (300, 350, "GBP", "day")), ("Rate: £400pd", (400, 400, "GBP", "day")),
    ("Pay: £600 p/w", (600, 600, "GBP", "week")),
    ("Salary: up to 1.500,00 € brutto monthly", (None, 1500, "EUR", "month")),
    ("Salary: from 800 EUR", (800, None, "EUR", None)),
    ("Starting salary: EUR 2,000+ per month", (2000, None, "EUR", "month")),
    ("Salary: from 800 to 1,000 EUR per month", (800, 1000, "EUR", "month")),
    ("Bruto plata: 800 EUR mesečno", (800, 800, "EUR", "month")),
    ("Lump sum: 5 000 EUR for the whole assignment", (5000, 5000, "EUR", "total")),
    ("£28,000 - £32,000 pro rata", (28000, 32000, "GBP", "year")),
    ("Plata: 900 EUR mjesečno", (900, 900, "EUR", "month")),
    ("The fee will be paid in three instalments, total EUR 6,000.", (6000, 6000, "EUR", "total")),
    ("Daily fee: 250 EUR", (250, 250, "EUR", "day")),
    ("Fee: EUR 300 per day", (300, 300, "EUR", "day")),
    ("The consultancy is paid as a lump sum of USD 12,000.", (12000, 12000, "USD", "total")),
    ("Salary: 80,000 – 95,000 SEK per month", (80000, 95000, "SEK", "month")),
    ("Remuneration: 35 000 UAH per month", (35000, 35000, "UAH", "month")),
    ("Rate: $40 an hour", (40, 40, "USD", "hour")),
    ("Pay: £12.50/hr", (12.5, 12.5, "GBP", "hour")),
    ("Salary: 2,500 USD/month", (2500, 2500, "USD", "month")),
    ("Weekly pay: $900", (900, 900, "USD", "week")),
    ("Salary: ¥6,000,000 annually", (6000000, 6000000, "JPY", "year")),
    # European postings: the currency after each end of the range
    ("Salary: 45.000,00 € - 52.000,00 € gross per annum", (45000, 52000, "EUR", "year")),
    ("Gehalt / Salary: 3.800 EUR – 4.400 EUR brutto per month", (3800, 4400, "EUR", "month")),
    ("Salary: 2 100 PLN to 2 600 PLN net per month", (2100, 2600, "PLN", "month")),
    # the region's own words for pay and for "monthly", and currencies withdrawn for the euro
    ("Salary: 1.200 - 1.500 EUR neto mjesečno", (1200, 1500, "EUR", "month")),
    ("Plata: 2.000 KM bruto", (2000, 2000, "BAM", None)),
    ("Plaća: 9.000 kn neto", (9000, 9000, "HRK", None)),
    ("We offer a salary of 3000-3500 BGN gross", (3000, 3500, "BGN", None)),
    ("Rroga mujore: 90 000 ALL", (90000, 90000, "ALL", "month")),
    ("Paga: 80.000 lekë në muaj", (80000, 80000, "ALL", "month")),
    ("Заробітна плата: 25 000 грн на місяць", (25000, 25000, "UAH", "month")),
    ("Gehalt: 4.200 € brutto monatlich", (4200, 4200, "EUR", "month")),
    ("Salaire : 3 000 € par mois", (3000, 3000, "EUR", "month")),
    # currency words in the languages of the region
    ("Net monthly salary of 1.200 KM", (1200, 1200, "BAM", "month")),
    ("Monthly salary: 120.000 dinars", (120000, 120000, "RSD", "month")),
    ("Salary: 150,000 lek per month", (150000, 150000, "ALL", "month")),
    ("Salary: 60.000 denars monthly", (60000, 60000, "MKD", "month")),
    ("Salary: 30,000 hryvnia per month", (30000, 30000, "UAH", "month")),
    ("Salary: 45,000 Swiss francs per year", (45000, 45000, "CHF", "year")),
    ("Monthly salary of 1,500 euros", (1500, 1500, "EUR", "month")),
    ("Salary: PHP 35,000 monthly", (35000, 35000, "PHP", "month")),
    ("Salary: 35,000 pesos per month", (35000, 35000, "PHP", "month"), "PH"),
    ("Salary: $85,000 per year", (85000, 85000, "CAD", "year"), "CA"),
    # no period stated: left null, never guessed from the size of the number
    ("Salary: EUR 3,200", (3200, 3200, "EUR", None)),
    # not this job's pay
    ("The organisation manages a budget of $3.6 billion.", None),
    ("A sign-on bonus of $5,000 is offered.", None),
    ("The programme has a grant of EUR 2 million.", None),
    ("We employ 3,500 staff in 2024.", None),
    ("Grade: P-3", None),
    ("Salary: competitive", None),
    ("Salary: 30,000 to 40,000 per year", (30000, 40000, None, "year")),  # no currency: none is assumed
    ("Salary in 2022-2025 according to the scale", None),
    ("Per diem and travel allowance of EUR 50 per day are paid separately.", None),
    # a dollar's code before its sign names it, for the bare "$" after it too; a total that includes the
    # base salary stated next is not the base salary
    ("Salary: CAD $119,000 - $246,000 per year", (119000, 246000, "CAD", "year")),
    ("CAD $119,000 - $246,000, including a base salary of $100,000 - $160,000 per year, an equity grant and "
     "benefits.", (100000, 160000, "CAD", "year")),
    ("Pay: AND $50,000 per year", (50000, 50000, "USD", "year")),  # three capitals that are no code
    ("Salaire: €55,000 - €75,000/an", (55000, 75000, "EUR", "year")),
    ("Rémunération : 15 €/h", (15, 15, "EUR", "hour")),
    ("The base salary for this position ranges from $43.13/hr up to $72.02/hr.", (43.13, 72.02, "USD", "hour")),
    # a range joined by the notice's own word for "to": France Travail's pay line, German, Spanish
    ("Salaire : Mensuel de 1 800,00 Euros à 2 000,00 Euros sur 12 mois", (1800, 2000, "EUR", "month")),
    ("Gehalt: zwischen 50.000 und 60.000 € brutto im Jahr", (50000, 60000, "EUR", "year")),
    ("Salario: de 1.200 a 1.500 euros al mes", (1200, 1500, "EUR", "month")),
    ("Salaire : 400 € par jour", (400, 400, "EUR", "day")),
    ("Salary: $50,000 a year", (50000, 50000, "USD", "year")),
    ("65k-95k USD", (65000, 95000, "USD", "year")),
    # Indian postings: digits grouped by lakhs, pay counted in lakhs per annum, "Rs."
    ("Salary: ₹4,00,000 - ₹6,00,000 a year", (400000, 600000, "INR", "year")),
    ("CTC: 6-8 LPA", (600000, 800000, "INR", "year")),
    ("Package: 4.5 lakhs per annum", (450000, 450000, "INR", "year")),
    ("Salary: Rs. 25,000 - 35,000 per month", (25000, 35000, "INR", "month")),
    ("£60,000 - £70,000 + 10% bonus", (60000, 70000, "GBP", "year")),  # the bonus is on top of the pay
    ("Bonus: $5,000 + stock", None),
    # a word joins the amount to a smaller number that is no upper end
    ("Salary: $52,000 a 12-month contract", (52000, 52000, "USD", "year")),
    ("Salaire : 2 000 € et 200 € de prime", (2000, 2000, "EUR", None)),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0][:40] for c in CASES])
def test_pay(case) -> None:
    text, expected, *country = case
    assert pay(text, country[0] if country else None) == expected


def test_pay_keeps_the_words_it_came_from() -> None:
    found = find_remuneration(["The position offers a monthly remuneration of 1,609.42 Euro, subject to deductions."])
    assert found.text == "monthly remuneration of 1,609.42 Euro"


def test_a_post_said_to_be_unpaid_has_pay_of_nothing_in_no_currency() -> None:
    """UN internship notices (shared ngo corpus): "Interns are not financially remunerated"; unpaid work
    experience counted towards a requirement says nothing of the post's pay."""
    from postingkit.extract.money import find_remuneration

    pay = find_remuneration(["Interns are not financially remunerated by the United Nations."])
    assert pay.model_dump() == {"min": 0.0, "max": 0.0, "currency": None, "period": None, "period_inferred": False,
                                "text": "are not financially remunerated"}
    assert find_remuneration(["Related unpaid and/or volunteer work experience may be used."]) is None


@pytest.mark.parametrize(("line", "low", "high", "currency", "period"), [
    # East African abbreviations of the shilling, as a Kenyan ministry's call writes them (newsblaze.co.ke,
    # recruitment-of-enumerators-2023): the abbreviation's full stop ends no sentence before the amount
    ("Successful candidates will be paid daily wages of Kshs. 1,000 per day.", 1000.0, 1000.0, "KES", "day"),
    ("Basic Salary Scale: Kshs. 169,140- 324,430 Per month", 169140.0, 324430.0, "KES", "month"),
    ("Salary: KSh 15,900 to KSh 17,420 monthly", 15900.0, 17420.0, "KES", "month"),
    ("Salary: UShs 2,000,000 per month", 2000000.0, 2000000.0, "UGX", "month"),
])
def test_east_african_shillings(line: str, low: float, high: float, currency: str, period: str) -> None:
    pay = parse_text(line).remuneration
    assert (pay.min, pay.max, pay.currency, pay.period) == (low, high, currency, period)


@pytest.mark.parametrize(("line", "expected"), [
    # an amount after an ISO code on a line of its own, as boards in Nigeria and Kenya print it (self-written,
    # in the shape of the ngo corpus' pay lines); only USD, GBP, EUR, CAD, AUD and INR were seen before
    ("NGN 250,000 monthly", (250000.0, 250000.0, "NGN", "month")),
    ("KES 150,000 - 180,000 per month", (150000.0, 180000.0, "KES", "month")),
    ("ISO 9001 certified workshop", None),
    ("SOS 2025 strategy", None),
])
def test_an_amount_after_any_iso_currency_code_on_its_own_line(line: str, expected: tuple | None) -> None:
    pay = parse_text(f"Field Officer\nAcme\nLagos, Nigeria\n\n{line}\n").remuneration
    assert ((pay.min, pay.max, pay.currency, pay.period) if pay else None) == expected


def test_a_range_whose_ends_say_where_they_apply_after_from() -> None:
    """Amazon's pay sentence on its US postings (self-written in its shape): 'ranges from $X/year in our lowest
    geographic market up to $Y/year in our highest geographic market', as 'between $X in ... and $Y' was read."""
    posting = parse_text("Engineer\nAmazon\nSeattle, WA\n\nThe base pay for this position ranges from $115,000/year "
                         "in our lowest geographic market up to $223,600/year in our highest geographic market.\n")
    pay = posting.remuneration
    assert (pay.min, pay.max, pay.currency, pay.period) == (115000.0, 223600.0, "USD", "year")


@pytest.mark.parametrize(("pay", "place", "currency"), [
    ("25,000 Birr per month", "Addis Ababa, Ethiopia", "ETB"), ("4,500 cedis per month", "Accra, Ghana", "GHS"),
    ("12,000 kwacha per month", "Lusaka, Zambia", "ZMW"), ("12,000 kwacha per month", "Lilongwe, Malawi", "MWK"),
    ("45,000 Afghani per month", "Kabul, Afghanistan", "AFN"), ("Rs. 150,000 per month", "Islamabad, Pakistan", "PKR"),
    ("Rs. 50,000 per month", "Pune, India", "INR"), ("1,500 dinars per month", "Amman, Jordan", "JOD"),
    ("120,000 dinars per month", "Belgrade, Serbia", "RSD"), ("15,000 dirhams per month", "Rabat, Morocco", "MAD")])
def test_currencies_named_in_words_in_the_notices_country(pay: str, place: str, currency: str) -> None:
    # NGO notices state local pay by the currency's name; where the name is several countries' ("dinars", "Rs.",
    # "kwacha"), the notice's country says which
    from postingkit import parse_text

    p = parse_text(f"Driver\nACME NGO\n{place}\n\nConditions\n\nSalary: {pay}\n")
    assert (p.remuneration.currency, p.remuneration.period) == (currency, "month")


def test_the_period_a_long_pay_sentence_states_before_its_amount() -> None:
    """'annual' sixty characters before the amount, across the place the range is for (self-written after US
    Greenhouse postings): stated, not inferred from the amounts."""
    posting = parse_text("Engineer\n\nCompensation\nThe annual base salary range for this role in New York City is "
                         "$175,000 - $210,000. Final offers depend on experience.\n")
    pay = posting.remuneration
    assert (pay.min, pay.max, pay.period, pay.period_inferred) == (175000.0, 210000.0, "year", False)
    assert posting.warnings == []


@pytest.mark.parametrize(("line", "expected"), [
    ("Salary: R25 000 - R30 000 per month", (25000.0, 30000.0, "ZAR", "month")),  # the rand's sign
    ("Salary: R 350,000 per annum", (350000.0, 350000.0, "ZAR", "year")),
    ("Sueldo: $15.000 - $18.000 MXN mensuales", (15000.0, 18000.0, "MXN", "month")),  # the code says which $
    ("Gehalt: 55.000 € - 65.000 € brutto/Jahr", (55000.0, 65000.0, "EUR", "year")),
])
def test_rand_sign_a_code_after_a_dollar_sign_and_german_periods(line: str, expected: tuple) -> None:
    pay = parse_text(f"Officer\n\nDuties\n- Do work\n\n{line}\n").remuneration
    assert (pay.min, pay.max, pay.currency, pay.period) == expected
    assert pay.period_inferred is False


def test_the_language_r_before_a_version_is_no_rand() -> None:
    pay = parse_text("Analyst\n\nSkills\n- R 4.0 and Python\n\nSalary: 30,000 per month\n").remuneration
    assert (pay.min, pay.currency) == (30000.0, None)


def test_the_pay_quote_starts_after_a_board_headers_bar() -> None:
    """Dice's header (self-written): the contract and the pay on one line, set apart by a bar."""
    found = find_remuneration(["Contract to Hire | $70 - $80/hr on W2"])
    assert (found.min, found.max, found.period, found.text) == (70.0, 80.0, "hour", "$70 - $80/hr on W2")


def test_a_quebec_pay_line_with_the_dollar_after_the_amount() -> None:
    """Indeed Canada in French (self-written): the pay line under the place, "$" after each amount."""
    p = parse_text("Technicien(ne) comptable\nGroupe Desjardins Services\nLévis, QC\nTemps plein, Permanent\n"
                   "25,50 $ – 31,20 $ par heure\n\nResponsabilités\n- Effectuer les conciliations bancaires\n")
    found = p.remuneration
    assert (found.min, found.max, found.currency, found.period) == (25.5, 31.2, "CAD", "hour")


@pytest.mark.parametrize(("line", "low", "high"), [
    ("Salaire : à partir de 2 100 € par mois", 2100.0, None), ("Rémunération : jusqu'à 2 500 € par mois", None, 2500.0),
    ("Sueldo: desde 1.500 € al mes", 1500.0, None), ("Gehalt: bis zu 4.000 € pro Monat", None, 4000.0)])
def test_a_floor_or_a_ceiling_said_in_french_spanish_or_german(line: str, low: float | None,
                                                                high: float | None) -> None:
    # as Indeed France and Spanish and German boards write them (self-written): one amount, a floor or a ceiling
    pay = find_remuneration([line])
    assert (pay.min, pay.max, pay.currency, pay.period) == (low, high, "EUR", "month")


@pytest.mark.parametrize(("line", "country", "expected"), [
    ("Sueldo: $1.200.000 - $1.500.000 líquidos mensuales", "CL", (1200000, 1500000, "CLP", "month")),
    ("Salario: $2.500.000 mensual", "CO", (2500000, 2500000, "COP", "month")),
    ("Sueldo: $25,000 - $30,000 mensuales", "MX", (25000, 30000, "MXN", "month")),
    ("Salary: $2,500 - $3,000 USD per month", "MX", (2500, 3000, "USD", "month"))])
def test_the_dollar_sign_in_a_peso_country_is_its_peso(line: str, country: str, expected: tuple) -> None:
    # Latin American boards (self-written in the shape of Chile's Laborum and Mexico's boards): "$" is the peso's sign
    assert pay(line, country) == expected


@pytest.mark.parametrize(("line", "amount"), [
    ("OTE £45,000 (basic £28,000)", 28000), ("£30k base + bonus", 30000),
    ("Basic £24,000 + commission, OTE £40,000", 24000)])
def test_the_basic_pay_beside_on_target_earnings(line: str, amount: float) -> None:
    # UK sales posts (self-written): "basic" or "base" alone next to the amount names the pay; OTE is not it
    assert pay(line, "GB") == (amount, amount, "GBP", "year")


@pytest.mark.parametrize(("line", "expected"), [
    ("Salary: 17.00 hourly / 30 to 40 hours per week", (17, 17, None, "hour")),
    ("Salary: 17.50 to 19.00 per hour", (17.5, 19, None, "hour")), ("Salary: 3 months notice", None)])
def test_a_small_labelled_amount_with_its_hourly_rate_and_no_currency(line: str, expected: tuple | None) -> None:
    # Canada's Job Bank prints the hourly wage without its dollar sign (self-written in its shape)
    assert pay(line, "CA") == expected
