"""Bulk writing (desktop_app/db/bulk.py): what it stores is what SQLAlchemy's insert (or update)
stores, and indexes set aside for a load come back as they were."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import Connection, inspect, select, text

from desktop_app.db import bulk
from desktop_app.db.models import AuditEntry, Case, CaseSearchToken, Team
from desktop_app.services.storage.database import Database


def _case(case_id: int) -> dict[str, object]:
    return {
        "id": case_id,
        "reference": f"HW-BULK-{case_id}",
        "given_name": "Selam",
        "family_name": "Tekle",
        "preferred_name": None,
        "date_of_birth": date(2008, 2, 29),
        "dob_precision": "exact",
        "interpreter_needed": True,
        "unaccompanied": False,
        "monthly_housing_budget": Decimal("4500.50"),
        "arrival_date": None,
        "created_at": datetime(2026, 3, 16, 9, 5, 0),
        "updated_at": datetime(2026, 3, 16, 9, 5, 7, 123456),
        "team_id": 1,
        "status": "open",
    }


def _audit(entry_id: int, detail: object) -> dict[str, object]:
    return {
        "id": entry_id,
        "at": datetime(2026, 3, 16, 9, 0),
        "user_id": None,
        "username": "admin",
        "action": "bulk",
        "entity": None,
        "entity_id": None,
        "case_id": None,
        "detail": detail,
        "prev_hash": "0" * 64,
        "hash": "1" * 64,
    }


def _stored(conn: Connection, table: str, row_id: int) -> tuple[object, ...]:
    """A row as the database holds it (on SQLite with each value's storage class), but for
    its id and reference."""
    columns = [
        c["name"] for c in inspect(conn).get_columns(table) if c["name"] not in ("id", "reference")
    ]
    if conn.dialect.name == "sqlite":
        select_list = ", ".join(f'typeof("{c}"), "{c}"' for c in columns)
    else:
        select_list = ", ".join(f'"{c}"::text' for c in columns)
    found = conn.execute(text(f'SELECT {select_list} FROM "{table}" WHERE id = {row_id}')).one()
    return tuple(found)


def test_rows_are_stored_as_sqlalchemys_insert_stores_them(db: Database) -> None:
    with db.session() as session:
        session.add(Team(id=1, name="Team North", active=True))
    with db.engine.begin() as conn:
        # Dates, times with and without microseconds, booleans, amounts, and the column
        # defaults of what the rows leave out (search text, version, sex…).
        conn.execute(Case.__table__.insert(), [_case(1)])
        bulk.insert_rows(conn, Case.__table__, [_case(2), _case(3)])
        # JSON, and None in a JSON column.
        conn.execute(AuditEntry.__table__.insert(), [_audit(1, {"b": [1, "ø"]}), _audit(3, None)])
        bulk.insert_rows(conn, AuditEntry.__table__, [_audit(2, {"b": [1, "ø"]}), _audit(4, None)])
    with db.engine.connect() as conn:
        assert _stored(conn, "cases", 1) == _stored(conn, "cases", 2) == _stored(conn, "cases", 3)
        assert _stored(conn, "audit_log", 1) == _stored(conn, "audit_log", 2)
        assert _stored(conn, "audit_log", 3) == _stored(conn, "audit_log", 4)
        details = conn.execute(select(AuditEntry.id, AuditEntry.detail).order_by(AuditEntry.id))
        assert details.all() == [(1, {"b": [1, "ø"]}), (2, {"b": [1, "ø"]}), (3, None), (4, None)]
    with db.session() as session:
        case = session.get(Case, 3)
        assert case is not None
        assert (case.date_of_birth, case.updated_at, case.interpreter_needed, case.version) == (
            date(2008, 2, 29),
            datetime(2026, 3, 16, 9, 5, 7, 123456),
            True,
            1,
        )


def test_rows_are_updated_as_sqlalchemys_update_updates_them(db: Database) -> None:
    with db.session() as session:
        session.add(Team(id=1, name="Team North", active=True))
    changes = {
        "next_kind": "turns_18",
        "next_due_date": date(2027, 1, 31),
        "next_readiness": 40,
        "next_housing_secured": True,
        "monthly_housing_budget": Decimal("4100.25"),
    }
    cleared = dict.fromkeys(changes)
    with db.engine.begin() as conn:
        bulk.insert_rows(conn, Case.__table__, [_case(i) for i in range(1, 7)])
        for case_id, values in ((1, changes), (2, cleared)):
            conn.execute(Case.__table__.update().where(Case.id == case_id).values(values))
        names = tuple(changes)
        bulk.update_values(
            conn,
            Case.__table__,
            names,
            "id",
            [(*changes.values(), 3), (*cleared.values(), 4), (*changes.values(), 5)],
        )
    with db.engine.connect() as conn:
        assert _stored(conn, "cases", 1) == _stored(conn, "cases", 3) == _stored(conn, "cases", 5)
        assert _stored(conn, "cases", 2) == _stored(conn, "cases", 4)
        assert _stored(conn, "cases", 1) != _stored(conn, "cases", 6)
    with db.session() as session:
        case = session.get(Case, 5)
        assert case is not None
        assert (case.next_due_date, case.next_housing_secured, case.monthly_housing_budget) == (
            date(2027, 1, 31),
            True,
            Decimal("4100.25"),
        )


def test_rows_must_name_the_same_columns(db: Database) -> None:
    with db.engine.begin() as conn, pytest.raises(ValueError, match="different columns"):
        bulk.insert_rows(
            conn,
            CaseSearchToken.__table__,
            [{"case_id": 1, "token": "a", "skeleton": "a"}, {"case_id": 1, "token": "b"}],
        )


def _indexes(conn: Connection, table: str) -> list[tuple[object, ...]]:
    """Each index's name, columns, uniqueness and condition (a partial index's WHERE)."""
    return sorted(
        (
            index["name"],
            tuple(index["column_names"]),
            bool(index["unique"]),
            sorted((key, str(value)) for key, value in index.get("dialect_options", {}).items()),
        )
        for index in inspect(conn).get_indexes(table)
    )


def test_indexes_set_aside_come_back_as_they_were(db: Database) -> None:
    tables = [Case.__table__, CaseSearchToken.__table__]
    with db.engine.connect() as conn:
        before = {t.name: _indexes(conn, t.name) for t in tables}
    assert before["cases"] and before["case_search_tokens"]
    with db.engine.begin() as conn:
        with bulk.indexes_set_aside(conn, tables):
            assert _indexes(conn, "case_search_tokens") == []
            # What backs a constraint stays: the unique reference.
            assert [i[1:3] for i in _indexes(conn, "cases")] in ([], [(("reference",), True)])
        after = {t.name: _indexes(conn, t.name) for t in tables}
    assert after == before


def test_a_failed_load_leaves_the_indexes_in_place(db: Database) -> None:
    tables = [CaseSearchToken.__table__]
    with db.engine.connect() as conn:
        before = _indexes(conn, "case_search_tokens")
    with pytest.raises(RuntimeError), db.engine.begin() as conn:
        with bulk.indexes_set_aside(conn, tables):
            raise RuntimeError("the load failed")
    with db.engine.connect() as conn:
        assert _indexes(conn, "case_search_tokens") == before
