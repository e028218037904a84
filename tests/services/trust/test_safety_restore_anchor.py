"""Restore never replaces a healthy database unasked; the audit chain's head is kept outside.

Findings 1 and 5 of the safety review: `restore` with HOMEWARD_PASSPHRASE set took a
healthy unencrypted database for a damaged one and replaced it; cutting the newest
audit entries off went unseen without a daily backup, and `check` compared with the
newest backup in the folder whichever database it came from.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop_app.services.actor import SYSTEM
from desktop_app.services.storage.database import open_database
from desktop_app.services.trust import anchors, backup
from tests.support.backends import open_test_database, raw_sql

SQLITE_FILE = pytest.mark.sqlite_only(reason="restoring a SQLite file")


def _given_name(path: Path, case_id: int = 1) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(
            conn.execute("SELECT given_name FROM cases WHERE id = ?", (case_id,)).fetchone()[0]
        )
    finally:
        conn.close()


def _rename(path: Path, name: str) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute("UPDATE cases SET given_name = ? WHERE id = 1", (name,))
        conn.commit()
    finally:
        conn.close()


def _backup(cli, db_path: Path, target: Path) -> None:
    result = cli("--db", str(db_path), "--user", "admin", "backup", "--out", str(target))
    assert result.code == 0, result.err


@SQLITE_FILE
def test_a_passphrase_given_for_a_healthy_plain_database_replaces_nothing(
    cli, demo_db_path, tmp_path, monkeypatch
):
    saved = tmp_path / "saved.db"
    _backup(cli, demo_db_path, saved)
    _rename(demo_db_path, "Kept")
    monkeypatch.setenv("HOMEWARD_PASSPHRASE", "correct horse battery staple")
    result = cli("--db", str(demo_db_path), "--user", "admin", "restore", str(saved), "--yes")
    assert result.code == 1
    assert "is not encrypted" in result.err and "Traceback" not in result.err
    assert _given_name(demo_db_path) == "Kept"
    assert not list(tmp_path.glob("*.damaged-*")) and not list(tmp_path.glob("*.replaced-*"))


@SQLITE_FILE
def test_restoring_over_a_database_that_opens_needs_a_yes(cli, demo_db_path, tmp_path):
    saved = tmp_path / "saved.db"
    _backup(cli, demo_db_path, saved)
    _rename(demo_db_path, "Changed")
    refused = cli("--db", str(demo_db_path), "--user", "admin", "restore", str(saved))
    assert refused.code == 1
    assert "confirm" in refused.err and "--yes" in refused.err
    assert "another database" not in refused.err
    assert _given_name(demo_db_path) == "Changed"
    done = cli("--db", str(demo_db_path), "--user", "admin", "restore", str(saved), "--yes")
    assert done.code == 0, done.err
    assert "another database" not in done.out
    assert _given_name(demo_db_path) != "Changed"


@SQLITE_FILE
def test_a_backup_of_another_database_is_named_as_such(cli, demo_db_path, tmp_path, monkeypatch):
    other = tmp_path / "other.db"
    monkeypatch.setenv("HOMEWARD_PASSWORD", "another-admin-pw")
    assert (
        cli("--db", str(other), "init", "--admin", "admin", password="another-admin-pw").code == 0
    )
    other_backup = tmp_path / "other-backup.db"
    assert (
        cli(
            "--db",
            str(other),
            "--user",
            "admin",
            "backup",
            "--out",
            str(other_backup),
            password="another-admin-pw",
        ).code
        == 0
    )
    refused = cli("--db", str(demo_db_path), "--user", "admin", "restore", str(other_backup))
    assert refused.code == 1 and "comes from another database" in refused.err
    done = cli("--db", str(demo_db_path), "--user", "admin", "restore", str(other_backup), "--yes")
    assert done.code == 0 and "came from another database" in done.out


@SQLITE_FILE
def test_a_damaged_database_is_restored_without_asking_and_kept(cli, demo_db_path, tmp_path):
    saved = tmp_path / "saved.db"
    _backup(cli, demo_db_path, saved)
    _damage(demo_db_path)
    result = cli("--db", str(demo_db_path), "--user", "admin", "restore", str(saved))
    assert result.code == 0, result.err
    assert "damaged" in result.err and "kept as" in result.out
    assert list(tmp_path.glob("demo.damaged-*.db"))
    assert backup.check_file(demo_db_path, None).ok


def _damage(path: Path) -> None:
    """Overwrite pages in the middle of the file, as a failing disk does."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with open(path, "r+b") as handle:
        for page in range(2, pages - 1):
            handle.seek(page * size + 8)
            handle.write(b"\xa5" * (size - 64))


