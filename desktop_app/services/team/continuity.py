"""Worker continuity per team or per worker, and the cases whose worker is about to change
near a transition."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop_app.db.models import (
    Case,
    CaseMove,
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
from desktop_app.services import clock, settings
from desktop_app.services.actor import Actor
from desktop_app.services.team.scope import CONTINUITY_DAYS, scope_team_ids
from desktop_app.services.transitions import sql_rules


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
    team_ids = scope_team_ids(session, actor, team)
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
    team_ids = scope_team_ids(session, actor, team)
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
            sql_rules.open_sql(),
            sql_rules.listed_sql(Transition.kind, Transition.due_date, today, rules),
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
