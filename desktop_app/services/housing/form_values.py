"""Reading the values typed into the housing forms: text, dates and numbers, each wrong one
named."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from desktop_app.domain.dates import DateFormatError, parse_date
from desktop_app.domain.i18n import message as _


def text_value(values: Mapping[str, Any], key: str) -> str | None:
    value = values.get(key)
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def date_value(values: Mapping[str, Any], key: str, errors: dict[str, str]) -> date | None:
    value = values.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return parse_date(str(value))
    except (DateFormatError, ValueError):
        errors[key] = _("'{value}' is not a date (use YYYY-MM-DD).", value=value)
        return None


def number_value(
    values: Mapping[str, Any],
    key: str,
    errors: dict[str, str],
    *,
    whole: bool = False,
    minimum: float = 0,
) -> Any:
    value = values.get(key)
    if value is None or value == "":
        return None
    try:
        number = Decimal(str(value).replace(",", ".").strip())
    except InvalidOperation:
        errors[key] = _("'{value}' is not a number.", value=value)
        return None
    if not number.is_finite():
        errors[key] = _("'{value}' is not a number.", value=value)
        return None
    if whole and number != number.to_integral_value():
        errors[key] = _("'{value}' is not a whole number.", value=value)
        return None
    if number < Decimal(str(minimum)):
        errors[key] = _("must be {minimum:g} or more.", minimum=minimum)
        return None
    return int(number) if whole else float(number)
