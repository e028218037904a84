"""Revision 0007 (documents and appointments) upgrades a database that holds cases."""

from __future__ import annotations

import io
from datetime import date, datetime

from alembic import command
from sqlalchemy import inspect, select, text

from desktop_app.db import migrate
from desktop_app.db import models as m
from desktop_app.services import appointments, documents
from desktop_app.services.actor import SYSTEM
from tests.support.backends import open_test_database
from tests.support.documents_data import pdf_bytes

NEW_TABLES = {"documents", "document_chunks", "appointments", "appointment_attendees"}


def test_upgrading_a_database_with_cases_keeps_them_and_adds_documents_and_appointments(
    db, db_path
):
    engine = db.engine
    command.downgrade(migrate.alembic_config(engine), "0005")
    assert not NEW_TABLES & set(inspect(engine).get_table_names())
    now = datetime(2026, 1, 5, 9, 30)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO teams (id, name, active) VALUES (1, 'Team North', true)"))
        conn.execute(
            text(
                "INSERT INTO cases (id, reference, given_name, family_name, search_text, sort_name,"
                " date_of_birth, dob_precision, sex, interpreter_needed, interpreter_language,"
                " unaccompanied, status, in_aftercare, family_reunification_members,"
                " needs_accessible_housing, team_id, anonymised, created_at, updated_at, version)"
                " VALUES (1, 'HW-2025-00007', 'Selam', 'Tekle', 'selam tekle', 'tekle selam',"
                " :dob, 'exact', 'female', true, 'ti', true, 'open', false, 0, false, 1, false,"
                " :now, :now, 1)"
            ),
            {"dob": date(2008, 5, 1), "now": now},
        )
        conn.execute(
            text(
                "INSERT INTO tasks (case_id, title, due_date, created_at)"
                " VALUES (1, 'Book the interpreter', :due, :now)"
            ),
            {"due": date(2026, 3, 20), "now": now},
        )
    db.dispose()

    upgraded = open_test_database(db_path)
    try:
        assert migrate.current_revision(upgraded.engine) == migrate.head_revision(upgraded.engine)
        assert NEW_TABLES <= set(inspect(upgraded.engine).get_table_names())
        with upgraded.session() as session:
            case = session.scalar(select(m.Case).where(m.Case.reference == "HW-2025-00007"))
            assert (case.given_name, case.interpreter_language) == ("Selam", "ti")
            assert session.scalar(select(m.Task.title)) == "Book the interpreter"
            # The new tables take the old case's documents and appointments.
            data = pdf_bytes()
            info = documents.add_document(
                session, SYSTEM, case.reference, io.BytesIO(data), "decision.pdf"
            )
            visit = appointments.add_appointment(
                session,
                SYSTEM,
                case.reference,
                kind="home_visit",
                starts_at=datetime(2026, 3, 18, 14, 0),
            )
            assert visit.interpreter_needed and visit.interpreter_language == "ti"
        with upgraded.session() as session:
            _, pieces = documents.open_for_viewing(session, SYSTEM, "HW-2025-00007", info.id)
            assert b"".join(pieces) == data
    finally:
        upgraded.dispose()
