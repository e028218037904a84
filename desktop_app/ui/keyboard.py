"""Keys that work the same on every screen, so nothing needs the mouse.

- Enter presses the button that has the focus, on pages as in dialogs (Qt does it only
  in dialogs, for their default buttons).
- Ctrl+Enter in a text box of several lines (a note) presses the button of its form
  ("Add note"): Enter itself starts a new line there.
- A tab brought to the front from the keyboard puts the cursor in its first text box
  (`focus_first_input`), or on its first button when it has none (`focus_first_button`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTextEdit,
    QWidget,
)

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def form_button(editor: QWidget) -> QPushButton | None:
    """The button that completes the form `editor` is in: a dialog's default button, else
    the one enabled push button of the nearest group around it."""
    widget = editor.parentWidget()
    while widget is not None:
        if isinstance(widget, QDialog):
            for button in widget.findChildren(QPushButton):
                if button.isDefault() and button.isEnabled():
                    return button
            return None
        buttons = [
            b for b in widget.findChildren(QPushButton) if b.isEnabled() and b.isVisibleTo(widget)
        ]
        if len(buttons) == 1:
            return buttons[0]
        if len(buttons) > 1:
            return None
        widget = widget.parentWidget()
    return None


class KeyboardHelper(QObject):
    """An application-wide event filter for the keys above."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.key() not in ENTER_KEYS or event.isAutoRepeat():
            return False
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if isinstance(watched, QAbstractButton) and modifiers == Qt.KeyboardModifier.NoModifier:
            if isinstance(watched, (QCheckBox, QRadioButton)) or _in_dialog(watched):
                return False  # a tick box is ticked with Space; dialogs press their own
            if watched.isEnabled():
                watched.animateClick()
                return True
        if isinstance(watched, (QPlainTextEdit, QTextEdit)) and (
            modifiers == Qt.KeyboardModifier.ControlModifier
        ):
            button = form_button(watched)
            if button is not None:
                button.animateClick()
                return True
        return False


def _in_dialog(widget: QWidget) -> bool:
    return isinstance(widget.window(), QDialog)


def install(app: QApplication) -> None:
    """Once per application (the main window asks; tests build several windows)."""
    if app.property("homewardKeyboard"):
        return
    helper = KeyboardHelper(app)
    app.installEventFilter(helper)
    app.setProperty("homewardKeyboard", True)


def focus_first_button(page: QWidget) -> bool:
    """Put the focus on the first enabled push button of `page` (a tab whose facts are
    added through a dialog: "New note…"), so Enter presses it; False if none."""
    widget = page.nextInFocusChain()
    while widget is not None and widget is not page:
        if (
            isinstance(widget, QPushButton)
            and widget.isEnabled()
            and widget.isVisibleTo(page)
            and page.isAncestorOf(widget)
        ):
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        widget = widget.nextInFocusChain()
    return False


def focus_first_input(page: QWidget) -> bool:
    """Put the cursor in the first enabled, writable text box of `page`; False if none."""
    # A tab built just now shows its widgets once the queued show has run.
    QCoreApplication.sendPostedEvents()
    widget = page.nextInFocusChain()
    while widget is not None and widget is not page:
        if (
            isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit))
            and widget.isEnabled()
            and widget.isVisibleTo(page)
            and not widget.isReadOnly()
            and page.isAncestorOf(widget)
        ):
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        widget = widget.nextInFocusChain()
    return False
