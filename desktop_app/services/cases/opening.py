"""Reading one case's whole record for the case screen and the printed documents; the read is
audited."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.db.models import (
    AgeAssessment,
    BelongingCheckin,
    Case,
    CaseMove,
    ChecklistItemState,
    CommunityActivity,
    ConsentRecord,
    Contact,
    HousingOffer,
    LegalDecision,
    LifePlanGoal,
    Note,
    Placement,
    Task,
    User,
    WorkerAssignment,
)
from desktop_app.services.actor import Actor
from desktop_app.services.partners.enrolments import Enrolment, case_enrolments
from desktop_app.services.partners.work_support import WorkSupport, case_support
from desktop_app.services.transitions import listing
from desktop_app.services.trust import audit
from desktop_app.services.trust.permissions import can_see_confidential, load_case_for_read


@dataclass
class CaseRecord:
    """Everything shown in the case record, loaded once."""

    case: Case
    team_name: str | None
    primary_worker: User | None
    decisions: list[LegalDecision]
    placements: list[Placement]
    age_assessments: list[AgeAssessment]
    offers: list[HousingOffer]
    enrolments: tuple[Enrolment, ...]
    employment: tuple[WorkSupport, ...]
    assignments: list[WorkerAssignment]
    moves: list[CaseMove]
    goals: list[LifePlanGoal]
    notes: list[Note]
    tasks: list[Task]
    contacts: list[Contact]
    checkins: list[BelongingCheckin]
    activities: list[CommunityActivity]
    consents: list[ConsentRecord]
    checklist: dict[str, set[str]]
    transitions: list[listing.TransitionRow]
    can_edit: bool
    can_see_confidential: bool
    hidden_confidential_notes: int = 0
    checklist_na: dict[str, set[str]] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def open_transitions(self) -> list[listing.TransitionRow]:
        return [t for t in self.transitions if t.status == "open"]

    @property
    def resolved_transitions(self) -> list[listing.TransitionRow]:
        return [t for t in self.transitions if t.status != "open"]

    @property
    def current_placement(self) -> Placement | None:
        current = [p for p in self.placements if p.end_date is None]
        return current[-1] if current else None


def _children(session: Session, model: Any, case_id: int, order: Sequence[Any]) -> list[Any]:
    return list(session.scalars(select(model).where(model.case_id == case_id).order_by(*order)))


def open_case(
    session: Session, actor: Actor, reference: str, *, audit_read: bool = True
) -> CaseRecord:
    """Load a case record for reading; the read is audited."""
    from desktop_app.services.trust.permissions import can_edit_case

    case = load_case_for_read(session, actor, reference)
    confidential = can_see_confidential(session, actor, case)
    notes = _children(session, Note, case.id, [Note.note_date.desc(), Note.id.desc()])
    hidden = 0
    if not confidential:
        hidden = sum(1 for n in notes if n.confidential)
        notes = [n for n in notes if not n.confidential]
    checklist: dict[str, set[str]] = {}
    not_applicable: dict[str, set[str]] = {}
    for state in _children(session, ChecklistItemState, case.id, [ChecklistItemState.id]):
        if state.done:
            checklist.setdefault(state.transition_kind, set()).add(state.item_key)
        if state.not_applicable:
            not_applicable.setdefault(state.transition_kind, set()).add(state.item_key)
    record = CaseRecord(
        case=case,
        team_name=case.team.name if case.team else None,
        primary_worker=case.primary_worker,
        decisions=_children(
            # A pending application (no decision date yet) first, as on every backend.
            session,
            LegalDecision,
            case.id,
            [LegalDecision.decision_date.asc().nulls_first(), LegalDecision.id],
        ),
        placements=_children(session, Placement, case.id, [Placement.start_date, Placement.id]),
        age_assessments=_children(session, AgeAssessment, case.id, [AgeAssessment.assessed_on]),
        offers=_children(
            session, HousingOffer, case.id, [HousingOffer.proposed_on, HousingOffer.id]
        ),
        enrolments=case_enrolments(session, case.id),
        employment=case_support(session, case.id),
        assignments=_children(
            session, WorkerAssignment, case.id, [WorkerAssignment.start_date, WorkerAssignment.id]
        ),
        moves=_children(session, CaseMove, case.id, [CaseMove.moved_on]),
        goals=_children(
            session, LifePlanGoal, case.id, [LifePlanGoal.target_date, LifePlanGoal.id]
        ),
        notes=notes,
        tasks=_children(session, Task, case.id, [Task.done_at.is_not(None), Task.due_date]),
        contacts=_children(session, Contact, case.id, [Contact.name]),
        checkins=_children(session, BelongingCheckin, case.id, [BelongingCheckin.checkin_date]),
        activities=_children(session, CommunityActivity, case.id, [CommunityActivity.start_date]),
        consents=_children(session, ConsentRecord, case.id, [ConsentRecord.given_on]),
        checklist=checklist,
        checklist_na=not_applicable,
        # Open and resolved: the resolved ones are the record's history, with their outcomes.
        transitions=listing.case_history(session, actor, case.id),
        can_edit=can_edit_case(session, actor, case),
        can_see_confidential=confidential,
        hidden_confidential_notes=hidden,
    )
    for offer in record.offers:
        _ = offer.unit  # loaded while the session is open
    for assignment in record.assignments:
        _ = assignment.user
    for note in record.notes:
        _ = note.author
    for task in record.tasks:
        _ = task.owner
    if audit_read:
        audit.record(
            session, actor, "case_opened", entity="case", entity_id=reference, case_id=case.id
        )
    return record


def case_version(session: Session, actor: Actor, reference: str) -> int:
    """The current version of a case (to notice a save by someone else)."""
    return load_case_for_read(session, actor, reference).version
