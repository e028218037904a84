"""One change signal: each commit says what kind of thing it changed, every open screen
shows it without Refresh — in one process, and from another process on both backends."""

from __future__ import annotations

import os
import subprocess
import sys
import threading

import pytest
from sqlalchemy import select, update

from desktop_app.db.models import Base, Case, User
from desktop_app.services import changes
from desktop_app.services.cases import notes_and_tasks
from desktop_app.services.changes import Changes
from desktop_app.services.storage.change_tracking import kind_of_statement
from desktop_app.services.team import reassignment
from tests.support.backends import database_url_for, open_test_database


def _collect(database) -> list[Changes]:
    got: list[Changes] = []
    database.changes.subscribe(got.append)
    return got


def _own_case(database, username: str) -> str:
    from desktop_app.db.models import WorkerAssignment

    with database.session() as session:
        return session.scalar(
            select(Case.reference)
            .join(WorkerAssignment, WorkerAssignment.case_id == Case.id)
            .join(User, User.id == WorkerAssignment.user_id)
            .where(User.username == username, WorkerAssignment.end_date.is_(None))
            .where(WorkerAssignment.role == "primary", Case.status == "open")
            .order_by(Case.reference)
            .limit(1)
        )


def test_every_table_names_the_kind_of_thing_it_holds():
    missing = sorted(set(Base.metadata.tables) - set(changes.TABLE_KINDS))
    assert not missing, f"add these tables to services/changes.py TABLE_KINDS: {missing}"
    assert set(changes.TABLE_KINDS.values()) - {None} <= changes.ALL_KINDS


def test_statements_are_read_for_the_table_they_write():
    assert kind_of_statement("INSERT INTO notes (case_id, text) VALUES (?, ?)") == "note"
    assert kind_of_statement('UPDATE "cases" SET version=? WHERE cases.id = ?') == "case"
    assert kind_of_statement("DELETE FROM checklist_items WHERE id = %(id)s") == "transition"
    assert kind_of_statement("SELECT * FROM cases") is None
    # A login or a look at My day changes nobody's name, role or team.
    assert kind_of_statement("UPDATE users SET last_login_at=?, failed_logins=? WHERE id=?") is None
    assert kind_of_statement("UPDATE users SET full_name=? WHERE users.id = ?") == "user"


def test_a_commit_publishes_what_it_wrote_and_a_rollback_nothing(demo_db, login):
    worker = login("worker")
    reference = _own_case(demo_db, "worker")
    got = _collect(demo_db)
    with demo_db.session() as session:
        notes_and_tasks.add_note(session, worker, reference, "Phoned the landlord about keys")
    assert [c.kinds for c in got] == [frozenset({changes.NOTE, changes.AUDIT})]
    assert not got[0].remote
    got.clear()
    with pytest.raises(RuntimeError), demo_db.session() as session:
        notes_and_tasks.add_note(session, worker, reference, "Never kept")
        raise RuntimeError("the unit of work fails")
    assert got == []
    # A bulk statement outside the ORM's bookkeeping is seen too.
    with demo_db.session() as session:
        session.execute(
            update(Case).where(Case.reference == reference).values(legal_guardian="Nina Holm")
        )
    assert got[-1].kinds == {changes.CASE}


def test_a_login_changes_nothing_that_screens_show(demo_db, login):
    got = _collect(demo_db)
    login("worker")
    assert all(not c.worth_telling for c in got)


def test_two_open_windows_see_each_others_work_without_refresh(qtbot, demo_db, login):
    """A team lead reassigns while a worker's caseload and the lead's own board are open;
    both show it without anyone pressing Refresh, and My day behind them when shown."""
    from desktop_app.ui.main_window import MainWindow

    lead = login("lead")
    lead_window = MainWindow(demo_db, lead)
    qtbot.addWidget(lead_window)
    lead_window.show()
    board = lead_window.show_page("transitions")
    row = next(r for r in board.model.transition_rows() if r.primary_worker == "worker")
    reference = row.reference
    mine = MainWindow(demo_db, login("worker"))
    qtbot.addWidget(mine)
    mine.show()
    my_day = mine.page("my_day")  # built, then left behind the caseload
    qtbot.waitUntil(lambda: "Loading" not in my_day.heading.text())
    caseload = mine.show_page("caseload")
    qtbot.waitUntil(lambda: caseload.model.rowCount() > 0)
    case_id = _case_id(demo_db, reference)
    assert caseload.model.row_of_case(case_id) is not None
    assert not my_day.follower.stale

    with demo_db.session() as session:
        reassignment.reassign(
            session,
            lead,
            reference,
            "laura",
            "Files are in the shared folder",
            reason="Anna moves to after-care",
        )
    # The worker's caseload, in front, drops the case at once …
    qtbot.waitUntil(lambda: caseload.model.row_of_case(case_id) is None, timeout=3000)
    # … the lead's board names the new worker …
    qtbot.waitUntil(
        lambda: any(
            r.reference == reference and r.primary_worker == "laura"
            for r in board.model.transition_rows()
        ),
        timeout=3000,
    )
    # … and My day, behind, waits until it is shown, then reads it.
    assert my_day.follower.stale
    mine.show_page("my_day")
    assert not my_day.follower.stale


