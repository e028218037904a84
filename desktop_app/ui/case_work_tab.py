"""A case's Work and education tab: job coaching, internships, apprenticeships, vocational
training and school — chosen from the partners' programmes (with their places left) or
typed in, then moved on and ended with what came of it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain import partners as rules
from desktop_app.services import clock
from desktop_app.services.errors import HomewardError
from desktop_app.services.partners import programmes, work_support
from desktop_app.services.partners.programmes import ProgrammeRow
from desktop_app.services.partners.work_support import WorkSupport
from desktop_app.ui import labels
from desktop_app.ui.case_tab import CaseTab, RecordPage, date_edit, error_label
from desktop_app.ui.messages import error_text
from desktop_app.ui.partners_dialogs import date_field
from desktop_app.ui.partners_models import OUTCOMES, label, places_text, support_model
from desktop_app.ui.tables import current_object, select_object, table_view


class SupportDialog(QDialog):
    """Move a support on, end it with its outcome, or correct it (going back needs a reason)."""

    def __init__(
        self,
        page: RecordPage,
        support: WorkSupport,
        parent: QWidget | None = None,
        *,
        ending: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("supportDialog")
        self.page, self.support = page, support
        name = support.organisation or labels.label(labels.PROGRAMMES, support.programme_type)
        self.setWindowTitle(
            (self.tr("End the support at %1") if ending else self.tr("Support at %1")).replace(
                "%1", name
            )
        )
        self.status = QComboBox()
        self.status.setObjectName("supportStatus")
        for code in rules.STATUSES:
            self.status.addItem(labels.label(labels.STATUSES, code), code)
        current = "completed" if ending and not rules.is_ended(support.status) else support.status
        self.status.setCurrentIndex(max(0, self.status.findData(current)))
        self.organisation = QLineEdit(support.organisation or "")
        self.organisation.setObjectName("supportOrganisation")
        self.start = date_edit("supportStart", support.start_date)
        end, self.end = date_field(support.end_date, optional=True)
        end.setObjectName("supportEnd")
        end.setAccessibleName(self.tr("Ended on"))
        self.outcome = QComboBox()
        self.outcome.setObjectName("supportOutcome")
        self.outcome.addItem(self.tr("— choose when it ends —"), None)
        for code in rules.OUTCOMES:
            self.outcome.addItem(label(OUTCOMES, code), code)
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(support.outcome)))
        self.note = QLineEdit(support.outcome_note or "")
        self.note.setObjectName("outcomeNote")
        self.note.setPlaceholderText(self.tr("e.g. hired as kitchen assistant, 30 hours a week"))
        self.reason = QLineEdit()
        self.reason.setObjectName("supportCorrectionReason")
        self.reason.setPlaceholderText(self.tr("needed when going back, e.g. ended by mistake"))
        self.error = error_label("supportDialogError")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow(self.tr("From"), self.start)
        form.addRow(self.tr("To"), end)
        form.addRow(self.tr("Outcome"), self.outcome)
        form.addRow(self.tr("About the outcome"), self.note)
        form.addRow(self.tr("Reason for a correction"), self.reason)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.status.currentIndexChanged.connect(lambda _i: self._status_changed())
        self._status_changed()

    def _status_changed(self) -> None:
        ended = rules.is_ended(self.status.currentData())
        self.outcome.setEnabled(ended)
        self.note.setEnabled(ended)

    def values(self) -> dict[str, Any]:
        status = self.status.currentData()
        values: dict[str, Any] = {
            "status": status,
            "start_date": labels.pydate(self.start.date()),
            "organisation": self.organisation.text(),
            "outcome": self.outcome.currentData(),
            "outcome_note": self.note.text(),
        }
        end = self.end()
        ending = rules.is_ended(status) and not rules.is_ended(self.support.status)
        # Ending without a day given: the service dates it today (or at its planned end).
        if not (ending and end == self.support.end_date):
            values["end_date"] = end
        return values

    def save(self) -> bool:
        values, reason = self.values(), self.reason.text()
        ok = self.page.run(
            lambda s: work_support.update_support(
                s, self.page.actor, self.page.reference, self.support.id, values, reason=reason
            ),
            self.error,
        )
        if ok:
            self.accept()
        return ok


class CaseWorkTab(CaseTab):
    def __init__(self, page: RecordPage, parent: QWidget | None = None) -> None:
        super().__init__(page, parent)
        self.employment_model = support_model(self)
        self.employment = table_view(
            self.employment_model,
            "employment",
            sortable=True,
            title=self.tr("Work and education support"),
            placeholder=self.tr("No work or education support recorded."),
        )
        self.employment.selectionModel().currentRowChanged.connect(lambda _c, _p: self._chosen())
        self.employment.doubleClicked.connect(lambda _i: self.update_selected())
        self.details = QLabel()
        self.details.setObjectName("supportDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.update_button = QPushButton(self.tr("Status and dates…"))
        self.update_button.setObjectName("updateSupport")
        self.update_button.clicked.connect(self.update_selected)
        self.end_button = QPushButton(self.tr("End with its outcome…"))
        self.end_button.setObjectName("endSupport")
        self.end_button.clicked.connect(self.end_selected)
        actions = QHBoxLayout()
        actions.addWidget(self.update_button)
        actions.addWidget(self.end_button)
        actions.addStretch(1)

        box = QGroupBox(self.tr("Add work or education support"))
        box.setObjectName("supportBox")
        self.programme_choice = QComboBox()
        self.programme_choice.setObjectName("programmeChoice")
        self.programme_choice.setAccessibleName(self.tr("Programme"))
        self.programme_choice.setMinimumContentsLength(40)
        self.programme_choice.currentIndexChanged.connect(lambda _i: self._choice_changed())
        self.programme = QComboBox()
        self.programme.setObjectName("programme")
        self.programme.setAccessibleName(self.tr("Type"))
        for code in rules.PROGRAMME_TYPES:
            self.programme.addItem(labels.label(labels.PROGRAMMES, code), code)
        self.organisation = QLineEdit()
        self.organisation.setObjectName("organisation")
        self.organisation.setPlaceholderText(self.tr("school, employer or programme"))
        self.organisation.setAccessibleName(self.tr("Organisation"))
        self.programme_start = date_edit("programmeStart")
        self.programme_start.setAccessibleName(self.tr("From"))
        add = QPushButton(self.tr("Add"))
        add.setObjectName("addEmployment")
        add.clicked.connect(self._add_employment)
        self.employment_error = error_label("employmentError")
        self.employment_error.setWordWrap(True)
        typed = QHBoxLayout()
        for widget in (
            self.programme,
            self.organisation,
            QLabel(self.tr("from")),
            self.programme_start,
        ):
            typed.addWidget(widget)
        self.typed_in = QWidget()
        self.typed_in.setLayout(typed)
        typed.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout(box)
        form.addRow(self.tr("From the partners' programmes"), self.programme_choice)
        form.addRow(self.tr("Or typed in"), self.typed_in)
        add_row = QHBoxLayout()
        add_row.addWidget(add)
        add_row.addStretch(1)
        form.addRow("", add_row)
        form.addRow(self.employment_error)
        self.support_box = box
        layout = QVBoxLayout(self)
        layout.addWidget(self.employment, 1)
        layout.addWidget(self.details)
        layout.addLayout(actions)
        layout.addWidget(box)
        self.reload()

    # --- the registry's programmes ------------------------------------------------------

    def _fill_choices(self) -> None:
        chosen = self.programme_choice.currentData()
        self.programme_choice.blockSignals(True)
        self.programme_choice.clear()
        self.programme_choice.addItem(self.tr("None: a school or employer typed in below"), None)
        try:
            with self.page.database.session() as session:
                offered = programmes.list_programmes(session, self.page.actor)
        except HomewardError as exc:
            offered = []
            self.employment_error.setText(error_text(exc))
        model = self.programme_choice.model()
        for p in offered:
            self.programme_choice.addItem(self._choice_text(p), p.id)
            if p.full and isinstance(model, QStandardItemModel):
                model.item(self.programme_choice.count() - 1).setEnabled(False)
        index = self.programme_choice.findData(chosen)
        usable = index > 0 and not offered[index - 1].full
        self.programme_choice.setCurrentIndex(index if usable else 0)
        self.programme_choice.blockSignals(False)
        self._choice_changed()

    def _choice_text(self, p: ProgrammeRow) -> str:
        kind = labels.label(labels.PROGRAMMES, p.programme_type)
        where = ", ".join(filter(None, [p.organisation, p.municipality]))
        places = self.tr("full") if p.full else places_text(p.places, p.places_left)
        return f"{kind} · {p.name} ({where}) · {places}"

    def _choice_changed(self) -> None:
        self.typed_in.setEnabled(self.programme_choice.currentData() is None)

    def _add_employment(self) -> None:
        programme_id = self.programme_choice.currentData()
        if programme_id is not None:
            action = lambda s: work_support.add_support(  # noqa: E731
                s, self.page.actor, self.page.reference, programme_id=int(programme_id)
            )
        else:
            kind = self.programme.currentData()
            organisation = self.organisation.text()
            start = labels.pydate(self.programme_start.date())
            action = lambda s: work_support.add_support(  # noqa: E731
                s,
                self.page.actor,
                self.page.reference,
                programme_type=kind,
                organisation=organisation,
                start_date=start,
            )
        if self.page.run(action, self.employment_error):
            self.organisation.clear()

    # --- the supports -----------------------------------------------------------------

    def selected(self) -> WorkSupport | None:
        support: WorkSupport | None = current_object(self.employment)
        return support

    def _chosen(self) -> None:
        s = self.selected()
        editable = s is not None and self.page.can_edit_now()
        self.update_button.setEnabled(editable)
        self.end_button.setEnabled(editable and s is not None and not rules.is_ended(s.status))
        if s is None:
            self.details.setText("")
            return
        parts = [labels.label(labels.PROGRAMMES, s.programme_type)]
        if s.programme_name:
            parts.append(f"{s.programme_code} · {s.programme_name}")
        if s.holds_place and s.end_date is not None and s.end_date < clock.today():
            parts.append(
                self.tr("it ended on %1: record what came of it (End with its outcome…)").replace(
                    "%1", labels.format_date(s.end_date)
                )
            )
        if s.outcome:
            parts.append(label(OUTCOMES, s.outcome))
        if s.outcome_note:
            parts.append(s.outcome_note)
        self.details.setText(" · ".join(parts))

    def update_selected(self) -> None:
        s = self.selected()
        if s is not None and self.page.can_edit_now():
            SupportDialog(self.page, s, self).exec()

    def end_selected(self) -> None:
        s = self.selected()
        if s is not None and self.page.can_edit_now():
            SupportDialog(self.page, s, self, ending=True).exec()

    def reload(self) -> None:
        chosen = self.selected()
        known = {row.id for row in self.employment_model.rows()}
        self.employment_model.set_rows(self.record.employment)
        added = [row.id for row in self.record.employment if row.id not in known]
        # Just added: show the new one; else keep the one chosen (or the latest).
        wanted = added[-1] if added and known else (chosen.id if chosen else None)
        if wanted is None or not select_object(self.employment, lambda row: row.id == wanted):
            if self.employment_model.rowCount():
                self.employment.selectRow(self.employment.model().rowCount() - 1)
        self._chosen()
        self.support_box.setEnabled(self.page.can_edit_now())
        self._fill_choices()
