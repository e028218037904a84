"""Caseload balance: cases and upcoming transitions per worker, and the cases one worker holds."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select, true
from sqlalchemy.orm import Session

from desktop_app.db.models import Case, Team, Transition, User, WorkerAssignment
from desktop_app.services import clock, settings
from desktop_app.services.actor import Actor
from desktop_app.services.team.scope import CASEWORKER_ROLES, scope_team_ids
from desktop_app.services.transitions import sql_rules
from desktop_app.services.trust.permissions import team_column_walking_by_date


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


def caseload_balance(
    session: Session, actor: Actor, *, team: str | None = None
) -> list[BalanceRow]:
    """Cases and upcoming transitions per worker, busiest first."""
    team_ids = scope_team_ids(session, actor, team)
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
    risk = sql_rules.risk_sql(
        Transition.due_date, Transition.housing_secured, Transition.readiness, today, rules
    )
    for worker_id, due, risk_value in session.execute(
        select(Case.primary_worker_id, Transition.due_date, risk)
        .join(Case, Case.id == Transition.case_id)
        .where(
            Case.status == "open",
            # Walked by due date, checking each transition's case.
            in_scope(team_column_walking_by_date(session)),
            sql_rules.open_sql(),
            sql_rules.listed_sql(Transition.kind, Transition.due_date, today, rules),
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


@dataclass(frozen=True)
class WorkerCase:
    reference: str
    name: str
    next_kind: str | None
    next_due_date: date | None


def cases_of_worker(session: Session, actor: Actor, user_id: int | None) -> list[WorkerCase]:
    """Open cases a worker holds as primary (None: cases with no primary worker), soonest first."""
    team_ids = scope_team_ids(session, actor, None)
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
