"""What the list documents show: the transitions report, the caseload report, the planning report,
and the cases a batch of handover reports covers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.db.models import User
from desktop_app.domain.i18n import message as _
from desktop_app.services import clock
from desktop_app.services.actor import Actor, Role
from desktop_app.services.cases import caseload
from desktop_app.services.errors import PermissionDeniedError, ValidationError
from desktop_app.services.team import outcomes as team_outcomes
from desktop_app.services.team import planning
from desktop_app.services.transitions import listing
from desktop_app.services.trust.permissions import can_print_reports, require_case_content_role


@dataclass
class TransitionsReport:
    within_days: int
    team: str | None
    rows: list[listing.TransitionRow]
    worker_names: dict[str, str] = field(default_factory=dict)  # user name -> full name

    def worker(self, username: str | None) -> str:
        return self.worker_names.get(username or "", username or "") if username else ""

    def count(self, risk: str) -> int:
        return sum(1 for r in self.rows if r.risk == risk)


@dataclass
class CaseloadReport:
    scope_label: str
    groups: list[tuple[str, list[caseload.CaseRow]]]
    # the scope's parts, so a document can word it in its own language
    scope_worker: str | None = None
    scope_team: str | None = None

    @property
    def total(self) -> int:
        return sum(len(rows) for _, rows in self.groups)


@dataclass
class PlanningReport:
    months: int
    start: date
    team: str | None
    rows: list[planning.PlanningRow]
    by_month: list[tuple[date, dict[str, int]]]
    by_municipality: list[tuple[str | None, int]]
    # What became of the transitions due in the last quarters, per team: none left out.
    outcomes: list[team_outcomes.TransitionOutcomes] = field(default_factory=list)


def require_report_permission(actor: Actor, what: str) -> None:
    require_case_content_role(actor)
    if not can_print_reports(actor):
        raise PermissionDeniedError(
            _("Permission denied: {what} are printed by team leads and coordinators.", what=what),
            actor=actor,
            detail={"what": f"print {what}"},
        )


def transitions_report(
    session: Session, actor: Actor, within_days: int, *, team: str | None = None
) -> TransitionsReport:
    """The team lead's table: every listed transition due within the period, soonest first."""
    require_report_permission(actor, _("transitions reports"))
    rows = listing.upcoming(session, actor, within_days, team=team)
    names = {u: n for u, n in session.execute(select(User.username, User.full_name))}
    return TransitionsReport(within_days=within_days, team=team, rows=rows, worker_names=names)


def handover_references(
    session: Session, actor: Actor, within_days: int, *, team: str | None = None
) -> list[str]:
    """Cases with a transition due within the period, once each, soonest first (for batch printing)."""
    require_report_permission(actor, _("handover reports"))
    seen: dict[str, None] = {}
    for row in listing.upcoming(session, actor, within_days, team=team):
        seen.setdefault(row.reference, None)
    return list(seen)


def caseload_report(
    session: Session, actor: Actor, *, team: str | None = None, worker: str | None = None
) -> CaseloadReport:
    """Open cases grouped by primary worker; workers print their own caseload."""
    require_case_content_role(actor)
    if actor.role is Role.SOCIAL_WORKER and not actor.is_system:
        if worker not in (None, actor.username):
            raise PermissionDeniedError(
                _("Permission denied: you may print only your own caseload."),
                actor=actor,
                detail={"what": "print another worker's caseload", "worker": worker},
            )
        worker = actor.username
    if (
        worker is not None
        and session.scalar(select(User.id).where(User.username == worker)) is None
    ):
        raise ValidationError({"worker": _("No user called '{worker}'.", worker=worker)})
    flt = caseload.CaseloadFilter(team=team, sort=caseload.SortKey.DUE_DATE)
    found = caseload.list_cases(session, actor, flt)
    if worker is not None:
        found = [r for r in found if r.primary_worker == worker]
    names = {u.username: u.full_name for u in session.scalars(select(User))}
    groups: dict[str, list[caseload.CaseRow]] = {}
    for row in found:
        label = names.get(row.primary_worker or "", row.primary_worker or "") or "No primary worker"
        groups.setdefault(label, []).append(row)
    scope = (
        f"Worker {names.get(worker, worker)}"
        if worker
        else f"Team {team}"
        if team
        else "All cases you may see"
    )
    return CaseloadReport(
        scope_label=scope,
        groups=sorted(groups.items()),
        scope_worker=names.get(worker, worker) if worker else None,
        scope_team=team if not worker else None,
    )


def planning_report(
    session: Session,
    actor: Actor,
    months: int,
    *,
    start: date | None = None,
    team: str | None = None,
) -> PlanningReport:
    rows = planning.monthly_figures(session, actor, months, start, team=team)
    first = planning.first_of_month(start or clock.today())
    return PlanningReport(
        months=months,
        start=first,
        team=team,
        rows=rows,
        by_month=planning.totals_by_month(rows)
        or [(m, dict.fromkeys(planning.KINDS, 0)) for m in planning.month_starts(first, months)],
        by_municipality=planning.totals_by_municipality(rows),
        outcomes=team_outcomes.transition_outcomes(session, actor, quarters=4, team=team),
    )
