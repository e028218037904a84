"""Opening a Homeward database: engine, migrations, the day's roll-forward, units of work."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, event, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DatabaseError, DBAPIError, InterfaceError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.db import migrate, storage
from desktop_app.db.engine import make_engine, make_session_factory, resolve_url
from desktop_app.domain.i18n import message as _
from desktop_app.domain.i18n import text_of
from desktop_app.services import clock
from desktop_app.services.changes import ChangePublisher
from desktop_app.services.errors import (
    DatabaseUnavailableError,
    HomewardError,
    PermissionDeniedError,
    StorageError,
)
from desktop_app.services.storage.change_tracking import ChangeTracker
from desktop_app.services.trust import anchors, audit


class DatabaseOpenError(HomewardError):
    """The database cannot be opened; `problem` says when that is a storage problem
    (db/storage.py) or "not_homeward" (a file that is not a Homeward database, or one
    encrypted with another passphrase)."""

    def __init__(self, message: str, problem: str | None = None) -> None:
        super().__init__(message)
        self.problem = problem


NOT_HOMEWARD = "not_homeward"
# The file is damaged (db/storage.py): `restore` may replace it, `check` reports what is wrong.
DAMAGED = storage.StorageProblem.DAMAGED.value
# A passphrase was given for a file that is not encrypted: the file is fine, the call is not.
NOT_ENCRYPTED = "not_encrypted"


def storage_error(exc: BaseException, where: str, path: Path | None = None) -> StorageError | None:
    """The error to show for a damaged, read-only, full or locked database or file, else None."""
    problem = storage.classify(exc, path)
    if problem is None:
        return None
    detail = storage.damage_detail(exc) if problem is storage.StorageProblem.DAMAGED else ""
    return StorageError(storage.problem_message(problem, where, detail), problem.value)


class DatabaseClosedError(HomewardError):
    """A late step (a timer, a background answer) after the database was closed."""


def is_network_path(path: Path) -> bool:
    """A best guess whether a file lies on a network share (UNC path or a network file system)."""
    text_path = str(path)
    if text_path.startswith(("\\\\", "//")):
        return True
    try:
        resolved = path.resolve()
        best = ""
        fstype = ""
        with open("/proc/mounts", encoding="utf-8") as mounts:
            for line in mounts:
                parts = line.split()
                if (
                    len(parts) >= 3
                    and str(resolved).startswith(parts[1])
                    and len(parts[1]) > len(best)
                ):
                    best, fstype = parts[1], parts[2]
        return fstype in {"nfs", "nfs4", "cifs", "smb3", "smbfs", "sshfs", "fuse.sshfs", "9p"}
    except OSError:
        return False


NETWORK_WARNING = _(
    "This database file lies on a network drive. SQLite is not safe when shared over a network "
    "and the file can be corrupted. For a team, set up a shared PostgreSQL database instead "
    "(see the README, 'Team set-up')."
)


@dataclass
class Database:
    engine: Engine
    factory: sessionmaker[Session]
    url: URL
    migration: migrate.MigrationResult | None = None
    warnings: list[str] = field(default_factory=list)
    # The raw SQLCipher key of an encrypted file (never the passphrase itself).
    encryption_key: str | None = field(default=None, repr=False)
    # The database's own id (services/anchors.py), and its audit anchor as it was on opening.
    identity: str | None = None
    anchor_at_open: anchors.ChainHead | None = None
    # The change signal: every committed unit of work's kinds of change (services/changes.py).
    changes: ChangePublisher = field(default_factory=ChangePublisher, repr=False)
    change_tracker: ChangeTracker | None = field(default=None, repr=False)
    _watch: Any = field(default=None, repr=False)
    _read_factory: sessionmaker[Session] | None = field(default=None, repr=False)
    _glance_factory: sessionmaker[Session] | None = field(default=None, repr=False)
    _closed: bool = field(default=False, repr=False)
    # The day the transitions were last brought up to (None: not kept up, e.g. no migration).
    _rolled_on: date | None = field(default=None, repr=False)
    _day_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def label(self) -> str:
        if self.url.get_backend_name() == "sqlite":
            return Path(self.url.database or "").name
        return f"{self.url.database}@{self.url.host}"

    @property
    def backend(self) -> str:
        return self.url.get_backend_name()

    def track_changes(self) -> ChangeTracker:
        """From now on every commit publishes its kinds of change to `changes`."""
        if self.change_tracker is None:
            self.change_tracker = ChangeTracker(self.changes, self.backend)
            self.change_tracker.attach(self.engine, self.factory)
            if self.backend == "sqlite":
                # Outside a transaction (the pool's connections autocommit): no write lock.
                raw = self.engine.raw_connection()
                try:
                    cursor = raw.cursor()
                    count = cursor.execute("PRAGMA user_version").fetchone()[0]
                    cursor.close()
                finally:
                    raw.close()
                self.change_tracker.sqlite_count_seen(int(count or 0))
        return self.change_tracker

    def watch_other_processes(self, poll_seconds: float | None = None) -> None:
        """Hear other PCs' and processes' commits too (a background thread, until `dispose`)."""
        from desktop_app.services.storage.change_watch import POLL_SECONDS, ChangeWatch

        tracker = self.track_changes()
        if self._watch is None:
            self._watch = ChangeWatch(self, tracker, poll_seconds or POLL_SECONDS).start()

    @property
    def path(self) -> Path | None:
        if self.url.get_backend_name() == "sqlite" and self.url.database:
            return Path(self.url.database)
        return None

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commit on success, roll back on error.

        A permission refusal rolls back what was done and is then written to
        the audit log in a transaction of its own, so the refusal is kept.
        """
        self._refuse_when_closed()
        self._keep_up_with_the_day()
        session = self.factory()
        try:
            yield session
            session.commit()
        except PermissionDeniedError as exc:
            session.rollback()
            self._audit_denial(session, exc)
            raise
        except DatabaseError as exc:
            _rollback_quietly(session)
            self._raise_storage_problem(exc)
            if isinstance(exc, (OperationalError, InterfaceError)):
                self._raise_if_unreachable(exc)
            raise
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def roll_forward(self) -> None:
        """Bring the transitions up to today (as on opening) and keep them so from now on."""
        from desktop_app.services.transitions import derivation

        with self._day_lock:
            self._rolled_on = clock.today()
        with self.session() as session:
            derivation.roll_forward_to_today(session)

    def _keep_up_with_the_day(self) -> None:
        """A window left open overnight: the first unit of work of a new day does the day's
        part first (what is now past and was housed on time resolves itself), as opening
        the database that day would have."""
        if self._rolled_on is None or self._rolled_on == clock.today():
            return
        from desktop_app.services.transitions import derivation

        with self._day_lock:
            previous, today = self._rolled_on, clock.today()
            if previous == today:
                return
            self._rolled_on = today  # before its own session, which then need not roll again
            try:
                with self.session() as session:
                    derivation.roll_forward_to_today(session)
            except BaseException:
                self._rolled_on = previous
                raise

    def _raise_storage_problem(self, exc: BaseException) -> None:
        """A damaged, read-only, full or locked database becomes its own sentence."""
        error = storage_error(exc, self.label, self.path)
        if error is not None:
            raise error from None

    def _raise_if_unreachable(self, exc: DBAPIError) -> None:
        """A lost or refused server connection becomes one plain message.

        (SQLite's operational errors — a locked or read-only file — are the
        file's own and keep their meaning.)
        """
        if self.url.get_backend_name() == "sqlite":
            return
        raise DatabaseUnavailableError(unreachable_message(self.url, exc)) from None

    def is_reachable(self) -> bool:
        """Whether the database answers now (the app asks while it waits for a lost server)."""
        if self._closed:
            return False
        try:
            with self.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            return True
        except DBAPIError:
            return False

    def _audit_denial(self, session: Session, exc: PermissionDeniedError) -> None:
        from desktop_app.services.actor import Actor

        actor = exc.actor if isinstance(exc.actor, Actor) else None
        try:
            audit.record(
                session,
                actor,
                "permission_denied",
                case_id=exc.case_id,
                detail={"message": str(exc), **{k: str(v) for k, v in exc.detail.items()}},
            )
            session.commit()
        except Exception:
            session.rollback()

    @contextmanager
    def read_session(self) -> Iterator[Session]:
        """A session for long reads (searches, lists, report data) that blocks no one.

        Ordinary sessions take the write lock when they begin so the audit
        chain stays serial; a read here holds no lock and cannot write, so a
        colleague's save never waits for a search or a report. Nothing read
        here may need an audit entry: write those in `session()`.
        """
        if self._read_factory is None:
            self._read_factory = make_session_factory(
                make_engine(self.url, key=self.encryption_key, read_only=True)
            )
        with self._reading(self._read_factory) as session:
            yield session

    @contextmanager
    def glance(self) -> Iterator[Session]:
        """A read session for a few short queries that stream nothing (the board's page and
        its counts): on PostgreSQL each statement is its own read-only transaction, so
        no BEGIN and ROLLBACK travel to the server and back. Its statements do not share
        one snapshot: a save committed between two of them shows in the second only. On
        SQLite, where a transaction costs no round trip, it is `read_session`."""
        if self.backend != "postgresql":
            with self.read_session() as session:
                yield session
            return
        if self._glance_factory is None:
            self._glance_factory = make_session_factory(
                make_engine(self.url, read_only=True, glance=True)
            )
        with self._reading(self._glance_factory) as session:
            yield session

    @contextmanager
    def _reading(self, factory: sessionmaker[Session]) -> Iterator[Session]:
        self._refuse_when_closed()
        self._keep_up_with_the_day()
        session = factory()
        try:
            yield session
        except PermissionDeniedError as exc:
            session.rollback()
            with self.session() as writer:
                self._audit_denial(writer, exc)
            raise
        except DatabaseError as exc:
            self._raise_storage_problem(exc)
            if isinstance(exc, (OperationalError, InterfaceError)):
                self._raise_if_unreachable(exc)
            raise
        finally:
            _rollback_quietly(session)
            session.close()

    def scrub_journal(self) -> None:
        """After an erasure: SQLite's write-ahead log still holds the pages as they were
        before; copy it into the file and empty it. (Deleted content in the file itself
        is overwritten as it is deleted: PRAGMA secure_delete, db/engine.py.) A reader
        that holds old pages delays this to the next erasure or the next start; on
        PostgreSQL the old row versions are the server's to vacuum."""
        if self.url.get_backend_name() != "sqlite":
            return
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        except DBAPIError:
            pass

    def _refuse_when_closed(self) -> None:
        # A disposed engine would quietly open new connections that nobody closes.
        if self._closed:
            raise DatabaseClosedError(_("The database was closed; open it again to go on."))

    def dispose(self) -> None:
        if self._watch is not None:
            self._watch.stop()
            self._watch = None
        if not self._closed and self.url.get_backend_name() == "sqlite":
            # SQLite's advice for long-lived files: let it refresh its statistics on close.
            try:
                with self.engine.connect() as conn:
                    conn.exec_driver_sql("PRAGMA optimize")
            except DBAPIError:
                pass  # a file gone or read-only: nothing to keep up to date
        self._closed = True
        for factory in (self._read_factory, self._glance_factory):
            bind = factory.kw.get("bind") if factory is not None else None
            if isinstance(bind, Engine):
                bind.dispose()
        self._read_factory = self._glance_factory = None
        self.engine.dispose()


