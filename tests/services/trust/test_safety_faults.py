"""Faults of the storage, injected for real: each answered in a sentence, nothing acknowledged lost.

- a full disk during a save, an import and a backup (RLIMIT_FSIZE in a child process: the
  file system refuses to let a file grow, as a full disk does);
- a damaged file (pages overwritten), a read-only file, a file locked by another program;
- a PostgreSQL server that goes away in the middle of a save.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from desktop_app.db.models import Case, Note
from desktop_app.services.cases import notes_and_tasks
from desktop_app.services.errors import DatabaseUnavailableError
from desktop_app.services.trust import auth, backup
from tests.support.backends import open_test_database, raw_sql
from tests.support.paths import REPO

SQLITE_FILE = pytest.mark.sqlite_only(reason="faults of the SQLite file itself")
ACKNOWLEDGED = "Acknowledged before the disk filled up."


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        HOMEWARD_DATA_DIR=str(tmp_path / "userdata"),
        HOMEWARD_PASSWORD="demo",
        PYTHONPATH=str(REPO),
    )
    return env


def _limited(limit: int):  # type: ignore[no-untyped-def]
    """For the child: files may not grow past `limit` bytes (and the signal is ignored, so the
    write fails with EFBIG the way a full disk fails it with ENOSPC)."""

    def apply() -> None:
        import resource
        import signal

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))

    return apply


def _homeward(tmp_path: Path, *args: str, limit: int | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args],
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=_limited(limit) if limit else None,
        cwd=tmp_path,
    )


def _whole_and_verified(tmp_path: Path, db_path: Path) -> None:
    result = _homeward(tmp_path, "--db", str(db_path), "--user", "admin", "check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "integrity: ok" in result.stdout and "audit chain: ok" in result.stdout


def _count(db_path: Path, table: str, where: str = "1 = 1") -> int:
    conn = sqlite3.connect(db_path)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table} WHERE {where}").fetchone()[0])
    finally:
        conn.close()


# --- a full disk --------------------------------------------------------------------------


SAVE_WHEN_THE_DISK_FILLS = textwrap.dedent(
    """
    import os, resource, signal, sys
    from pathlib import Path
    from desktop_app.services.cases import notes_and_tasks
    from desktop_app.services.storage.database import open_database
    from desktop_app.services.trust import auth
    from desktop_app.services.errors import HomewardError

    path = Path(sys.argv[1])
    db = open_database(path, create=False)
    with db.session() as session:
        lead = auth.login(session, "lead", "demo")
    with db.session() as session:
        notes_and_tasks.add_note(session, lead, sys.argv[2], sys.argv[3])
    print("acknowledged", flush=True)
    # From here the file system lets no file grow: the journal is as large as it may be.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    wal = Path(f"{path}-wal")
    resource.setrlimit(resource.RLIMIT_FSIZE, (wal.stat().st_size, resource.RLIM_INFINITY))
    try:
        with db.session() as session:
            notes_and_tasks.add_note(session, lead, sys.argv[2], "Lost? " + "x" * 200_000)
    except HomewardError as exc:
        print("refused:", exc, flush=True)
    else:
        print("saved", flush=True)
    """
)


@SQLITE_FILE
def test_a_full_disk_during_a_save_is_told_and_loses_nothing_acknowledged(demo_db_path, tmp_path):
    reference = raw_sql(
        demo_db_path, "SELECT reference FROM cases WHERE team_id = 1 ORDER BY id LIMIT 1"
    )[0][0]
    script = tmp_path / "save.py"
    script.write_text(SAVE_WHEN_THE_DISK_FILLS, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(script), str(demo_db_path), reference, ACKNOWLEDGED],
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    lines = result.stdout.strip().splitlines()
    assert lines[0] == "acknowledged", result.stdout + result.stderr
    assert lines[1].startswith("refused: The disk that holds demo.db is full"), result.stdout
    assert "nothing of this step was saved" in lines[1]
    assert _count(demo_db_path, "notes", f"text = '{ACKNOWLEDGED}'") == 1
    assert _count(demo_db_path, "notes", "text LIKE 'Lost?%'") == 0
    _whole_and_verified(tmp_path, demo_db_path)


@SQLITE_FILE
def test_a_full_disk_during_an_import_imports_nothing(demo_db_path, tmp_path):
    rows = ["reference,given_name,family_name,date_of_birth"] + [
        f"HW-FULL-{n:04d},Selam{n},Tekle,2008-05-01" for n in range(1500)
    ]
    source = tmp_path / "big.csv"
    source.write_text("\n".join(rows) + "\n", encoding="utf-8")
    before = _count(demo_db_path, "cases")
    # Reading the database and logging in fit; 1,500 new cases do not.
    result = _homeward(
        tmp_path,
        "--db",
        str(demo_db_path),
        "--user",
        "lead",
        "import",
        "cases",
        str(source),
        limit=400_000,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stderr.startswith("homeward: The disk that holds demo.db is full")
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert _count(demo_db_path, "cases") == before
    _whole_and_verified(tmp_path, demo_db_path)


@SQLITE_FILE
def test_a_full_disk_during_a_backup_leaves_no_half_backup(demo_db_path, tmp_path):
    target = tmp_path / "backup.db"
    result = _homeward(
        tmp_path,
        "--db",
        str(demo_db_path),
        "--user",
        "admin",
        "backup",
        "--out",
        str(target),
        limit=300_000,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "is full" in result.stderr and "Traceback" not in result.stderr
    assert not target.exists() and not list(tmp_path.glob(".backup.db.*"))
    _whole_and_verified(tmp_path, demo_db_path)


# --- a damaged, read-only or locked file ------------------------------------------------------


def _damage(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with open(path, "r+b") as handle:
        for page in range(pages // 3, pages - 2):
            handle.seek(page * size + 8)
            handle.write(b"\xa5" * (size - 64))


@SQLITE_FILE
def test_damaged_pages_are_reported_by_check_and_named_by_every_command(cli, demo_db_path):
    _damage(demo_db_path)
    check = cli("--db", str(demo_db_path), "--user", "admin", "check")
    assert check.code == 1
    assert "integrity: damaged" in check.out + check.err
    assert "unexpected" not in check.err
    for args in (("cases",), ("transitions", "--within", "90"), ("audit",)):
        result = cli("--db", str(demo_db_path), "--user", "lead", *args)
        assert result.code == 1, args
        assert "is damaged" in result.err and "unexpected" not in result.err, result.err


@pytest.fixture
def read_only_copy(demo_db_path, tmp_path):  # type: ignore[no-untyped-def]
    """The database in a folder nobody may write to: immutable for root, 0555 for others."""
    folder = tmp_path / "locked-away"
    folder.mkdir()
    path = folder / "demo.db"
    path.write_bytes(Path(demo_db_path).read_bytes())
    if os.geteuid() == 0:
        done = subprocess.run(["chattr", "+i", str(path), str(folder)], capture_output=True)
        assert done.returncode == 0, "root makes the file read-only with chattr +i"
        undo = ["chattr", "-i", str(path), str(folder)]
    else:
        path.chmod(0o444)
        folder.chmod(0o555)
        undo = ["chmod", "-R", "u+w", str(folder)]
    yield path
    subprocess.run(undo, check=True)


@SQLITE_FILE
def test_a_read_only_file_is_named_as_such(cli, read_only_copy):
    before = read_only_copy.read_bytes()
    for args in (("--user", "lead", "cases"), ("--user", "admin", "check")):
        result = cli("--db", str(read_only_copy), *args)
        assert result.code == 1
        assert "is read-only" in result.err and "unexpected" not in result.err, result.err
    assert read_only_copy.read_bytes() == before


@SQLITE_FILE
def test_a_file_locked_by_another_program_is_named_as_such(cli, demo_db_path, monkeypatch):
    from desktop_app.db import engine

    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 200)
    other = sqlite3.connect(demo_db_path, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        result = cli(
            "--db",
            str(demo_db_path),
            "--user",
            "lead",
            "housing",
            "propose",
            "HW-2026-00001",
            "U-00001",
        )
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert result.code == 1
    assert "is locked by another program" in result.err and "unexpected" not in result.err


# --- the server goes away in the middle of a save ---------------------------------------------


def test_a_server_gone_in_the_middle_of_a_save_loses_nothing_acknowledged(
    postgres, demo_db_path, login
):
    database = open_test_database(demo_db_path)
    try:
        with database.session() as session:
            lead = auth.login(session, "lead", "demo")
            reference = session.scalar(
                select(Case.reference).where(Case.team_id == lead.team_id).order_by(Case.id)
            )
        with database.session() as session:
            notes_and_tasks.add_note(session, lead, reference, ACKNOWLEDGED)
        with pytest.raises(DatabaseUnavailableError) as lost:
            with database.session() as session:
                notes_and_tasks.add_note(session, lead, reference, "Lost with the server")
                session.flush()
                pid = session.execute(text("SELECT pg_backend_pid()")).scalar_one()
                # The server ends this connection between the last statement and the commit.
                raw_sql(demo_db_path, "SELECT pg_terminate_backend(:pid)", {"pid": pid})
        assert "cannot be reached" in str(lost.value)
        assert "Nothing of this step was saved" in str(lost.value)
        with database.session() as session:
            saved = set(
                session.scalars(
                    select(Note.text).where(Note.text.in_([ACKNOWLEDGED, "Lost with the server"]))
                )
            )
            assert saved == {ACKNOWLEDGED}
            from desktop_app.services.trust import audit

            assert audit.verify_chain(session).ok
            assert session.scalar(select(func.count()).select_from(Case)) == 60
    finally:
        database.dispose()


def test_a_full_disk_message_exists_in_every_language():
    from desktop_app.db.storage import StorageProblem, problem_message
    from desktop_app.domain.i18n import gettext_for, translated

    for problem in StorageProblem:
        english = problem_message(problem, "homeward.db", "malformed")
        seen = {english}
        for language in ("da", "sv", "de"):
            text_ = translated(english, gettext_for(language))
            assert "homeward.db" in text_ and text_ not in seen, (problem, language)
            seen.add(text_)


def test_an_unreadable_backup_is_refused_before_anything_is_replaced(demo_db, login, tmp_path):
    if demo_db.path is None:
        return  # (PostgreSQL servers are backed up with their own tools)
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)
    with pytest.raises(backup.BackupError):
        backup.restore(demo_db, login("admin"), broken, confirmed=True)
