"""A case's Person and legal status tab: the person fields, age assessments, legal
decisions, placements and the permit.

The person fields are saved together by the page (Save, Ctrl+S). An assessment, a decision
or a placement is recorded, corrected (with the reason) or ended through its dialog, and
saved at once; what was recorded stays on the record.
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
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.codes import country_name, language_name
from desktop_app.domain.transitions import GRANTING_DECISIONS
from desktop_app.services.cases import legal_status, residence, status_and_placements
from desktop_app.services.cases.record_data import (
    AgeAssessmentFacts,
    DecisionFacts,
    PlacementFacts,
)
from desktop_app.ui import labels
from desktop_app.ui import record_dialog as rd
from desktop_app.ui.case_tab import (
    CaseTab,
    RecordPage,
    actions_row,
    button,
    error_palette,
    on_selection,
    stretch_columns,
)
from desktop_app.ui.messages import message_text
from desktop_app.ui.record_dialog import Field, RecordDialog
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
        self.editable = page.can_edit_now()

        self.assessments_model: RowTableModel[AgeAssessmentFacts] = RowTableModel(
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
                Column(self.tr("Note"), lambda a: a.note, tooltip=lambda a: a.note),
            ],
            self,
        )
        self.decisions_model: RowTableModel[DecisionFacts] = RowTableModel(
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
                Column(
                    self.tr("Note"),
                    lambda d: d.withdrawn_reason if d.withdrawn_on else d.note,
                    tooltip=lambda d: d.withdrawn_reason if d.withdrawn_on else d.note,
                ),
            ],
            self,
        )
        self.placements_model: RowTableModel[PlacementFacts] = RowTableModel(
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
        stretch_columns(self.assessments, 5)
        self.decisions = table_view(
            self.decisions_model,
            "decisions",
            sortable=True,
            placeholder=self.tr("No decision recorded."),
        )
        stretch_columns(self.decisions, 6)
        self.placements = table_view(
            self.placements_model,
            "placements",
            sortable=True,
            placeholder=self.tr("No placement recorded."),
        )
        stretch_columns(self.placements, 1, 2)

        self.add_assessment = button(
            self.tr("Record assessment…"), "addAssessment", self._add_assessment
        )
        self.correct_assessment = button(
            self.tr("Correct…"), "correctAssessment", self._correct_assessment
        )
        self.add_decision = button(self.tr("Record decision…"), "addDecision", self._add_decision)
        self.correct_decision = button(
            self.tr("Correct…"), "correctDecision", self._correct_decision
        )
        self.deadline_button = button(
            self.tr("Move-out deadline…"), "decisionDeadline", self._set_move_out_deadline
        )
        self.renewal_button = button(
            self.tr("Renewal applied for…"), "decisionRenewal", self._record_renewal
        )
        self.withdraw_button = button(
            self.tr("Withdraw as recorded in error…"), "decisionWithdraw", self._withdraw_decision
        )
        self.add_placement = button(
            self.tr("Record new placement…"), "addPlacement", self._add_placement
        )
        self.plan_button = button(
            self.tr("Change planned end…"), "placementPlannedEnd", self._change_planned_end
        )
        self.end_placement_button = button(self.tr("End…"), "endPlacement", self._end_placement)
        self.correct_placement = button(
            self.tr("Correct…"), "correctPlacement", self._correct_placement
        )
        for title, view, actions in (
            (
                self.tr("Age assessments"),
                self.assessments,
                actions_row(self.add_assessment, self.correct_assessment),
            ),
            (
                self.tr("Legal status decisions"),
                self.decisions,
                actions_row(
                    self.add_decision,
                    self.correct_decision,
                    self.deadline_button,
                    self.renewal_button,
                    self.withdraw_button,
                ),
            ),
            (
                self.tr("Placements and residence"),
                self.placements,
                actions_row(
                    self.add_placement,
                    self.plan_button,
                    self.end_placement_button,
                    self.correct_placement,
                ),
            ),
        ):
            box = QGroupBox(title)
            box_layout = QVBoxLayout(box)
            box_layout.addWidget(view)
            if self.editable:
                box_layout.addLayout(actions)
            view.setMinimumHeight(90)
            layout.addWidget(box)
        self.permit_label = QLabel()
        self.permit_label.setObjectName("permitLabel")
        self.permit_label.setWordWrap(True)
        layout.addWidget(self.permit_label)
        for view in (self.assessments, self.decisions, self.placements):
            on_selection(view, self._update_buttons)

        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.reload()

    # --- what is chosen ----------------------------------------------------------------

    def chosen_decision(self) -> DecisionFacts | None:
        return selected_object(self.decisions)  # type: ignore[no-any-return]

    def chosen_placement(self) -> PlacementFacts | None:
        return selected_object(self.placements)  # type: ignore[no-any-return]

    def chosen_assessment(self) -> AgeAssessmentFacts | None:
        return selected_object(self.assessments)  # type: ignore[no-any-return]

    def _update_buttons(self) -> None:
        decision = self.chosen_decision()
        live = decision is not None and decision.withdrawn_on is None
        granting = live and decision.decision_type in {d.value for d in GRANTING_DECISIONS}  # type: ignore[union-attr]
        self.correct_decision.setEnabled(live)
        self.withdraw_button.setEnabled(live)
        self.deadline_button.setEnabled(granting)
        self.renewal_button.setEnabled(granting and decision.permit_expiry is not None)  # type: ignore[union-attr]
        placement = self.chosen_placement()
        self.correct_placement.setEnabled(placement is not None)
        current = placement is not None and placement.end_date is None
        self.plan_button.setEnabled(current)
        self.end_placement_button.setEnabled(current)
        self.correct_assessment.setEnabled(self.chosen_assessment() is not None)

    def _dialog(
        self,
        title: str,
        fields: list[Field],
        save: Any,
        *,
        intro: str = "",
        name: str = "recordDialog",
    ) -> RecordDialog:
        dialog = RecordDialog(
            self,
            title,
            fields,
            lambda values: self.page.apply(lambda s: save(s, values)),
            intro=intro,
            name=name,
        )
        dialog.exec()
        return dialog

    def _reason(self) -> Field:
        return Field(
            "reason",
            self.tr("Why is it corrected?"),
            rd.LONG_TEXT,
            placeholder=self.tr("For example: the date was typed wrongly"),
        )

    # --- age assessments -----------------------------------------------------------------

    def _add_assessment(self) -> None:
        """An age assessment moves the date of birth, and so the 18th-birthday transition."""
        if self.page.is_dirty():
            self.page.show_message(self.tr("Save or undo the person changes first."))
            return
        self._dialog(
            self.tr("Record an age assessment"),
            [
                Field("new_date_of_birth", self.tr("Assessed date of birth"), rd.DATE),
                Field("assessed_on", self.tr("Assessed on"), rd.DATE),
                Field("assessed_by", self.tr("By (authority)"), rd.TEXT),
                Field("method", self.tr("Method"), rd.TEXT),
                Field("note", self.tr("Note"), rd.LONG_TEXT),
            ],
            lambda s, v: status_and_placements.record_age_assessment(
                s,
                self.page.actor,
                self.page.reference,
                v["new_date_of_birth"],
                assessed_on=v["assessed_on"],
                assessed_by=v["assessed_by"] or None,
                method=v["method"] or None,
                note=v["note"] or None,
            ),
            intro=self.tr(
                "The assessed date becomes the date of birth (marked as set by age "
                "assessment); the 18th birthday moves with it."
            ),
            name="assessmentDialog",
        )

    def _correct_assessment(self) -> None:
        chosen = self.chosen_assessment()
        if chosen is None:
            return
        if self.page.is_dirty():
            self.page.show_message(self.tr("Save or undo the person changes first."))
            return
        self._dialog(
            self.tr("Correct an age assessment"),
            [
                Field(
                    "new_date_of_birth",
                    self.tr("Assessed date of birth"),
                    rd.DATE,
                    chosen.new_date_of_birth,
                ),
                Field("assessed_on", self.tr("Assessed on"), rd.DATE, chosen.assessed_on),
                Field("assessed_by", self.tr("By (authority)"), rd.TEXT, chosen.assessed_by),
                Field("method", self.tr("Method"), rd.TEXT, chosen.method),
                Field("note", self.tr("Note"), rd.LONG_TEXT, chosen.note),
                self._reason(),
            ],
            lambda s, v: residence.correct_age_assessment(
                s,
                self.page.actor,
                self.page.reference,
                chosen.id,
                {k: val for k, val in v.items() if k != "reason"},
                reason=v["reason"],
            ),
            name="correctAssessmentDialog",
        )

    # --- decisions ---------------------------------------------------------------------

    def _decision_fields(self, d: DecisionFacts | None) -> list[Field]:
        return [
            Field(
                "decision_type",
                self.tr("Decision"),
                rd.CHOICE,
                d.decision_type if d else "refugee",
                rd.choices(labels.DECISIONS),
            ),
            Field(
                "decision_date",
                self.tr("Decided on"),
                rd.OPTIONAL_DATE,
                d.decision_date if d else _today(),
                placeholder=self.tr("decided"),
                help=self.tr("Leave it out for an application still pending."),
            ),
            Field(
                "permit_expiry",
                self.tr("Permit valid until"),
                rd.OPTIONAL_DATE,
                d.permit_expiry if d else None,
                placeholder=self.tr("a permit"),
            ),
            Field(
                "application_date",
                self.tr("Applied on"),
                rd.OPTIONAL_DATE,
                d.application_date if d else None,
                placeholder=self.tr("known"),
            ),
            Field(
                "authority_reference",
                self.tr("Authority's reference"),
                rd.TEXT,
                d.authority_reference if d else None,
            ),
            Field("note", self.tr("Note"), rd.LONG_TEXT, d.note if d else None),
        ]

    def _add_decision(self) -> None:
        """A granting decision while in a reception placement starts the move-out deadline."""

        def save(s: Any, v: dict[str, Any]) -> object:
            return status_and_placements.add_decision(
                s,
                self.page.actor,
                self.page.reference,
                v["decision_type"],
                decision_date=v["decision_date"],
                permit_expiry=v["permit_expiry"],
                application_date=v["application_date"],
                authority_reference=v["authority_reference"] or None,
                note=v["note"] or None,
            )

        self._dialog(
            self.tr("Record a decision"),
            self._decision_fields(None),
            save,
            intro=self.tr(
                "A decision granting protection while the young person lives in a reception "
                "placement starts the move-out deadline."
            ),
            name="decisionDialog",
        )

    def _correct_decision(self) -> None:
        chosen = self.chosen_decision()
        if chosen is None:
            return
        self._dialog(
            self.tr("Correct a decision"),
            [*self._decision_fields(chosen), self._reason()],
            lambda s, v: legal_status.correct_decision(
                s,
                self.page.actor,
                self.page.reference,
                chosen.id,
                {
                    k: (val or None) if k in ("authority_reference", "note") else val
                    for k, val in v.items()
                    if k != "reason"
                },
                reason=v["reason"],
            ),
            intro=self.tr(
                "A correction keeps the entry, with what it said before and why it changed, in "
                "the audit log. The transitions it implies move with it."
            ),
            name="correctDecisionDialog",
        )

    def _set_move_out_deadline(self) -> None:
        chosen = self.chosen_decision()
        if chosen is None:
            return
        self._dialog(
            self.tr("Move-out deadline"),
            [
                Field(
                    "deadline",
                    self.tr("Move out by"),
                    rd.OPTIONAL_DATE,
                    chosen.move_out_deadline or _today(),
                    placeholder=self.tr("a deadline of its own"),
                    help=self.tr("Untick it to go back to the rule's deadline."),
                ),
                Field("reason", self.tr("Why does this deadline apply?"), rd.LONG_TEXT),
            ],
            lambda s, v: legal_status.set_move_out_deadline(
                s,
                self.page.actor,
                self.page.reference,
                chosen.id,
                v["deadline"],
                reason=v["reason"],
            ),
            intro=self.tr("The move-out deadline for this decision (it overrides the rule)."),
            name="deadlineDialog",
        )

    def _record_renewal(self) -> None:
        chosen = self.chosen_decision()
        if chosen is None:
            return
        self._dialog(
            self.tr("Permit renewal"),
            [Field("applied_on", self.tr("Renewal applied for on"), rd.DATE)],
            lambda s, v: legal_status.record_renewal_application(
                s, self.page.actor, self.page.reference, chosen.id, v["applied_on"]
            ),
            intro=self.tr(
                "The permit's renewal is applied for: its expiry no longer needs a renewal. "
                "When the new permit comes, record it as a new decision with its expiry."
            ),
            name="renewalDialog",
        )

    def _withdraw_decision(self) -> None:
        chosen = self.chosen_decision()
        if chosen is None:
            return
        self._dialog(
            self.tr("Withdraw decision"),
            [Field("reason", self.tr("Why is it withdrawn?"), rd.LONG_TEXT)],
            lambda s, v: legal_status.withdraw_decision(
                s, self.page.actor, self.page.reference, chosen.id, reason=v["reason"]
            ),
            intro=self.tr(
                "This entry stays on the record, marked as recorded in error, and no longer counts."
            ),
            name="withdrawDialog",
        )

    # --- placements ----------------------------------------------------------------------

    def _placement_fields(self, p: PlacementFacts | None) -> list[Field]:
        return [
            Field(
                "placement_type",
                self.tr("Placement"),
                rd.CHOICE,
                p.placement_type if p else "reception",
                rd.choices(labels.PLACEMENTS),
            ),
            Field("name", self.tr("Name of the place"), rd.TEXT, p.name if p else None),
            Field("address", self.tr("Address"), rd.TEXT, p.address if p else None),
            Field("municipality", self.tr("Municipality"), rd.TEXT, p.municipality if p else None),
            Field("start_date", self.tr("From"), rd.DATE, p.start_date if p else _today()),
            Field(
                "planned_end_date",
                self.tr("Planned end"),
                rd.OPTIONAL_DATE,
                p.planned_end_date if p else None,
                placeholder=self.tr("an end is planned"),
            ),
        ]

    def _add_placement(self) -> None:
        def save(s: Any, v: dict[str, Any]) -> object:
            return status_and_placements.add_placement(
                s,
                self.page.actor,
                self.page.reference,
                v["placement_type"],
                municipality=v["municipality"] or None,
                start_date=v["start_date"],
                planned_end_date=v["planned_end_date"],
                name=v["name"] or None,
                address=v["address"] or None,
            )

        self._dialog(
            self.tr("Record a new placement"),
            self._placement_fields(None),
            save,
            intro=self.tr("The current placement ends the day the new one starts."),
            name="placementDialog",
        )

    def _correct_placement(self) -> None:
        chosen = self.chosen_placement()
        if chosen is None:
            return
        fields = self._placement_fields(chosen)
        if chosen.end_date is not None:
            fields.append(Field("end_date", self.tr("Ended on"), rd.DATE, chosen.end_date))
        self._dialog(
            self.tr("Correct a placement"),
            [*fields, self._reason()],
            lambda s, v: residence.correct_placement(
                s,
                self.page.actor,
                self.page.reference,
                chosen.id,
                {k: val for k, val in v.items() if k != "reason"},
                reason=v["reason"],
            ),
            name="correctPlacementDialog",
        )

    def _change_planned_end(self) -> None:
        chosen = self.chosen_placement()
        if chosen is None:
            return
        self._dialog(
            self.tr("Planned end of the placement"),
            [
                Field(
                    "planned_end_date",
                    self.tr("Planned end"),
                    rd.OPTIONAL_DATE,
                    chosen.planned_end_date or _today(),
                    placeholder=self.tr("an end is planned"),
                ),
                Field("note", self.tr("Why did the plan change?"), rd.LONG_TEXT),
            ],
            lambda s, v: residence.set_planned_end(
                s,
                self.page.actor,
                self.page.reference,
                chosen.id,
                v["planned_end_date"],
                note=v["note"],
            ),
            intro=self.tr("The placement-end transition moves with the planned end."),
            name="plannedEndDialog",
        )

    def _end_placement(self) -> None:
        chosen = self.chosen_placement()
        if chosen is None:
            return
        self._dialog(
            self.tr("End the placement"),
            [Field("ended_on", self.tr("Left the placement on"), rd.DATE)],
            lambda s, v: residence.end_placement(
                s, self.page.actor, self.page.reference, chosen.id, v["ended_on"]
            ),
            intro=self.tr(
                "For a young person who left without a new placement yet; a new placement "
                "ends the current one by itself."
            ),
            name="endPlacementDialog",
        )

    # --- showing the record ----------------------------------------------------------

    def reload(self) -> None:
        record = self.record
        self.assessments_model.set_rows(record.age_assessments)
        self.decisions_model.set_rows(record.decisions)
        self.placements_model.set_rows(record.placements)
        permits = [d for d in record.decisions if d.permit_expiry and d.withdrawn_on is None]
        if permits:
            latest = max(permits, key=lambda d: (d.permit_expiry, d.id))
            text = self.tr("Residence permit valid until %1.").replace(
                "%1", _d(latest.permit_expiry)
            )
            if latest.renewal_applied_on:
                text += " " + self.tr("Renewal applied for on %1.").replace(
                    "%1", _d(latest.renewal_applied_on)
                )
        else:
            text = self.tr("No residence permit recorded.")
        self.permit_label.setText(text)
        self._update_buttons()


def _today() -> date:
    from desktop_app.services import clock

    return clock.today()
