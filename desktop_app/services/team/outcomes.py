"""Outcomes per team and quarter, hard and soft.

Every figure carries the number of cases (or transitions) behind it, so a
percentage of three young people is not read like one of three hundred.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from desktop_app.db.models import (
    BelongingCheckin,
    Case,
    CommunityActivity,
    CourseEnrolment,
    EmploymentSupport,
    Placement,
    Team,
    Transition,
)
from desktop_app.domain.partners import ENDED_STATUSES, WORKING_OUTCOMES
from desktop_app.domain.transition_records import Outcome
from desktop_app.domain.transitions import TransitionKind
from desktop_app.services import clock
from desktop_app.services.actor import Actor
from desktop_app.services.team.scope import scope_team_ids

# Transitions after which the young person needs somewhere to live.
HOUSING_KINDS = (
    TransitionKind.STATUS_GRANT_MOVE_OUT.value,
    TransitionKind.TURNS_18.value,
    TransitionKind.AFTERCARE_END.value,
    TransitionKind.PLACEMENT_END.value,
)


MEASURES = (
    "housing_secured_before_deadline",
    "in_language_training",
    "in_work_or_education",
    "moved_into_own_tenancy",
    "belonging_average",
    "community_participation",
)


# English labels; the UI and reports translate them.
MEASURE_LABELS = {
    "housing_secured_before_deadline": "Housing secured before the deadline",
    "in_language_training": "In language training",
    "in_work_or_education": "In work or education",
    "moved_into_own_tenancy": "Moved into own tenancy",
    "belonging_average": "Belonging check-in average (1–5)",
    "community_participation": "Takes part in community activities",
}


@dataclass(frozen=True)
class Quarter:
    year: int
    number: int  # 1..4

    @property
    def label(self) -> str:
        return f"{self.year}-Q{self.number}"

    @property
    def start(self) -> date:
        return date(self.year, 3 * self.number - 2, 1)

    @property
    def end(self) -> date:
        nxt = self.next()
        return nxt.start - timedelta(days=1)

    def next(self) -> Quarter:
        return (
            Quarter(self.year + 1, 1) if self.number == 4 else Quarter(self.year, self.number + 1)
        )

    def previous(self) -> Quarter:
        return (
            Quarter(self.year - 1, 4) if self.number == 1 else Quarter(self.year, self.number - 1)
        )

    @classmethod
    def of(cls, day: date) -> Quarter:
        return cls(day.year, (day.month - 1) // 3 + 1)


def last_quarters(count: int, today: date) -> list[Quarter]:
    """The `count` quarters up to and including today's, oldest first."""
    quarters = [Quarter.of(today)]
    while len(quarters) < count:
        quarters.append(quarters[-1].previous())
    return list(reversed(quarters))


@dataclass(frozen=True)
class OutcomeFigure:
    team: str
    quarter: str
    measure: str
    count: int  # how many met the measure (for the average: cases with a check-in)
    base: int  # how many it was counted among
    unit: str  # "cases" or "transitions"
    average: float | None = None  # the belonging average only

    @property
    def percent(self) -> int | None:
        if self.average is not None or not self.base:
            return None
        return (self.count * 100) // self.base

    def as_record(self) -> dict[str, object]:
        return {
            "team": self.team,
            "quarter": self.quarter,
            "measure": self.measure,
            "count": self.count,
            "base": self.base,
            "unit": self.unit,
            "percent": self.percent,
            "average": self.average,
        }


def _ran(model: type[CourseEnrolment] | type[EmploymentSupport]) -> ColumnElement[bool]:
    """An enrolment or support that ran: active, completed, or dropped on a recorded day."""
    return or_(
        model.status.in_(("active", "completed")),
        and_(model.status == "dropped", model.end_date.is_not(None)),
    )


def _overlaps(start_col, end_col, first: date, last: date):  # type: ignore[no-untyped-def]
    return and_(
        or_(start_col.is_(None), start_col <= last), or_(end_col.is_(None), end_col >= first)
    )


