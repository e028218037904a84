"""Creating a case and saving changes to its person record: validation, optimistic locking, audit.

A save names the version it was read at; when someone else saved the case
since, it is refused with a `ConflictError` carrying the current values, so
nothing is overwritten silently. Changes to the fields the transition rules
read re-derive the case's transitions at once.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desktop_app.db.models import Case, CaseSearchToken, User, WorkerAssignment
from desktop_app.domain.i18n import message as _
from desktop_app.domain.names import fold, search_keys
from desktop_app.domain.plain_text import plain_text_errors
from desktop_app.services import clock
from desktop_app.services.actor import Actor, Role
from desktop_app.services.cases.person_fields import EDITABLE_FIELDS, clean_case_values
from desktop_app.services.errors import ConflictError, ValidationError
from desktop_app.services.transitions import derivation
from desktop_app.services.trust import audit
from desktop_app.services.trust.permissions import (
    deny,
    load_case_for_edit,
    require_case_content_role,
)

# Fields whose change can move a transition.
_RULE_FIELDS = {"date_of_birth", "dob_precision", "in_aftercare"}


def set_name_keys(case: Case) -> None:
    """The folded search text and sort key, set before the case row is written."""
    names = " ".join(filter(None, [case.given_name, case.family_name, case.preferred_name or ""]))
    case.search_text = fold(names)
    case.sort_name = fold(f"{case.family_name} {case.given_name}")


def write_search_tokens(session: Session, case: Case) -> None:
    """Replace the per-token search keys of a case (a table of its own, so no version bump)."""
    names = " ".join(filter(None, [case.given_name, case.family_name, case.preferred_name or ""]))
    session.query(CaseSearchToken).filter(CaseSearchToken.case_id == case.id).delete()
    rows = [
        {"case_id": case.id, "token": tok, "skeleton": skel, "shared": shared}
        for tok, skel, shared in search_keys(names)
    ]
    if rows:
        session.execute(insert(CaseSearchToken), rows)


def next_reference(session: Session, year: int | None = None) -> str:
    year = year or clock.today().year
    prefix = f"HW-{year}-"
    last = session.scalar(select(func.max(Case.reference)).where(Case.reference.like(f"{prefix}%")))
    number = int(last.rsplit("-", 1)[1]) + 1 if last and last.rsplit("-", 1)[1].isdigit() else 1
    return f"{prefix}{number:05d}"


def create_case(
    session: Session,
    actor: Actor,
    values: Mapping[str, Any],
    *,
    team_id: int | None = None,
    primary_worker_id: int | None = None,
    reference: str | None = None,
) -> Case:
    """A new case; social workers become its primary worker, leads and coordinators choose one."""
    require_case_content_role(actor)
    if actor.role is Role.COORDINATOR and not actor.is_system:
        raise deny(
            session, actor, _("create cases (coordinators edit only handover and transfer records)")
        )
    cleaned = clean_case_values(values, creating=True)
    if actor.role in (Role.SOCIAL_WORKER, Role.TEAM_LEAD) and not actor.is_system:
        if team_id is not None and team_id != actor.team_id:
            raise deny(session, actor, _("create a case in another team"))
        team_id = actor.team_id
    if actor.role is Role.SOCIAL_WORKER and primary_worker_id is None:
        primary_worker_id = actor.user_id
    reference = (reference or "").strip() or next_reference(session)
    hidden = plain_text_errors({"reference": reference})
    if hidden:
        raise ValidationError(hidden)
    if session.scalar(select(Case.id).where(Case.reference == reference)) is not None:
        raise ValidationError(
            {"reference": _("The reference '{reference}' is already used.", reference=reference)}
        )
    now = clock.now()
    case = Case(
        reference=reference,
        team_id=team_id,
        primary_worker_id=primary_worker_id,
        created_at=now,
        updated_at=now,
        status="open",
        **cleaned,
    )
    set_name_keys(case)
    session.add(case)
    session.flush()
    write_search_tokens(session, case)
    if primary_worker_id is not None:
        assign_worker(session, case, primary_worker_id, "primary", reason="Case opened")
    audit.record(
        session,
        actor,
        "case_created",
        entity="case",
        entity_id=case.reference,
        case_id=case.id,
        detail={"fields": {k: audit.plain_value(v) for k, v in cleaned.items()}},
    )
    derivation.refresh_cases(session, [case.id], actor)
    return case


def snapshot(case: Case) -> dict[str, Any]:
    return {name: audit.plain_value(getattr(case, name)) for name in EDITABLE_FIELDS}


def update_case(
    session: Session,
    actor: Actor,
    reference: str,
    expected_version: int,
    values: Mapping[str, Any],
    *,
    reason: str | None = None,
) -> Case:
    """Save changed person-record fields in one transaction.

    Raises ConflictError when someone else saved the case since `expected_version`
    was read, and ValidationError (changing nothing) when a field is not acceptable.
    """
    case = load_case_for_edit(session, actor, reference)
    if case.version != expected_version:
        raise ConflictError(
            _(
                "{case_display_name} ({reference}) was changed by someone else since you opened it.",
                case_display_name=case.display_name,
                reference=reference,
            ),
            current=snapshot(case),
        )
    cleaned = clean_case_values(values, creating=False)
    before = snapshot(case)
    # Named before the flush: a refused flush leaves the case unreadable in this session.
    shown = case.display_name
    changes: dict[str, dict[str, Any]] = {}
    for name, value in cleaned.items():
        old = getattr(case, name)
        if audit.plain_value(old) != audit.plain_value(value) and not (
            isinstance(old, Decimal | float | int)
            and isinstance(value, Decimal)
            and Decimal(str(old)) == value
        ):
            changes[name] = {"before": before.get(name), "after": audit.plain_value(value)}
            setattr(case, name, value)
    if not changes:
        return case
    case.updated_at = clock.now()
    renamed = bool(changes.keys() & {"given_name", "family_name", "preferred_name"})
    if renamed:
        set_name_keys(case)
    try:
        session.flush()
    except StaleDataError:
        raise ConflictError(
            _(
                "{shown} ({reference}) was changed by someone else since you opened it.",
                shown=shown,
                reference=reference,
            )
        ) from None
    if renamed:
        write_search_tokens(session, case)
    audit.record(
        session,
        actor,
        "case_changed",
        entity="case",
        entity_id=reference,
        case_id=case.id,
        detail={"changes": changes, **({"reason": reason} if reason else {})},
    )
    if changes.keys() & _RULE_FIELDS:
        derivation.refresh_cases(session, [case.id], actor)
    return case


def assign_worker(
    session: Session,
    case: Case,
    user_id: int,
    role: str = "primary",
    *,
    start: date | None = None,
    reason: str | None = None,
    handover_note: str | None = None,
) -> WorkerAssignment:
    """Record an assignment; a new primary worker ends the previous primary assignment."""
    start = start or clock.today()
    if role == "primary":
        for current in session.scalars(
            select(WorkerAssignment).where(
                WorkerAssignment.case_id == case.id,
                WorkerAssignment.role == "primary",
                WorkerAssignment.end_date.is_(None),
            )
        ):
            current.end_date = start
        case.primary_worker_id = user_id
    assignment = WorkerAssignment(
        case_id=case.id,
        user_id=user_id,
        role=role,
        start_date=start,
        reason=reason,
        handover_note=handover_note,
        created_at=clock.now(),
    )
    session.add(assignment)
    session.flush()
    return assignment


@dataclass(frozen=True)
class WorkerChoice:
    user_id: int
    username: str
    full_name: str


def assignable_workers(session: Session, actor: Actor) -> list[WorkerChoice]:
    """Social workers a team lead may make primary worker of a new case (their own team)."""
    require_case_content_role(actor)
    if actor.role is not Role.TEAM_LEAD or actor.team_id is None:
        return []
    return [
        WorkerChoice(u.id, u.username, u.full_name)
        for u in session.scalars(
            select(User)
            .where(User.team_id == actor.team_id, User.role == "social_worker", User.active)
            .order_by(User.full_name)
        )
    ]
