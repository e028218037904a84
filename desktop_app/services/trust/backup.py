"""Backups and restores with SQLite's online backup API, and the database check.

The backup API copies a consistent snapshot page by page while the app keeps
working. A backup of an encrypted database is written with the same key, so
it stays encrypted. A restore checks the file (integrity, Homeward schema
revision) before anything is replaced and keeps the replaced file.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from desktop_app.config import backups_dir
from desktop_app.db import migrate, sqlcipher
from desktop_app.domain.i18n import message as _
from desktop_app.services import clock, settings
from desktop_app.services.actor import SYSTEM, Actor
from desktop_app.services.errors import HomewardError
from desktop_app.services.storage.database import Database
from desktop_app.services.trust import audit
from desktop_app.services.trust.permissions import require_admin

# progress(done_pages, total_pages); returning False cancels.
Progress = Callable[[int, int], bool | None]
PAGES_PER_STEP = 256
AUTO_BACKUP_NAME = re.compile(r"^homeward-(\d{8})\.db$")


class BackupError(HomewardError):
    pass


class BackupCancelled(HomewardError):
    pass


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int


@dataclass(frozen=True)
class FileCheck:
    integrity: str
    revision: str | None

    @property
    def ok(self) -> bool:
        return self.integrity == "ok"


def _sqlite_path(db: Database) -> Path:
    if db.path is None:
        raise BackupError(
            _(
                "Backups here are for the single-PC SQLite database; back a PostgreSQL server up "
                "with its own tools."
            )
        )
    return db.path


def _copy(source: Any, target: Any, progress: Progress | None) -> None:
    def step(_status: int, remaining: int, total: int) -> None:
        if progress is not None and progress(total - remaining, total) is False:
            raise BackupCancelled(_("The backup was cancelled."))

    source.backup(target, pages=PAGES_PER_STEP, progress=step)


def _write_snapshot(db: Database, target: Path, progress: Progress | None) -> None:
    """Copy the live database into `target` atomically (a temporary file, then a rename)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    partial.unlink(missing_ok=True)
    raw = db.engine.raw_connection()
    try:
        dest = sqlcipher.connect(partial, db.encryption_key)
        try:
            _copy(raw.driver_connection, dest, progress)
        finally:
            dest.close()
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        raw.close()
    os.replace(partial, target)


def backup(
    db: Database, actor: Actor, target: Path, progress: Progress | None = None
) -> BackupResult:
    """A consistent copy of the open database at `target` (administrators only)."""
    require_admin(actor)
    source = _sqlite_path(db).resolve()
    target = Path(target).expanduser()
    if target.exists() and target.resolve() == source:
        raise BackupError(
            _("The backup cannot overwrite the database itself; choose another file.")
        )
    if target.is_dir():
        raise BackupError(
            _("{target} is a folder; give the name of the backup file.", target=target)
        )
    _write_snapshot(db, target, progress)
    with db.session() as session:
        audit.record(
            session, actor, "backup_created", entity="backup", detail={"file": str(target)}
        )
    return BackupResult(target, target.stat().st_size)


def _known_revisions(engine: Engine) -> set[str]:
    script = ScriptDirectory.from_config(migrate.alembic_config(engine))
    return {rev.revision for rev in script.walk_revisions()}


def check_file(path: Path, raw_key: str | None) -> FileCheck:
    """Integrity check and schema revision of a database file, read without changing it."""
    if not path.is_file():
        raise BackupError(_("No file at {path}.", path=path))
    try:
        conn = sqlcipher.connect(path, raw_key)
    except Exception as exc:
        raise BackupError(
            _("{path_name} cannot be opened: {exc}", path_name=path.name, exc=exc)
        ) from None
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
        integrity = "; ".join(str(r[0]) for r in rows[:5])
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except Exception:
            row = None
        return FileCheck(integrity, row[0] if row else None)
    except Exception as exc:
        message = str(exc)
        if "not a database" in message:
            if raw_key is not None:
                message = "it is not a Homeward database, or its passphrase is different"
            else:
                message = "it is not a Homeward database (or it is encrypted)"
        raise BackupError(
            _("{path_name} cannot be read: {message}.", path_name=path.name, message=message)
        ) from None
    finally:
        conn.close()


