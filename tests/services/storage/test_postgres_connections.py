"""PostgreSQL connections: replaced when the server closed them, and the board's glance."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from desktop_app.db.models import Case, Note
from desktop_app.services.cases import notes_and_tasks
from desktop_app.services.transitions import board
from desktop_app.services.trust import auth
from tests.support.backends import open_test_database, raw_sql


def _backend_pid(session) -> int:  # type: ignore[no-untyped-def]
    return int(session.execute(text("SELECT pg_backend_pid()")).scalar_one())


def test_connections_the_server_closed_while_idle_are_replaced_without_an_error(
    postgres, demo_db_path
):
    database = open_test_database(demo_db_path)
    try:
        with database.session() as session:
            lead = auth.login(session, "lead", "demo")
            reference = session.scalar(
                select(Case.reference).where(Case.team_id == lead.team_id).order_by(Case.id)
            )
            writer_pid = _backend_pid(session)
        with database.read_session() as session:
            reader_pid = _backend_pid(session)
        with database.glance() as session:
            glance_pid = _backend_pid(session)
        # The server ends the pooled, idle connections (as a restart would).
        for pid in (writer_pid, reader_pid, glance_pid):
            assert raw_sql(demo_db_path, "SELECT pg_terminate_backend(:pid)", {"pid": pid}) == [
                (True,)
            ]
        with database.session() as session:
            notes_and_tasks.add_note(session, lead, reference, "After the restart")
            assert _backend_pid(session) != writer_pid
        with database.read_session() as session:
            assert _backend_pid(session) != reader_pid
            assert session.scalar(select(func.count()).where(Note.text == "After the restart")) == 1
        with database.glance() as session:
            assert _backend_pid(session) != glance_pid
            assert board.board(session, lead, 90).summary.total > 0
    finally:
        database.dispose()


def test_a_glance_sends_no_transaction_and_cannot_write(postgres, demo_db_path):
    database = open_test_database(demo_db_path)
    try:
        with database.glance() as session:
            # Each statement its own transaction: the second began when it was sent.
            session.execute(text("SELECT 1"))
            assert session.scalar(text("SELECT transaction_timestamp() = statement_timestamp()"))
            assert session.scalar(text("SHOW transaction_read_only")) == "on"
            with pytest.raises(DBAPIError, match="read-only transaction"):
                session.execute(text("UPDATE cases SET legal_guardian = 'x'"))
        # An ordinary read session reads in one transaction, as before.
        with database.read_session() as session:
            session.execute(text("SELECT 1"))
            assert not session.scalar(
                text("SELECT transaction_timestamp() = statement_timestamp()")
            )
        with database.session() as session:
            assert session.scalar(select(func.count()).where(Case.legal_guardian == "x")) == 0
    finally:
        database.dispose()
