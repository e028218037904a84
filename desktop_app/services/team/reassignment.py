"""Reassigning a case to a new primary worker with a handover note, one case or a leaving
worker's whole caseload.

A change within 30 days of a transition needs a stated reason; the old worker
can stay on as secondary for a hand-over period. Everything goes to the
assignment history and the audit log.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desktop_app.db.models import Case, Transition, User, WorkerAssignment
from desktop_app.domain.i18n import message as _
from desktop_app.services import clock, settings
from desktop_app.services.actor import Actor
from desktop_app.services.cases.editing import assign_worker
from desktop_app.services.errors import ValidationError
from desktop_app.services.team.scope import (
    CASEWORKER_ROLES,
    CONTINUITY_DAYS,
    is_coordinator,
    is_lead,
    team_name_of,
    user_by_name,
)
from desktop_app.services.transitions import listing, sql_rules
from desktop_app.services.trust import audit
from desktop_app.services.trust.permissions import (
    deny,
    load_case_for_read,
    require_case_content_role,
    visible_cases_clause,
)


def _kind_label(kind: str) -> str:
    label = {k.value: v for k, v in listing.KIND_LABELS.items()}.get(kind)
    return _(label) if label else kind


class ContinuityReasonRequired(ValidationError):
    """The primary worker would change within 30 days of a transition and no reason was given."""

    def __init__(self, reference: str, kind: str, days_left: int) -> None:
        if days_left >= 0:
            reason = _(
                "{reference} has a transition ({kind}) due in {days} days: give a reason for "
                "changing the worker this close to it.",
                reference=reference,
                kind=_kind_label(kind),
                days=days_left,
            )
        else:
            reason = _(
                "{reference} has a transition ({kind}) due {days} days ago (overdue): give a "
                "reason for changing the worker this close to it.",
                reference=reference,
                kind=_kind_label(kind),
                days=-days_left,
            )
        super().__init__({"reason": reason})
        self.reference = reference
        self.kind = kind
        self.days_left = days_left


def load_for_reassign(session: Session, actor: Actor, reference: str) -> Case:
    case = load_case_for_read(session, actor, reference)
    if is_coordinator(actor):
        return case
    if is_lead(actor) and case.team_id is not None and case.team_id == actor.team_id:
        return case
    raise deny(session, actor, _("reassign the case {reference}", reference=reference), case.id)


def nearest_transition(session: Session, case_id: int) -> tuple[str, int] | None:
    """The soonest listed transition of a case as (kind, days left), overdue ones included."""
    today = clock.today()
    rules = settings.transition_rules(session)
    row = session.execute(
        select(Transition.kind, Transition.due_date)
        .where(
            Transition.case_id == case_id,
            sql_rules.open_sql(),
            sql_rules.listed_sql(Transition.kind, Transition.due_date, today, rules),
        )
        .order_by(Transition.due_date, Transition.kind)
        .limit(1)
    ).first()
    if row is None:
        return None
    return row[0], (row[1] - today).days


@dataclass(frozen=True)
class ReassignResult:
    reference: str
    from_worker: str | None
    to_worker: str
    secondary_until: date | None
    reason: str | None


def needs_continuity_reason(
    session: Session, actor: Actor, reference: str
) -> tuple[str, int] | None:
    """(kind, days left) when changing this case's primary worker now needs a reason."""
    case = load_case_for_read(session, actor, reference)
    nearest = nearest_transition(session, case.id)
    if nearest is not None and nearest[1] <= CONTINUITY_DAYS:
        return nearest
    return None