def outcomes(
    session: Session, actor: Actor, *, quarters: int = 4, team: str | None = None
) -> list[OutcomeFigure]:
    """Hard and soft outcomes per team and quarter (the current quarter counts up to today).

    The cases of a quarter: the team's cases that had arrived by its end and
    were open during it. Hard measures: of the transitions after which a move
    is due (status-grant move-out, 18, after-care end, placement end) falling
    in the quarter, those with housing secured; cases in a language course
    while it ran for them (active, completed, or dropped on a recorded day);
    cases in work or education support while it ran, or since one ended with
    the outcome in work or in education; cases that moved into an own tenancy
    in the quarter. Soft
    measures: the average belonging check-in score (mean of the four
    questions) over cases with a check-in in the quarter; cases taking part
    in a community activity.
    """
    team_ids = scope_team_ids(session, actor, team)
    today = clock.today()
    teams = {t.id: t.name for t in session.scalars(select(Team).order_by(Team.name))}
    scope = list(teams) if team_ids is None else team_ids
    figures: list[OutcomeFigure] = []
    for quarter in last_quarters(quarters, today):
        first, last = quarter.start, min(quarter.end, today)
        if last < first:
            continue

        def per_team(query) -> dict[int, int]:  # type: ignore[no-untyped-def]
            return {row[0]: row[1] for row in session.execute(query)}

        cases_n = per_team(
            select(Case.team_id, func.count(Case.id))
            .where(
                Case.team_id.in_(scope),
                or_(Case.arrival_date.is_(None), Case.arrival_date <= last),
                or_(Case.status == "open", Case.closed_on >= first),
            )
            .group_by(Case.team_id)
        )
        in_quarter = and_(
            Case.team_id.in_(scope),
            or_(Case.arrival_date.is_(None), Case.arrival_date <= last),
            or_(Case.status == "open", Case.closed_on >= first),
        )

        def distinct_cases(model, *conditions, scope_clause=in_quarter) -> dict[int, int]:  # type: ignore[no-untyped-def]
            return per_team(
                select(Case.team_id, func.count(func.distinct(model.case_id)))
                .join(Case, Case.id == model.case_id)
                .where(scope_clause, *conditions)
                .group_by(Case.team_id)
            )

        transitions_total: dict[int | None, int] = defaultdict(int)
        transitions_secured: dict[int | None, int] = defaultdict(int)
        # Every transition due by today in the quarter that applied (resolved or not): housed on
        # time, or still open with its need secured.
        for team_id, secured, outcome, count in session.execute(
            select(Case.team_id, Transition.housing_secured, Transition.outcome, func.count())
            .join(Case, Case.id == Transition.case_id)
            .where(
                in_quarter,
                Transition.kind.in_(HOUSING_KINDS),
                Transition.due_date >= first,
                Transition.due_date <= last,
                or_(
                    Transition.outcome.is_(None),
                    Transition.outcome != Outcome.NO_LONGER_APPLIES.value,
                ),
            )
            .group_by(Case.team_id, Transition.housing_secured, Transition.outcome)
        ):
            transitions_total[team_id] += count
            if outcome == Outcome.HOUSED_ON_TIME.value or (outcome is None and secured):
                transitions_secured[team_id] += count
        # In a course while it ran for them: active, completed, or dropped on a recorded day
        # (a planned one never started).
        language = distinct_cases(
            CourseEnrolment,
            _ran(CourseEnrolment),
            _overlaps(CourseEnrolment.start_date, CourseEnrolment.end_date, first, last),
        )
        # In a programme while it ran, or in work or education since one ended with that
        # outcome.
        work = distinct_cases(
            EmploymentSupport,
            or_(
                and_(
                    _ran(EmploymentSupport),
                    _overlaps(
                        EmploymentSupport.start_date, EmploymentSupport.end_date, first, last
                    ),
                ),
                and_(
                    EmploymentSupport.status.in_(ENDED_STATUSES),
                    EmploymentSupport.outcome.in_(WORKING_OUTCOMES),
                    EmploymentSupport.end_date <= last,
                ),
            ),
        )
        tenancy = distinct_cases(
            Placement,
            Placement.placement_type == "own_tenancy",
            Placement.start_date >= first,
            Placement.start_date <= last,
        )
        activity = distinct_cases(
            CommunityActivity,
            _overlaps(CommunityActivity.start_date, CommunityActivity.end_date, first, last),
        )
        # Belonging: each case's mean over its check-ins in the quarter, then the mean of cases.
        case_scores: dict[int | None, dict[int, list[float]]] = defaultdict(
            lambda: defaultdict(list)
        )
        for team_id, case_id, a, b, c, d in session.execute(
            select(
                Case.team_id,
                BelongingCheckin.case_id,
                BelongingCheckin.feels_safe,
                BelongingCheckin.part_of_neighbourhood,
                BelongingCheckin.people_to_turn_to,
                BelongingCheckin.takes_part_in_activities,
            )
            .join(Case, Case.id == BelongingCheckin.case_id)
            .where(
                in_quarter,
                BelongingCheckin.checkin_date >= first,
                BelongingCheckin.checkin_date <= last,
            )
        ):
            case_scores[team_id][case_id].append((a + b + c + d) / 4)
        for team_id in scope:
            name = teams.get(team_id, "?")
            n = cases_n.get(team_id, 0)
            scores = [sum(v) / len(v) for v in case_scores[team_id].values()]
            figures.extend(
                [
                    OutcomeFigure(
                        name,
                        quarter.label,
                        "housing_secured_before_deadline",
                        transitions_secured[team_id],
                        transitions_total[team_id],
                        "transitions",
                    ),
                    OutcomeFigure(
                        name,
                        quarter.label,
                        "in_language_training",
                        language.get(team_id, 0),
                        n,
                        "cases",
                    ),
                    OutcomeFigure(
                        name,
                        quarter.label,
                        "in_work_or_education",
                        work.get(team_id, 0),
                        n,
                        "cases",
                    ),
                    OutcomeFigure(
                        name,
                        quarter.label,
                        "moved_into_own_tenancy",
                        tenancy.get(team_id, 0),
                        n,
                        "cases",
                    ),
                    OutcomeFigure(
                        name,
                        quarter.label,
                        "belonging_average",
                        len(scores),
                        n,
                        "cases",
                        round(sum(scores) / len(scores), 2) if scores else None,
                    ),
                    OutcomeFigure(
                        name,
                        quarter.label,
                        "community_participation",
                        activity.get(team_id, 0),
                        n,
                        "cases",
                    ),
                ]
            )
    return figures


