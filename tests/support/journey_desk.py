"""The desktop as the journey tests use it: log in through the login dialog, open the main
window, press the buttons a user presses, answer the dialogs that open, move the clock on.

Everything goes through the real screens; the command line is run as `homeward` runs it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QPushButton, QWidget

from desktop_app.services.actor import Actor
from desktop_app.services.storage.database import Database
from desktop_app.ui.admin_screen import AdministrationScreen, NewUserDialog
from desktop_app.ui.case_housing_tab import OfferMoveDialog
from desktop_app.ui.housing_screen import HousingScreen, ProviderDialog, UnitDialog
from desktop_app.ui.idle_lock import ChangePasswordDialog, ensure_password_changed
from desktop_app.ui.login import LoginDialog
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.my_day import TRANSITION_ROLE, MyDayPage
from desktop_app.ui.new_case_dialog import NewCaseDialog
from desktop_app.ui.partners_dialogs import CourseDialog, ProgrammeDialog
from desktop_app.ui.partners_screen import PartnersScreen
from desktop_app.ui.transitions_board import TransitionsBoard
from tests.support.backends import db_args

ADMIN_PASSWORD = "a long admin passphrase"
INITIAL = "initial pw 1"  # what the administrator gives each new user


def own_password(username: str) -> str:
    """The password each user chooses at the first login."""
    return f"{username}'s own passphrase"


class Desk:
    """One office's desktop over one database: who is logged in, and what day it is."""

    def __init__(
        self,
        qtbot: Any,
        monkeypatch: pytest.MonkeyPatch,
        db: Database,
        db_path: Path,
        cli: Callable[..., Any],
    ) -> None:
        self.qtbot = qtbot
        self.monkeypatch = monkeypatch
        self.db = db
        self.db_path = db_path
        self._cli = cli
        self.windows: dict[str, MainWindow] = {}

    # --- time ------------------------------------------------------------------------

    def today_is(self, day: date) -> None:
        """The clock every rule, screen and command reads moves to `day`."""
        self.monkeypatch.setenv("HOMEWARD_TODAY", day.isoformat())

    # --- the command line --------------------------------------------------------------

    def command(self, user: str, *args: str) -> Any:
        result = self._cli(
            *db_args(self.db_path), "--user", user, *args, password=own_password(user)
        )
        assert result.code == 0, (args, result.err)
        return result

    def transitions_json(self, user: str, *args: str) -> list[dict[str, Any]]:
        return json.loads(self.command(user, "transitions", *args, "--format", "json").out)

    def init(self, admin: str) -> None:
        """`homeward init --admin NAME`, as IT runs it on a new database."""
        result = self._cli(
            *db_args(self.db_path), "init", "--admin", admin, password=ADMIN_PASSWORD
        )
        assert result.code == 0, result.err
        assert f"the administrator '{admin}'" in result.out

    # --- logging in --------------------------------------------------------------------

    def log_in(self, username: str, password: str | None = None) -> MainWindow:
        """The login dialog, the first login's change of password, then the main window."""
        dialog = LoginDialog(self.db)
        self.qtbot.addWidget(dialog)
        dialog.show()
        self.qtbot.keyClicks(dialog.username, username)
        self.qtbot.keyClicks(dialog.password, password or own_password(username))
        with self.qtbot.waitSignal(dialog.accepted, timeout=5000):
            self.qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        actor = dialog.actor
        assert actor is not None and actor.username == username

        def choose_own(change: ChangePasswordDialog) -> int:
            change.current.setText(password or INITIAL)
            change.new.setText(own_password(username))
            change.repeat.setText(own_password(username))
            change.try_change()
            return change.result()

        self.monkeypatch.setattr(ChangePasswordDialog, "exec", choose_own)
        assert ensure_password_changed(None, self.db, actor)
        return self.window(actor)

    def window(self, actor: Actor) -> MainWindow:
        old = self.windows.pop(actor.username, None)
        if old is not None:
            old.close()
        win = MainWindow(self.db, actor)
        self.qtbot.addWidget(win)
        win.show()
        self.windows[actor.username] = win
        return win

    # --- the administrator ---------------------------------------------------------------

    def new_team(self, admin: AdministrationScreen, name: str, municipality: str) -> None:
        typed = [name, municipality]  # the team's name, then its municipality
        self.monkeypatch.setattr(
            QInputDialog, "getText", staticmethod(lambda *a, **k: (typed.pop(0), True))
        )
        click(admin, "newTeam")
        assert typed == []

    def new_user(
        self,
        admin: AdministrationScreen,
        username: str,
        full_name: str,
        role: str,
        team: str | None,
    ) -> None:
        def fill(dialog: NewUserDialog) -> int:
            dialog.username.setText(username)
            dialog.full_name.setText(full_name)
            dialog.role.setCurrentIndex(dialog.role.findData(role))
            if team is not None:
                dialog.team.setCurrentIndex(dialog.team.findData(team))
            dialog.password.setText(INITIAL)
            return QDialog.DialogCode.Accepted

        self.monkeypatch.setattr(NewUserDialog, "exec", fill)
        click(admin, "newUser")

    # --- a worker's day ------------------------------------------------------------------

    def new_case(
        self, win: MainWindow, given: str, family: str, born: date, **fields: str
    ) -> tuple[str, QWidget]:
        """Ctrl+N: the new-case dialog filled in; the case opens."""
        made: list[str] = []

        def fill(dialog: NewCaseDialog) -> int:
            self.qtbot.keyClicks(dialog.given_name, given)
            self.qtbot.keyClicks(dialog.family_name, family)
            self.qtbot.keyClicks(dialog.date_of_birth, born.isoformat())
            for name, value in fields.items():
                self.qtbot.keyClicks(getattr(dialog, name), value)
            dialog.create()
            if dialog.created_reference:
                made.append(dialog.created_reference)
            return int(dialog.created_reference is not None)

        self.monkeypatch.setattr(NewCaseDialog, "exec", fill)
        win.new_action.trigger()  # Ctrl+N
        assert made, "no case was created"
        record = win.records[made[0]]
        assert win.stack.currentWidget() is record
        return made[0], record


