"""The main window's menus and toolbar: every task of every role has a way in.

File (databases, import, export, backup, log out, quit), Case (find, new, save, print,
close the tab, move between the record's tabs), Go (every page, Ctrl+1…), Calendar,
Administration (administrators), Settings and Help. Each action shows its shortcut in
its menu; an action a role may not use is not there at all. tests/ui/test_ui_menus.py
triggers every action for every role and fails on one that opens nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from desktop_app.services.actor import Role
from desktop_app.services.trust import permissions
from desktop_app.ui.icons import app_icon, icon

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow

# The administration screen's tabs in its order, each in the Administration menu.
ADMIN_TABS = ("users", "teams", "settings", "backups", "audit")


def shortcuts(*keys: QKeySequence | QKeySequence.StandardKey | str) -> list[QKeySequence]:
    """Each key once, the first shown in the menu (the platform's standard keys expanded)."""
    found: list[QKeySequence] = []
    for key in keys:
        if isinstance(key, QKeySequence.StandardKey):
            found += QKeySequence.keyBindings(key)
        else:
            found.append(QKeySequence(key))
    return list(dict.fromkeys(k for k in found if not k.isEmpty()))


class MainMenus(QObject):
    """Builds the menus and toolbar of `window` and carries out what they do."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        actor = window.actor
        self.content = actor.role is not Role.ADMIN
        self.leads = actor.role in (Role.TEAM_LEAD, Role.COORDINATOR)
        bar = window.menuBar()

        # --- File
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.setObjectName("fileMenu")
        self.new_database_action = self._action(
            self.tr("&New database…"), window.new_database, name="newDatabase"
        )
        self.open_database_action = self._action(
            self.tr("&Open database…"), window.open_database, "Ctrl+O", name="openDatabase"
        )
        self.connect_action = self._action(
            self.tr("Connect to a &server…"), window.connect_to_server, name="connectServer"
        )
        file_menu.addActions(
            [self.new_database_action, self.open_database_action, self.connect_action]
        )
        file_menu.addSeparator()
        if permissions.can_import(actor):
            self.import_action = self._action(
                self.tr("&Import caseload…"), self.import_caseload, "Ctrl+I", name="importCaseload"
            )
            file_menu.addAction(self.import_action)
        if self.content:
            export_menu = file_menu.addMenu(self.tr("&Export"))
            export_menu.setObjectName("exportMenu")
            self.export_cases_action = self._action(
                self.tr("&Caseload as a spreadsheet…"),
                self.export_caseload,
                "Ctrl+E",
                name="exportCaseload",
            )
            export_menu.addAction(self.export_cases_action)
            if self.leads:
                self.export_statistics_action = self._action(
                    self.tr("Anonymised &statistics…"),
                    self.export_statistics,
                    name="exportStatistics",
                )
                export_menu.addAction(self.export_statistics_action)
        if actor.role is Role.ADMIN:
            self.backup_action = self._action(
                self.tr("&Back up the database…"), self.back_up, name="backUp"
            )
            file_menu.addAction(self.backup_action)
        file_menu.addSeparator()
        self.log_out_action = self._action(
            self.tr("&Log out"), window.log_out, "Ctrl+Shift+L", icon_name="logout", name="logOut"
        )
        self.quit_action = self._action(
            self.tr("&Quit"), window.close, QKeySequence.StandardKey.Quit, name="quit"
        )
        file_menu.addActions([self.log_out_action, self.quit_action])

        # --- Case
        self.find_action = self._action(
            self.tr("&Find a case"),
            window.find_case,
            QKeySequence.StandardKey.Find,
            icon_name="search",
            name="findCase",
        )
        self.new_action = self._action(
            self.tr("&New case…"),
            window.new_case,
            QKeySequence.StandardKey.New,
            icon_name="new_case",
            name="newCase",
        )
        self.save_action = self._action(
            self.tr("&Save"),
            window.save_current,
            QKeySequence.StandardKey.Save,
            icon_name="save",
            name="save",
        )
        self.print_action = self._action(
            self.tr("&Print summary…"),
            window.print_current,
            QKeySequence.StandardKey.Print,
            icon_name="print",
            name="printSummary",
        )
        # "Close tab": it closes the record's tab in the window; the case stays open.
        # Ctrl+W everywhere (the platform's Close key is Ctrl+F4 on some desktops).
        self.close_action = self._action(
            self.tr("&Close tab"),
            window.close_current,
            "Ctrl+W",
            QKeySequence.StandardKey.Close,
            icon_name="close",
            name="closeTab",
        )
        self.next_tab_action = self._action(
            self.tr("Ne&xt tab of the case"),
            lambda: window.step_case_tab(1),
            "Ctrl+PgDown",
            "Ctrl+Tab",
            name="nextCaseTab",
        )
        self.previous_tab_action = self._action(
            self.tr("P&revious tab of the case"),
            lambda: window.step_case_tab(-1),
            "Ctrl+PgUp",
            "Ctrl+Shift+Tab",
            name="previousCaseTab",
        )
        # Alt+1 … Alt+9: the case's first … ninth tab (no menu entry each; the menu says so).
        self.case_tab_actions: list[QAction] = []
        for number in range(1, 10):
            action = self._action(
                self.tr("Tab %1 of the case").replace("%1", str(number)),
                lambda n=number: window.show_case_tab(n - 1),
                f"Alt+{number}",
                name=f"caseTab{number}",
            )
            window.addAction(action)
            self.case_tab_actions.append(action)
        if self.content:
            case_menu = bar.addMenu(self.tr("&Case"))
            case_menu.setObjectName("caseMenu")
            case_menu.addActions([self.find_action, self.new_action])
            case_menu.addSeparator()
            case_menu.addActions([self.save_action, self.print_action, self.close_action])
            case_menu.addSeparator()
            case_menu.addActions([self.next_tab_action, self.previous_tab_action])
            tabs_menu = case_menu.addMenu(self.tr("&Go to tab"))
            tabs_menu.addActions(self.case_tab_actions)
        can_create = actor.role in (Role.SOCIAL_WORKER, Role.TEAM_LEAD)
        self.new_action.setEnabled(can_create)
        if not can_create:
            self.new_action.setToolTip(
                self.tr("Only social workers and team leads open new cases.")
            )

        # --- Go: every page of the role (an administrator has one page: no menu)
        self.page_actions: dict[str, QAction] = {}
        specs = window.page_specs()
        go_menu = bar.addMenu(self.tr("&Go")) if len(specs) > 1 else QMenu()
        go_menu.setObjectName("goMenu")
        for number, spec in enumerate(specs if len(specs) > 1 else [], start=1):
            keys = [f"Ctrl+{number}"] if number <= 9 else []
            action = self._action(
                spec.title,
                lambda key=spec.key: window.show_page(key),
                *keys,
                icon_name=spec.icon_name,
                name=f"go_{spec.key}",
            )
            go_menu.addAction(action)
            self.page_actions[spec.key] = action
        # Partners' offers (language courses, employment and education programmes) join
        # the Go menu through MainWindow.page_specs: team leads and coordinators keep the
        # registries, social workers read them to enrol a young person.

        # --- Calendar
        self.calendar_actions = None
        if self.content:
            from desktop_app.ui.calendar_actions import CalendarActions

            self.calendar_actions = CalendarActions(window.database, actor, window)
            self.calendar_actions.install(bar)

        # --- Administration
        self.admin_actions: dict[str, QAction] = {}
        if actor.role is Role.ADMIN:
            admin_menu = bar.addMenu(self.tr("&Administration"))
            admin_menu.setObjectName("administrationMenu")
            titles = {
                "users": self.tr("&Users…"),
                "teams": self.tr("&Teams…"),
                "settings": self.tr("&Settings…"),
                "backups": self.tr("&Backups…"),
                "audit": self.tr("&Audit log…"),
            }
            for tab in ADMIN_TABS:
                action = self._action(
                    titles[tab], lambda t=tab: window.show_admin_tab(t), name=f"admin_{tab}"
                )
                admin_menu.addAction(action)
                self.admin_actions[tab] = action

        # --- Settings, Help
        settings_menu = bar.addMenu(self.tr("&Settings"))
        self.language_action = self._action(
            self.tr("&Language…"), window.choose_language, name="language"
        )
        settings_menu.addAction(self.language_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        self.shortcuts_action = self._action(
            self.tr("&Keyboard shortcuts"),
            window.show_shortcuts,
            QKeySequence.StandardKey.HelpContents,
            name="keyboardShortcuts",
        )
        self.about_action = self._action(
            self.tr("&About Homeward"), window.show_about, name="about"
        )
        self.about_action.setIcon(app_icon())
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addActions([self.shortcuts_action, self.about_action])

        # --- Toolbar: the everyday ones
        if self.content:
            toolbar = QToolBar(self.tr("Main"))
            toolbar.setObjectName("mainToolbar")
            toolbar.setMovable(False)
            toolbar.setIconSize(QSize(20, 20))
            toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            window.addToolBar(toolbar)
            toolbar.addActions([self.find_action, self.new_action])
            toolbar.addSeparator()
            toolbar.addActions([self.save_action, self.print_action, self.close_action])

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        *keys: QKeySequence | QKeySequence.StandardKey | str,
        icon_name: str | None = None,
        name: str = "",
    ) -> QAction:
        action = QAction(text, self.window)
        if icon_name:
            action.setIcon(icon(icon_name))
        if keys:
            action.setShortcuts(shortcuts(*keys))
        if name:
            action.setObjectName(name)
        # The status bar and screen readers say what the action does, with its keys.
        plain = text.replace("&", "").rstrip("…")
        keys_text = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{plain} ({keys_text})" if keys_text else plain)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def all_actions(self) -> list[QAction]:
        """Every action in the menus (with those of submenus), in menu order."""
        found: list[QAction] = []

        def walk(menu: QMenu) -> None:
            for action in menu.actions():
                if action.menu() is not None:
                    walk(action.menu())  # type: ignore[arg-type]
                elif not action.isSeparator():
                    found.append(action)

        for top in self.window.menuBar().actions():
            if top.menu() is not None:
                walk(top.menu())  # type: ignore[arg-type]
        return found

    # --- what the File menu does ----------------------------------------------------------

    def _caseload_filter(self):  # type: ignore[no-untyped-def]
        from desktop_app.services.cases.caseload import CaseloadFilter

        page = self.window.pages.get("caseload")
        if page is not None:
            return page.current_filter()  # type: ignore[attr-defined]
        return CaseloadFilter()

    def import_caseload(self) -> None:
        from desktop_app.ui.import_wizard import ImportWizard

        wizard = ImportWizard(self.window.database, self.window.actor, self.window)
        wizard.import_finished.connect(
            lambda: self.window.statusBar().showMessage(self.tr("The import is finished."), 8000)
        )
        wizard.exec()

    def export_caseload(self) -> None:
        from desktop_app.ui.export_actions import export_caseload

        export_caseload(
            self.window, self.window.database, self.window.actor, self._caseload_filter()
        )

    def export_statistics(self) -> None:
        from desktop_app.ui.export_actions import export_statistics

        export_statistics(self.window, self.window.database, self.window.actor)

    def back_up(self) -> None:
        admin = self.window.show_admin_tab("backups")
        admin.start_backup()  # type: ignore[attr-defined]
