"""Dates of birth with precision, and calendar arithmetic the rules rely on."""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum

from desktop_app.domain.i18n import message as _


class DobPrecision(StrEnum):
    EXACT = "exact"
    MONTH = "month"
    YEAR = "year"
    ASSESSED = "assessed"


UNCERTAIN_PRECISIONS = frozenset({DobPrecision.MONTH, DobPrecision.YEAR, DobPrecision.ASSESSED})
# Each precision by its value (a member is its own value): looked up without building one.
_PRECISIONS = {precision.value: precision for precision in DobPrecision}


class DateFormatError(ValueError):
    """A text that is not one of the accepted date forms."""


def effective_birth_date(value: date, precision: DobPrecision | str) -> date:
    """The date the rules count from.

    `month` counts from the 1st of the month, `year` from 1 January (the usual
    registration convention); exact and assessed dates are used as they are.
    """
    precision = _PRECISIONS.get(precision) or DobPrecision(precision)
    if precision is DobPrecision.MONTH:
        return value.replace(day=1)
    if precision is DobPrecision.YEAR:
        return date(value.year, 1, 1)
    return value


def is_uncertain(precision: DobPrecision | str) -> bool:
    return (_PRECISIONS.get(precision) or DobPrecision(precision)) in UNCERTAIN_PRECISIONS


def add_years(value: date, years: int) -> date:
    """Anniversary `years` later; a 29 February falls on 1 March in non-leap years."""
    try:
        return value.replace(year=value.year + years)
    except ValueError:
        return date(value.year + years, 3, 1)


def age_on(birth: date, today: date) -> int:
    """Completed years on `today` (a 29 February birthday counts from 1 March)."""
    years = today.year - birth.year
    if today < add_years(birth, years):
        years -= 1
    return years


_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_SLASHED = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_YEAR_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_YEAR = re.compile(r"^(\d{4})$")


def parse_date(text: str) -> date:
    """A full date in ISO `YYYY-MM-DD`, `DD.MM.YYYY` or `DD/MM/YYYY`."""
    parsed, precision = parse_date_with_precision(text)
    if precision is not DobPrecision.EXACT:
        raise DateFormatError(
            _("'{value}' is not a full date (day, month and year)", value=text.strip())
        )
    return parsed


def parse_date_with_precision(text: str) -> tuple[date, DobPrecision]:
    """A date in any accepted form, with the precision its form implies.

    Accepted: `YYYY-MM-DD`, `DD.MM.YYYY`, `DD/MM/YYYY` (exact), `YYYY-MM`
    (month) and `YYYY` (year).
    """
    raw = text.strip()
    if not raw:
        raise DateFormatError(_("the date is empty"))
    year: int
    month: int
    day: int
    precision = DobPrecision.EXACT
    if m := _ISO.match(raw):
        year, month, day = int(m[1]), int(m[2]), int(m[3])
    elif m := _DOTTED.match(raw):
        day, month, year = int(m[1]), int(m[2]), int(m[3])
    elif m := _SLASHED.match(raw):
        day, month, year = int(m[1]), int(m[2]), int(m[3])
    elif m := _YEAR_MONTH.match(raw):
        year, month, day = int(m[1]), int(m[2]), 1
        precision = DobPrecision.MONTH
    elif m := _YEAR.match(raw):
        year, month, day = int(m[1]), 1, 1
        precision = DobPrecision.YEAR
    else:
        raise DateFormatError(
            _(
                "'{raw}' is not a date (use YYYY-MM-DD, DD.MM.YYYY, DD/MM/YYYY, YYYY-MM or YYYY)",
                raw=raw,
            )
        )
    if year < 1900:
        raise DateFormatError(_("'{raw}' has an implausible year", raw=raw))
    try:
        return date(year, month, day), precision
    except ValueError:
        raise DateFormatError(_("'{raw}' does not exist in the calendar", raw=raw)) from None
