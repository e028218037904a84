"""Listing the stored transitions a user may see: the open ones due within a window and every
overdue one (however old), soonest first; those resolved since a day; one case's history."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Integer, String, and_, func, select, type_coerce
from sqlalchemy.orm import Session

from desktop_app.db.models import Case, Placement, Team, Transition, User
from desktop_app.domain.i18n import message as _
from desktop_app.domain.transition_records import TransitionStatus
from desktop_app.domain.transitions import (
    Risk,
    SecureItem,
    TransitionKind,
    TransitionRules,
    explain_risk,
)
from desktop_app.services import clock, settings
from desktop_app.services.actor import Actor
from desktop_app.services.directory import team_id_by_name
from desktop_app.services.errors import PermissionDeniedError
from desktop_app.services.transitions.sql_rules import listed_sql, open_sql, risk_sql
from desktop_app.services.trust.permissions import (
    require_case_content_role,
    visible_cases_clause,
    visible_transitions_clause,
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
    transition_id: int = 0
    secure_item: str = SecureItem.HOUSING.value
    age_group: str = "adult"
    status: str = TransitionStatus.OPEN.value
    outcome: str | None = None
    outcome_note: str | None = None
    housing_began: date | None = None
    resolved_on: date | None = None

    @property
    def needs_outcome(self) -> bool:
        """Overdue and open: waiting for a worker to record what became of it."""
        return self.status == TransitionStatus.OPEN.value and self.days_left < 0

    def as_contract(self) -> dict[str, Any]:
        """The fields of DESIGN.md's `transitions --format json`."""
        fields: dict[str, Any] = {
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
            "status": self.status,
            "outcome": self.outcome,
            "team": self.team,
            "municipality": self.municipality,
        }
        if self.status == TransitionStatus.RESOLVED.value:
            fields["resolved_on"] = self.resolved_on.isoformat() if self.resolved_on else None
            fields["outcome_note"] = self.outcome_note
            fields["housing_began"] = self.housing_began.isoformat() if self.housing_began else None
        return fields


def _team_filter(
    session: Session, actor: Actor, team: str, column: Any = Case.team_id
) -> ColumnElement[bool]:
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
    same_team: ColumnElement[bool] = column == tid
    return same_team


# What `_rows` reads of the transition itself, before its case's values and after the risk
# (the same in the joined and in the copied form of the row query).
_ROW_HEAD = (
    Transition.case_id,
    Transition.kind,
    Transition.due_date,
    Transition.uncertain,
    Transition.housing_secured,
    Transition.readiness,
    Transition.missing,
)
_ROW_TAIL = (
    Transition.id,
    Transition.secure_item,
    Transition.age_group,
    Transition.status,
    Transition.outcome,
    Transition.outcome_note,
    Transition.housing_began,
    Transition.resolved_on,
)


def _row_query(risk_col: ColumnElement[str]) -> Any:
    # One current placement per case (a new placement ends the previous one),
    # so a join is exact and much cheaper than a per-row subquery.
    current = Placement.__table__.alias("current_placement")
    query = (
        select(
            *_ROW_HEAD,
            Case.reference,
            Case.given_name,
            Case.family_name,
            User.username,
            Team.name,
            current.c.municipality,
            risk_col,
            *_ROW_TAIL,
        )
        .join(Case, Case.id == Transition.case_id)
        .outerjoin(User, User.id == Case.primary_worker_id)
        .outerjoin(Team, Team.id == Case.team_id)
        .outerjoin(current, and_(current.c.case_id == Case.id, current.c.end_date.is_(None)))
    )
    return query, current.c.municipality


def _listed_query(risk_col: ColumnElement[str]) -> Any:
    """The columns of `_row_query` for the open transitions, their case's values read from the
    copies each transition carries (`db.transition_copies`): no join to the case or its
    placement, only to the worker and the team for their names."""
    query = (
        select(
            *_ROW_HEAD,
            Transition.case_reference,
            Transition.case_given_name,
            Transition.case_family_name,
            User.username,
            Team.name,
            Transition.case_municipality,
            risk_col,
            *_ROW_TAIL,
        )
        .outerjoin(User, User.id == Transition.case_worker_id)
        .outerjoin(Team, Team.id == Transition.case_team_id)
    )
    return query, Transition.case_municipality