def restore(db: Database, actor: Actor, source: Path, progress: Progress | None = None) -> Path:
    """Replace the open database's content by the backup `source`.

    Nothing is replaced unless the backup passes the integrity check and
    carries a schema revision this Homeward knows. The replaced database is
    kept next to it; its path is returned.
    """
    require_admin(actor)
    live = _sqlite_path(db)
    source = Path(source).expanduser()
    if source.exists() and source.resolve() == live.resolve():
        raise BackupError(_("That file is the open database itself; choose a backup file."))
    found = check_file(source, db.encryption_key)
    if not found.ok:
        raise BackupError(
            _(
                "{source_name} failed the integrity check ({found_integrity}); nothing was restored.",
                source_name=source.name,
                found_integrity=found.integrity,
            )
        )
    if found.revision is None:
        raise BackupError(
            _(
                "{source_name} is not a Homeward database; nothing was restored.",
                source_name=source.name,
            )
        )
    if found.revision not in _known_revisions(db.engine):
        raise BackupError(
            _(
                "{source_name} was written by a newer version of Homeward (schema {found_revision}); nothing was restored.",
                source_name=source.name,
                found_revision=found.revision,
            )
        )
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = live.with_name(f"{live.stem}.replaced-{stamp}{live.suffix}")
    _write_snapshot(db, kept, None)
    # The backup API writes into the live file under SQLite's own locks, so other
    # connections (another window, a scheduler) see either the old or the new database.
    db.engine.dispose()
    src = sqlcipher.connect(source, db.encryption_key)
    try:
        dest = sqlcipher.connect(live, db.encryption_key)
        try:
            _copy(src, dest, progress)
        finally:
            dest.close()
    finally:
        src.close()
    db.engine.dispose()
    migrate.upgrade(db.engine)
    with db.session() as session:
        audit.record(
            session,
            actor,
            "database_restored",
            entity="backup",
            detail={"from": str(source), "replaced_copy": str(kept), "revision": found.revision},
        )
    return kept


def restore_damaged(
    live: Path,
    source: Path,
    username: str,
    password: str,
    passphrase: str | None = None,
    progress: Progress | None = None,
) -> Path:
    """Restore over a database that can no longer be opened at all.

    The administrator proves who they are against the backup itself (on a
    scratch copy, so the backup is not touched). The damaged file is kept
    next to the restored one; its path is returned.
    """
    import shutil
    import tempfile

    from desktop_app.services.storage.database import open_database
    from desktop_app.services.trust import users

    live = Path(live)
    source = Path(source).expanduser()
    key = sqlcipher.key_for_file(passphrase, source) if passphrase else None
    found = check_file(source, key)
    if not found.ok:
        raise BackupError(
            _(
                "{source_name} failed the integrity check ({found_integrity}); nothing was restored.",
                source_name=source.name,
                found_integrity=found.integrity,
            )
        )
    if found.revision is None:
        raise BackupError(
            _(
                "{source_name} is not a Homeward database; nothing was restored.",
                source_name=source.name,
            )
        )
    with tempfile.TemporaryDirectory(prefix="homeward-restore-") as scratch:
        copy = Path(scratch) / "check.db"
        shutil.copy2(source, copy)
        try:
            trial = open_database(copy, passphrase=passphrase, create=False)
        except HomewardError as exc:
            raise BackupError(
                _("{source_name} cannot be opened: {exc}", source_name=source.name, exc=exc)
            ) from None
        try:
            actor = users.log_in(trial, username, password)
            require_admin(actor)
        finally:
            trial.dispose()
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = live.with_name(f"{live.stem}.damaged-{stamp}{live.suffix}")
    if live.exists():
        os.replace(live, kept)
    for suffix in ("-wal", "-shm"):
        side = Path(f"{live}{suffix}")
        if side.exists():
            os.replace(side, Path(f"{kept}{suffix}"))
    src = sqlcipher.connect(source, key)
    try:
        dest = sqlcipher.connect(live, key)
        try:
            _copy(src, dest, progress)
        finally:
            dest.close()
    finally:
        src.close()
    restored = open_database(live, passphrase=passphrase, create=False)
    try:
        with restored.session() as session:
            audit.record(
                session,
                actor,
                "database_restored",
                entity="backup",
                detail={
                    "from": str(source),
                    "damaged_copy": str(kept),
                    "revision": found.revision,
                },
            )
    finally:
        restored.dispose()
    return kept


# --- the automatic daily backup -------------------------------------------


def backup_folder(db: Database) -> Path:
    with db.session() as session:
        folder = settings.backup_folder(session)
    return Path(folder).expanduser() if folder else backups_dir()


def backup_keep(db: Database) -> int:
    with db.session() as session:
        return settings.backup_keep(session)


