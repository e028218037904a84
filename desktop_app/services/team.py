"""The team lead's and coordinator's work on caseloads.

Reassignment with a handover note, transfers between teams, bulk
reassignment when a worker leaves, closure approval, caseload balance and
continuity. Every function checks DESIGN.md's permission matrix: team leads
act within their own team, coordinators across teams, social workers never
reassign.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select, true
from sqlalchemy.orm import Session

from desktop_app.db.models import (
    Case,
    CaseMove,
    ClosureRequest,
    Team,
    TransferRequest,
    Transition,
    User,
    WorkerAssignment,
)
from desktop_app.domain.continuity import (
    AssignmentPeriod,
    continuity_share,
    same_worker_around,
    worker_changes_last_12_months,
)
from desktop_app.domain.i18n import message as _
from desktop_app.services import audit, clock, settings, transitions
from desktop_app.services.actor import Actor, Role
from desktop_app.services.cases import assign_worker
from desktop_app.services.errors import NotFoundError, ValidationError
from desktop_app.services.permissions import (
    can_read_case,
    deny,
    load_case_for_edit,
    load_case_for_read,
    refuse_unseen,
    require_case_content_role,
    sees_every_case,
    team_column_walking_by_date,
    visible_cases_clause,
)

# A change of primary worker this close to a transition needs a stated reason.
CONTINUITY_DAYS = 30
# Roles that can hold a caseload.
CASEWORKER_ROLES = ("social_worker", "team_lead")


def _kind_label(kind: str) -> str:
    label = {k.value: v for k, v in transitions.KIND_LABELS.items()}.get(kind)
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


# --- helpers ----------------------------------------------------------------


def _is_lead(actor: Actor) -> bool:
    return actor.role is Role.TEAM_LEAD and not actor.is_system


def _is_coordinator(actor: Actor) -> bool:
    return actor.role is Role.COORDINATOR or actor.is_system


def _user_by_name(session: Session, username: str) -> User:
    user = session.scalar(select(User).where(User.username == username.strip()))
    if user is None:
        raise NotFoundError(_("No user called '{username}'.", username=username))
    return user


def _case_by_id(session: Session, case_id: int) -> Case:
    case = session.get(Case, case_id)
    if case is None:
        raise NotFoundError(_("No case with the id {case_id}.", case_id=case_id))
    return case


def _team_name(session: Session, team_id: int | None) -> str | None:
    if team_id is None:
        return None
    team = session.get(Team, team_id)
    return team.name if team else None


def _load_for_reassign(session: Session, actor: Actor, reference: str) -> Case:
    case = load_case_for_read(session, actor, reference)
    if _is_coordinator(actor):
        return case
    if _is_lead(actor) and case.team_id is not None and case.team_id == actor.team_id:
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
            transitions.open_sql(),
            transitions.listed_sql(Transition.kind, Transition.due_date, today, rules),
        )
        .order_by(Transition.due_date, Transition.kind)
        .limit(1)
    ).first()
    if row is None:
        return None
    return row[0], (row[1] - today).days


def _open_primary(session: Session, case_id: int) -> WorkerAssignment | None:
    return session.scalar(
        select(WorkerAssignment)
        .where(
            WorkerAssignment.case_id == case_id,
            WorkerAssignment.role == "primary",
            WorkerAssignment.end_date.is_(None),
        )
        .order_by(WorkerAssignment.start_date.desc(), WorkerAssignment.id.desc())
        .limit(1)
    )


# --- reassignment -----------------------------------------------------------


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
    case = _load_for_reassign(session, actor, reference)
    errors: dict[str, str] = {}
    note = (handover_note or "").strip()
    if not note:
        errors["handover_note"] = _("A handover note is required: what should the new worker know?")
    if keep_secondary_days < 0:
        errors["keep_secondary_days"] = _("The hand-over period cannot be negative.")
    if case.status != "open":
        errors["case"] = _("The case {reference} is closed.", reference=reference)
    target = _user_by_name(session, to_username)
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
    if _is_lead(actor) and target.team_id != actor.team_id:
        raise deny(session, actor, _("give a case to a worker of another team"), case.id)
    reason = (reason or "").strip() or None
    nearest = nearest_transition(session, case.id)
    if reason is None and nearest is not None and nearest[1] <= CONTINUITY_DAYS:
        raise ContinuityReasonRequired(reference, nearest[0], nearest[1])
    return _do_reassign(session, actor, case, target, note, reason, keep_secondary_days)


def _do_reassign(
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
    if not (_is_lead(actor) or _is_coordinator(actor)):
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
    leaving = _user_by_name(session, from_username)
    if leaving.username in to_usernames:
        errors["to"] = _(
            "{leaving_full_name} cannot take their own cases.", leaving_full_name=leaving.full_name
        )
    if errors:
        raise ValidationError(errors)
    if _is_lead(actor) and leaving.team_id != actor.team_id:
        raise deny(
            session,
            actor,
            _(
                "reassign the cases of {leaving_username} (another team)",
                leaving_username=leaving.username,
            ),
        )
    targets = [_user_by_name(session, name) for name in to_usernames]
    for t in targets:
        if _is_lead(actor) and t.team_id != actor.team_id:
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
                        value=_team_name(session, case.team_id),
                    )
                }
            )
        target = min(eligible, key=lambda t: (load[t.id], t.username))
        load[target.id] += 1
        moved.append(
            _do_reassign(
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
        if held is not None and _is_lead(actor) and held.team_id != actor.team_id:
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


# --- transfers between teams ------------------------------------------------


@dataclass(frozen=True)
class TransferRow:
    id: int
    reference: str
    name: str
    from_team: str | None
    to_team: str
    requested_by: str
    requested_at: datetime
    note: str | None
    state: str
    direction: str  # incoming / outgoing / other (a coordinator's view of two other teams)
    decision_reason: str | None = None


def request_transfer(
    session: Session, actor: Actor, reference: str, to_team: str, note: str
) -> TransferRequest:
    """Ask for a case to move to another team; it waits for the receiving team lead."""
    case = _load_for_reassign(session, actor, reference)
    to_team_id = transitions.team_id_by_name(session, to_team)
    errors: dict[str, str] = {}
    if to_team_id == case.team_id:
        errors["to_team"] = _(
            "{reference} is already in {to_team}.", reference=reference, to_team=to_team
        )
    if not (note or "").strip():
        errors["note"] = _("Say why the case should move, for the receiving team lead.")
    if case.status != "open":
        errors["case"] = _("The case {reference} is closed.", reference=reference)
    pending = session.scalar(
        select(TransferRequest.id).where(
            TransferRequest.case_id == case.id, TransferRequest.state == "pending"
        )
    )
    if pending is not None:
        errors["case"] = _(
            "A transfer of {reference} is already waiting for a decision.", reference=reference
        )
    if errors:
        raise ValidationError(errors)
    request = TransferRequest(
        case_id=case.id,
        from_team_id=case.team_id,
        to_team_id=to_team_id,
        requested_by_id=actor.user_id if actor.user_id is not None else 0,
        requested_at=clock.now(),
        state="pending",
        note=note.strip(),
    )
    session.add(request)
    session.flush()
    audit.record(
        session,
        actor,
        "transfer_requested",
        entity="transfer",
        entity_id=request.id,
        case_id=case.id,
        detail={"from_team": _team_name(session, case.team_id), "to_team": to_team},
    )
    return request


def decide_transfer(
    session: Session,
    actor: Actor,
    request_id: int,
    accept: bool,
    *,
    reason: str | None = None,
    new_primary: str | None = None,
) -> TransferRequest:
    """The receiving team lead accepts (optionally naming the new primary worker) or rejects."""
    unseen = _(
        "There is no transfer request {request_id} that you may decide.", request_id=request_id
    )
    request = session.get(TransferRequest, request_id)
    if request is None:
        raise NotFoundError(unseen)
    case = _case_by_id(session, request.case_id)
    if not (_is_lead(actor) and actor.team_id == request.to_team_id) and not actor.is_system:
        if actor.role is Role.ADMIN or not can_read_case(session, actor, case):
            raise refuse_unseen(actor, unseen, case)
        raise deny(
            session,
            actor,
            _(
                "decide the transfer of {case_reference} (only the receiving team lead may)",
                case_reference=case.reference,
            ),
            case.id,
        )
    if request.state != "pending":
        raise ValidationError(
            {
                "request": _("This transfer was already accepted.")
                if request.state == "accepted"
                else _("This transfer was already rejected.")
            }
        )
    reason = (reason or "").strip() or None
    if not accept and reason is None:
        raise ValidationError({"reason": _("Give a reason for rejecting the transfer.")})
    target: User | None = None
    if accept and new_primary:
        target = _user_by_name(session, new_primary)
        if target.team_id != request.to_team_id or target.role not in CASEWORKER_ROLES:
            raise ValidationError(
                {
                    "new_primary": _(
                        "{target_full_name} is not a worker of the receiving team.",
                        target_full_name=target.full_name,
                    )
                }
            )
    request.state = "accepted" if accept else "rejected"
    request.decided_by_id = actor.user_id
    request.decided_at = clock.now()
    request.decision_reason = reason
    from_team = _team_name(session, request.from_team_id)
    to_team = _team_name(session, request.to_team_id)
    if accept:
        case.team_id = request.to_team_id
        case.updated_at = clock.now()
        worker_continued = target is None or target.id == case.primary_worker_id
        if target is not None and not worker_continued:
            _do_reassign(
                session,
                actor,
                case,
                target,
                request.note or "Transferred to the team.",
                f"Transfer from {from_team}",
                0,
            )
        session.add(
            CaseMove(
                case_id=case.id,
                kind="team_transfer",
                moved_on=clock.today(),
                from_place=from_team,
                to_place=to_team,
                worker_continued=worker_continued,
                note=request.note,
            )
        )
    session.flush()
    audit.record(
        session,
        actor,
        "transfer_accepted" if accept else "transfer_rejected",
        entity="transfer",
        entity_id=request.id,
        case_id=case.id,
        detail={"from_team": from_team, "to_team": to_team, "reason": reason},
    )
    return request


def transfers(session: Session, actor: Actor, *, pending_only: bool = True) -> list[TransferRow]:
    """Transfer requests a lead's team sends or receives (coordinators: all), oldest first."""
    require_case_content_role(actor)
    if not (_is_lead(actor) or _is_coordinator(actor)):
        raise deny(session, actor, _("see transfer requests"))
    query = (
        select(TransferRequest, Case.reference, Case.given_name, Case.family_name, User.username)
        .join(Case, Case.id == TransferRequest.case_id)
        .join(User, User.id == TransferRequest.requested_by_id, isouter=True)
        .order_by(TransferRequest.requested_at, TransferRequest.id)
    )
    if pending_only:
        query = query.where(TransferRequest.state == "pending")
    if _is_lead(actor):
        query = query.where(
            or_(
                TransferRequest.to_team_id == actor.team_id,
                TransferRequest.from_team_id == actor.team_id,
            )
        )
    teams = {t.id: t.name for t in session.scalars(select(Team))}
    rows = []
    for req, reference, given, family, requester in session.execute(query):
        if actor.team_id is not None and req.to_team_id == actor.team_id:
            direction = "incoming"
        elif actor.team_id is not None and req.from_team_id == actor.team_id:
            direction = "outgoing"
        else:
            direction = "other"
        rows.append(
            TransferRow(
                id=req.id,
                reference=reference,
                name=f"{given} {family}".strip(),
                from_team=teams.get(req.from_team_id) if req.from_team_id else None,
                to_team=teams.get(req.to_team_id, "?"),
                requested_by=requester or "",
                requested_at=req.requested_at,
                note=req.note,
                state=req.state,
                direction=direction,
                decision_reason=req.decision_reason,
            )
        )
    return rows


