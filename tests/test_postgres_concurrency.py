"""On a shared PostgreSQL database, writers in several processes keep one unbroken audit chain."""

from __future__ import annotations

import subprocess
import sys

from sqlalchemy import func, select

from desktop_app.db.models import AuditEntry
from desktop_app.services import audit
from desktop_app.services.database import open_database
from tests import pg_server

WRITER = """
import sys
from desktop_app.services import audit
from desktop_app.services.actor import SYSTEM
from desktop_app.services.database import open_database
db = open_database(database_url=sys.argv[1])
for i in range(int(sys.argv[2])):
    with db.session() as session:
        audit.record(session, SYSTEM, "concurrency_probe", detail={"writer": sys.argv[3], "i": i})
db.dispose()
"""


def test_concurrent_writers_keep_the_audit_chain_whole(postgres):
    url = pg_server.create_database(postgres, "chain")
    open_database(database_url=url).dispose()  # migrate once before the writers start
    writers, each = 6, 25
    procs = [
        subprocess.Popen([sys.executable, "-c", WRITER, url, str(each), str(n)], stderr=subprocess.PIPE, text=True)
        for n in range(writers)
    ]
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    db = open_database(database_url=url)
    try:
        with db.session() as session:
            report = audit.verify_chain(session)
            probes = session.scalar(
                select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "concurrency_probe")
            )
    finally:
        db.dispose()
    assert probes == writers * each
    assert report.ok, (report.first_broken_id, report.problem)
