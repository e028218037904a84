"""The forms that keep an enrolment up to date from a case's Language tab: its status and
dates, attendance as it is recorded over time, and the certificate with its file.

Each form saves through the enrolment services in one step; when the service refuses,
its reason shows in the form, which stays open with what was typed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain import partners as rules
from desktop_app.services import clock
from desktop_app.services.partners import enrolments
from desktop_app.services.partners.enrolments import AttendanceEntry, Enrolment
from desktop_app.ui import labels
from desktop_app.ui.case_tab import RecordPage, date_edit, error_label
from desktop_app.ui.partners_dialogs import date_field
from desktop_app.ui.tables import Column, RowTableModel, table_view


def _buttons(dialog: QDialog, ok: QDialogButtonBox.StandardButton) -> QDialogButtonBox:
    buttons = QDialogButtonBox(ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.rejected.connect(dialog.reject)
    return buttons


def _level_combo(current: str | None, name: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.addItem("—", None)
    for level in rules.CEFR_LEVELS:
        combo.addItem(level, level)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class EnrolmentDialog(QDialog):
    """Move an enrolment on (planned → active → completed or dropped) or correct it."""

    def __init__(self, page: RecordPage, enrolment: Enrolment, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("enrolmentDialog")
        self.page, self.enrolment = page, enrolment
        self.setWindowTitle(self.tr("Enrolment in %1").replace("%1", enrolment.course_name))
        self.status = QComboBox()
        self.status.setObjectName("enrolmentStatus")
        for code in rules.STATUSES:
            self.status.addItem(labels.label(labels.STATUSES, code), code)
        self.status.setCurrentIndex(max(0, self.status.findData(enrolment.status)))
        self.start = date_edit("enrolmentStart", enrolment.start_date)
        end, self.end = date_field(enrolment.end_date, optional=True)
        end.setObjectName("enrolmentEnd")
        self.end_hint = QLabel(self.tr("When it ends, it ends today unless you give the day."))
        self.end_hint.setWordWrap(True)
        self.level = _level_combo(enrolment.level_reached, "levelReached")
        self.end_reason = QLineEdit(enrolment.end_reason or "")
        self.end_reason.setObjectName("endReason")
        self.end_reason.setPlaceholderText(self.tr("e.g. moved to another municipality"))
        self.reason = QLineEdit()
        self.reason.setObjectName("correctionReason")
        self.reason.setPlaceholderText(self.tr("needed when going back, e.g. completed by mistake"))
        self.error = error_label("enrolmentDialogError")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("From"), self.start)
        form.addRow(self.tr("To"), end)
        form.addRow("", self.end_hint)
        form.addRow(self.tr("Level reached"), self.level)
        form.addRow(self.tr("Why it was dropped"), self.end_reason)
        form.addRow(self.tr("Reason for a correction"), self.reason)
        buttons = _buttons(self, QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.status.currentIndexChanged.connect(lambda _i: self._status_changed())
        self._status_changed()

    def _status_changed(self) -> None:
        self.end_reason.setEnabled(self.status.currentData() == "dropped")

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "status": self.status.currentData(),
            "start_date": labels.pydate(self.start.date()),
            "level_reached": self.level.currentData(),
            "end_reason": self.end_reason.text(),
        }
        end = self.end()
        ending = rules.is_ended(self.status.currentData()) and not rules.is_ended(
            self.enrolment.status
        )
        # Ending without a day given: the service dates it (today, or the course's end).
        if not (ending and end == self.enrolment.end_date):
            values["end_date"] = end
        return values

    def save(self) -> bool:
        values, reason = self.values(), self.reason.text()
        ok = self.page.run(
            lambda s: enrolments.update_enrolment(
                s, self.page.actor, self.page.reference, self.enrolment.id, values, reason=reason
            ),
            self.error,
        )
        if ok:
            self.accept()
        return ok


class AttendanceDialog(QDialog):
    """Attendance recorded so far, and a new record (a second one on the same day corrects)."""

    def __init__(self, page: RecordPage, enrolment: Enrolment, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("attendanceDialog")
        self.page, self.enrolment_id = page, enrolment.id
        self.setWindowTitle(self.tr("Attendance in %1").replace("%1", enrolment.course_name))
        self.model: RowTableModel[AttendanceEntry] = RowTableModel(
            [
                Column(self.tr("Day"), lambda a: labels.format_date(a.recorded_on)),
                Column(self.tr("Attendance"), lambda a: f"{a.percent} %", align_right=True),
                Column(
                    self.tr("Hours"),
                    lambda a: f"{a.hours_attended:g}" if a.hours_attended is not None else "",
                    sort_key=lambda a: a.hours_attended,
                    align_right=True,
                ),
                Column(self.tr("Recorded by"), lambda a: a.recorded_by),
            ],
            self,
        )
        self.view = table_view(
            self.model,
            "attendanceHistory",
            placeholder=self.tr("No attendance recorded yet."),
        )
        self.day = date_edit("attendanceDay", clock.today())
        self.percent = QSpinBox()
        self.percent.setObjectName("attendancePercent")
        self.percent.setRange(0, 100)
        self.percent.setSuffix(" %")
        self.percent.setValue(enrolment.attendance_percent or 0)
        self.hours = QDoubleSpinBox()
        self.hours.setObjectName("attendanceHours")
        self.hours.setRange(0, 5000)
        self.hours.setDecimals(1)
        self.hours.setSpecialValueText(self.tr("not given"))
        self.record_button = QPushButton(self.tr("Record"))
        self.record_button.setObjectName("recordAttendanceNow")
        self.record_button.clicked.connect(self.record)
        self.error = error_label("attendanceError")
        self.error.setWordWrap(True)
        row = QHBoxLayout()
        for title, widget in (
            (self.tr("On"), self.day),
            (self.tr("attended"), self.percent),
            (self.tr("hours so far"), self.hours),
        ):
            row.addWidget(QLabel(title))
            row.addWidget(widget)
        row.addWidget(self.record_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(520, 360)
        self._show(enrolment)

    def _show(self, enrolment: Enrolment) -> None:
        self.model.set_rows(enrolment.attendance)

    def record(self) -> bool:
        day = labels.pydate(self.day.date())
        percent, hours = self.percent.value(), self.hours.value() or None
        ok = self.page.run(
            lambda s: enrolments.record_attendance(
                s,
                self.page.actor,
                self.page.reference,
                self.enrolment_id,
                recorded_on=day,
                percent=percent,
                hours_attended=hours,
            ),
            self.error,
        )
        if ok and self.page.record is not None:
            for enrolment in self.page.record.enrolments:
                if enrolment.id == self.enrolment_id:
                    self._show(enrolment)
        return ok


class CertificateDialog(QDialog):
    """The certificate's name, date and level, and its file kept among the case's documents."""

    def __init__(self, page: RecordPage, enrolment: Enrolment, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("certificateDialog")
        self.page, self.enrolment = page, enrolment
        self.path: Path | None = None
        self.setWindowTitle(self.tr("Certificate for %1").replace("%1", enrolment.course_name))
        self.title = QLineEdit(enrolment.certificate or "")
        self.title.setObjectName("certificateTitle")
        self.title.setPlaceholderText(self.tr("e.g. Prøve i Dansk 2"))
        self.issued = date_edit("certificateDate", enrolment.certificate_date or clock.today())
        self.level = _level_combo(
            enrolment.level_reached or enrolment.cefr_level, "certificateLevel"
        )
        self.file_label = QLabel(
            self.tr("A file is kept already; choosing another keeps that one too.")
            if enrolment.certificate_document_id is not None
            else self.tr("No file chosen.")
        )
        self.file_label.setObjectName("certificateFile")
        self.file_label.setWordWrap(True)
        choose = QPushButton(self.tr("Choose the file (PDF, JPEG, PNG)…"))
        choose.setObjectName("chooseCertificateFile")
        choose.clicked.connect(self.choose_file)
        self.error = error_label("certificateError")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Certificate"), self.title)
        form.addRow(self.tr("Dated"), self.issued)
        form.addRow(self.tr("Level it shows"), self.level)
        form.addRow(choose, self.file_label)
        buttons = _buttons(self, QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("The certificate's file"),
            "",
            self.tr("Documents (*.pdf *.jpg *.jpeg *.png)"),
        )
        if path:
            self.set_file(Path(path))

    def set_file(self, path: Path) -> None:
        self.path = path
        self.file_label.setText(path.name)

    def save(self) -> bool:
        title, issued = self.title.text(), labels.pydate(self.issued.date())
        level, path, enrolment_id = self.level.currentData(), self.path, self.enrolment.id
        actor, reference = self.page.actor, self.page.reference

        def keep(session: Any) -> None:
            enrolments.record_certificate(
                session,
                actor,
                reference,
                enrolment_id,
                title=title,
                issued_on=issued,
                level_reached=level,
            )
            if path is not None:
                with open(path, "rb") as stream:
                    enrolments.attach_certificate(
                        session, actor, reference, enrolment_id, stream, path.name
                    )

        try:
            ok = self.page.run(keep, self.error)
        except OSError as exc:
            self.error.setText(
                self.tr("The file could not be read: %1").replace("%1", exc.strerror or str(exc))
            )
            return False
        if ok:
            self.accept()
        return ok
