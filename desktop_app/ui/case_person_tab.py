"""A case's Person and legal status tab: the person fields, age assessments, legal
decisions, placements, the people around the young person and their consents.

The person fields are saved together by the page (Save, Ctrl+S); an assessment, a
decision or a placement is saved at once through its small form.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.codes import country_name, language_name
from desktop_app.services import clock
from desktop_app.services.cases import legal_status, status_and_placements
from desktop_app.ui import labels
from desktop_app.ui.case_tab import CaseTab, RecordPage, date_edit, error_label, error_palette
from desktop_app.ui.messages import message_text
from desktop_app.ui.tables import Column, RowTableModel, selected_object, table_view

# How each person-record field is edited.
TEXT, DATE, CHOICE, FLAG = "text", "date", "choice", "flag"


def display_value(case: Any, name: str) -> Any:
    """A person-record field as the form shows it (names for codes, ISO for dates)."""
    value = getattr(case, name)
    if name in ("nationality", "country_of_origin"):
        return country_name(value) if value else ""
    if name == "languages":
        return "; ".join(language_name(c) for c in (value or "").split(";") if c)
    if name == "interpreter_language":
        return language_name(value) if value else ""
    if isinstance(value, bool):
        return value
    if isinstance(value, date):
        return value.isoformat()
    if value is None:
        return ""
    return str(value)


def _d(value: date | None) -> str:
    return labels.format_date(value)


class PersonForm(QWidget):
    """The editable person fields, each with its validation message beside it."""

    changed = Signal()

    def field_specs(self) -> list[tuple[str, str, str, dict[str, str] | None]]:
        """(field, label, kind of editor, choices) in form order."""
        return [
            ("given_name", self.tr("Given name(s)"), TEXT, None),
            ("family_name", self.tr("Family name"), TEXT, None),
            ("preferred_name", self.tr("Preferred name"), TEXT, None),
            ("date_of_birth", self.tr("Date of birth"), DATE, None),
            ("dob_precision", self.tr("Date of birth is"), CHOICE, labels.PRECISIONS),
            ("sex", self.tr("Sex"), CHOICE, labels.SEXES),
            ("nationality", self.tr("Nationality"), TEXT, None),
            ("country_of_origin", self.tr("Country of origin"), TEXT, None),
            ("languages", self.tr("Languages"), TEXT, None),
            ("interpreter_needed", self.tr("Needs an interpreter"), FLAG, None),
            ("interpreter_language", self.tr("Interpreter language"), TEXT, None),
            ("arrival_date", self.tr("Arrival date"), DATE, None),
            ("unaccompanied", self.tr("Unaccompanied minor"), FLAG, None),
            ("legal_guardian", self.tr("Legal guardian"), TEXT, None),
            ("external_references", self.tr("External reference numbers"), TEXT, None),
            ("in_aftercare", self.tr("In after-care"), FLAG, None),
            (
                "family_reunification_members",
                self.tr("Family members expected (reunification)"),
                TEXT,
                None,
            ),
            ("monthly_housing_budget", self.tr("Monthly housing budget"), TEXT, None),
            ("preferred_municipalities", self.tr("Preferred municipalities"), TEXT, None),
            ("needs_accessible_housing", self.tr("Needs accessible housing"), FLAG, None),
        ]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._original: dict[str, Any] = {}
        self._marked: set[str] = set()
        grid = QGridLayout(self)
        grid.setColumnStretch(1, 1)
        for row, (name, text, kind, choices) in enumerate(self.field_specs()):
            editor: QWidget
            if kind == FLAG:
                editor = QCheckBox(text)
                editor.toggled.connect(self.changed)
                grid.addWidget(editor, row, 1)
            else:
                if kind == CHOICE:
                    combo = QComboBox()
                    for code in choices or {}:
                        combo.addItem(labels.label(choices or {}, code), code)
                    combo.currentIndexChanged.connect(self.changed)
                    editor = combo
                else:
                    line = QLineEdit()
                    if kind == DATE:
                        line.setPlaceholderText(self.tr("YYYY-MM-DD or DD.MM.YYYY"))
                    if name in ("nationality", "country_of_origin"):
                        line.setPlaceholderText(self.tr("Country name or ISO code"))
                    if name == "languages":
                        line.setPlaceholderText(self.tr("Names or ISO codes, separated by ;"))
                    line.textChanged.connect(self.changed)
                    editor = line
                label = QLabel(text)
                label.setBuddy(editor)
                grid.addWidget(label, row, 0)
                grid.addWidget(editor, row, 1)
            editor.setObjectName(f"field_{name}")
            editor.setAccessibleName(text)
            error = QLabel()
            error.setObjectName(f"error_{name}")
            error.setPalette(error_palette(error))
            error.setWordWrap(True)
            error.hide()
            grid.addWidget(error, row, 2)
            grid.setColumnMinimumWidth(2, 220)
            self.editors[name] = editor
            self.errors[name] = error

    def load(self, case: Any, editable: bool) -> None:
        self._original = {name: display_value(case, name) for name in self.editors}
        for name, editor in self.editors.items():
            editor.blockSignals(True)
            value = self._original[name]
            if isinstance(editor, QCheckBox):
                editor.setChecked(bool(value))
            elif isinstance(editor, QComboBox):
                editor.setCurrentIndex(max(0, editor.findData(getattr(case, name))))
                self._original[name] = editor.currentData()
            elif isinstance(editor, QLineEdit):
                editor.setText(str(value))
                editor.setReadOnly(not editable)
            editor.setEnabled(editable or isinstance(editor, QLineEdit))
            editor.blockSignals(False)
        self.clear_errors()

    def current(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, editor in self.editors.items():
            if isinstance(editor, QCheckBox):
                out[name] = editor.isChecked()
            elif isinstance(editor, QComboBox):
                out[name] = editor.currentData()
            elif isinstance(editor, QLineEdit):
                out[name] = editor.text().strip()
        return out

    def changes(self) -> dict[str, Any]:
        """Only the fields the user changed, as typed (the service validates them)."""
        return {k: v for k, v in self.current().items() if v != self._original.get(k)}

    def original(self) -> dict[str, Any]:
        return dict(self._original)

    def show_errors(self, errors: dict[str, str]) -> None:
        self.clear_errors()
        self._marked = set(errors) & set(self.editors)
        first: QWidget | None = None
        for name, message in errors.items():
            label = self.errors.get(name)
            if label is None:
                continue
            label.setText(message_text(message))
            label.show()
            self.editors[name].setStyleSheet("border: 1px solid #b00020;")
            first = first or self.editors[name]
        if first is not None:
            first.setFocus()

    def clear_errors(self) -> None:
        for label in self.errors.values():
            if label.isVisibleTo(self) or label.text():
                label.hide()
                label.clear()
        for name in self._marked:
            self.editors[name].setStyleSheet("")
        self._marked = set()


class CasePersonTab(CaseTab):
    """The person form (given by the page, which saves it) and the legal history under it."""

    def __init__(self, page: RecordPage, form: PersonForm, parent: QWidget | None = None) -> None:
        super().__init__(page, parent)
        self.form = form
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(form)
        editable = page.can_edit_now()

        self.assessments_model: RowTableModel[Any] = RowTableModel(
            [
                Column(self.tr("Assessed on"), lambda a: _d(a.assessed_on)),
                Column(self.tr("By"), lambda a: a.assessed_by),
                Column(self.tr("Method"), lambda a: a.method),
                Column(
                    self.tr("Date of birth before"),
                    lambda a: (
                        f"{_d(a.previous_date_of_birth)} "
                        f"({labels.label(labels.PRECISIONS, a.previous_precision)})"
                    ),
                    sort_key=lambda a: a.previous_date_of_birth,
                ),
                Column(self.tr("Date of birth after"), lambda a: _d(a.new_date_of_birth)),
                Column(self.tr("Note"), lambda a: a.note),
            ],
            self,
        )
        self.decisions_model: RowTableModel[Any] = RowTableModel(
            [
                Column(
                    self.tr("Decision"),
                    lambda d: (
                        labels.label(labels.DECISIONS, d.decision_type)
                        + (self.tr(" (withdrawn: recorded in error)") if d.withdrawn_on else "")
                    ),
                ),
                Column(self.tr("Applied"), lambda d: _d(d.application_date)),
                Column(self.tr("Decided"), lambda d: _d(d.decision_date)),
                Column(self.tr("Permit expires"), lambda d: _d(d.permit_expiry)),
                Column(self.tr("Move-out deadline"), lambda d: _d(d.move_out_deadline)),
                Column(self.tr("Renewal applied"), lambda d: _d(d.renewal_applied_on)),
                Column(self.tr("Note"), lambda d: d.withdrawn_reason if d.withdrawn_on else d.note),
            ],
            self,
        )
        self.placements_model: RowTableModel[Any] = RowTableModel(
            [
                Column(
                    self.tr("Placement"),
                    lambda p: labels.label(labels.PLACEMENTS, p.placement_type),
                ),
                Column(self.tr("Name"), lambda p: p.name),
                Column(self.tr("Municipality"), lambda p: p.municipality),
                Column(self.tr("From"), lambda p: _d(p.start_date)),
                Column(self.tr("Planned end"), lambda p: _d(p.planned_end_date)),
                Column(
                    self.tr("Ended"),
                    lambda p: _d(p.end_date) if p.end_date else self.tr("current"),
                    sort_key=lambda p: p.end_date,
                ),
            ],
            self,
        )
        self.assessments = table_view(
            self.assessments_model,
            "ageAssessments",
            sortable=True,
            placeholder=self.tr("No age assessment."),
        )
        self.decisions = table_view(
            self.decisions_model,
            "decisions",
            sortable=True,
            placeholder=self.tr("No decision recorded."),
        )
        self.placements = table_view(
            self.placements_model,
            "placements",
            sortable=True,
            placeholder=self.tr("No placement recorded."),
        )
        self.permit_label = QLabel()
        self.permit_label.setObjectName("permitLabel")
        for title, view, adder in (
            (self.tr("Age assessments"), self.assessments, self._assessment_form()),
            (self.tr("Legal status decisions"), self.decisions, self._decision_forms()),
            (self.tr("Placements and residence"), self.placements, self._placement_form()),
        ):
            box = QGroupBox(title)
            box_layout = QVBoxLayout(box)
            box_layout.addWidget(view)
            box_layout.addWidget(adder)
            adder.setEnabled(editable)
            view.setMinimumHeight(90)
            layout.addWidget(box)
        layout.addWidget(self.permit_label)

        self.contacts_model: RowTableModel[Any] = RowTableModel(
            [
                Column(self.tr("Name"), lambda c: c.name),
                Column(self.tr("Relation"), lambda c: c.relation),
                Column(self.tr("Organisation"), lambda c: c.organisation),
                Column(self.tr("Phone"), lambda c: c.phone),
                Column(self.tr("E-mail"), lambda c: c.email),
            ],
            self,
        )
        self.consents_model: RowTableModel[Any] = RowTableModel(
            [
                Column(self.tr("Purpose"), lambda c: c.purpose),
                Column(self.tr("Shared with"), lambda c: c.recipient),
                Column(self.tr("Given on"), lambda c: _d(c.given_on)),
                Column(
                    self.tr("Withdrawn on"),
                    lambda c: _d(c.withdrawn_on) if c.withdrawn_on else self.tr("in force"),
                    sort_key=lambda c: c.withdrawn_on,
                ),
                Column(self.tr("Note"), lambda c: c.note),
            ],
            self,
        )
        self.contacts = table_view(
            self.contacts_model,
            "contacts",
            sortable=True,
            placeholder=self.tr("No contact recorded."),
        )
        self.consents = table_view(
            self.consents_model,
            "consents",
            sortable=True,
            placeholder=self.tr("No consent recorded."),
        )
        for title, view in (
            (self.tr("People around the young person"), self.contacts),
            (self.tr("Consent to share information"), self.consents),
        ):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(view)
            view.setMinimumHeight(80)
            layout.addWidget(box)

        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.reload()

    # --- the small forms ------------------------------------------------------------

    def _row(self, widgets: list[QWidget]) -> QWidget:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            row.addWidget(widget)
        row.addStretch(1)
        return holder

    def _assessment_form(self) -> QWidget:
        """An age assessment moves the date of birth, and so the 18th-birthday transition."""
        self.assessed_dob = date_edit("assessedBirthDate")
        self.assessed_on = date_edit("assessedOn")
        self.assessed_by = QLineEdit()
        self.assessed_by.setObjectName("assessedBy")
        self.assessed_by.setPlaceholderText(self.tr("by (authority)"))
        add = QPushButton(self.tr("Record assessment"))
        add.setObjectName("addAssessment")
        add.clicked.connect(self._add_assessment)
        self.assessment_error = error_label("assessmentError")
        return self._row(
            [
                QLabel(self.tr("Assessed date of birth")),
                self.assessed_dob,
                QLabel(self.tr("on")),
                self.assessed_on,
                self.assessed_by,
                add,
                self.assessment_error,
            ]
        )

    def _decision_forms(self) -> QWidget:
        """Recording a decision, and what a worker does with one already recorded."""
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self._decision_form())
        actions = QHBoxLayout()
        for text, name, slot in (
            (self.tr("Move-out deadline…"), "decisionDeadline", self._set_move_out_deadline),
            (self.tr("Renewal applied for…"), "decisionRenewal", self._record_renewal),
            (
                self.tr("Withdraw as recorded in error…"),
                "decisionWithdraw",
                self._withdraw_decision,
            ),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.setToolTip(self.tr("For the decision chosen in the list above"))
            button.clicked.connect(slot)
            actions.addWidget(button)
        actions.addStretch(1)
        column.addLayout(actions)
        return holder

    def _chosen_decision(self) -> int | None:
        decision = selected_object(self.decisions)
        if decision is None:
            self.decision_error.setText(self.tr("Choose a decision in the list first."))
            return None
        return int(decision.id)

    def _ask_date(self, title: str, question: str) -> date | None:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(title)
        dialog.setLabelText(question)
        dialog.setTextValue(clock.today().isoformat())
        if not dialog.exec():
            return None
        try:
            return date.fromisoformat(dialog.textValue().strip())
        except ValueError:
            self.decision_error.setText(
                self.tr("'%1' is not a date (use YYYY-MM-DD).").replace("%1", dialog.textValue())
            )
            return None

    def _set_move_out_deadline(self) -> None:
        decision_id = self._chosen_decision()
        if decision_id is None:
            return
        deadline = self._ask_date(
            self.tr("Move-out deadline"),
            self.tr("The move-out deadline for this decision (it overrides the rule):"),
        )
        if deadline is None:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Move-out deadline"), self.tr("Why does this deadline apply?")
        )
        if ok:
            self.page.run(
                lambda s: legal_status.set_move_out_deadline(
                    s, self.page.actor, self.page.reference, decision_id, deadline, reason=reason
                ),
                self.decision_error,
            )

    def _record_renewal(self) -> None:
        decision_id = self._chosen_decision()
        if decision_id is None:
            return
        applied = self._ask_date(
            self.tr("Permit renewal"), self.tr("The permit's renewal was applied for on:")
        )
        if applied is not None:
            self.page.run(
                lambda s: legal_status.record_renewal_application(
                    s, self.page.actor, self.page.reference, decision_id, applied
                ),
                self.decision_error,
            )

    def _withdraw_decision(self) -> None:
        decision_id = self._chosen_decision()
        if decision_id is None:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Withdraw decision"),
            self.tr(
                "This entry stays on the record, marked as recorded in error, and no longer "
                "counts. Why is it withdrawn?"
            ),
        )
        if ok:
            self.page.run(
                lambda s: legal_status.withdraw_decision(
                    s, self.page.actor, self.page.reference, decision_id, reason=reason
                ),
                self.decision_error,
            )

    def _decision_form(self) -> QWidget:
        """A granting decision while in a reception placement starts the move-out deadline."""
        self.decision_type = QComboBox()
        self.decision_type.setObjectName("decisionType")
        for code in labels.DECISIONS:
            self.decision_type.addItem(labels.label(labels.DECISIONS, code), code)
        self.decision_date = date_edit("decisionDate")
        self.permit_known = QCheckBox(self.tr("permit until"))
        self.permit_known.setObjectName("permitKnown")
        self.permit_expiry = date_edit("permitExpiry")
        self.permit_expiry.setEnabled(False)
        self.permit_known.toggled.connect(self.permit_expiry.setEnabled)
        add = QPushButton(self.tr("Record decision"))
        add.setObjectName("addDecision")
        add.clicked.connect(self._add_decision)
        self.decision_error = error_label("decisionError")
        return self._row(
            [
                self.decision_type,
                QLabel(self.tr("on")),
                self.decision_date,
                self.permit_known,
                self.permit_expiry,
                add,
                self.decision_error,
            ]
        )

    def _placement_form(self) -> QWidget:
        self.placement_type = QComboBox()
        self.placement_type.setObjectName("placementType")
        for code in labels.PLACEMENTS:
            self.placement_type.addItem(labels.label(labels.PLACEMENTS, code), code)
        self.placement_municipality = QLineEdit()
        self.placement_municipality.setObjectName("placementMunicipality")
        self.placement_municipality.setPlaceholderText(self.tr("municipality"))
        self.placement_start = date_edit("placementStart")
        self.placement_end_known = QCheckBox(self.tr("planned end"))
        self.placement_end = date_edit("placementEnd")
        self.placement_end.setEnabled(False)
        self.placement_end_known.toggled.connect(self.placement_end.setEnabled)
        add = QPushButton(self.tr("Record new placement"))
        add.setObjectName("addPlacement")
        add.clicked.connect(self._add_placement)
        self.placement_error = error_label("placementError")
        return self._row(
            [
                self.placement_type,
                self.placement_municipality,
                QLabel(self.tr("from")),
                self.placement_start,
                self.placement_end_known,
                self.placement_end,
                add,
                self.placement_error,
            ]
        )

    def _add_assessment(self) -> None:
        if self.page.is_dirty():
            self.assessment_error.setText(self.tr("Save or undo the person changes first."))
            return
        new_dob = self.assessed_dob.date().toPython()
        on = self.assessed_on.date().toPython()
        by = self.assessed_by.text().strip() or None
        self.page.run(
            lambda s: status_and_placements.record_age_assessment(
                s, self.page.actor, self.page.reference, new_dob, assessed_on=on, assessed_by=by
            ),
            self.assessment_error,
        )

    def _add_decision(self) -> None:
        kind = self.decision_type.currentData()
        decided = self.decision_date.date().toPython()
        permit = self.permit_expiry.date().toPython() if self.permit_known.isChecked() else None

        def add(session: Any) -> object:
            return status_and_placements.add_decision(
                session,
                self.page.actor,
                self.page.reference,
                kind,
                decision_date=None if kind == "pending" else decided,
                permit_expiry=permit,
            )

        self.page.run(add, self.decision_error)

    def _add_placement(self) -> None:
        kind = self.placement_type.currentData()
        start = self.placement_start.date().toPython()
        end = self.placement_end.date().toPython() if self.placement_end_known.isChecked() else None
        municipality = self.placement_municipality.text().strip() or None

        def add(session: Any) -> object:
            return status_and_placements.add_placement(
                session,
                self.page.actor,
                self.page.reference,
                kind,
                municipality=municipality,
                start_date=start,
                planned_end_date=end,
            )

        self.page.run(add, self.placement_error)

    # --- showing the record ----------------------------------------------------------

    def reload(self) -> None:
        record = self.record
        self.assessments_model.set_rows(record.age_assessments)
        self.decisions_model.set_rows(record.decisions)
        self.placements_model.set_rows(record.placements)
        self.contacts_model.set_rows(record.contacts)
        self.consents_model.set_rows(record.consents)
        permits = [d.permit_expiry for d in record.decisions if d.permit_expiry]
        self.permit_label.setText(
            self.tr("Residence permit valid until %1.").replace("%1", max(permits).isoformat())
            if permits
            else self.tr("No residence permit recorded.")
        )
