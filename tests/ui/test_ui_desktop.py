"""The social worker's desktop driven through its real widgets on a real demo database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QDialog

from desktop_app.services.cases import opening
from desktop_app.ui import case_housing_tab
from desktop_app.ui.caseload_model import COL_NAME, COL_RISK, OBJECT_ROLE, RISK_ROLE
from desktop_app.ui.login import LoginDialog
from desktop_app.ui.main_window import MainWindow
from tests.support.backends import database_label

HASSAN = "HW-2026-00001"  # demo seed 7: Hassan Ali, red, placement ends and turns 18 on 2026-04-05


@pytest.fixture
def window(qtbot, demo_db):
    def _open(actor):
        win = MainWindow(demo_db, actor)
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        win.activateWindow()
        qtbot.waitUntil(win.isActiveWindow, timeout=3000)
        return win

    return _open


def _search(qtbot, page, text):
    page.search.clear()
    with qtbot.waitSignal(page.model.reloaded, timeout=3000):
        qtbot.keyClicks(page.search, text)


def test_login_with_a_wrong_password_shows_a_plain_message(qtbot, demo_db):
    dialog = LoginDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, "worker")
    qtbot.keyClicks(dialog.password, "not-the-password")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.actor is None
    assert dialog.message.isVisible()
    assert dialog.message.text() == (
        "The user name or password is not correct, or the account is locked after repeated "
        "failed logins (an administrator can unlock it)."
    )
    assert dialog.password.text() == ""
    qtbot.keyClicks(dialog.password, "demo")
    with qtbot.waitSignal(dialog.accepted, timeout=3000):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.actor is not None and dialog.actor.username == "worker"


def test_find_by_another_spelling_record_accepted_offer_and_risk_turns_green(
    qtbot, window, login, demo_db, demo_db_path, monkeypatch
):
    win = window(login("worker"))
    assert database_label(demo_db_path) in win.windowTitle() and "worker" in win.windowTitle()
    qtbot.keyClick(win, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    page = win.pages["caseload"]
    assert win.stack.currentWidget() is page
    assert page.search.hasFocus()

    # Mohammed finds Muhammad/Mohammad; unaccented, lower-case, misspelt names find the case.
    _search(qtbot, page, "mohammed ahmadi")
    assert page.model.data(page.model.index(0, COL_NAME)) == "Mohammad Ahmadi"
    _search(qtbot, page, "hasan ali")
    names = [page.model.data(page.model.index(r, COL_NAME)) for r in range(page.model.rowCount())]
    assert names[0] == "Hassan Ali"
    assert page.count_label.text() == f"{len(names)} case{'s' if len(names) != 1 else ''}"
    assert page.model.data(page.model.index(0, COL_RISK), RISK_ROLE) == "red"

    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    record = win.records[HASSAN]
    assert win.stack.currentWidget() is record

    record.tabs.setCurrentIndex(1)
    transitions = record.transitions_tab
    card = transitions.cards["placement_end"]
    assert card.risk == "red"
    assert "no housing is secured" in card.risk_label.text()
    # Tick readiness items; each tick is saved at once (and survives a re-read).
    for key in ("budget_plan", "bank_account", "identity_documents", "language_course"):
        box = transitions.cards["placement_end"].boxes[key]
        assert not box.isChecked()
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
        assert transitions.cards["placement_end"].boxes[key].isChecked()
    assert transitions.cards["placement_end"].risk == "red"  # still no housing
    with demo_db.session() as session:
        done = opening.open_case(session, login("worker"), HASSAN, audit_read=False).checklist
    assert {"budget_plan", "bank_account", "identity_documents", "language_course"} <= done[
        "placement_end"
    ]

    # Record a housing offer and its acceptance, moving in before the transition date.
    record.tabs.setCurrentIndex(2)
    housing_tab = record.housing_tab
    assert housing_tab is not None
    qtbot.waitUntil(
        lambda: housing_tab.matching is None, timeout=10000
    )  # ranked off the GUI thread
    assert housing_tab.matches_model.rowCount() > 0
    qtbot.mouseClick(housing_tab.propose_button, Qt.MouseButton.LeftButton)
    assert housing_tab.offers_model.rowCount() == 1
    record.tabs.setCurrentIndex(1)
    assert transitions.cards["placement_end"].risk == "red"  # proposed is not secured
    record.tabs.setCurrentIndex(2)

    def accept_moving_in_on_1_april(dialog):
        dialog.move_in.setDate(QDate(2026, 4, 1))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(case_housing_tab.OfferMoveDialog, "exec", accept_moving_in_on_1_april)
    with qtbot.waitSignal(housing_tab.changed, timeout=3000):
        qtbot.mouseClick(housing_tab.move_buttons["accepted"], Qt.MouseButton.LeftButton)

    record.tabs.setCurrentIndex(1)
    card = transitions.cards["placement_end"]
    assert card.risk == "green"
    assert card.boxes["housing_secured"].isChecked()
    assert "Housing is secured" in card.risk_label.text()

    # The caseload list shows the change too.
    win.show_page("caseload")
    row = next(
        r
        for r in range(page.model.rowCount())
        if page.model.data(page.model.index(r, 0), OBJECT_ROLE).reference == HASSAN
    )
    assert page.model.data(page.model.index(row, COL_RISK), RISK_ROLE) != "red"


def test_mohammed_finds_muhammad_as_you_type(qtbot, window, login):
    win = window(login("coordinator"))
    qtbot.keyClick(win, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    page = win.pages["caseload"]
    _search(qtbot, page, "Mohammed kareem")
    names = [page.model.data(page.model.index(r, COL_NAME)) for r in range(page.model.rowCount())]
    assert names[0] == "Muhammad Kareem"
    _search(qtbot, page, "MUHAMMAD")
    names = {page.model.data(page.model.index(r, COL_NAME)) for r in range(page.model.rowCount())}
    assert {"Muhammad Kareem", "Mohammad Ahmadi", "Mohammed Suleiman", "Mohamed Abdi"} <= names
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # several matches: Enter goes to the list
    assert page.table.hasFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert len(win.records) == 1