def reassign(
    session: Session,
    actor: Actor,
    reference: str,
    to_username: str,
    handover_note: str,
    *,
    reason: str | None = None,
    keep_secondary_days: int = 0,
) -> ReassignResult:
    """Give a case a new primary worker, with a handover note.

    The old worker stays on as secondary for `keep_secondary_days` days when
    asked. A change within 30 days of a transition needs `reason`
    (raises ContinuityReasonRequired otherwise). Recorded in the assignment
    history and the audit log.
    """
    case = load_for_reassign(session, actor, reference)
    errors: dict[str, str] = {}
    note = (handover_note or "").strip()
    if not note:
        errors["handover_note"] = _("A handover note is required: what should the new worker know?")
    if keep_secondary_days < 0:
        errors["keep_secondary_days"] = _("The hand-over period cannot be negative.")
    if case.status != "open":
        errors["case"] = _("The case {reference} is closed.", reference=reference)
    target = user_by_name(session, to_username)
    if not target.active:
        errors["to"] = _(
            "{target_full_name} ({target_username}) is no longer active.",
            target_full_name=target.full_name,
            target_username=target.username,
        )
    elif target.role not in CASEWORKER_ROLES:
        errors["to"] = _(
            "{target_full_name} ({target_username}) does not hold cases.",
            target_full_name=target.full_name,
            target_username=target.username,
        )
    elif target.id == case.primary_worker_id:
        errors["to"] = _(
            "{target_full_name} is already the primary worker of {reference}.",
            target_full_name=target.full_name,
            reference=reference,
        )
    elif case.team_id is not None and target.team_id != case.team_id:
        errors["to"] = _(
            "{target_full_name} works in another team; ask for a transfer of {reference} to that team instead.",
            target_full_name=target.full_name,
            reference=reference,
        )
    if errors:
        raise ValidationError(errors)
    if is_lead(actor) and target.team_id != actor.team_id:
        raise deny(session, actor, _("give a case to a worker of another team"), case.id)
    reason = (reason or "").strip() or None
    nearest = nearest_transition(session, case.id)
    if reason is None and nearest is not None and nearest[1] <= CONTINUITY_DAYS:
        raise ContinuityReasonRequired(reference, nearest[0], nearest[1])
    return apply_reassignment(session, actor, case, target, note, reason, keep_secondary_days)


def apply_reassignment(
    session: Session,
    actor: Actor,
    case: Case,
    target: User,
    note: str,
    reason: str | None,
    keep_secondary_days: int,
) -> ReassignResult:
    today = clock.today()
    previous = case.primary_worker
    previous_name = previous.username if previous else None
    # A former secondary assignment of the new worker becomes the primary one.
    for current in session.scalars(
        select(WorkerAssignment).where(
            WorkerAssignment.case_id == case.id,
            WorkerAssignment.user_id == target.id,
            WorkerAssignment.role == "secondary",
            or_(WorkerAssignment.end_date.is_(None), WorkerAssignment.end_date > today),
        )
    ):
        current.end_date = today
    assign_worker(
        session,
        case,
        target.id,
        "primary",
        start=today,
        reason=reason or "Reassigned",
        handover_note=note,
    )
    secondary_until = None
    if previous is not None and keep_secondary_days > 0:
        secondary_until = today + timedelta(days=keep_secondary_days)
        session.add(
            WorkerAssignment(
                case_id=case.id,
                user_id=previous.id,
                role="secondary",
                start_date=today,
                end_date=secondary_until,
                reason="Hand-over period",
                handover_note=None,
                created_at=clock.now(),
            )
        )
    case.updated_at = clock.now()
    session.flush()
    audit.record(
        session,
        actor,
        "case_reassigned",
        entity="case",
        entity_id=case.reference,
        case_id=case.id,
        detail={
            "before": {"primary_worker": previous_name},
            "after": {"primary_worker": target.username},
            "reason": reason,
            "secondary_until": secondary_until.isoformat() if secondary_until else None,
            "handover_note": True,
        },
    )
    return ReassignResult(case.reference, previous_name, target.username, secondary_until, reason)


@dataclass(frozen=True)
class BulkReassignResult:
    moved: tuple[ReassignResult, ...]
    secondary_ended: int


