"""Every task has a way in: each menu action of each role opens something, and every
screen module of the desktop is reachable from the main window's menus."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from desktop_app.ui.main_menus import ADMIN_TABS
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.operations import wait_for_all
from tests.support.paths import REPO
from tests.ui.test_change_signal import _own_case

UI = REPO / "desktop_app" / "ui"
# The start's own dialogs, shown before there is a main window (ui/application.py).
STARTUP_MODULES = {"application", "login", "server_dialog", "encryption", "idle_lock"}


@pytest.fixture
def answered(monkeypatch):
    """Modal dialogs, file choosers and message boxes answer at once; each is noted."""
    opened: list[str] = []

    def dialog_exec(self):  # type: ignore[no-untyped-def]
        opened.append(type(self).__name__)
        return 0

    def file_dialog(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        opened.append("file dialog")
        return "", ""

    def message(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        opened.append("message box")
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QDialog, "exec", dialog_exec)
    for name in ("getSaveFileName", "getOpenFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(file_dialog))
    for name in ("information", "warning", "question", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(message))
    return opened


def _state(window: MainWindow) -> tuple:
    record = window.current_record()
    admin = window.pages.get("administration")
    return (
        window.isVisible(),
        window.stack.currentWidget(),
        record.tabs.currentIndex() if record is not None else None,
        admin.tabs.currentIndex() if admin is not None else None,
        QApplication.focusWidget(),
        window.statusBar().currentMessage(),
        frozenset(w for w in QApplication.topLevelWidgets() if w.isVisible()),
    )


@pytest.mark.parametrize("username", ["worker", "lead", "coordinator", "admin"])
def test_every_menu_action_of_every_role_opens_something(qtbot, demo_db, login, answered, username):
    actor = login(username)
    window = MainWindow(demo_db, actor)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    reference = _own_case(demo_db, "worker") if username == "worker" else None
    if username in ("lead", "coordinator"):
        reference = _own_case(demo_db, "worker")  # a case of Team North, which both may open
    actions = window.menus.all_actions()
    assert actions
    silent: list[str] = []
    for action in actions:
        # Each action starts from the same place: a case open with its last tab in front
        # (so a tab, a page or a case action always has somewhere to go).
        if not window.isVisible():
            window.next_step = None
            window.show()
        if reference is not None:
            record = window.open_case(reference)
            record.tabs.setCurrentIndex(record.tabs.count() - 1)
        if action.objectName().startswith("admin_"):
            window.show_admin_tab("users")
            window.pages["administration"].tabs.setCurrentIndex(
                1 if action.objectName() == "admin_users" else 0
            )
        window.statusBar().clearMessage()
        QApplication.processEvents()
        if not action.isEnabled():
            # Only a coordinator's "New case" (which says why) and Save on a case they may
            # read but not change are greyed out.
            record = window.current_record()
            assert (action is window.new_action and action.toolTip()) or (
                action is window.save_action and record is not None and not record.can_edit
            ), action.text()
            continue
        before = _state(window)
        answered.clear()
        action.trigger()
        QApplication.processEvents()
        wait_for_all()
        QApplication.processEvents()
        if not answered and _state(window) == before:
            silent.append(action.text())
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and widget is not window and widget not in before[-1]:
                widget.close()
    assert not silent, f"{username}: these menu actions open nothing: {silent}"
    window.next_step = None


def test_each_role_has_the_menus_it_needs(qtbot, demo_db, login):
    def texts(username: str) -> set[str]:
        window = MainWindow(demo_db, login(username))
        qtbot.addWidget(window)
        return {a.objectName() for a in window.menus.all_actions()}

    worker, lead, admin = texts("worker"), texts("lead"), texts("admin")
    coordinator = texts("coordinator")
    for everyone in ("newDatabase", "openDatabase", "connectServer", "logOut", "quit", "about"):
        assert everyone in worker and everyone in admin
    assert "importCaseload" not in worker and "importCaseload" in lead
    assert "exportCaseload" in worker and "exportStatistics" in lead
    assert "exportStatistics" not in worker
    assert "backUp" in admin and "backUp" not in lead
    assert {f"admin_{tab}" for tab in ADMIN_TABS} <= admin
    assert "findCase" not in admin  # no case content for administrators
    assert "closeTab" in worker
    # Partners' offers: kept by team leads and coordinators, read by workers who enrol.
    assert "go_partners" in lead and "go_partners" in coordinator and "go_partners" in worker


def _imports(path: Path) -> set[str]:
    """The ui modules a module imports, wherever the import stands (lazy ones too)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module == "desktop_app.ui":
                found |= {alias.name for alias in node.names}
            elif node.module.startswith("desktop_app.ui."):
                found.add(node.module.split(".")[2])
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("desktop_app.ui."):
                    found.add(alias.name.split(".")[2])
    return found


def test_every_screen_module_is_reachable_from_the_main_window():
    modules = {p.stem: p for p in UI.glob("*.py") if p.stem != "__init__"}
    graph = {name: _imports(path) & modules.keys() for name, path in modules.items()}

    def reachable(roots: set[str]) -> set[str]:
        seen, todo = set(), list(roots)
        while todo:
            name = todo.pop()
            if name not in seen:
                seen.add(name)
                todo += graph.get(name, ())
        return seen

    from_window = reachable({"main_window", "main_menus"})
    from_start = reachable({"application"} | _imports(UI.parent / "app.py"))
    unreached = sorted(set(modules) - from_window - STARTUP_MODULES)
    assert not unreached, f"no menu or page reaches these screen modules: {unreached}"
    assert set(modules) <= from_start | from_window
