"""The audit log: what is recorded, the hash chain, who reads what, CSV; the network-drive warning."""

from __future__ import annotations

import csv
import enum
import io
import json
import random
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.db.models import AuditEntry, Case, Team
from desktop_app.services.actor import Actor
from desktop_app.services.cases import editing, opening
from desktop_app.services.errors import AuthenticationError, PermissionDeniedError
from desktop_app.services.storage import database
from desktop_app.services.storage.database import Database, open_database
from desktop_app.services.trust import audit, audit_query
from desktop_app.services.trust.users import log_in
from tests.support.audit_entries import unsealed
from tests.support.backends import raw_sql


class AuditAction(enum.StrEnum):
    SAMPLE = "case_changed"


class CaseNumber(enum.IntEnum):
    SAMPLE = 41


def _last(db: Database, action: str) -> AuditEntry:
    with db.session() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id.desc())
        ).first()
        assert entry is not None, action
        return unsealed(session, [entry])[0]


def _team_case(db: Database, team: str) -> Case:
    with db.session() as session:
        team_id = session.scalar(select(Team.id).where(Team.name == team))
        case = session.scalars(
            select(Case).where(Case.team_id == team_id).order_by(Case.id)
        ).first()
        assert case is not None
        return case


def test_logins_reads_changes_and_denials_are_recorded(
    demo_db: Database, login: Callable[[str], Actor]
) -> None:
    with pytest.raises(AuthenticationError):
        log_in(demo_db, "lead", "not-the-password")
    failed = _last(demo_db, "login_failed")
    assert failed.username == "lead" and failed.detail["reason"] == "wrong password"
    lead = log_in(demo_db, "lead", "demo")
    assert _last(demo_db, "login").username == "lead"

    north = _team_case(demo_db, "Team North")
    with demo_db.session() as session:
        opening.open_case(session, lead, north.reference)
    opened = _last(demo_db, "case_opened")
    assert (opened.username, opened.case_id) == ("lead", north.id)

    with demo_db.session() as session:
        case = opening.open_case(session, lead, north.reference).case
        editing.update_case(
            session, lead, north.reference, case.version, {"legal_guardian": "New Guardian Person"}
        )
    changed = _last(demo_db, "case_changed")
    assert changed.detail["changes"]["legal_guardian"] == {
        "before": north.legal_guardian,
        "after": "New Guardian Person",
    }

    south = _team_case(demo_db, "Team South")
    with pytest.raises(PermissionDeniedError), demo_db.session() as session:
        opening.open_case(session, lead, south.reference)
    denied = _last(demo_db, "permission_denied")
    assert (denied.username, denied.case_id) == ("lead", south.id)
    with demo_db.session() as session:
        assert audit.verify_chain(session).ok


def test_editing_or_deleting_any_entry_is_detected(demo_db: Database, demo_db_path: Path) -> None:
    with demo_db.session() as session:
        ids = list(session.scalars(select(AuditEntry.id).order_by(AuditEntry.id)))
    assert len(ids) >= 5
    # A changed detail no longer matches the hash stored with it.
    raw_sql(
        demo_db_path, "UPDATE audit_log SET detail = '{\"x\": 1}' WHERE id = :id", {"id": ids[2]}
    )
    with demo_db.session() as session:
        report = audit.verify_chain(session)
    assert not report.ok and report.first_broken_id == ids[2]

    raw_sql(demo_db_path, "DELETE FROM audit_log WHERE id >= :id", {"id": ids[2]})
    with demo_db.session() as session:
        assert audit.verify_chain(session).ok  # cutting the tail is only found against a backup
    raw_sql(demo_db_path, "DELETE FROM audit_log WHERE id = :id", {"id": ids[0]})
    with demo_db.session() as session:
        report = audit.verify_chain(session)
    assert not report.ok and report.first_broken_id == ids[1]


def test_who_reads_which_entries(demo_db: Database, login: Callable[[str], Actor]) -> None:
    lead = login("lead")
    coordinator = login("coordinator")
    admin = login("admin")
    south = _team_case(demo_db, "Team South")
    with demo_db.session() as session:
        opening.open_case(session, coordinator, south.reference)
    with demo_db.session() as session:
        every = audit_query.query(session, coordinator, audit_query.AuditFilter(limit=None))
        for_lead = audit_query.query(session, lead, audit_query.AuditFilter(limit=None))
        for_admin = audit_query.query(session, admin, audit_query.AuditFilter(limit=None))
        team_ids = set(session.scalars(select(Case.id).where(Case.team_id == lead.team_id)))
        all_entries = {e.id: e for e in session.scalars(select(AuditEntry))}
    assert len(every) == len(all_entries)
    assert all(r.case_reference is None for r in for_admin)
    assert any(r.action == "login" for r in for_admin)
    assert south.reference not in {r.case_reference for r in for_lead}
    for row in for_lead:
        entry = all_entries[row.id]
        assert entry.case_id in team_ids or entry.username in {"lead", "worker", "mikkel", "laura"}


