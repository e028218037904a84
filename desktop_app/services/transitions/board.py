"""The transitions board: the soonest transitions a user may see, with counts over all that
match."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Select, and_, case, false, func, not_, select
from sqlalchemy.orm import Session

from desktop_app.db.models import Case, Placement, Transition
from desktop_app.services import clock, settings
from desktop_app.services.actor import Actor, Role
from desktop_app.services.transitions import listing, sql_rules
from desktop_app.services.trust.permissions import (
    require_case_content_role,
    sees_every_case,
    team_column_walking_by_date,
    visible_cases_clause,
)

# The board's first page, and each page more as its list is scrolled: about four
# screenfuls. Building the rows is most of a refresh's work (500 took half of it), and a
# refresh comes with every save; the counts cover every matching row whatever is loaded.
BOARD_PAGE = 100


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
    rows: list[listing.TransitionRow]
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

    The counts are one query grouped by day, so a whole organisation's 90 days stays
    quick however many rows match. `overdue_only` shows those that need an outcome.
    """
    rules = settings.transition_rules(session)
    rows = listing.upcoming(
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
    risk_col = sql_rules.risk_sql(
        Transition.due_date, Transition.housing_secured, Transition.readiness, today, rules
    )
    # One row per due date, each risk and the unsecured counted within it: the rows are
    # read in the index's date order, so they are counted as they come (no hash table or
    # sort of 20,000 rows), and half as many rows come back.
    query = (
        select(
            Transition.due_date,
            func.count(),
            func.count(case((risk_col == "red", 1))),
            func.count(case((risk_col == "amber", 1))),
            func.count(case((not_(Transition.housing_secured), 1))),
        )
        .where(
            sql_rules.open_sql(),
            sql_rules.listed_sql(Transition.kind, Transition.due_date, today, rules),
            Transition.due_date <= today + timedelta(days=within_days),
        )
        .group_by(Transition.due_date)
    )
    if sees_every_case(actor) and worker_id is None and not municipality:
        # The whole organisation: leave out the transitions of the few cases that are
        # not open (a hashed NOT IN over `ix_cases_not_open`; ids are never NULL)
        # instead of joining every row to the many open cases: the same rows, in a
        # third of the time on 100,000 cases on both backends.
        not_open = select(Case.id).where(Case.status != "open")
        query = query.where(Transition.case_id.not_in(not_open))
    elif actor.role is Role.TEAM_LEAD and worker_id is None and not municipality:
        # One team: the transitions whose case is among the team's open cases, a set read
        # from `ix_cases_team_status` alone, instead of reading every listed transition's
        # case row to test its team (5,600 of 16,500 on 100,000 cases: a third of the time).
        query = query.where(Transition.case_id.in_(_open_cases_of_team(actor)))
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
            current, and_(current.c.case_id == Case.id, current.c.end_date.is_(None))
        ).where(current.c.municipality == municipality)
    by_risk = {"red": 0, "amber": 0, "green": 0}
    months: dict[date | None, dict[str, int]] = {}
    total = overdue = without = 0
    for due, count, red, amber, unsecured in session.execute(query):
        counts = {"red": red, "amber": amber, "green": count - red - amber}
        total += count
        without += unsecured
        if due < today:
            overdue += count
        key = None if due < today else due.replace(day=1)
        cell = months.setdefault(key, {"red": 0, "amber": 0, "green": 0})
        for risk, n in counts.items():
            by_risk[risk] += n
            cell[risk] += n
    ordered = sorted(months.items(), key=lambda kv: kv[0] or date.min)
    return BoardPage(rows, BoardSummary(total, by_risk, overdue, without, ordered))


def more_rows(
    session: Session, actor: Actor, within_days: int, offset: int, **filters: Any
) -> list[listing.TransitionRow]:
    """The board's next `BOARD_PAGE` rows, after the first `offset`, with the filters
    `board` took (kinds, risks, worker, municipality, overdue only), in the same order."""
    return listing.upcoming(session, actor, within_days, limit=BOARD_PAGE, offset=offset, **filters)


def _open_cases_of_team(actor: Actor) -> Select[int]:
    """The ids of the open cases a team lead sees (none without a team), as
    `visible_cases_clause` and the open-case test of the listing choose them."""
    if actor.team_id is None:
        return select(Case.id).where(false())
    return select(Case.id).where(Case.team_id == actor.team_id, Case.status == "open")


def municipalities(session: Session, actor: Actor) -> list[str]:
    """Municipalities of the current placements of the open cases the actor sees (board filter)."""
    require_case_content_role(actor)
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
