"""The caseload: which cases a user sees, filtered, searched and sorted in indexed SQL.

Lists work in two steps so a table of 100,000 cases stays smooth: `case_ids`
returns the ordered ids of every matching case (cheap, index-only), and
`rows` loads the visible page of them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, case, exists, select
from sqlalchemy.orm import Session

from desktop_app.db.models import Case, Team, User, WorkerAssignment
from desktop_app.domain.dates import age_on, effective_birth_date, is_uncertain
from desktop_app.domain.i18n import message as _
from desktop_app.services import clock, settings
from desktop_app.services.actor import Actor, Role
from desktop_app.services.cases.search import rank, search_clause
from desktop_app.services.directory import team_id_by_name
from desktop_app.services.errors import PermissionDeniedError, ValidationError
from desktop_app.services.transitions.sql_rules import risk_sql
from desktop_app.services.trust.permissions import require_case_content_role, visible_cases_clause


class Scope(StrEnum):
    MINE = "mine"
    TEAM = "team"
    ALL = "all"


class SortKey(StrEnum):
    RELEVANCE = "relevance"
    REFERENCE = "reference"
    NAME = "name"
    AGE = "age"
    NEXT_TRANSITION = "next_transition"
    DUE_DATE = "due_date"
    READINESS = "readiness"
    RISK = "risk"
    PRIMARY_WORKER = "primary_worker"


RISKS = ("red", "amber", "green")


@dataclass(frozen=True)
class CaseloadFilter:
    scope: Scope = Scope.ALL
    search: str = ""
    risks: tuple[str, ...] = ()
    due_within_days: int | None = None
    team: str | None = None
    include_closed: bool = False
    sort: SortKey = SortKey.DUE_DATE
    descending: bool = False


@dataclass(frozen=True)
class CaseRow:
    id: int
    reference: str
    name: str
    date_of_birth: date
    dob_precision: str
    age: int
    uncertain_dob: bool
    next_transition: str | None
    due_date: date | None
    days_left: int | None
    readiness: int | None
    risk: str | None
    primary_worker: str | None
    team: str | None
    status: str
    extra: dict[str, Any] = field(default_factory=dict)

    def as_contract(self) -> dict[str, Any]:
        """The fields of DESIGN.md's `cases --format json`."""
        return {
            "reference": self.reference,
            "name": self.name,
            "date_of_birth": self.date_of_birth.isoformat(),
            "dob_precision": self.dob_precision,
            "age": self.age,
            "next_transition": self.next_transition,
            "due_date": self.due_date.isoformat() if self.due_date else None,
            "days_left": self.days_left,
            "readiness": self.readiness,
            "risk": self.risk,
            "primary_worker": self.primary_worker,
            "team": self.team,
        }


def _risk_column(today: date, session: Session) -> ColumnElement[Any]:
    rules = settings.transition_rules(session)
    return case(
        (Case.next_due_date.is_(None), None),
        else_=risk_sql(
            Case.next_due_date, Case.next_housing_secured, Case.next_readiness, today, rules
        ),
    )


def _scope_clause(
    session: Session, actor: Actor, flt: CaseloadFilter
) -> ColumnElement[bool] | None:
    if flt.scope is Scope.MINE:
        return exists(
            select(WorkerAssignment.id).where(
                WorkerAssignment.case_id == Case.id,
                WorkerAssignment.user_id == actor.user_id,
                WorkerAssignment.end_date.is_(None),
            )
        )
    if flt.scope is Scope.TEAM and actor.team_id is not None:
        return Case.team_id == actor.team_id
    return None


def _base_query(session: Session, actor: Actor, flt: CaseloadFilter, today: date) -> Any:
    require_case_content_role(actor)
    query = select(Case.id).where(visible_cases_clause(actor))
    if not flt.include_closed:
        query = query.where(Case.status == "open")
    else:  # a merged duplicate lives on only as an alias of the case it was merged into
        query = query.where(Case.status != "merged")
    scope = _scope_clause(session, actor, flt)
    if scope is not None:
        query = query.where(scope)
    if flt.team:
        tid = team_id_by_name(session, flt.team)
        if actor.role is Role.TEAM_LEAD and tid != actor.team_id:
            raise PermissionDeniedError(
                _(
                    "Permission denied: you may only see your own team's cases, not '{flt_team}'.",
                    flt_team=flt.team,
                ),
                actor=actor,
                detail={"what": "list another team's cases", "team": flt.team},
            )
        query = query.where(Case.team_id == tid)
    if flt.risks:
        unknown = [r for r in flt.risks if r not in RISKS]
        if unknown:
            raise ValidationError(
                {
                    "risk": _(
                        "'{value}' is not a risk level (red, amber or green).", value=unknown[0]
                    )
                }
            )
        query = query.where(_risk_column(today, session).in_(list(flt.risks)))
    if flt.due_within_days is not None:
        query = query.where(
            Case.next_due_date.is_not(None),
            Case.next_due_date <= today + timedelta(days=flt.due_within_days),
        )
    search = search_clause(flt.search)
    if search is not None:
        query = query.where(search)
    return query


