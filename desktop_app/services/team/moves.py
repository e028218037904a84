"""Moves of a case that wait for a team lead: transfers between teams and closures.

A transfer waits for the receiving team lead, who accepts (optionally naming
the new worker) or rejects with a reason; closing a case waits for its team
lead's approval, or comes back with a comment.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop_app.db.models import Case, CaseMove, ClosureRequest, Team, TransferRequest, User
from desktop_app.domain.i18n import message as _
from desktop_app.services import clock, directory
from desktop_app.services.actor import Actor, Role
from desktop_app.services.errors import NotFoundError, ValidationError
from desktop_app.services.team.reassignment import apply_reassignment, load_for_reassign
from desktop_app.services.team.scope import (
    CASEWORKER_ROLES,
    is_coordinator,
    is_lead,
    team_name_of,
    user_by_name,
)
from desktop_app.services.transitions import derivation
from desktop_app.services.trust import audit
from desktop_app.services.trust.permissions import (
    can_read_case,
    deny,
    load_case_for_edit,
    refuse_unseen,
    require_case_content_role,
    visible_cases_clause,
)


def _case_by_id(session: Session, case_id: int) -> Case:
    case = session.get(Case, case_id)
    if case is None:
        raise NotFoundError(_("No case with the id {case_id}.", case_id=case_id))
    return case


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
    case = load_for_reassign(session, actor, reference)
    to_team_id = directory.team_id_by_name(session, to_team)
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
        detail={"from_team": team_name_of(session, case.team_id), "to_team": to_team},
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
    if not (is_lead(actor) and actor.team_id == request.to_team_id) and not actor.is_system:
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
        target = user_by_name(session, new_primary)
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
    from_team = team_name_of(session, request.from_team_id)
    to_team = team_name_of(session, request.to_team_id)
    if accept:
        case.team_id = request.to_team_id
        case.updated_at = clock.now()
        worker_continued = target is None or target.id == case.primary_worker_id
        if target is not None and not worker_continued:
            apply_reassignment(
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
    if not (is_lead(actor) or is_coordinator(actor)):
        raise deny(session, actor, _("see transfer requests"))
    query = (
        select(TransferRequest, Case.reference, Case.given_name, Case.family_name, User.username)
        .join(Case, Case.id == TransferRequest.case_id)
        .join(User, User.id == TransferRequest.requested_by_id, isouter=True)
        .order_by(TransferRequest.requested_at, TransferRequest.id)
    )
    if pending_only:
        query = query.where(TransferRequest.state == "pending")
    if is_lead(actor):
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
    if not (is_lead(actor) and case.team_id == actor.team_id) and not actor.is_system:
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
        derivation.refresh_cases(session, [case.id], actor)
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


def team_names(session: Session, actor: Actor) -> list[str]:
    """Active teams, for choosing where a case should move."""
    require_case_content_role(actor)
    return list(session.scalars(select(Team.name).where(Team.active.is_(True)).order_by(Team.name)))
