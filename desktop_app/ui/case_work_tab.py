"""A case's Work and education tab: job coaching, internships, apprenticeships, school."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.cases import language_and_work
from desktop_app.ui import labels
from desktop_app.ui.case_tab import CaseTab, RecordPage, date_edit, error_label
from desktop_app.ui.tables import Column, RowTableModel, table_view


class CaseWorkTab(CaseTab):
    def __init__(self, page: RecordPage, parent: QWidget | None = None) -> None:
        super().__init__(page, parent)
        d = labels.format_date
        self.employment_model: RowTableModel[Any] = RowTableModel(
            [
                Column(
                    self.tr("Programme"),
                    lambda e: labels.label(labels.PROGRAMMES, e.programme_type),
                ),
                Column(self.tr("Organisation"), lambda e: e.organisation),
                Column(self.tr("From"), lambda e: d(e.start_date)),
                Column(self.tr("To"), lambda e: d(e.end_date)),
                Column(self.tr("Status"), lambda e: labels.label(labels.STATUSES, e.status)),
                Column(self.tr("Outcome"), lambda e: e.outcome),
            ],
            self,
        )
        self.employment = table_view(
            self.employment_model,
            "employment",
            sortable=True,
            placeholder=self.tr("No work or education support recorded."),
        )
        box = QGroupBox(self.tr("Add work or education support"))
        row = QHBoxLayout(box)
        self.programme = QComboBox()
        self.programme.setObjectName("programme")
        for code in language_and_work.PROGRAMME_TYPES:
            self.programme.addItem(labels.label(labels.PROGRAMMES, code), code)
        self.organisation = QLineEdit()
        self.organisation.setObjectName("organisation")
        self.organisation.setPlaceholderText(self.tr("school, employer or programme"))
        self.programme_start = date_edit("programmeStart")
        add = QPushButton(self.tr("Add"))
        add.setObjectName("addEmployment")
        add.clicked.connect(self._add_employment)
        self.employment_error = error_label("employmentError")
        for widget in (
            self.programme,
            self.organisation,
            QLabel(self.tr("from")),
            self.programme_start,
            add,
            self.employment_error,
        ):
            row.addWidget(widget)
        box.setEnabled(page.can_edit_now())
        layout = QVBoxLayout(self)
        layout.addWidget(self.employment)
        layout.addWidget(box)
        self.reload()

    def _add_employment(self) -> None:
        programme = self.programme.currentData()
        organisation = self.organisation.text()
        start = self.programme_start.date().toPython()
        if self.page.run(
            lambda s: language_and_work.add_employment(
                s,
                self.page.actor,
                self.page.reference,
                programme,
                organisation=organisation,
                start_date=start,
            ),
            self.employment_error,
        ):
            self.organisation.clear()

    def reload(self) -> None:
        self.employment_model.set_rows(self.record.employment)
