"""The main window: navigation, pages, open case records, status bar, shortcuts."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services import changes as kinds
from desktop_app.services import settings as org_settings
from desktop_app.services.actor import Actor, Role
from desktop_app.services.changes import Changes
from desktop_app.services.errors import HomewardError
from desktop_app.services.storage.database import Database
from desktop_app.ui import keyboard, labels
from desktop_app.ui.change_signal import ChangeFollower, bridge_for, follow_changes
from desktop_app.ui.connection_watch import ConnectionWatch
from desktop_app.ui.icons import app_icon, icon
from desktop_app.ui.messages import error_text
from desktop_app.ui.preferences import ui_settings

log = logging.getLogger(__name__)

PAGE_ROLE = Qt.ItemDataRole.UserRole + 1
# What an open case record shows: everything about a case, and the rules behind it.
RECORD_SHOWS = kinds.ALL_KINDS - {kinds.AUDIT, kinds.SCHEMA, kinds.UNIT}
# What the subscribed calendar file holds.
CALENDAR_SHOWS = (kinds.APPOINTMENT, kinds.TASK, kinds.TRANSITION, kinds.CASE, kinds.ASSIGNMENT)


# Each page's screen, built the first time the page is shown; the imports wait until then
# so the window opens without loading every screen (and the libraries behind them).


def _my_day(database: Database, actor: Actor) -> QWidget:
    from desktop_app.ui.my_day import MyDayPage

    return MyDayPage(database, actor)


def _caseload(database: Database, actor: Actor) -> QWidget:
    from desktop_app.ui.caseload_page import CaseloadPage

    return CaseloadPage(database, actor)


def _transitions(database: Database, actor: Actor) -> QWidget:
    from desktop_app.ui.transitions_board import TransitionsBoard

    return TransitionsBoard(database, actor)


def _housing(database: Database, actor: Actor) -> QWidget:
    from desktop_app.ui.housing_screen import HousingScreen

    return HousingScreen(database, actor)


def _partners(database: Database, actor: Actor) -> QWidget:
    from desktop_app.ui.partners_screen import PartnersScreen

    return PartnersScreen(database, actor)


def _team(database: Database, actor: Actor) -> QWidget:
    from desktop_app.ui.team_screen import TeamScreen

    return TeamScreen(database, actor)


def _reports(database: Database, actor: Actor) -> QWidget:
    from desktop_app.ui.reports_screen import ReportsScreen

    return ReportsScreen(database, actor)


def _data_protection(database: Database, actor: Actor) -> QWidget:
    from desktop_app.ui.data_protection import DataProtectionScreen

    return DataProtectionScreen(database, actor)


def _audit(database: Database, actor: Actor) -> QWidget:
    from desktop_app.ui.audit_viewer import AuditViewer

    return AuditViewer(database, actor)


def _administration(database: Database, actor: Actor) -> QWidget:
    from desktop_app.ui.admin_screen import AdministrationScreen

    return AdministrationScreen(database, actor)


@dataclass(frozen=True)
class NextStep:
    """What the window was closed for: quit (None), log out, or another database.

    `path` is a SQLite file to open (`create`: a new one); `database` a server
    database already connected."""

    log_out: bool = False
    path: Path | None = None
    create: bool = False
    database: Database | None = None


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    icon_name: str
    build: Callable[[Database, Actor], QWidget]


class MainWindow(QMainWindow):
    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.setWindowIcon(app_icon())
        self.setWindowTitle(
            self.tr("Homeward — %1 — %2 (%3)")
            .replace("%1", database.label)
            .replace("%2", actor.full_name or actor.username)
            .replace("%3", actor.username)
        )
        self.pages: dict[str, QWidget] = {}
        self.records: dict[str, QWidget] = {}  # reference -> CaseRecordPage
        self._record_followers: dict[str, ChangeFollower] = {}
        self.next_step: NextStep | None = None  # set when closed to log out or switch

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Pages and open cases"))
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.setMinimumWidth(190)
        self.navigation.setMaximumWidth(280)
        self.navigation.setSpacing(2)
        # A long name is cut with "…" (its tooltip holds it whole), never scrolled sideways.
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        splitter = QSplitter()
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        central = QWidget()
        self._column = QVBoxLayout(central)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(0)
        self._column.addWidget(splitter, 1)  # the pages take the height; a banner only its line
        self.setCentralWidget(central)

        self._specs = {spec.key: spec for spec in self.page_specs()}
        for spec in self._specs.values():
            item = QListWidgetItem(icon(spec.icon_name), spec.title)
            item.setData(PAGE_ROLE, spec.key)
            item.setToolTip(spec.title)
            self.navigation.addItem(item)
        self._records_header = QListWidgetItem(self.tr("Open cases"))
        self._records_header.setFlags(Qt.ItemFlag.NoItemFlags)
        font = self._records_header.font()
        font.setBold(True)
        self._records_header.setFont(font)
        self.navigation.addItem(self._records_header)
        self._records_header.setHidden(True)  # (hiding works once the item is in the list)
        self.navigation.currentItemChanged.connect(self._navigate)
        # An administrator has one page and opens no case: the page gets the whole width.
        self.navigation.setVisible(len(self._specs) > 1)

        keyboard.install(QApplication.instance())  # type: ignore[arg-type]
        self._build_actions()
        bridge_for(database).changed.connect(self._changes_arrived)
        self._status = QLabel()
        self._status.setObjectName("statusText")
        self.statusBar().addPermanentWidget(self._status)
        self._update_status()
        # A shared server can go away; a SQLite file on this PC cannot.
        self.connection_watch = None
        if database.path is None:
            self.connection_watch = ConnectionWatch(database, self)
            self._column.insertWidget(0, self.connection_watch.banner)
        self._restore_geometry()
        self.navigation.setCurrentRow(0)

    # --- pages -------------------------------------------------------------------

    def page_specs(self) -> list[PageSpec]:
        """The pages of the actor's role, in navigation order."""
        role = self.actor.role
        leads = role in (Role.TEAM_LEAD, Role.COORDINATOR)
        if role is Role.ADMIN:  # no case content
            return [
                PageSpec(
                    "administration", self.tr("Administration"), "administration", _administration
                )
            ]
        caseload = self.tr("My caseload") if role is Role.SOCIAL_WORKER else self.tr("Caseload")
        specs = [
            PageSpec("my_day", self.tr("My day"), "my_day", _my_day),
            PageSpec("caseload", caseload, "caseload", _caseload),
            PageSpec("transitions", self.tr("Transitions"), "transitions", _transitions),
            PageSpec("housing", self.tr("Housing"), "housing", _housing),
            PageSpec("partners", self.tr("Partners' offers"), "partners", _partners),
        ]
        if leads:
            specs.append(PageSpec("team", self.tr("Team"), "team", _team))
        specs.append(PageSpec("reports", self.tr("Reports"), "reports", _reports))
        if leads:
            # Data-protection duties and the audit log (team leads: their team's).
            specs += [
                PageSpec(
                    "data_protection",
                    self.tr("Data protection"),
                    "administration",
                    _data_protection,
                ),
                PageSpec("audit", self.tr("Audit log"), "search", _audit),
            ]
        return specs

    def _make_page(self, spec: PageSpec) -> QWidget:
        page = spec.build(self.database, self.actor)
        if spec.key == "caseload":
            page.count_changed.connect(self._update_status)  # type: ignore[attr-defined]
            self._update_status(page.model.rowCount())  # type: ignore[attr-defined]
        signal = getattr(page, "open_case", None)
        if signal is not None:
            signal.connect(self.open_case)
        return page

    def page(self, key: str) -> QWidget:
        """The page for a navigation key, created the first time it is needed."""
        if key not in self.pages:
            page = self._make_page(self._specs[key])
            page.setObjectName(f"page_{key}")
            self.pages[key] = page
            self.stack.addWidget(page)
        return self.pages[key]

    def show_page(self, key: str) -> QWidget:
        for row in range(self.navigation.count()):
            if self.navigation.item(row).data(PAGE_ROLE) == key:
                self.navigation.setCurrentRow(row)
                break
        return self.page(key)

    def _navigate(self, current: QListWidgetItem | None, _previous: object = None) -> None:
        if current is None:
            return
        key = current.data(PAGE_ROLE)
        if not key:
            return
        if key.startswith("case:"):
            record = self.records.get(key[5:])
            if record is not None:
                self.stack.setCurrentWidget(record)
            return
        try:
            page = self.page(key)
        except HomewardError as exc:  # e.g. the server went away: say so, try again next time
            QMessageBox.warning(self, self.tr("Homeward"), error_text(exc))
            return
        self.stack.setCurrentWidget(page)
        self._update_actions()

    # --- case records ---------------------------------------------------------

    def open_case(self, reference: str) -> QWidget | None:
        """Show a case record (opening it if needed) and return it."""
        if reference in self.records:
            self._select_record(reference)
            return self.records[reference]
        from desktop_app.ui.case_record import CaseRecordPage

        try:
            record = CaseRecordPage(self.database, self.actor, reference)
        except HomewardError as exc:
            QMessageBox.warning(self, self.tr("Homeward"), error_text(exc))
            return None
        record.saved.connect(self._case_changed)
        record.leave_keys_to_menus()
        # Another screen's change, or another PC's, shows in the record; unsaved person
        # fields stay as typed (reload keeps the form).
        follower = follow_changes(
            record, self.database, RECORD_SHOWS, lambda ref=reference: self._refresh_record(ref)
        )
        record.saved.connect(follower.read)  # the record read itself after its own change
        self._record_followers[reference] = follower
        record.close_requested.connect(lambda ref=reference: self.close_case(ref))
        record.title_changed.connect(lambda text, ref=reference: self._retitle(ref, text))
        self.records[reference] = record
        self.stack.addWidget(record)
        item = QListWidgetItem(icon("case"), record.nav_title())
        item.setData(PAGE_ROLE, f"case:{reference}")
        item.setToolTip(record.nav_title())
        self._records_header.setHidden(False)
        self.navigation.addItem(item)
        self._select_record(reference)
        return record

    def _select_record(self, reference: str) -> None:
        for row in range(self.navigation.count()):
            if self.navigation.item(row).data(PAGE_ROLE) == f"case:{reference}":
                self.navigation.setCurrentRow(row)
        self._update_actions()

    def _retitle(self, reference: str, text: str) -> None:
        for row in range(self.navigation.count()):
            item = self.navigation.item(row)
            if item.data(PAGE_ROLE) == f"case:{reference}":
                item.setText(text)

    def current_record(self) -> QWidget | None:
        widget = self.stack.currentWidget()
        return widget if widget in self.records.values() else None

    def close_case(self, reference: str) -> bool:
        record = self.records.get(reference)
        if record is None:
            return True
        if not record.confirm_close():  # type: ignore[attr-defined]
            return False
        for row in range(self.navigation.count()):
            if self.navigation.item(row).data(PAGE_ROLE) == f"case:{reference}":
                self.navigation.takeItem(row)
                break
        del self.records[reference]
        self._record_followers.pop(reference, None)
        self.stack.removeWidget(record)
        record.deleteLater()
        self._records_header.setHidden(not self.records)
        if self.stack.currentWidget() is None or self.navigation.currentItem() is None:
            self.show_page("caseload" if "caseload" in self._specs else next(iter(self._specs)))
        return True

    def _case_changed(self, reference: str) -> None:
        # The other pages hear of it through the change signal (services/changes.py).
        self.statusBar().showMessage(self.tr("Saved %1.").replace("%1", reference), 5000)

    def _refresh_record(self, reference: str) -> None:
        record = self.records.get(reference)
        if record is None:
            return
        try:
            record.reload()  # type: ignore[attr-defined]
        except HomewardError as exc:  # e.g. the case moved to another team meanwhile
            self.statusBar().showMessage(error_text(exc), 10000)
            return
        self._retitle(reference, record.nav_title())  # type: ignore[attr-defined]

    def _changes_arrived(self, changes: Changes) -> None:
        if self.calendar_actions is not None and changes.touches(CALENDAR_SHOWS):
            self.calendar_actions.refresh()  # the subscribed calendar file, if any

    # --- actions ------------------------------------------------------------------

    def _build_actions(self) -> None:
        self._actions_timer = QTimer(self)
        self._actions_timer.setSingleShot(True)
        self._actions_timer.timeout.connect(self._apply_action_states)
        from desktop_app.ui.main_menus import MainMenus

        self.menus = MainMenus(self)
        # (kept as attributes: screens and tests reach the actions by these names)
        self.find_action = self.menus.find_action
        self.new_action = self.menus.new_action
        self.save_action = self.menus.save_action
        self.print_action = self.menus.print_action
        self.close_action = self.menus.close_action
        self.language_action = self.menus.language_action
        self.about_action = self.menus.about_action
        self.calendar_actions = self.menus.calendar_actions
        self._update_actions()

    def _update_actions(self) -> None:
        # Enabling or disabling an action changes Qt's shortcut map; doing that while the
        # map is delivering a shortcut (Ctrl+W closing a record) corrupts memory, so the
        # change waits for the event loop.
        self._actions_timer.start(0)

    def _apply_action_states(self) -> None:
        record = self.current_record()
        self.save_action.setEnabled(record is not None and record.can_edit)  # type: ignore[attr-defined]
        self.print_action.setEnabled(record is not None)
        self.close_action.setEnabled(record is not None)

    def find_case(self) -> None:
        if "caseload" not in self._specs:
            return
        page = self.show_page("caseload")
        page.focus_search()  # type: ignore[attr-defined]

    def new_case(self) -> None:
        if not self.new_action.isEnabled():
            return
        from desktop_app.ui.new_case_dialog import NewCaseDialog

        dialog = NewCaseDialog(self.database, self.actor, self)
        if dialog.exec() and dialog.created_reference:
            self._case_changed(dialog.created_reference)
            self.open_case(dialog.created_reference)

    def save_current(self) -> None:
        record = self.current_record()
        if record is None:
            return
        if not record.is_dirty():  # type: ignore[attr-defined]
            self.statusBar().showMessage(
                self.tr("Nothing to save: %1 has no unsaved changes.").replace(
                    "%1",
                    record.reference,  # type: ignore[attr-defined]
                ),
                5000,
            )
            return
        record.save()  # type: ignore[attr-defined]

    def choose_language(self) -> None:
        from desktop_app.ui.language import LanguageDialog

        LanguageDialog(self).exec()

    def show_about(self) -> None:
        from desktop_app.ui.about_dialog import AboutDialog

        AboutDialog(self.database, self).exec()

    def print_current(self) -> None:
        record = self.current_record()
        if record is None:
            return
        from desktop_app.ui.print_preview import print_case_summary

        print_case_summary(self, self.database, self.actor, record.reference)  # type: ignore[attr-defined]

    def close_current(self) -> None:
        """Close the tab of the case in front (the case itself stays as it is)."""
        record = self.current_record()
        if record is not None:
            self.close_case(record.reference)  # type: ignore[attr-defined]

    def step_case_tab(self, step: int) -> None:
        """The next (1) or previous (-1) tab of the case in front, round the end."""
        record = self.current_record()
        if record is None:
            return
        tabs = record.tabs  # type: ignore[attr-defined]
        tabs.setCurrentIndex((tabs.currentIndex() + step) % tabs.count())
        tabs.tabBar().setFocus(Qt.FocusReason.TabFocusReason)

    def show_case_tab(self, index: int) -> None:
        record = self.current_record()
        if record is None:
            return
        tabs = record.tabs  # type: ignore[attr-defined]
        if 0 <= index < tabs.count():
            tabs.setCurrentIndex(index)
            # Straight to the tab's first text box (a name), else its first button ("New
            # note…"), else its tab.
            page = tabs.currentWidget()
            if not keyboard.focus_first_input(page) and not keyboard.focus_first_button(page):
                tabs.tabBar().setFocus(Qt.FocusReason.TabFocusReason)

    def show_admin_tab(self, key: str) -> QWidget:
        """The Administration page with one of its tabs in front."""
        from desktop_app.ui.main_menus import ADMIN_TABS

        page = self.show_page("administration")
        page.tabs.setCurrentIndex(ADMIN_TABS.index(key))  # type: ignore[attr-defined]
        return page

    def show_shortcuts(self) -> None:
        from desktop_app.ui.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self.menus.all_actions(), self).exec()

    # --- another database, another user -----------------------------------------------

    def new_database(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("New database"), "homeward.db", self.tr("Homeward databases (*.db)")
        )
        if path:
            target = Path(path) if Path(path).suffix else Path(path).with_suffix(".db")
            self._close_for(NextStep(path=target, create=True))

    def open_database(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a database"),
            str(self.database.path.parent) if self.database.path is not None else "",
            self.tr("Homeward databases (*.db);;All files (*)"),
        )
        if path:
            self._close_for(NextStep(path=Path(path)))

    def connect_to_server(self) -> None:
        from desktop_app.ui.server_dialog import ServerConnectionDialog

        dialog = ServerConnectionDialog(self)
        if dialog.exec() and dialog.database is not None:
            if not self._close_for(NextStep(database=dialog.database)):
                dialog.database.dispose()

    def log_out(self) -> None:
        self._close_for(NextStep(log_out=True))

    def _close_for(self, step: NextStep) -> bool:
        """Close the window (asking about unsaved changes) so the start can go on with `step`."""
        self.next_step = step
        if not self.close():
            self.next_step = None
            return False
        return True

    def _update_status(self, count: int | None = None) -> None:
        with self.database.session() as session:
            organisation = org_settings.organisation_name(session)
        parts = [
            self.tr("%1 (%2)")
            .replace("%1", self.actor.full_name or self.actor.username)
            .replace("%2", labels.label(labels.ROLES, self.actor.role.value)),
            organisation,
            self.tr("Database: %1").replace("%1", self.database.label),
        ]
        if count is not None:
            parts.append(
                labels.counted(
                    self.tr("%n case(s) in the list", "", count),
                    count,
                )
            )
        self._status.setText("  ·  ".join(parts))

    # --- window state ---------------------------------------------------------------

    def _restore_geometry(self) -> None:
        settings = ui_settings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray | bytes) and self.restoreGeometry(QByteArray(geometry)):
            state = settings.value("window/state")
            if isinstance(state, QByteArray | bytes):
                self.restoreState(QByteArray(state))
        else:
            self.resize(1280, 800)

    def save_layout(self) -> None:
        settings = ui_settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.sync()
        caseload = self.pages.get("caseload")
        if caseload is not None:
            caseload.save_columns()  # type: ignore[attr-defined]

    def closeEvent(self, event: QCloseEvent) -> None:
        for reference in list(self.records):
            self._select_record(reference)
            if not self.close_case(reference):
                event.ignore()
                return
        self.save_layout()
        event.accept()
