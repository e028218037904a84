"""The administration screen, the audit viewer, the idle lock and the password change, on real widgets."""

from __future__ import annotations

import csv
import os
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSpinBox,
)
from sqlalchemy import select

from desktop_app.db.models import AuditEntry, Case, User
from desktop_app.services import settings
from desktop_app.services.actor import SYSTEM, Actor, Role
from desktop_app.services.errors import PermissionDeniedError
from desktop_app.services.storage.database import Database
from desktop_app.services.trust import auth, backup, users
from desktop_app.ui import operations
from desktop_app.ui.admin_screen import AdministrationScreen, NewUserDialog
from desktop_app.ui.audit_viewer import AuditModel, AuditViewer
from desktop_app.ui.idle_lock import ChangePasswordDialog, IdleLock


@pytest.fixture
def screen(qtbot: Any, demo_db: Database, login: Callable[[str], Actor]) -> AdministrationScreen:
    widget = AdministrationScreen(demo_db, login("admin"))
    qtbot.addWidget(widget)
    yield widget
    operations.wait_for_all()


def test_only_administrators_get_the_screen(
    qtbot: Any, demo_db: Database, login: Callable[[str], Actor]
) -> None:
    for name in ("worker", "lead", "coordinator"):
        with pytest.raises(PermissionDeniedError):
            AdministrationScreen(demo_db, login(name))


def test_users_are_listed_and_a_new_user_is_created(
    screen: AdministrationScreen, demo_db: Database, monkeypatch: pytest.MonkeyPatch, qtbot: Any
) -> None:
    names = [screen.users_model.row_at(r).username for r in range(screen.users_model.rowCount())]
    assert {"worker", "worker2", "lead", "coordinator", "admin"} <= set(names)

    def fill(dialog: NewUserDialog) -> int:
        dialog.username.setText("tove")
        dialog.full_name.setText("Tove Synthetic")
        dialog.role.setCurrentIndex(dialog.role.findData("social_worker"))
        dialog.team.setCurrentIndex(dialog.team.findData("Team South"))
        dialog.password.setText("initial-pass-77")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NewUserDialog, "exec", fill)
    screen.findChild(QPushButton, "newUser").click()
    with demo_db.session() as session:
        tove = session.scalar(select(User).where(User.username == "tove"))
        assert tove is not None and tove.must_change_password and tove.team is not None
        assert tove.team.name == "Team South"
    screen.select_user("tove")
    assert screen.selected_username() == "tove"
    screen.findChild(QPushButton, "toggleUser").click()
    with demo_db.session() as session:
        assert session.scalar(select(User.active).where(User.username == "tove")) is False


def test_a_team_is_renamed_and_moved_to_another_municipality(
    screen: AdministrationScreen, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    from desktop_app.db.models import Team
    from desktop_app.ui.tables import select_object

    assert select_object(screen.teams_table, lambda t: t.name == "Team North")
    asked: list[tuple[str, str]] = []
    typed = ["Team North-East", "Randers"]  # the name, then the municipality

    def answer(_parent, _title, label, **kwargs):  # type: ignore[no-untyped-def]
        asked.append((label, kwargs.get("text", "")))
        return typed.pop(0), True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(answer))
    screen.findChild(QPushButton, "renameTeam").click()
    # Each question starts from what the team has now.
    assert [text for _label, text in asked] == ["Team North", "Aarhus"]
    with demo_db.session() as s:
        team = s.scalar(select(Team).where(Team.name == "Team North-East"))
        assert team is not None and team.municipality == "Randers"
    assert "Randers" in [t.municipality for t in screen.teams_model.rows()]


