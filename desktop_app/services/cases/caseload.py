"""The caseload: which cases a user sees, filtered, searched and sorted in indexed SQL.

Lists work in two steps so a table of 100,000 cases stays smooth: `find_cases`
returns the ordered ids of the matching cases (cheap, index-only) — for a search
ranked by closeness, the best `BEST_MATCHES` and a count of them all — and `rows`
loads the visible page of them. `case_ids` gives every matching id, in the same
order, for lists that take them all (the command line, exports).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, case, exists, literal_column, select
from sqlalchemy.orm import Session

from desktop_app.db.id_lists import among
from desktop_app.db.models import Case, Team, User, WorkerAssignment
from desktop_app.domain.dates import age_on, effective_birth_date, is_uncertain
from desktop_app.domain.i18n import message as _
from desktop_app.services import clock, settings
from desktop_app.services.actor import Actor, Role
from desktop_app.services.cases.search import (
    RANK_EVERY_MATCH,
    TokenSearch,
    rank,
    reference_text,
    search_clause,
)
from desktop_app.services.directory import team_id_by_name
from desktop_app.services.errors import PermissionDeniedError, ValidationError
from desktop_app.services.transitions.sql_rules import risk_sql
from desktop_app.services.trust.permissions import (
    require_case_content_role,
    visible_case_ids,
    visible_cases_clause,
)


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


def _team_id(session: Session, actor: Actor, flt: CaseloadFilter) -> int | None:
    """The team filter's id, checked: a team lead lists only their own team."""
    if not flt.team:
        return None
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
    return tid


def _check_risks(flt: CaseloadFilter) -> None:
    unknown = [r for r in flt.risks if r not in RISKS]
    if unknown:
        raise ValidationError(
            {"risk": _("'{value}' is not a risk level (red, amber or green).", value=unknown[0])}
        )


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
    tid = _team_id(session, actor, flt)
    if tid is not None:
        query = query.where(Case.team_id == tid)
    if flt.risks:
        _check_risks(flt)
        query = query.where(_risk_column(today, session).in_(list(flt.risks)))
    if flt.due_within_days is not None:
        query = query.where(
            Case.next_due_date.is_not(None),
            Case.next_due_date <= today + timedelta(days=flt.due_within_days),
        )
    clause = search_clause(flt.search)
    if clause is not None:
        query = query.where(clause)
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


# A search ranked by closeness shows this many best matches first (and more on demand).
BEST_MATCHES = 1000


@dataclass(frozen=True)
class CaseIds:
    """The ids of the matching cases in display order: all of them, or for a search ranked by
    closeness the best ones, with `total` counting every match."""

    ids: list[int]
    total: int

    @property
    def complete(self) -> bool:
        return len(self.ids) >= self.total


def find_cases(
    session: Session, actor: Actor, flt: CaseloadFilter, *, limit: int | None = BEST_MATCHES
) -> CaseIds:
    """The matching cases' ids, in display order (best matches first when searching).

    A search ranked by closeness returns at most `limit` ids (None: all) and the count of
    every match: up to `RANK_EVERY_MATCH` matches are each ranked by spelling; more are
    taken in the name index's order, only as far as `limit` reaches. Other lists return
    every id.
    """
    today = clock.today()
    ranked_search = bool(flt.search.strip()) and flt.sort is SortKey.RELEVANCE
    by_tokens = _token_search(session, actor, flt) if ranked_search else None
    if by_tokens is not None:
        # The matches in the index's order, one more than are ranked: reading them in order
        # stops early, where collecting distinct ids first had to visit every match.
        best = by_tokens.in_index_order(session, RANK_EVERY_MATCH + 1)
        if len(best) > RANK_EVERY_MATCH:
            if limit is None or limit > len(best):
                best = by_tokens.in_index_order(session, limit)
            return CaseIds(best[:limit], by_tokens.count(session))
        found = session.execute(
            select(Case.id, Case.search_text, Case.reference).where(among(session, Case.id, best))
        ).all()
        return _ranked(flt, found, limit)
    query = _base_query(session, actor, flt, today)
    if not ranked_search:
        ids = list(session.scalars(query.order_by(*_order(flt, today, session))))
        return CaseIds(ids, len(ids))
    # A reference typed, or a filter on the case itself (risk, due date): the cases are
    # read; such searches match few or are narrowed by the filter.
    return _ranked(
        flt, session.execute(query.add_columns(Case.search_text, Case.reference)).all(), limit
    )


