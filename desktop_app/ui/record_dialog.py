"""The small dialog every fact of a case record is added, corrected or ended with.

A dialog is a form of declared fields (text, longer text, a date, a date that may be left
out, a choice, a tick box); OK (the default button, so Enter presses it) hands the values to
a service call. When the service refuses them, each reason is shown under its field and the
dialog stays open with what was typed; nothing was saved. A correction asks for its reason
in the same form.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services import clock
from desktop_app.services.errors import HomewardError, ValidationError
from desktop_app.ui.case_tab import error_palette
from desktop_app.ui.messages import error_text, message_text

TEXT, LONG_TEXT, DATE, OPTIONAL_DATE, CHOICE, FLAG = (
    "text",
    "long_text",
    "date",
    "optional_date",
    "choice",
    "flag",
)


@dataclass(frozen=True)
class Field:
    """One field of a dialog: its name (as the service calls it), label, kind and value."""

    name: str
    label: str
    kind: str = TEXT
    value: Any = None
    # (code, label) of a choice
    choices: Sequence[tuple[Any, str]] = field(default_factory=tuple)
    placeholder: str = ""
    help: str = ""


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class OptionalDate(QWidget):
    """A date that may be left out: a tick box, and the date once ticked."""

    def __init__(self, text: str, value: date | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.known = QCheckBox(text)
        self.edit = QDateEdit(_qdate(value or clock.today()))
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.known.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.known.toggled.connect(self.edit.setEnabled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.known)
        row.addWidget(self.edit)
        row.addStretch(1)
        self.setFocusProxy(self.known)

    def value(self) -> date | None:
        return self.edit.date().toPython() if self.known.isChecked() else None  # type: ignore[no-any-return]

    def set_value(self, value: date | None) -> None:
        self.known.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(_qdate(value))


class RecordDialog(QDialog):
    """A form for one fact; `submit(values)` saves it through a service (raising its refusal)."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        fields: Sequence[Field],
        submit: Callable[[dict[str, Any]], object],
        *,
        intro: str = "",
        ok_text: str = "",
        name: str = "recordDialog",
        focus: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self._submit = submit
        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._fields = {f.name: f for f in fields}
        layout = QVBoxLayout(self)
        if intro:
            text = QLabel(intro)
            text.setWordWrap(True)
            text.setObjectName("dialogIntro")
            layout.addWidget(text)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for spec in fields:
            editor = self._editor(spec)
            editor.setObjectName(f"field_{spec.name}")
            editor.setAccessibleName(spec.label)
            if spec.help:
                editor.setToolTip(spec.help)
            error = QLabel()
            error.setObjectName(f"error_{spec.name}")
            error.setPalette(error_palette(error))
            error.setWordWrap(True)
            error.hide()
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(editor)
            column.addWidget(error)
            if spec.kind == FLAG:
                form.addRow("", holder)
            else:
                label = QLabel(spec.label)
                label.setBuddy(editor)
                label.setWordWrap(True)
                form.addRow(label, holder)
            self.editors[spec.name] = editor
            self.errors[spec.name] = error
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("dialogMessage")
        self.message.setPalette(error_palette(self.message))
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok_text:
            self.ok_button.setText(ok_text)
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        if focus:  # the field the user came to fill (a note's text), not the first one
            self.editors[focus].setFocus(Qt.FocusReason.OtherFocusReason)

    def _editor(self, spec: Field) -> QWidget:
        if spec.kind == LONG_TEXT:
            long_text = QPlainTextEdit(spec.value or "")
            long_text.setTabChangesFocus(True)
            long_text.setMinimumHeight(90)
            long_text.setPlaceholderText(spec.placeholder)
            return long_text
        if spec.kind == DATE:
            edit = QDateEdit(_qdate(spec.value or clock.today()))
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            return edit
        if spec.kind == OPTIONAL_DATE:
            return OptionalDate(spec.placeholder or self.tr("known"), spec.value)
        if spec.kind == CHOICE:
            combo = QComboBox()
            for code, text in spec.choices:
                combo.addItem(text, code)
            found = combo.findData(spec.value)
            combo.setCurrentIndex(max(found, 0))
            return combo
        if spec.kind == FLAG:
            box = QCheckBox(spec.label)
            box.setChecked(bool(spec.value))
            return box
        line = QLineEdit("" if spec.value is None else str(spec.value))
        line.setPlaceholderText(spec.placeholder)
        return line

    # --- values ----------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        return {name: self.value(name) for name in self.editors}

    def value(self, name: str) -> Any:
        editor = self.editors[name]
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText().strip()
        if isinstance(editor, OptionalDate):
            return editor.value()
        if isinstance(editor, QDateEdit):
            return editor.date().toPython()
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        assert isinstance(editor, QLineEdit)
        return editor.text().strip()

    def set_value(self, name: str, value: Any) -> None:
        """Fill one field as a user would (tests, and forms that follow each other)."""
        editor = self.editors[name]
        if isinstance(editor, QPlainTextEdit):
            editor.setPlainText(str(value))
        elif isinstance(editor, OptionalDate):
            editor.set_value(value)
        elif isinstance(editor, QDateEdit):
            editor.setDate(_qdate(value))
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(editor.findData(value))
        elif isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, QLineEdit):
            editor.setText(str(value))

    # --- saving ----------------------------------------------------------------------

    def submit(self) -> bool:
        """Hand the values to the service; True (and the dialog closes) when it took them."""
        for label in self.errors.values():
            label.hide()
        self.message.hide()
        try:
            self._submit(self.values())
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return False
        except HomewardError as exc:
            self.message.setText(error_text(exc))
            self.message.show()
            return False
        self.accept()
        return True

    def show_errors(self, errors: dict[str, str]) -> None:
        other = []
        first: QWidget | None = None
        for name, reason in errors.items():
            label = self.errors.get(name)
            if label is None:
                other.append(message_text(reason))
                continue
            label.setText(message_text(reason))
            label.show()
            first = first or self.editors[name]
        if other:
            self.message.setText(" ".join(other))
            self.message.show()
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask before a step that others will see (a closure approved, a merge): Yes or No."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def choices(table: dict[str, str], codes: Sequence[str] | None = None) -> list[tuple[str, str]]:
    """(code, translated label) of a labels table, in the order given (or the table's)."""
    from desktop_app.ui import labels

    return [(code, labels.label(table, code)) for code in (codes or list(table))]
