"""The schema comes only from Alembic revisions, and upgrading keeps what users saved."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, datetime

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from desktop_app.db import migrate
from desktop_app.db.engine import make_engine, sqlite_url
from desktop_app.db.models import Base
from desktop_app.services.storage.database import DatabaseOpenError, open_database
from tests.support.paths import REPO


def test_upgraded_empty_database_matches_the_models(db):
    # `db` is a new database brought up by the migrations alone, on the backend under test.
    with db.engine.connect() as conn:
        diff = compare_metadata(
            MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata
        )
    assert diff == []


def test_downgrade_and_upgrade_round_trip(db):
    engine = db.engine
    head = migrate.head_revision(engine)
    command.downgrade(migrate.alembic_config(engine), "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == head
    with engine.connect() as conn:
        diff = compare_metadata(
            MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata
        )
    assert diff == []


def test_upgrading_a_database_with_data_keeps_it_and_backs_up_first(tmp_path):
    path = tmp_path / "old.db"
    engine = make_engine(sqlite_url(path))
    command.upgrade(migrate.alembic_config(engine), "0001")
    now = datetime(2026, 1, 1, 9, 0)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO teams (id, name, active) VALUES (1, 'Team North', 1)"))
        conn.execute(
            text(
                "INSERT INTO cases (id, reference, given_name, family_name, search_text, sort_name, date_of_birth,"
                " dob_precision, sex, interpreter_needed, unaccompanied, status, in_aftercare,"
                " family_reunification_members, needs_accessible_housing, team_id, anonymised, created_at, updated_at, version)"
                " VALUES (1, 'HW-2025-00001', 'Selam', 'Tekle', 'selam tekle', 'tekle selam', :dob, 'exact', 'female',"
                " 0, 1, 'open', 0, 0, 0, 1, 0, :now, :now, 1)"
            ),
            {"dob": date(2008, 5, 1), "now": now},
        )
        conn.execute(
            text(
                "INSERT INTO transitions (case_id, kind, due_date, uncertain, housing_secured, readiness, missing)"
                " VALUES (1, 'turns_18', :due, 0, 0, 0, 'housing_secured')"
            ),
            {"due": date(2026, 5, 1)},
        )
    engine.dispose()

    db = open_database(path)
    try:
        assert db.migration is not None and db.migration.from_revision == "0001"
        assert db.migration.backup is not None and db.migration.backup.exists()
        with db.session() as session:
            assert (
                session.execute(text("SELECT given_name FROM cases WHERE id = 1")).scalar()
                == "Selam"
            )
            assert session.execute(text("SELECT count(*) FROM transitions")).scalar() == 1
        assert migrate.current_revision(db.engine) == migrate.head_revision(db.engine)
    finally:
        db.dispose()
    # The backup is the database as it was before the upgrade.
    old = make_engine(sqlite_url(db.migration.backup))
    assert migrate.current_revision(old) == "0001"
    with old.connect() as conn:
        assert conn.execute(text("SELECT reference FROM cases")).scalar() == "HW-2025-00001"
    old.dispose()


def test_a_database_newer_than_the_code_is_refused(tmp_path):
    path = tmp_path / "newer.db"
    open_database(path).dispose()
    engine = make_engine(sqlite_url(path))
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffff_from_the_future'"))
    engine.dispose()
    with pytest.raises(DatabaseOpenError, match="newer version of Homeward"):
        open_database(path)


def test_a_file_that_is_not_a_database_is_refused_plainly(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"this is a shopping list, not a database" * 100)
    with pytest.raises(DatabaseOpenError, match="not a Homeward database"):
        open_database(path)


@pytest.mark.sqlite_only(
    reason="the SQLite pragmas; PostgreSQL has no such settings per connection"
)
def test_sqlite_connections_are_configured_for_safety(db):
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


@pytest.mark.slow
def test_migrations_run_from_an_installed_wheel(tmp_path):
    """Build a wheel, install it outside the source tree, and migrate with it."""
    wheel_dir = tmp_path / "wheel"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(wheel_dir),
            str(REPO),
        ],
        check=True,
        capture_output=True,
    )
    wheel = next(wheel_dir.glob("homeward-*.whl"))
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "-q",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    db_path = tmp_path / "from-wheel.db"
    script = (
        "import desktop_app, sys;"
        "from desktop_app.services.storage.database import open_database;"
        "from desktop_app.db import migrate;"
        f"db = open_database({str(db_path)!r});"
        "print(desktop_app.__file__);"
        "print(migrate.current_revision(db.engine) == migrate.head_revision(db.engine))"
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    result = subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(target)!r}); {script}"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    location, at_head = result.stdout.split()
    assert location.startswith(str(target)), location
    assert at_head == "True"


def test_a_long_read_blocks_no_save_and_cannot_write(demo_db, backend):
    from sqlalchemy.exc import DBAPIError

    from desktop_app.db.models import Case

    with demo_db.read_session() as reader:
        first = reader.execute(text("SELECT count(*) FROM cases")).scalar()
        # While the read is open, a save in the same process goes through at once.
        with demo_db.session() as writer:
            writer.execute(text("UPDATE cases SET preferred_name = 'Sela' WHERE id = 1"))
        assert reader.execute(text("SELECT count(*) FROM cases")).scalar() == first
        refusal = "readonly" if backend == "sqlite" else "read-only transaction"
        with pytest.raises(DBAPIError, match=refusal):
            reader.execute(text("UPDATE cases SET preferred_name = 'X' WHERE id = 2"))
    with demo_db.session() as session:
        assert session.get(Case, 1).preferred_name == "Sela"


def test_a_closed_database_refuses_late_work_instead_of_reconnecting(db_path):
    from desktop_app.services.storage.database import DatabaseClosedError
    from tests.support.backends import open_test_database

    database = open_test_database(db_path)
    database.dispose()
    with pytest.raises(DatabaseClosedError):
        with database.session():
            pass
    with pytest.raises(DatabaseClosedError):
        with database.read_session():
            pass
    assert database.is_reachable() is False


def test_revision_0006_turns_derived_transitions_into_lasting_records(db):
    """A database at revision 0005 holding cases, decisions, placements and the derived
    transitions of those days is upgraded: every row becomes an open record tied to what it
    follows, and the per-case move-out deadline moves onto the decision it was set for."""
    from desktop_app.services.transitions import derivation

    engine = db.engine
    command.downgrade(migrate.alembic_config(engine), "0005")
    now = datetime(2026, 1, 1, 9, 0)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO teams (id, name, active) VALUES (1, 'Team North', true)"))
        for case_id, reference, given, dob, deadline in (
            (1, "HW-2025-00001", "Selam", date(2008, 5, 1), date(2026, 4, 20)),
            (2, "HW-2025-00002", "Dawit", date(2004, 2, 2), None),
        ):
            conn.execute(
                text(
                    "INSERT INTO cases (id, reference, given_name, family_name, search_text, sort_name,"
                    " date_of_birth, dob_precision, sex, interpreter_needed, unaccompanied, status,"
                    " in_aftercare, move_out_deadline, family_reunification_members,"
                    " needs_accessible_housing, team_id, anonymised, created_at, updated_at, version)"
                    " VALUES (:id, :ref, :given, 'Tekle', :given, :given, :dob, 'exact', 'female',"
                    " false, true, 'open', false, :deadline, 0, false, 1, false, :now, :now, 1)"
                ),
                {
                    "id": case_id,
                    "ref": reference,
                    "given": given,
                    "dob": dob,
                    "deadline": deadline,
                    "now": now,
                },
            )
        # Selam: a grant on 2026-03-01 with a deadline set for it (the case's column then);
        # an appeal recorded later on the same date does not end it.
        for decision_id, case_id, kind, decided, expiry in (
            (1, 1, "subsidiary", date(2026, 3, 1), date(2027, 3, 1)),
            (2, 1, "appeal", date(2026, 3, 1), None),
            (3, 2, "refugee", date(2025, 1, 10), date(2026, 5, 1)),
        ):
            conn.execute(
                text(
                    "INSERT INTO legal_decisions (id, case_id, decision_type, decision_date, permit_expiry)"
                    " VALUES (:id, :case, :kind, :decided, :expiry)"
                ),
                {
                    "id": decision_id,
                    "case": case_id,
                    "kind": kind,
                    "decided": decided,
                    "expiry": expiry,
                },
            )
        conn.execute(
            text(
                "INSERT INTO placements (id, case_id, placement_type, municipality, start_date,"
                " planned_end_date) VALUES (7, 1, 'reception', 'Vejle', :start, :end)"
            ),
            {"start": date(2025, 6, 1), "end": date(2026, 6, 30)},
        )
        for case_id, kind, due in (
            (1, "turns_18", date(2026, 5, 1)),
            (1, "status_grant_move_out", date(2026, 4, 20)),
            (1, "permit_expiry", date(2027, 3, 1)),
            (1, "placement_end", date(2026, 6, 30)),
            (2, "permit_expiry", date(2026, 5, 1)),
        ):
            conn.execute(
                text(
                    "INSERT INTO transitions (case_id, kind, due_date, uncertain, housing_secured,"
                    " readiness, missing) VALUES (:case, :kind, :due, false, false, 9, 'housing_secured')"
                ),
                {"case": case_id, "kind": kind, "due": due},
            )
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == migrate.head_revision(engine)
    with engine.connect() as conn:
        rows = {
            (case_id, kind): (status, source, item, outcome)
            for case_id, kind, status, source, item, outcome in conn.execute(
                text(
                    "SELECT case_id, kind, status, source_id, secure_item, outcome FROM transitions"
                )
            )
        }
        assert rows == {
            (1, "turns_18"): ("open", None, "housing_secured", None),
            (1, "status_grant_move_out"): ("open", 1, "housing_secured", None),
            (1, "permit_expiry"): ("open", 1, "permit_renewal", None),
            (1, "placement_end"): ("open", 7, "housing_secured", None),
            (2, "permit_expiry"): ("open", 3, "permit_renewal", None),
        }
        deadlines = {
            row[0]: row[1]
            for row in conn.execute(text("SELECT id, move_out_deadline FROM legal_decisions"))
        }
        assert {k: v and str(v)[:10] for k, v in deadlines.items()} == {
            1: "2026-04-20",
            2: None,
            3: None,
        }
    assert "move_out_deadline" not in {c["name"] for c in inspect(engine).get_columns("cases")}
    # Reconciled with the record the first time the database opens: the same rows, not twins
    # (Dawit turned 18 in 2022, long before his case was opened: no record of it is made).
    with db.session() as session:
        derivation.roll_forward_to_today(session)
    with engine.connect() as conn:
        kept = sorted(conn.execute(text("SELECT case_id, kind, due_date, status FROM transitions")))
    assert [(c, k, str(d)[:10], s) for c, k, d, s in kept] == [
        (1, "permit_expiry", "2027-03-01", "open"),
        (1, "placement_end", "2026-06-30", "open"),
        (1, "status_grant_move_out", "2026-04-20", "open"),
        (1, "turns_18", "2026-05-01", "open"),
        (2, "permit_expiry", "2026-05-01", "open"),
    ]
