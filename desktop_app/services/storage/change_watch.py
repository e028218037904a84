"""Hearing of other processes' changes: other PCs on a shared server, another window on
the same SQLite file.

One background thread per open database, started by the composition root (`app.py`)
and stopped when the database closes:

- PostgreSQL: a connection of its own LISTENs on the channel that every commit
  notifies (`change_tracking.py`); each notification names the kinds changed. A lost
  connection is opened again, and on its return everything counts as changed, since
  notifications sent meanwhile are lost.
- SQLite: `PRAGMA data_version` on a connection of its own moves whenever another
  connection commits; the header's count then tells another process's commit from this
  process's own (whose kinds were published already). Another process's changes come
  without their kinds, so every kind is published.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING, Any

from desktop_app.services.changes import ALL_KINDS
from desktop_app.services.storage.change_tracking import NOTIFY_CHANNEL

if TYPE_CHECKING:
    from desktop_app.services.storage.change_tracking import ChangeTracker
    from desktop_app.services.storage.database import Database

log = logging.getLogger(__name__)

POLL_SECONDS = 1.0  # SQLite: how often another process's commits are looked for
RETRY_SECONDS = 5.0  # PostgreSQL: how soon a lost listening connection is tried again


class ChangeWatch:
    """The thread that listens (PostgreSQL) or polls (SQLite) for other processes' commits."""

    def __init__(
        self, database: Database, tracker: ChangeTracker, poll_seconds: float = POLL_SECONDS
    ) -> None:
        self._database = database
        # The tracker of this process's own commits: tells another process's from ours.
        self._tracker = tracker
        self._poll_seconds = poll_seconds
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> ChangeWatch:
        if self._thread is None:
            target = self._listen if self._database.backend == "postgresql" else self._poll
            self._thread = threading.Thread(
                target=target, name="homeward-change-watch", daemon=True
            )
            self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=10)
            self._thread = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    # --- SQLite -----------------------------------------------------------------------

    def _poll(self) -> None:
        tracker = self._tracker
        connection: Any = None
        last_version: int | None = None
        while not self._stop.is_set():
            try:
                if connection is None:
                    # A pooled connection of the database's own engine: the same pragmas and,
                    # for an encrypted file, the same key. Autocommit, so each PRAGMA reads
                    # the newest commit.
                    connection = self._database.engine.raw_connection()
                cursor = connection.cursor()
                try:
                    version = int(cursor.execute("PRAGMA data_version").fetchone()[0])
                    if version != last_version:
                        last_version = version
                        count = int(cursor.execute("PRAGMA user_version").fetchone()[0])
                        if tracker.sqlite_count_seen(count):
                            self._database.changes.publish(ALL_KINDS, remote=True)
                finally:
                    cursor.close()
            except Exception:  # a file gone or locked for a moment: look again later
                log.warning("Could not look for other processes' changes", exc_info=True)
                _close_quietly(connection)
                connection = None
                last_version = None
            self._stop.wait(self._poll_seconds)
        _close_quietly(connection)

    # --- PostgreSQL -------------------------------------------------------------------

    def _listen(self) -> None:
        import psycopg

        tracker = self._tracker
        url = self._database.url.set(drivername="postgresql")
        lost = False
        while not self._stop.is_set():
            try:
                with psycopg.connect(
                    url.render_as_string(hide_password=False), autocommit=True, connect_timeout=5
                ) as connection:
                    connection.execute(f"LISTEN {NOTIFY_CHANNEL}")
                    if lost:  # what was sent while we were away is lost: read everything again
                        self._database.changes.publish(ALL_KINDS, remote=True)
                        lost = False
                    while not self._stop.is_set():
                        for notice in connection.notifies(timeout=0.5):
                            kinds = tracker.notification(notice.payload)
                            if kinds is not None:
                                self._database.changes.publish(kinds, remote=True)
            except psycopg.Error:
                log.warning("Lost the connection that hears other PCs' changes", exc_info=True)
                lost = True
                self._stop.wait(RETRY_SECONDS)


def _close_quietly(connection: Any) -> None:
    if connection is not None:
        try:
            connection.close()
        except Exception:
            pass
