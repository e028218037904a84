"""The worker-continuity figures of one case, as DESIGN.md measures continuity."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop_app.db.models import CaseMove, Transition, WorkerAssignment
from desktop_app.domain.continuity import (
    AssignmentPeriod,
    continuity_share,
    same_worker_around,
    worker_changes_last_12_months,
)
from desktop_app.services import clock
from desktop_app.services.actor import Actor
from desktop_app.services.trust.permissions import load_case_for_read


@dataclass(frozen=True)
class TransitionContinuity:
    kind: str
    due_date: date
    same_worker: bool | None  # None: the 30 days after have not passed yet


@dataclass(frozen=True)
class ContinuityFigures:
    worker_changes_12_months: int
    transitions: list[TransitionContinuity]
    same_worker_share: tuple[int, int]
    moves: int
    moves_worker_continued: int


def continuity(session: Session, actor: Actor, reference: str) -> ContinuityFigures:
    """Worker changes in the last 12 months and whether the same worker held the case
    30 days before and after each transition, as DESIGN.md measures continuity."""
    case = load_case_for_read(session, actor, reference)
    today = clock.today()
    periods = [
        AssignmentPeriod(a.user_id, a.start_date, a.end_date, a.role == "primary")
        for a in session.scalars(
            select(WorkerAssignment)
            .where(WorkerAssignment.case_id == case.id)
            .order_by(WorkerAssignment.start_date, WorkerAssignment.id)
        )
    ]
    judged = [
        TransitionContinuity(t.kind, t.due_date, same_worker_around(periods, t.due_date, 30, today))
        for t in session.scalars(
            select(Transition)
            .where(
                Transition.case_id == case.id,
                Transition.due_date <= today,
                # a transition that never applied is no moment to have kept a worker through
                or_(Transition.outcome.is_(None), Transition.outcome != "no_longer_applies"),
            )
            .order_by(Transition.due_date)
        )
    ]
    moves = list(session.scalars(select(CaseMove).where(CaseMove.case_id == case.id)))
    return ContinuityFigures(
        worker_changes_12_months=worker_changes_last_12_months(periods, today),
        transitions=judged,
        same_worker_share=continuity_share(t.same_worker for t in judged),
        moves=len(moves),
        moves_worker_continued=sum(1 for m in moves if m.worker_continued),
    )