def test_filters_by_case_user_action_and_date(
    demo_db: Database, login: Callable[[str], Actor]
) -> None:
    coordinator = login("coordinator")
    north = _team_case(demo_db, "Team North")
    with demo_db.session() as session:
        opening.open_case(session, coordinator, north.reference)
        rows = audit_query.query(
            session,
            coordinator,
            audit_query.AuditFilter(
                case_reference=north.reference, username="COORDINATOR", action="case_opened"
            ),
        )
        assert len(rows) == 1 and rows[0].case_reference == north.reference
        from datetime import date

        none = audit_query.query(
            session, coordinator, audit_query.AuditFilter(until=date(2000, 1, 1))
        )
        assert none == []
        today = audit_query.query(
            session,
            coordinator,
            audit_query.AuditFilter(since=date(2026, 3, 16), until=date(2026, 3, 16)),
        )
        assert any(r.action == "case_opened" for r in today)


def test_cli_audit_csv(cli: Callable[..., object], demo_db_path: Path) -> None:
    res = cli(
        "audit",
        "--action",
        "login",
        "--format",
        "csv",
        "--db",
        str(demo_db_path),
        "--user",
        "coordinator",
    )
    assert res.code == 0, res.err  # type: ignore[attr-defined]
    records = list(csv.DictReader(io.StringIO(res.out)))  # type: ignore[attr-defined]
    assert records and {r["action"] for r in records} == {"login"}
    assert list(records[0]) == list(audit_query.CSV_COLUMNS)
    res = cli("audit", "--format", "json", "--db", str(demo_db_path), "--user", "worker")
    assert res.code == 1 and "Permission denied" in res.err  # type: ignore[attr-defined]
    res = cli("audit", "--case", "HW-0000-00000", "--db", str(demo_db_path), "--user", "lead")
    assert res.code == 1 and "No case" in res.err  # type: ignore[attr-defined]
    res = cli("audit", "--format", "json", "--db", str(demo_db_path), "--user", "admin")
    assert res.code == 0  # type: ignore[attr-defined]
    assert all(r["case"] is None for r in json.loads(res.out))  # type: ignore[attr-defined]


# --- the network-drive warning --------------------------------------------------


def test_network_paths_are_recognised(tmp_path: Path) -> None:
    assert database.is_network_path(Path("//fileserver/share/homeward.db"))
    assert database.is_network_path(Path("\\\\fileserver\\share\\homeward.db"))
    assert not database.is_network_path(tmp_path / "homeward.db")


@pytest.mark.sqlite_only(reason="a network-drive warning is about a SQLite file")
def test_a_database_on_a_network_drive_gets_the_warning(
    db_path: Path, cli: Callable[..., object], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database, "is_network_path", lambda _p: True)
    opened = open_database(db_path)
    try:
        assert opened.warnings == [database.NETWORK_WARNING]
        assert "PostgreSQL" in opened.warnings[0]
    finally:
        opened.dispose()
    res = cli("check", "--db", str(db_path), "--user", "nobody")
    assert "warning: This database file lies on a network drive" in res.err  # type: ignore[attr-defined]
    monkeypatch.setattr(database, "is_network_path", lambda _p: False)
    local = open_database(db_path)
    try:
        assert local.warnings == []
    finally:
        local.dispose()


def test_an_entry_is_hashed_over_the_same_text_as_the_canonical_json_of_it() -> None:
    # `_canonical` puts the text together from each value's JSON; every hash ever written
    # was taken over `canonical_json`'s text, so the two must agree for any entry.
    rng = random.Random(22)
    letters = ['"', "\\", "/", "\n", "\t", "\x00", "\x1f", "\u2028", "é", "ø", "م", "😀", "a", " "]

    def text() -> str:
        return "".join(rng.choice(letters) for _ in range(rng.randint(0, 12)))

    values: list[object] = [
        None,
        0,
        -7,
        2**70,
        True,
        False,
        1.5,
        "",
        Decimal("12.50"),
        date(2026, 12, 7),
        AuditAction.SAMPLE,
        CaseNumber.SAMPLE,
        ["a", 1, None],
        {"b": 1, "a": {"z": [text()], "y": None}},
    ]
    details: list[object] = [
        {},
        {"sealed": "v1." + "A-_b" * 30},
        {"sealed": text()},
        {"sealed": 5},
        {"sealed": "x", "other": 1},
        {"fields": {"given_name": text(), "date_of_birth": "2009-03-01", "flag": True}},
        [1, "two"],
        None,
        "plain",
    ]
    at = datetime(2026, 12, 7, 6, 5, 4)
    for _ in range(400):
        entry = (
            at.replace(microsecond=rng.randint(0, 999_999)),
            rng.choice([None, 3, *values]),
            rng.choice([None, text(), "coordinator"]),
            rng.choice([text(), "case_created", AuditAction.SAMPLE]),
            rng.choice([None, text(), "case"]),
            rng.choice([None, text(), "HW-2026-0001"]),
            rng.choice([None, 12, 2**40, *values]),
            rng.choice([*details, *values, {"k": rng.choice(values)}]),
            rng.choice([audit.GENESIS, text()]),
        )
        assert audit._canonical(*entry) == audit.canonical_json(*entry), entry
