"""What the two registries share: codes, the values typed into their forms, and how a change
is written to the audit log."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.domain.i18n import message as _
from desktop_app.domain.plain_text import plain_text_errors
from desktop_app.services.errors import ValidationError

CODE_LENGTH = 20


def next_code(session: Session, model: Any, prefix: str) -> str:
    """The next free code of the registry: `LC-00012`, `EP-00003`…"""
    number = (session.scalar(select(func.count(model.id))) or 0) + 1
    while session.scalar(select(model.id).where(model.code == f"{prefix}-{number:05d}")):
        number += 1
    return f"{prefix}-{number:05d}"


def check_unknown_fields(values: Mapping[str, Any], fields: tuple[str, ...]) -> None:
    unknown = set(values) - set(fields)
    if unknown:
        raise ValidationError({k: _("not a field of the registry.") for k in sorted(unknown)})


def check_texts(values: Mapping[str, Any], names: tuple[str, ...], errors: dict[str, str]) -> None:
    """Names, codes and places show in every list and print: no hidden characters in them."""
    texts = {name: values[name] for name in names if isinstance(values.get(name), str)}
    for name, problem in plain_text_errors(texts).items():
        errors.setdefault(name, problem)


def check_code(
    session: Session, model: Any, code: str | None, own_id: int | None, errors: dict[str, str]
) -> None:
    if not code:
        return
    if len(code) > CODE_LENGTH:
        errors["code"] = _("A code has at most {length} characters.", length=CODE_LENGTH)
        return
    clash = session.scalar(
        select(model.id).where(func.upper(model.code) == code.upper(), model.id != (own_id or 0))
    )
    if clash is not None:
        errors["code"] = _("Another entry already has the code '{code}'.", code=code)


def check_dates(start: date | None, end: date | None, errors: dict[str, str]) -> None:
    if start and end and end < start:
        errors["end_date"] = _("It ends before it starts.")


def plain(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value


def changes(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, Any]:
    """Field by field, what was and what is (for the audit entry); unchanged fields left out."""
    return {
        key: {"before": before.get(key), "after": plain(value)}
        for key, value in after.items()
        if before.get(key) != plain(value)
    }