def click(widget: QWidget, name: str) -> None:
    button = widget.findChild(QPushButton, name)
    assert button is not None, name
    assert button.isEnabled(), f"{name} is not enabled"
    button.click()


def my_day(win: MainWindow) -> MyDayPage:
    page = win.show_page("my_day")
    assert isinstance(page, MyDayPage)
    page.reload()  # as its Refresh button does
    return page


def my_day_rows(page: MyDayPage) -> list[Any]:
    """The transitions My day shows (those not hidden by its filter)."""
    rows = []
    for i in range(page.transitions.topLevelItemCount()):
        item = page.transitions.topLevelItem(i)
        row = item.data(0, TRANSITION_ROLE) if item is not None else None
        if row is not None and not item.isHidden():  # (not the "nothing to show" line)
            rows.append(row)
    return rows


def board(win: MainWindow) -> TransitionsBoard:
    page = win.show_page("transitions")
    assert isinstance(page, TransitionsBoard)
    page.reload()
    return page


def board_rows(page: TransitionsBoard) -> list[tuple[str, str]]:
    return [(r.reference, r.kind) for r in page.model.transition_rows()]


def shown(rows: list[Any]) -> list[tuple[str, str]]:
    return [(r.reference, r.kind) for r in rows]


def contract(rows: list[dict[str, Any]]) -> list[tuple[str, str, str, str | None]]:
    return [(r["reference"], r["kind"], r["status"], r["outcome"]) for r in rows]


def move_offer(record: QWidget, monkeypatch, state: str, on: date | None = None) -> str:
    """The case's first offer moved to `state` from its Housing tab (the move's date, when
    it asks for one, set to `on`); what the tab then says."""
    housing = record.show_tab("Housing")  # type: ignore[attr-defined]
    housing.offers_view.selectRow(0)

    def answer(dialog):
        if on is not None:
            dialog.move_in.setDate(on)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(OfferMoveDialog, "exec", answer)
    click(record, f"move_{state}")
    return housing.message.text()


def save_form(monkeypatch, dialog_class, fill) -> None:
    """The registry's form: filled as a user would, then Save pressed."""

    def exec_(dialog):
        fill(dialog)
        return QDialog.DialogCode.Accepted if dialog.try_save() else QDialog.DialogCode.Rejected

    monkeypatch.setattr(dialog_class, "exec", exec_)


