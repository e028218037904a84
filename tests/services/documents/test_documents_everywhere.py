"""Documents go wherever the database goes: the subject export holds the files, erasure
removes them, a backup and migrate-to carry them byte for byte."""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_app.db import models as m
from desktop_app.services import appointments, documents
from desktop_app.services.actor import Actor
from desktop_app.services.exchange import subject_export
from desktop_app.services.storage.database import Database, open_database
from desktop_app.services.trust import auth, backup, retention
from tests.support import pg_server
from tests.support.documents_data import image_bytes, own_open_case, pdf_bytes


def _keep(db: Database, actor: Actor, reference: str, data: bytes, name: str, **kw: object) -> int:
    with db.session() as session:
        return documents.add_document(session, actor, reference, io.BytesIO(data), name, **kw).id


def test_the_subject_export_holds_the_files_themselves(
    demo_db: Database, login: Callable[[str], Actor], tmp_path: Path
):
    worker, lead = login("worker"), login("lead")
    reference = own_open_case(demo_db)
    letter, photo = pdf_bytes(), image_bytes("JPEG")
    _keep(demo_db, worker, reference, letter, "decision.pdf", kind="decision")
    _keep(demo_db, worker, reference, photo, "permit.jpg", kind="permit", confidential=True)
    with demo_db.session() as session:
        appointments.add_appointment(
            session, worker, reference, kind="meeting", starts_at=datetime(2026, 3, 18, 9, 0)
        )
        result = subject_export.export_subject(session, lead, reference, tmp_path / "lead")
    data = json.loads(result.json_path.read_text(encoding="utf-8"))
    files = {d["filename"]: tmp_path / "lead" / d["file"] for d in data["case_documents"]}
    assert files["decision.pdf"].read_bytes() == letter
    assert files["permit.jpg"].read_bytes() == photo
    assert [a["kind"] for a in data["appointments"]] == ["meeting"]
    # The coordinator may not read confidential content: the confidential file is withheld.
    with demo_db.session() as session:
        subject_export.export_subject(session, login("coordinator"), reference, tmp_path / "co")
    data = json.loads((tmp_path / "co" / f"{reference}.json").read_text(encoding="utf-8"))
    assert [d["filename"] for d in data["case_documents"]] == ["decision.pdf"]
    assert data["withheld_confidential_documents"] == 1
    assert not list((tmp_path / "co").rglob("permit.jpg"))


def test_erasure_removes_the_documents_and_what_was_typed_on_appointments(
    demo_db: Database, login: Callable[[str], Actor], tmp_path: Path
):
    worker, lead = login("worker"), login("lead")
    reference = own_open_case(demo_db)
    _keep(demo_db, worker, reference, pdf_bytes(), "lease.pdf", kind="lease")
    with demo_db.session() as session:
        visit = appointments.add_appointment(
            session,
            worker,
            reference,
            kind="home_visit",
            starts_at=datetime(2026, 3, 10, 9, 0),
            place="Birkevej 12",
            note="Synthetic remark",
            other_attendees=["Guardian Lise Mortensen"],
        )
        appointments.set_state(
            session, worker, visit.id, "missed", follow_up=appointments.FollowUp("Call again")
        )
        retention.anonymise(session, lead, [reference], reason="erasure_request", confirmed=True)
    with demo_db.session() as session:
        case_id = session.scalar(select(m.Case.id).where(m.Case.reference == reference))
        assert session.scalar(select(func.count()).select_from(m.Document)) == 0
        assert session.scalar(select(func.count()).select_from(m.DocumentChunk)) == 0
        kept = session.get(m.Appointment, visit.id)
        assert (kept.case_id, kept.kind, kept.state) == (case_id, "home_visit", "missed")
        assert kept.place is None and kept.note is None and kept.follow_up_task_id is None
        assert session.scalar(select(func.count()).select_from(m.AppointmentAttendee)) == 0


@pytest.mark.sqlite_only(
    reason="SQLite file backups; a PostgreSQL server is backed up with pg_dump"
)
def test_a_backup_holds_the_documents(
    demo_db: Database, login: Callable[[str], Actor], tmp_path: Path
):
    worker = login("worker")
    reference = own_open_case(demo_db)
    data = image_bytes("PNG", (400, 300))
    document_id = _keep(demo_db, worker, reference, data, "permit.png")
    result = backup.backup(demo_db, login("admin"), tmp_path / "copy.db")
    copy = open_database(result.path)
    try:
        with copy.session() as session:
            _, written = documents.save_copy(session, worker, reference, document_id, tmp_path)
    finally:
        copy.dispose()
    assert written.read_bytes() == data