# --- the anchor ---------------------------------------------------------------------


def _check(cli, db_path) -> tuple[int, list[str]]:
    result = cli("--db", str(db_path), "--user", "admin", "check")
    return result.code, (result.out + result.err).splitlines()


def test_cutting_off_the_newest_entries_is_found_without_any_backup(cli, demo_db_path):
    # A few commands, each appending to the log and moving the anchor on.
    for _ in range(3):
        assert cli("--db", str(demo_db_path), "--user", "lead", "cases").code == 0
    code, lines = _check(cli, demo_db_path)
    assert code == 0, lines
    assert any(line.startswith("audit anchor: ok") for line in lines)
    newest = raw_sql(demo_db_path, "SELECT max(id) FROM audit_log")[0][0]
    raw_sql(demo_db_path, "DELETE FROM audit_log WHERE id > :keep", {"keep": newest - 3})
    code, lines = _check(cli, demo_db_path)
    assert code == 1
    (anchor,) = [line for line in lines if line.startswith("audit anchor:")]
    assert f"entry {newest}" in anchor and "missing" in anchor and "cut off" in anchor
    # The chain itself still verifies: only the anchor shows what happened.
    assert any(line.startswith("audit chain: ok") for line in lines)


def test_check_says_when_no_anchor_exists_yet(cli, demo_db_path):
    code, lines = _check(cli, demo_db_path)
    assert code == 0
    (anchor,) = [line for line in lines if line.startswith("audit anchor:")]
    assert "none yet" in anchor
    # From then on there is one.
    code, lines = _check(cli, demo_db_path)
    assert any(line.startswith("audit anchor: ok") for line in lines)


def test_rewriting_the_newest_entries_is_found(cli, demo_db_path):
    assert cli("--db", str(demo_db_path), "--user", "lead", "cases").code == 0
    _check(cli, demo_db_path)
    newest = raw_sql(demo_db_path, "SELECT max(id) FROM audit_log")[0][0]
    raw_sql(
        demo_db_path,
        "UPDATE audit_log SET hash = :h WHERE id = :i",
        {"h": "f" * 64, "i": newest},
    )
    code, lines = _check(cli, demo_db_path)
    assert code == 1
    assert any("different" in line for line in lines if line.startswith("audit anchor:"))


@SQLITE_FILE
def test_another_databases_backup_in_the_folder_raises_no_alarm(
    cli, demo_db, demo_db_path, tmp_path
):
    # A database of its own (its own id), backed up daily into the same folder, further on.
    other = open_database(tmp_path / "other.db")
    try:
        with other.session() as session:
            for n in range(40):
                from desktop_app.services.trust import audit

                audit.record(session, SYSTEM, "settings_changed", detail={"n": n})
        created = backup.daily_backup(other)
        assert created.created is not None
    finally:
        other.dispose()
    code, lines = _check(cli, demo_db_path)
    assert code == 0, lines


@SQLITE_FILE
def test_a_restore_from_an_older_backup_raises_no_alarm(cli, demo_db_path, tmp_path):
    older = tmp_path / "older.db"
    _backup(cli, demo_db_path, older)
    for _ in range(4):
        assert cli("--db", str(demo_db_path), "--user", "lead", "cases").code == 0
    assert _check(cli, demo_db_path)[0] == 0
    assert (
        cli("--db", str(demo_db_path), "--user", "admin", "restore", str(older), "--yes").code == 0
    )
    code, lines = _check(cli, demo_db_path)
    assert code == 0, lines


def test_the_anchor_is_kept_under_the_databases_own_id(demo_db_path, tmp_path):
    database = open_test_database(demo_db_path)
    try:
        assert database.identity is not None and len(database.identity) == 32
        with database.session() as session:
            from desktop_app.services.trust import audit

            entry = audit.record(session, SYSTEM, "settings_changed", detail={})
            entry_id, entry_hash = entry.id, entry.hash
        kept = anchors.read(database.identity)
        assert kept is not None and (kept.entry_id, kept.hash) == (entry_id, entry_hash)
        # It only moves forward.
        anchors.record(database.identity, anchors.ChainHead(1, "0" * 64, kept.at))
        assert anchors.read(database.identity) == kept
    finally:
        database.dispose()
    fresh = open_database(tmp_path / "fresh.db")
    try:
        assert fresh.identity is not None and fresh.identity != database.identity
    finally:
        fresh.dispose()
