"""The one engine factory.

SQLite gets WAL, synchronous=FULL, foreign keys and a busy timeout on every
connection; PostgreSQL is used as it is. Nothing connects at import time.
"""

from __future__ import annotations

import select
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.db import transition_copies

BUSY_TIMEOUT_MS = 10_000


def sqlite_url(path: str | Path) -> URL:
    return URL.create("sqlite", database=str(Path(path)))


def resolve_url(db_path: str | Path | None = None, database_url: str | URL | None = None) -> URL:
    if database_url:
        return make_url(database_url)
    if db_path is None:
        raise ValueError("a database path or URL is needed")
    return sqlite_url(db_path)


def _configure_sqlite(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy manage transactions itself (pysqlite's legacy mode would
    # otherwise begin them late and break SAVEPOINTs).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA foreign_keys = ON")
    # Deleted and overwritten content is zeroed, so an erased person's name does not
    # linger in free space of the file (DESIGN.md, "Data safety": erasure).
    cursor.execute("PRAGMA secure_delete = ON")
    cursor.close()


def _begin_sqlite(conn: Any) -> None:
    # IMMEDIATE takes the write lock up front, so the audit chain head read in a
    # transaction cannot be overtaken by another writer.

    conn.exec_driver_sql("BEGIN IMMEDIATE")


def _begin_sqlite_reader(conn: Any) -> None:
    # Readers take no lock: in WAL mode they read a snapshot while others write.
    conn.exec_driver_sql("BEGIN")


def _configure_sqlite_reader(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA query_only = ON")
    cursor.close()


def _closed_by_server(dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
    """On taking a PostgreSQL connection from the pool: one the server has closed (a
    restart, an administrator ending it) is replaced, without a round trip to ask.

    An idle connection gets nothing from the server unless it is being closed (the
    server's farewell, then the end of the stream): a socket with something to read
    is one to drop. A ping on every checkout (`pool_pre_ping`) was a round trip before
    every unit of work, the board's slowest part while others save.
    """
    if dbapi_connection.closed or dbapi_connection.broken:
        raise DisconnectionError("the connection is closed")
    readable, _w, _x = select.select([dbapi_connection.fileno()], [], [], 0)
    if readable:
        raise DisconnectionError("the server closed the connection")


def _read_only_postgresql(dbapi_connection: Any, _record: Any) -> None:
    # Statements outside a transaction (a glance engine) are each read-only too.
    with dbapi_connection.cursor() as cursor:
        cursor.execute("SET default_transaction_read_only = on")


def make_engine(
    url: URL | str,
    *,
    key: str | None = None,
    read_only: bool = False,
    glance: bool = False,
    **kwargs: Any,
) -> Engine:
    """`key`: a raw SQLCipher key (hex, see db/sqlcipher.py) to open an encrypted SQLite file.

    `read_only`: an engine for long reads (searches, lists, reports) whose
    transactions hold no write lock and cannot write. `glance` (with `read_only`, on
    PostgreSQL): each statement is its own read-only transaction, with no BEGIN and
    ROLLBACK to wait for, for short reads that stream nothing (`Database.glance`).
    """
    url = make_url(url)
    # Error messages (and so the log) never carry the values of a statement: names.
    kwargs.setdefault("hide_parameters", True)
    if url.get_backend_name() == "sqlite":
        if url.database and url.database != ":memory:":
            Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        if key is not None:
            from desktop_app.db import sqlcipher

            kwargs["module"] = sqlcipher.driver()
            engine = create_engine(url, **kwargs)
            # The key must be the very first statement on every new connection.
            event.listen(engine, "connect", lambda conn, _rec: sqlcipher.apply_key(conn, key))
        else:
            engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _configure_sqlite)
        if read_only:
            event.listen(engine, "connect", _configure_sqlite_reader)
            event.listen(engine, "begin", _begin_sqlite_reader)
        else:
            event.listen(engine, "begin", _begin_sqlite)
        return engine
    if read_only and glance:
        kwargs.setdefault("isolation_level", "AUTOCOMMIT")
    elif read_only:
        kwargs.setdefault("execution_options", {"postgresql_readonly": True})
    if url.get_backend_name() != "postgresql":
        return create_engine(url, pool_pre_ping=True, **kwargs)
    # A server that is gone answers within seconds, not after the TCP time-out.
    kwargs.setdefault("connect_args", {}).setdefault("connect_timeout", 5)
    engine = create_engine(url, **kwargs)
    # Connections the server dropped (after a restart) are replaced as they are taken.
    event.listen(engine, "checkout", _closed_by_server)
    if read_only and glance:
        event.listen(engine, "connect", _read_only_postgresql)
    return engine


def advance_id_sequences(connection: Connection) -> None:
    """After rows were written with explicit ids, let new rows continue after them.

    SQLite takes the next id from the table itself; PostgreSQL's sequences do
    not see explicit ids and would hand out ones already taken.
    """
    if connection.dialect.name != "postgresql":
        return
    from desktop_app.db.models import Base

    for table in Base.metadata.sorted_tables:
        if "id" in table.c and table.c.id.autoincrement in (True, "auto"):
            connection.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                    f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"
                )
            )


def refresh_statistics(connection: Connection) -> None:
    """Fresh planner statistics after many rows arrived at once (demo data, migrate-to).

    Without them SQLite plans a large caseload as if it were empty, and PostgreSQL
    waits for autovacuum. On SQLite a sample is enough and keeps this quick.
    """
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("PRAGMA analysis_limit = 1000")
    connection.exec_driver_sql("ANALYZE")


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    factory = sessionmaker(engine, expire_on_commit=False)
    # The transitions' copies of their case's values follow every change the ORM writes.
    event.listen(factory, "after_flush", transition_copies.keep_true)
    return factory


@contextmanager
def session_scope(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One unit of work: commit on success, roll back on any error."""
    session = factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
