"""Backups, verified restores, the daily backup and `homeward check`."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, text

from desktop_app.db.models import AuditEntry, Case
from desktop_app.services import settings
from desktop_app.services.actor import Actor
from desktop_app.services.errors import PermissionDeniedError
from desktop_app.services.storage.database import Database, open_database
from desktop_app.services.trust import backup
from tests.support.backends import raw_sql


def _case_count(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM cases").fetchone()[0])
    finally:
        conn.close()


def _rename_first_case(path: Path, new_name: str) -> str:
    conn = sqlite3.connect(path)
    try:
        ref = conn.execute("SELECT reference FROM cases ORDER BY id LIMIT 1").fetchone()[0]
        conn.execute("UPDATE cases SET given_name = ? WHERE reference = ?", (new_name, ref))
        conn.commit()
        return str(ref)
    finally:
        conn.close()


@pytest.mark.sqlite_only(
    reason="SQLite file backups; a PostgreSQL server is backed up with pg_dump"
)
def test_backup_is_a_consistent_copy_while_the_database_is_open(
    demo_db: Database, login: Callable[[str], Actor], tmp_path: Path
) -> None:
    admin = login("admin")
    # Another program holds an open read transaction during the backup.
    assert demo_db.path is not None
    other = sqlite3.connect(demo_db.path, isolation_level=None)
    try:
        other.execute("BEGIN")
        other.execute("SELECT count(*) FROM cases").fetchone()
        result = backup.backup(demo_db, admin, tmp_path / "copy.db")
    finally:
        other.close()
    assert result.path.exists()
    assert not list(tmp_path.glob(".*partial"))
    found = backup.check_file(result.path, None)
    assert found.ok and found.revision is not None
    assert _case_count(result.path) == 60
    with demo_db.session() as session:
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert last is not None and last.action == "backup_created"
        assert last.username == "admin"


@pytest.mark.parametrize("username", ["worker", "lead", "coordinator"])
@pytest.mark.sqlite_only(
    reason="SQLite file backups; a PostgreSQL server is backed up with pg_dump"
)
def test_only_an_administrator_may_back_up(
    demo_db: Database, login: Callable[[str], Actor], tmp_path: Path, username: str
) -> None:
    with pytest.raises(PermissionDeniedError):
        backup.backup(demo_db, login(username), tmp_path / "copy.db")
    assert not (tmp_path / "copy.db").exists()


@pytest.mark.sqlite_only(
    reason="SQLite file backups; a PostgreSQL server is backed up with pg_dump"
)
def test_restore_replaces_content_and_keeps_the_replaced_file(
    demo_db: Database, demo_db_path: Path, login: Callable[[str], Actor], tmp_path: Path
) -> None:
    admin = login("admin")
    saved = backup.backup(demo_db, admin, tmp_path / "saved.db").path
    with demo_db.session() as session:
        first = session.scalars(select(Case).order_by(Case.id)).first()
        assert first is not None
        reference, original = first.reference, first.given_name
        session.execute(
            text("UPDATE cases SET given_name = 'Changedafter' WHERE reference = :r"),
            {"r": reference},
        )
    kept = backup.restore(demo_db, admin, saved, confirmed=True)
    assert kept.exists() and kept != demo_db_path
    conn = sqlite3.connect(kept)
    try:
        assert (
            conn.execute("SELECT given_name FROM cases WHERE reference=?", (reference,)).fetchone()[
                0
            ]
            == "Changedafter"
        )
    finally:
        conn.close()
    with demo_db.session() as session:
        restored = session.scalar(select(Case).where(Case.reference == reference))
        assert restored is not None and restored.given_name == original
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert last is not None and last.action == "database_restored"
    findings = backup.check(demo_db, admin)
    assert all(f.ok for f in findings), findings


@pytest.mark.sqlite_only(
    reason="SQLite file backups; a PostgreSQL server is backed up with pg_dump"
)
def test_restore_refuses_a_damaged_file_and_changes_nothing(
    demo_db: Database, demo_db_path: Path, login: Callable[[str], Actor], tmp_path: Path
) -> None:
    admin = login("admin")
    saved = backup.backup(demo_db, admin, tmp_path / "saved.db").path
    # Overwrite pages in the middle of the file: the integrity check must catch it.
    data = bytearray(saved.read_bytes())
    page = 4096
    for offset in range(page * 3, min(len(data), page * 12)):
        data[offset] = (data[offset] * 7 + 13) % 256
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(bytes(data))
    before = _case_count(demo_db_path)
    with pytest.raises(backup.BackupError) as info:
        backup.restore(demo_db, admin, damaged, confirmed=True)
    assert "nothing was restored" in str(info.value) or "cannot be read" in str(info.value)
    assert _case_count(demo_db_path) == before
    assert not list(demo_db_path.parent.glob("*.replaced-*"))


@pytest.mark.sqlite_only(
    reason="SQLite file backups; a PostgreSQL server is backed up with pg_dump"
)
def test_restore_refuses_a_newer_schema_and_a_foreign_file(
    demo_db: Database, demo_db_path: Path, login: Callable[[str], Actor], tmp_path: Path
) -> None:
    admin = login("admin")
    saved = backup.backup(demo_db, admin, tmp_path / "newer.db").path
    conn = sqlite3.connect(saved)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    with pytest.raises(backup.BackupError, match="newer version"):
        backup.restore(demo_db, admin, saved, confirmed=True)
    foreign = tmp_path / "foreign.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(backup.BackupError, match="not a Homeward database"):
        backup.restore(demo_db, admin, foreign, confirmed=True)
    text_file = tmp_path / "notes.txt"
    text_file.write_text("just text, not a database\n" * 100)
    with pytest.raises(backup.BackupError):
        backup.restore(demo_db, admin, text_file, confirmed=True)
    assert not list(demo_db_path.parent.glob("*.replaced-*"))


@pytest.mark.sqlite_only(
    reason="SQLite file backups; a PostgreSQL server is backed up with pg_dump"
)
def test_daily_backup_once_a_day_keeping_the_configured_number(
    demo_db: Database, login: Callable[[str], Actor], tmp_path: Path
) -> None:
    admin = login("admin")
    folder = tmp_path / "daily"
    with demo_db.session() as session:
        settings.update_settings(session, admin, {"backup_folder": str(folder), "backup_keep": 3})
    first = backup.daily_backup(demo_db, date(2026, 3, 10))
    assert first.created == folder / "homeward-20260310.db"
    again = backup.daily_backup(demo_db, date(2026, 3, 10))
    assert again.created is None
    for day in (11, 12, 13, 14):
        backup.daily_backup(demo_db, date(2026, 3, day))
    names = [p.name for p in backup.automatic_backups(folder)]
    assert names == ["homeward-20260312.db", "homeward-20260313.db", "homeward-20260314.db"]
    assert backup.check_file(folder / "homeward-20260314.db", None).ok


@pytest.mark.sqlite_only(
    reason="SQLite file backups; a PostgreSQL server is backed up with pg_dump"
)
def test_cli_backup_restore_round_trip(
    cli: Callable[..., object], demo_db_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "cli-backup.db"
    res = cli("backup", "--out", str(out), "--db", str(demo_db_path), "--user", "admin")
    assert res.code == 0, res.err  # type: ignore[attr-defined]
    assert backup.check_file(out, None).ok
    reference = _rename_first_case(demo_db_path, "Overwritten")
    res = cli("restore", str(out), "--db", str(demo_db_path), "--user", "admin", "--yes")
    assert res.code == 0, res.err  # type: ignore[attr-defined]
    assert "kept as" in res.out  # type: ignore[attr-defined]
    conn = sqlite3.connect(demo_db_path)
    name = conn.execute("SELECT given_name FROM cases WHERE reference=?", (reference,)).fetchone()[
        0
    ]
    conn.close()
    assert name != "Overwritten"
    kept = list(demo_db_path.parent.glob("demo.replaced-*.db"))
    assert len(kept) == 1


@pytest.mark.sqlite_only(
    reason="SQLite file backups; a PostgreSQL server is backed up with pg_dump"
)
def test_cli_restore_of_a_missing_or_bad_file_is_one_line_exit_1(
    cli: Callable[..., object], demo_db_path: Path, tmp_path: Path
) -> None:
    res = cli("restore", str(tmp_path / "nope.db"), "--db", str(demo_db_path), "--user", "admin")
    assert res.code == 1  # type: ignore[attr-defined]
    assert "No file" in res.err and "Traceback" not in res.err  # type: ignore[attr-defined]
    res = cli(
        "backup", "--out", str(tmp_path / "x.db"), "--db", str(demo_db_path), "--user", "worker"
    )
    assert res.code == 1 and "Permission denied" in res.err  # type: ignore[attr-defined]


def test_check_on_the_demo_database_reports_all_good(
    cli: Callable[..., object], demo_db_path: Path
) -> None:
    res = cli("check", "--db", str(demo_db_path), "--user", "admin")
    assert res.code == 0, res.err  # type: ignore[attr-defined]
    lines = res.out.splitlines()  # type: ignore[attr-defined]
    assert lines[0] == "integrity: ok"
    assert lines[1].startswith("schema: ok")
    assert lines[2].startswith("audit chain: ok")


def test_check_names_the_first_broken_audit_entry(
    cli: Callable[..., object], demo_db_path: Path
) -> None:
    ids = [r[0] for r in raw_sql(demo_db_path, "SELECT id FROM audit_log ORDER BY id")]
    target = ids[len(ids) // 2]
    raw_sql(
        demo_db_path,
        "UPDATE audit_log SET action = 'case_opened_edited' WHERE id = :id",
        {"id": target},
    )
    res = cli("check", "--db", str(demo_db_path), "--user", "admin")
    assert res.code == 1  # type: ignore[attr-defined]
    assert f"audit chain: broken at entry {target}" in res.err  # type: ignore[attr-defined]
    assert "integrity: ok" in res.out  # type: ignore[attr-defined]


def test_check_detects_a_deleted_audit_entry(
    cli: Callable[..., object], demo_db_path: Path
) -> None:
    ids = [r[0] for r in raw_sql(demo_db_path, "SELECT id FROM audit_log ORDER BY id")]
    raw_sql(demo_db_path, "DELETE FROM audit_log WHERE id = :id", {"id": ids[3]})
    res = cli("check", "--db", str(demo_db_path), "--user", "admin")
    assert res.code == 1  # type: ignore[attr-defined]
    assert f"broken at entry {ids[4]}" in res.err  # type: ignore[attr-defined]


def test_check_is_an_administrator_duty(cli: Callable[..., object], demo_db_path: Path) -> None:
    res = cli("check", "--db", str(demo_db_path), "--user", "lead")
    assert res.code == 1 and "Permission denied" in res.err  # type: ignore[attr-defined]


@pytest.mark.sqlite_only(
    reason="SQLite file backups; a PostgreSQL server is backed up with pg_dump"
)
def test_backup_of_a_fresh_database_opens_as_a_homeward_database(
    tmp_path: Path, db: Database
) -> None:
    from desktop_app.services.actor import SYSTEM

    target = backup.backup(db, SYSTEM, tmp_path / "empty-copy.db").path
    copy = open_database(target)
    try:
        with copy.session() as session:
            assert session.scalar(select(Case.id)) is None
    finally:
        copy.dispose()


@pytest.mark.sqlite_only(
    reason="SQLite file backups; a PostgreSQL server is backed up with pg_dump"
)
def test_check_compares_the_chain_with_the_newest_daily_backup(
    demo_db: Database,
    demo_db_path: Path,
    login: Callable[[str], Actor],
    tmp_path: Path,
    cli: Callable[..., object],
) -> None:
    admin = login("admin")
    with demo_db.session() as session:
        settings.update_settings(session, admin, {"backup_folder": str(tmp_path / "daily")})
    old = backup.backup(demo_db, admin, tmp_path / "older.db").path
    backup.daily_backup(demo_db, date(2026, 3, 16))
    findings = backup.check(demo_db, admin)
    assert findings[-1].ok and findings[-1].text.startswith("audit anchor: ok")

    # Cutting off the newest entries leaves a valid chain, but not the backup's last entry.
    conn = sqlite3.connect(demo_db_path)
    last_id = conn.execute("SELECT max(id) FROM audit_log").fetchone()[0]
    conn.execute("DELETE FROM audit_log WHERE id >= ?", (last_id - 2,))
    conn.commit()
    conn.close()
    res = cli("check", "--db", str(demo_db_path), "--user", "admin")
    assert res.code == 1  # type: ignore[attr-defined]
    assert "audit chain: ok" in res.out  # type: ignore[attr-defined]
    assert "audit anchor: entry" in res.err and "missing" in res.err  # type: ignore[attr-defined]

    # After a deliberate restore of an older backup, the newer daily backup no longer applies.
    backup.restore(demo_db, admin, old, confirmed=True)
    findings = backup.check(demo_db, admin)
    assert all(f.ok for f in findings), findings


@pytest.mark.sqlite_only(
    reason="SQLite file backups; a PostgreSQL server is backed up with pg_dump"
)
def test_restore_over_a_database_too_damaged_to_open(
    cli: Callable[..., object], demo_db_path: Path, tmp_path: Path
) -> None:
    saved = tmp_path / "saved.db"
    res = cli("backup", "--out", str(saved), "--db", str(demo_db_path), "--user", "admin")
    assert res.code == 0, res.err  # type: ignore[attr-defined]
    data = bytearray(demo_db_path.read_bytes())
    data[:100] = b"\xde\xad" * 50  # the header is gone: SQLite cannot open it
    demo_db_path.write_bytes(bytes(data))
    damaged = bytes(data)
    saved_bytes = saved.read_bytes()
    res = cli("check", "--db", str(demo_db_path), "--user", "admin")
    assert res.code == 1 and "Traceback" not in res.err  # type: ignore[attr-defined]

    # Without its header the file may as well be encrypted: replacing it needs a yes.
    res = cli("restore", str(saved), "--db", str(demo_db_path), "--user", "admin")
    assert res.code == 1 and "--yes" in res.err  # type: ignore[attr-defined]
    # Only an administrator of the backup may restore it, and a wrong password changes nothing.
    res = cli("restore", str(saved), "--db", str(demo_db_path), "--user", "worker", "--yes")
    assert res.code == 1 and "Permission denied" in res.err  # type: ignore[attr-defined]
    res = cli(
        "restore", str(saved), "--db", str(demo_db_path), "--user", "admin", "--yes", password="x"
    )
    assert res.code == 1 and "not correct" in res.err  # type: ignore[attr-defined]
    assert demo_db_path.read_bytes() == damaged

    res = cli("restore", str(saved), "--db", str(demo_db_path), "--user", "admin", "--yes")
    assert res.code == 0, res.err  # type: ignore[attr-defined]
    kept = list(demo_db_path.parent.glob("demo.damaged-*.db"))
    assert len(kept) == 1 and kept[0].read_bytes() == damaged
    assert saved.read_bytes() == saved_bytes  # the backup itself was not touched
    res = cli("check", "--db", str(demo_db_path), "--user", "admin")
    assert res.code == 0, res.err  # type: ignore[attr-defined]
    assert _case_count(demo_db_path) == 60


@pytest.mark.sqlite_only(
    reason="only SQLite lets a tool switch foreign keys off; PostgreSQL refuses the broken link"
)
def test_check_reports_rows_pointing_to_missing_records(
    cli: Callable[..., object], demo_db_path: Path
) -> None:
    conn = sqlite3.connect(demo_db_path)
    conn.execute("PRAGMA foreign_keys = OFF")
    note = conn.execute("SELECT id FROM notes ORDER BY id LIMIT 1").fetchone()[0]
    conn.execute("UPDATE notes SET case_id = 999999 WHERE id = ?", (note,))
    conn.commit()
    conn.close()
    res = cli("check", "--db", str(demo_db_path), "--user", "admin")
    assert res.code == 1  # type: ignore[attr-defined]
    assert "links: 1 broken (rows in notes point to records that do not exist)" in res.err  # type: ignore[attr-defined]


def test_check_reports_counts_the_database_keeps_that_disagree(
    cli: Callable[..., object], demo_db_path: Path
) -> None:
    res = cli("check", "--db", str(demo_db_path), "--user", "admin")
    assert res.code == 0, res.err  # type: ignore[attr-defined]
    assert "kept copies: ok" in res.out  # type: ignore[attr-defined]
    # Written behind Homeward's back: a unit's count of places held, a transition's copy.
    raw_sql(
        demo_db_path,
        "UPDATE housing_units SET held_places = held_places + 1"
        " WHERE id = (SELECT min(id) FROM housing_units)",
    )
    raw_sql(
        demo_db_path,
        "UPDATE transitions SET case_family_name = 'Wrong'"
        " WHERE id IN (SELECT id FROM transitions ORDER BY id LIMIT 2)",
    )
    res = cli("check", "--db", str(demo_db_path), "--user", "admin")
    assert res.code == 1  # type: ignore[attr-defined]
    assert (
        "kept copies: 2 transitions disagree with their case or its placement; "
        "1 housing units count other places held than their offers hold"
    ) in res.err  # type: ignore[attr-defined]
    assert "integrity: ok" in res.out and "Traceback" not in res.err  # type: ignore[attr-defined]
