"""On a shared PostgreSQL database, many people save at once and nothing is lost.

Writers in separate processes, as on separate PCs, save case fields and notes
through the same services the app uses. A save counts as acknowledged only
after its unit of work committed; afterwards every acknowledged save is in the
database, a stale save was refused as a conflict (never silently applied), and
the audit chain still verifies.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections import defaultdict

import pytest
from sqlalchemy import select

from desktop_app.db.models import AuditEntry, Case, Note
from desktop_app.demo import generator
from desktop_app.services.cases import editing, opening
from desktop_app.services.errors import ConflictError
from desktop_app.services.storage.database import open_database
from desktop_app.services.trust import audit, auth
from tests.support import pg_server
from tests.support.audit_entries import unsealed

WRITERS = 20
SECONDS = float(os.environ.get("HOMEWARD_SOAK_SECONDS", "60"))

WRITER = """
import json, os, sys, time
if hasattr(os, "nice"):
    os.nice(10)  # the writers take what the rest of the suite leaves of the cores
from desktop_app.services.cases import editing, notes_and_tasks, opening
from desktop_app.services.errors import ConflictError
from desktop_app.services.storage.database import open_database
from desktop_app.services.trust import auth

url, writer, seconds, refs = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4].split(",")
db = open_database(database_url=url, run_migrations=False)
with db.session() as session:
    lead = auth.login(session, "lead", "demo")
deadline = time.monotonic() + seconds
i = 0
while time.monotonic() < deadline:
    ref = refs[i % len(refs)]
    value = f"Guardian {writer}-{i}"
    while True:
        with db.session() as session:
            version = opening.open_case(session, lead, ref, audit_read=False).case.version
        try:
            with db.session() as session:
                editing.update_case(session, lead, ref, version, {"legal_guardian": value})
            break
        except ConflictError:
            print(json.dumps({"conflict": ref}), flush=True)
    print(json.dumps({"case": ref, "value": value}), flush=True)
    text = f"Soak note {writer}-{i}"
    with db.session() as session:
        notes_and_tasks.add_note(session, lead, refs[(i + 1) % len(refs)], text, kind="phone")
    print(json.dumps({"note": text}), flush=True)
    i += 1
db.dispose()
"""


def _demo_on(base_url: str, name: str) -> str:
    url = pg_server.create_database(base_url, name)
    database = open_database(database_url=url)
    with database.session() as session:
        generator.create_demo(session, 40, 3)
    database.dispose()
    return url


def _team_refs(url: str, count: int) -> list[str]:
    database = open_database(database_url=url)
    try:
        with database.session() as session:
            lead = auth.login(session, "lead", "demo")
            refs = session.scalars(
                select(Case.reference).where(Case.team_id == lead.team_id).order_by(Case.id)
            ).all()
    finally:
        database.dispose()
    return list(refs[:count])


@pytest.mark.slow
def test_twenty_writers_for_a_minute_lose_no_acknowledged_save(postgres):
    url = _demo_on(postgres, "soak")
    refs = _team_refs(url, 8)  # few cases, so writers really meet on the same records
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, url, str(n), str(SECONDS), ",".join(refs)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(WRITERS)
    ]
    acknowledged_cases: dict[str, set[str]] = defaultdict(set)
    acknowledged_notes: set[str] = set()
    conflicts = 0
    started = time.monotonic()
    for proc in procs:
        out, err = proc.communicate(timeout=SECONDS + 240)
        assert proc.returncode == 0, err
        for line in out.splitlines():
            event = json.loads(line)
            if "case" in event:
                acknowledged_cases[event["case"]].add(event["value"])
            elif "note" in event:
                acknowledged_notes.add(event["note"])
            else:
                conflicts += 1
    assert time.monotonic() - started >= SECONDS
    saves = sum(len(v) for v in acknowledged_cases.values())
    assert saves >= WRITERS and len(acknowledged_notes) >= WRITERS

    database = open_database(database_url=url)
    try:
        with database.session() as session:
            notes = set(session.scalars(select(Note.text).where(Note.text.like("Soak note %"))))
            assert acknowledged_notes <= notes
            assert len(notes) == len(acknowledged_notes)  # nothing unacknowledged slipped in twice
            changes: dict[str, set[str]] = defaultdict(set)
            for entry in unsealed(
                session,
                session.scalars(select(AuditEntry).where(AuditEntry.action == "case_changed")),
            ):
                change = entry.detail["changes"].get("legal_guardian")
                if change is not None:
                    changes[str(entry.entity_id)].add(change["after"])
            for ref, values in acknowledged_cases.items():
                assert values <= changes[ref], ref  # every acknowledged save was made and audited
                final = session.scalar(select(Case.legal_guardian).where(Case.reference == ref))
                assert final in values  # the last word is one of the acknowledged saves
            report = audit.verify_chain(session)
            assert report.ok, (report.first_broken_id, report.problem)
    finally:
        database.dispose()
    # With 20 writers on 8 cases, stale saves happen, and each was refused, then redone.
    assert conflicts > 0


def test_two_people_on_the_same_case_from_two_processes(postgres):
    """The second save of two people who opened the same version is refused as a conflict."""
    url = _demo_on(postgres, "two_people")
    ref = _team_refs(url, 1)[0]
    database = open_database(database_url=url)
    try:
        with database.session() as session:
            lead = auth.login(session, "lead", "demo")
            version = opening.open_case(session, lead, ref, audit_read=False).case.version
        other = subprocess.run(
            [
                sys.executable,
                "-c",
                "import sys\n"
                "from desktop_app.services.cases import editing\n"
                "from desktop_app.services.storage.database import open_database\n"
                "from desktop_app.services.trust import auth\n"
                "db = open_database(database_url=sys.argv[1], run_migrations=False)\n"
                "with db.session() as s:\n"
                "    u = auth.login(s, 'lead', 'demo')\n"
                "    editing.update_case(s, u, sys.argv[2], int(sys.argv[3]), {'legal_guardian': 'Saved first, elsewhere'})\n"
                "db.dispose()\n",
                url,
                ref,
                str(version),
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert other.returncode == 0, other.stderr
        try:
            with database.session() as session:
                editing.update_case(
                    session, lead, ref, version, {"legal_guardian": "Saved second, here"}
                )
        except ConflictError as exc:
            assert exc.current  # the dialog shows what the other person saved
        else:
            raise AssertionError("the stale save went through")
        with database.session() as session:
            kept = session.scalar(select(Case.legal_guardian).where(Case.reference == ref))
        assert kept == "Saved first, elsewhere"
    finally:
        database.dispose()