def test_a_refused_change_shows_the_message_and_changes_nothing(
    screen: AdministrationScreen, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    screen.select_user("admin")
    screen.toggle_user()
    assert shown and "own account" in shown[0]


def test_settings_are_saved(screen: AdministrationScreen, demo_db: Database) -> None:
    from desktop_app.services import settings

    assert screen.rule_widgets["move_out_days"].value() == 28
    assert screen.checklist_boxes["budget_plan"].isChecked()
    assert not screen.checklist_boxes["housing_secured"].isEnabled()
    screen.setting_widgets["idle_lock_minutes"].setValue(7)  # type: ignore[union-attr]
    screen.rule_widgets["move_out_days"].setValue(42)
    screen.checklist_boxes["budget_plan"].setChecked(False)
    screen.save_settings_button.click()
    with demo_db.session() as session:
        assert settings.get(session, "idle_lock_minutes") == 7
        assert settings.transition_rules(session).move_out_days == 42
        assert "budget_plan" not in settings.checklist_template(session)


def test_the_calendar_reminder_is_set_on_the_settings_tab(
    screen: AdministrationScreen, demo_db: Database
) -> None:
    from desktop_app.services import calendar

    reminder = screen.setting_widgets["calendar_reminder_days"]
    assert isinstance(reminder, QSpinBox) and reminder.value() == 7
    assert (reminder.minimum(), reminder.maximum()) == (0, 90)
    reminder.setValue(3)
    screen.save_settings_button.click()
    with demo_db.session() as session:
        assert calendar.reminder_days(session) == 3


def test_a_refused_setting_saves_nothing(
    screen: AdministrationScreen, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app.services import settings

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    screen.setting_widgets["idle_lock_minutes"].setValue(9)  # type: ignore[union-attr]
    screen.rule_widgets["red_within_days"].setValue(200)  # beyond amber's 90 days
    screen.save_settings_button.click()
    assert shown and "Red cannot reach further" in shown[0]
    with demo_db.session() as session:
        assert settings.get(session, "idle_lock_minutes") == 15
        assert settings.transition_rules(session).red_within_days == 30


@pytest.mark.sqlite_only(
    reason="SQLite file backups; a PostgreSQL server is backed up with pg_dump"
)
def test_backup_and_restore_run_in_the_background(
    screen: AdministrationScreen,
    demo_db: Database,
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    target = tmp_path / "gui-backup.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(screen.backup_finished, timeout=20000):
        screen.backup_button.click()
    assert backup.check_file(target, None).ok
    assert "Backed up" in screen.backup_message.text()

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(screen.restore_finished, timeout=20000) as blocker:
        screen.restore_button.click()
    assert Path(blocker.args[0]).exists()
    assert "kept" in screen.backup_message.text()
    assert screen.backup_button.isEnabled()

    screen.check_button.click()
    qtbot.waitUntil(lambda: "audit chain: ok" in screen.backup_message.text(), timeout=20000)


def _open_a_team_case(demo_db: Database, lead: Actor) -> str:
    """Open the lead's team's first case (an audited read); its reference."""
    from desktop_app.services.cases import opening

    with demo_db.session() as session:
        reference = session.scalar(
            select(Case.reference).where(Case.team_id == lead.team_id).order_by(Case.id)
        )
        assert reference is not None
        opening.open_case(session, lead, reference)
    return reference


def test_audit_viewer_model_filters_and_csv(
    qtbot: Any,
    qtmodeltester: Any,
    demo_db: Database,
    login: Callable[[str], Actor],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    lead = login("lead")
    reference = _open_a_team_case(demo_db, lead)
    viewer = AuditViewer(demo_db, lead)
    qtbot.addWidget(viewer)
    qtmodeltester.check(viewer.model)
    assert viewer.model.rowCount() > 0
    with qtbot.waitSignal(viewer.loaded, timeout=3000):
        viewer.case_filter.setText(reference)
    rows = viewer.model.rows()
    assert rows and {r.case_reference for r in rows} == {reference}
    assert "case_opened" in {r.action for r in rows}
    index = viewer.model.index(0, AuditModel.COL_CASE)
    assert viewer.model.data(index) == reference

    out = tmp_path / "audit.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    viewer.export_button.click()
    with out.open(encoding="utf-8") as handle:
        records = list(csv.DictReader(handle))
    assert len(records) == len(rows)
    assert {r["case"] for r in records} == {reference}
    with demo_db.session() as session:
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert last is not None and last.action == "audit_exported"


def test_audit_viewer_dates_start_from_homewards_today(
    qtbot: Any, demo_db: Database, login: Callable[[str], Actor]
) -> None:
    """The date range offered is the last 30 days before Homeward's today (pinned here), and
    ticking both ends still shows what was just done."""
    lead = login("lead")
    reference = _open_a_team_case(demo_db, lead)
    viewer = AuditViewer(demo_db, lead)
    qtbot.addWidget(viewer)
    pinned = date.fromisoformat(os.environ["HOMEWARD_TODAY"])
    assert pinned != date.today()  # the premise: the pinned day is not the computer's
    until = viewer.until.date()
    assert (until.year(), until.month(), until.day()) == (pinned.year, pinned.month, pinned.day)
    assert viewer.since.date().daysTo(until) == 30
    viewer.since_check.setChecked(True)
    viewer.until_check.setChecked(True)
    viewer.case_filter.setText(reference)
    with qtbot.waitSignal(viewer.loaded, timeout=3000):
        viewer.apply_button.click()
    assert "case_opened" in {r.action for r in viewer.model.rows()}


def test_audit_viewer_shows_a_lead_only_their_team(
    qtbot: Any, demo_db: Database, login: Callable[[str], Actor]
) -> None:
    lead = login("lead")
    with demo_db.session() as session:
        south_ref = session.scalar(
            select(Case.reference).where(Case.team_id != lead.team_id).order_by(Case.id)
        )
    coordinator = login("coordinator")
    with demo_db.session() as session:
        from desktop_app.services.cases import opening

        opening.open_case(session, coordinator, south_ref)
    viewer = AuditViewer(demo_db, lead)
    qtbot.addWidget(viewer)
    assert south_ref not in {r.case_reference for r in viewer.model.rows()}
    assert "coordinator" not in {r.username for r in viewer.model.rows()}
    coordinator_view = AuditViewer(demo_db, coordinator)
    qtbot.addWidget(coordinator_view)
    assert south_ref in {r.case_reference for r in coordinator_view.model.rows()}


def test_idle_lock_hides_the_window_and_keeps_unsaved_edits(
    qtbot: Any, demo_db: Database, login: Callable[[str], Actor]
) -> None:
    worker = login("worker")
    window = QMainWindow()
    editor = QLineEdit()
    window.setCentralWidget(editor)
    qtbot.addWidget(window)
    window.show()
    editor.setText("a note typed but not saved")
    lock = IdleLock(demo_db, worker, window, interval_ms=80)
    with qtbot.waitSignal(lock.locked, timeout=3000):
        pass
    assert lock.is_locked and not editor.isVisible()
    dialog = lock.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reject()  # Escape does not unlock
    assert lock.is_locked
    dialog.password.setText("wrong")
    dialog.try_unlock()
    assert "not correct" in dialog.message.text() and lock.is_locked
    dialog.password.setText("demo")
    with qtbot.waitSignal(lock.unlocked, timeout=3000):
        dialog.try_unlock()
    assert not lock.is_locked and editor.isVisible()
    assert editor.text() == "a note typed but not saved"
    lock.stop()
    with demo_db.session() as session:
        actions = list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))
    assert "window_locked" in actions and "login_failed" in actions


def test_idle_lock_waits_while_the_user_is_active(
    qtbot: Any, demo_db: Database, login: Callable[[str], Actor]
) -> None:
    window = QMainWindow()
    editor = QLineEdit()
    window.setCentralWidget(editor)
    qtbot.addWidget(window)
    window.show()
    lock = IdleLock(demo_db, login("worker"), window, interval_ms=600)
    for _ in range(4):  # a keystroke whenever 200 ms went by idle: 800 ms in all, more than 600
        qtbot.waitUntil(lambda: lock.timer.remainingTime() < 400, timeout=3000)
        qtbot.keyClick(editor, "a")
        assert lock.timer.remainingTime() > 400  # the keystroke started the idle time afresh
    assert not lock.is_locked and editor.text() == "aaaa"
    with qtbot.waitSignal(lock.locked, timeout=3000):
        pass
    lock.stop()
    assert lock.dialog is not None
    lock.dialog.password.setText("demo")
    lock.dialog.try_unlock()


def test_first_login_password_change_dialog(qtbot: Any, db: Database) -> None:
    with db.session() as session:
        auth.create_user(
            session, SYSTEM, "boss", "Boss", Role.ADMIN, "admin-pass-1", must_change_password=False
        )
        admin = auth.actor_for(session.scalar(select(User).where(User.username == "boss")))
        users.create_user(session, admin, "coord", "Coord", "coordinator", "initial-pass-1")
    actor = users.log_in(db, "coord", "initial-pass-1")
    dialog = ChangePasswordDialog(db, actor, forced=True)
    qtbot.addWidget(dialog)
    dialog.current.setText("initial-pass-1")
    dialog.new.setText("mine-and-only-mine")
    dialog.repeat.setText("mine-and-only-min")
    dialog.try_change()
    assert "not the same" in dialog.message.text()
    dialog.repeat.setText("mine-and-only-mine")
    dialog.try_change()
    assert dialog.result() == QDialog.DialogCode.Accepted
    with db.session() as session:
        assert users.must_change_password(session, actor) is False
    users.log_in(db, "coord", "mine-and-only-mine")


# --- data-protection duties in the app ---------------------------------------


def test_data_protection_screen_export_and_anonymise(
    qtbot: Any,
    qtmodeltester: Any,
    demo_db: Database,
    login: Callable[[str], Actor],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    from datetime import date

    from desktop_app.ui.data_protection import DataProtectionScreen

    for name in ("worker", "admin"):
        with pytest.raises(PermissionDeniedError):
            DataProtectionScreen(demo_db, login(name))
    coordinator = login("coordinator")
    with demo_db.session() as session:
        old, other = session.scalars(select(Case).order_by(Case.id).limit(2)).all()
        old.status, old.closed_on, old.closed_reason = "closed", date(2019, 2, 1), "Moved away"
        old_ref, other_ref = old.reference, other.reference
    screen = DataProtectionScreen(demo_db, coordinator)
    qtbot.addWidget(screen)
    qtmodeltester.check(screen.model)
    assert [screen.model.row_at(r).reference for r in range(screen.model.rowCount())] == [old_ref]

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    screen.export_reference.setText(other_ref)
    with qtbot.waitSignal(screen.exported, timeout=20000):
        screen.export_button.click()
    assert (tmp_path / f"{other_ref}.json").exists() and (tmp_path / f"{other_ref}.pdf").exists()

    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    screen.table.selectRow(0)
    screen.anonymise_button.click()  # answered No: nothing happens
    with demo_db.session() as session:
        assert session.scalar(select(Case.anonymised).where(Case.reference == old_ref)) is False
    with qtbot.waitSignal(screen.anonymised, timeout=3000):
        screen.anonymise_button.click()
    with demo_db.session() as session:
        assert session.scalar(select(Case.anonymised).where(Case.reference == old_ref)) is True
    assert screen.model.rowCount() == 0


def test_failed_logins_in_the_login_dialog_lock_the_account(qtbot: Any, demo_db: Database) -> None:
    from desktop_app.ui.login import LoginDialog

    dialog = LoginDialog(demo_db, username="worker2")
    qtbot.addWidget(dialog)
    for _ in range(5):
        dialog.password.setText("wrong")
        dialog.try_login()
    dialog.password.setText("demo")
    dialog.try_login()
    assert dialog.actor is None
    assert "locked" in dialog.message.text()


@pytest.mark.sqlite_only(
    reason="SQLite file backups; a PostgreSQL server is backed up with pg_dump"
)
def test_the_daily_backup_starts_in_the_background(
    qtbot: Any, demo_db: Database, login: Callable[[str], Actor], tmp_path: Path
) -> None:
    from desktop_app.ui.idle_lock import start_daily_backup

    with demo_db.session() as session:
        settings.update_settings(
            session, login("admin"), {"backup_folder": str(tmp_path / "daily")}
        )
    start_daily_backup(demo_db)
    qtbot.waitUntil(lambda: bool(backup.automatic_backups(tmp_path / "daily")), timeout=20000)
    operations.wait_for_all()
    assert backup.check_file(backup.automatic_backups(tmp_path / "daily")[0], None).ok


def test_main_window_offers_the_trust_screens_by_role(
    qtbot: Any, demo_db: Database, login: Callable[[str], Actor]
) -> None:
    from desktop_app.ui.data_protection import DataProtectionScreen
    from desktop_app.ui.main_window import PAGE_ROLE, MainWindow

    def keys(window: MainWindow) -> set[str]:
        return {
            window.navigation.item(row).data(PAGE_ROLE) for row in range(window.navigation.count())
        }

    windows = []  # kept until the end: qtbot holds only weak references
    for user in ("lead", "coordinator"):
        window = MainWindow(demo_db, login(user))
        qtbot.addWidget(window)
        windows.append(window)
        assert isinstance(window.show_page("audit"), AuditViewer)
        assert isinstance(window.show_page("data_protection"), DataProtectionScreen)
    worker = MainWindow(demo_db, login("worker"))
    qtbot.addWidget(worker)
    assert not {"audit", "data_protection", "administration"} & keys(worker)
    admin = MainWindow(demo_db, login("admin"))
    qtbot.addWidget(admin)
    assert isinstance(admin.show_page("administration"), AdministrationScreen)
    assert not {"audit", "data_protection"} & keys(admin)
    operations.wait_for_all()


@pytest.mark.sqlite_only(
    reason="SQLite file backups; a PostgreSQL server is backed up with pg_dump"
)
def test_the_restore_question_says_when_the_backup_comes_from_another_database(
    screen: AdministrationScreen,
    demo_db: Database,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    from desktop_app.services.storage.database import open_database

    other = open_database(tmp_path / "other.db")  # a database of its own, with its own id
    other.dispose()
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "other.db"), "")
    )
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    screen.restore_button.click()
    assert asked and asked[0].startswith("The backup other.db comes from another database")
    assert "Replace everything in the database" in asked[0]
