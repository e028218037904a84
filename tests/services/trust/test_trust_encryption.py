"""Encryption at rest with SQLCipher: no plaintext in the file, clear errors, encrypted backups."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from sqlalchemy import func, select

from desktop_app.db import sqlcipher
from desktop_app.db.models import Case, User
from desktop_app.demo import generator
from desktop_app.services.storage.database import Database, DatabaseOpenError, open_database
from desktop_app.services.trust import auth, backup

pytestmark = pytest.mark.sqlite_only(
    reason="SQLCipher encrypts the SQLite file; a PostgreSQL server encrypts its own storage"
)

PASSPHRASE = "blue kettle on the north shore"


@pytest.fixture(scope="module")
def encrypted_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("encrypted") / "secret.db"
    db = open_database(path, passphrase=PASSPHRASE)
    try:
        with db.session() as session:
            generator.create_demo(session, 12, 5)
    finally:
        db.dispose()
    return path


@pytest.fixture
def encrypted_path(tmp_path: Path, encrypted_template: Path) -> Path:
    path = tmp_path / "secret.db"
    shutil.copy2(encrypted_template, path)
    return path


def _names(path: Path) -> list[str]:
    db = open_database(path, passphrase=PASSPHRASE)
    try:
        with db.session() as session:
            rows = session.execute(select(Case.given_name, Case.family_name)).all()
            users = list(session.scalars(select(User.username)))
    finally:
        db.dispose()
    return [n for row in rows for n in row] + users


def _assert_no_plaintext(path: Path, words: list[str]) -> None:
    assert len({w for w in words if len(w.encode("utf-8")) >= 6}) >= 10
    files = [path] + [p for p in path.parent.glob(path.name + "-*")]
    for file in files:
        data = file.read_bytes()
        assert b"SQLite format 3" not in data
        for word in words:
            # Six bytes and more: a four-letter name ("lead", "Omar") turns up by chance in
            # a few megabytes of ciphertext about once in thirty runs; six bytes, never.
            if len(word.encode("utf-8")) >= 6:
                assert word.encode("utf-8") not in data, f"{word!r} readable in {file.name}"
        for marker in (b"CREATE TABLE", b"audit_log", b"argon2"):
            assert marker not in data


def test_the_encrypted_file_holds_no_plaintext_names(encrypted_path: Path) -> None:
    names = _names(encrypted_path)
    assert len(names) > 20
    _assert_no_plaintext(encrypted_path, names)


def test_the_same_passphrase_opens_it_and_the_salt_is_the_file_header(encrypted_path: Path) -> None:
    salt = sqlcipher.file_salt(encrypted_path)
    assert salt is not None and len(salt) == 16
    key = sqlcipher.derive_raw_key(PASSPHRASE, salt)
    conn = sqlcipher.connect(encrypted_path, key)
    try:
        assert conn.execute("SELECT count(*) FROM cases").fetchone()[0] == 12
    finally:
        conn.close()


def test_a_wrong_passphrase_gets_a_clear_message(encrypted_path: Path) -> None:
    with pytest.raises(DatabaseOpenError, match="passphrase is not correct"):
        open_database(encrypted_path, passphrase="not the passphrase")
    with pytest.raises(DatabaseOpenError, match="encrypted"):
        open_database(encrypted_path)
    # Plain SQLite cannot read it either.
    conn = sqlite3.connect(encrypted_path)
    with pytest.raises(sqlite3.DatabaseError):
        conn.execute("SELECT count(*) FROM cases").fetchone()
    conn.close()


def test_a_passphrase_on_a_plain_database_is_refused(db_path: Path) -> None:
    with pytest.raises(DatabaseOpenError, match="not encrypted"):
        open_database(db_path, passphrase=PASSPHRASE)


def test_only_hex_reaches_the_key_pragma() -> None:
    raw = sqlcipher.derive_raw_key("a passphrase with \"quotes\" and 'x'; DROP TABLE", b"\x01" * 16)
    assert len(raw) == 96 and all(c in "0123456789abcdef" for c in raw)
    conn = sqlite3.connect(":memory:")
    with pytest.raises(ValueError):
        sqlcipher.apply_key(conn, "x'; PRAGMA foo; --" + "0" * 80)
    conn.close()


def test_backups_of_an_encrypted_database_stay_encrypted(
    encrypted_path: Path, tmp_path: Path
) -> None:
    db: Database = open_database(encrypted_path, passphrase=PASSPHRASE)
    try:
        with db.session() as session:
            admin = auth.login(session, "admin", "demo")
        copy = backup.backup(db, admin, tmp_path / "secret-backup.db").path
        names = _names(encrypted_path)
        _assert_no_plaintext(copy, names)
        # The backup opens with the same passphrase and checks good.
        assert backup.check_file(copy, db.encryption_key).ok
        reopened = open_database(copy, passphrase=PASSPHRASE)
        with reopened.session() as session:
            assert session.scalar(select(func.count()).select_from(Case)) == 12
        reopened.dispose()
        with pytest.raises(DatabaseOpenError):
            open_database(copy)
        # And a restore from it works on the encrypted database.
        kept = backup.restore(db, admin, copy, confirmed=True)
        _assert_no_plaintext(kept, names)
        assert all(f.ok for f in backup.check(db, admin))
    finally:
        db.dispose()


def test_cli_uses_homeward_passphrase(
    cli: Callable[..., object],
    encrypted_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    res = cli("cases", "--db", str(encrypted_path), "--user", "coordinator", "--format", "json")
    assert res.code == 1 and "encrypted" in res.err  # type: ignore[attr-defined]
    monkeypatch.setenv("HOMEWARD_PASSPHRASE", "wrong one")
    res = cli("cases", "--db", str(encrypted_path), "--user", "coordinator")
    assert res.code == 1 and "passphrase is not correct" in res.err  # type: ignore[attr-defined]
    assert "Traceback" not in res.err  # type: ignore[attr-defined]
    monkeypatch.setenv("HOMEWARD_PASSPHRASE", PASSPHRASE)
    res = cli("check", "--db", str(encrypted_path), "--user", "admin")
    assert res.code == 0, res.err  # type: ignore[attr-defined]
    out = tmp_path / "b.db"
    res = cli("backup", "--out", str(out), "--db", str(encrypted_path), "--user", "admin")
    assert res.code == 0, res.err  # type: ignore[attr-defined]
    assert not sqlcipher.is_plain_sqlite(out)
    # A new database created with a passphrase is encrypted from the start.
    fresh = tmp_path / "fresh.db"
    res = cli("init", "--admin", "boss", "--db", str(fresh), password="a long password")
    assert res.code == 0, res.err  # type: ignore[attr-defined]
    assert not sqlcipher.is_plain_sqlite(fresh)
    assert b"boss" not in fresh.read_bytes()


def test_passphrase_dialog_opens_an_encrypted_database(
    qtbot: object, encrypted_path: Path, db_path: Path
) -> None:
    from desktop_app.services.storage.database import is_encrypted_file
    from desktop_app.ui.encryption import PassphraseDialog

    assert is_encrypted_file(encrypted_path) and not is_encrypted_file(db_path)
    dialog = PassphraseDialog(encrypted_path)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.passphrase.setText("wrong passphrase")
    dialog.try_accept()
    assert "not correct" in dialog.message.text() and dialog.database is None
    dialog.passphrase.setText(PASSPHRASE)
    dialog.try_accept()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.database is not None
    with dialog.database.session() as session:
        assert session.scalar(select(func.count()).select_from(Case)) == 12
    dialog.database.dispose()


def test_a_new_passphrase_is_typed_twice(qtbot: object, tmp_path: Path) -> None:
    from desktop_app.ui.encryption import PassphraseDialog

    dialog = PassphraseDialog(tmp_path / "new.db", new=True)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.passphrase.setText("short")
    dialog.try_accept()
    assert "at least 12" in dialog.message.text()
    dialog.passphrase.setText("a long enough passphrase")
    dialog.repeat.setText("a long enough passphrasE")
    dialog.try_accept()
    assert "not the same" in dialog.message.text()
    dialog.repeat.setText("a long enough passphrase")
    dialog.try_accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    created = open_database(tmp_path / "new.db", passphrase=dialog.chosen())
    created.dispose()
    assert not sqlcipher.is_plain_sqlite(tmp_path / "new.db")