def _contract_query(risk_col: ColumnElement[str]) -> Any:
    """What the contract objects need, and no more, from the transitions alone (the index
    `ix_transitions_open_list` holds every column): the worker's and the team's names are
    looked up by id (a handful of each) instead of joined to every row."""
    query = select(
        Transition.kind,
        # As the driver gives them: each distinct date is converted once (below), not each
        # row's by SQLAlchemy; `uncertain` is made a bool with the rest of the row.
        type_coerce(Transition.due_date, String),
        type_coerce(Transition.uncertain, Integer),
        Transition.readiness,
        Transition.missing,
        Transition.case_reference,
        Transition.case_given_name,
        Transition.case_family_name,
        Transition.case_worker_id,
        Transition.case_team_id,
        Transition.case_municipality,
        risk_col,
    )
    return query, Transition.case_municipality


def _rows(session: Session, query: Any, today: date, rules: TransitionRules) -> list[TransitionRow]:
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
        transition_id,
        secure_item,
        age_group,
        status,
        outcome,
        outcome_note,
        housing_began,
        resolved_on,
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
                    risks_by_value[risk],
                    days_left,
                    secured,
                    readiness,
                    rules,
                    secure_item=secure_item,
                ),
                transition_id=transition_id,
                secure_item=secure_item,
                age_group=age_group,
                status=status,
                outcome=outcome,
                outcome_note=outcome_note,
                housing_began=housing_began,
                resolved_on=resolved_on,
            )
        )
    return rows


def upcoming(
    session: Session,
    actor: Actor,
    within_days: int,
    *,
    limit: int | None = None,
    offset: int = 0,
    rules: TransitionRules | None = None,
    **filters: Any,
) -> list[TransitionRow]:
    """Open transitions due within `within_days`, and every overdue open one, soonest first.

    Filters: `team`, `kinds`, `risks`, `worker_id`, `municipality`, `case_id`,
    `include_all_dates` (every open one, whatever its date) and `overdue_only` (those
    that need an outcome). `limit` keeps only the soonest rows (the board shows a first
    page of them), after the first `offset` (its next pages); `rules`, when the caller has
    read them already, saves reading them again.
    """
    today = clock.today()
    if rules is None:
        rules = settings.transition_rules(session)
    query, _municipality = _upcoming_query(session, actor, within_days, today, rules, **filters)
    query = query.order_by(*_LIST_ORDER)
    if limit is not None:
        query = query.limit(limit)
    if offset:
        query = query.offset(offset)
    return _rows(session, query, today, rules)


def upcoming_records(
    session: Session,
    actor: Actor,
    within_days: int,
    *,
    rules: TransitionRules | None = None,
    **filters: Any,
) -> Iterator[dict[str, Any]]:
    """The rows of `upcoming` as DESIGN.md's contract objects (`TransitionRow.as_contract`),
    streamed: read a batch at a time and built from plain tuples, with the worker's and the
    team's names from a lookup instead of a join per row. What `homeward transitions` prints
    for a whole organisation, tens of thousands of rows, without an object per row."""
    today = clock.today()
    if rules is None:
        rules = settings.transition_rules(session)
    query, _municipality = _upcoming_query(
        session, actor, within_days, today, rules, columns=_contract_query, **filters
    )
    query = query.order_by(*_LIST_ORDER)
    workers: dict[int, str] = dict(session.execute(select(User.id, User.username)).all())
    teams: dict[int, str] = dict(session.execute(select(Team.id, Team.name)).all())
    open_ = TransitionStatus.OPEN.value
    # A few hundred due dates among tens of thousands of rows: each one's ISO text and days
    # left are worked out once.
    due_dates: dict[date | str, tuple[str, int]] = {}
    with session.connection().execute(query.execution_options(yield_per=2000)) as result:
        # A batch of rows at a time (a row at a time through the result costs as much
        # again as reading it).
        for batch in result.partitions():
            for (
                kind,
                due,
                uncertain,
                readiness,
                missing,
                reference,
                given,
                family,
                worker_id,
                team_id,
                municipality,
                risk,
            ) in batch:
                due_text, days_left = due_dates.get(due) or due_dates.setdefault(
                    due, _due_text_and_days_left(due, today)
                )
                yield {
                    "reference": reference,
                    "name": f"{given} {family}".strip(),
                    "kind": kind,
                    "due_date": due_text,
                    "days_left": days_left,
                    "uncertain": bool(uncertain),
                    "readiness": readiness,
                    "risk": risk,
                    "missing": missing.split(";") if missing else [],
                    "primary_worker": workers.get(worker_id),
                    "status": open_,
                    "outcome": None,
                    "team": teams.get(team_id),
                    "municipality": municipality,
                }


def _due_text_and_days_left(due: date | str, today: date) -> tuple[str, int]:
    # The driver's value: a date (psycopg) or its ISO text (SQLite).
    day = due if isinstance(due, date) else date.fromisoformat(due)
    return day.isoformat(), (day - today).days


