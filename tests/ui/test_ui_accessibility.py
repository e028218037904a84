"""Accessibility (EN 301 549): every control a user can reach has an accessible name, as a
screen reader reads it from Qt's accessibility interface, on every page, tab and dialog of
every role; risk is never told by colour alone.

(tests/ui/test_ui_atspi.py reads and drives the desktop through the AT-SPI tree, as Orca
sees it, under Xvfb.)
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible, QColor
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from desktop_app.ui.main_window import MainWindow
from tests.ui.test_change_signal import _own_case
from tests.ui.test_ui_fits import _dialogs

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
    QTabBar,
    QAbstractSlider,
)


def nameless(root: QWidget) -> list[str]:
    """The reachable controls under `root` whose accessible name is empty."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(root.window()):
            continue
        if widget.focusPolicy() == widget.focusPolicy().NoFocus and not isinstance(
            widget, QAbstractButton
        ):
            continue
        parent = widget.parentWidget()
        if isinstance(parent, (QAbstractSpinBox, QComboBox)) or (
            parent is not None and parent.objectName().startswith("qt_")
        ):
            continue  # a part of a composite control, named by the control itself
        if widget.objectName().startswith("qt_"):
            continue  # Qt's own inner parts (scroll bars, corner buttons), named by Qt
        face = QAccessible.queryAccessibleInterface(widget)
        name = face.text(QAccessible.Text.Name) if face is not None else ""
        if not name.strip():
            missing.append(
                f"{type(widget).__name__} {widget.objectName() or '(no object name)'} "
                f"in {type(widget.window()).__name__}"
            )
    return missing


def _listed(missing: dict[str, list[str]]) -> str:
    return "controls without a name:\n" + "\n".join(
        f"{where}: {', '.join(found)}" for where, found in missing.items()
    )


@pytest.mark.parametrize("username", ["worker", "lead", "coordinator", "admin"])
def test_every_control_of_every_page_has_a_name(qtbot, demo_db, login, username):
    window = MainWindow(demo_db, login(username))
    qtbot.addWidget(window)
    window.show()
    missing: dict[str, list[str]] = {}
    for spec in window.page_specs():
        page = window.show_page(spec.key)
        tabs = getattr(page, "tabs", None)
        for index in range(tabs.count() if tabs is not None else 1):
            if tabs is not None:
                tabs.setCurrentIndex(index)
            QApplication.processEvents()
            found = nameless(page)
            if found:
                missing[f"{spec.key}:{index}"] = found
    if username != "admin":
        record = window.open_case(_own_case(demo_db, "worker"))
        for index in range(record.tabs.count()):
            record.tabs.setCurrentIndex(index)
            QApplication.processEvents()
            found = nameless(record)
            if found:
                missing[f"case tab {record.tabs.tabText(index)}"] = found
    found = nameless(window.menuBar()) + nameless(window)
    if found:
        missing["window"] = found
    assert not missing, _listed(missing)


def test_every_dialog_control_has_a_name(qtbot, demo_db, login, tmp_path):
    missing: dict[str, list[str]] = {}
    for name, dialog in _dialogs(demo_db, login, tmp_path):
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        found = nameless(dialog)
        if found:
            missing[name] = found
        dialog.close()
    assert not missing, _listed(missing)


def _silhouette(icon_name: str) -> list[bool]:
    """The risk icon as a person who sees no colour at all sees it: where it is drawn."""
    from desktop_app.ui.icons import icon

    image = icon(icon_name).pixmap(32, 32).toImage()
    return [QColor.fromRgba(image.pixel(x, y)).alpha() > 64 for y in range(32) for x in range(32)]


def test_risk_is_never_told_by_colour_alone(qtbot, demo_db, login):
    """Each level has its own word on the caseload and the board, and its own shape:
    the three icons' outlines differ, whatever their colours."""
    shapes = {level: _silhouette(f"risk_{level}") for level in ("red", "amber", "green")}
    for one, other in (("red", "amber"), ("amber", "green"), ("red", "green")):
        differing = sum(a != b for a, b in zip(shapes[one], shapes[other], strict=True))
        assert differing > 32, f"{one} and {other} look alike without colour"

    from desktop_app.ui import caseload_model, transitions_board

    window = MainWindow(demo_db, login("lead"))
    qtbot.addWidget(window)
    window.show()
    caseload = window.show_page("caseload")
    qtbot.waitUntil(lambda: caseload.model.rowCount() > 0)
    board = window.show_page("transitions")
    for model, column in (
        (caseload.model, caseload_model.COL_RISK),
        (board.model, transitions_board.COL_RISK),
    ):
        words: dict[str, set[str]] = {}
        for row in range(min(model.rowCount(), 400)):
            index = model.index(row, column)
            risk = index.data(
                caseload_model.RISK_ROLE if model is caseload.model else transitions_board.RISK_ROLE
            )
            if risk:
                text = index.data() or ""
                assert text.strip(), f"a {risk} risk without a word in {type(model).__name__}"
                words.setdefault(risk, set()).add(text)
        assert set(words) == {"red", "amber", "green"}, words
        assert len(set.union(*words.values())) == 3, words  # one word a level
