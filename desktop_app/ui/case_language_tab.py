"""A case's Language tab: the language courses, and enrolling in one from the registry."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop_app.services.cases import language_and_work
from desktop_app.services.errors import HomewardError
from desktop_app.ui import labels
from desktop_app.ui.case_tab import CaseTab, RecordPage, error_label
from desktop_app.ui.tables import Column, RowTableModel, table_view


def _attendance(e: Any) -> str:
    return f"{e.attendance_percent} %" if e.attendance_percent is not None else ""


class CaseLanguageTab(CaseTab):
    def __init__(self, page: RecordPage, parent: QWidget | None = None) -> None:
        super().__init__(page, parent)
        d = labels.format_date
        self.enrolments_model: RowTableModel[Any] = RowTableModel(
            [
                Column(self.tr("Course"), lambda e: e.course.name),
                Column(self.tr("Level"), lambda e: e.course.cefr_level),
                Column(self.tr("Provider"), lambda e: e.course.provider),
                Column(self.tr("From"), lambda e: d(e.start_date)),
                Column(self.tr("To"), lambda e: d(e.end_date)),
                Column(self.tr("Status"), lambda e: labels.label(labels.STATUSES, e.status)),
                Column(
                    self.tr("Attendance"),
                    _attendance,
                    sort_key=lambda e: e.attendance_percent,
                    align_right=False,
                ),
                Column(self.tr("Certificate"), lambda e: e.certificate),
            ],
            self,
        )
        self.enrolments = table_view(
            self.enrolments_model,
            "enrolments",
            sortable=True,
            placeholder=self.tr("No language course recorded."),
        )
        box = QGroupBox(self.tr("Enrol in a language course"))
        row = QHBoxLayout(box)
        self.course_choice = QComboBox()
        self.course_choice.setObjectName("courseChoice")
        self.course_choice.setAccessibleName(self.tr("Language course"))
        try:
            with page.database.session() as session:
                courses = language_and_work.language_courses(session, page.actor)
        except HomewardError:
            courses = []
        for c in courses:
            where = ", ".join(filter(None, [c.provider, c.municipality]))
            start = self.tr(" from %1").replace("%1", d(c.start_date)) if c.start_date else ""
            self.course_choice.addItem(f"{c.cefr_level} · {c.name} ({where}){start}", c.id)
        enrol = QPushButton(self.tr("Enrol"))
        enrol.setObjectName("enrol")
        enrol.clicked.connect(self._enrol)
        self.enrol_error = error_label("enrolError")
        row.addWidget(self.course_choice, 1)
        row.addWidget(enrol)
        row.addWidget(self.enrol_error)
        box.setEnabled(page.can_edit_now())
        layout = QVBoxLayout(self)
        layout.addWidget(self.enrolments)
        layout.addWidget(box)
        self.reload()

    def _enrol(self) -> None:
        course_id = self.course_choice.currentData()
        if course_id is None:
            self.enrol_error.setText(self.tr("Choose a language course."))
            return
        self.page.run(
            lambda s: language_and_work.enrol(
                s, self.page.actor, self.page.reference, int(course_id)
            ),
            self.enrol_error,
        )

    def reload(self) -> None:
        self.enrolments_model.set_rows(self.record.enrolments)