def set_up_the_team(desk: Desk) -> None:
    """From `homeward init` to a team with its people, a course and a flat to offer."""
    desk.today_is(date(2026, 1, 5))
    desk.init("root")
    admin_window = desk.log_in("root", "a long admin passphrase")
    assert list(admin_window._specs) == ["administration"]  # no case content for IT
    admin = admin_window.show_page("administration")
    desk.new_team(admin, "North", "Aarhus")
    for username, name, role in (
        ("lena", "Lena Lund", "team_lead"),
        ("anna", "Anna Holm", "social_worker"),
        ("bo", "Bo Kjær", "social_worker"),
    ):
        desk.new_user(admin, username, name, role, "North")
    desk.new_user(admin, "cora", "Cora Nyberg", "coordinator", None)
    people = {
        admin.users_model.row_at(r).username: admin.users_model.row_at(r)
        for r in range(admin.users_model.rowCount())
    }
    assert {"root", "lena", "anna", "bo", "cora"} == set(people)
    assert people["anna"].team == "North" and people["anna"].must_change_password
    teams = [admin.teams_model.row_at(r) for r in range(admin.teams_model.rowCount())]
    assert [(t.name, t.municipality, t.members) for t in teams] == [("North", "Aarhus", 3)]

    # The team lead's first login: a new password, then the registries.
    lead = desk.log_in("lena", "initial pw 1")
    partners = lead.show_page("partners")
    assert isinstance(partners, PartnersScreen)
    assert partners.courses.model.rowCount() == 0

    def course(dialog):
        desk.qtbot.keyClicks(dialog.name, "Danish 1, module 2")
        desk.qtbot.keyClicks(dialog.provider, "Sprogcenter Aarhus")
        desk.qtbot.keyClicks(dialog.municipality, "Aarhus")
        dialog.level.setCurrentIndex(dialog.level.findData("A1"))
        dialog.places.setValue(12)
        dialog.hours.setValue(9)

    save_form(desk.monkeypatch, CourseDialog, course)
    click(partners.courses, "new_course")
    assert partners.courses.message.text() == "LC-00001 saved."
    partners.tabs.setCurrentIndex(1)

    def programme(dialog):
        desk.qtbot.keyClicks(dialog.name, "Job coaching for young adults")
        dialog.kind.setCurrentIndex(dialog.kind.findData("job_coaching"))
        desk.qtbot.keyClicks(dialog.organisation, "Jobcenter Aarhus")
        desk.qtbot.keyClicks(dialog.municipality, "Aarhus")
        dialog.places.setValue(8)

    save_form(desk.monkeypatch, ProgrammeDialog, programme)
    click(partners.programmes, "new_programme")
    assert [p.name for p in partners.programmes.model.rows()] == ["Job coaching for young adults"]

    housing = lead.show_page("housing")
    assert isinstance(housing, HousingScreen)
    assert housing.units_model.rowCount() == 0

    def provider(dialog: ProviderDialog) -> int:
        dialog.name.setText("Boligselskabet Fjordhuse")
        dialog.kind.setCurrentIndex(dialog.kind.findData("social_housing"))
        dialog.email.setText("udlejning@fjordhuse.example")
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
        return dialog.result()

    desk.monkeypatch.setattr(ProviderDialog, "exec", provider)
    click(housing, "newProvider")
    assert [p.name for p in housing.providers_model.rows()] == ["Boligselskabet Fjordhuse"]

    def unit(dialog: UnitDialog) -> int:
        dialog.provider.setCurrentIndex(dialog.provider.findText("Boligselskabet Fjordhuse"))
        dialog.address.setText("Fjordgade 5, 2. th")
        dialog.municipality.setText("Aarhus")
        dialog.unit_type.setCurrentIndex(dialog.unit_type.findData("social"))
        dialog.rooms.setValue(1)
        dialog.rent.setText("4200")
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
        return dialog.result()

    desk.monkeypatch.setattr(UnitDialog, "exec", unit)
    click(housing, "newUnit")
    assert [(u.address, u.municipality) for u in housing.units_model.rows()] == [
        ("Fjordgade 5, 2. th", "Aarhus")
    ]
