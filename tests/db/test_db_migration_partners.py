"""Revision 0010 (partners' offers) upgrades a database that holds courses, enrolments and
work support: courses get codes, a free-text outcome is kept as its note."""

from __future__ import annotations

from datetime import date, datetime

from alembic import command
from sqlalchemy import inspect, text

from desktop_app.db import migrate
from desktop_app.services.actor import SYSTEM
from desktop_app.services.cases import opening
from desktop_app.services.partners import courses, enrolments, work_support
from tests.support.backends import open_test_database


def test_upgrading_keeps_courses_enrolments_and_support_and_adds_the_registries(db, db_path):
    engine = db.engine
    command.downgrade(migrate.alembic_config(engine), "0008")
    tables = set(inspect(engine).get_table_names())
    assert "employment_programmes" not in tables and "enrolment_attendance" not in tables
    now = datetime(2026, 1, 5, 9, 30)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO teams (id, name, active) VALUES (1, 'Team North', true)"))
        conn.execute(
            text(
                "INSERT INTO cases (id, reference, given_name, family_name, search_text, sort_name,"
                " date_of_birth, dob_precision, sex, interpreter_needed, unaccompanied, status,"
                " in_aftercare, family_reunification_members, needs_accessible_housing, team_id,"
                " anonymised, created_at, updated_at, version)"
                " VALUES (1, 'HW-2025-00011', 'Yonas', 'Berhe', 'yonas berhe', 'berhe yonas',"
                " :dob, 'exact', 'male', false, true, 'open', false, 0, false, 1, false,"
                " :now, :now, 1)"
            ),
            {"dob": date(2007, 9, 3), "now": now},
        )
        for course_id, name, level in ((7, "Danish 1", "A1"), (9, "Danish 2", "A2")):
            conn.execute(
                text(
                    "INSERT INTO language_courses (id, name, provider, cefr_level, municipality,"
                    " start_date, end_date, places)"
                    " VALUES (:id, :name, 'Sprogcenter Midt', :level, 'Aarhus', :start, :end, 10)"
                ),
                {
                    "id": course_id,
                    "name": name,
                    "level": level,
                    "start": date(2026, 1, 12),
                    "end": date(2026, 6, 19),
                },
            )
        conn.execute(
            text(
                "INSERT INTO course_enrolments (case_id, course_id, start_date, status,"
                " attendance_percent) VALUES (1, 9, :start, 'active', 80)"
            ),
            {"start": date(2026, 1, 12)},
        )
        conn.execute(
            text(
                "INSERT INTO employment_support (case_id, programme_type, organisation,"
                " start_date, end_date, status, outcome)"
                " VALUES (1, 'internship', 'Synthetic Bakery', :start, :end, 'completed',"
                " 'Offered a job after the summer')"
            ),
            {"start": date(2025, 9, 1), "end": date(2025, 12, 19)},
        )
    db.dispose()

    upgraded = open_test_database(db_path)
    try:
        assert migrate.current_revision(upgraded.engine) == migrate.head_revision(upgraded.engine)
        with upgraded.session() as session:
            listed = courses.list_courses(session, SYSTEM)
            assert [(c.code, c.name, c.retired, c.taken) for c in listed] == [
                ("LC-00001", "Danish 1", False, 0),
                ("LC-00002", "Danish 2", False, 1),
            ]
            record = opening.open_case(session, SYSTEM, "HW-2025-00011", audit_read=False)
            [support] = record.employment
            assert (support.outcome, support.outcome_note) == (
                None,
                "Offered a job after the summer",
            )
            [enrolled] = record.enrolments
            assert (enrolled.course_code, enrolled.attendance_percent) == ("LC-00002", 80)
            # The new parts take the old records: attendance over time, an outcome, a course
            # of the registry with its next code.
            enrolments.record_attendance(
                session,
                SYSTEM,
                "HW-2025-00011",
                enrolled.id,
                recorded_on=date(2026, 3, 13),
                percent=85,
            )
            work_support.update_support(
                session,
                SYSTEM,
                "HW-2025-00011",
                support.id,
                {"outcome": "in_work"},
            )
            made = courses.save_course(
                session,
                SYSTEM,
                {
                    "name": "Danish 3",
                    "provider": "Sprogcenter Midt",
                    "cefr_level": "B1",
                    "municipality": "Aarhus",
                    "places": 8,
                },
            )
            assert made.code == "LC-00003"
    finally:
        upgraded.dispose()
