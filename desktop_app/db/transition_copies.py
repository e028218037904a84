"""The case's values copied onto its transitions (reference, names, status, primary worker,
team, the current placement's municipality), kept true.

The transitions lists read tens of thousands of rows; with these copies each row comes from
one index of the transitions table, without joining the case and its current placement. They
are kept true where they can be changed:

- every ORM flush that inserts or changes a case's copied values, a placement, or a
  transition (new, or moved to another case) refreshes that case's transitions (`keep_true`,
  listened to by every session factory: a writer cannot forget it);
- writers that insert transitions through Core or the driver refresh them themselves
  (`refresh`, derivation) or write them filled (`copied_values`, the demo).

`stale_count` tells how many transitions disagree with their case: the tests' check, and
`homeward check`'s.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

from sqlalchemy import Connection, func, inspect, or_, select, update
from sqlalchemy.orm import Session, UOWTransaction

from desktop_app.db.models import Case, Placement, Transition

# The transition's column → the case's column it copies.
CASE_COPIES = {
    "case_reference": "reference",
    "case_given_name": "given_name",
    "case_family_name": "family_name",
    "case_status": "status",
    "case_worker_id": "primary_worker_id",
    "case_team_id": "team_id",
}
_CASE_FIELDS = frozenset(CASE_COPIES.values())
_PLACEMENT_FIELDS = frozenset({"case_id", "end_date", "municipality"})


def _current_municipality() -> Any:
    # One current placement per case (a new one ends the previous); the latest if ever two.
    return (
        select(Placement.municipality)
        .where(Placement.case_id == Transition.case_id, Placement.end_date.is_(None))
        .order_by(Placement.id.desc())
        .limit(1)
        .scalar_subquery()
    )


def refresh(connection: Connection, case_ids: Collection[int] | None = None) -> None:
    """Copy each case's values onto its transitions (every case's when `case_ids` is None)."""
    if case_ids is not None and not case_ids:
        return
    # Correlated subqueries rather than UPDATE … FROM, which SQLite has only since 3.33.
    values: dict[str, Any] = {
        copy: select(getattr(Case, field)).where(Case.id == Transition.case_id).scalar_subquery()
        for copy, field in CASE_COPIES.items()
    }
    values["case_municipality"] = _current_municipality()
    statement = update(Transition).values(values)
    if case_ids is None:
        connection.execute(statement)
        return
    ids = sorted(case_ids)
    for start in range(0, len(ids), 500):
        connection.execute(statement.where(Transition.case_id.in_(ids[start : start + 500])))


def copied_values(case: Mapping[str, Any], municipality: str | None) -> dict[str, Any]:
    """The copies for a transition of `case` (a row of the cases table, as a mapping) whose
    current placement is in `municipality`: for writers that build transition rows in bulk."""
    copies = {copy: case.get(field) for copy, field in CASE_COPIES.items()}
    copies["case_municipality"] = municipality
    return copies


def stale_count(connection: Connection) -> int:
    """How many transitions disagree with their case or its current placement."""
    municipality = _current_municipality()
    differs = [
        getattr(Transition, copy).is_distinct_from(getattr(Case, field))
        for copy, field in CASE_COPIES.items()
    ]
    differs.append(Transition.case_municipality.is_distinct_from(municipality))
    query = (
        select(func.count())
        .select_from(Transition)
        .join(Case, Case.id == Transition.case_id)
        .where(or_(*differs))
    )
    return int(connection.scalar(query) or 0)


def _changed(obj: object, fields: Collection[str]) -> bool:
    attrs = inspect(obj).attrs
    return any(attrs[name].history.has_changes() for name in fields)


def _touched_cases(session: Session) -> set[int]:
    ids: set[int] = set()
    for obj in session.new:
        if isinstance(obj, Transition | Placement):
            ids.add(obj.case_id)
    for obj in session.dirty:
        if isinstance(obj, Case) and _changed(obj, _CASE_FIELDS):
            ids.add(obj.id)
        elif isinstance(obj, Placement) and _changed(obj, _PLACEMENT_FIELDS):
            ids.add(obj.case_id)
            ids.update(inspect(obj).attrs.case_id.history.deleted)
        elif isinstance(obj, Transition) and _changed(obj, ("case_id",)):
            ids.add(obj.case_id)
    for obj in session.deleted:
        if isinstance(obj, Placement):
            ids.add(obj.case_id)
    ids.discard(None)
    return ids


def keep_true(session: Session, _flush: UOWTransaction) -> None:
    """After a flush: refresh the transitions of every case whose copied values it changed."""
    ids = _touched_cases(session)
    if ids:
        refresh(session.connection(), ids)


__all__ = ["CASE_COPIES", "copied_values", "keep_true", "refresh", "stale_count"]
