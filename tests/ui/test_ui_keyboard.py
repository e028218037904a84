"""By keyboard alone: find a case, open it, add a note and save it in at most 8 key
presses besides the text typed; Enter presses the focused button; Down moves from the
search box into the results; the record's tabs by Ctrl+Tab, Ctrl+PgDown and Alt+number."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton, QTableView

from desktop_app.ui.main_window import MainWindow

HASSAN = "HW-2026-00001"  # demo seed 7: Hassan Ali, one of worker's cases
CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


class Keys:
    """Presses keys on whatever has the focus, as a user would, and counts them."""

    def __init__(self, qtbot, window) -> None:  # type: ignore[no-untyped-def]
        self.qtbot, self.window, self.count = qtbot, window, 0

    def press(self, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
        self.count += 1
        target = QApplication.focusWidget() or self.window
        self.qtbot.keyClick(target, key, modifiers)

    def type(self, text: str) -> None:  # not counted: the words themselves
        self.qtbot.keyClicks(QApplication.focusWidget(), text)


def _window(qtbot, demo_db, actor) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(demo_db, actor)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    return window


def test_find_open_add_a_note_and_save_in_eight_key_presses(qtbot, demo_db, login):
    window = _window(qtbot, demo_db, login("worker"))
    keys = Keys(qtbot, window)
    keys.press(Qt.Key.Key_F, CTRL)  # 1: find
    page = window.pages["caseload"]
    assert QApplication.focusWidget() is page.search
    keys.type("hassan ali")
    keys.press(Qt.Key.Key_Down)  # 2: into the results
    assert isinstance(QApplication.focusWidget(), QTableView)
    keys.press(Qt.Key.Key_Return)  # 3: open
    qtbot.waitUntil(lambda: window.current_record() is not None, timeout=3000)
    record = window.current_record()
    assert record.reference == HASSAN
    notes_index = next(
        i for i in range(record.tabs.count()) if record.tabs.tabText(i) == "Notes and tasks"
    )
    keys.press(Qt.Key.Key_1 + notes_index, ALT)  # 4: the Notes tab, on "New note…"
    assert QApplication.focusWidget() is record.notes_tab.add_note
    before = record.notes_tab.notes_model.rowCount()
    written: list[str] = []

    def write_the_note() -> None:  # in the note dialog, once Enter has opened it
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            return
        watch.stop()
        QTimer.singleShot(10_000, dialog.reject)  # a failing test ends instead of waiting
        editor = dialog.focusWidget()  # where the cursor is: the note itself
        written.append(f"{dialog.objectName()} {type(editor).__name__}")
        qtbot.keyClicks(editor, "Phoned about the viewing on Thursday; interpreter booked.")
        keys.count += 1
        qtbot.keyClick(editor, Qt.Key.Key_Return, CTRL)  # 6: save the note

    watch = QTimer()
    watch.timeout.connect(write_the_note)
    watch.start(20)
    keys.press(Qt.Key.Key_Return)  # 5: press "New note…"
    # The dialog opened with the cursor in the note itself.
    qtbot.waitUntil(lambda: written == ["noteDialog QPlainTextEdit"], timeout=5000)
    qtbot.waitUntil(lambda: record.notes_tab.notes_model.rowCount() == before + 1, timeout=3000)
    texts = [n.text for n in record.notes_tab.notes_model.rows()]
    assert "Phoned about the viewing on Thursday; interpreter booked." in texts
    assert keys.count <= 8, keys.count


def test_enter_presses_the_focused_button_on_a_page(qtbot, demo_db, login):
    window = _window(qtbot, demo_db, login("lead"))
    board = window.show_page("transitions")
    pressed: list[bool] = []
    board.refresh_button.clicked.connect(lambda: pressed.append(True))
    board.refresh_button.setFocus()
    qtbot.keyClick(board.refresh_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: pressed == [True], timeout=2000)


def test_the_records_tabs_by_keyboard(qtbot, demo_db, login):
    window = _window(qtbot, demo_db, login("worker"))
    record = window.open_case(HASSAN)
    record.tabs.setCurrentIndex(0)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_PageDown, CTRL)
    assert record.tabs.currentIndex() == 1
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab, CTRL)
    assert record.tabs.currentIndex() == 2
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_PageUp, CTRL)
    assert record.tabs.currentIndex() == 1
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_3, ALT)
    assert record.tabs.currentIndex() == 2


def test_every_menu_action_shows_its_keys(qtbot, demo_db, login):
    window = _window(qtbot, demo_db, login("lead"))
    for action in window.menus.all_actions():
        if action.shortcut().isEmpty():
            continue
        # QMenu draws the shortcut beside the text; the tooltip names it for screen readers.
        keys = action.shortcut().toString()
        assert keys and keys in action.toolTip().replace("&", ""), action.text()
    assert window.find_action.shortcut().toString() == "Ctrl+F"
    assert not [b for b in window.findChildren(QPushButton) if b.text() == "Close case"]