def test_an_enrolment_on_a_case_shows_on_the_open_partners_screen(qtbot, demo_db, login):
    """A worker enrols a young person while a team lead looks at the courses: the places
    left go down there without Refresh, and the programmes' tab, behind, is not read."""
    from desktop_app.services.partners import enrolments
    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(demo_db, login("lead"))
    qtbot.addWidget(window)
    window.show()
    screen = window.show_page("partners")
    courses = screen.courses
    course = next(
        c for c in courses.model.rows() if not c.retired and not c.full and c.places is not None
    )
    reference = _own_case(demo_db, "worker")
    with demo_db.session() as session:
        enrolments.enrol(session, login("worker"), reference, course.id)

    def taken() -> int:
        return next(c.taken for c in courses.model.rows() if c.id == course.id)

    qtbot.waitUntil(lambda: taken() == course.taken + 1, timeout=3000)
    assert not screen.programmes.follower.stale


def _case_id(database, reference: str) -> int:
    with database.session() as session:
        return int(session.scalar(select(Case.id).where(Case.reference == reference)))


OTHER_PROCESS = r"""
import os, sys
os.environ["HOMEWARD_TODAY"] = "2026-03-16"
from desktop_app.services.storage.database import open_database
from desktop_app.services.trust import auth
from desktop_app.services.cases import notes_and_tasks
from datetime import date
target, reference = sys.argv[1], sys.argv[2]
database = open_database(database_url=target) if "://" in target else open_database(target)
with database.session() as session:
    actor = auth.login(session, "worker", "demo")
with database.session() as session:
    notes_and_tasks.add_task(
        session, actor, reference, "Book the interpreter", due_date=date(2026, 3, 16)
    )
database.dispose()
"""


def _other_process_adds_a_task(demo_db_path, reference: str) -> None:
    target = database_url_for(demo_db_path) or str(demo_db_path)
    env = dict(os.environ, PYTHONPATH=os.getcwd())
    subprocess.run(
        [sys.executable, "-c", OTHER_PROCESS, target, reference],
        check=True,
        env=env,
        timeout=120,
        capture_output=True,
    )


def test_another_process_change_arrives(demo_db_path, login, demo_db):
    """SQLite: PRAGMA data_version and the header's count; PostgreSQL: LISTEN/NOTIFY."""
    reference = _own_case(demo_db, "worker")
    watcher = open_test_database(demo_db_path)
    try:
        heard = threading.Event()
        got: list[Changes] = []

        def listen(change: Changes) -> None:
            got.append(change)
            if change.remote and changes.TASK in change.kinds:
                heard.set()

        watcher.changes.subscribe(listen)
        watcher.watch_other_processes(poll_seconds=0.1)
        # This process's own writes are not taken for another's.
        with watcher.session() as session:
            notes_and_tasks.add_note(session, login("worker"), reference, "Own note")
        _other_process_adds_a_task(demo_db_path, reference)
        assert heard.wait(20), got
        own = [c for c in got if not c.remote]
        assert own and changes.NOTE in own[0].kinds
        assert len([c for c in got if c.remote]) == 1
    finally:
        watcher.dispose()


def test_another_process_change_shows_on_the_open_screen(qtbot, demo_db_path, login):
    from desktop_app.ui.main_window import MainWindow

    database = open_test_database(demo_db_path)
    try:
        database.watch_other_processes(poll_seconds=0.1)
        with database.session() as session:
            from desktop_app.services.trust import auth

            worker = auth.login(session, "worker", "demo")
        reference = _own_case(database, "worker")
        window = MainWindow(database, worker)
        qtbot.addWidget(window)
        window.show()
        page = window.show_page("my_day")
        qtbot.waitUntil(lambda: "Loading" not in page.heading.text())
        before = page.tasks.topLevelItemCount()
        titles = [page.tasks.topLevelItem(i).text(1) for i in range(before)]
        assert "Book the interpreter" not in titles
        _other_process_adds_a_task(demo_db_path, reference)
        # A task due today appears on My day, which nobody refreshed.
        qtbot.waitUntil(
            lambda: any(
                page.tasks.topLevelItem(i).text(1) == "Book the interpreter"
                for i in range(page.tasks.topLevelItemCount())
            ),
            timeout=20000,
        )
        window.close()
    finally:
        database.dispose()
