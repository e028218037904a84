from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.dates import (
    DateFormatError,
    DobPrecision,
    add_years,
    age_on,
    effective_birth_date,
    is_uncertain,
    parse_date,
    parse_date_with_precision,
)


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("2008-03-14", date(2008, 3, 14), DobPrecision.EXACT),
        ("14.03.2008", date(2008, 3, 14), DobPrecision.EXACT),
        ("14/03/2008", date(2008, 3, 14), DobPrecision.EXACT),
        ("2008-02", date(2008, 2, 1), DobPrecision.MONTH),
        ("2009", date(2009, 1, 1), DobPrecision.YEAR),
        (" 2008-3-4 ", date(2008, 3, 4), DobPrecision.EXACT),
    ],
)
def test_every_accepted_form(text, expected, precision):
    assert parse_date_with_precision(text) == (expected, precision)


@pytest.mark.parametrize(
    "text", ["31.02.2008", "2008-13-01", "2007-02-29", "yesterday", "", "12.2008", "1850"]
)
def test_bad_dates_are_named(text):
    with pytest.raises(DateFormatError) as info:
        parse_date_with_precision(text)
    assert str(info.value)


def test_parse_date_demands_a_full_date():
    with pytest.raises(DateFormatError, match="not a full date"):
        parse_date("2008-02")


def test_effective_birth_date_by_precision():
    stored = date(2008, 7, 19)
    assert effective_birth_date(stored, "exact") == stored
    assert effective_birth_date(stored, "month") == date(2008, 7, 1)
    assert effective_birth_date(stored, "year") == date(2008, 1, 1)
    assert effective_birth_date(stored, "assessed") == stored


def test_uncertainty():
    assert not is_uncertain("exact")
    assert is_uncertain("month") and is_uncertain("year") and is_uncertain("assessed")


def test_leap_day_birthday_falls_on_first_of_march():
    assert add_years(date(2008, 2, 29), 18) == date(2026, 3, 1)
    assert add_years(date(2008, 2, 29), 16) == date(2024, 2, 29)


def test_age_counts_completed_years():
    assert age_on(date(2008, 3, 16), date(2026, 3, 15)) == 17
    assert age_on(date(2008, 3, 16), date(2026, 3, 16)) == 18
    assert age_on(date(2008, 2, 29), date(2026, 2, 28)) == 17
    assert age_on(date(2008, 2, 29), date(2026, 3, 1)) == 18


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2030, 12, 31)), st.integers(0, 60))
def test_add_years_is_the_anniversary(birth, years):
    anniversary = add_years(birth, years)
    assert anniversary.year == birth.year + years
    assert age_on(birth, anniversary) == years
