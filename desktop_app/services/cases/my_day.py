"""The social worker's start page: cases newly assigned to me, tasks due, my transitions at risk."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.db.models import Case, Task, User, WorkerAssignment
from desktop_app.services import clock, settings
from desktop_app.services.actor import Actor, Role
from desktop_app.services.transitions import listing
from desktop_app.services.trust.permissions import require_case_content_role, visible_cases_clause


@dataclass(frozen=True)
class NewAssignment:
    reference: str
    name: str
    role: str
    start_date: date
    reason: str | None


@dataclass(frozen=True)
class DueTask:
    id: int
    reference: str
    name: str
    title: str
    due_date: date
    days_overdue: int


@dataclass(frozen=True)
class MyDay:
    new_assignments: list[NewAssignment]
    tasks: list[DueTask]
    transitions: list[listing.TransitionRow]
    last_seen: datetime | None
    newest_assignment_at: datetime | None = None
    transitions_total: int = 0  # all of them; `transitions` holds the first few hundred
    # Overdue and open: waiting for their outcome to be recorded (they come first in the list).
    needs_outcome_total: int = 0


def my_day(session: Session, actor: Actor, *, within_days: int = 30, limit: int = 300) -> MyDay:
    """The start page: what is new for me, what is due today or overdue, what is at risk."""
    require_case_content_role(actor)
    today = clock.today()
    user = session.get(User, actor.user_id) if actor.user_id is not None else None
    last_seen = user.last_seen_assignments_at if user else None
    # Plain columns, not mapped objects: a start page of hundreds of rows builds no
    # object it does not show (and this runs at every start).
    query = (
        select(
            WorkerAssignment.role,
            WorkerAssignment.start_date,
            WorkerAssignment.reason,
            WorkerAssignment.created_at,
            Case.reference,
            Case.given_name,
            Case.family_name,
        )
        .join(Case, Case.id == WorkerAssignment.case_id)
        .where(
            WorkerAssignment.user_id == actor.user_id,
            WorkerAssignment.end_date.is_(None),
            Case.status == "open",
        )
        .order_by(WorkerAssignment.created_at.desc(), Case.reference)
    )
    if last_seen is not None:
        query = query.where(WorkerAssignment.created_at > last_seen)
    else:
        # Never looked: show the last two weeks, not a whole caseload.
        query = query.where(WorkerAssignment.start_date >= today - timedelta(days=14))
    assignments: list[NewAssignment] = []
    newest: datetime | None = None
    for role, start_date, reason, created_at, ref, given, family in session.execute(
        query.limit(200)
    ):
        assignments.append(
            NewAssignment(ref, f"{given} {family}".strip(), role, start_date, reason)
        )
        if created_at is not None and (newest is None or created_at > newest):
            newest = created_at
    task_rows = session.execute(
        select(
            Task.id, Task.title, Task.due_date, Case.reference, Case.given_name, Case.family_name
        )
        .join(Case, Case.id == Task.case_id)
        .where(
            Task.owner_id == actor.user_id,
            Task.done_at.is_(None),
            Task.due_date.is_not(None),
            Task.due_date <= today,
            Case.status == "open",
            visible_cases_clause(actor),
        )
        .order_by(Task.due_date, Case.reference)
        .limit(500)
    )
    tasks = [
        DueTask(
            task_id,
            ref,
            f"{given} {family}".strip(),
            title,
            due_date,
            (today - due_date).days,
        )
        for task_id, title, due_date, ref, given, family in task_rows
        if due_date is not None
    ]
    # A social worker's own cases; a team lead's team (a coordinator's organisation).
    worker_id = actor.user_id if actor.role is Role.SOCIAL_WORKER else None
    at_risk, total = _transitions_at_risk(session, actor, within_days, worker_id, limit)
    waiting = sum(1 for t in at_risk if t.needs_outcome)
    if waiting == len(at_risk) == limit:
        waiting = listing.count_upcoming(
            session, actor, within_days, worker_id=worker_id, overdue_only=True
        )
    return MyDay(assignments, tasks, at_risk, last_seen, newest, total, waiting)


def _transitions_at_risk(
    session: Session, actor: Actor, within_days: int, worker_id: int | None, limit: int
) -> tuple[list[listing.TransitionRow], int]:
    """Red and amber transitions due within `within_days`, and every overdue open one (those
    that need an outcome), soonest first.

    Only the first `limit` are built: a start page must not wait for a whole
    organisation's list; the count covers them all.
    """
    rules = settings.transition_rules(session)
    filters: dict[str, Any] = {"risks": ["red", "amber"], "worker_id": worker_id}
    rows = listing.upcoming(session, actor, within_days, limit=limit, rules=rules, **filters)
    total = len(rows)
    if total == limit:  # only then is counting all of them worth a query
        total = listing.count_upcoming(session, actor, within_days, rules=rules, **filters)
    return rows, total


def mark_assignments_seen(session: Session, actor: Actor, seen: MyDay) -> None:
    """Remember that the user has seen these new cases (so they are not 'new' next time).

    The mark is the newest assignment shown, not the clock: an assignment made
    in the same second after the page was read still counts as new.
    """
    if actor.user_id is None:
        return
    user = session.get(User, actor.user_id)
    if user is None:
        return
    newest = seen.newest_assignment_at
    if newest is None and user.last_seen_assignments_at is None:
        newest = session.scalar(
            select(func.max(WorkerAssignment.created_at)).where(
                WorkerAssignment.user_id == actor.user_id
            )
        )
    if newest is not None:
        user.last_seen_assignments_at = max(newest, user.last_seen_assignments_at or newest)