def _move_and_read_back(cli, source: Path, target_url: str, tmp_path: Path, reference: str) -> None:
    moved = cli("--db", str(source), "--user", "admin", "migrate-to", target_url)
    assert moved.code == 0, moved.err
    listed = cli(
        "--database-url",
        target_url,
        "--user",
        "worker",
        "documents",
        "list",
        reference,
        "--format",
        "json",
    )
    assert listed.code == 0, listed.err
    (row,) = json.loads(listed.out)
    out = tmp_path / "moved.pdf"
    got = cli(
        "--database-url",
        target_url,
        "--user",
        "worker",
        "documents",
        "get",
        reference,
        str(row["id"]),
        "--out",
        str(out),
    )
    assert got.code == 0, got.err
    assert row["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()


def _with_a_large_document(sqlite_demo_db_path: Path, tmp_path: Path) -> tuple[str, bytes]:
    from tests.support.documents_data import padded_pdf

    source = open_database(sqlite_demo_db_path)
    try:
        reference = own_open_case(source)
        data = padded_pdf(3 * 1024 * 1024 + 17)  # several pieces
        with source.session() as session:
            worker = auth.login(session, "worker", "demo")
        _keep(source, worker, reference, data, "scan.pdf")
    finally:
        source.dispose()
    return reference, data


def test_migrate_to_copies_the_documents_and_checks_them(cli, sqlite_demo_db_path, tmp_path):
    reference, _data = _with_a_large_document(sqlite_demo_db_path, tmp_path)
    _move_and_read_back(
        cli, sqlite_demo_db_path, f"sqlite:///{tmp_path / 'copy.db'}", tmp_path, reference
    )


def test_migrate_to_postgresql_copies_the_documents(cli, sqlite_demo_db_path, postgres, tmp_path):
    reference, _data = _with_a_large_document(sqlite_demo_db_path, tmp_path)
    url = pg_server.create_database(postgres, "moved_documents")
    _move_and_read_back(cli, sqlite_demo_db_path, url, tmp_path, reference)


def test_the_document_check_finds_a_damaged_copy(cli, sqlite_demo_db_path, tmp_path):
    from sqlalchemy import text

    from desktop_app.db.engine import make_engine, sqlite_url
    from desktop_app.services.storage import database_move

    reference, _data = _with_a_large_document(sqlite_demo_db_path, tmp_path)
    target = tmp_path / "copy.db"
    assert (
        cli(
            "--db", str(sqlite_demo_db_path), "--user", "admin", "migrate-to", f"sqlite:///{target}"
        ).code
        == 0
    )
    copy = make_engine(sqlite_url(target))
    try:
        with copy.connect() as conn:
            assert database_move._first_document_that_differs(conn) is None
        with copy.begin() as conn:
            conn.execute(
                text("UPDATE document_chunks SET data = :d WHERE seq = 1"), {"d": b"0" * 10}
            )
        with copy.connect() as conn:
            assert database_move._first_document_that_differs(conn) == reference
    finally:
        copy.dispose()


def test_the_case_summary_and_handover_list_documents_and_upcoming_appointments(
    cli, demo_db: Database, demo_db_path: Path, login: Callable[[str], Actor], tmp_path: Path
):
    from pypdf import PdfReader

    from tests.support.backends import db_args

    worker = login("worker")
    reference = own_open_case(demo_db)
    _keep(
        demo_db, worker, reference, pdf_bytes(), "x.pdf", title="Decision letter", kind="decision"
    )
    _keep(
        demo_db, worker, reference, pdf_bytes(), "y.pdf", title="Private letter", confidential=True
    )
    with demo_db.session() as session:
        appointments.add_appointment(
            session, worker, reference, kind="home_visit", starts_at=datetime(2026, 3, 20, 14, 30)
        )
        appointments.add_appointment(
            session, worker, reference, kind="hearing", starts_at=datetime(2026, 3, 2, 9, 0)
        )
    out = tmp_path / "summary.pdf"
    result = cli(
        "print",
        "case-summary",
        reference,
        "--out",
        str(out),
        *db_args(demo_db_path),
        "--user",
        "worker",
    )
    assert result.code == 0, result.err
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Documents on the case" in text and "Decision letter" in text
    assert "Private letter" not in text  # confidential ones only when asked for
    assert "Upcoming appointments" in text and "14:30" in text and "Home visit" in text
    assert "Hearing" not in text  # the past one is not upcoming
    handover = tmp_path / "handover.pdf"
    result = cli(
        "print",
        "handover",
        reference,
        "--out",
        str(handover),
        *db_args(demo_db_path),
        "--user",
        "lead",
    )
    assert result.code == 0, result.err
    text = " ".join(page.extract_text() for page in PdfReader(handover).pages)
    assert "Decision letter" in text and "Home visit" in text
