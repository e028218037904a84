"""The main window: My day, navigation by role, every page its screen, remembered layout, shortcuts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desktop_app.services.cases import notes_and_tasks
from desktop_app.ui.admin_screen import AdministrationScreen
from desktop_app.ui.audit_viewer import AuditViewer
from desktop_app.ui.caseload_page import CaseloadPage
from desktop_app.ui.data_protection import DataProtectionScreen
from desktop_app.ui.housing_screen import HousingScreen
from desktop_app.ui.main_window import PAGE_ROLE, MainWindow
from desktop_app.ui.my_day import MyDayPage
from desktop_app.ui.partners_screen import PartnersScreen
from desktop_app.ui.reports_screen import ReportsScreen
from desktop_app.ui.team_screen import TeamScreen
from desktop_app.ui.transitions_board import TransitionsBoard
from tests.support.backends import database_label

# The screen of each page: a page that fails to build is an error, never a stand-in.
SCREENS = {
    "my_day": MyDayPage,
    "caseload": CaseloadPage,
    "transitions": TransitionsBoard,
    "housing": HousingScreen,
    "partners": PartnersScreen,
    "team": TeamScreen,
    "reports": ReportsScreen,
    "data_protection": DataProtectionScreen,
    "audit": AuditViewer,
    "administration": AdministrationScreen,
}


def _keys(win):
    return [
        win.navigation.item(r).data(PAGE_ROLE)
        for r in range(win.navigation.count())
        if win.navigation.item(r).data(PAGE_ROLE)
    ]


def test_my_day_lists_my_red_and_amber_transitions_and_due_tasks(qtbot, demo_db, login):
    worker = login("worker")
    with demo_db.session() as session:
        notes_and_tasks.add_task(
            session, worker, "HW-2026-00003", "Synthetic follow-up", due_date=None
        )
        notes_and_tasks.add_task(
            session,
            worker,
            "HW-2026-00003",
            "Call the housing office",
            due_date=__import__("datetime").date(2026, 3, 16),
        )
    win = MainWindow(demo_db, worker)
    qtbot.addWidget(win)
    page = win.pages["my_day"]
    assert win.stack.currentWidget() is page
    assert "Loading" in page.heading.text()  # the window shows before the queries run
    qtbot.waitUntil(lambda: "Loading" not in page.heading.text(), timeout=5000)
    risky = page.transitions
    rows = [
        [risky.topLevelItem(i).text(c) for c in range(6)] for i in range(risky.topLevelItemCount())
    ]
    assert rows and all(r[0] in ("Red", "Amber") for r in rows)
    assert any(r[3] == "HW-2026-00001" and r[2] == "Turns 18" for r in rows)
    assert all(r[5] for r in rows)  # each says why
    tasks = [page.tasks.topLevelItem(i).text(1) for i in range(page.tasks.topLevelItemCount())]
    assert "Call the housing office" in tasks
    assert "Synthetic follow-up" not in tasks  # no due date: not due today
    # Activating a row opens the case.
    with qtbot.waitSignal(page.open_case) as opened:
        page.transitions.itemActivated.emit(risky.topLevelItem(0), 0)
    assert opened.args[0] in win.records


def test_new_assignments_show_once(qtbot, demo_db, login):
    lead = login("lead")
    worker = login("worker")
    from desktop_app.db.models import Case, User
    from desktop_app.services import clock
    from desktop_app.services.cases.editing import assign_worker

    win = MainWindow(demo_db, worker)  # looking once marks everything as seen
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: "Loading" not in win.pages["my_day"].heading.text(), timeout=5000)
    with demo_db.session() as session:
        seen = session.query(User).filter_by(username="worker").one().last_seen_assignments_at
    # Assignments are stamped to the second, and the demo's were made when its template was,
    # perhaps this very second: the new one is to come after what was seen.
    qtbot.waitUntil(lambda: clock.now() > seen, timeout=3000)
    with demo_db.session() as session:
        case = session.query(Case).filter_by(reference="HW-2026-00013").one()
        user = session.query(User).filter_by(username="worker").one()
        assert case.team_id == lead.team_id
        assign_worker(session, case, user.id, "secondary", reason="Cover during leave")
    page = win.pages["my_day"]
    page.reload()
    refs = [
        page.new_cases.topLevelItem(i).text(0) for i in range(page.new_cases.topLevelItemCount())
    ]
    assert refs == ["HW-2026-00013"]
    page.reload()
    assert page.new_cases.topLevelItem(0).text(0) == "No new cases."


def test_navigation_depends_on_the_role(qtbot, demo_db, login):
    lead_pages = ["my_day", "caseload", "transitions", "housing", "partners", "team", "reports",
                  "data_protection", "audit"]  # fmt: skip
    expected = {
        "worker": ["my_day", "caseload", "transitions", "housing", "partners", "reports"],
        "lead": lead_pages,
        "coordinator": lead_pages,
        "admin": ["administration"],
    }
    for user, keys in expected.items():
        win = MainWindow(demo_db, login(user))
        qtbot.addWidget(win)
        assert _keys(win) == keys
        if user == "admin":
            assert not win.find_action.isEnabled() or "caseload" not in win._specs


def test_a_screen_that_fails_to_build_is_an_error_not_a_placeholder(
    qtbot, demo_db, login, monkeypatch
):
    def broken(self, *args, **kwargs):
        raise RuntimeError("the housing screen is broken")

    monkeypatch.setattr(HousingScreen, "__init__", broken)
    win = MainWindow(demo_db, login("worker"))
    qtbot.addWidget(win)
    with pytest.raises(RuntimeError, match="housing screen is broken"):
        win.page("housing")
    assert "housing" not in win.pages


def test_window_geometry_and_columns_are_remembered(qtbot, demo_db, login):
    worker = login("worker")
    win = MainWindow(demo_db, worker)
    qtbot.addWidget(win)
    win.show()
    win.resize(790, 570)
    caseload = win.show_page("caseload")
    size = (win.width(), win.height())
    assert size != (1280, 800)
    caseload.table.setColumnWidth(1, 321)
    win.close()
    again = MainWindow(demo_db, worker)
    qtbot.addWidget(again)
    again.show()
    assert (again.width(), again.height()) == size
    assert again.show_page("caseload").table.columnWidth(1) == 321


def test_status_bar_and_shortcuts(qtbot, demo_db, demo_db_path, login):
    win = MainWindow(demo_db, login("worker"))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=3000)
    status = win._status.text()
    assert "Anna Larsen" in status and "Social worker" in status
    assert database_label(demo_db_path) in status
    opened = []
    monkey_dialog = type(
        "FakeNewCase",
        (),
        {
            "__init__": lambda self, *a: opened.append(a),
            "exec": lambda self: 0,
            "created_reference": None,
        },
    )
    import desktop_app.ui.new_case_dialog as ncd

    original = ncd.NewCaseDialog
    ncd.NewCaseDialog = monkey_dialog
    try:
        qtbot.keyClick(win, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    finally:
        ncd.NewCaseDialog = original
    assert opened, "Ctrl+N opens the new-case dialog"
    win.show_page("caseload")
    caseload = win.pages["caseload"]
    assert "cases in the list" in win._status.text()
    caseload.table.setFocus()
    qtbot.keyClick(caseload.table, Qt.Key.Key_Return)
    assert len(win.records) == 1
    record = next(iter(win.records.values()))
    record.form.editors["preferred_name"].setText("Synthetic")
    qtbot.waitUntil(win.save_action.isEnabled, timeout=3000)
    qtbot.keyClick(win, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not record.is_dirty()


def test_every_page_opens_for_every_role_and_ctrl_p_prints_the_case(
    qtbot, demo_db, login, monkeypatch
):
    import desktop_app.ui.print_preview as print_preview

    for user in ("worker", "lead", "coordinator", "admin"):
        win = MainWindow(demo_db, login(user))
        qtbot.addWidget(win)
        for key in _keys(win):
            page = win.show_page(key)
            assert win.stack.currentWidget() is page
            assert type(page) is SCREENS[key], f"{key} for {user} is not its screen"
            assert page.findChildren(QLabel), f"{key} for {user} is blank"
    printed = []
    monkeypatch.setattr(
        print_preview, "print_case_summary", lambda parent, db, actor, ref: printed.append(ref)
    )
    win = MainWindow(demo_db, login("worker"))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=3000)
    win.open_case("HW-2026-00001")
    qtbot.waitUntil(win.print_action.isEnabled, timeout=3000)
    qtbot.keyClick(win, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert printed == ["HW-2026-00001"]
    # Ctrl+W closes the record (and the shortcut map survives the actions it disables).
    qtbot.keyClick(win, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert not win.records
    qtbot.waitUntil(lambda: not win.close_action.isEnabled(), timeout=3000)


def test_the_caseload_starts_on_the_users_own_scope(qtbot, demo_db, login):
    from desktop_app.services.cases.caseload import Scope
    from desktop_app.ui.caseload_page import CaseloadPage

    expected = {"worker": Scope.MINE, "lead": Scope.TEAM, "coordinator": Scope.ALL}
    for user, scope in expected.items():
        page = CaseloadPage(demo_db, login(user))
        qtbot.addWidget(page)
        assert page.model.case_filter.scope is scope
        assert page.model.rowCount() > 0


def test_the_scope_filter_narrows_the_list(qtbot, demo_db, login):
    from desktop_app.services.cases import caseload
    from desktop_app.services.cases.caseload import CaseloadFilter, Scope
    from desktop_app.ui.caseload_page import CaseloadPage

    lead = login("lead")
    page = CaseloadPage(demo_db, lead)
    qtbot.addWidget(page)
    counts = {}
    for scope in (Scope.MINE, Scope.TEAM):
        page.scope.setCurrentIndex(page.scope.findData(scope))
        counts[scope] = page.model.rowCount()
        with demo_db.session() as session:
            assert counts[scope] == len(
                caseload.case_ids(session, lead, CaseloadFilter(scope=scope))
            )
    assert counts[Scope.MINE] < counts[Scope.TEAM]


def test_risk_and_due_filters(qtbot, demo_db, login):
    from desktop_app.ui.caseload_model import OBJECT_ROLE
    from desktop_app.ui.caseload_page import CaseloadPage

    page = CaseloadPage(demo_db, login("lead"))
    qtbot.addWidget(page)
    everyone = page.model.rowCount()
    page.risk.setCurrentIndex(page.risk.findText("Red only"))
    rows = [page.model.index(r, 0).data(OBJECT_ROLE) for r in range(page.model.rowCount())]
    assert rows and all(r.risk == "red" for r in rows)
    assert page.count_label.text() == f"{len(rows)} case{'s' if len(rows) != 1 else ''}"
    page.risk.setCurrentIndex(0)
    page.due_enabled.setChecked(True)
    page.due_days.setValue(30)
    rows = [page.model.index(r, 0).data(OBJECT_ROLE) for r in range(page.model.rowCount())]
    assert rows and all(r.days_left is not None and r.days_left <= 30 for r in rows)
    assert len(rows) < everyone


def test_after_a_save_the_list_keeps_the_selected_case(qtbot, demo_db, login):
    from PySide6.QtCore import QItemSelectionModel

    win = MainWindow(demo_db, login("worker"))
    qtbot.addWidget(win)
    page = win.show_page("caseload")
    target = page.model.rowCount() - 1
    reference = page.model.reference_at(target)
    page.table.selectionModel().setCurrentIndex(
        page.model.index(target, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    record = win.open_case(reference)
    record.form.editors["legal_guardian"].setText("Synthetic guardian service")
    assert record.save()
    assert page.model.reference_at(page.table.currentIndex().row()) == reference


def test_a_leads_day_names_the_worker_of_each_transition(qtbot, demo_db, login):
    from desktop_app.ui.my_day import MyDayPage

    lead_page = MyDayPage(demo_db, login("lead"))
    qtbot.addWidget(lead_page)
    lead_page.reload()
    assert not lead_page.transitions.isColumnHidden(6)
    workers = {
        lead_page.transitions.topLevelItem(i).text(6)
        for i in range(lead_page.transitions.topLevelItemCount())
    }
    assert len(workers) > 1
    worker_page = MyDayPage(demo_db, login("worker"))
    qtbot.addWidget(worker_page)
    assert worker_page.transitions.isColumnHidden(6)


def test_double_click_opens_the_case(qtbot, demo_db, login):
    win = MainWindow(demo_db, login("worker"))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    page = win.show_page("caseload")
    rect = page.table.visualRect(page.model.index(2, 1))
    reference = page.model.reference_at(2)
    # A real double-click is a click followed by a double-click event.
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert list(win.records) == [reference]
    assert win.stack.currentWidget() is win.records[reference]
