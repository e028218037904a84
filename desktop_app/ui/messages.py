"""The services' messages in the user's language.

Services word their errors in English and mark them with ``domain.i18n.message``;
the desktop shows them through the gettext catalogue of the interface language
(resources/locale, the same catalogue as the printed documents). Text that was
never marked is shown as it is.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Protocol

from desktop_app.domain.i18n import Gettext, Message, gettext_for, text_of, translated
from desktop_app.services.errors import ValidationError


class HasText(Protocol):
    def as_text(self, gettext: Gettext) -> str: ...


def _gettext() -> Gettext:
    from desktop_app.ui.language import document_language

    return gettext_for(document_language())


def message_text(text: object) -> str:
    """A message from the services (or any text) in the interface language."""
    return translated(text, _gettext())


def message_texts() -> Callable[[object], str]:
    """`message_text` for a list of messages: the interface language is looked up once
    (it is read from the user's settings file), not once a row."""
    gettext = _gettext()
    return lambda text: translated(text, gettext)


def reasons_text(errors: Mapping[str, object], separator: str = "\n") -> str:
    """The reasons of a ValidationError, one per line; a reason that is only a fragment
    ("must be 0 or more.") keeps the name of its field in front of it."""
    gettext = _gettext()
    lines = []
    for field, reason in errors.items():
        text = translated(reason, gettext)
        lines.append(f"{field}: {text}" if text[:1].islower() else text)
    return separator.join(lines)


def report_text(report: HasText) -> str:
    """A service's text report (e.g. of an import) in the interface language."""
    return report.as_text(_gettext())


def error_text(error: BaseException) -> str:
    """What to tell the user about `error`, in the interface language."""
    text = text_of(error)
    if isinstance(error, ValidationError) and error.errors and not isinstance(text, Message):
        return reasons_text(error.errors)
    return translated(text, _gettext())


def confirm(parent: object, title: str, question: str) -> bool:
    """Ask before a step that cannot be taken back; No is the default answer."""
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.question(
        parent,  # type: ignore[arg-type]
        title,
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def tell_done(widget: object, text: str, milliseconds: int = 8000) -> None:
    """Say in the window's status bar that an action is done (a widget without a main
    window, as in a test, says nothing)."""
    window = widget.window() if hasattr(widget, "window") else None  # type: ignore[attr-defined]
    bar = getattr(window, "statusBar", None)
    if callable(bar) and text:
        bar().showMessage(text, milliseconds)