def automatic_backups(folder: Path) -> list[Path]:
    """The automatic backups in `folder`, oldest first."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if AUTO_BACKUP_NAME.match(p.name))


@dataclass
class AutoBackupResult:
    created: Path | None
    removed: list[Path] = field(default_factory=list)


def daily_backup(db: Database, today: date | None = None) -> AutoBackupResult:
    """Once a day: a backup in the configured folder, keeping the configured number."""
    if db.path is None:
        return AutoBackupResult(None)
    today = today or clock.today()
    folder = backup_folder(db)
    keep = backup_keep(db)
    target = folder / f"homeward-{today:%Y%m%d}.db"
    result = AutoBackupResult(None)
    if not target.exists():
        _write_snapshot(db, target, None)
        result.created = target
        with db.session() as session:
            audit.record(
                session,
                SYSTEM,
                "backup_created",
                entity="backup",
                detail={"file": str(target), "automatic": True},
            )
    existing = automatic_backups(folder)
    for old in existing[: max(0, len(existing) - keep)]:
        old.unlink(missing_ok=True)
        result.removed.append(old)
    return result


# --- homeward check -------------------------------------------------------


@dataclass(frozen=True)
class Finding:
    ok: bool
    text: str


def check(db: Database, actor: Actor) -> list[Finding]:
    """Integrity, schema revision and the audit chain; each finding says good or what is wrong."""
    require_admin(actor)
    findings: list[Finding] = []
    integrity: list[str] = ["ok"]
    orphans: list[Any] = []
    if db.engine.url.get_backend_name() == "sqlite":
        # (PostgreSQL keeps its own pages and foreign keys consistent.)
        with db.engine.connect() as conn:
            rows = conn.exec_driver_sql("PRAGMA integrity_check").fetchall()
            orphans = list(conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall())
        integrity = [str(r[0]) for r in rows]
    if integrity == ["ok"]:
        findings.append(Finding(True, "integrity: ok"))
    else:
        findings.append(Finding(False, f"integrity: damaged: {'; '.join(integrity[:5])}"))
    if orphans:
        tables = sorted({str(r[0]) for r in orphans})
        findings.append(
            Finding(
                False,
                f"links: {len(orphans)} broken (rows in {', '.join(tables)} point to records "
                "that do not exist)",
            )
        )
    current = migrate.current_revision(db.engine)
    head = migrate.head_revision(db.engine)
    if current == head:
        findings.append(Finding(True, f"schema: ok (revision {current}, the newest)"))
    else:
        findings.append(
            Finding(
                False, f"schema: at revision {current}, expected {head}; run the app to upgrade"
            )
        )
    with db.session() as session:
        report = audit.verify_chain(session)
    if report.ok:
        findings.append(Finding(True, f"audit chain: ok ({report.entries} entries)"))
    else:
        findings.append(
            Finding(
                False,
                f"audit chain: broken at entry {report.first_broken_id}: {report.problem}",
            )
        )
    anchor = _compare_with_newest_backup(db)
    if anchor is not None:
        findings.append(anchor)
    return findings


def _compare_with_newest_backup(db: Database) -> Finding | None:
    """The chain alone cannot show its newest entries cut off or rewritten as a whole;
    the newest automatic backup's last entry must still be there, unchanged."""
    if db.path is None:
        return None
    backups = automatic_backups(backup_folder(db))
    if not backups:
        return None
    newest = backups[-1]
    try:
        conn = sqlcipher.connect(newest, db.encryption_key)
        try:
            row = conn.execute(
                "SELECT id, hash, at FROM audit_log ORDER BY id DESC LIMIT 1"
            ).fetchone()
        finally:
            conn.close()
    except Exception:
        return Finding(False, f"audit backup: the backup {newest.name} cannot be read")
    if row is None:
        return None
    entry_id, entry_hash, entry_at = row
    with db.engine.connect() as live:
        restored_at = live.exec_driver_sql(
            "SELECT max(at) FROM audit_log WHERE action = 'database_restored'"
        ).scalar()
        if restored_at is not None and str(restored_at) >= str(entry_at):
            return None  # restored from an older backup since: that backup no longer applies
        found = live.exec_driver_sql(
            "SELECT hash FROM audit_log WHERE id = ?", (entry_id,)
        ).scalar()
    if found != entry_hash:
        return Finding(
            False,
            f"audit backup: entry {entry_id} of the backup {newest.name} is "
            f"{'missing' if found is None else 'different'} in the database",
        )
    return Finding(True, f"audit backup: ok (matches {newest.name})")
