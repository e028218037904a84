"""Reading one case's whole record for the case screen and the printed documents; the read is
audited.

The case is looked up and its permissions worked out once; every part of the record is
then read by the case's id and handed over as plain values (`record_data`), so nothing a
screen holds goes back to the database.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from desktop_app.db.models import (
    AgeAssessment,
    BelongingCheckin,
    Case,
    CaseMove,
    ChecklistItemState,
    ClosureRequest,
    CommunityActivity,
    ConsentRecord,
    Contact,
    HousingOffer,
    HousingUnit,
    LegalDecision,
    LifePlanGoal,
    Note,
    Placement,
    Task,
    Team,
    User,
    WorkerAssignment,
)
from desktop_app.domain.continuity import (
    AssignmentPeriod,
    continuity_share,
    same_worker_around,
    worker_changes_last_12_months,
)
from desktop_app.services import clock
from desktop_app.services.actor import Actor, Role
from desktop_app.services.cases.record_data import (
    ActivityFacts,
    AgeAssessmentFacts,
    AssignmentFacts,
    CaseDetails,
    CaseRecord,
    CheckinFacts,
    ClosureFacts,
    ConsentFacts,
    ContactFacts,
    ContinuityFacts,
    DecisionFacts,
    GoalFacts,
    MoveFacts,
    NoteFacts,
    OfferFacts,
    PersonRef,
    PlacementFacts,
    TaskFacts,
    UnitFacts,
    frozen_sets,
    values_of,
)
from desktop_app.services.partners.enrolments import case_enrolments
from desktop_app.services.partners.work_support import case_support
from desktop_app.services.transitions import listing
from desktop_app.services.trust import audit
from desktop_app.services.trust.permissions import CaseAccess, load_case_with_access

__all__ = ["CaseRecord", "case_version", "open_case", "record_of"]

# Around a transition, the days the same primary worker should hold the case.
CONTINUITY_DAYS = 30


def _order_of(model: Any) -> tuple[Any, ...]:
    """How each part of the record is listed."""
    orders: dict[Any, tuple[Any, ...]] = {
        Note: (Note.note_date.desc(), Note.id.desc()),
        Task: (Task.done_at.is_not(None), Task.due_date, Task.id),
        WorkerAssignment: (WorkerAssignment.start_date, WorkerAssignment.id),
        ClosureRequest: (ClosureRequest.requested_at, ClosureRequest.id),
        ChecklistItemState: (ChecklistItemState.id,),
        CaseMove: (CaseMove.moved_on,),
        # A pending application (no decision date yet) first, as on every backend.
        LegalDecision: (LegalDecision.decision_date.asc().nulls_first(), LegalDecision.id),
        Placement: (Placement.start_date, Placement.id),
        AgeAssessment: (AgeAssessment.assessed_on, AgeAssessment.id),
        LifePlanGoal: (LifePlanGoal.target_date, LifePlanGoal.id),
        Contact: (Contact.ended_on.is_not(None), Contact.name),
        BelongingCheckin: (BelongingCheckin.checkin_date,),
        CommunityActivity: (CommunityActivity.start_date,),
        ConsentRecord: (ConsentRecord.given_on, ConsentRecord.id),
    }
    return orders[model]


@cache
def _children_query(model: Any) -> Any:
    """The query of one part of the record, built once: building it for every case took
    more CPU than running it (a case document reads fourteen parts)."""
    return select(model).where(model.case_id == bindparam("case_id")).order_by(*_order_of(model))


def _children(session: Session, model: Any, case_id: int) -> list[Any]:
    return list(session.scalars(_children_query(model), {"case_id": case_id}))


@cache
def _record_query(part: str) -> Any:
    """The record's other reads, built once as well."""
    if part == "users":
        return select(User).where(User.id.in_(bindparam("ids", expanding=True)))
    if part == "offers":
        return (
            select(HousingOffer, HousingUnit)
            .join(HousingUnit, HousingUnit.id == HousingOffer.unit_id)
            .where(HousingOffer.case_id == bindparam("case_id"))
            .order_by(HousingOffer.proposed_on, HousingOffer.id)
        )
    if part == "team":
        return select(Team.name).where(Team.id == bindparam("team_id"))
    if part == "aliases":
        return (
            select(Case.reference)
            .where(Case.merged_into_id == bindparam("case_id"))
            .order_by(Case.reference)
        )
    raise KeyError(part)


def _person(user: User | None) -> PersonRef | None:
    return PersonRef(user.id, user.username, user.full_name) if user is not None else None


def _users(session: Session, ids: set[int | None]) -> dict[int, PersonRef]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return {
        u.id: PersonRef(u.id, u.username, u.full_name)
        for u in session.scalars(_record_query("users"), {"ids": sorted(wanted)})
    }


def open_case(
    session: Session, actor: Actor, reference: str, *, audit_read: bool = True
) -> CaseRecord:
    """Load a case record for reading (a merged duplicate's reference finds the case it was
    merged into); the read is audited."""
    case, access = load_case_with_access(session, actor, reference)
    record = record_of(session, actor, case, access)
    if audit_read:
        audit.record(
            session,
            actor,
            "case_opened",
            entity="case",
            entity_id=case.reference,
            case_id=case.id,
        )
    return record


