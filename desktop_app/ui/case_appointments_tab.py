"""The Appointments tab of a case: plan meetings, home visits, hearings and viewings, and
record whether they were kept, cancelled or missed (a missed one can leave a task)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDateTime,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.codes import language_name
from desktop_app.services import appointments, clock
from desktop_app.services.actor import Actor
from desktop_app.services.appointments import AppointmentInfo
from desktop_app.services.errors import HomewardError, ValidationError
from desktop_app.services.storage.database import Database
from desktop_app.ui.messages import error_text, reasons_text
from desktop_app.ui.tables import Column, RowTableModel, selected_object, table_view
from desktop_app.ui.tones import set_tone

_CONTEXT = "CaseAppointments"

KIND_LABELS = {
    "meeting": QT_TRANSLATE_NOOP("CaseAppointments", "Meeting"),
    "home_visit": QT_TRANSLATE_NOOP("CaseAppointments", "Home visit"),
    "hearing": QT_TRANSLATE_NOOP("CaseAppointments", "Hearing"),
    "viewing": QT_TRANSLATE_NOOP("CaseAppointments", "Viewing"),
    "course": QT_TRANSLATE_NOOP("CaseAppointments", "Course"),
    "other": QT_TRANSLATE_NOOP("CaseAppointments", "Other"),
}
STATE_LABELS = {
    "planned": QT_TRANSLATE_NOOP("CaseAppointments", "Planned"),
    "kept": QT_TRANSLATE_NOOP("CaseAppointments", "Kept"),
    "cancelled": QT_TRANSLATE_NOOP("CaseAppointments", "Cancelled"),
    "missed": QT_TRANSLATE_NOOP("CaseAppointments", "Missed"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def kind_label(kind: str) -> str:
    text = KIND_LABELS.get(kind)
    return _t(text) if text else kind


def state_label(state: str) -> str:
    text = STATE_LABELS.get(state)
    return _t(text) if text else state


def when_text(a: AppointmentInfo) -> str:
    return f"{a.starts_at:%Y-%m-%d %H:%M}–{a.ends_at:%H:%M}"


def interpreter_text(a: AppointmentInfo) -> str:
    if not a.interpreter_needed:
        return ""
    return language_name(a.interpreter_language) if a.interpreter_language else _t("yes")


# The columns of an appointments list (the week view shows the case; a case's list does not).
COL_WHEN, COL_KIND, COL_CASE, COL_PLACE, COL_INTERPRETER, COL_STATE, COL_WORKER = range(7)


def appointment_model(parent: QWidget | None = None) -> RowTableModel[AppointmentInfo]:
    """Appointments (plain values from the service), soonest first."""
    return RowTableModel(
        [
            Column(_t("When"), when_text, sort_key=lambda a: a.starts_at),
            Column(_t("Kind"), lambda a: kind_label(a.kind), tooltip=lambda a: a.note or None),
            Column(_t("Case"), lambda a: a.reference),
            Column(_t("Place"), lambda a: a.place or ""),
            Column(_t("Interpreter"), interpreter_text),
            Column(_t("State"), lambda a: state_label(a.state)),
            Column(_t("Worker"), lambda a: a.worker or ""),
        ],
        parent,
    )


class PlanAppointmentDialog(QDialog):
    """Kind, time, place, who attends, interpreter and a note of a new appointment."""

    def __init__(
        self,
        interpreter_needed: bool,
        interpreter_language: str | None,
        offers: Sequence[tuple[int, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Plan an appointment"))
        self.kind = QComboBox()
        self.kind.setObjectName("appointmentKind")
        for code in appointments.KINDS:
            self.kind.addItem(kind_label(code), code)
        start = datetime.combine(clock.today() + timedelta(days=1), datetime.min.time()).replace(
            hour=10
        )
        self.starts_at = QDateTimeEdit(QDateTime(start))
        self.starts_at.setObjectName("appointmentStart")
        self.starts_at.setCalendarPopup(True)
        self.starts_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.duration = QSpinBox()
        self.duration.setObjectName("appointmentDuration")
        self.duration.setRange(5, appointments.LONGEST_MINUTES)
        self.duration.setSingleStep(15)
        self.duration.setValue(appointments.DEFAULT_MINUTES)
        self.duration.setSuffix(self.tr(" min"))
        self.place = QLineEdit()
        self.place.setObjectName("appointmentPlace")
        self.with_young_person = QCheckBox(self.tr("The young person attends"))
        self.with_young_person.setChecked(True)
        self.others = QLineEdit()
        self.others.setObjectName("appointmentOthers")
        self.others.setAccessibleName(self.tr("Others attending"))
        self.others.setPlaceholderText(self.tr("Others attending, separated by commas"))
        self.interpreter = QCheckBox(self.tr("Interpreter needed"))
        self.interpreter.setObjectName("appointmentInterpreter")
        self.interpreter.setChecked(interpreter_needed)
        self.language = QLineEdit(interpreter_language or "")
        self.language.setObjectName("appointmentLanguage")
        self.language.setAccessibleName(self.tr("Interpreter's language"))
        self.language.setPlaceholderText(self.tr("Language (code or English name)"))
        self.offer = QComboBox()
        self.offer.setObjectName("appointmentOffer")
        self.offer.addItem(self.tr("(no housing offer)"), None)
        for offer_id, text in offers:
            self.offer.addItem(text, offer_id)
        self.note = QPlainTextEdit()
        self.note.setObjectName("appointmentNote")
        self.note.setFixedHeight(70)
        interpreter_row = QHBoxLayout()
        interpreter_row.addWidget(self.interpreter)
        interpreter_row.addWidget(self.language, 1)
        form = QFormLayout(self)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Date and time:"), self.starts_at)
        form.addRow(self.tr("Duration:"), self.duration)
        form.addRow(self.tr("Place:"), self.place)
        form.addRow(self.tr("Who attends:"), self.with_young_person)
        form.addRow("", self.others)
        form.addRow(self.tr("Interpreter:"), interpreter_row)
        form.addRow(self.tr("Viewing of:"), self.offer)
        form.addRow(self.tr("Note:"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, Any]:
        return {
            "kind": self.kind.currentData(),
            "starts_at": self.starts_at.dateTime().toPython(),
            "duration_minutes": self.duration.value(),
            "place": self.place.text(),
            "with_young_person": self.with_young_person.isChecked(),
            "other_attendees": [p.strip() for p in self.others.text().split(",") if p.strip()],
            "interpreter_needed": self.interpreter.isChecked(),
            "interpreter_language": self.language.text() if self.interpreter.isChecked() else "",
            "offer_id": self.offer.currentData(),
            "note": self.note.toPlainText(),
        }


class CaseAppointmentsTab(QWidget):
    """The appointments of one case."""

    changed = Signal()

    def __init__(
        self,
        database: Database,
        actor: Actor,
        reference: str,
        can_edit: bool,
        *,
        interpreter_needed: bool = False,
        interpreter_language: str | None = None,
        offers: Sequence[tuple[int, str]] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.reference = reference
        self.can_edit = can_edit
        self.interpreter_needed = interpreter_needed
        self.interpreter_language = interpreter_language
        self.offers = list(offers)
        self.model = appointment_model(self)
        self.view = table_view(
            self.model,
            "appointmentsTable",
            sortable=True,
            title=self.tr("Appointments"),
            placeholder=self.tr("No appointments yet."),
        )
        self.view.setColumnHidden(COL_CASE, True)
        self.message = QLabel()
        self.message.setObjectName("appointmentsMessage")
        set_tone(self.message, "error")
        self.message.setWordWrap(True)
        self.message.hide()
        self.plan_button = QPushButton(self.tr("Plan…"))
        self.plan_button.setObjectName("planAppointment")
        self.plan_button.clicked.connect(self.plan)
        self.kept_button = QPushButton(self.tr("Kept"))
        self.kept_button.setObjectName("appointmentKept")
        self.kept_button.clicked.connect(lambda: self.set_state("kept"))
        self.cancel_button = QPushButton(self.tr("Cancelled"))
        self.cancel_button.setObjectName("appointmentCancelled")
        self.cancel_button.clicked.connect(lambda: self.set_state("cancelled"))
        self.missed_button = QPushButton(self.tr("Missed…"))
        self.missed_button.setObjectName("appointmentMissed")
        self.missed_button.clicked.connect(self.missed)
        buttons = QHBoxLayout()
        for button in (self.plan_button, self.kept_button, self.cancel_button, self.missed_button):
            button.setEnabled(can_edit)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)

    def reload(self) -> None:
        with self.database.session() as session:
            rows = appointments.case_appointments(session, self.actor, self.reference)
        self.model.set_rows(rows)

    def selected(self) -> AppointmentInfo | None:
        chosen = selected_object(self.view)
        return chosen if isinstance(chosen, AppointmentInfo) else None

    def _run(self, action: Any) -> bool:
        try:
            with self.database.session() as session:
                action(session)
        except ValidationError as exc:
            self._show(reasons_text(exc.errors, "; "))
            return False
        except HomewardError as exc:
            self._show(error_text(exc))
            return False
        self.message.hide()
        self.reload()
        self.changed.emit()
        return True

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def plan(self) -> None:
        dialog = PlanAppointmentDialog(
            self.interpreter_needed, self.interpreter_language, self.offers, self
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.plan_with(dialog.values())

    def plan_with(self, values: dict[str, Any]) -> bool:
        return self._run(
            lambda s: appointments.add_appointment(s, self.actor, self.reference, **values)
        )

    def set_state(self, state: str, follow_up: appointments.FollowUp | None = None) -> bool:
        chosen = self.selected()
        if chosen is None:
            return False
        return self._run(
            lambda s: appointments.set_state(
                s,
                self.actor,
                chosen.id,
                state,
                follow_up=follow_up,
                expected_version=chosen.version,
            )
        )

    def missed(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        title, ok = QInputDialog.getText(
            self,
            self.tr("Missed appointment"),
            self.tr("Follow-up task (leave empty for none):"),
            text=self.tr("Follow up the missed %1").replace("%1", kind_label(chosen.kind).lower()),
        )
        if not ok:
            return
        follow_up = appointments.FollowUp(title) if title.strip() else None
        self.set_state("missed", follow_up)
