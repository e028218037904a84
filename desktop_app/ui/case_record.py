"""The case record: one young person, in tabs, with saving, validation and conflict handling."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.checklist import template_for
from desktop_app.domain.codes import country_name, language_name
from desktop_app.domain.dates import age_on, effective_birth_date, is_uncertain
from desktop_app.domain.transitions import is_listed
from desktop_app.services import case_records, cases, clock, legal_status, transition_outcomes
from desktop_app.services import settings as org_settings
from desktop_app.services.actor import Actor
from desktop_app.services.cases import CaseRecord
from desktop_app.services.database import Database
from desktop_app.services.errors import ConflictError, HomewardError, ValidationError
from desktop_app.ui import labels
from desktop_app.ui.conflict_dialog import ConflictDialog
from desktop_app.ui.icons import icon
from desktop_app.ui.messages import error_text, message_text, reasons_text
from desktop_app.ui.transition_widgets import (
    ChecklistActions,
    TransitionCard,
    TransitionHistory,
    record_outcome_with_dialog,
    risk_badge_html,
)

ERROR_STYLE = "color: #b00020;"

# How each person-record field is edited: (field, kind, choices)
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


def _table(headers: Sequence[str], name: str) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setObjectName(name)
    tree.setHeaderLabels(list(headers))
    tree.setRootIsDecorated(False)
    tree.setAlternatingRowColors(True)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    tree.header().setStretchLastSection(True)
    return tree


def _fill(tree: QTreeWidget, rows: Sequence[Sequence[Any]], empty: str) -> None:
    tree.clear()
    for row in rows:
        tree.addTopLevelItem(QTreeWidgetItem(["" if v is None else str(v) for v in row]))
    if not rows:
        item = QTreeWidgetItem([empty])
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        tree.addTopLevelItem(item)


def _d(value: date | None) -> str:
    return value.isoformat() if value else ""


def error_palette(widget: QWidget) -> QPalette:
    """Red text for a validation message (a palette: cheaper than a style sheet per label)."""
    palette = QPalette(widget.palette())
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#b00020"))
    return palette


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
        for name in getattr(self, "_marked", ()):
            self.editors[name].setStyleSheet("")
        self._marked: set[str] = set()


class CaseRecordPage(QWidget):
    """A case record. Person fields are saved together with Save (Ctrl+S); ticks, notes,
    tasks, goals and check-ins are saved as they are added."""

    saved = Signal(str)
    close_requested = Signal()
    title_changed = Signal(str)

    def __init__(
        self, database: Database, actor: Actor, reference: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.reference = reference
        self.record: CaseRecord | None = None
        self.base_version = 0
        self.base_snapshot: dict[str, Any] = {}
        self.templates: dict[str, dict[str, list[str]]] = {}
        with database.session() as session:
            record = cases.open_case(session, actor, reference)
            self.templates = org_settings.checklist_templates(session)
            self.rules = org_settings.transition_rules(session)
            figures = case_records.continuity(session, actor, reference)
            self._take(record)
        self.can_edit = record.can_edit

        # header
        self.name_label = QLabel()
        self.name_label.setObjectName("caseName")
        self.name_label.setTextFormat(Qt.TextFormat.RichText)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("caseSummary")
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.summary_label.setWordWrap(True)
        self.save_button = QPushButton(icon("save"), self.tr("Save"))
        self.save_button.setObjectName("saveButton")
        self.save_button.setToolTip(self.tr("Save the person record (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(icon("close"), self.tr("Close"))
        self.close_button.clicked.connect(self.close_requested)
        self.dirty_label = QLabel()
        self.dirty_label.setObjectName("dirtyLabel")
        self.dirty_label.setStyleSheet("color: #8a5a00;")
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.name_label)
        titles.addWidget(self.summary_label)
        header.addLayout(titles, 1)
        header.addWidget(self.dirty_label)
        header.addWidget(self.save_button)
        header.addWidget(self.close_button)
        self.message = QLabel()
        self.message.setObjectName("recordMessage")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()

        self.tabs = QTabWidget()
        self.tabs.setObjectName("caseTabs")
        self.form = PersonForm()
        self.form.changed.connect(self._update_dirty)
        self.tabs.addTab(self._person_tab(), self.tr("Person and legal status"))
        self.transitions_tab = QWidget()
        self.transitions_layout = QVBoxLayout(self.transitions_tab)
        self.tabs.addTab(self._scroll(self.transitions_tab), self.tr("Transitions"))
        self.tabs.addTab(self._housing_tab(), self.tr("Housing"))
        self.tabs.currentChanged.connect(self._tab_shown)
        # The other tabs are built the first time they are shown: their data is already
        # loaded, but building every table up front would slow down opening a case.
        self._lazy: dict[QWidget, tuple[Callable[[], QWidget], Callable[[], None]]] = {}
        self._built: set[QWidget] = set()
        for title, builder, filler in (
            (self.tr("Language"), self._language_tab, self._fill_language),
            (self.tr("Work and education"), self._work_tab, self._fill_work),
            (self.tr("Workers and continuity"), self._workers_tab, self._fill_workers),
            (self.tr("Life plan"), self._life_plan_tab, self._fill_goals),
            (self.tr("Notes and tasks"), self._notes_tab, self._fill_notes),
            (self.tr("Belonging"), self._belonging_tab, self._fill_belonging),
        ):
            holder = QWidget()
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self._lazy[holder] = (builder, filler)
            self.tabs.addTab(holder, title)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        self._show_record(figures, reload_form=True)

    # --- loading --------------------------------------------------------------

    def _take(self, record: CaseRecord) -> None:
        self.record = record
        self.base_version = record.case.version
        self.base_snapshot = cases.snapshot(record.case)

    def nav_title(self) -> str:
        assert self.record is not None
        star = " •" if self.is_dirty() else ""
        return f"{self.record.case.display_name} ({self.reference}){star}"

    def _show_record(self, figures: case_records.ContinuityFigures, *, reload_form: bool) -> None:
        record = self.record
        assert record is not None
        case = record.case
        today = clock.today()
        birth = effective_birth_date(case.date_of_birth, case.dob_precision)
        age = age_on(birth, today)
        uncertain = is_uncertain(case.dob_precision)
        self.name_label.setText(f"<h2>{case.display_name}</h2>")
        age_text = (
            self.tr("age ≈%1 (date of birth %2)")
            .replace("%1", str(age))
            .replace("%2", labels.label(labels.PRECISIONS, case.dob_precision))
            if uncertain
            else self.tr("age %1").replace("%1", str(age))
        )
        worker = (
            record.primary_worker.full_name
            if record.primary_worker
            else self.tr("no primary worker")
        )
        parts = [case.reference, age_text, record.team_name or self.tr("no team"), worker]
        if case.status != "open":
            parts.append(self.tr("CLOSED"))
        # The same "next transition" as the caseload list shows.
        nxt = next(
            (
                t
                for t in record.transitions
                if t.kind == case.next_kind and t.due_date == case.next_due_date
            ),
            None,
        )
        summary = " · ".join(parts)
        if nxt is not None:
            next_word = self.tr("Next")
            summary += (
                f"<br>{next_word}: {labels.label(labels.KINDS, nxt.kind)} "
                f"{nxt.due_date.isoformat()} ({labels.days_text(nxt.days_left)}) "
                f"{risk_badge_html(nxt.risk)}"
            )
        if not record.can_edit:
            summary += "<br><i>" + self.tr("You may read this case but not change it.") + "</i>"
        self.summary_label.setText(summary)
        if reload_form:
            self.form.load(case, record.can_edit)
        self.save_button.setEnabled(record.can_edit)
        self._fill_person_lists()
        self._fill_transitions()
        self._fill_housing()
        self._figures = figures
        for holder in self._built:
            self._lazy[holder][1]()
        self._update_dirty()

    def reload(self, *, keep_form: bool = True) -> None:
        """Re-read the record after a change; unsaved person edits stay in the form.

        If only we changed the case since the form was loaded (a tick, a note), the
        form adopts the new version; if someone else changed the person fields, the
        old version is kept so Save shows the conflict.
        """
        dirty = keep_form and self.is_dirty()
        with self.database.session() as session:
            record = cases.open_case(session, self.actor, self.reference, audit_read=False)
            figures = case_records.continuity(session, self.actor, self.reference)
        if dirty:
            if cases.snapshot(record.case) == self.base_snapshot:
                self.base_version = record.case.version
            self.record = record
        else:
            self._take(record)
        self._show_record(figures, reload_form=not dirty)
        self.title_changed.emit(self.nav_title())

    # --- tabs ---------------------------------------------------------------------

    def _scroll(self, widget: QWidget) -> QScrollArea:
        area = QScrollArea()
        area.setWidget(widget)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        return area

    def _person_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.form)
        self.assessments = _table(
            [
                self.tr("Assessed on"),
                self.tr("By"),
                self.tr("Method"),
                self.tr("Date of birth before"),
                self.tr("Date of birth after"),
                self.tr("Note"),
            ],
            "ageAssessments",
        )
        self.decisions = _table(
            [
                self.tr("Decision"),
                self.tr("Applied"),
                self.tr("Decided"),
                self.tr("Permit expires"),
                self.tr("Move-out deadline"),
                self.tr("Renewal applied"),
                self.tr("Note"),
            ],
            "decisions",
        )
        self.placements = _table(
            [
                self.tr("Placement"),
                self.tr("Name"),
                self.tr("Municipality"),
                self.tr("From"),
                self.tr("Planned end"),
                self.tr("Ended"),
            ],
            "placements",
        )
        self.permit_label = QLabel()
        self.permit_label.setObjectName("permitLabel")
        for title, tree, adder in (
            (self.tr("Age assessments"), self.assessments, self._assessment_form()),
            (self.tr("Legal status decisions"), self.decisions, self._decision_forms()),
            (self.tr("Placements and residence"), self.placements, self._placement_form()),
        ):
            box = QGroupBox(title)
            box_layout = QVBoxLayout(box)
            box_layout.addWidget(tree)
            box_layout.addWidget(adder)
            adder.setEnabled(self.can_edit_now())
            tree.setMinimumHeight(90)
            layout.addWidget(box)
        layout.addWidget(self.permit_label)
        self.contacts = _table(
            [
                self.tr("Name"),
                self.tr("Relation"),
                self.tr("Organisation"),
                self.tr("Phone"),
                self.tr("E-mail"),
            ],
            "contacts",
        )
        self.consents = _table(
            [
                self.tr("Purpose"),
                self.tr("Shared with"),
                self.tr("Given on"),
                self.tr("Withdrawn on"),
                self.tr("Note"),
            ],
            "consents",
        )
        for title, tree in (
            (self.tr("People around the young person"), self.contacts),
            (self.tr("Consent to share information"), self.consents),
        ):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(tree)
            tree.setMinimumHeight(80)
            layout.addWidget(box)
        return self._scroll(page)

    def _date_edit(self, name: str, value: date | None = None) -> QDateEdit:
        edit = QDateEdit(value or clock.today())
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def _assessment_form(self) -> QWidget:
        """An age assessment moves the date of birth, and so the 18th-birthday transition."""
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        self.assessed_dob = self._date_edit("assessedBirthDate")
        self.assessed_on = self._date_edit("assessedOn")
        self.assessed_by = QLineEdit()
        self.assessed_by.setObjectName("assessedBy")
        self.assessed_by.setPlaceholderText(self.tr("by (authority)"))
        add = QPushButton(self.tr("Record assessment"))
        add.setObjectName("addAssessment")
        add.clicked.connect(self._add_assessment)
        self.assessment_error = QLabel()
        self.assessment_error.setStyleSheet(ERROR_STYLE)
        for widget in (
            QLabel(self.tr("Assessed date of birth")),
            self.assessed_dob,
            QLabel(self.tr("on")),
            self.assessed_on,
            self.assessed_by,
            add,
            self.assessment_error,
        ):
            row.addWidget(widget)
        row.addStretch(1)
        return holder

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
        item = self.decisions.currentItem()
        decision_id = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        if decision_id is None:
            self._show_message(self.tr("Choose a decision in the list first."), self.decision_error)
        return decision_id

    def _ask_date(self, title: str, question: str, value: date | None) -> date | None:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(title)
        dialog.setLabelText(question)
        dialog.setTextValue((value or clock.today()).isoformat())
        if not dialog.exec():
            return None
        try:
            return date.fromisoformat(dialog.textValue().strip())
        except ValueError:
            self._show_message(
                self.tr("'%1' is not a date (use YYYY-MM-DD).").replace("%1", dialog.textValue()),
                self.decision_error,
            )
            return None

    def _set_move_out_deadline(self) -> None:
        decision_id = self._chosen_decision()
        if decision_id is None:
            return
        deadline = self._ask_date(
            self.tr("Move-out deadline"),
            self.tr("The move-out deadline for this decision (it overrides the rule):"),
            None,
        )
        if deadline is None:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Move-out deadline"), self.tr("Why does this deadline apply?")
        )
        if ok:
            self._run(
                lambda s: legal_status.set_move_out_deadline(
                    s, self.actor, self.reference, decision_id, deadline, reason=reason
                ),
                self.decision_error,
            )

    def _record_renewal(self) -> None:
        decision_id = self._chosen_decision()
        if decision_id is None:
            return
        applied = self._ask_date(
            self.tr("Permit renewal"), self.tr("The permit's renewal was applied for on:"), None
        )
        if applied is not None:
            self._run(
                lambda s: legal_status.record_renewal_application(
                    s, self.actor, self.reference, decision_id, applied
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
            self._run(
                lambda s: legal_status.withdraw_decision(
                    s, self.actor, self.reference, decision_id, reason=reason
                ),
                self.decision_error,
            )

    def _decision_form(self) -> QWidget:
        """A granting decision while in a reception placement starts the move-out deadline."""
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        self.decision_type = QComboBox()
        self.decision_type.setObjectName("decisionType")
        for code in labels.DECISIONS:
            self.decision_type.addItem(labels.label(labels.DECISIONS, code), code)
        self.decision_date = self._date_edit("decisionDate")
        self.permit_known = QCheckBox(self.tr("permit until"))
        self.permit_known.setObjectName("permitKnown")
        self.permit_expiry = self._date_edit("permitExpiry")
        self.permit_expiry.setEnabled(False)
        self.permit_known.toggled.connect(self.permit_expiry.setEnabled)
        add = QPushButton(self.tr("Record decision"))
        add.setObjectName("addDecision")
        add.clicked.connect(self._add_decision)
        self.decision_error = QLabel()
        self.decision_error.setObjectName("decisionError")
        self.decision_error.setStyleSheet(ERROR_STYLE)
        for widget in (
            self.decision_type,
            QLabel(self.tr("on")),
            self.decision_date,
            self.permit_known,
            self.permit_expiry,
            add,
            self.decision_error,
        ):
            row.addWidget(widget)
        row.addStretch(1)
        return holder

    def _placement_form(self) -> QWidget:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        self.placement_type = QComboBox()
        self.placement_type.setObjectName("placementType")
        for code in labels.PLACEMENTS:
            self.placement_type.addItem(labels.label(labels.PLACEMENTS, code), code)
        self.placement_municipality = QLineEdit()
        self.placement_municipality.setObjectName("placementMunicipality")
        self.placement_municipality.setPlaceholderText(self.tr("municipality"))
        self.placement_start = self._date_edit("placementStart")
        self.placement_end_known = QCheckBox(self.tr("planned end"))
        self.placement_end = self._date_edit("placementEnd")
        self.placement_end.setEnabled(False)
        self.placement_end_known.toggled.connect(self.placement_end.setEnabled)
        add = QPushButton(self.tr("Record new placement"))
        add.setObjectName("addPlacement")
        add.clicked.connect(self._add_placement)
        self.placement_error = QLabel()
        self.placement_error.setStyleSheet(ERROR_STYLE)
        for widget in (
            self.placement_type,
            self.placement_municipality,
            QLabel(self.tr("from")),
            self.placement_start,
            self.placement_end_known,
            self.placement_end,
            add,
            self.placement_error,
        ):
            row.addWidget(widget)
        row.addStretch(1)
        return holder

    def _add_assessment(self) -> None:
        if self.is_dirty():
            self.assessment_error.setText(self.tr("Save or undo the person changes first."))
            return
        new_dob = self.assessed_dob.date().toPython()
        on = self.assessed_on.date().toPython()
        by = self.assessed_by.text().strip() or None
        self._run(
            lambda s: cases.record_age_assessment(
                s, self.actor, self.reference, new_dob, assessed_on=on, assessed_by=by
            ),
            self.assessment_error,
        )

    def _add_decision(self) -> None:
        kind = self.decision_type.currentData()
        decided = self.decision_date.date().toPython()
        permit = self.permit_expiry.date().toPython() if self.permit_known.isChecked() else None
        self._run(
            lambda s: cases.add_decision(
                s,
                self.actor,
                self.reference,
                kind,
                decision_date=None if kind == "pending" else decided,
                permit_expiry=permit,
            ),
            self.decision_error,
        )

    def _add_placement(self) -> None:
        kind = self.placement_type.currentData()
        start = self.placement_start.date().toPython()
        end = self.placement_end.date().toPython() if self.placement_end_known.isChecked() else None
        municipality = self.placement_municipality.text().strip() or None
        self._run(
            lambda s: cases.add_placement(
                s,
                self.actor,
                self.reference,
                kind,
                municipality=municipality,
                start_date=start,
                planned_end_date=end,
            ),
            self.placement_error,
        )

    def _fill_person_lists(self) -> None:
        record = self.record
        assert record is not None
        _fill(
            self.assessments,
            [
                (
                    _d(a.assessed_on),
                    a.assessed_by,
                    a.method,
                    f"{_d(a.previous_date_of_birth)} ({labels.label(labels.PRECISIONS, a.previous_precision)})",
                    _d(a.new_date_of_birth),
                    a.note,
                )
                for a in record.age_assessments
            ],
            self.tr("No age assessment."),
        )
        _fill(
            self.decisions,
            [
                (
                    labels.label(labels.DECISIONS, d.decision_type)
                    + (self.tr(" (withdrawn: recorded in error)") if d.withdrawn_on else ""),
                    _d(d.application_date),
                    _d(d.decision_date),
                    _d(d.permit_expiry),
                    _d(d.move_out_deadline),
                    _d(d.renewal_applied_on),
                    d.withdrawn_reason if d.withdrawn_on else d.note,
                )
                for d in record.decisions
            ],
            self.tr("No decision recorded."),
        )
        for index, decision in enumerate(record.decisions):
            item = self.decisions.topLevelItem(index)
            if item is not None:
                item.setData(0, Qt.ItemDataRole.UserRole, decision.id)
        _fill(
            self.placements,
            [
                (
                    labels.label(labels.PLACEMENTS, p.placement_type),
                    p.name,
                    p.municipality,
                    _d(p.start_date),
                    _d(p.planned_end_date),
                    _d(p.end_date) if p.end_date else self.tr("current"),
                )
                for p in record.placements
            ],
            self.tr("No placement recorded."),
        )
        _fill(
            self.contacts,
            [(c.name, c.relation, c.organisation, c.phone, c.email) for c in record.contacts],
            self.tr("No contact recorded."),
        )
        _fill(
            self.consents,
            [
                (
                    c.purpose,
                    c.recipient,
                    _d(c.given_on),
                    _d(c.withdrawn_on) if c.withdrawn_on else self.tr("in force"),
                    c.note,
                )
                for c in record.consents
            ],
            self.tr("No consent recorded."),
        )
        permits = [d.permit_expiry for d in record.decisions if d.permit_expiry]
        self.permit_label.setText(
            self.tr("Residence permit valid until %1.").replace("%1", max(permits).isoformat())
            if permits
            else self.tr("No residence permit recorded.")
        )

    def _fill_transitions(self) -> None:
        record = self.record
        assert record is not None
        while self.transitions_layout.count():
            item = self.transitions_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.transition_cards: dict[str, TransitionCard] = {}
        self.cards_by_id: dict[int, TransitionCard] = {}
        intro = QLabel(
            self.tr(
                "Transitions follow from the date of birth, the decisions and the placements, and "
                "stay here until their outcome is known. Tick what is ready; each tick is saved "
                "at once. Right-click an item to mark it not applicable."
            )
        )
        intro.setWordWrap(True)
        self.transitions_layout.addWidget(intro)
        today = clock.today()
        actions = ChecklistActions(self._tick, self._mark_not_applicable, self._record_outcome)
        for row in sorted(record.open_transitions, key=lambda t: (t.due_date, t.kind)):
            if not is_listed(row.kind, row.due_date, today, self.rules):
                continue  # a permit expiry not yet in its warning window
            card = TransitionCard(
                row,
                template_for(self.templates, row.kind, row.age_group, row.secure_item),
                record.checklist.get(row.kind, set()),
                record.checklist_na.get(row.kind, set()),
                record.can_edit,
                actions,
            )
            self.transition_cards.setdefault(row.kind, card)
            self.cards_by_id[row.transition_id] = card
            self.transitions_layout.addWidget(card)
        resolved = sorted(record.resolved_transitions, key=lambda t: (t.due_date, t.kind))
        self.history = TransitionHistory(resolved, record.can_edit, self._reopen_transition)
        self.history.setVisible(bool(resolved))
        if not record.transitions:
            self.transitions_layout.addWidget(QLabel(self.tr("No transition for this case.")))
        self.transitions_layout.addWidget(self.history)
        self.transitions_layout.addStretch(1)

    def _mark_not_applicable(self, kind: str, key: str, reason: str | None) -> None:
        self._run(
            lambda s: cases.set_checklist_item(
                s,
                self.actor,
                self.reference,
                kind,
                key,
                False,
                not_applicable=reason is not None,
                reason=reason,
            )
        )

    def _record_outcome(self, row: Any) -> None:
        if record_outcome_with_dialog(self, self.database, self.actor, row):
            self.reload()
            self.saved.emit(self.reference)
            self._show_message(self.tr("Outcome recorded."), None)

    def _reopen_transition(self, row: Any) -> None:
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Reopen"),
            self.tr("Why is the outcome '%1' taken back?").replace(
                "%1", labels.label(labels.OUTCOMES, row.outcome)
            ),
        )
        if ok:
            self._run(
                lambda s: transition_outcomes.reopen(s, self.actor, row.transition_id, reason)
            )

    def _housing_tab(self) -> QWidget:
        """A holder filled when the tab is first shown (matching units takes a moment)."""
        self.housing_tab: QWidget | None = None
        self.offers: QTreeWidget | None = None
        self.housing_holder = QWidget()
        QVBoxLayout(self.housing_holder).setContentsMargins(0, 0, 0, 0)
        return self.housing_holder

    def _ensure_housing_tab(self) -> None:
        if self.housing_tab is not None or self.offers is not None:
            return
        try:
            module = importlib.import_module("desktop_app.ui.case_housing_tab")
            tab = module.CaseHousingTab(self.database, self.actor, self.reference)
        except ImportError:
            tab = None
        layout = self.housing_holder.layout()
        if tab is not None:
            self.housing_tab = tab
            tab.changed.connect(self._housing_changed)
            layout.addWidget(tab)
            return
        layout.addWidget(self._fallback_housing())
        self._fill_housing()

    def _fallback_housing(self) -> QWidget:
        """Offers and the essential steps, for a build without the housing screens."""
        page = QWidget()
        layout = QVBoxLayout(page)
        self.offers = _table(
            [
                self.tr("Unit"),
                self.tr("Address"),
                self.tr("Municipality"),
                self.tr("State"),
                self.tr("Proposed"),
                self.tr("Move-in date"),
            ],
            "offers",
        )
        layout.addWidget(self.offers)
        steps = QGroupBox(self.tr("Record a step"))
        form = QFormLayout(steps)
        self.unit_choice = QComboBox()
        self.unit_choice.setObjectName("unitChoice")
        self.unit_choice.setAccessibleName(self.tr("Unit to offer"))
        propose = QPushButton(self.tr("Offer this unit"))
        propose.setObjectName("proposeOffer")
        propose.clicked.connect(self._propose_offer)
        row = QHBoxLayout()
        row.addWidget(self.unit_choice, 1)
        row.addWidget(propose)
        form.addRow(self.tr("Best-matching units"), row)
        self.move_in = QDateEdit(clock.today())
        self.move_in.setObjectName("moveInDate")
        self.move_in.setCalendarPopup(True)
        self.move_in.setDisplayFormat("yyyy-MM-dd")
        accept = QPushButton(self.tr("Record the selected offer as accepted"))
        accept.setObjectName("acceptOffer")
        accept.clicked.connect(self._accept_offer)
        row2 = QHBoxLayout()
        row2.addWidget(QLabel(self.tr("Planned move-in")))
        row2.addWidget(self.move_in)
        row2.addWidget(accept, 1)
        form.addRow(self.tr("Accepted"), row2)
        self.housing_error = QLabel()
        self.housing_error.setObjectName("housingError")
        self.housing_error.setStyleSheet(ERROR_STYLE)
        self.housing_error.setWordWrap(True)
        form.addRow("", self.housing_error)
        steps.setEnabled(self.can_edit_now())
        layout.addWidget(steps)
        note = QLabel(
            self.tr(
                "An accepted offer with a move-in date on or before a transition's date "
                "secures its housing. The full housing screens (viewings, contracts, support "
                "instruments) are on the Housing page."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        return page

    def _tab_shown(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if widget in self._lazy and widget not in self._built:
            builder, filler = self._lazy[widget]
            widget.layout().addWidget(builder())
            self._built.add(widget)
            filler()
        if widget is self.housing_holder:
            self._ensure_housing_tab()
            self._load_units()

    def _housing_changed(self) -> None:
        self.reload()
        self.saved.emit(self.reference)

    def _fill_housing(self) -> None:
        record = self.record
        assert record is not None
        if self.offers is None:
            return
        self.offers.clear()
        for o in record.offers:
            item = QTreeWidgetItem(
                [
                    o.unit.code,
                    o.unit.address,
                    o.unit.municipality,
                    labels.label(labels.OFFER_STATES, o.state),
                    _d(o.proposed_on),
                    _d(o.move_in_date),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, o.id)
            self.offers.addTopLevelItem(item)
        if record.offers:
            self.offers.setCurrentItem(
                self.offers.topLevelItem(self.offers.topLevelItemCount() - 1)
            )
        else:
            empty = QTreeWidgetItem([self.tr("No housing offer yet.")])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.offers.addTopLevelItem(empty)
        self._units_loaded = False
        if self.tabs.currentWidget() is self.housing_holder:
            self._load_units()

    def _load_units(self) -> None:
        """Matching units are worked out only when the Housing tab is looked at."""
        if self.offers is None or getattr(self, "_units_loaded", False) or not self.can_edit_now():
            return
        from desktop_app.services import housing

        self._units_loaded = True
        self.unit_choice.clear()
        try:
            with self.database.session() as session:
                matches = housing.match_units(session, self.actor, self.reference, limit=15)
        except HomewardError as exc:
            self.housing_error.setText(error_text(exc))
            return
        for m in matches:
            text = f"{m.unit.code} — {m.unit.address}, {m.unit.municipality} ({m.score})"
            self.unit_choice.addItem(text, m.unit.code)

    def _propose_offer(self) -> None:
        from desktop_app.services import housing

        code = self.unit_choice.currentData()
        if not code:
            self.housing_error.setText(self.tr("Choose a unit to offer."))
            return
        self._run(
            lambda s: housing.propose_offer(s, self.actor, self.reference, code),
            self.housing_error,
        )

    def _accept_offer(self) -> None:
        from desktop_app.services import housing

        item = self.offers.currentItem() if self.offers is not None else None
        offer_id = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        if offer_id is None:
            self.housing_error.setText(self.tr("Select the offer that was accepted."))
            return
        move_in = self.move_in.date().toPython()
        self._run(
            lambda s: housing.move_offer(
                s, self.actor, int(offer_id), "accepted", move_in_date=move_in
            ),
            self.housing_error,
        )

    def show_tab(self, title: str) -> QWidget:
        """Show the tab with this title (building it if needed) and return its page."""
        for index in range(self.tabs.count()):
            if self.tabs.tabText(index) == title:
                self.tabs.setCurrentIndex(index)
                self._tab_shown(index)
                return self.tabs.widget(index)
        raise KeyError(title)

    def _language_tab(self) -> QWidget:
        self.enrolments = _table(
            [
                self.tr("Course"),
                self.tr("Level"),
                self.tr("Provider"),
                self.tr("From"),
                self.tr("To"),
                self.tr("Status"),
                self.tr("Attendance"),
                self.tr("Certificate"),
            ],
            "enrolments",
        )
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.enrolments)
        box = QGroupBox(self.tr("Enrol in a language course"))
        row = QHBoxLayout(box)
        self.course_choice = QComboBox()
        self.course_choice.setObjectName("courseChoice")
        self.course_choice.setAccessibleName(self.tr("Language course"))
        try:
            with self.database.session() as session:
                courses = case_records.language_courses(session, self.actor)
        except HomewardError:
            courses = []
        for c in courses:
            where = ", ".join(filter(None, [c.provider, c.municipality]))
            start = self.tr(" from %1").replace("%1", _d(c.start_date)) if c.start_date else ""
            self.course_choice.addItem(f"{c.cefr_level} · {c.name} ({where}){start}", c.id)
        enrol = QPushButton(self.tr("Enrol"))
        enrol.setObjectName("enrol")
        enrol.clicked.connect(self._enrol)
        self.enrol_error = QLabel()
        self.enrol_error.setObjectName("enrolError")
        self.enrol_error.setPalette(error_palette(self.enrol_error))
        row.addWidget(self.course_choice, 1)
        row.addWidget(enrol)
        row.addWidget(self.enrol_error)
        box.setEnabled(self.can_edit_now())
        layout.addWidget(box)
        return page

    def _enrol(self) -> None:
        course_id = self.course_choice.currentData()
        if course_id is None:
            self.enrol_error.setText(self.tr("Choose a language course."))
            return
        self._run(
            lambda s: case_records.enrol(s, self.actor, self.reference, int(course_id)),
            self.enrol_error,
        )

    def _fill_language(self) -> None:
        record = self.record
        assert record is not None
        _fill(
            self.enrolments,
            [
                (
                    e.course.name,
                    e.course.cefr_level,
                    e.course.provider,
                    _d(e.start_date),
                    _d(e.end_date),
                    labels.label(labels.STATUSES, e.status),
                    f"{e.attendance_percent} %" if e.attendance_percent is not None else "",
                    e.certificate,
                )
                for e in record.enrolments
            ],
            self.tr("No language course recorded."),
        )

    def _work_tab(self) -> QWidget:
        self.employment = _table(
            [
                self.tr("Programme"),
                self.tr("Organisation"),
                self.tr("From"),
                self.tr("To"),
                self.tr("Status"),
                self.tr("Outcome"),
            ],
            "employment",
        )
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.employment)
        box = QGroupBox(self.tr("Add work or education support"))
        row = QHBoxLayout(box)
        self.programme = QComboBox()
        self.programme.setObjectName("programme")
        for code in case_records.PROGRAMME_TYPES:
            self.programme.addItem(labels.label(labels.PROGRAMMES, code), code)
        self.organisation = QLineEdit()
        self.organisation.setObjectName("organisation")
        self.organisation.setPlaceholderText(self.tr("school, employer or programme"))
        self.programme_start = self._date_edit("programmeStart")
        add = QPushButton(self.tr("Add"))
        add.setObjectName("addEmployment")
        add.clicked.connect(self._add_employment)
        self.employment_error = QLabel()
        self.employment_error.setObjectName("employmentError")
        self.employment_error.setPalette(error_palette(self.employment_error))
        for widget in (
            self.programme,
            self.organisation,
            QLabel(self.tr("from")),
            self.programme_start,
            add,
            self.employment_error,
        ):
            row.addWidget(widget)
        box.setEnabled(self.can_edit_now())
        layout.addWidget(box)
        return page

    def _add_employment(self) -> None:
        programme = self.programme.currentData()
        organisation = self.organisation.text()
        start = self.programme_start.date().toPython()
        if self._run(
            lambda s: case_records.add_employment(
                s,
                self.actor,
                self.reference,
                programme,
                organisation=organisation,
                start_date=start,
            ),
            self.employment_error,
        ):
            self.organisation.clear()

    def _fill_work(self) -> None:
        record = self.record
        assert record is not None
        _fill(
            self.employment,
            [
                (
                    labels.label(labels.PROGRAMMES, e.programme_type),
                    e.organisation,
                    _d(e.start_date),
                    _d(e.end_date),
                    labels.label(labels.STATUSES, e.status),
                    e.outcome,
                )
                for e in record.employment
            ],
            self.tr("No work or education support recorded."),
        )

    def _workers_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.continuity_label = QLabel()
        self.continuity_label.setObjectName("continuityLabel")
        self.continuity_label.setWordWrap(True)
        self.continuity_label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.continuity_label)
        self.assignments = _table(
            [
                self.tr("Worker"),
                self.tr("Role"),
                self.tr("From"),
                self.tr("To"),
                self.tr("Reason"),
                self.tr("Handover note"),
            ],
            "assignments",
        )
        self.moves = _table(
            [
                self.tr("Change"),
                self.tr("On"),
                self.tr("From"),
                self.tr("To"),
                self.tr("Same worker continued"),
                self.tr("Note"),
            ],
            "moves",
        )
        for title, tree in (
            (self.tr("Assignment history"), self.assignments),
            (self.tr("School changes and transfers"), self.moves),
        ):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(tree)
            layout.addWidget(box)
        return page

    def _fill_workers(self) -> None:
        record = self.record
        assert record is not None
        figures = self._figures
        same, judged = figures.same_worker_share
        lines = [
            labels.counted(
                self.tr(
                    "%n change(s) of primary worker in the last 12 months.",
                    "",
                    figures.worker_changes_12_months,
                ),
                figures.worker_changes_12_months,
            ),
            self.tr("Same primary worker 30 days before and after a transition: %1 of %2.")
            .replace("%1", str(same))
            .replace("%2", str(judged))
            if judged
            else self.tr("No past transition to judge continuity on yet."),
            self.tr("School changes and transfers: %1, the worker continued in %2.")
            .replace("%1", str(figures.moves))
            .replace("%2", str(figures.moves_worker_continued)),
        ]
        self.continuity_label.setText("<br>".join(lines))
        _fill(
            self.assignments,
            [
                (
                    a.user.full_name,
                    self.tr("primary") if a.role == "primary" else self.tr("secondary"),
                    _d(a.start_date),
                    _d(a.end_date) if a.end_date else self.tr("now"),
                    a.reason,
                    a.handover_note,
                )
                for a in record.assignments
            ],
            self.tr("No worker assigned."),
        )
        _fill(
            self.moves,
            [
                (
                    labels.label(labels.MOVE_KINDS, m.kind),
                    _d(m.moved_on),
                    m.from_place,
                    m.to_place,
                    self.tr("yes") if m.worker_continued else self.tr("no"),
                    m.note,
                )
                for m in record.moves
            ],
            self.tr("No school change or transfer."),
        )

    def _life_plan_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.goals = _table(
            [self.tr("Domain"), self.tr("Goal"), self.tr("Target date"), self.tr("Status")], "goals"
        )
        layout.addWidget(self.goals)
        self.goals.itemDoubleClicked.connect(self._change_goal_status)
        self.goals.setToolTip(self.tr("Double-click a goal to change its status."))
        box = QGroupBox(self.tr("Add a goal"))
        form = QFormLayout(box)
        self.goal_domain = QComboBox()
        for code in case_records.GOAL_DOMAINS:
            self.goal_domain.addItem(labels.label(labels.GOAL_DOMAINS, code), code)
        self.goal_text = QLineEdit()
        self.goal_text.setObjectName("goalText")
        self.goal_target = QLineEdit()
        self.goal_target.setPlaceholderText(self.tr("YYYY-MM-DD (optional)"))
        add = QPushButton(self.tr("Add goal"))
        add.setObjectName("addGoal")
        add.clicked.connect(self._add_goal)
        self.goal_error = QLabel()
        self.goal_error.setStyleSheet(ERROR_STYLE)
        form.addRow(self.tr("Domain"), self.goal_domain)
        form.addRow(self.tr("Goal"), self.goal_text)
        form.addRow(self.tr("Target date"), self.goal_target)
        form.addRow(add, self.goal_error)
        box.setEnabled(self.can_edit_now())
        layout.addWidget(box)
        return page

    def _fill_goals(self) -> None:
        record = self.record
        assert record is not None
        _fill(
            self.goals,
            [
                (
                    labels.label(labels.GOAL_DOMAINS, g.domain),
                    g.goal,
                    _d(g.target_date),
                    labels.label(labels.STATUSES, g.status),
                )
                for g in record.goals
            ],
            self.tr("No life-plan goal yet."),
        )
        for i, g in enumerate(record.goals):
            self.goals.topLevelItem(i).setData(0, Qt.ItemDataRole.UserRole, g.id)

    def _change_goal_status(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        """Double-click a goal: choose its new status."""
        goal_id = item.data(0, Qt.ItemDataRole.UserRole)
        if goal_id is None or not self.can_edit_now():
            return
        choices = [labels.label(labels.STATUSES, c) for c in case_records.GOAL_STATUSES]
        current = choices.index(item.text(3)) if item.text(3) in choices else 0
        text, ok = QInputDialog.getItem(
            self,
            self.tr("Life-plan goal"),
            self.tr("Status of “%1”").replace("%1", item.text(1)),
            choices,
            current,
            False,
        )
        if not ok:
            return
        status = case_records.GOAL_STATUSES[choices.index(text)]
        self._run(lambda s: case_records.set_goal_status(s, self.actor, int(goal_id), status))

    def _notes_tab(self) -> QWidget:
        page = QWidget()
        layout = QHBoxLayout(page)
        left = QVBoxLayout()
        self.notes = _table(
            [self.tr("Date"), self.tr("Kind"), self.tr("By"), self.tr("Note")], "notes"
        )
        self.notes.setWordWrap(True)
        self.hidden_notes = QLabel()
        left.addWidget(self.notes)
        left.addWidget(self.hidden_notes)
        note_box = QGroupBox(self.tr("Add a note"))
        note_form = QFormLayout(note_box)
        self.note_kind = QComboBox()
        for code in labels.NOTE_KINDS:
            self.note_kind.addItem(labels.label(labels.NOTE_KINDS, code), code)
        self.note_text = QPlainTextEdit()
        self.note_text.setObjectName("noteText")
        self.note_text.setTabChangesFocus(True)
        self.note_text.setMaximumHeight(90)
        self.note_confidential = QCheckBox(
            self.tr("Confidential (only the assigned workers and the team lead)")
        )
        self.note_confidential.setObjectName("noteConfidential")
        add_note = QPushButton(self.tr("Add note"))
        add_note.setObjectName("addNote")
        add_note.clicked.connect(self._add_note)
        self.note_error = QLabel()
        self.note_error.setStyleSheet(ERROR_STYLE)
        note_form.addRow(self.tr("Kind"), self.note_kind)
        note_form.addRow(self.tr("Note"), self.note_text)
        note_form.addRow("", self.note_confidential)
        note_form.addRow(add_note, self.note_error)
        note_box.setEnabled(self.can_edit_now())
        left.addWidget(note_box)
        right = QVBoxLayout()
        self.tasks = _table(
            [self.tr("Due"), self.tr("Task"), self.tr("Owner"), self.tr("Done")], "tasks"
        )
        self.tasks.itemDoubleClicked.connect(self._toggle_task)
        self.tasks.setToolTip(self.tr("Double-click a task to mark it done or open again."))
        right.addWidget(self.tasks)
        task_box = QGroupBox(self.tr("Add a task"))
        task_form = QFormLayout(task_box)
        self.task_title = QLineEdit()
        self.task_title.setObjectName("taskTitle")
        self.task_due = QDateEdit(clock.today())
        self.task_due.setCalendarPopup(True)
        self.task_due.setDisplayFormat("yyyy-MM-dd")
        add_task = QPushButton(self.tr("Add task"))
        add_task.setObjectName("addTask")
        add_task.clicked.connect(self._add_task)
        self.task_error = QLabel()
        self.task_error.setStyleSheet(ERROR_STYLE)
        task_form.addRow(self.tr("Task"), self.task_title)
        task_form.addRow(self.tr("Due"), self.task_due)
        task_form.addRow(add_task, self.task_error)
        task_box.setEnabled(self.can_edit_now())
        right.addWidget(task_box)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)
        return page

    def _fill_notes(self) -> None:
        record = self.record
        assert record is not None
        self.notes.clear()
        for n in record.notes:
            kind = labels.label(labels.NOTE_KINDS, n.kind)
            if n.confidential:
                kind = self.tr("%1 — CONFIDENTIAL").replace("%1", kind)
            item = QTreeWidgetItem(
                [_d(n.note_date), kind, n.author.full_name if n.author else "", n.text]
            )
            item.setToolTip(3, n.text)  # the whole note, however long
            if n.confidential:
                item.setIcon(1, icon("warning"))
                item.setToolTip(
                    1, self.tr("Confidential: only the assigned workers and the team lead see it.")
                )
            self.notes.addTopLevelItem(item)
        if not record.notes:
            self.notes.addTopLevelItem(QTreeWidgetItem(["", self.tr("No notes yet.")]))
        self.hidden_notes.setText(
            labels.counted(
                self.tr(
                    "%n confidential note(s) not shown to you.",
                    "",
                    record.hidden_confidential_notes,
                ),
                record.hidden_confidential_notes,
            )
            if record.hidden_confidential_notes
            else ""
        )
        self.tasks.clear()
        today = clock.today()
        for t in record.tasks:
            done = t.done_at is not None
            item = QTreeWidgetItem(
                [
                    _d(t.due_date),
                    t.title,
                    t.owner.full_name if t.owner else "",
                    self.tr("done") if done else "",
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, t.id)
            item.setData(0, Qt.ItemDataRole.UserRole + 1, done)
            if not done and t.due_date is not None and t.due_date < today:
                item.setIcon(0, icon("warning"))
                item.setToolTip(0, self.tr("Overdue"))
            self.tasks.addTopLevelItem(item)

    def _belonging_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.checkins = _table(
            [
                self.tr("Date"),
                self.tr("Feels safe"),
                self.tr("Part of the neighbourhood"),
                self.tr("Has people to turn to"),
                self.tr("Takes part in activities"),
                self.tr("Note"),
            ],
            "checkins",
        )
        self.activities = _table(
            [self.tr("Activity"), self.tr("Kind"), self.tr("From"), self.tr("To")], "activities"
        )
        box = QGroupBox(self.tr("Belonging check-ins (1 = not at all … 5 = very much)"))
        QVBoxLayout(box).addWidget(self.checkins)
        layout.addWidget(box)
        add = QGroupBox(self.tr("Record a check-in"))
        row = QHBoxLayout(add)
        self.checkin_scores: dict[str, QSpinBox] = {}
        for name, text in (
            ("feels_safe", self.tr("Feels safe")),
            ("part_of_neighbourhood", self.tr("Part of the neighbourhood")),
            ("people_to_turn_to", self.tr("People to turn to")),
            ("takes_part_in_activities", self.tr("Takes part")),
        ):
            spin = QSpinBox()
            spin.setRange(1, 5)
            spin.setValue(3)
            spin.setObjectName(f"score_{name}")
            spin.setAccessibleName(text)
            row.addWidget(QLabel(text))
            row.addWidget(spin)
            self.checkin_scores[name] = spin
        save = QPushButton(self.tr("Record"))
        save.setObjectName("addCheckin")
        save.clicked.connect(self._add_checkin)
        row.addWidget(save)
        add.setEnabled(self.can_edit_now())
        layout.addWidget(add)
        box2 = QGroupBox(self.tr("Community activities"))
        box2_layout = QVBoxLayout(box2)
        box2_layout.addWidget(self.activities)
        adder = QWidget()
        row2 = QHBoxLayout(adder)
        row2.setContentsMargins(0, 0, 0, 0)
        self.activity_kind = QComboBox()
        self.activity_kind.setObjectName("activityKind")
        for code in case_records.ACTIVITY_KINDS:
            self.activity_kind.addItem(labels.label(labels.ACTIVITIES, code), code)
        self.activity_name = QLineEdit()
        self.activity_name.setObjectName("activityName")
        self.activity_name.setPlaceholderText(self.tr("club, association or project"))
        self.activity_start = self._date_edit("activityStart")
        add_activity = QPushButton(self.tr("Add activity"))
        add_activity.setObjectName("addActivity")
        add_activity.clicked.connect(self._add_activity)
        self.activity_error = QLabel()
        self.activity_error.setObjectName("activityError")
        self.activity_error.setPalette(error_palette(self.activity_error))
        for widget in (
            self.activity_kind,
            self.activity_name,
            QLabel(self.tr("from")),
            self.activity_start,
            add_activity,
            self.activity_error,
        ):
            row2.addWidget(widget)
        adder.setEnabled(self.can_edit_now())
        box2_layout.addWidget(adder)
        layout.addWidget(box2)
        return page

    def _add_activity(self) -> None:
        kind = self.activity_kind.currentData()
        name = self.activity_name.text()
        start = self.activity_start.date().toPython()
        if self._run(
            lambda s: case_records.add_activity(
                s, self.actor, self.reference, kind, name, start_date=start
            ),
            self.activity_error,
        ):
            self.activity_name.clear()

    def _fill_belonging(self) -> None:
        record = self.record
        assert record is not None
        _fill(
            self.checkins,
            [
                (
                    _d(c.checkin_date),
                    c.feels_safe,
                    c.part_of_neighbourhood,
                    c.people_to_turn_to,
                    c.takes_part_in_activities,
                    c.note,
                )
                for c in reversed(record.checkins)
            ],
            self.tr("No check-in yet."),
        )
        _fill(
            self.activities,
            [
                (a.name, labels.label(labels.ACTIVITIES, a.kind), _d(a.start_date), _d(a.end_date))
                for a in record.activities
            ],
            self.tr("No community activity recorded."),
        )

    # --- changes saved at once ------------------------------------------------------

    def can_edit_now(self) -> bool:
        return bool(self.record and self.record.can_edit)

    def _run(self, action: Callable[[Any], object], error_label: QLabel | None = None) -> bool:
        """Run one service change in its own unit of work, then re-read the record."""
        try:
            with self.database.session() as session:
                action(session)
        except ValidationError as exc:
            text = reasons_text(exc.errors, "; ")
            self._show_message(text, error_label)
            return False
        except HomewardError as exc:
            self._show_message(error_text(exc), error_label)
            return False
        if error_label is not None:
            error_label.clear()
        self.message.hide()
        self.reload()
        self.saved.emit(self.reference)
        return True

    def _show_message(self, text: str, label: QLabel | None) -> None:
        target = label or self.message
        target.setText(text)
        target.show()

    def _tick(self, kind: str, key: str, done: bool) -> None:
        self._run(
            lambda s: cases.set_checklist_item(s, self.actor, self.reference, kind, key, done)
        )

    def _add_note(self) -> None:
        text = self.note_text.toPlainText()
        if self._run(
            lambda s: cases.add_note(
                s,
                self.actor,
                self.reference,
                text,
                kind=self.note_kind.currentData(),
                confidential=self.note_confidential.isChecked(),
            ),
            self.note_error,
        ):
            self.note_text.clear()
            self.note_confidential.setChecked(False)

    def _add_task(self) -> None:
        due = self.task_due.date().toPython()
        if self._run(
            lambda s: cases.add_task(
                s, self.actor, self.reference, self.task_title.text(), due_date=due
            ),
            self.task_error,
        ):
            self.task_title.clear()

    def _toggle_task(self, item: QTreeWidgetItem, _column: int) -> None:
        task_id = item.data(0, Qt.ItemDataRole.UserRole)
        if task_id is None or not self.can_edit_now():
            return
        done = bool(item.data(0, Qt.ItemDataRole.UserRole + 1))
        self._run(
            lambda s: cases.complete_task(s, self.actor, int(task_id), not done), self.task_error
        )

    def _add_goal(self) -> None:
        from desktop_app.domain.dates import DateFormatError, parse_date

        raw = self.goal_target.text().strip()
        try:
            target = parse_date(raw) if raw else None
        except DateFormatError as exc:
            self.goal_error.setText(error_text(exc))
            return
        if self._run(
            lambda s: case_records.add_goal(
                s,
                self.actor,
                self.reference,
                self.goal_domain.currentData(),
                self.goal_text.text(),
                target_date=target,
            ),
            self.goal_error,
        ):
            self.goal_text.clear()
            self.goal_target.clear()

    def _add_checkin(self) -> None:
        scores = {name: spin.value() for name, spin in self.checkin_scores.items()}
        self._run(lambda s: case_records.add_checkin(s, self.actor, self.reference, **scores))

    # --- the person record: save, conflicts, unsaved changes ----------------------------

    def is_dirty(self) -> bool:
        return bool(self.form.changes()) if hasattr(self, "form") else False

    def _update_dirty(self) -> None:
        dirty = self.is_dirty()
        self.dirty_label.setText(self.tr("Unsaved changes") if dirty else "")
        # Emit only when the state flips, not on every keystroke.
        if self.record is not None and dirty != getattr(self, "_was_dirty", None):
            self._was_dirty = dirty
            self.title_changed.emit(self.nav_title())

    def save(self) -> bool:
        """Save the changed person fields in one transaction; True when nothing is left unsaved."""
        if not self.can_edit_now():
            return False
        changes = self.form.changes()
        if not changes:
            return True
        try:
            with self.database.session() as session:
                cases.update_case(session, self.actor, self.reference, self.base_version, changes)
        except ValidationError as exc:
            self.form.show_errors(exc.errors)
            unknown = {k: v for k, v in exc.errors.items() if k not in self.form.errors}
            self._show_message(
                self.tr("Not saved: please correct the marked fields.")
                + (" " + "; ".join(unknown.values()) if unknown else ""),
                None,
            )
            self.tabs.setCurrentIndex(0)
            return False
        except ConflictError as exc:
            return self._resolve_conflict(exc, changes)
        except HomewardError as exc:
            self._show_message(error_text(exc), None)
            return False
        self.message.hide()
        self.form.clear_errors()
        self.reload(keep_form=False)
        self.saved.emit(self.reference)
        return True

    def _resolve_conflict(self, exc: ConflictError, mine: dict[str, Any]) -> bool:
        with self.database.session() as session:
            current = cases.open_case(session, self.actor, self.reference, audit_read=False).case
            theirs = {name: display_value(current, name) for name in self.form.editors}
            theirs["dob_precision"] = current.dob_precision
            theirs["sex"] = current.sex
            their_version = current.version
        dialog = ConflictDialog(
            error_text(exc),
            [(n, t) for n, t, _k, _c in self.form.field_specs()],
            self.form.original(),
            mine,
            theirs,
            self,
        )
        choice = dialog.exec_choice()
        if choice == ConflictDialog.TAKE_THEIRS:
            self.reload(keep_form=False)
            self.message.hide()
            return True
        if choice == ConflictDialog.KEEP_MINE:
            # The user has seen the other changes and chooses to save theirs over them.
            self.base_version = their_version
            return self.save()
        self._show_message(
            self.tr("Not saved: someone else changed this case. Review and save again."), None
        )
        return False

    def confirm_close(self) -> bool:
        """Ask what to do with unsaved changes; False keeps the record open."""
        if not self.is_dirty():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("%1 has unsaved changes. Save them before closing?").replace(
                "%1", self.record.case.display_name if self.record else self.reference
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save() and not self.is_dirty()
        return answer == QMessageBox.StandardButton.Discard
