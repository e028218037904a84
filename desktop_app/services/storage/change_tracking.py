"""Which tables each unit of work wrote, published as `Changes` once it has committed.

Every statement goes through the engine, ORM flushes and bulk statements alike, so the
engine's events see every INSERT, UPDATE and DELETE: the table of each is noted on its
connection, moved aside when the connection commits (and dropped when it rolls back),
and the session's `after_commit` hands the kinds to the database's publisher.

Other processes are told at the same moment, inside the transaction that commits:

- PostgreSQL: `pg_notify` with the kinds (delivered to listeners only if the
  transaction commits; `change_watch.py` listens).
- SQLite: there is no notification, so each write transaction counts itself in the
  file's header (`PRAGMA user_version`, which Homeward uses for nothing else): a
  process that finds the count moved by a value it did not write knows another
  process committed. `change_watch.py` polls `PRAGMA data_version` and then the count.
"""

from __future__ import annotations

import logging
import re
import threading
import uuid
from collections import deque
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.services.changes import (
    ALL_KINDS,
    QUIET_KINDS,
    USER,
    USER_BOOKKEEPING_COLUMNS,
    ChangePublisher,
    kind_of_table,
)

log = logging.getLogger(__name__)

NOTIFY_CHANNEL = "homeward_changes"
_WRITTEN = "homeward_written_kinds"  # the connection's info key

_WRITE = re.compile(
    r"^\s*(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|REPLACE\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)"
    r"\s+(?:\w+\.)?\"?(\w+)\"?",
    re.IGNORECASE,
)
_SET_COLUMNS = re.compile(r"\bSET\s+(.*?)(?:\bWHERE\b|\bRETURNING\b|$)", re.IGNORECASE | re.DOTALL)
_ASSIGNED = re.compile(r"\"?(\w+)\"?\s*=")
_MAX_OWN_MARKS = 256
_MARK_MODULO = 2**31 - 1  # user_version is a signed 32-bit number


def kind_of_statement(statement: str) -> str | None:
    """The kind of thing a statement changes, None for a read or bookkeeping."""
    match = _WRITE.match(statement)
    if match is None:
        return None
    table = match.group(1).lower()
    kind = kind_of_table(table)
    if kind == USER and statement.lstrip()[:6].upper() == "UPDATE":
        assigned = _SET_COLUMNS.search(statement)
        columns = set(_ASSIGNED.findall(assigned.group(1))) if assigned else set()
        if columns and columns <= USER_BOOKKEEPING_COLUMNS:
            return None  # a login or a look at My day
    return kind


class ChangeTracker:
    """Collects the kinds each unit of work wrote and publishes them after its commit."""

    def __init__(self, publisher: ChangePublisher, backend: str) -> None:
        self.publisher = publisher
        self.backend = backend
        # Tells this process's notifications from other processes' (PostgreSQL).
        self.token = uuid.uuid4().hex
        self._pending = threading.local()
        # SQLite: the header count as last accounted for, and the values this process wrote.
        self._lock = threading.Lock()
        self._known: int | None = None
        self._own_marks: deque[int] = deque(maxlen=_MAX_OWN_MARKS)

    def attach(self, engine: Engine, factory: sessionmaker[Session]) -> None:
        event.listen(engine, "begin", self._forget)
        event.listen(engine, "after_cursor_execute", self._noted)
        event.listen(engine, "commit", self._committing)
        event.listen(engine, "rollback", self._forget)
        event.listen(factory, "after_commit", self._after_commit)

    # --- engine events -----------------------------------------------------------------

    def _noted(
        self,
        conn: Any,
        _cursor: Any,
        statement: str,
        _parameters: Any,
        _context: Any,
        _executemany: bool,
    ) -> None:
        kind = kind_of_statement(statement)
        if kind is not None:
            conn.info.setdefault(_WRITTEN, set()).add(kind)

    def _forget(self, conn: Any) -> None:
        conn.info.pop(_WRITTEN, None)

    def _committing(self, conn: Any) -> None:
        """Before the connection commits: tell other processes (inside the transaction),
        and keep the kinds for `after_commit` on this thread."""
        kinds = frozenset(conn.info.pop(_WRITTEN, ()))
        if not kinds:
            return
        pending = self._pending_list()
        if not kinds <= QUIET_KINDS:
            try:
                dbapi = conn.connection.dbapi_connection
                if self.backend == "sqlite":
                    if self._mark_sqlite_write(dbapi):
                        pending.append((ALL_KINDS, True))
                elif self.backend == "postgresql":
                    self._notify(dbapi, kinds - QUIET_KINDS)
            except Exception:  # the commit itself matters more than telling others
                log.exception("Could not tell other processes about a change")
        pending.append((kinds, False))

    def _after_commit(self, session: Session) -> None:
        if session.get_nested_transaction() is not None:
            return
        pending = self._pending_list()
        while pending:
            kinds, remote = pending.pop(0)
            self.publisher.publish(kinds, remote=remote)

    def _pending_list(self) -> list[tuple[frozenset[str], bool]]:
        pending: list[tuple[frozenset[str], bool]] | None = getattr(self._pending, "items", None)
        if pending is None:
            pending = self._pending.items = []
        return pending

    # --- PostgreSQL -------------------------------------------------------------------

    def _notify(self, dbapi: Any, kinds: frozenset[str]) -> None:
        cursor = dbapi.cursor()
        try:
            cursor.execute(
                "SELECT pg_notify(%s, %s)",
                (NOTIFY_CHANNEL, f"{self.token} {','.join(sorted(kinds))}"),
            )
        finally:
            cursor.close()

    def notification(self, payload: str) -> frozenset[str] | None:
        """The kinds another process's notification names; None for this process's own."""
        token, _space, kinds = payload.partition(" ")
        if token == self.token:
            return None
        return frozenset(k for k in kinds.split(",") if k) or ALL_KINDS

    # --- SQLite -----------------------------------------------------------------------

    def _mark_sqlite_write(self, dbapi: Any) -> bool:
        """Count this write in the header; True when another process wrote since we looked.

        Called while the connection holds SQLite's write lock, so the count read here is
        the newest and no one else can move it before this transaction commits.
        """
        cursor = dbapi.cursor()
        try:
            current = int(cursor.execute("PRAGMA user_version").fetchone()[0])
            with self._lock:
                other = self._account(current)
                mark = (current + 1) % _MARK_MODULO
                self._own_marks.append(mark)
            cursor.execute(f"PRAGMA user_version = {mark:d}")
        finally:
            cursor.close()
        return other

    def sqlite_count_seen(self, current: int) -> bool:
        """(The watcher) The header's count now; True when another process moved it."""
        with self._lock:
            return self._account(current)

    def _account(self, current: int) -> bool:
        if self._known is None:
            self._known = current
            return False
        other = current != self._known and current not in self._own_marks
        self._known = current
        return other
