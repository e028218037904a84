"""Revision 0013: each transition carries its case's listed values, filled from the record when a
database holding cases is upgraded; the lists read them from one index and list the same rows."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import inspect, text

from desktop_app.db import migrate, transition_copies
from desktop_app.services.transitions import listing

COPIES = {
    "case_reference",
    "case_given_name",
    "case_family_name",
    "case_status",
    "case_worker_id",
    "case_team_id",
    "case_municipality",
}


def _columns(conn) -> set[str]:
    return {c["name"] for c in inspect(conn).get_columns("transitions")}


def _indexes(conn) -> dict[str, list[str]]:
    return {i["name"]: i["column_names"] for i in inspect(conn).get_indexes("transitions")}


def test_revision_0013_fills_the_copies_from_the_record_and_lists_the_same_rows(demo_db, login):
    engine = demo_db.engine
    coordinator, lead = login("coordinator"), login("lead")
    with demo_db.read_session() as session:
        before = {
            who.username: list(listing.upcoming_records(session, who, 180))
            for who in (coordinator, lead)
        }
        board_page = listing.upcoming(session, lead, 90, limit=50)
    assert before["coordinator"] and before["lead"]
    command.downgrade(migrate.alembic_config(engine), "0012")
    with engine.connect() as conn:
        assert not COPIES & _columns(conn)
        assert "ix_transitions_open_listing" in _indexes(conn)
        counts = [
            conn.scalar(text(f"SELECT count(*) FROM {table}"))
            for table in ("cases", "transitions", "placements")
        ]
        open_with_a_current_placement = conn.scalar(
            text(
                "SELECT count(*) FROM transitions t JOIN placements p"
                " ON p.case_id = t.case_id AND p.end_date IS NULL WHERE t.status = 'open'"
            )
        )
    assert open_with_a_current_placement

    migrate.upgrade(engine)

    assert migrate.current_revision(engine) == migrate.head_revision(engine)
    with engine.connect() as conn:
        assert COPIES <= _columns(conn)
        indexes = _indexes(conn)
        assert counts == [
            conn.scalar(text(f"SELECT count(*) FROM {table}"))
            for table in ("cases", "transitions", "placements")
        ]
        assert transition_copies.stale_count(conn) == 0
        assert (
            conn.scalar(text("SELECT count(*) FROM transitions WHERE case_reference IS NULL")) == 0
        )
        assert (
            conn.scalar(
                text(
                    "SELECT count(*) FROM transitions"
                    " WHERE status = 'open' AND case_municipality IS NOT NULL"
                )
            )
            == open_with_a_current_placement
        )
    assert "ix_transitions_open_listing" not in indexes
    assert indexes["ix_transitions_open_list"][:4] == [
        "status",
        "due_date",
        "case_reference",
        "kind",
    ]
    with demo_db.read_session() as session:
        after = {
            who.username: list(listing.upcoming_records(session, who, 180))
            for who in (coordinator, lead)
        }
        assert listing.upcoming(session, lead, 90, limit=50) == board_page
    assert after == before


@pytest.mark.sqlite_only(reason="SQLite's own query plan")
def test_the_list_reads_one_index_and_nothing_else_on_sqlite(demo_db, login):
    for who in ("coordinator", "lead"):
        actor = login(who)
        with demo_db.read_session() as session:
            query, _municipality = listing._upcoming_query(
                session,
                actor,
                90,
                listing.clock.today(),
                listing.settings.transition_rules(session),
                columns=listing._contract_query,
            )
            query = query.order_by(*listing._LIST_ORDER)
            compiled = query.compile(
                dialect=session.get_bind().dialect, compile_kwargs={"literal_binds": True}
            )
            plan = [
                str(row[-1])
                for row in session.execute(text(f"EXPLAIN QUERY PLAN {compiled}")).all()
            ]
        assert len(plan) == 1, plan
        assert "COVERING INDEX ix_transitions_open_list " in plan[0], plan