def _order(flt: CaseloadFilter, today: date, session: Session) -> list[Any]:
    risk_rank = case(
        (_risk_column(today, session) == "red", 0),
        (_risk_column(today, session) == "amber", 1),
        (_risk_column(today, session) == "green", 2),
        else_=3,
    )
    columns: dict[SortKey, Any] = {
        SortKey.REFERENCE: Case.reference,
        SortKey.NAME: Case.sort_name,
        # Older first when ascending: an earlier birth date means a higher age.
        SortKey.AGE: Case.date_of_birth.desc(),
        SortKey.NEXT_TRANSITION: Case.next_kind,
        SortKey.DUE_DATE: Case.next_due_date,
        SortKey.READINESS: Case.next_readiness,
        SortKey.RISK: risk_rank,
        SortKey.PRIMARY_WORKER: select(User.username)
        .where(User.id == Case.primary_worker_id)
        .scalar_subquery(),
    }
    key = flt.sort if flt.sort is not SortKey.RELEVANCE else SortKey.DUE_DATE
    col = columns[key]
    primary = col.desc() if flt.descending and key is not SortKey.AGE else col
    if flt.descending and key is SortKey.AGE:
        primary = Case.date_of_birth.asc()
    nulls_last = (
        Case.next_due_date.is_(None)
        if key in (SortKey.DUE_DATE, SortKey.READINESS, SortKey.RISK, SortKey.NEXT_TRANSITION)
        else None
    )
    order = [nulls_last] if nulls_last is not None else []
    return [*order, primary, Case.reference]


def case_ids(session: Session, actor: Actor, flt: CaseloadFilter) -> list[int]:
    """The ids of every matching case, in display order (best matches first when searching)."""
    today = clock.today()
    query = _base_query(session, actor, flt, today)
    if flt.search.strip() and flt.sort is SortKey.RELEVANCE:
        found = session.execute(query.add_columns(Case.search_text, Case.reference)).all()
        return [row[0] for row in rank(flt.search, found)]
    return list(session.scalars(query.order_by(*_order(flt, today, session))))


def rows(session: Session, actor: Actor, ids: Sequence[int]) -> list[CaseRow]:
    """Display rows for these case ids (one page), in the given order."""
    if not ids:
        return []
    require_case_content_role(actor)
    today = clock.today()
    risk_col = _risk_column(today, session)
    query = (
        select(Case, User.username, Team.name, risk_col)
        .outerjoin(User, User.id == Case.primary_worker_id)
        .outerjoin(Team, Team.id == Case.team_id)
        .where(Case.id.in_(list(ids)), visible_cases_clause(actor))
    )
    by_id: dict[int, CaseRow] = {}
    for c, username, team_name, risk in session.execute(query):
        birth = effective_birth_date(c.date_of_birth, c.dob_precision)
        by_id[c.id] = CaseRow(
            id=c.id,
            reference=c.reference,
            name=c.display_name,
            date_of_birth=c.date_of_birth,
            dob_precision=c.dob_precision,
            age=age_on(birth, today),
            uncertain_dob=is_uncertain(c.dob_precision),
            next_transition=c.next_kind,
            due_date=c.next_due_date,
            days_left=(c.next_due_date - today).days if c.next_due_date else None,
            readiness=c.next_readiness,
            risk=risk,
            primary_worker=username,
            team=team_name,
            status=c.status,
        )
    return [by_id[i] for i in ids if i in by_id]


def list_cases(session: Session, actor: Actor, flt: CaseloadFilter) -> list[CaseRow]:
    ids = case_ids(session, actor, flt)
    out: list[CaseRow] = []
    for start in range(0, len(ids), 900):
        out.extend(rows(session, actor, ids[start : start + 900]))
    return out
