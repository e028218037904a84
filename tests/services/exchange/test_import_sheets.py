"""The import fills more than the cases: courses, enrolments, contacts and consents, as a
workbook's sheets or files of their own, with the case import's row-by-row report, dry run,
all-or-nothing, re-import without duplicates, audit, permissions and safety rules."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from desktop_app.db.models import (
    AuditEntry,
    ConsentRecord,
    Contact,
    CourseEnrolment,
    LanguageCourse,
)
from desktop_app.services.cases import opening
from desktop_app.services.exchange import sheet_import
from desktop_app.services.exchange.import_file import ImportFileError
from desktop_app.services.partners import courses
from desktop_app.services.trust import auth
from tests.support.backends import open_test_database

PASSWORD = "Synthetic-pass-2026"

CASES = [
    ["reference", "given_name", "family_name", "date_of_birth", "status_decision",
     "decision_date", "placement_type", "placement_municipality", "primary_worker"],
    ["HW-2026-10001", "Selam", "Tekle", "2008-05-01", "refugee", "2026-03-02", "reception",
     "Aarhus", "mona"],
    ["HW-2026-10002", "Dawit", "Haile", "2007-11-20", "", "", "supported", "Aarhus", "mona"],
]  # fmt: skip
COURSES = [
    ["code", "name", "provider", "level", "place", "start", "end", "hours", "places"],
    ["DA-1-M1", "Danish 1, module 1", "Sprogcenter Midt", "A1", "Aarhus", "2026-01-12",
     "2026-06-19", "9", "14"],
    ["DA-2-M3", "Danish 2, module 3", "Sprogcenter Midt", "A2", "Aarhus", "2025-08-11",
     "2025-12-19", "12", "12"],
]  # fmt: skip
ENROLMENTS = [
    ["reference", "course", "status", "from", "to", "attendance", "attendance as of",
     "level reached", "certificate", "certificate date"],
    ["HW-2026-10001", "DA-1-M1", "active", "2026-01-12", "", "85", "2026-03-13", "", "", ""],
    ["HW-2026-10002", "DA-2-M3", "completed", "2025-08-11", "2025-12-19", "92", "", "A2",
     "Prøve i Dansk 1", "2025-12-18"],
]  # fmt: skip
CONTACTS = [
    ["reference", "name", "relation", "organisation", "phone", "email"],
    ["HW-2026-10001", "Birgit Holm", "guardian", "Red Cross guardianship", "+45 86 12 34 56",
     "birgit.holm@example.org"],
    ["HW-2026-10002", "Jonas Berg", "mentor", "", "", ""],
]  # fmt: skip
CONSENTS = [
    ["reference", "recipient", "purpose", "given on", "withdrawn on"],
    ["HW-2026-10002", "aftercare_service", "Handover to after-care", "2026-02-01", ""],
    ["HW-2026-10001", "landlord", "Housing application", "2026-03-02", ""],
]  # fmt: skip


def _workbook(path: Path, **sheets: list[list[str]]) -> Path:
    book = Workbook()
    first = True
    for title, rows in sheets.items():
        sheet = book.active if first else book.create_sheet()
        sheet.title = title
        first = False
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def _csv(path: Path, rows: list[list[str]]) -> Path:
    path.write_text("\n".join(";".join(row) for row in rows) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def new_team(cli, tmp_path, monkeypatch):
    """A database made as `homeward init` makes it, a team, its lead and a worker, all from
    the command line — never the demo."""
    path = tmp_path / "new.db"
    assert cli("init", "--admin", "root", "--db", str(path), password=PASSWORD).code == 0
    admin = ("--db", str(path), "--user", "root")
    made = cli(
        "teams", "create", "Team East", "--municipality", "Aarhus", *admin, password=PASSWORD
    )
    assert made.code == 0, made.err
    for name, role in (("lena", "team_lead"), ("mona", "social_worker")):
        monkeypatch.setenv("HOMEWARD_NEW_PASSWORD", "Initial-pass-2026")
        made = cli(
            "users", "create", name, "--role", role, "--team", "Team East", *admin,
            password=PASSWORD,
        )  # fmt: skip
        assert made.code == 0, made.err
        # The first login asks for a password of their own.
        monkeypatch.setenv("HOMEWARD_NEW_PASSWORD", PASSWORD)
        changed = cli("password", "--user", name, "--db", str(path), password="Initial-pass-2026")
        assert changed.code == 0, changed.err
    return path


def _as(path, user):
    return ("--db", str(path), "--user", user)


def _database(path):
    return open_test_database(path)


def test_an_empty_database_plus_one_workbook_is_a_working_caseload(cli, new_team, tmp_path):
    book = _workbook(
        tmp_path / "caseload.xlsx",
        Cases=CASES,
        Courses=COURSES,
        Enrolments=ENROLMENTS,
        Contacts=CONTACTS,
        Consents=CONSENTS,
    )
    result = cli("import", "cases", str(book), *_as(new_team, "lena"), password=PASSWORD)
    assert result.code == 0, result.err
    text = result.out
    assert "Summary: 2 created, 0 updated, 0 unchanged, 0 rejected." in text
    assert "Sheet Courses (courses) of caseload.xlsx" in text
    assert "Row 2: created DA-1-M1 (Danish 1, module 1)" in text
    assert text.count("Summary: 2 created") == 5  # the cases and each of the four sheets

    database = _database(new_team)
    try:
        with database.session() as session:
            lena = auth.login(session, "lena", PASSWORD)
        with database.session() as session:
            registry = courses.list_courses(session, lena, courses.CourseFilter(include_ended=True))
            selam = opening.open_case(session, lena, "HW-2026-10001", audit_read=False)
            dawit = opening.open_case(session, lena, "HW-2026-10002", audit_read=False)
        assert [(c.code, c.places, c.taken) for c in registry] == [
            ("DA-1-M1", 14, 1),
            ("DA-2-M3", 12, 0),
        ]
        [running] = selam.enrolments
        assert (running.course_code, running.status, running.attendance_percent) == (
            "DA-1-M1",
            "active",
            85,
        )
        assert running.attendance[0].recorded_on == date(2026, 3, 13)
        [done] = dawit.enrolments
        assert (done.status, done.end_date, done.level_reached, done.certificate) == (
            "completed",
            date(2025, 12, 19),
            "A2",
            "Prøve i Dansk 1",
        )
        assert [(c.name, c.role, c.phone) for c in selam.contacts] == [
            ("Birgit Holm", "guardian", "+45 86 12 34 56")
        ]
        assert [(c.recipient, c.purpose) for c in dawit.consents] == [
            ("aftercare_service", "Handover to after-care")
        ]
        # The move-out of Selam's grant is there, as the case import derives it.
        assert any(t.kind == "status_grant_move_out" for t in selam.transitions)
        with database.session() as session:
            actions = set(session.scalars(select(AuditEntry.action)))
        assert {
            "cases_imported",
            "courses_imported",
            "enrolments_imported",
            "contacts_imported",
            "consents_imported",
            "course_created",
            "enrolment_added",
            "attendance_recorded",
            "certificate_recorded",
            "contact_added",
            "consent_recorded",
        } <= actions
    finally:
        database.dispose()

    # The same workbook again changes nothing and adds nothing.
    again = cli("import", "cases", str(book), *_as(new_team, "lena"), password=PASSWORD)
    assert again.code == 0
    assert again.out.count("0 created, 0 updated, 2 unchanged, 0 rejected") == 5
    database = _database(new_team)
    try:
        with database.session() as session:
            counts = [
                session.scalar(select(func.count()).select_from(model))
                for model in (LanguageCourse, CourseEnrolment, Contact, ConsentRecord)
            ]
        assert counts == [2, 2, 2, 2]
    finally:
        database.dispose()


def test_bad_rows_of_every_sheet_are_reported_and_the_others_imported(cli, new_team, tmp_path):
    bad_courses = [*COURSES, ["DA-9", "Danish 9", "Sprogcenter Midt", "D4", "Aarhus", "", "",
                              "", "0"]]  # fmt: skip
    bad_enrolments = [
        *ENROLMENTS,
        ["HW-2026-99999", "DA-1-M1", "", "", "", "", "", "", "", ""],
        ["HW-2026-10002", "NO-SUCH", "", "", "", "", "", "", "", ""],
        ["HW-2026-10002", "DA-1-M1", "active", "", "", "120", "", "", "", ""],
    ]
    bad_contacts = [
        *CONTACTS,
        ["HW-2026-10002", "Eva\u202eHolm", "teacher", "", "", ""],
        ["HW-2026-10002", "Per Lund", "neighbour", "", "12", "per@"],
    ]
    bad_consents = [*CONSENTS, ["HW-2026-10001", "press", "Interview", "2027-01-01", ""]]
    book = _workbook(
        tmp_path / "caseload.xlsx",
        Cases=CASES,
        Courses=bad_courses,
        Enrolments=bad_enrolments,
        Contacts=bad_contacts,
        Consents=bad_consents,
    )
    dry = cli(
        "import", "cases", str(book), "--dry-run", "--format", "json", *_as(new_team, "lena"),
        password=PASSWORD,
    )  # fmt: skip
    assert dry.code == 0, dry.err
    report = json.loads(dry.out)
    assert report["created"] == 2 and not report["committed"]
    sheets = {s["kind"]: s for s in report["sheets"]}
    assert [s["kind"] for s in report["sheets"]] == [
        "courses",
        "enrolments",
        "contacts",
        "consents",
    ]
    [course_row] = [r for r in sheets["courses"]["rows"] if r["status"] == "rejected"]
    assert course_row["row"] == 4
    assert {p["column"] for p in course_row["problems"]} == {"level", "places"}
    rejected = {r["row"]: r["problems"] for r in sheets["enrolments"]["rows"] if r["problems"]}
    assert rejected[4][0]["column"] == "reference"
    assert "No case you may change has the reference HW-2026-99999" in rejected[4][0]["reason"]
    assert "No course has the code NO-SUCH" in rejected[5][0]["reason"]
    assert rejected[6][0]["column"] == "attendance"
    contacts = {r["row"]: r["problems"] for r in sheets["contacts"]["rows"] if r["problems"]}
    assert "U+202E" in contacts[4][0]["reason"]
    assert {p["field"] for p in contacts[5]} == {"relation", "phone", "email"}
    consents = {r["row"]: r["problems"] for r in sheets["consents"]["rows"] if r["problems"]}
    assert {p["field"] for p in consents[4]} == {"recipient", "given_on"}
    # A dry run wrote nothing.
    database = _database(new_team)
    try:
        with database.session() as session:
            assert session.scalar(select(func.count()).select_from(LanguageCourse)) == 0
    finally:
        database.dispose()

    # All or nothing: one bad row anywhere, and nothing at all is written.
    blocked = cli(
        "import", "cases", str(book), "--all-or-nothing", *_as(new_team, "lena"),
        password=PASSWORD,
    )  # fmt: skip
    assert blocked.code == 1
    assert "Nothing was imported: rows of another sheet were rejected" in blocked.out
    assert "Row 4: rejected, column level: 'D4' is not a CEFR level" in blocked.out

    # Without it, the good rows of every sheet are imported.
    result = cli("import", "cases", str(book), *_as(new_team, "lena"), password=PASSWORD)
    assert result.code == 0
    database = _database(new_team)
    try:
        with database.session() as session:
            counts = [
                session.scalar(select(func.count()).select_from(model))
                for model in (LanguageCourse, CourseEnrolment, Contact, ConsentRecord)
            ]
        assert counts == [2, 2, 2, 2]
    finally:
        database.dispose()


def test_each_kind_imports_from_a_file_of_its_own_and_a_reimport_updates(cli, new_team, tmp_path):
    lena = _as(new_team, "lena")
    assert cli("import", "cases", str(_csv(tmp_path / "c.csv", CASES)), *lena,
               password=PASSWORD).code == 0  # fmt: skip
    for kind, rows in (
        ("courses", COURSES),
        ("enrolments", ENROLMENTS),
        ("contacts", CONTACTS),
        ("consents", CONSENTS),
    ):
        done = cli("import", kind, str(_csv(tmp_path / f"{kind}.csv", rows)), *lena,
                   password=PASSWORD)  # fmt: skip
        assert done.code == 0, done.err
        assert "Summary: 2 created, 0 updated, 0 unchanged, 0 rejected." in done.out
    # Next month: attendance moved on, a phone number came, a consent was withdrawn; the
    # spreadsheet's own protection of a phone number (+45…) is taken off again.
    ENROLMENTS_NOW = [ENROLMENTS[0], [*ENROLMENTS[1][:5], "78", "2026-03-16", *ENROLMENTS[1][7:]]]
    CONTACTS_NOW = [CONTACTS[0], [*CONTACTS[2][:4], "'+45 20 30 40 50", ""]]
    CONSENTS_NOW = [CONSENTS[0], [*CONSENTS[1][:4], "2026-03-10"]]
    for kind, rows, change in (
        ("enrolments", ENROLMENTS_NOW, "attendance_percent"),
        ("contacts", CONTACTS_NOW, "phone"),
        ("consents", CONSENTS_NOW, "withdrawn_on"),
    ):
        done = cli("import", kind, str(_csv(tmp_path / f"{kind}-2.csv", rows)), *lena,
                   "--format", "json", password=PASSWORD)  # fmt: skip
        report = json.loads(done.out)
        assert (report["created"], report["updated"]) == (0, 1), report
        assert change in report["rows"][0]["changes"]
    database = _database(new_team)
    try:
        with database.session() as session:
            lena_actor = auth.login(session, "lena", PASSWORD)
        with database.session() as session:
            selam = opening.open_case(session, lena_actor, "HW-2026-10001", audit_read=False)
            dawit = opening.open_case(session, lena_actor, "HW-2026-10002", audit_read=False)
        assert [(a.recorded_on, a.percent) for a in selam.enrolments[0].attendance] == [
            (date(2026, 3, 13), 85),
            (date(2026, 3, 16), 78),
        ]
        assert [c.phone for c in dawit.contacts] == ["+45 20 30 40 50"]
        assert [c.withdrawn_on for c in dawit.consents] == [date(2026, 3, 10)]
    finally:
        database.dispose()


def test_only_those_who_may_import_cases_import_the_other_sheets(cli, new_team, tmp_path):
    refused = cli("import", "courses", str(_csv(tmp_path / "courses.csv", COURSES)),
                  *_as(new_team, "mona"), password=PASSWORD)  # fmt: skip
    assert refused.code == 1
    assert "Permission denied" in refused.err and "Traceback" not in refused.err
    missing = cli("import", "contacts", str(tmp_path / "nowhere.csv"), *_as(new_team, "lena"),
                  password=PASSWORD)  # fmt: skip
    assert missing.code == 1 and "There is no file" in missing.err
    no_column = cli("import", "consents", str(_csv(tmp_path / "x.csv", [["reference", "x"]])),
                    *_as(new_team, "lena"), password=PASSWORD)  # fmt: skip
    assert no_column.code == 1
    assert "The consents sheet has no column for recipient, purpose, given_on" in no_column.err


def test_a_team_lead_imports_into_their_own_team_only(demo_db, login, tmp_path):
    """Rows about another team's case are rejected without saying whose case it is."""
    from desktop_app.db.models import Case

    lead = login("lead")
    with demo_db.session() as session:
        own, other = (
            session.scalar(
                select(Case.reference).where(team_clause).order_by(Case.reference).limit(1)
            )
            for team_clause in (Case.team_id == lead.team_id, Case.team_id != lead.team_id)
        )
    sheet = _csv(
        tmp_path / "contacts.csv",
        [
            ["reference", "name", "relation"],
            [own, "Karin Vestergaard", "teacher"],
            [other, "Karin Vestergaard", "teacher"],
        ],
    )
    with demo_db.session() as session:
        report = sheet_import.import_sheet(session, lead, "contacts", sheet)
    assert [o.status for o in report.outcomes] == ["created", "rejected"]
    reason = report.outcomes[1].problems[0].reason
    assert reason == f"No case you may change has the reference {other}."
    # A coordinator imports into any team, each row audited under their name.
    coordinator = login("coordinator")
    with demo_db.session() as session:
        again = sheet_import.import_sheet(session, coordinator, "contacts", sheet)
    assert [o.status for o in again.outcomes] == ["unchanged", "created"]
    with demo_db.session() as session:
        who = session.scalars(
            select(AuditEntry.username)
            .where(AuditEntry.action == "contact_added")
            .order_by(AuditEntry.id)
        ).all()
    assert who[-2:] == ["lead", "coordinator"]


def test_a_hostile_workbook_is_refused_for_its_other_sheets_too(tmp_path):
    from desktop_app.services.exchange.import_sheets import COURSES as KIND
    from desktop_app.services.exchange.import_sheets import read_sheet, workbook_sheets
    from tests.services.trust.test_safety_workbooks import LAUGHS, _body, _workbook_bytes, _write

    members = _workbook_bytes()
    members["xl/workbook.xml"] = (LAUGHS + _body(members["xl/workbook.xml"])).encode()
    path = _write(tmp_path / "laughs.xlsx", members)
    for read in (lambda: workbook_sheets(path), lambda: read_sheet(KIND, path)):
        with pytest.raises(ImportFileError) as refused:
            read()
        assert "declares XML entities" in str(refused.value)
        assert len(str(refused.value)) < 200