def unreachable_message(url: URL, exc: BaseException | None = None) -> str:
    if url.host:
        where: str = _("{database} on {host}", database=url.database, host=url.host)
    else:
        where = str(url.database)
    detail = ""
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        detail = f" ({str(exc.orig).strip().splitlines()[0]})"  # the server's own words
    return _(
        "The database server for {where} cannot be reached{detail}. Nothing of this step "
        "was saved; what you typed is kept. Try again when the server is back.",
        where=where,
        detail=detail,
    )


def _rollback_quietly(session: Session) -> None:
    # Rolling back over a connection that is gone fails too; the server
    # discards the transaction itself.
    try:
        session.rollback()
    except DBAPIError:
        session.invalidate()


def open_database(
    db_path: str | Path | None = None,
    database_url: str | URL | None = None,
    *,
    create: bool = True,
    run_migrations: bool = True,
    passphrase: str | None = None,
) -> Database:
    """Open (and create or upgrade) a database; refuses one newer than this Homeward.

    With a passphrase the SQLite file is encrypted with SQLCipher (a new file is
    created encrypted).
    """
    url = resolve_url(db_path, database_url)
    if url.get_backend_name() == "sqlite" and url.database and not create:
        if not Path(url.database).exists():
            raise DatabaseOpenError(
                _(
                    "No database file at {database}. Create one with 'homeward init' or 'homeward demo', or give the right --db path.",
                    database=url.database,
                )
            )
        if Path(url.database).stat().st_size == 0:
            # An empty file is not a database yet: only `init` and `demo` make it one.
            raise _not_homeward(url.database)
    key = _encryption_key(url, passphrase)
    engine = make_engine(url, key=key)
    db = Database(engine=engine, factory=make_session_factory(engine), url=url, encryption_key=key)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
            if url.get_backend_name() == "sqlite" and not _holds_homeward_schema(conn, create):
                engine.dispose()
                raise _not_homeward(url.database)
        if run_migrations:
            db.migration = migrate.upgrade(engine)
            db.roll_forward()
            _keep_the_anchor(db)
        db.track_changes()
    except migrate.DatabaseTooNewError as exc:
        engine.dispose()
        raise DatabaseOpenError(text_of(exc)) from None
    except StorageError as exc:
        engine.dispose()
        raise DatabaseOpenError(text_of(exc), exc.problem) from None
    except DatabaseError as exc:
        engine.dispose()
        if url.get_backend_name() != "sqlite" and isinstance(
            exc, (OperationalError, InterfaceError)
        ):
            if "password authentication failed" in str(exc.orig):
                raise DatabaseOpenError(
                    _(
                        "The database server refused the user name or password for {database} on {host}.",
                        database=url.database,
                        host=url.host,
                    )
                ) from None
            if f'database "{url.database}" does not exist' in str(exc.orig):
                raise DatabaseOpenError(
                    _(
                        "There is no database {database} on {host}; check its name with your IT department.",
                        database=url.database,
                        host=url.host,
                    )
                ) from None
            raise DatabaseUnavailableError(unreachable_message(url, exc)) from None
        reason = str(exc.orig) if exc.orig else str(exc)
        path = Path(url.database or "")
        problem = storage.classify(exc, path)
        if key is not None and "not a database" in reason:
            raise DatabaseOpenError(
                _(
                    "The passphrase is not correct for {database} (or the file is damaged).",
                    database=url.database,
                ),
                NOT_HOMEWARD,
            ) from None
        if problem is storage.StorageProblem.DAMAGED and "not a database" in reason:
            from desktop_app.db import sqlcipher

            if not sqlcipher.is_plain_sqlite(path):
                # No SQLite header: another kind of file, or one encrypted with a passphrase.
                raise DatabaseOpenError(
                    _(
                        "The file {database} is not a Homeward database, or it is encrypted (then give its passphrase; on the command line in HOMEWARD_PASSPHRASE).",
                        database=url.database,
                    ),
                    NOT_HOMEWARD,
                ) from None
        if problem is not None:
            detail = storage.damage_detail(exc) if problem is storage.StorageProblem.DAMAGED else ""
            raise DatabaseOpenError(
                storage.problem_message(problem, str(url.database), detail), problem.value
            ) from None
        raise DatabaseOpenError(
            _("The database could not be opened: {reason}", reason=reason)
        ) from None
    except OSError as exc:
        engine.dispose()
        problem = storage.classify(exc, Path(url.database or ""))
        if problem is None:
            raise
        raise DatabaseOpenError(
            storage.problem_message(problem, str(url.database)), problem.value
        ) from None
    if (
        db.path is not None
        and is_network_path(db.path)
        and not os.environ.get("HOMEWARD_ALLOW_NETWORK_DB")
    ):
        db.warnings.append(NETWORK_WARNING)
    return db