def bulk_reassign(
    session: Session,
    actor: Actor,
    from_username: str,
    to_usernames: Sequence[str],
    handover_note: str,
    *,
    reason: str,
    keep_secondary_days: int = 0,
) -> BulkReassignResult:
    """Hand every open case of a leaving worker to the given workers, fewest cases first.

    The reason (e.g. "Anna leaves the service") serves as the continuity reason
    for every case. The leaving worker's secondary assignments end today.
    """
    if not (is_lead(actor) or is_coordinator(actor)):
        raise deny(session, actor, _("reassign cases"))
    require_case_content_role(actor)
    errors: dict[str, str] = {}
    if not (handover_note or "").strip():
        errors["handover_note"] = _(
            "A handover note is required: what should the new workers know?"
        )
    if not (reason or "").strip():
        errors["reason"] = _("Say why the cases move (e.g. the worker leaves the service).")
    if not to_usernames:
        errors["to"] = _("Choose at least one worker to take the cases.")
    leaving = user_by_name(session, from_username)
    if leaving.username in to_usernames:
        errors["to"] = _(
            "{leaving_full_name} cannot take their own cases.", leaving_full_name=leaving.full_name
        )
    if errors:
        raise ValidationError(errors)
    if is_lead(actor) and leaving.team_id != actor.team_id:
        raise deny(
            session,
            actor,
            _(
                "reassign the cases of {leaving_username} (another team)",
                leaving_username=leaving.username,
            ),
        )
    targets = [user_by_name(session, name) for name in to_usernames]
    for t in targets:
        if is_lead(actor) and t.team_id != actor.team_id:
            raise deny(
                session,
                actor,
                _("give cases to {t_username} (another team)", t_username=t.username),
            )
    cases = list(
        session.scalars(
            select(Case)
            .where(
                Case.primary_worker_id == leaving.id,
                Case.status == "open",
                visible_cases_clause(actor),
            )
            .order_by(Case.reference)
        )
    )
    load = {
        t.id: session.scalar(
            select(func.count())
            .select_from(Case)
            .where(Case.primary_worker_id == t.id, Case.status == "open")
        )
        or 0
        for t in targets
    }
    moved: list[ReassignResult] = []
    for case in cases:
        eligible = [t for t in targets if case.team_id is None or t.team_id == case.team_id]
        if not eligible:
            raise ValidationError(
                {
                    "to": _(
                        "None of the chosen workers is in the team of {case_reference} ({value}).",
                        case_reference=case.reference,
                        value=team_name_of(session, case.team_id),
                    )
                }
            )
        target = min(eligible, key=lambda t: (load[t.id], t.username))
        load[target.id] += 1
        moved.append(
            apply_reassignment(
                session,
                actor,
                case,
                target,
                handover_note.strip(),
                reason.strip(),
                keep_secondary_days,
            )
        )
    today = clock.today()
    ended = 0
    for assignment in session.scalars(
        select(WorkerAssignment).where(
            WorkerAssignment.user_id == leaving.id,
            WorkerAssignment.role == "secondary",
            or_(WorkerAssignment.end_date.is_(None), WorkerAssignment.end_date > today),
        )
    ):
        held = session.get(Case, assignment.case_id)
        if held is not None and is_lead(actor) and held.team_id != actor.team_id:
            continue
        # Hand-over periods just created for this worker end as well: they are leaving.
        assignment.end_date = today
        ended += 1
    audit.record(
        session,
        actor,
        "bulk_reassigned",
        entity="user",
        entity_id=leaving.username,
        detail={
            "cases": len(moved),
            "to": sorted({m.to_worker for m in moved}),
            "reason": reason.strip(),
        },
    )
    return BulkReassignResult(tuple(moved), ended)


def workers_for_case(session: Session, actor: Actor, reference: str) -> list[tuple[str, str]]:
    """(username, full name) of the active workers the case can be given to, by name."""
    case = load_case_for_read(session, actor, reference)
    return [(u.username, u.full_name) for u in workers_of_team(session, actor, case.team_id)]


def workers_of_team(session: Session, actor: Actor, team_id: int | None = None) -> list[User]:
    """Active workers a case can be given to: a lead's own team, or the given team."""
    require_case_content_role(actor)
    tid = actor.team_id if is_lead(actor) else team_id
    query = select(User).where(User.active.is_(True), User.role.in_(CASEWORKER_ROLES))
    if tid is not None:
        query = query.where(User.team_id == tid)
    return list(session.scalars(query.order_by(User.full_name)))
