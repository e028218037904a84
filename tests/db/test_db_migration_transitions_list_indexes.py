"""Revision 0012: the transitions list reads its columns from indexes, and lists the same rows."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect, text

from desktop_app.db import migrate
from desktop_app.services.transitions import listing


def _indexes(conn, table: str) -> dict[str, list[str]]:
    return {i["name"]: i["column_names"] for i in inspect(conn).get_indexes(table)}


def test_revision_0012_indexes_a_caseload_and_lists_the_same_rows(demo_db, login):
    engine = demo_db.engine
    coordinator = login("coordinator")
    with demo_db.read_session() as session:
        before = list(listing.upcoming_records(session, coordinator, 180))
    assert before
    command.downgrade(migrate.alembic_config(engine), "0011")
    with engine.connect() as conn:
        assert "ix_transitions_open_listing" not in _indexes(conn, "transitions")
        assert "ix_placements_case_id" in _indexes(conn, "placements")
        counts = [
            conn.scalar(text(f"SELECT count(*) FROM {table}"))
            for table in ("cases", "transitions", "placements")
        ]

    command.upgrade(migrate.alembic_config(engine), "0012")

    with engine.connect() as conn:
        transitions = _indexes(conn, "transitions")
        placements = _indexes(conn, "placements")
        assert counts == [
            conn.scalar(text(f"SELECT count(*) FROM {table}"))
            for table in ("cases", "transitions", "placements")
        ]
    assert transitions["ix_transitions_open_listing"][-2:] == ["uncertain", "missing"]
    assert placements["ix_placements_case_current"] == ["case_id", "end_date", "municipality"]
    assert "ix_placements_case_id" not in placements
    migrate.upgrade(engine)
    with demo_db.read_session() as session:
        after = list(listing.upcoming_records(session, coordinator, 180))
    assert after == before
