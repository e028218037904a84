"""Revision 0009 (contacts with a role and an end, consents with an expiry, goals with an end,
merged duplicates) upgrades a database that holds cases, contacts, consents and documents."""

from __future__ import annotations

from datetime import date, datetime

from alembic import command
from sqlalchemy import inspect, select, text

from desktop_app.db import migrate
from desktop_app.db import models as m
from desktop_app.services.actor import SYSTEM
from desktop_app.services.cases import opening
from tests.support.backends import open_test_database


def test_upgrading_keeps_every_row_and_reads_contacts_roles_from_what_was_typed(db, db_path):
    engine = db.engine
    command.downgrade(migrate.alembic_config(engine), "0008")
    assert "role" not in {c["name"] for c in inspect(engine).get_columns("contacts")}
    now = datetime(2026, 1, 5, 9, 30)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO teams (id, name, active) VALUES (1, 'Team North', true)"))
        conn.execute(
            text(
                "INSERT INTO cases (id, reference, given_name, family_name, search_text, sort_name,"
                " date_of_birth, dob_precision, sex, interpreter_needed, unaccompanied, status,"
                " in_aftercare, family_reunification_members, needs_accessible_housing, team_id,"
                " anonymised, created_at, updated_at, version)"
                " VALUES (1, 'HW-2025-00011', 'Selam', 'Tekle', 'selam tekle', 'tekle selam',"
                " :dob, 'exact', 'female', false, true, 'open', false, 0, false, 1, false,"
                " :now, :now, 3)"
            ),
            {"dob": date(2008, 5, 1), "now": now},
        )
        for name, relation in (
            ("Lise Mortensen", "Guardian"),
            ("Kasper Holm", "mentor"),
            ("Birgit Poulsen", "after-care contact"),
            ("Ahmad Nazari", "Football coach"),
            ("Hanne Lærer", "lærer på sprogskolen"),
            ("Mina Tekle", None),
        ):
            conn.execute(
                text("INSERT INTO contacts (case_id, name, relation) VALUES (1, :name, :relation)"),
                {"name": name, "relation": relation},
            )
        conn.execute(
            text(
                "INSERT INTO consent_records (id, case_id, purpose, recipient, given_on)"
                " VALUES (1, 1, 'Handover to after-care', 'aftercare_service', :given)"
            ),
            {"given": date(2025, 12, 1)},
        )
        # A signed consent kept as a document: the link to its consent must survive.
        conn.execute(
            text(
                "INSERT INTO documents (case_id, title, kind, content_type, filename, size, sha256,"
                " confidential, consent_id, added_at)"
                " VALUES (1, 'Signed consent', 'consent', 'application/pdf', 'consent.pdf', 10,"
                " :sha, false, 1, :now)"
            ),
            {"sha": "0" * 64, "now": now},
        )
        conn.execute(
            text(
                "INSERT INTO life_plan_goals (case_id, domain, goal, status)"
                " VALUES (1, 'education', 'School place', 'achieved')"
            )
        )
    db.dispose()

    upgraded = open_test_database(db_path)
    try:
        assert migrate.current_revision(upgraded.engine) == migrate.head_revision(upgraded.engine)
        with upgraded.session() as session:
            roles = dict(session.execute(select(m.Contact.name, m.Contact.role)).all())
            assert roles == {
                "Lise Mortensen": "guardian",
                "Kasper Holm": "mentor",
                "Birgit Poulsen": "other",
                "Ahmad Nazari": "other",
                "Hanne Lærer": "teacher",
                "Mina Tekle": "other",
            }
            assert (
                session.scalar(select(m.Contact.relation).where(m.Contact.name == "Lise Mortensen"))
                == "Guardian"
            )
            assert session.scalar(select(m.Document.consent_id)) == 1
            case = session.scalar(select(m.Case))
            assert (case.reference, case.version, case.merged_into_id) == ("HW-2025-00011", 3, None)
            consent = session.scalar(select(m.ConsentRecord))
            assert consent.expires_on is None and consent.given_on == date(2025, 12, 1)
            record = opening.open_case(session, SYSTEM, "HW-2025-00011", audit_read=False)
            assert [c.name for c in record.network_contacts(date(2026, 3, 16))] == [
                "Ahmad Nazari",
                "Birgit Poulsen",
                "Hanne Lærer",
                "Kasper Holm",
                "Mina Tekle",
            ]
            assert record.goals[0].ended_on is None
    finally:
        upgraded.dispose()
