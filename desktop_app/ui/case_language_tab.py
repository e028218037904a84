"""A case's Language tab: the language courses, enrolling in one from the partners' registry
(with its places left), and keeping each enrolment up to date — status, attendance over
time, level reached and certificate."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services import clock
from desktop_app.services.errors import HomewardError
from desktop_app.services.partners import courses, enrolments
from desktop_app.services.partners.courses import CourseRow
from desktop_app.services.partners.enrolments import Enrolment
from desktop_app.ui import labels
from desktop_app.ui.case_tab import CaseTab, RecordPage, error_label
from desktop_app.ui.enrolment_dialogs import AttendanceDialog, CertificateDialog, EnrolmentDialog
from desktop_app.ui.messages import error_text
from desktop_app.ui.partners_models import enrolments_model, places_text
from desktop_app.ui.tables import current_object, select_object, table_view


class CaseLanguageTab(CaseTab):
    def __init__(self, page: RecordPage, parent: QWidget | None = None) -> None:
        super().__init__(page, parent)
        self.enrolments_model = enrolments_model(self)
        self.enrolments = table_view(
            self.enrolments_model,
            "enrolments",
            sortable=True,
            title=self.tr("Language courses"),
            placeholder=self.tr("No language course recorded."),
        )
        self.enrolments.selectionModel().currentRowChanged.connect(lambda _c, _p: self._chosen())
        self.enrolments.doubleClicked.connect(lambda _i: self.update_selected())
        self.details = QLabel()
        self.details.setObjectName("enrolmentDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.update_button = QPushButton(self.tr("Status and dates…"))
        self.update_button.setObjectName("updateEnrolment")
        self.update_button.clicked.connect(self.update_selected)
        self.attendance_button = QPushButton(self.tr("Attendance…"))
        self.attendance_button.setObjectName("recordAttendance")
        self.attendance_button.clicked.connect(self.attendance_of_selected)
        self.certificate_button = QPushButton(self.tr("Certificate…"))
        self.certificate_button.setObjectName("recordCertificate")
        self.certificate_button.clicked.connect(self.certificate_of_selected)
        actions = QHBoxLayout()
        for button in (self.update_button, self.attendance_button, self.certificate_button):
            actions.addWidget(button)
        actions.addStretch(1)

        box = QGroupBox(self.tr("Enrol in a language course"))
        box.setObjectName("enrolBox")
        row = QHBoxLayout(box)
        self.course_choice = QComboBox()
        self.course_choice.setObjectName("courseChoice")
        self.course_choice.setAccessibleName(self.tr("Language course"))
        self.course_choice.setMinimumContentsLength(40)
        enrol = QPushButton(self.tr("Enrol"))
        enrol.setObjectName("enrol")
        enrol.clicked.connect(self._enrol)
        self.enrol_error = error_label("enrolError")
        self.enrol_error.setWordWrap(True)
        self.choice_note = QLabel()
        self.choice_note.setObjectName("courseChoiceNote")
        self.choice_note.setWordWrap(True)
        column = QVBoxLayout()
        line = QHBoxLayout()
        line.addWidget(self.course_choice, 1)
        line.addWidget(enrol)
        column.addLayout(line)
        column.addWidget(self.choice_note)
        column.addWidget(self.enrol_error)
        row.addLayout(column)
        self.enrol_box = box
        self.message = error_label("languageMessage")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.enrolments, 1)
        layout.addWidget(self.details)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(box)
        self.reload()

    # --- the registry's courses to choose from --------------------------------------------

    def _fill_choices(self) -> None:
        chosen = self.course_choice.currentData()
        self.course_choice.clear()
        try:
            with self.page.database.session() as session:
                offered = courses.list_courses(session, self.page.actor)
        except HomewardError as exc:
            self.choice_note.setText(error_text(exc))
            return
        model = self.course_choice.model()
        full = 0
        for c in offered:
            self.course_choice.addItem(self._choice_text(c), c.id)
            if c.full and isinstance(model, QStandardItemModel):
                # A full course is shown, but cannot be chosen.
                model.item(self.course_choice.count() - 1).setEnabled(False)
                full += 1
        first_free = next((i for i, c in enumerate(offered) if not c.full), -1)
        index = self.course_choice.findData(chosen)
        self.course_choice.setCurrentIndex(
            index if index >= 0 and not offered[index].full else first_free
        )
        if not offered:
            self.choice_note.setText(
                self.tr(
                    "The registry has no course running or to come: team leads and "
                    "coordinators add them under Partners' offers."
                )
            )
        elif full:
            self.choice_note.setText(
                self.tr("Courses that are full are listed but cannot be chosen.")
            )
        else:
            self.choice_note.setText("")

    def _choice_text(self, c: CourseRow) -> str:
        where = ", ".join(filter(None, [c.provider, c.municipality]))
        start = self.tr(" from %1").replace("%1", labels.format_date(c.start_date))
        text = f"{c.cefr_level} · {c.name} ({where}){start if c.start_date else ''}"
        places = self.tr("full") if c.full else places_text(c.places, c.places_left)
        return f"{text} · {places}"

    def _enrol(self) -> None:
        course_id = self.course_choice.currentData()
        if course_id is None:
            self.enrol_error.setText(self.tr("Choose a language course."))
            return
        self.page.run(
            lambda s: enrolments.enrol(s, self.page.actor, self.page.reference, int(course_id)),
            self.enrol_error,
        )

    # --- the enrolments -------------------------------------------------------------

    def selected(self) -> Enrolment | None:
        enrolment: Enrolment | None = current_object(self.enrolments)
        return enrolment

    def _chosen(self) -> None:
        e = self.selected()
        editable = e is not None and self.page.can_edit_now()
        for button in (self.update_button, self.attendance_button, self.certificate_button):
            button.setEnabled(editable)
        if e is None:
            self.details.setText("")
            return
        parts = [f"{e.course_code} · {e.course_name} ({e.cefr_level})"]
        if e.course_retired:
            parts.append(self.tr("the course is retired"))
        if e.holds_place and e.end_date is not None and e.end_date < clock.today():
            # Nothing ends an enrolment by itself: the worker records how it went.
            parts.append(
                self.tr("the course ended on %1: record how it went (Status and dates…)").replace(
                    "%1", labels.format_date(e.end_date)
                )
            )
        if e.attendance:
            parts.append(
                self.tr("attendance: %1").replace(
                    "%1",
                    ", ".join(
                        f"{a.percent} % ({labels.format_date(a.recorded_on)})"
                        for a in e.attendance[-3:]
                    ),
                )
            )
        if e.level_reached:
            parts.append(self.tr("level reached: %1").replace("%1", e.level_reached))
        if e.end_reason:
            parts.append(e.end_reason)
        self.details.setText(" · ".join(parts))

    def update_selected(self) -> None:
        e = self.selected()
        if e is not None and self.page.can_edit_now():
            EnrolmentDialog(self.page, e, self).exec()

    def attendance_of_selected(self) -> None:
        e = self.selected()
        if e is not None and self.page.can_edit_now():
            AttendanceDialog(self.page, e, self).exec()

    def certificate_of_selected(self) -> None:
        e = self.selected()
        if e is not None and self.page.can_edit_now():
            CertificateDialog(self.page, e, self).exec()

    def reload(self) -> None:
        chosen = self.selected()
        known = {row.id for row in self.enrolments_model.rows()}
        self.enrolments_model.set_rows(self.record.enrolments)
        added = [row.id for row in self.record.enrolments if row.id not in known]
        # Just added: show the new one; else keep the one chosen (or the latest).
        wanted = added[-1] if added and known else (chosen.id if chosen else None)
        if wanted is None or not select_object(self.enrolments, lambda row: row.id == wanted):
            if self.enrolments_model.rowCount():
                self.enrolments.selectRow(self.enrolments.model().rowCount() - 1)
        self._chosen()
        self.enrol_box.setEnabled(self.page.can_edit_now())
        self._fill_choices()