# --- closing a case ---------------------------------------------------------


@dataclass(frozen=True)
class ClosureRow:
    id: int
    reference: str
    name: str
    requested_by: str
    requested_at: datetime
    reason: str
    state: str
    comment: str | None


def request_closure(session: Session, actor: Actor, reference: str, reason: str) -> ClosureRequest:
    """A worker (or the lead) asks to close a case; the team lead approves or returns it."""
    case = load_case_for_edit(session, actor, reference)
    errors: dict[str, str] = {}
    if not (reason or "").strip():
        errors["reason"] = _("Say why the case should be closed.")
    if case.status != "open":
        errors["case"] = _("The case {reference} is already closed.", reference=reference)
    if session.scalar(
        select(ClosureRequest.id).where(
            ClosureRequest.case_id == case.id, ClosureRequest.state == "requested"
        )
    ):
        errors["case"] = _(
            "Closing {reference} is already waiting for the team lead.", reference=reference
        )
    if errors:
        raise ValidationError(errors)
    request = ClosureRequest(
        case_id=case.id,
        requested_by_id=actor.user_id if actor.user_id is not None else 0,
        requested_at=clock.now(),
        reason=reason.strip()[:200],
        state="requested",
    )
    session.add(request)
    session.flush()
    audit.record(
        session,
        actor,
        "closure_requested",
        entity="closure",
        entity_id=request.id,
        case_id=case.id,
        detail={"reason": request.reason},
    )
    return request


def decide_closure(
    session: Session, actor: Actor, request_id: int, approve: bool, *, comment: str | None = None
) -> ClosureRequest:
    """The team lead approves (the case closes) or returns the request with a comment."""
    unseen = _(
        "There is no closure request {request_id} that you may decide.", request_id=request_id
    )
    request = session.get(ClosureRequest, request_id)
    if request is None:
        raise NotFoundError(unseen)
    case = _case_by_id(session, request.case_id)
    if not (_is_lead(actor) and case.team_id == actor.team_id) and not actor.is_system:
        if actor.role is Role.ADMIN or not can_read_case(session, actor, case):
            raise refuse_unseen(actor, unseen, case)
        raise deny(
            session,
            actor,
            _(
                "decide on closing {case_reference} (only its team lead may)",
                case_reference=case.reference,
            ),
            case.id,
        )
    if request.state != "requested":
        raise ValidationError(
            {
                "request": _("This request was already approved.")
                if request.state == "approved"
                else _("This request was already returned.")
            }
        )
    comment = (comment or "").strip() or None
    if not approve and comment is None:
        raise ValidationError({"comment": _("Say what is needed before the case can be closed.")})
    request.state = "approved" if approve else "returned"
    request.decided_by_id = actor.user_id
    request.decided_at = clock.now()
    request.comment = comment
    if approve:
        case.status = "closed"
        case.closed_reason = request.reason
        case.closed_on = clock.today()
        case.updated_at = clock.now()
    session.flush()
    audit.record(
        session,
        actor,
        "closure_approved" if approve else "closure_returned",
        entity="closure",
        entity_id=request.id,
        case_id=case.id,
        detail={"comment": comment, "reason": request.reason},
    )
    if approve:
        transitions.refresh_cases(session, [case.id], actor)
    return request


def closure_requests(
    session: Session, actor: Actor, *, pending_only: bool = True
) -> list[ClosureRow]:
    """Closure requests of the cases the actor sees, oldest first."""
    require_case_content_role(actor)
    query = (
        select(ClosureRequest, Case.reference, Case.given_name, Case.family_name, User.username)
        .join(Case, Case.id == ClosureRequest.case_id)
        .join(User, User.id == ClosureRequest.requested_by_id, isouter=True)
        .where(visible_cases_clause(actor))
        .order_by(ClosureRequest.requested_at, ClosureRequest.id)
    )
    if pending_only:
        query = query.where(ClosureRequest.state == "requested")
    return [
        ClosureRow(
            id=req.id,
            reference=reference,
            name=f"{given} {family}".strip(),
            requested_by=requester or "",
            requested_at=req.requested_at,
            reason=req.reason,
            state=req.state,
            comment=req.comment,
        )
        for req, reference, given, family, requester in session.execute(query)
    ]


# --- caseload balance -------------------------------------------------------


@dataclass(frozen=True)
class BalanceRow:
    user_id: int | None  # None: the open cases nobody holds as primary worker
    username: str | None
    full_name: str
    team: str | None
    primary_cases: int
    secondary_cases: int
    transitions_30: int
    transitions_90: int
    red: int

    def as_record(self) -> dict[str, object]:
        return {
            "worker": self.username,
            "name": self.full_name,
            "team": self.team,
            "primary_cases": self.primary_cases,
            "secondary_cases": self.secondary_cases,
            "transitions_30": self.transitions_30,
            "transitions_90": self.transitions_90,
            "red": self.red,
        }


def _scope_team_ids(session: Session, actor: Actor, team: str | None) -> list[int] | None:
    """The teams a figure covers: a lead's own team; a coordinator's choice or all (None)."""
    require_case_content_role(actor)
    if not (_is_lead(actor) or _is_coordinator(actor)):
        raise deny(session, actor, _("see team figures"))
    if team:
        tid = transitions.team_id_by_name(session, team)
        if _is_lead(actor) and tid != actor.team_id:
            raise deny(session, actor, _("see the figures of {team}", team=team))
        return [tid]
    if _is_lead(actor):
        return [actor.team_id] if actor.team_id is not None else []
    return None


def caseload_balance(
    session: Session, actor: Actor, *, team: str | None = None
) -> list[BalanceRow]:
    """Cases and upcoming transitions per worker, busiest first."""
    team_ids = _scope_team_ids(session, actor, team)
    today = clock.today()
    rules = settings.transition_rules(session)
    teams = {t.id: t.name for t in session.scalars(select(Team))}

    def in_scope(column: Any) -> ColumnElement[bool]:
        return column.in_(team_ids) if team_ids is not None else true()

    users = list(
        session.scalars(
            select(User).where(
                User.active.is_(True), User.role.in_(CASEWORKER_ROLES), in_scope(User.team_id)
            )
        )
    )
    primary: dict[int | None, int] = defaultdict(int)
    for worker_id, count in session.execute(
        select(Case.primary_worker_id, func.count())
        .where(Case.status == "open", in_scope(Case.team_id))
        .group_by(Case.primary_worker_id)
    ):
        primary[worker_id] = count
    secondary: dict[int, int] = defaultdict(int)
    for worker_id, count in session.execute(
        select(WorkerAssignment.user_id, func.count(func.distinct(WorkerAssignment.case_id)))
        .join(Case, Case.id == WorkerAssignment.case_id)
        .where(
            WorkerAssignment.role == "secondary",
            or_(WorkerAssignment.end_date.is_(None), WorkerAssignment.end_date > today),
            Case.status == "open",
            in_scope(Case.team_id),
        )
        .group_by(WorkerAssignment.user_id)
    ):
        secondary[worker_id] = count
    t30: dict[int | None, int] = defaultdict(int)
    t90: dict[int | None, int] = defaultdict(int)
    red: dict[int | None, int] = defaultdict(int)
    risk = transitions.risk_sql(
        Transition.due_date, Transition.housing_secured, Transition.readiness, today, rules
    )
    for worker_id, due, risk_value in session.execute(
        select(Case.primary_worker_id, Transition.due_date, risk)
        .join(Case, Case.id == Transition.case_id)
        .where(
            Case.status == "open",
            # Walked by due date, checking each transition's case.
            in_scope(team_column_walking_by_date(session)),
            transitions.open_sql(),
            transitions.listed_sql(Transition.kind, Transition.due_date, today, rules),
            Transition.due_date <= today + timedelta(days=90),
        )
    ):
        t90[worker_id] += 1
        if due <= today + timedelta(days=30):
            t30[worker_id] += 1
        if risk_value == "red":
            red[worker_id] += 1
    rows = [
        BalanceRow(
            u.id,
            u.username,
            u.full_name,
            teams.get(u.team_id) if u.team_id else None,
            primary.get(u.id, 0),
            secondary.get(u.id, 0),
            t30.get(u.id, 0),
            t90.get(u.id, 0),
            red.get(u.id, 0),
        )
        for u in users
    ]
    # Cases still held by someone outside the list (inactive or in another team) are shown too.
    listed = {u.id for u in users}
    for worker_id in sorted(w for w in primary if w is not None and w not in listed):
        other = session.get(User, worker_id)
        if other is None:
            continue
        rows.append(
            BalanceRow(
                other.id,
                other.username,
                other.full_name + ("" if other.active else " (inactive)"),
                teams.get(other.team_id) if other.team_id else None,
                primary[worker_id],
                secondary.get(worker_id, 0),
                t30.get(worker_id, 0),
                t90.get(worker_id, 0),
                red.get(worker_id, 0),
            )
        )
    rows.sort(key=lambda r: (-r.primary_cases, r.username or ""))
    if primary.get(None):
        rows.append(
            BalanceRow(
                None,
                None,
                "No primary worker",
                None,
                primary[None],
                0,
                t30.get(None, 0),
                t90.get(None, 0),
                red.get(None, 0),
            )
        )
    return rows


# --- continuity -------------------------------------------------------------


@dataclass(frozen=True)
class ContinuityRow:
    """Continuity figures for one team or one worker, each with the number behind it."""

    group: str  # team name or worker user name
    cases: int
    worker_changes: int  # primary worker changes in the last 12 months
    transitions_judged: int  # transitions 30–365 days ago
    transitions_same_worker: int
    moves: int  # school changes and transfers in the last 12 months
    moves_worker_continued: int

    @property
    def changes_per_case_year(self) -> float | None:
        return round(self.worker_changes / self.cases, 2) if self.cases else None

    @property
    def same_worker_share(self) -> int | None:
        if not self.transitions_judged:
            return None
        return (self.transitions_same_worker * 100) // self.transitions_judged

    @property
    def moves_continued_share(self) -> int | None:
        return (self.moves_worker_continued * 100) // self.moves if self.moves else None

    def as_record(self) -> dict[str, object]:
        return {
            "group": self.group,
            "cases": self.cases,
            "worker_changes": self.worker_changes,
            "changes_per_case_year": self.changes_per_case_year,
            "transitions_judged": self.transitions_judged,
            "transitions_same_worker": self.transitions_same_worker,
            "same_worker_percent": self.same_worker_share,
            "moves": self.moves,
            "moves_worker_continued": self.moves_worker_continued,
        }


@dataclass
class _Tally:
    cases: int = 0
    changes: int = 0
    judged: int = 0
    same: int = 0
    moves: int = 0
    continued: int = 0


def continuity(
    session: Session, actor: Actor, *, by: str = "team", team: str | None = None
) -> list[ContinuityRow]:
    """Continuity per team (`by="team"`) or per current primary worker (`by="worker"`).

    Over the open cases: primary worker changes in the last 12 months; of the
    transitions due between 365 and 30 days ago, those where one primary
    worker held the case from 30 days before to 30 days after; school changes
    and transfers in the last 12 months and those where the worker continued.
    """
    if by not in ("team", "worker"):
        raise ValueError("by must be 'team' or 'worker'")
    team_ids = _scope_team_ids(session, actor, team)
    today = clock.today()
    year_ago = today - timedelta(days=365)
    query = select(Case.id, Case.team_id, Case.primary_worker_id).where(Case.status == "open")
    if team_ids is not None:
        query = query.where(Case.team_id.in_(team_ids))
    cases = {row[0]: (row[1], row[2]) for row in session.execute(query)}
    names_team = {t.id: t.name for t in session.scalars(select(Team))}
    names_user = {u.id: u.username for u in session.scalars(select(User))}

    def group_of(case_id: int) -> str:
        team_id, worker_id = cases[case_id]
        if by == "team":
            return names_team.get(team_id, "No team") if team_id else "No team"
        return names_user.get(worker_id, "No primary worker") if worker_id else "No primary worker"

    periods: dict[int, list[AssignmentPeriod]] = defaultdict(list)
    due: dict[int, list[date]] = defaultdict(list)
    moves: dict[int, list[bool]] = defaultdict(list)
    ids = list(cases)
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        for row in session.execute(
            select(
                WorkerAssignment.case_id,
                WorkerAssignment.user_id,
                WorkerAssignment.start_date,
                WorkerAssignment.end_date,
                WorkerAssignment.role,
            )
            .where(WorkerAssignment.case_id.in_(chunk))
            .order_by(WorkerAssignment.start_date, WorkerAssignment.id)
        ):
            periods[row[0]].append(AssignmentPeriod(row[1], row[2], row[3], row[4] == "primary"))
        for due_row in session.execute(
            select(Transition.case_id, Transition.due_date).where(
                Transition.case_id.in_(chunk),
                Transition.due_date >= year_ago,
                Transition.due_date <= today - timedelta(days=CONTINUITY_DAYS),
                # a transition that never applied is no moment to have kept a worker through
                or_(Transition.outcome.is_(None), Transition.outcome != "no_longer_applies"),
            )
        ):
            due[due_row[0]].append(due_row[1])
        for move_row in session.execute(
            select(CaseMove.case_id, CaseMove.worker_continued).where(
                CaseMove.case_id.in_(chunk), CaseMove.moved_on > year_ago
            )
        ):
            moves[move_row[0]].append(bool(move_row[1]))
    tallies: dict[str, _Tally] = defaultdict(_Tally)
    for cid in ids:
        tally = tallies[group_of(cid)]
        tally.cases += 1
        tally.changes += worker_changes_last_12_months(periods[cid], today)
        same, judged = continuity_share(
            same_worker_around(periods[cid], d, CONTINUITY_DAYS, today) for d in due[cid]
        )
        tally.same += same
        tally.judged += judged
        tally.moves += len(moves[cid])
        tally.continued += sum(moves[cid])
    if by == "team":
        # Teams with no open case still show, with zeros.
        for tid in team_ids if team_ids is not None else names_team:
            tallies.setdefault(names_team[tid], _Tally())
    return [
        ContinuityRow(g, t.cases, t.changes, t.judged, t.same, t.moves, t.continued)
        for g, t in sorted(tallies.items())
    ]


@dataclass(frozen=True)
class ContinuityAlert:
    reference: str
    name: str
    kind: str
    due_date: date
    days_left: int
    primary_worker: str | None
    why: str


def continuity_alerts(
    session: Session, actor: Actor, *, within_days: int = CONTINUITY_DAYS, team: str | None = None
) -> list[ContinuityAlert]:
    """Cases whose transition is near and whose primary worker is about to change.

    "About to change": a transfer to another team is pending, the worker's
    account is no longer active, nobody is primary, or the primary worker
    changed in the last 30 days (the new worker is still getting to know the
    young person).
    """
    team_ids = _scope_team_ids(session, actor, team)
    today = clock.today()
    rules = settings.transition_rules(session)
    query = (
        select(
            Case.id,
            Case.reference,
            Case.given_name,
            Case.family_name,
            Transition.kind,
            Transition.due_date,
            User.username,
            User.active,
        )
        .join(Transition, Transition.case_id == Case.id)
        .outerjoin(User, User.id == Case.primary_worker_id)
        .where(
            Case.status == "open",
            transitions.open_sql(),
            transitions.listed_sql(Transition.kind, Transition.due_date, today, rules),
            Transition.due_date <= today + timedelta(days=within_days),
        )
        .order_by(Transition.due_date, Case.reference)
    )
    if team_ids is not None:
        query = query.where(Case.team_id.in_(team_ids))
    found = list(session.execute(query))
    ids = list({row[0] for row in found})
    pending: set[int] = set()
    recent: set[int] = set()
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        pending.update(
            session.scalars(
                select(TransferRequest.case_id).where(
                    TransferRequest.case_id.in_(chunk), TransferRequest.state == "pending"
                )
            )
        )
        # A primary assignment that started recently and followed an earlier one.
        starts: dict[int, list[date]] = defaultdict(list)
        for cid, start_date in session.execute(
            select(WorkerAssignment.case_id, WorkerAssignment.start_date).where(
                WorkerAssignment.case_id.in_(chunk), WorkerAssignment.role == "primary"
            )
        ):
            starts[cid].append(start_date)
        for cid, dates in starts.items():
            dates.sort()
            if len(dates) > 1 and dates[-1] > today - timedelta(days=CONTINUITY_DAYS):
                recent.add(cid)
    alerts: list[ContinuityAlert] = []
    seen: set[int] = set()
    for cid, reference, given, family, kind, due_date, username, active in found:
        if cid in seen:
            continue
        if cid in pending:
            why = _("A transfer to another team is waiting for a decision.")
        elif username is None:
            why = _("Nobody is the primary worker.")
        elif not active:
            why = _("The primary worker ({username}) is no longer active.", username=username)
        elif cid in recent:
            why = _("The primary worker changed in the last 30 days.")
        else:
            continue
        seen.add(cid)
        alerts.append(
            ContinuityAlert(
                reference,
                f"{given} {family}".strip(),
                kind,
                due_date,
                (due_date - today).days,
                username,
                why,
            )
        )
    return alerts


def workers_of_team(session: Session, actor: Actor, team_id: int | None = None) -> list[User]:
    """Active workers a case can be given to: a lead's own team, or the given team."""
    require_case_content_role(actor)
    tid = actor.team_id if _is_lead(actor) else team_id
    query = select(User).where(User.active.is_(True), User.role.in_(CASEWORKER_ROLES))
    if tid is not None:
        query = query.where(User.team_id == tid)
    return list(session.scalars(query.order_by(User.full_name)))


def history(session: Session, actor: Actor, reference: str) -> list[WorkerAssignment]:
    """The assignment history of a case, oldest first."""
    case = load_case_for_read(session, actor, reference)
    rows = list(
        session.scalars(
            select(WorkerAssignment)
            .where(WorkerAssignment.case_id == case.id)
            .order_by(WorkerAssignment.start_date, WorkerAssignment.id)
        )
    )
    for row in rows:
        _ = row.user
    return rows


def municipalities(session: Session, actor: Actor) -> list[str]:
    """Municipalities of the current placements of the open cases the actor sees (board filter)."""
    require_case_content_role(actor)
    from desktop_app.db.models import Placement

    return sorted(
        m
        for m in session.scalars(
            select(Placement.municipality)
            .join(Case, Case.id == Placement.case_id)
            .where(
                Placement.end_date.is_(None),
                Placement.municipality.is_not(None),
                Case.status == "open",
                visible_cases_clause(actor),
            )
            .distinct()
        )
        if m
    )


@dataclass(frozen=True)
class WorkerCase:
    reference: str
    name: str
    next_kind: str | None
    next_due_date: date | None


def cases_of_worker(session: Session, actor: Actor, user_id: int | None) -> list[WorkerCase]:
    """Open cases a worker holds as primary (None: cases with no primary worker), soonest first."""
    team_ids = _scope_team_ids(session, actor, None)
    query = select(
        Case.reference, Case.given_name, Case.family_name, Case.next_kind, Case.next_due_date
    ).where(
        Case.status == "open",
        Case.primary_worker_id == user_id
        if user_id is not None
        else Case.primary_worker_id.is_(None),
    )
    if team_ids is not None:
        query = query.where(Case.team_id.in_(team_ids))
    query = query.order_by(Case.next_due_date.is_(None), Case.next_due_date, Case.reference)
    return [
        WorkerCase(ref, f"{given} {family}".strip(), kind, due)
        for ref, given, family, kind, due in session.execute(query)
    ]


# --- the transitions board ------------------------------------------------------

BOARD_PAGE = 500


@dataclass(frozen=True)
class BoardSummary:
    """Counts over every row the board's filters match (not only the page shown)."""

    total: int
    by_risk: dict[str, int]
    overdue: int
    without_housing: int
    # (first day of the month, or None for the overdue ones) → counts per risk, in date order
    by_month: list[tuple[date | None, dict[str, int]]]


@dataclass(frozen=True)
class BoardPage:
    rows: list[transitions.TransitionRow]
    summary: BoardSummary

    @property
    def truncated(self) -> bool:
        return len(self.rows) < self.summary.total


def board(
    session: Session,
    actor: Actor,
    within_days: int,
    *,
    kinds: Sequence[str] | None = None,
    risks: Sequence[str] | None = None,
    worker_id: int | None = None,
    municipality: str | None = None,
    limit: int = BOARD_PAGE,
    overdue_only: bool = False,
) -> BoardPage:
    """The board: the soonest `limit` transitions, and counts over all that match.

    The counts are one grouped query (by day, risk and housing), so a whole
    organisation's 90 days stays quick however many rows match. `overdue_only`
    shows those that need an outcome.
    """
    from sqlalchemy import and_ as sql_and

    from desktop_app.db.models import Placement

    rules = settings.transition_rules(session)
    rows = transitions.upcoming(
        session,
        actor,
        within_days,
        kinds=kinds,
        risks=risks,
        worker_id=worker_id,
        municipality=municipality,
        overdue_only=overdue_only,
        limit=limit,
        rules=rules,
    )
    today = clock.today()
    risk_col = transitions.risk_sql(
        Transition.due_date, Transition.housing_secured, Transition.readiness, today, rules
    )
    query = (
        select(Transition.due_date, risk_col, Transition.housing_secured, func.count())
        .where(
            transitions.open_sql(),
            transitions.listed_sql(Transition.kind, Transition.due_date, today, rules),
            Transition.due_date <= today + timedelta(days=within_days),
        )
        .group_by(Transition.due_date, risk_col, Transition.housing_secured)
    )
    if sees_every_case(actor) and worker_id is None and not municipality:
        # The whole organisation: leave out the transitions of the few cases that are
        # not open (a hashed NOT IN over `ix_cases_not_open`; ids are never NULL)
        # instead of joining every row to the many open cases: the same rows, in a
        # third of the time on 100,000 cases on both backends.
        not_open = select(Case.id).where(Case.status != "open")
        query = query.where(Transition.case_id.not_in(not_open))
    else:
        query = query.join(Case, Case.id == Transition.case_id).where(
            Case.status == "open",
            visible_cases_clause(actor, team_column=team_column_walking_by_date(session)),
        )
    if overdue_only:
        query = query.where(Transition.due_date < today)
    if kinds:
        query = query.where(Transition.kind.in_(list(kinds)))
    if risks:
        query = query.where(risk_col.in_(list(risks)))
    if worker_id is not None:
        query = query.where(Case.primary_worker_id == worker_id)
    if municipality:
        current = Placement.__table__.alias("current_placement")
        query = query.join(
            current, sql_and(current.c.case_id == Case.id, current.c.end_date.is_(None))
        ).where(current.c.municipality == municipality)
    by_risk = {"red": 0, "amber": 0, "green": 0}
    months: dict[date | None, dict[str, int]] = {}
    total = overdue = without = 0
    for due, risk, secured, count in session.execute(query):
        total += count
        by_risk[risk] = by_risk.get(risk, 0) + count
        if due < today:
            overdue += count
        if not secured:
            without += count
        key = None if due < today else due.replace(day=1)
        cell = months.setdefault(key, {"red": 0, "amber": 0, "green": 0})
        cell[risk] = cell.get(risk, 0) + count
    ordered = sorted(months.items(), key=lambda kv: kv[0] or date.min)
    return BoardPage(rows, BoardSummary(total, by_risk, overdue, without, ordered))


def team_names(session: Session, actor: Actor) -> list[str]:
    """Active teams, for choosing where a case should move."""
    require_case_content_role(actor)
    return list(session.scalars(select(Team.name).where(Team.active.is_(True)).order_by(Team.name)))
