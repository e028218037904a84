"""Crash safety: a process saving cases is killed with SIGKILL at random moments.

Afterwards the database passes `PRAGMA integrity_check`, every save the
process had reported as committed is there, and the audit chain is intact.

To keep 50+ kills fast, one helper process imports Homeward once and forks a
fresh saver for each round; each saver opens its own engine after the fork,
saves cases through the case service in a loop and reports each reference
only after its unit of work has committed. The test kills the saver itself.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.services.storage.database import open_database
from desktop_app.services.trust import audit
from tests.support.paths import REPO

pytestmark = pytest.mark.sqlite_only(
    reason="power-cut safety of the SQLite file (WAL, synchronous=FULL)"
)

KILLS = 55

FORK_SERVER = r"""
import os, sys
from desktop_app.services.storage.database import open_database
from desktop_app.services.actor import SYSTEM
from desktop_app.services.cases import editing

path = sys.argv[1]
out = sys.stdout.fileno()


def saver(round_no):
    db = open_database(path, run_migrations=False)
    os.write(out, b"ready\n")
    i = 0
    while True:
        i += 1
        reference = f"CR-{round_no:03d}-{i:05d}"
        with db.session() as session:
            editing.create_case(
                session,
                SYSTEM,
                {"given_name": "Crash", "family_name": f"Test {round_no} {i}",
                 "date_of_birth": "2009-05-04", "legal_guardian": "Synthetic Guardian"},
                reference=reference,
            )
        # Reported only once the unit of work has committed.
        os.write(out, f"saved {reference}\n".encode())


for line in sys.stdin:
    round_no = int(line)
    pid = os.fork()
    if pid == 0:
        try:
            saver(round_no)
        finally:
            os._exit(3)
    os.write(out, f"pid {pid}\n".encode())
    _, status = os.waitpid(pid, 0)
    os.write(out, f"ended {status}\n".encode())
"""


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_no_committed_save(db_path: Path) -> None:
    rng = random.Random(20260316)
    env = dict(os.environ)
    server = subprocess.Popen(
        [sys.executable, "-c", FORK_SERVER, str(db_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=env,
        cwd=REPO,
        text=True,
        bufsize=1,
    )
    assert server.stdin is not None and server.stdout is not None
    committed: list[str] = []
    kills = 0
    try:
        for round_no in range(KILLS):
            server.stdin.write(f"{round_no}\n")
            server.stdin.flush()
            first = server.stdout.readline().split()
            assert first[0] == "pid", first
            pid = int(first[1])
            assert server.stdout.readline().strip() == "ready"
            # Let it commit 0-3 saves, then kill it a random few milliseconds
            # later: inside a save, between saves or right after opening.
            for _ in range(rng.randint(0, 3)):
                parts = server.stdout.readline().split()
                assert parts and parts[0] == "saved", parts
                committed.append(parts[1])
            time.sleep(rng.uniform(0.0, 0.03))
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            kills += 1
            while True:
                line = server.stdout.readline()
                assert line, "the fork server stopped unexpectedly"
                parts = line.split()
                if parts[0] == "saved":
                    committed.append(parts[1])
                elif parts[0] == "ended":
                    status = int(parts[1])
                    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
                    break
    finally:
        server.stdin.close()
        server.wait(timeout=30)
        server.stdout.close()
    assert kills >= 50
    # The savers really were saving when killed.
    assert len(committed) > kills, len(committed)

    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        stored = {
            r[0] for r in conn.execute("SELECT reference FROM cases WHERE reference LIKE 'CR-%'")
        }
    finally:
        conn.close()
    missing = [ref for ref in committed if ref not in stored]
    assert missing == []

    database = open_database(db_path)
    try:
        with database.session() as session:
            report = audit.verify_chain(session)
        assert report.ok, report
    finally:
        database.dispose()