def is_encrypted_file(path: Path) -> bool:
    """An existing, non-empty file that is not plain SQLite: an encrypted Homeward database."""
    from desktop_app.db import sqlcipher

    return path.is_file() and path.stat().st_size > 0 and not sqlcipher.is_plain_sqlite(path)


def _keep_the_anchor(db: Database) -> None:
    """From now on, every unit of work that appends to the audit log moves the anchor on."""
    with db.session() as session:
        db.identity = anchors.database_id(session)
    if db.identity is None:
        return  # a database not yet at revision 0008 (opened without migrations)
    db.anchor_at_open = anchors.read(db.identity)

    def after_commit(session: Session) -> None:
        if session.get_nested_transaction() is not None:
            return  # a savepoint (an import's row): the whole may still be rolled back
        head = session.info.pop(audit.HEAD_INFO, None)
        if head is not None and db.identity is not None:
            # (A restore may have brought another database's id: read it at each commit.)
            anchors.record(db.identity, anchors.ChainHead(*head))
        if session.info.pop(audit.SCRUB_INFO, False):
            db.scrub_journal()

    event.listen(db.factory, "after_commit", after_commit)


def _not_homeward(database: object) -> DatabaseOpenError:
    return DatabaseOpenError(
        _(
            "The file {database} is not a Homeward database, or it is encrypted (then give its passphrase; on the command line in HOMEWARD_PASSPHRASE).",
            database=database,
        ),
        NOT_HOMEWARD,
    )


def _holds_homeward_schema(conn: Connection, create: bool) -> bool:
    """Whether a SQLite file is a Homeward database (or, for `create`, empty enough to become one).

    Another program's SQLite file must not be given Homeward's tables.
    """
    names = {
        str(row[0])
        for row in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    if "alembic_version" in names:
        return True
    return create and not names


def _encryption_key(url: URL, passphrase: str | None) -> str | None:
    if not passphrase:
        return None
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        raise DatabaseOpenError(
            _("Only a SQLite database file can be encrypted with a passphrase.")
        )
    from desktop_app.db import sqlcipher

    path = Path(url.database)
    if sqlcipher.is_plain_sqlite(path):
        raise DatabaseOpenError(
            _(
                "The database {path_name} is not encrypted; open it without a passphrase.",
                path_name=path.name,
            ),
            NOT_ENCRYPTED,
        )
    try:
        return sqlcipher.key_for_file(passphrase, path)
    except sqlcipher.EncryptionUnavailableError as exc:
        raise DatabaseOpenError(text_of(exc)) from None
