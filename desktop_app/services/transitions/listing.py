"""Listing the stored transitions a user may see: due within a window, overdue ones too, soonest
first."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from desktop_app.db.models import Case, Placement, Team, Transition, User
from desktop_app.domain.i18n import message as _
from desktop_app.domain.transitions import Risk, TransitionKind, TransitionRules, explain_risk
from desktop_app.services import clock, settings
from desktop_app.services.actor import Actor
from desktop_app.services.directory import team_id_by_name
from desktop_app.services.errors import PermissionDeniedError
from desktop_app.services.transitions.sql_rules import listed_sql, risk_sql
from desktop_app.services.trust.permissions import (
    require_case_content_role,
    team_column_walking_by_date,
    visible_cases_clause,
)

KIND_LABELS = {
    TransitionKind.STATUS_GRANT_MOVE_OUT: "Move-out after status grant",
    TransitionKind.TURNS_18: "Turns 18",
    TransitionKind.AFTERCARE_END: "After-care ends",
    TransitionKind.PERMIT_EXPIRY: "Permit expires",
    TransitionKind.PLACEMENT_END: "Placement ends",
}


@dataclass(frozen=True)
class TransitionRow:
    case_id: int
    reference: str
    name: str
    kind: str
    due_date: date
    days_left: int
    uncertain: bool
    readiness: int
    risk: str
    missing: tuple[str, ...]
    primary_worker: str | None
    housing_secured: bool
    team: str | None
    municipality: str | None
    explanation: str

    def as_contract(self) -> dict[str, Any]:
        """The fields of DESIGN.md's `transitions --format json`."""
        return {
            "reference": self.reference,
            "name": self.name,
            "kind": self.kind,
            "due_date": self.due_date.isoformat(),
            "days_left": self.days_left,
            "uncertain": self.uncertain,
            "readiness": self.readiness,
            "risk": self.risk,
            "missing": list(self.missing),
            "primary_worker": self.primary_worker,
            "team": self.team,
            "municipality": self.municipality,
        }


def upcoming(
    session: Session,
    actor: Actor,
    within_days: int,
    *,
    team: str | None = None,
    kinds: Sequence[str] | None = None,
    risks: Sequence[str] | None = None,
    worker_id: int | None = None,
    municipality: str | None = None,
    case_id: int | None = None,
    include_all_dates: bool = False,
    limit: int | None = None,
    rules: TransitionRules | None = None,
) -> list[TransitionRow]:
    """Listed transitions due within `within_days` (and overdue ones), soonest first.

    `limit` keeps only the soonest rows (the board shows a first page of them);
    `rules`, when the caller has read them already, saves reading them again.
    """
    require_case_content_role(actor)
    if within_days < 0:
        raise ValueError("within_days must not be negative")
    today = clock.today()
    if rules is None:
        rules = settings.transition_rules(session)
    risk_col = risk_sql(
        Transition.due_date, Transition.housing_secured, Transition.readiness, today, rules
    ).label("risk")
    # One current placement per case (a new placement ends the previous one),
    # so a join is exact and much cheaper than a per-row subquery.
    current = Placement.__table__.alias("current_placement")
    current_municipality = current.c.municipality
    query = (
        select(
            Transition.case_id,
            Transition.kind,
            Transition.due_date,
            Transition.uncertain,
            Transition.housing_secured,
            Transition.readiness,
            Transition.missing,
            Case.reference,
            Case.given_name,
            Case.family_name,
            User.username,
            Team.name,
            current_municipality,
            risk_col,
        )
        .join(Case, Case.id == Transition.case_id)
        .outerjoin(User, User.id == Case.primary_worker_id)
        .outerjoin(Team, Team.id == Case.team_id)
        .outerjoin(current, and_(current.c.case_id == Case.id, current.c.end_date.is_(None)))
        .where(
            Case.status == "open",
            visible_cases_clause(
                actor,
                # bounded by due date: walk the transitions in that order
                team_column=None if include_all_dates else team_column_walking_by_date(session),
            ),
        )
    )
    if not include_all_dates:
        query = query.where(
            listed_sql(
                Transition.kind, Transition.due_date, Transition.housing_secured, today, rules
            ),
            Transition.due_date <= today + timedelta(days=within_days),
        )
    if team:
        tid = team_id_by_name(session, team)
        if actor.role.value == "team_lead" and tid != actor.team_id:
            raise PermissionDeniedError(
                _(
                    "Permission denied: you may only see the transitions of your own team, not '{team}'.",
                    team=team,
                ),
                actor=actor,
                detail={"what": "list another team's transitions", "team": team},
            )
        query = query.where(Case.team_id == tid)
    if kinds:
        query = query.where(Transition.kind.in_(list(kinds)))
    if risks:
        query = query.where(risk_col.in_(list(risks)))
    if worker_id is not None:
        query = query.where(Case.primary_worker_id == worker_id)
    if municipality:
        query = query.where(current_municipality == municipality)
    if case_id is not None:
        query = query.where(Case.id == case_id)
    query = query.order_by(Transition.due_date, Case.reference, Transition.kind)
    if limit is not None:
        query = query.limit(limit)
    rows: list[TransitionRow] = []
    risks_by_value = {r.value: r for r in Risk}
    for (
        cid,
        kind,
        due,
        uncertain,
        secured,
        readiness,
        missing,
        reference,
        given,
        family,
        username,
        team_name,
        muni,
        risk,
    ) in session.execute(query):
        days_left = (due - today).days
        secured = bool(secured)
        rows.append(
            TransitionRow(
                case_id=cid,
                reference=reference,
                name=f"{given} {family}".strip(),
                kind=kind,
                due_date=due,
                days_left=days_left,
                uncertain=bool(uncertain),
                readiness=readiness,
                risk=risk,
                missing=tuple(missing.split(";")) if missing else (),
                primary_worker=username,
                housing_secured=secured,
                team=team_name,
                municipality=muni,
                explanation=explain_risk(
                    risks_by_value[risk], days_left, secured, readiness, rules
                ),
            )
        )
    return rows
