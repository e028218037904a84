"""The social worker's start page: cases newly assigned to me, tasks due, my transitions at risk."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.db.models import Case, Task, Team, Transition, User, WorkerAssignment
from desktop_app.domain.transitions import Risk, explain_risk
from desktop_app.services import clock, settings
from desktop_app.services.actor import Actor, Role
from desktop_app.services.transitions import listing, sql_rules
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


def my_day(session: Session, actor: Actor, *, within_days: int = 30, limit: int = 300) -> MyDay:
    """The start page: what is new for me, what is due today or overdue, what is at risk."""
    require_case_content_role(actor)
    today = clock.today()
    user = session.get(User, actor.user_id) if actor.user_id is not None else None
    last_seen = user.last_seen_assignments_at if user else None
    query = (
        select(WorkerAssignment, Case.reference, Case.given_name, Case.family_name)
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
    for a, ref, given, family in session.execute(query.limit(200)):
        assignments.append(
            NewAssignment(ref, f"{given} {family}".strip(), a.role, a.start_date, a.reason)
        )
        if a.created_at is not None and (newest is None or a.created_at > newest):
            newest = a.created_at
    task_rows = session.execute(
        select(Task, Case.reference, Case.given_name, Case.family_name)
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
            t.id,
            ref,
            f"{given} {family}".strip(),
            t.title,
            t.due_date,
            (today - t.due_date).days,
        )
        for t, ref, given, family in task_rows
        if t.due_date is not None
    ]
    # A social worker's own cases; a team lead's team (a coordinator's organisation).
    at_risk, total = _transitions_at_risk(
        session,
        actor,
        within_days,
        actor.user_id if actor.role is Role.SOCIAL_WORKER else None,
        limit,
    )
    return MyDay(assignments, tasks, at_risk, last_seen, newest, total)


def _transitions_at_risk(
    session: Session, actor: Actor, within_days: int, worker_id: int | None, limit: int
) -> tuple[list[listing.TransitionRow], int]:
    """Red and amber transitions due within `within_days` (and overdue), soonest first.

    The same rows as `transitions.upcoming(..., risks=["red", "amber"])`, but only the
    first `limit` are built: a start page must not wait for a whole organisation's list.
    """
    today = clock.today()
    rules = settings.transition_rules(session)
    risk_col = sql_rules.risk_sql(
        Transition.due_date, Transition.housing_secured, Transition.readiness, today, rules
    )
    conditions = [
        Case.status == "open",
        visible_cases_clause(actor),
        sql_rules.listed_sql(
            Transition.kind, Transition.due_date, Transition.housing_secured, today, rules
        ),
        Transition.due_date <= today + timedelta(days=within_days),
        risk_col.in_(["red", "amber"]),
    ]
    if worker_id is not None:
        conditions.append(Case.primary_worker_id == worker_id)
    query = (
        select(
            Transition,
            Case.reference,
            Case.given_name,
            Case.family_name,
            User.username,
            Team.name,
            risk_col.label("risk"),
        )
        .join(Case, Case.id == Transition.case_id)
        .outerjoin(User, User.id == Case.primary_worker_id)
        .outerjoin(Team, Team.id == Case.team_id)
        .where(*conditions)
        .order_by(Transition.due_date, Case.reference, Transition.kind)
        .limit(limit)
    )
    rows: list[listing.TransitionRow] = []
    for t, reference, given, family, username, team_name, risk in session.execute(query):
        days_left = (t.due_date - today).days
        rows.append(
            listing.TransitionRow(
                case_id=t.case_id,
                reference=reference,
                name=f"{given} {family}".strip(),
                kind=t.kind,
                due_date=t.due_date,
                days_left=days_left,
                uncertain=bool(t.uncertain),
                readiness=t.readiness,
                risk=risk,
                missing=tuple(filter(None, t.missing.split(";"))),
                primary_worker=username,
                housing_secured=bool(t.housing_secured),
                team=team_name,
                municipality=None,  # not shown on the start page
                explanation=explain_risk(
                    Risk(risk), days_left, bool(t.housing_secured), t.readiness, rules
                ),
            )
        )
    total = len(rows)
    if total == limit:  # only then is counting all of them worth a query
        total = int(
            session.scalar(
                select(func.count())
                .select_from(Transition)
                .join(Case, Case.id == Transition.case_id)
                .where(*conditions)
            )
            or 0
        )
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
