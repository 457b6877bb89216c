"""The lookup tables kept as data agree with the ISO databases pycountry ships, apart from the
overrides that exist on purpose (Kosovo, Romani, Gorani, common English names)."""
from __future__ import annotations

import gettext
import re

import pycountry

from postingkit.data.countries import COUNTRY_ALIASES
from postingkit.data.country_names import COUNTRY_NAMES, TRANSLATED_COUNTRY_NAMES, TRANSLATION_EXCLUDED
from postingkit.data.currencies import (
    CFA_FRANC_BY_COUNTRY,
    DOLLAR_BY_COUNTRY,
    KWACHA_BY_COUNTRY,
    NAMED_CURRENCY_BY_COUNTRY,
    PESO_BY_COUNTRY,
    WITHDRAWN_CODES,
)
from postingkit.data.language_names import LANGUAGE_NAMES
from postingkit.data.languages import LANGUAGE_ALIASES, LANGUAGE_GROUPS, NAME_OVERRIDES


def test_country_names_are_pycountrys() -> None:
    expected = {}
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            name = getattr(country, attribute, None)
            if name and "," not in name:
                expected[name.lower()] = country.alpha_2
    assert COUNTRY_NAMES == expected


def test_translated_country_names_are_pycountrys_french_spanish_german_and_portuguese() -> None:
    expected: dict[str, str] = {}
    for language in ("fr", "es", "de", "pt"):
        translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
        for country in pycountry.countries:
            for attribute in ("name", "common_name", "official_name"):
                name = getattr(country, attribute, None)
                translated = translation.gettext(name).lower() if name else ""
                if name and translated != name.lower() and "," not in translated \
                        and translated not in COUNTRY_NAMES and translated not in TRANSLATION_EXCLUDED:
                    expected.setdefault(translated, country.alpha_2)
    assert TRANSLATED_COUNTRY_NAMES == expected
    assert (expected["tchad"], expected["république démocratique du congo"], expected["estados unidos"]) == (
        "TD", "CD", "US")


def test_country_aliases_point_at_real_codes_and_kosovo_is_xk() -> None:
    assert COUNTRY_ALIASES["kosovo"] == "XK"
    assert all(code == "XK" or pycountry.countries.get(alpha_2=code) for code in COUNTRY_ALIASES.values())


def test_language_codes_are_iso_639_and_names_follow_pycountry_unless_overridden() -> None:
    codes = {c for c in LANGUAGE_ALIASES.values() if c} | {c for group in LANGUAGE_GROUPS.values() for c in group}
    assert set(LANGUAGE_NAMES) == codes
    for code in codes:
        record = pycountry.languages.get(alpha_2=code) if len(code) == 2 else pycountry.languages.get(alpha_3=code)
        assert record is not None, code
        if len(code) == 3:
            assert getattr(record, "alpha_2", None) is None, f"{code} has a 639-1 code"
        expected = NAME_OVERRIDES.get(code) or re.split(r"[;(]", record.name)[0].strip()
        assert LANGUAGE_NAMES[code] == expected


def test_the_gotchas_stay_fixed() -> None:
    assert LANGUAGE_ALIASES["roma"] == "rom" and LANGUAGE_NAMES["rom"] == "Romani"
    assert LANGUAGE_ALIASES["gorani"] is None  # not Gurani (hac), an Iranian language
    assert LANGUAGE_ALIASES["montenegrin"] == "cnr"


def test_currency_words_map_to_iso_4217() -> None:
    from postingkit.lexicon import entries

    # a peso, a CFA franc is the country's
    words = [str(e.means) for e in entries("currencies") if e.means not in ("peso", "cfa_franc", "kwacha")]
    by_country = [*DOLLAR_BY_COUNTRY.values(), *PESO_BY_COUNTRY.values(), *CFA_FRANC_BY_COUNTRY.values(),
                  *KWACHA_BY_COUNTRY.values(),
                  *(code for codes in NAMED_CURRENCY_BY_COUNTRY.values() for code in codes.values())]
    for code in words + by_country:
        assert pycountry.currencies.get(alpha_3=code) is not None or code in WITHDRAWN_CODES, code


def test_city_table_points_at_real_codes_and_keeps_no_common_words() -> None:
    from postingkit.data.cities import CITY_COUNTRIES

    assert all(code == "XK" or pycountry.countries.get(alpha_2=code) for code in CITY_COUNTRIES.values())
    assert (CITY_COUNTRIES["pristina"], CITY_COUNTRIES["kyiv"], CITY_COUNTRIES["geneva"]) == ("XK", "UA", "CH")
    # words that are also ordinary English ("split", "nice", "reading") would turn sentences into places
    assert not {"split", "nice", "reading", "bath", "mobile", "kingston", "victoria"} & set(CITY_COUNTRIES)
