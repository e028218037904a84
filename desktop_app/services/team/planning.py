"""Planning figures: how many transitions fall due each month, per municipality.

Municipalities plan housing and after-care a year ahead; they ask "how many
young people turn 18 here next quarter". The figures count every open case's
transitions (whether or not housing is already secured) by the month they are
due, grouped by the municipality of the case's current placement.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.db.models import Case, Placement, Transition
from desktop_app.domain.i18n import message as _
from desktop_app.domain.transitions import TransitionKind
from desktop_app.services import clock
from desktop_app.services.actor import Actor, Role
from desktop_app.services.directory import team_id_by_name
from desktop_app.services.errors import PermissionDeniedError, ValidationError
from desktop_app.services.trust.permissions import require_case_content_role, visible_cases_clause

# The kinds in the order reports and the contract list them.
KINDS: tuple[str, ...] = (
    TransitionKind.TURNS_18.value,
    TransitionKind.AFTERCARE_END.value,
    TransitionKind.STATUS_GRANT_MOVE_OUT.value,
    TransitionKind.PERMIT_EXPIRY.value,
    TransitionKind.PLACEMENT_END.value,
)

MAX_MONTHS = 60


@dataclass(frozen=True)
class PlanningRow:
    """One month in one municipality (None: the case has no current placement recorded)."""

    month: date  # the first day of the month
    municipality: str | None
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def month_label(self) -> str:
        return f"{self.month.year:04d}-{self.month.month:02d}"

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def count(self, kind: str) -> int:
        return self.counts.get(kind, 0)

    def as_contract(self) -> dict[str, Any]:
        """DESIGN.md's `planning --format json` object."""
        return {
            "month": self.month_label,
            "municipality": self.municipality,
            **{kind: self.count(kind) for kind in KINDS},
            "total": self.total,
        }


def first_of_month(day: date) -> date:
    return day.replace(day=1)


def add_months(month: date, count: int) -> date:
    index = month.year * 12 + (month.month - 1) + count
    return date(index // 12, index % 12 + 1, 1)


def month_starts(start: date, months: int) -> list[date]:
    first = first_of_month(start)
    return [add_months(first, i) for i in range(months)]


def require_planning_permission(actor: Actor) -> None:
    """Planning figures: team leads (their team) and coordinators (all); not workers or admins."""
    require_case_content_role(actor)
    if actor.is_system or actor.role in (Role.TEAM_LEAD, Role.COORDINATOR):
        return
    raise PermissionDeniedError(
        _("Permission denied: planning figures are for team leads and coordinators."),
        actor=actor,
        detail={"what": "see planning figures"},
    )


def monthly_figures(
    session: Session,
    actor: Actor,
    months: int,
    start: date | None = None,
    *,
    team: str | None = None,
) -> list[PlanningRow]:
    """Counts per transition kind for each of `months` months from `start` (default: this month).

    Every month gets a row for every municipality that has a transition in the
    period, so tables and charts line up; rows are ordered by month, then
    municipality (cases without a current placement last).
    """
    require_planning_permission(actor)
    if months < 1 or months > MAX_MONTHS:
        raise ValidationError(
            {"months": _("Use a number of months from 1 to {max_months}.", max_months=MAX_MONTHS)}
        )
    starts = month_starts(start or clock.today(), months)
    period_start, period_end = starts[0], add_months(starts[0], months)
    municipality = (
        select(Placement.municipality)
        .where(Placement.case_id == Case.id, Placement.end_date.is_(None))
        .order_by(Placement.start_date.desc(), Placement.id.desc())
        .limit(1)
        .scalar_subquery()
        .label("municipality")
    )
    # Grouped by day in SQL (portable to PostgreSQL), folded into months here.
    query = (
        select(Transition.kind, Transition.due_date, municipality, func.count())
        .join(Case, Case.id == Transition.case_id)
        .where(
            Case.status == "open",
            visible_cases_clause(actor),
            Transition.due_date >= period_start,
            Transition.due_date < period_end,
        )
        .group_by(Transition.kind, Transition.due_date, municipality)
    )
    if team:
        tid = team_id_by_name(session, team)
        if actor.role is Role.TEAM_LEAD and not actor.is_system and tid != actor.team_id:
            raise PermissionDeniedError(
                _(
                    "Permission denied: you may only see the planning figures of your own team, not '{team}'.",
                    team=team,
                ),
                actor=actor,
                detail={"what": "see another team's planning figures", "team": team},
            )
        query = query.where(Case.team_id == tid)
    cells: dict[tuple[date, str | None], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    places: set[str | None] = set()
    for kind, due, muni, count in session.execute(query):
        cells[(first_of_month(due), muni)][kind] += int(count)
        places.add(muni)
    ordered = sorted(places, key=lambda m: (m is None, (m or "").casefold()))
    return [
        PlanningRow(
            month=month,
            municipality=muni,
            counts={kind: cells.get((month, muni), {}).get(kind, 0) for kind in KINDS},
        )
        for month in starts
        for muni in ordered
    ]


def totals_by_month(rows: list[PlanningRow]) -> list[tuple[date, dict[str, int]]]:
    """All municipalities together, month by month (for charts and summary lines)."""
    by_month: dict[date, dict[str, int]] = {}
    for row in rows:
        sums = by_month.setdefault(row.month, dict.fromkeys(KINDS, 0))
        for kind in KINDS:
            sums[kind] += row.count(kind)
    return sorted(by_month.items())


def totals_by_municipality(rows: list[PlanningRow]) -> list[tuple[str | None, int]]:
    """Whole-period totals per municipality, largest first."""
    sums: dict[str | None, int] = defaultdict(int)
    for row in rows:
        sums[row.municipality] += row.total
    return sorted(sums.items(), key=lambda item: (-item[1], item[0] is None, item[0] or ""))
