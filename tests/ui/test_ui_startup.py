"""Start-up: which database opens, the demo created on first run, login, then the main window."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from desktop_app import config, runtime
from desktop_app.app import parse_desktop_args, run_gui
from desktop_app.db.models import Case, User
from desktop_app.ui import application, login, preferences
from desktop_app.ui.main_window import MainWindow
from tests.support.backends import database_url_for, db_args, open_test_database


@pytest.mark.sqlite_only(reason="which SQLite file the app opens without asking")
def test_known_database_order(tmp_path, demo_db_path):
    args = parse_desktop_args(["--db", str(demo_db_path)])
    assert application.known_database(args) == demo_db_path
    assert application.known_database(parse_desktop_args([])) is None  # asks
    preferences.remember_database(demo_db_path)
    assert application.known_database(parse_desktop_args([])) == demo_db_path
    # make run: the demo database, or nothing yet (then it is created)
    assert application.known_database(parse_desktop_args(["--first-run-demo"])) is None


def test_first_run_creates_the_demo_off_the_gui_thread(qapp, tmp_path):
    path = tmp_path / "demo" / "homeward-demo.db"
    assert application.create_demo_database(path, cases=25, seed=3)
    database = open_test_database(path)
    try:
        with database.session() as session:
            assert session.scalar(select(func.count()).select_from(Case)) == 25
            assert session.scalar(select(User.id).where(User.username == "worker")) is not None
    finally:
        database.dispose()
    assert not path.with_suffix(".creating").exists()


def test_run_logs_in_and_shows_the_main_window(qapp, demo_db_path, monkeypatch):
    shown: list[MainWindow] = []

    def log_in_as_worker(dialog: login.LoginDialog) -> int:
        dialog.username.setText("worker")
        dialog.password.setText("demo")
        dialog.try_login()
        return QDialog.DialogCode.Accepted if dialog.actor else QDialog.DialogCode.Rejected

    def event_loop(app: QApplication) -> int:
        shown.extend(
            w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        # The collector's settling waits for the window to have painted; until then
        # collections are rare…
        assert all(window.settle_timer.isActive() for window in shown)
        thresholds.append(gc.get_threshold()[0])
        for window in shown:
            window.close()
        return 0

    usual = gc.get_threshold()
    thresholds: list[int] = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    monkeypatch.setattr(login.LoginDialog, "exec", log_in_as_worker)
    monkeypatch.setattr(QApplication, "exec", event_loop)
    assert run_gui(db_args(demo_db_path)) == 0
    assert len(shown) == 1
    # …and usual again once the window closed, settled or not.
    assert thresholds == [runtime.STARTUP_THRESHOLD]
    assert gc.get_threshold() == usual
    # …and never runs after the window's event loop, in the middle of whatever follows.
    assert not shown[0].settle_timer.isActive()
    title = shown[0].windowTitle()
    url = database_url_for(demo_db_path)
    label = "demo.db" if url is None else f"{make_url(url).database}@127.0.0.1"
    assert label in title and "Anna Larsen" in title and "worker" in title
    if url is None:
        assert preferences.last_database() == Path(demo_db_path)
    shown[0].deleteLater()


def test_first_run_dialog_offers_four_ways(qtbot, tmp_path):
    dialog = login.FirstRunDialog(config.default_database_path())
    qtbot.addWidget(dialog)
    dialog.demo_button.click()
    assert dialog.result_choice == login.FirstRunResult(login.StartChoice.DEMO, None)
    assert dialog.new_button.text() and dialog.open_button.text() and dialog.server_button.text()


def test_first_run_creates_a_new_database_with_its_administrator(qapp, tmp_path, monkeypatch):
    target = tmp_path / "service" / "homeward.db"
    shown: list[MainWindow] = []

    def choose_new(dialog: login.FirstRunDialog) -> int:
        dialog.result_choice = login.FirstRunResult(login.StartChoice.NEW, target)
        return QDialog.DialogCode.Accepted

    def first_admin(dialog: login.FirstAdministratorDialog) -> int:
        dialog.username.setText("admin.anna")
        dialog.full_name.setText("Anna Admin")
        dialog.password.setText("a long synthetic passphrase")
        dialog.repeat.setText("a long synthetic passphrase")
        return QDialog.DialogCode.Accepted

    def log_in(dialog: login.LoginDialog) -> int:
        assert dialog.username.text() == "admin.anna"  # filled in from the first dialog
        dialog.password.setText("a long synthetic passphrase")
        dialog.try_login()
        return QDialog.DialogCode.Accepted if dialog.actor else QDialog.DialogCode.Rejected

    def event_loop(app: QApplication) -> int:
        shown.extend(
            w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        for window in shown:
            window.close()
        return 0

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(login.FirstRunDialog, "exec", choose_new)
    monkeypatch.setattr(login.FirstAdministratorDialog, "exec", first_admin)
    monkeypatch.setattr(login.LoginDialog, "exec", log_in)
    monkeypatch.setattr(QApplication, "exec", event_loop)
    assert run_gui([]) == 0
    assert target.exists()
    assert len(shown) == 1
    pages = [shown[0].navigation.item(r).text() for r in range(shown[0].navigation.count())]
    assert pages[0] == "Administration"
    assert preferences.last_database() == target
    shown[0].deleteLater()


def test_login_on_a_demo_database_says_how_to_log_in(qtbot, demo_db, db):
    from PySide6.QtWidgets import QLabel

    from desktop_app.ui.login import LoginDialog

    demo = LoginDialog(demo_db)
    qtbot.addWidget(demo)
    hint = demo.findChild(QLabel, "demoHint")
    assert hint is not None and "demo" in hint.text() and "worker" in hint.text()
    real = LoginDialog(db)
    qtbot.addWidget(real)
    assert real.findChild(QLabel, "demoHint") is None  # never on a real database