def record_of(session: Session, actor: Actor, case: Case, access: CaseAccess) -> CaseRecord:
    """The record of a case already looked up and checked (`load_case_with_access`)."""
    today = clock.today()
    notes = _children(session, Note, case.id)
    hidden = 0
    if not access.confidential:
        hidden = sum(1 for n in notes if n.confidential)
        notes = [n for n in notes if not n.confidential]
    tasks = _children(session, Task, case.id)
    assignments = _children(session, WorkerAssignment, case.id)
    closures = _children(session, ClosureRequest, case.id)
    users = _users(
        session,
        {n.author_id for n in notes}
        | {t.owner_id for t in tasks}
        | {a.user_id for a in assignments}
        | {c.requested_by_id for c in closures}
        | {c.decided_by_id for c in closures}
        | {case.primary_worker_id},
    )
    checklist: dict[str, set[str]] = {}
    not_applicable: dict[str, set[str]] = {}
    for state in _children(session, ChecklistItemState, case.id):
        if state.done:
            checklist.setdefault(state.transition_kind, set()).add(state.item_key)
        if state.not_applicable:
            not_applicable.setdefault(state.transition_kind, set()).add(state.item_key)
    offers = [
        OfferFacts(
            id=offer.id,
            state=offer.state,
            proposed_on=offer.proposed_on,
            move_in_date=offer.move_in_date,
            end_date=offer.end_date,
            decline_reason=offer.decline_reason,
            unit=values_of(unit, UnitFacts),
        )
        for offer, unit in session.execute(_record_query("offers"), {"case_id": case.id})
    ]
    moves = tuple(values_of(m, MoveFacts) for m in _children(session, CaseMove, case.id))
    assignment_facts = tuple(
        values_of(a, AssignmentFacts, user=users[a.user_id]) for a in assignments
    )
    # Open and resolved: the resolved ones are the record's history, with their outcomes.
    transitions = tuple(listing.case_history(session, actor, case.id))
    pending = next((c for c in closures if c.state == "requested"), None)
    team_name = (
        session.scalar(_record_query("team"), {"team_id": case.team_id})
        if case.team_id is not None
        else None
    )
    return CaseRecord(
        case=values_of(case, CaseDetails),
        team_name=team_name,
        primary_worker=users.get(case.primary_worker_id) if case.primary_worker_id else None,
        decisions=tuple(
            values_of(d, DecisionFacts) for d in _children(session, LegalDecision, case.id)
        ),
        placements=tuple(
            values_of(p, PlacementFacts) for p in _children(session, Placement, case.id)
        ),
        age_assessments=tuple(
            values_of(a, AgeAssessmentFacts) for a in _children(session, AgeAssessment, case.id)
        ),
        offers=tuple(offers),
        enrolments=case_enrolments(session, case.id),
        employment=case_support(session, case.id),
        assignments=assignment_facts,
        moves=moves,
        goals=tuple(values_of(g, GoalFacts) for g in _children(session, LifePlanGoal, case.id)),
        notes=tuple(
            values_of(n, NoteFacts, author=users.get(n.author_id) if n.author_id else None)
            for n in notes
        ),
        tasks=tuple(
            values_of(t, TaskFacts, owner=users.get(t.owner_id) if t.owner_id else None)
            for t in tasks
        ),
        contacts=tuple(values_of(c, ContactFacts) for c in _children(session, Contact, case.id)),
        checkins=tuple(
            values_of(c, CheckinFacts) for c in _children(session, BelongingCheckin, case.id)
        ),
        activities=tuple(
            values_of(a, ActivityFacts) for a in _children(session, CommunityActivity, case.id)
        ),
        consents=tuple(
            values_of(c, ConsentFacts) for c in _children(session, ConsentRecord, case.id)
        ),
        checklist=frozen_sets(checklist),
        checklist_na=frozen_sets(not_applicable),
        transitions=transitions,
        can_edit=access.edit,
        can_see_confidential=access.confidential,
        continuity=continuity_of(assignment_facts, transitions, moves, today),
        hidden_confidential_notes=hidden,
        pending_closure=_closure(pending, users) if pending is not None else None,
        closures=tuple(_closure(c, users) for c in closures),
        leads_team=(
            actor.role is Role.TEAM_LEAD
            and not actor.is_system
            and case.team_id is not None
            and case.team_id == actor.team_id
        ),
        aliases=tuple(session.scalars(_record_query("aliases"), {"case_id": case.id})),
    )


def _closure(request: ClosureRequest, users: dict[int, PersonRef]) -> ClosureFacts:
    requester = users.get(request.requested_by_id)
    decider = users.get(request.decided_by_id) if request.decided_by_id else None
    return ClosureFacts(
        id=request.id,
        requested_by=requester.full_name if requester else "",
        requested_at=request.requested_at,
        reason=request.reason,
        state=request.state,
        comment=request.comment,
        decided_by=decider.full_name if decider else None,
    )


def continuity_of(
    assignments: Sequence[AssignmentFacts],
    transitions: Sequence[listing.TransitionRow],
    moves: Sequence[MoveFacts],
    today: date,
) -> ContinuityFacts:
    """Worker changes in the last 12 months, whether the same worker held the case 30 days
    before and after each past transition, and the moves where the worker continued."""
    periods = [
        AssignmentPeriod(a.user_id, a.start_date, a.end_date, a.role == "primary")
        for a in assignments
    ]
    judged = [
        same_worker_around(periods, t.due_date, CONTINUITY_DAYS, today)
        for t in transitions
        # a transition that never applied is no moment to have kept a worker through
        if t.due_date <= today and t.outcome != "no_longer_applies"
    ]
    same, counted = continuity_share(judged)
    return ContinuityFacts(
        worker_changes_12_months=worker_changes_last_12_months(periods, today),
        same_worker=same,
        judged=counted,
        moves=len(moves),
        moves_worker_continued=sum(1 for m in moves if m.worker_continued),
    )


def case_version(session: Session, actor: Actor, reference: str) -> int:
    """The current version of a case (to notice a save by someone else)."""
    return load_case_with_access(session, actor, reference)[0].version
