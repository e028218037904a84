"""The person record's fields: which a worker edits, and how each value is checked and cleaned."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from desktop_app.domain.codes import UnknownCodeError, country_code, language_codes
from desktop_app.domain.dates import (
    DateFormatError,
    DobPrecision,
    parse_date,
    parse_date_with_precision,
)
from desktop_app.domain.i18n import message as _
from desktop_app.domain.i18n import sentence, text_of
from desktop_app.domain.plain_text import plain_text_errors
from desktop_app.services import clock
from desktop_app.services.errors import ValidationError

SEXES = ("female", "male", "other", "unknown")
# Names and references: no control or invisible characters (domain/plain_text.py).
PLAIN_TEXT_FIELDS = (
    "given_name",
    "family_name",
    "preferred_name",
    "legal_guardian",
    "external_references",
    "preferred_municipalities",
)


# Fields a worker edits on the person record, in form order.
EDITABLE_FIELDS: tuple[str, ...] = (
    "given_name",
    "family_name",
    "preferred_name",
    "date_of_birth",
    "dob_precision",
    "sex",
    "nationality",
    "country_of_origin",
    "languages",
    "interpreter_needed",
    "interpreter_language",
    "arrival_date",
    "unaccompanied",
    "legal_guardian",
    "external_references",
    "in_aftercare",
    "family_reunification_members",
    "monthly_housing_budget",
    "preferred_municipalities",
    "needs_accessible_housing",
)


def _as_date(
    value: Any, name: str, errors: dict[str, str], *, required: bool = False
) -> date | None:
    if value is None or value == "":
        if required:
            errors[name] = _("This date is required.")
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return parse_date(str(value))
    except DateFormatError as exc:
        errors[name] = sentence(text_of(exc))
        return None


def _as_bool(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in {"1", "true", "yes", "y", "ja", "j"}
    return bool(value)


def clean_case_values(
    values: Mapping[str, Any], *, creating: bool, today: date | None = None
) -> dict[str, Any]:
    """Validate and normalise person-record fields; raises ValidationError naming each bad field.

    `today`: the day the dates are checked against, when the caller has it (an import checks
    50,000 rows against one day); else `clock.today()`."""
    errors: dict[str, str] = {}
    out: dict[str, Any] = {}
    today = today or clock.today()
    unknown = set(values) - set(EDITABLE_FIELDS) - {"reference", "team_id", "status"}
    for name in sorted(unknown):
        errors[name] = _("This field cannot be changed here.")
    # Names and references are plain text (domain/plain_text.py): checked before anything else.
    hidden = plain_text_errors({name: values.get(name) for name in PLAIN_TEXT_FIELDS})
    for name in ("given_name", "family_name"):
        if name in values or creating:
            text = str(values.get(name) or "").strip()
            if not text:
                errors[name] = _("A name is required.")
            elif len(text) > 120:
                errors[name] = _("The name is too long (120 characters at most).")
            out[name] = text
    if "preferred_name" in values:
        out["preferred_name"] = str(values["preferred_name"] or "").strip() or None
    inferred_precision: DobPrecision | None = None
    if "date_of_birth" in values or creating:
        raw_dob = values.get("date_of_birth")
        dob = None
        if isinstance(raw_dob, str) and raw_dob.strip():
            # A date of birth may be known only to the month or year: the form tells.
            try:
                dob, inferred_precision = parse_date_with_precision(raw_dob)
            except DateFormatError as exc:
                errors["date_of_birth"] = sentence(text_of(exc))
        else:
            dob = _as_date(raw_dob, "date_of_birth", errors, required=True)
        if dob is not None:
            if dob > today:
                errors["date_of_birth"] = _("The date of birth is in the future.")
            elif dob.year < today.year - 80:
                errors["date_of_birth"] = _("The date of birth is implausibly long ago.")
        out["date_of_birth"] = dob
    if "dob_precision" in values or creating or inferred_precision is not None:
        default = inferred_precision.value if inferred_precision else "exact"
        raw = str(values.get("dob_precision") or default).strip().lower()
        try:
            out["dob_precision"] = DobPrecision(raw).value
        except ValueError:
            errors["dob_precision"] = _(
                "'{raw}' is not a precision (exact, month, year or assessed).", raw=raw
            )
    if "sex" in values:
        raw = str(values["sex"] or "unknown").strip().lower()
        if raw not in SEXES:
            errors["sex"] = _("'{raw}' is not one of female, male, other, unknown.", raw=raw)
        out["sex"] = raw
    for name in ("nationality", "country_of_origin"):
        if name in values:
            raw = str(values[name] or "").strip()
            try:
                out[name] = country_code(raw) if raw else None
            except UnknownCodeError as exc:
                errors[name] = sentence(text_of(exc))
    for name in ("languages", "interpreter_language"):
        if name in values:
            raw = str(values[name] or "").strip()
            try:
                out[name] = ";".join(language_codes(raw)) or None
            except UnknownCodeError as exc:
                errors[name] = sentence(text_of(exc))
    for name in ("interpreter_needed", "unaccompanied", "in_aftercare", "needs_accessible_housing"):
        if name in values:
            out[name] = _as_bool(values[name])
    if "arrival_date" in values:
        arrival = _as_date(values["arrival_date"], "arrival_date", errors)
        if arrival is not None and arrival > today:
            errors["arrival_date"] = _("The arrival date is in the future.")
        out["arrival_date"] = arrival
    for name in ("legal_guardian", "external_references", "preferred_municipalities"):
        if name in values:
            out[name] = str(values[name] or "").strip() or None
    if "family_reunification_members" in values:
        raw = values["family_reunification_members"]
        try:
            number = int(str(raw).strip() or "0") if not isinstance(raw, int) else raw
            if number < 0:
                raise ValueError
            out["family_reunification_members"] = number
        except ValueError:
            errors["family_reunification_members"] = _("Use a whole number, 0 or more.")
    if "monthly_housing_budget" in values:
        raw = values["monthly_housing_budget"]
        if raw in (None, ""):
            out["monthly_housing_budget"] = None
        else:
            try:
                amount = Decimal(str(raw).replace(",", "."))
                if amount < 0:
                    raise ValueError
                out["monthly_housing_budget"] = amount
            except (ValueError, ArithmeticError):
                errors["monthly_housing_budget"] = _("Use an amount, 0 or more.")
    errors.update(hidden)
    if errors:
        raise ValidationError(errors)
    return out
