"""What the tabs of a case record share: the page they belong to, and a few small widgets.

Each tab is its own widget (one module per tab). The page (`ui/case_record.py`) reads the
record, keeps the header and the person fields' saving, and builds a tab the first time it
is shown; a tab fills its lists from the page's record (and its own service calls) then,
and again when it is shown after the record changed (`reload`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, Protocol

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

from desktop_app.services import clock
from desktop_app.services.actor import Actor
from desktop_app.services.cases.opening import CaseRecord
from desktop_app.services.storage.database import Database


class RecordPage(Protocol):
    """The case record page, as its tabs see it."""

    database: Database
    actor: Actor
    reference: str
    record: CaseRecord | None

    def can_edit_now(self) -> bool: ...

    def is_dirty(self) -> bool: ...

    def run(self, action: Callable[[Any], object], error_label: QLabel | None = None) -> bool:
        """Make one change through a service, then re-read the record; False if refused."""
        ...

    def show_message(self, text: str) -> None:
        """Say something about the record under its header (a step that cannot be taken)."""
        ...

    def apply(self, action: Callable[[Any], object]) -> object:
        """Make one change through a service and re-read the record; a refusal is raised (a
        dialog shows it beside its fields)."""
        ...


class CaseTab(QWidget):
    """One tab of a case record, filled from the page's record by `reload`."""

    def __init__(self, page: RecordPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page

    @property
    def record(self) -> CaseRecord:
        assert self.page.record is not None
        return self.page.record

    def reload(self) -> None:
        """Show the page's record again (it was re-read since this tab was last filled)."""
        raise NotImplementedError


def error_palette(widget: QWidget) -> QPalette:
    """Red text for a validation message (a palette: cheaper than a style sheet per label)."""
    palette = QPalette(widget.palette())
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#b00020"))
    return palette


def error_label(name: str = "") -> QLabel:
    """The label beside a small form that says why the service refused it."""
    label = QLabel()
    if name:
        label.setObjectName(name)
    label.setPalette(error_palette(label))
    return label


def actions_row(*buttons: QPushButton) -> QHBoxLayout:
    """A list's buttons, on one line under it."""
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


def button(text: str, name: str, slot: Callable[[], object], tip: str = "") -> QPushButton:
    widget = QPushButton(text)
    widget.setObjectName(name)
    widget.clicked.connect(lambda _checked=False: slot())
    if tip:
        widget.setToolTip(tip)
    return widget


def stretch_columns(view: QTableView, *columns: int) -> None:
    """Long texts (notes, names of places) take the width left and are cut with "…" (the
    whole text a hover away), so a list fits the window in every language."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    for column in columns:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)


def on_selection(view: QTableView, slot: Callable[[], object]) -> None:
    """Call `slot` whenever the chosen row of `view` changes (buttons enabled to match)."""
    selection = view.selectionModel()
    assert selection is not None
    selection.selectionChanged.connect(lambda *_args: slot())
    model = view.model()
    model.modelReset.connect(lambda: slot())
    model.layoutChanged.connect(lambda *_args: slot())


def date_edit(name: str, value: date | None = None) -> QDateEdit:
    edit = QDateEdit(value or clock.today())
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit
