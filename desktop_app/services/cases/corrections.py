"""What every change to a fact on the record shares: the fact is found on the case it belongs
to, a correction says why, and the audit entry keeps each field's value before and after.

Nothing on the record is deleted to correct it: a fact is corrected (the reason in the audit
log), or ended (kept, with the day it ended).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from desktop_app.db.models import Case
from desktop_app.domain.i18n import message as _
from desktop_app.domain.plain_text import hidden_character_problem
from desktop_app.services import clock
from desktop_app.services.actor import Actor
from desktop_app.services.errors import NotFoundError, ValidationError
from desktop_app.services.trust import audit
from desktop_app.services.trust.permissions import (
    can_read_case,
    load_case_for_edit,
    refuse_unseen,
    require_case_content_role,
)

Fact = TypeVar("Fact")


def require_reason(reason: str | None) -> str:
    """The reason of a correction, which the audit log keeps."""
    text = (reason or "").strip()
    if not text:
        raise ValidationError({"reason": _("Say why the entry is changed.")})
    return text


def fact_on_case(
    session: Session, actor: Actor, reference: str, model: type[Fact], fact_id: int
) -> tuple[Case, Fact]:
    """A fact of `model` (a placement, a contact…) on the case `reference`, which the actor
    may change; a number of another case's fact is not found."""
    case = load_case_for_edit(session, actor, reference)
    row = session.get(model, fact_id)
    if row is None or getattr(row, "case_id") != case.id:  # noqa: B009 (any fact's case)
        raise NotFoundError(
            _(
                "{reference} has no such entry (number {number}).",
                reference=reference,
                number=fact_id,
            )
        )
    return case, row


def fact_by_id(
    session: Session, actor: Actor, model: type[Fact], fact_id: int
) -> tuple[Case, Fact]:
    """A fact found by its number alone (a task on My day); a fact behind a case the actor may
    not see reads as one that does not exist."""
    require_case_content_role(actor)
    unseen = _("There is no such entry (number {number}) on a case you may see.", number=fact_id)
    row = session.get(model, fact_id)
    if row is None:
        raise NotFoundError(unseen)
    case = session.get(Case, getattr(row, "case_id"))  # noqa: B009
    assert case is not None
    if not can_read_case(session, actor, case):
        raise refuse_unseen(actor, unseen, case)
    load_case_for_edit(session, actor, case.reference)
    return case, row


def unknown_fields(values: Mapping[str, Any], allowed: Iterable[str]) -> None:
    unknown = sorted(set(values) - set(allowed))
    if unknown:
        raise ValidationError({name: _("This field cannot be changed here.") for name in unknown})


def clean_text(value: Any) -> str | None:
    """Typed text: trimmed, None when empty."""
    text = str(value).strip() if value is not None else ""
    if not text:
        return None
    return text


def text_problems(values: Mapping[str, Any], names: Iterable[str]) -> dict[str, str]:
    """Names and short texts with a control or invisible character are refused."""
    problems: dict[str, str] = {}
    for name in names:
        value = values.get(name)
        if isinstance(value, str):
            problem = hidden_character_problem(value)
            if problem is not None:
                problems[name] = problem
    return problems


def not_in_future(values: Mapping[str, Any], names: Iterable[str]) -> dict[str, str]:
    today = clock.today()
    return {
        name: _("The date is in the future.")
        for name in names
        if isinstance(values.get(name), date) and values[name] > today
    }


def apply_changes(row: Any, merged: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """Set the fields that differ; the changes as the audit log keeps them."""
    changes = {
        name: {
            "before": audit.plain_value(getattr(row, name)),
            "after": audit.plain_value(value),
        }
        for name, value in merged.items()
        if getattr(row, name) != value
    }
    for name in changes:
        setattr(row, name, merged[name])
    return changes


def change_detail(
    changes: Mapping[str, Any], reason: str | None = None, **extra: Any
) -> dict[str, Any]:
    """An audit entry's detail for a changed fact: the fields before and after, and why."""
    return {"changes": dict(changes), **({"reason": reason} if reason else {}), **extra}