# --- what became of the transitions ------------------------------------------------

# The columns of the outcome figures: every outcome, and those still open.
OUTCOME_COLUMNS: tuple[str, ...] = (*(o.value for o in Outcome), "open")


@dataclass(frozen=True)
class TransitionOutcomes:
    """Every transition of a team due in a quarter, counted by what became of it."""

    team: str
    quarter: str
    n: int
    counts: dict[str, int]

    def as_record(self) -> dict[str, object]:
        return {"team": self.team, "quarter": self.quarter, "n": self.n, **self.counts}


def transition_outcomes(
    session: Session,
    actor: Actor,
    *,
    quarters: int = 4,
    team: str | None = None,
    kinds: Iterable[str] | None = None,
) -> list[TransitionOutcomes]:
    """Per team and quarter (the last `quarters`, today's included): every transition due in the
    quarter, resolved or not, by outcome ("open" while none is recorded). None is dropped:
    a successful move stays in the figures, and so do the transitions of closed cases."""
    team_ids = scope_team_ids(session, actor, team)
    today = clock.today()
    teams = {t.id: t.name for t in session.scalars(select(Team).order_by(Team.name))}
    scope = list(teams) if team_ids is None else team_ids
    periods = last_quarters(quarters, today)
    counts: dict[tuple[int, str], dict[str, int]] = {
        (tid, q.label): dict.fromkeys(OUTCOME_COLUMNS, 0) for q in periods for tid in scope
    }
    query = (
        select(Case.team_id, Transition.due_date, Transition.outcome)
        .join(Case, Case.id == Transition.case_id)
        .where(
            Case.team_id.in_(scope),
            Transition.due_date >= periods[0].start,
            Transition.due_date <= periods[-1].end,
        )
    )
    if kinds:
        query = query.where(Transition.kind.in_(list(kinds)))
    for team_id, due, outcome in session.execute(query):
        if team_id is not None:
            counts[(team_id, Quarter.of(due).label)][outcome or "open"] += 1
    return [
        TransitionOutcomes(teams[tid], q.label, sum(cells.values()), cells)
        for q in periods
        for tid in sorted(scope, key=lambda t: teams.get(t, ""))
        for cells in (counts[(tid, q.label)],)
    ]
