"""Erasure leaves no readable trace of the person, and the audit chain still verifies.

Finding 6 of the safety review: erasure left the person's former name in the audit
log's before/after values. What an audit entry says about a case is now sealed with
the case's own key (db/sealing.py); erasure destroys the key.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select, text

from desktop_app.db import migrate, sealing
from desktop_app.db.engine import make_engine, sqlite_url
from desktop_app.db.models import AuditEntry, Case
from desktop_app.services.actor import SYSTEM
from desktop_app.services.cases import editing, notes_and_tasks, opening
from desktop_app.services.storage.database import open_database
from desktop_app.services.trust import audit, audit_query
from tests.support.backends import open_test_database, raw_sql

GIVEN, FAMILY, GUARDIAN = "Zebulonix", "Quartzmann", "Ottilie Brandvold"


def _text_columns(db_path) -> list[tuple[str, str]]:
    database = open_test_database(db_path)
    try:
        from sqlalchemy import inspect

        inspector = inspect(database.engine)
        found = []
        for table in inspector.get_table_names():
            for column in inspector.get_columns(table):
                kind = str(column["type"]).upper()
                if any(word in kind for word in ("CHAR", "TEXT", "JSON", "CLOB")):
                    found.append((table, column["name"]))
        return found
    finally:
        database.dispose()


def _readable_anywhere(db_path, word: str) -> list[str]:
    """Every table and column whose text holds `word`, read through SQL."""
    hits = []
    for table, column in _text_columns(db_path):
        rows = raw_sql(
            db_path,
            f'SELECT count(*) FROM {table} WHERE lower(CAST("{column}" AS TEXT)) LIKE :w',
            {"w": f"%{word.lower()}%"},
        )
        if rows[0][0]:
            hits.append(f"{table}.{column}")
    return hits


def _prepare_the_person(demo_db, login) -> str:
    lead = login("lead")
    with demo_db.session() as session:
        case = session.scalar(
            select(Case).where(Case.team_id == lead.team_id, Case.status == "open").limit(1)
        )
        reference = case.reference
        editing.update_case(
            session,
            lead,
            reference,
            case.version,
            {"given_name": GIVEN, "family_name": FAMILY, "legal_guardian": GUARDIAN},
        )
        notes_and_tasks.add_note(session, lead, reference, f"Met {GIVEN} {FAMILY} and {GUARDIAN}.")
    with demo_db.session() as session:
        opening.open_case(session, lead, reference)
    return reference


def test_erasure_leaves_no_readable_trace_and_the_chain_verifies(demo_db, demo_db_path, login, cli):
    reference = _prepare_the_person(demo_db, login)
    assert "audit_log.detail" not in _readable_anywhere(demo_db_path, GIVEN), (
        "sealed from the start"
    )
    # Before the erasure the lead reads the values in the audit log.
    with demo_db.session() as session:
        rows = audit_query.query(
            session, login("lead"), audit_query.AuditFilter(case_reference=reference)
        )
    changed = [r for r in rows if r.action == "case_changed"]
    assert changed and changed[-1].detail["changes"]["given_name"]["after"] == GIVEN

    result = cli("--db", str(demo_db_path), "--user", "lead", "erase", reference, "--yes")
    assert result.code == 0, result.err

    for word in (GIVEN, FAMILY, GUARDIAN.split()[1]):
        assert _readable_anywhere(demo_db_path, word) == [], word
    with demo_db.session() as session:
        rows = audit_query.query(
            session, login("coordinator"), audit_query.AuditFilter(case_reference=reference)
        )
        assert audit.verify_chain(session).ok
    changed = [r for r in rows if r.action == "case_changed"]
    assert changed and all(r.detail == {"erased": True} for r in changed)
    check = cli("--db", str(demo_db_path), "--user", "admin", "check")
    assert check.code == 0, check.out + check.err


@pytest.mark.sqlite_only(reason="the bytes of the SQLite file itself")
def test_no_byte_of_the_erased_name_is_left_in_the_file(demo_db, demo_db_path, login, cli):
    reference = _prepare_the_person(demo_db, login)
    demo_db.dispose()
    assert cli("--db", str(demo_db_path), "--user", "lead", "erase", reference, "--yes").code == 0
    data = b"".join(
        p.read_bytes() for p in Path(demo_db_path).parent.glob(Path(demo_db_path).name + "*")
    )
    for word in (GIVEN, FAMILY, GIVEN.lower(), FAMILY.lower(), "Brandvold", "brandvold"):
        assert word.encode() not in data, word


def test_an_erased_case_gets_no_new_key(demo_db, login):
    reference = _prepare_the_person(demo_db, login)
    with demo_db.session() as session:
        from desktop_app.services.trust import retention

        retention.anonymise(
            session, login("lead"), [reference], reason="erasure_request", confirmed=True
        )
    with demo_db.session() as session:
        case = session.scalar(select(Case).where(Case.reference == reference))
        entry = audit.record(session, SYSTEM, "case_opened", case_id=case.id, detail={"x": 1})
        assert entry.detail == {"x": 1} and audit.case_key(session, case.id) is None


# --- entries written before revision 0008 ---------------------------------------------


def _old_database(path: Path, *, tamper: bool = False) -> list[tuple[int, str]]:
    """A database at revision 0005 whose audit log holds a name in plain text."""
    engine = make_engine(sqlite_url(path))
    command.upgrade(migrate.alembic_config(engine), "0005")
    now = datetime(2026, 1, 5, 9, 0)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO cases (id, reference, given_name, family_name, search_text, sort_name,"
                " date_of_birth, dob_precision, sex, interpreter_needed, unaccompanied, status,"
                " in_aftercare, family_reunification_members, needs_accessible_housing, anonymised,"
                " created_at, updated_at, version) VALUES (1, 'HW-2025-00001', :g, :f, '', '',"
                " :dob, 'exact', 'female', 0, 1, 'open', 0, 0, 0, 0, :now, :now, 1)"
            ),
            {"g": GIVEN, "f": FAMILY, "dob": date(2008, 5, 1), "now": now},
        )
        prev = audit.GENESIS
        written = []
        details = [
            (None, "login", {}),
            (1, "case_changed", {"changes": {"given_name": {"before": "Selam", "after": GIVEN}}}),
            (None, "user_created", {"username": "lead"}),
            (1, "case_opened", {}),
        ]
        for n, (case_id, action, detail) in enumerate(details, start=1):
            entry = AuditEntry(
                at=now,
                user_id=None,
                username="lead",
                action=action,
                entity=None,
                entity_id=None,
                case_id=case_id,
                detail=detail,
                prev_hash=prev,
            )
            entry.hash = audit.entry_hash(entry)
            conn.execute(
                text(
                    "INSERT INTO audit_log (id, at, user_id, username, action, entity, entity_id,"
                    " case_id, detail, prev_hash, hash) VALUES (:id, :at, NULL, 'lead', :action,"
                    " NULL, NULL, :case_id, :detail, :prev, :hash)"
                ),
                {
                    "id": n,
                    "at": now,
                    "action": action,
                    "case_id": case_id,
                    "detail": json.dumps(detail),
                    "prev": prev,
                    "hash": entry.hash,
                },
            )
            written.append((n, entry.hash))
            prev = entry.hash
        if tamper:
            # Someone rewrote what the case entry says before the upgrade sealed it.
            forged = {"changes": {"given_name": {"before": "Selam", "after": "Someone"}}}
            conn.execute(
                text("UPDATE audit_log SET detail = :d WHERE id = 2"), {"d": json.dumps(forged)}
            )
    engine.dispose()
    return written


@pytest.mark.sqlite_only(reason="an old SQLite file upgraded in place")
def test_the_upgrade_seals_old_values_keeps_every_hash_and_records_a_checkpoint(tmp_path):
    path = tmp_path / "old.db"
    written = _old_database(path)
    database = open_database(path)
    try:
        with database.session() as session:
            entries = list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))
            # The chain's links are the hashes they were: old anchors and backups still match.
            assert [(e.id, e.hash) for e in entries[:4]] == written
            assert sealing.is_sealed(entries[1].detail) and entries[1].sealed_hash
            assert entries[0].detail == {} and entries[0].sealed_hash is None
            checkpoint = entries[-1]
            assert checkpoint.action == audit.SEALED_CHECKPOINT
            assert checkpoint.detail["verified_before_sealing"] is True
            assert checkpoint.detail["sealed"] == 2
            report = audit.verify_chain(session)
            assert report.ok and report.sealed_checkpoint["digest"] == checkpoint.detail["digest"]
            # The case's values read as before for those who may read them.
            assert audit.readable_detail(session, 1, entries[1].detail) == {
                "changes": {"given_name": {"before": "Selam", "after": GIVEN}}
            }
    finally:
        database.dispose()
    conn = sqlite3.connect(path)
    try:
        plain = conn.execute("SELECT group_concat(detail) FROM audit_log").fetchone()[0]
    finally:
        conn.close()
    assert GIVEN not in plain


@pytest.mark.sqlite_only(reason="an old SQLite file upgraded in place")
def test_a_break_from_before_the_sealing_stays_reported(tmp_path, cli):
    path = tmp_path / "old.db"
    _old_database(path, tamper=True)
    database = open_database(path)
    try:
        with database.session() as session:
            report = audit.verify_chain(session)
            from desktop_app.services.trust import auth

            auth.create_user(
                session,
                SYSTEM,
                "admin",
                "Admin",
                "admin",
                "long-password-1",
                must_change_password=False,
            )
    finally:
        database.dispose()
    # Sealed, the rewritten entry hashes as stored: only the checkpoint remembers the break.
    assert report.ok
    assert report.sealed_checkpoint["verified_before_sealing"] is False
    assert report.sealed_checkpoint["broken_at"] == 2
    result = cli("--db", str(path), "--user", "admin", "check", password="long-password-1")
    assert result.code == 1
    assert "already broken at entry 2: its content was changed" in result.err


def test_changing_a_sealed_entry_breaks_the_chain(demo_db, demo_db_path, login):
    reference = _prepare_the_person(demo_db, login)
    with demo_db.session() as session:
        case_id = session.scalar(select(Case.id).where(Case.reference == reference))
        entry = session.scalar(
            select(AuditEntry).where(AuditEntry.case_id == case_id).order_by(AuditEntry.id.desc())
        )
        other_key = sealing.new_key()
        forged = sealing.seal(other_key, case_id, {"changes": {}})
        entry_id = entry.id
    raw_sql(
        demo_db_path,
        "UPDATE audit_log SET detail = :d WHERE id = :i",
        {"d": json.dumps(forged), "i": entry_id},
    )
    with demo_db.session() as session:
        report = audit.verify_chain(session)
    assert not report.ok and report.first_broken_id == entry_id


def test_the_sealed_text_is_bound_to_its_case():
    key = sealing.new_key()
    sealed = sealing.seal(key, 7, {"name": GIVEN})
    assert sealing.unseal(key, 7, sealed) == {"name": GIVEN}
    assert sealing.unseal(key, 8, sealed) == sealing.ERASED
    assert sealing.unseal(None, 7, sealed) == sealing.ERASED
    assert GIVEN not in json.dumps(sealed)
    assert hashlib.sha256(json.dumps(sealed).encode()).hexdigest()  # JSON-able as stored