def count_upcoming(
    session: Session,
    actor: Actor,
    within_days: int,
    *,
    rules: TransitionRules | None = None,
    **filters: Any,
) -> int:
    """How many rows `upcoming` would list with the same filters."""
    today = clock.today()
    if rules is None:
        rules = settings.transition_rules(session)
    # Only the transitions are needed to count them: no worker's or team's name joined.
    query, _municipality = _upcoming_query(
        session, actor, within_days, today, rules, columns=_count_query, **filters
    )
    return int(session.scalar(select(func.count()).select_from(query.subquery())) or 0)


def _count_query(_risk_col: ColumnElement[str]) -> Any:
    return select(Transition.id), Transition.case_municipality


# Soonest first; the list's index (`ix_transitions_open_list`) holds them in this order.
_LIST_ORDER = (Transition.due_date, Transition.case_reference, Transition.kind)


def _upcoming_query(
    session: Session,
    actor: Actor,
    within_days: int,
    today: date,
    rules: TransitionRules,
    *,
    team: str | None = None,
    kinds: Sequence[str] | None = None,
    risks: Sequence[str] | None = None,
    worker_id: int | None = None,
    municipality: str | None = None,
    case_id: int | None = None,
    include_all_dates: bool = False,
    overdue_only: bool = False,
    columns: Callable[[ColumnElement[str]], tuple[Any, Any]] | None = None,
) -> tuple[Any, Any]:
    """The query of `upcoming` (or, with `columns`, of what it selects from the same rows), and
    its column of the current placement's municipality.

    It reads the transitions alone: the case's values it filters by (status, team, worker,
    municipality) are the copies each transition carries."""
    require_case_content_role(actor)
    if within_days < 0:
        raise ValueError("within_days must not be negative")
    risk_col = risk_sql(
        Transition.due_date, Transition.housing_secured, Transition.readiness, today, rules
    ).label("risk")
    query, current_municipality = (columns or _listed_query)(risk_col)
    query = query.where(
        open_sql(),
        Transition.case_status == "open",
        visible_transitions_clause(actor),
    )
    if not include_all_dates:
        query = query.where(
            listed_sql(Transition.kind, Transition.due_date, today, rules),
            Transition.due_date <= today + timedelta(days=within_days),
        )
    if overdue_only:
        query = query.where(Transition.due_date < today)
    if team:
        query = query.where(_team_filter(session, actor, team, Transition.case_team_id))
    if kinds:
        query = query.where(Transition.kind.in_(list(kinds)))
    if risks:
        query = query.where(risk_col.in_(list(risks)))
    if worker_id is not None:
        query = query.where(Transition.case_worker_id == worker_id)
    if municipality:
        query = query.where(current_municipality == municipality)
    if case_id is not None:
        query = query.where(Transition.case_id == case_id)
    return query, current_municipality


def resolved_since(
    session: Session,
    actor: Actor,
    since: date,
    *,
    team: str | None = None,
    case_id: int | None = None,
) -> list[TransitionRow]:
    """The transitions resolved on or after `since`, the latest first, with their outcomes
    (closed cases' too: they stay on the record)."""
    require_case_content_role(actor)
    today = clock.today()
    rules = settings.transition_rules(session)
    risk_col = risk_sql(
        Transition.due_date, Transition.housing_secured, Transition.readiness, today, rules
    ).label("risk")
    query, _municipality = _row_query(risk_col)
    query = query.where(
        Transition.status == TransitionStatus.RESOLVED.value,
        Transition.resolved_on >= since,
        visible_cases_clause(actor),
    )
    if team:
        query = query.where(_team_filter(session, actor, team))
    if case_id is not None:
        query = query.where(Case.id == case_id)
    query = query.order_by(
        Transition.resolved_on.desc(), Transition.due_date, Case.reference, Transition.kind
    )
    return _rows(session, query, today, rules)


def case_history(session: Session, actor: Actor, case_id: int) -> list[TransitionRow]:
    """Every transition of one case, open and resolved, by due date (the record's history).

    The caller has checked that `actor` may read the case.
    """
    require_case_content_role(actor)
    today = clock.today()
    rules = settings.transition_rules(session)
    risk_col = risk_sql(
        Transition.due_date, Transition.housing_secured, Transition.readiness, today, rules
    ).label("risk")
    query, _municipality = _row_query(risk_col)
    query = query.where(Transition.case_id == case_id).order_by(
        Transition.due_date, Transition.kind, Transition.id
    )
    return _rows(session, query, today, rules)
