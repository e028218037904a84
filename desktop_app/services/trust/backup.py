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
from sqlalchemy import Engine, func, select
from sqlalchemy.exc import DBAPIError

from desktop_app.config import backups_dir
from desktop_app.db import migrate, sqlcipher, storage, transition_copies
from desktop_app.db.models import AuditEntry
from desktop_app.domain.i18n import message as _
from desktop_app.services import clock, settings
from desktop_app.services.actor import SYSTEM, Actor
from desktop_app.services.errors import HomewardError
from desktop_app.services.housing import units
from desktop_app.services.storage import output_files
from desktop_app.services.storage.database import Database, storage_error
from desktop_app.services.trust import anchors, audit
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
    # The database the file belongs to (None: from before database ids) and its chain head.
    identity: str | None = None
    head: anchors.ChainHead | None = None

    @property
    def ok(self) -> bool:
        return self.integrity == "ok"


class ConfirmationNeeded(HomewardError):
    """A restore over a database that opens: the user must say yes first."""


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


def _write_snapshot(
    db: Database, target: Path, progress: Progress | None, *, overwrite: bool = False
) -> None:
    """Copy the live database into `target` atomically (a temporary file, then a rename)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with output_files.file_beside(target, overwrite=overwrite) as partial:
        raw = db.engine.raw_connection()
        try:
            dest = sqlcipher.connect(partial, db.encryption_key)
            try:
                _copy(raw.driver_connection, dest, progress)
            finally:
                dest.close()
        except Exception as exc:
            # The copy is written by SQLite: a full disk or read-only folder is told as such.
            error = storage_error(exc, str(target), target)
            if error is None:
                raise
            raise error from None
        finally:
            raw.close()


def backup(
    db: Database,
    actor: Actor,
    target: Path,
    progress: Progress | None = None,
    *,
    overwrite: bool = False,
) -> BackupResult:
    """A consistent copy of the open database at `target` (administrators only); an
    existing file is replaced only with `overwrite`."""
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
    _write_snapshot(db, target, progress, overwrite=overwrite)
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
        return FileCheck(integrity, row[0] if row else None, *_identity_and_head(conn))
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


def _identity_and_head(conn: Any) -> tuple[str | None, anchors.ChainHead | None]:
    """A database file's own id and the head of its audit chain (None where it has none)."""
    try:
        row = conn.execute("SELECT id FROM database_identity LIMIT 1").fetchone()
        identity = str(row[0]) if row else None
    except Exception:
        identity = None  # a backup from before database ids
    try:
        row = conn.execute("SELECT id, hash, at FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    except Exception:
        row = None
    head = None
    if row is not None:
        at = row[2] if isinstance(row[2], datetime) else datetime.fromisoformat(str(row[2]))
        head = anchors.ChainHead(int(row[0]), str(row[1]), at)
    return identity, head


@dataclass(frozen=True)
class BackupOrigin:
    """Whether a backup file comes from the open database (None: it cannot tell, an old backup)."""

    same_database: bool | None
    name: str


def backup_origin(db: Database, source: Path) -> BackupOrigin:
    """Where the backup `source` comes from, checked before anything is replaced."""
    source = Path(source).expanduser()
    if not source.is_file():
        raise BackupError(_("No file at {path}.", path=source))
    try:
        identity, _head = check_file_head(source, db.encryption_key)
    except BackupError:
        identity = None  # restore() says what is wrong with the file
    if identity is None or db.identity is None:
        return BackupOrigin(None, source.name)
    return BackupOrigin(identity == db.identity, source.name)


def restore_question(db: Database, origin: BackupOrigin) -> str:
    """What the user confirms before a restore replaces a database that opens."""
    if origin.same_database is False:
        return _(
            "The backup {source_name} comes from another database, not from this one. Restoring it replaces everything in {database}, which opens as it is; confirm it to go ahead.",
            source_name=origin.name,
            database=db.label,
        )
    return _(
        "Restoring {source_name} replaces everything in the database {database}, which opens as it is; confirm it to go ahead.",
        source_name=origin.name,
        database=db.label,
    )


def restore(
    db: Database,
    actor: Actor,
    source: Path,
    progress: Progress | None = None,
    *,
    confirmed: bool = False,
) -> Path:
    """Replace the open database's content by the backup `source`.

    Nothing is replaced unless the backup passes the integrity check and
    carries a schema revision this Homeward knows, and — since the open
    database opens — unless the user `confirmed` it (told first when the backup
    comes from another database). The replaced database is kept next to it;
    its path is returned.
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
    if not confirmed:
        raise ConfirmationNeeded(restore_question(db, backup_origin(db, source)))
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
        db.identity = anchors.database_id(session)
        _reset_anchor(session, db.identity)
        db.anchor_at_open = anchors.chain_head(session)
        audit.record(
            session,
            actor,
            "database_restored",
            entity="backup",
            detail={"from": str(source), "replaced_copy": str(kept), "revision": found.revision},
        )
    return kept


def _reset_anchor(session: Any, identity: str | None) -> None:
    """A restore takes the database back on purpose: its anchor goes back with it."""
    head = anchors.chain_head(session)
    if identity is not None and head is not None:
        anchors.record(identity, head, force=True)


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
            _reset_anchor(session, restored.identity)
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
    """Integrity, schema revision, the audit chain and its anchor; each finding says good or
    what is wrong. A damaged database gets findings too, never an error."""
    require_admin(actor)
    findings: list[Finding] = []
    integrity: list[str] = ["ok"]
    orphans: list[Any] = []
    if db.engine.url.get_backend_name() == "sqlite":
        # (PostgreSQL keeps its own pages and foreign keys consistent.)
        try:
            with db.engine.connect() as conn:
                rows = conn.exec_driver_sql("PRAGMA integrity_check").fetchall()
                integrity = [str(r[0]) for r in rows]
                orphans = list(conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall())
        except DBAPIError as exc:
            integrity = [storage.damage_detail(exc) or "its pages cannot be read"]
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
    try:
        current = migrate.current_revision(db.engine)
    except DBAPIError as exc:
        findings.append(Finding(False, f"schema: cannot be read ({storage.damage_detail(exc)})"))
        return findings
    head = migrate.head_revision(db.engine)
    if current == head:
        findings.append(Finding(True, f"schema: ok (revision {current}, the newest)"))
    else:
        findings.append(
            Finding(
                False, f"schema: at revision {current}, expected {head}; run the app to upgrade"
            )
        )
    try:
        with db.session() as session:
            report = audit.verify_chain(session)
    except (DBAPIError, HomewardError) as exc:
        findings.append(Finding(False, f"audit chain: cannot be read ({exc})"))
        return findings
    if report.ok:
        findings.append(Finding(True, f"audit chain: ok ({report.entries} entries)"))
    else:
        where = f"entry {report.first_broken_id}" if report.first_broken_id else "its end"
        findings.append(Finding(False, f"audit chain: broken at {where}: {report.problem}"))
    sealed = report.sealed_checkpoint
    if sealed is not None and not sealed.get("verified_before_sealing", True):
        findings.append(
            Finding(
                False,
                f"audit chain: before its values were sealed (revision 0008) it was already "
                f"broken at entry {sealed.get('broken_at')}: {sealed.get('problem')}",
            )
        )
    findings.append(_kept_counts(db))
    findings.append(_compare_with_anchor(db))
    return findings


def _kept_counts(db: Database) -> Finding:
    """What the database keeps twice for speed agrees with what it is kept from."""
    try:
        with db.read_session() as session:
            stale = transition_copies.stale_count(session.connection())
            wrong = units.units_counting_wrongly(session)
    except (DBAPIError, HomewardError) as exc:
        return Finding(False, f"kept copies: cannot be read ({exc})")
    if not stale and not wrong:
        return Finding(
            True,
            "kept copies: ok (transitions agree with their cases, housing units' places "
            "held with their offers)",
        )
    parts = []
    if stale:
        parts.append(f"{stale} transitions disagree with their case or its placement")
    if wrong:
        parts.append(f"{wrong} housing units count other places held than their offers hold")
    return Finding(False, "kept copies: " + "; ".join(parts))


def check_damaged_file(path: Path, *, passphrase: str | None = None) -> list[Finding]:
    """`check` for a database file too damaged to open: what SQLite finds wrong with it (an
    encrypted file is read with the key of its passphrase)."""
    raw_key = sqlcipher.key_for_file(passphrase, path) if passphrase else None
    try:
        found = check_file(path, raw_key)
    except BackupError as exc:
        return [Finding(False, f"integrity: damaged: {exc}")]
    if found.ok:
        return [Finding(False, "integrity: damaged: its schema cannot be read")]
    return [Finding(False, f"integrity: damaged: {found.integrity}")]


@dataclass(frozen=True)
class _Anchor:
    head: anchors.ChainHead
    where: str


def _candidate_anchors(db: Database) -> list[_Anchor]:
    """The chain heads kept outside the database for *this* database: its anchor file (as
    it was when the database was opened, or newer) and its automatic backups."""
    found: list[_Anchor] = []
    if db.identity is None:
        return found
    if db.anchor_at_open is not None:
        # As it was before this program appended anything, and as it is now.
        where = f"the anchor {anchors.anchor_path(db.identity)}"
        found.append(_Anchor(db.anchor_at_open, where))
        now = anchors.read(db.identity)
        if now is not None and now != db.anchor_at_open:
            found.append(_Anchor(now, where))
    if db.path is not None:
        for backup_file in reversed(automatic_backups(backup_folder(db))):
            try:
                kept = check_file_head(backup_file, db.encryption_key)
            except BackupError:
                continue  # encrypted with another key, or not a database: not this one's
            if kept is not None and kept[0] == db.identity and kept[1] is not None:
                found.append(_Anchor(kept[1], f"the backup {backup_file.name}"))
                break  # the newest backup of this database is enough
    return found


def check_file_head(path: Path, raw_key: str | None) -> tuple[str | None, anchors.ChainHead | None]:
    """A backup's database id and chain head, read without an integrity check."""
    try:
        conn = sqlcipher.connect(path, raw_key)
    except Exception:
        raise BackupError(_("{path_name} cannot be opened.", path_name=path.name)) from None
    try:
        return _identity_and_head(conn)
    finally:
        conn.close()


def _compare_with_anchor(db: Database) -> Finding:
    """The chain alone cannot show its newest entries cut off or rewritten as a whole; the
    newest head kept outside the database must still be there, unchanged."""
    if db.identity is None:
        return Finding(False, "audit anchor: the database has no id; run the app to upgrade it")
    candidates = _candidate_anchors(db)
    with db.session() as session:
        restored_at = session.scalar(
            select(func.max(AuditEntry.at)).where(AuditEntry.action == "database_restored")
        )
        usable = [
            a
            for a in candidates
            # A head kept before the latest restore belongs to the database as it was then.
            if restored_at is None or a.head.at > restored_at or a.where.startswith("the anchor")
        ]
        if not usable:
            return Finding(
                True,
                "audit anchor: none yet for this database; from now on its newest entry is "
                f"also kept in {anchors.anchor_path(db.identity)}",
            )
        for anchor in sorted(usable, key=lambda a: (a.head.at, a.head.entry_id), reverse=True):
            found = session.scalar(
                select(AuditEntry.hash).where(AuditEntry.id == anchor.head.entry_id)
            )
            if found != anchor.head.hash:
                what = (
                    "is missing from the database: its newest entries were cut off"
                    if found is None
                    else "is different in the database: entries were rewritten"
                )
                return Finding(
                    False,
                    f"audit anchor: entry {anchor.head.entry_id} of "
                    f"{anchor.head.at:%Y-%m-%d %H:%M}, kept in {anchor.where}, {what}",
                )
        newest = max(usable, key=lambda a: (a.head.at, a.head.entry_id))
    return Finding(True, f"audit anchor: ok (entry {newest.head.entry_id} matches {newest.where})")