def _ranked(flt: CaseloadFilter, found: Sequence[Any], limit: int | None) -> CaseIds:
    ranked = [row[0] for row in rank(flt.search, found)]
    return CaseIds(ranked[:limit] if limit is not None else ranked, len(ranked))


def _token_search(session: Session, actor: Actor, flt: CaseloadFilter) -> TokenSearch | None:
    """The search with the list's visibility and filters as conditions on a case id alone,
    each answered by a narrow index, so the matches are counted and walked without reading
    the cases; None when the search or a filter needs the case row (a reference typed, a
    risk or due-date filter)."""
    if reference_text(flt.search) is not None or flt.risks or flt.due_within_days is not None:
        return None
    require_case_content_role(actor)
    tid = _team_id(session, actor, flt)
    sets: list[Any] = []  # the id must be in each
    visible = visible_case_ids(actor)
    if visible is not None:
        sets.append(visible)
    if flt.scope is Scope.MINE:
        sets.append(
            select(WorkerAssignment.case_id).where(
                WorkerAssignment.user_id == actor.user_id, WorkerAssignment.end_date.is_(None)
            )
        )
    elif flt.scope is Scope.TEAM and actor.team_id is not None:
        sets.append(select(Case.id).where(Case.team_id == actor.team_id))
    if tid is not None:
        sets.append(select(Case.id).where(Case.team_id == tid))
    # 'open' written into the statement, as in the partial index's own condition: SQLite
    # reads that index alone only when it can see the query asks for its rows.
    not_open = (
        None
        if flt.include_closed
        else select(Case.id).where(Case.status != literal_column("'open'"))
    )

    def shown(case_id: Any) -> list[ColumnElement[bool]]:
        # The few cases that are not open are left out (an anti-join on their partial
        # index) rather than each match's case read.
        conditions = [case_id.in_(ids) for ids in sets]
        if not_open is not None:
            conditions.append(case_id.not_in(not_open))
        return conditions

    return TokenSearch(flt.search, shown, session.get_bind().dialect.name == "sqlite")


def case_ids(session: Session, actor: Actor, flt: CaseloadFilter) -> list[int]:
    """The ids of every matching case, in display order (best matches first when searching)."""
    return find_cases(session, actor, flt, limit=None).ids


def rows(session: Session, actor: Actor, ids: Sequence[int]) -> list[CaseRow]:
    """Display rows for these case ids (one page), in the given order."""
    if not ids:
        return []
    require_case_content_role(actor)
    today = clock.today()
    # The columns shown, not the whole case: a page is read on every keystroke.
    query = (
        select(
            Case.id,
            Case.reference,
            Case.given_name,
            Case.family_name,
            Case.date_of_birth,
            Case.dob_precision,
            Case.next_kind,
            Case.next_due_date,
            Case.next_readiness,
            Case.status,
            User.username,
            Team.name,
            _risk_column(today, session),
        )
        .outerjoin(User, User.id == Case.primary_worker_id)
        .outerjoin(Team, Team.id == Case.team_id)
        .where(among(session, Case.id, ids), visible_cases_clause(actor))
    )
    by_id: dict[int, CaseRow] = {}
    for (
        case_id,
        reference,
        given,
        family,
        born,
        precision,
        kind,
        due,
        readiness,
        status,
        username,
        team_name,
        risk,
    ) in session.execute(query):
        by_id[case_id] = CaseRow(
            id=case_id,
            reference=reference,
            name=f"{given} {family}".strip(),
            date_of_birth=born,
            dob_precision=precision,
            age=age_on(effective_birth_date(born, precision), today),
            uncertain_dob=is_uncertain(precision),
            next_transition=kind,
            due_date=due,
            days_left=(due - today).days if due else None,
            readiness=readiness,
            risk=risk,
            primary_worker=username,
            team=team_name,
            status=status,
        )
    return [by_id[i] for i in ids if i in by_id]


def list_cases(session: Session, actor: Actor, flt: CaseloadFilter) -> list[CaseRow]:
    ids = case_ids(session, actor, flt)
    out: list[CaseRow] = []
    for start in range(0, len(ids), 900):
        out.extend(rows(session, actor, ids[start : start + 900]))
    return out
