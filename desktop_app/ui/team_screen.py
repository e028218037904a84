"""The team screen of team leads and coordinators.

Tabs: caseload balance (with reassignment and a worker leaving), requests
(transfers between teams and closures waiting for a decision), continuity,
planning (the next 12 months, needs and data quality) and outcomes. Every
number comes from `services.team`, `services.outcomes` and
`services.planning`, which the printed reports use as well.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.actor import Actor, Role
from desktop_app.services.errors import HomewardError, ValidationError
from desktop_app.services.storage.database import Database
from desktop_app.services.team import balance as team_balance
from desktop_app.services.team import continuity, data_quality, moves, outcomes, reassignment
from desktop_app.services.team import needs as team_needs
from desktop_app.ui import labels
from desktop_app.ui.charts import PALETTE, RISK_COLOURS, ChartPanel
from desktop_app.ui.messages import error_text, message_text, reasons_text
from desktop_app.ui.transitions_board import MONTHS

_CTX = "TeamScreen"
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 1


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


# Words that reach _t() from data, for the translators: what an outcome figure counts
# (outcomes.OutcomeFigure.unit) and a transfer's direction (team.TransferRow.direction).
_DATA_WORDS = (
    QT_TRANSLATE_NOOP("TeamScreen", "cases"),
    QT_TRANSLATE_NOOP("TeamScreen", "transitions"),
    QT_TRANSLATE_NOOP("TeamScreen", "Incoming"),
    QT_TRANSLATE_NOOP("TeamScreen", "Outgoing"),
    QT_TRANSLATE_NOOP("TeamScreen", "Other"),
)


Column = tuple[str, Callable[[Any], Any]]


class RecordTableModel(QAbstractTableModel):
    """Rows of one service result; each column is a header and a getter."""

    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_object(self, row: int) -> Any:
        return self._rows[row]

    def rows(self) -> list[Any]:
        return list(self._rows)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section][0]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        if role == OBJECT_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            value = self._columns[index.column()][1](row)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            value = self._columns[index.column()][1](row)
            if isinstance(value, int | float) and not isinstance(value, bool):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _table(model: QAbstractTableModel, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def _selected(view: QTableView) -> Any:
    rows = view.selectionModel().selectedRows()
    if not rows:
        return None
    return view.model().data(rows[0], OBJECT_ROLE)


def _percent(value: int | None) -> str:
    return "—" if value is None else f"{value} %"


# --- dialogs ---------------------------------------------------------------------


class ReassignDialog(QDialog):
    """New primary worker with a required handover note (and a reason near a transition)."""

    def __init__(
        self,
        database: Database,
        actor: Actor,
        reference: str,
        case_name: str,
        current_worker: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._actor = actor
        self.reference = reference
        self.result_text = ""
        self.setWindowTitle(self.tr("Reassign %1").replace("%1", reference))
        self.worker_combo = QComboBox()
        self.worker_combo.setObjectName("newWorker")
        self.note_edit = QPlainTextEdit()
        self.note_edit.setObjectName("handoverNote")
        self.note_edit.setPlaceholderText(
            self.tr("What the new worker must know: agreements, contacts, next steps…")
        )
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("continuityReason")
        self.reason_label = QLabel(self.tr("Reason for the change"))
        self.keep_check = QCheckBox(self.tr("Keep the current worker as secondary for"))
        self.keep_check.setObjectName("keepSecondary")
        self.keep_days = QSpinBox()
        self.keep_days.setRange(1, 180)
        self.keep_days.setValue(14)
        self.keep_days.setSuffix(self.tr(" days"))
        self.warning = QLabel()
        self.warning.setObjectName("continuityWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b87900")
        self.error = QLabel()
        self.error.setObjectName("reassignError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828")
        near: tuple[str, int] | None = None
        try:
            with database.session() as session:
                workers = [
                    (u.username, u.full_name)
                    for u in reassignment.workers_of_team(session, actor, self._case_team(session))
                    if u.username != current_worker
                ]
                near = reassignment.needs_continuity_reason(session, actor, reference)
        except HomewardError as exc:
            workers = []
            self.error.setText(error_text(exc))
        for username, full_name in workers:
            self.worker_combo.addItem(f"{full_name} ({username})", username)
        if near is not None:
            kind, days = near
            if days < 0:
                when = self.tr("%1 is overdue by %2 days.").replace("%2", str(-days))
            else:
                when = self.tr("%1 is due %2.").replace("%2", labels.days_text(days))
            self.warning.setText(
                when.replace("%1", labels.label(labels.KINDS, kind))
                + " "
                + self.tr(
                    "Changing the worker this close to a transition breaks continuity: say why."
                )
            )
            self.reason_label.setText(self.tr("Reason for the change (required)"))
        else:
            self.warning.hide()
        keep_row = QHBoxLayout()
        keep_row.addWidget(self.keep_check)
        keep_row.addWidget(self.keep_days)
        keep_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Young person"), QLabel(f"{case_name} ({reference})"))
        form.addRow(self.tr("Current worker"), QLabel(current_worker or self.tr("(none)")))
        form.addRow(self.tr("New primary worker"), self.worker_combo)
        form.addRow(self.tr("Handover note (required)"), self.note_edit)
        form.addRow(self.reason_label, self.reason_edit)
        form.addRow("", keep_row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Reassign"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _case_team(self, session: Any) -> int | None:
        from desktop_app.services.trust.permissions import load_case_for_read

        return load_case_for_read(session, self._actor, self.reference).team_id

    def submit(self) -> None:
        username = self.worker_combo.currentData()
        if not username:
            self.error.setText(self.tr("Choose the new primary worker."))
            return
        try:
            with self._database.session() as session:
                result = reassignment.reassign(
                    session,
                    self._actor,
                    self.reference,
                    username,
                    self.note_edit.toPlainText(),
                    reason=self.reason_edit.text(),
                    keep_secondary_days=self.keep_days.value()
                    if self.keep_check.isChecked()
                    else 0,
                )
        except reassignment.ContinuityReasonRequired as exc:
            self.error.setText(message_text(exc.errors["reason"]))
            self.reason_label.setText(self.tr("Reason for the change (required)"))
            self.reason_edit.setFocus()
            return
        except ValidationError as exc:
            self.error.setText(reasons_text(exc.errors))
            return
        except HomewardError as exc:
            self.error.setText(error_text(exc))
            return
        self.result_text = (
            self.tr("%1 now works with %2.")
            .replace("%1", result.to_worker)
            .replace("%2", self.reference)
        )
        self.accept()


class WorkerLeavesDialog(QDialog):
    """Hand every open case of a leaving worker to the chosen workers."""

    def __init__(
        self,
        database: Database,
        actor: Actor,
        leaving: str,
        colleagues: Sequence[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._actor = actor
        self.leaving = leaving
        self.moved = 0
        self.setWindowTitle(self.tr("%1 leaves: hand over all cases").replace("%1", leaving))
        self.targets = QListWidget()
        self.targets.setObjectName("bulkTargets")
        for username, full_name in colleagues:
            if username == leaving:
                continue
            item = QListWidgetItem(f"{full_name} ({username})")
            item.setData(Qt.ItemDataRole.UserRole, username)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.targets.addItem(item)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setObjectName("bulkNote")
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("bulkReason")
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828")
        form = QFormLayout()
        form.addRow(
            self.tr("Give the cases to (fewest cases first)"),
            self.targets,
        )
        form.addRow(self.tr("Handover note (required)"), self.note_edit)
        form.addRow(self.tr("Reason (required)"), self.reason_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def chosen(self) -> list[str]:
        return [
            str(self.targets.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.targets.count())
            if self.targets.item(i).checkState() == Qt.CheckState.Checked
        ]

    def submit(self) -> None:
        try:
            with self._database.session() as session:
                result = reassignment.bulk_reassign(
                    session,
                    self._actor,
                    self.leaving,
                    self.chosen(),
                    self.note_edit.toPlainText(),
                    reason=self.reason_edit.text(),
                )
        except ValidationError as exc:
            self.error.setText(reasons_text(exc.errors))
            return
        except HomewardError as exc:
            self.error.setText(error_text(exc))
            return
        self.moved = len(result.moved)
        self.accept()


# --- the screen --------------------------------------------------------------------


class TeamScreen(QWidget):
    """Caseload balance, requests, continuity, planning and outcomes."""

    open_case = Signal(str)

    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._actor = actor
        self.setObjectName("teamScreen")
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.reload)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(refresh)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._balance_tab(), self.tr("Caseload balance"))
        self.tabs.addTab(self._requests_tab(), self.tr("Requests"))
        self.tabs.addTab(self._continuity_tab(), self.tr("Continuity"))
        self.tabs.addTab(self._planning_tab(), self.tr("Planning"))
        self.tabs.addTab(self._outcomes_tab(), self.tr("Outcomes"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.reload()

    # --- building -----------------------------------------------------------------

    def _balance_tab(self) -> QWidget:
        self.balance_model = RecordTableModel(
            [
                (
                    _t("Worker"),
                    lambda r: (
                        r.full_name if r.username is None else f"{r.full_name} ({r.username})"
                    ),
                ),
                (_t("Team"), lambda r: r.team),
                (_t("Primary cases"), lambda r: r.primary_cases),
                (_t("Secondary"), lambda r: r.secondary_cases),
                (_t("Transitions ≤ 30 days"), lambda r: r.transitions_30),
                (_t("Transitions ≤ 90 days"), lambda r: r.transitions_90),
                (_t("Red"), lambda r: r.red),
            ],
            self,
        )
        self.balance_table = _table(self.balance_model, "balanceTable")
        self.balance_table.selectionModel().selectionChanged.connect(self._worker_selected)
        self.worker_cases_model = RecordTableModel(
            [
                (_t("Reference"), lambda c: c.reference),
                (_t("Young person"), lambda c: c.name),
                (_t("Next transition"), lambda c: labels.label(labels.KINDS, c.next_kind)),
                (_t("Due"), lambda c: labels.format_date(c.next_due_date)),
            ],
            self,
        )
        self.worker_cases_table = _table(self.worker_cases_model, "workerCasesTable")
        self.worker_cases_table.doubleClicked.connect(
            lambda index: self._open(self.worker_cases_model.row_object(index.row()).reference)
        )
        self.worker_cases_label = QLabel(self.tr("Choose a worker above to see their cases."))
        self.reassign_button = QPushButton(self.tr("Reassign selected case…"))
        self.reassign_button.setObjectName("reassignButton")
        self.reassign_button.clicked.connect(self.reassign_selected)
        self.transfer_button = QPushButton(self.tr("Move to another team…"))
        self.transfer_button.setObjectName("requestTransferButton")
        self.transfer_button.setToolTip(
            self.tr("Ask for the selected case to move; the receiving team lead decides.")
        )
        self.transfer_button.clicked.connect(self.request_transfer)
        self.leaves_button = QPushButton(self.tr("Worker leaves: hand over all cases…"))
        self.leaves_button.setObjectName("workerLeavesButton")
        self.leaves_button.clicked.connect(self.worker_leaves)
        self.balance_chart = ChartPanel(self.tr("Caseload per worker"), name="balanceChart")
        buttons = QHBoxLayout()
        buttons.addWidget(self.worker_cases_label, 1)
        buttons.addWidget(self.reassign_button)
        buttons.addWidget(self.transfer_button)
        buttons.addWidget(self.leaves_button)
        upper = QSplitter()
        upper.addWidget(self.balance_table)
        upper.addWidget(self.balance_chart)
        upper.setSizes([700, 600])
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(upper, 3)
        layout.addLayout(buttons)
        layout.addWidget(self.worker_cases_table, 2)
        return page

    def _requests_tab(self) -> QWidget:
        self.transfers_model = RecordTableModel(
            [
                (_t("Direction"), lambda r: _t(r.direction.title())),
                (_t("Reference"), lambda r: r.reference),
                (_t("Young person"), lambda r: r.name),
                (_t("From team"), lambda r: r.from_team),
                (_t("To team"), lambda r: r.to_team),
                (_t("Asked by"), lambda r: r.requested_by),
                (_t("Asked on"), lambda r: r.requested_at.date().isoformat()),
                (_t("Why"), lambda r: r.note),
            ],
            self,
        )
        self.transfers_table = _table(self.transfers_model, "transfersTable")
        self.accept_transfer = QPushButton(self.tr("Accept…"))
        self.reject_transfer = QPushButton(self.tr("Reject…"))
        self.accept_transfer.clicked.connect(lambda: self._decide_transfer(True))
        self.reject_transfer.clicked.connect(lambda: self._decide_transfer(False))
        self.closures_model = RecordTableModel(
            [
                (_t("Reference"), lambda r: r.reference),
                (_t("Young person"), lambda r: r.name),
                (_t("Asked by"), lambda r: r.requested_by),
                (_t("Asked on"), lambda r: r.requested_at.date().isoformat()),
                (_t("Reason"), lambda r: r.reason),
            ],
            self,
        )
        self.closures_table = _table(self.closures_model, "closuresTable")
        self.approve_closure = QPushButton(self.tr("Approve closing"))
        self.return_closure = QPushButton(self.tr("Return with a comment…"))
        self.approve_closure.clicked.connect(lambda: self._decide_closure(True))
        self.return_closure.clicked.connect(lambda: self._decide_closure(False))
        page = QWidget()
        layout = QVBoxLayout(page)
        transfers = QGroupBox(
            self.tr("Transfers between teams waiting for the receiving team lead")
        )
        t_layout = QVBoxLayout(transfers)
        t_layout.addWidget(self.transfers_table)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.accept_transfer)
        row.addWidget(self.reject_transfer)
        t_layout.addLayout(row)
        closures = QGroupBox(self.tr("Cases waiting for approval to close"))
        c_layout = QVBoxLayout(closures)
        c_layout.addWidget(self.closures_table)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.approve_closure)
        row.addWidget(self.return_closure)
        c_layout.addLayout(row)
        layout.addWidget(transfers)
        layout.addWidget(closures)
        return page

    def _continuity_columns(self, first: str) -> list[Column]:
        return [
            (first, lambda r: r.group),
            (_t("Open cases"), lambda r: r.cases),
            (_t("Worker changes (12 months)"), lambda r: r.worker_changes),
            (_t("Changes per case and year"), lambda r: r.changes_per_case_year),
            (
                _t("Same worker 30 days before and after"),
                lambda r: (
                    f"{_percent(r.same_worker_share)} ({r.transitions_same_worker}/{r.transitions_judged})"
                ),
            ),
            (
                _t("Moves with the same worker"),
                lambda r: (
                    f"{_percent(r.moves_continued_share)} ({r.moves_worker_continued}/{r.moves})"
                ),
            ),
        ]

    def _continuity_tab(self) -> QWidget:
        self.continuity_team_model = RecordTableModel(self._continuity_columns(_t("Team")), self)
        self.continuity_worker_model = RecordTableModel(
            self._continuity_columns(_t("Worker")), self
        )
        self.alerts_model = RecordTableModel(
            [
                (_t("Reference"), lambda a: a.reference),
                (_t("Young person"), lambda a: a.name),
                (_t("Transition"), lambda a: labels.label(labels.KINDS, a.kind)),
                (_t("Due"), lambda a: labels.days_text(a.days_left)),
                (_t("Primary worker"), lambda a: a.primary_worker or _t("(none)")),
                (_t("Why flagged"), lambda a: message_text(a.why)),
            ],
            self,
        )
        self.alerts_table = _table(self.alerts_model, "continuityAlerts")
        self.alerts_table.doubleClicked.connect(
            lambda index: self._open(self.alerts_model.row_object(index.row()).reference)
        )
        self.continuity_chart = ChartPanel(
            self.tr("Same worker around transitions, per team (%)"), name="continuityChart"
        )
        page = QWidget()
        layout = QVBoxLayout(page)
        alerts = QGroupBox(
            self.tr("Transition within 30 days and the primary worker about to change")
        )
        QVBoxLayout(alerts).addWidget(self.alerts_table)
        layout.addWidget(alerts, 1)
        tables = QWidget()
        t_layout = QVBoxLayout(tables)
        t_layout.setContentsMargins(0, 0, 0, 0)
        t_layout.addWidget(_table(self.continuity_team_model, "continuityTeams"))
        t_layout.addWidget(_table(self.continuity_worker_model, "continuityWorkers"), 1)
        split = QSplitter()
        split.addWidget(tables)
        split.addWidget(self.continuity_chart)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 2)
        return page

    def _planning_tab(self) -> QWidget:
        self.planning_chart = ChartPanel(
            self.tr("Transitions in the next 12 months"), name="planningChart"
        )
        self.housing_model = RecordTableModel(
            [
                (_t("Quarter"), lambda n: n.quarter),
                (_t("Apartment"), lambda n: _t(team_needs.ROOM_LABELS[n.rooms])),
                (_t("Households"), lambda n: n.households),
                (_t("Persons"), lambda n: n.persons),
                (_t("Awaiting family reunification"), lambda n: n.awaiting_family),
            ],
            self,
        )
        self.housing_chart = ChartPanel(
            self.tr("Apartments needed per quarter"), name="housingNeedsChart"
        )
        self.language_model = RecordTableModel(
            [
                (_t("Level"), lambda r: r.level),
                (_t("Places needed"), lambda r: r.needed),
                (_t("In a course now"), lambda r: r.enrolled),
                (_t("Places offered"), lambda r: r.places_offered),
            ],
            self,
        )
        self.quality_summary = QLabel()
        self.quality_summary.setObjectName("dataQualitySummary")
        self.quality_summary.setWordWrap(True)
        self.quality_model = RecordTableModel(
            [
                (_t("Reference"), lambda i: i.reference),
                (_t("Young person"), lambda i: i.name),
                (_t("Gap"), lambda i: _t(data_quality.DATA_QUALITY_ISSUES[i.issue])),
                (_t("Detail"), lambda i: i.detail),
                (_t("Primary worker"), lambda i: i.primary_worker),
            ],
            self,
        )
        quality_table = _table(self.quality_model, "dataQualityTable")
        quality_table.doubleClicked.connect(
            lambda index: self._open(self.quality_model.row_object(index.row()).reference)
        )
        needs = QWidget()
        n_layout = QVBoxLayout(needs)
        n_layout.setContentsMargins(0, 0, 0, 0)
        n_layout.addWidget(QLabel(self.tr("Apartments by size, counting expected family members")))
        n_layout.addWidget(_table(self.housing_model, "housingNeedsTable"), 2)
        n_layout.addWidget(QLabel(self.tr("Language-course places by level")))
        n_layout.addWidget(_table(self.language_model, "languagePlacesTable"), 1)
        quality = QGroupBox(self.tr("Data quality"))
        q_layout = QVBoxLayout(quality)
        q_layout.addWidget(self.quality_summary)
        q_layout.addWidget(quality_table)
        upper = QSplitter()
        upper.addWidget(self.planning_chart)
        upper.addWidget(self.housing_chart)
        lower = QSplitter()
        lower.addWidget(needs)
        lower.addWidget(quality)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(upper, 1)
        layout.addWidget(lower, 1)
        return page

    def _outcomes_tab(self) -> QWidget:
        self.outcome_team = QComboBox()
        self.outcome_team.setObjectName("outcomeTeam")
        self.outcome_team.currentIndexChanged.connect(self._show_outcomes)
        self.outcomes_model = RecordTableModel(
            [
                (_t("Quarter"), lambda f: f.quarter),
                (_t("Measure"), lambda f: _t(outcomes.MEASURE_LABELS[f.measure])),
                (_t("Result"), self._outcome_value),
                (
                    _t("Number behind it"),
                    lambda f: f"{f.count} / {f.base} {_t(f.unit)}",
                ),
            ],
            self,
        )
        self.outcomes_chart = ChartPanel(self.tr("Outcomes per quarter (%)"), name="outcomesChart")
        note = QLabel(
            self.tr(
                "Every figure shows how many young people it rests on: a share of a handful "
                "of cases can swing widely from one quarter to the next."
            )
        )
        note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Team")))
        row.addWidget(self.outcome_team)
        row.addStretch(1)
        left = QWidget()
        l_layout = QVBoxLayout(left)
        l_layout.setContentsMargins(0, 0, 0, 0)
        l_layout.addLayout(row)
        l_layout.addWidget(note)
        l_layout.addWidget(_table(self.outcomes_model, "outcomesTable"), 1)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.outcomes_chart)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        return split

    @staticmethod
    def _outcome_value(f: outcomes.OutcomeFigure) -> str:
        if f.measure == "belonging_average":
            return "—" if f.average is None else f"{f.average:.2f}"
        return _percent(f.percent)

    # --- loading --------------------------------------------------------------------

    def reload(self) -> None:
        try:
            with self._database.session() as session:
                balance = team_balance.caseload_balance(session, self._actor)
                transfers = moves.transfers(session, self._actor)
                closures = moves.closure_requests(session, self._actor)
                by_team = continuity.continuity(session, self._actor, by="team")
                by_worker = continuity.continuity(session, self._actor, by="worker")
                alerts = continuity.continuity_alerts(session, self._actor)
                needs = team_needs.housing_needs(session, self._actor, months=12)
                places = team_needs.language_places(session, self._actor)
                quality = data_quality.data_quality(session, self._actor)
                self._figures = outcomes.outcomes(session, self._actor, quarters=4)
                planning_rows = self._planning_rows(session)
        except HomewardError as exc:
            self.heading.setText(error_text(exc))
            return
        if self._actor.role is Role.COORDINATOR:
            scope = self.tr("The whole organisation")
        else:
            scope = by_team[0].group if by_team else self.tr("your team")
        self.heading.setText(
            self.tr("<b>%1</b> — %2 open cases, %3 waiting transfers, %4 closures to approve")
            .replace("%1", scope)
            .replace("%2", str(sum(r.primary_cases for r in balance)))
            .replace("%3", str(len(transfers)))
            .replace("%4", str(len(closures)))
        )
        self.balance_model.set_rows(balance)
        # Horizontal bars draw from the bottom up: reversed, the busiest worker is on top.
        workers = [r for r in reversed(balance) if r.username is not None]
        self.balance_chart.set_bars(
            [r.username or "" for r in workers],
            [
                (self.tr("Primary cases"), [r.primary_cases for r in workers], PALETTE[0]),
                (self.tr("Transitions ≤ 90 days"), [r.transitions_90 for r in workers], PALETTE[1]),
                (self.tr("Red"), [r.red for r in workers], RISK_COLOURS["red"]),
            ],
            horizontal=True,
            csv_headers=[
                "worker",
                "team",
                "primary_cases",
                "secondary_cases",
                "transitions_30",
                "transitions_90",
                "red",
            ],
            csv_rows=[
                [r.username, r.team, r.primary_cases, r.secondary_cases, r.transitions_30,
                 r.transitions_90, r.red]
                for r in balance
            ],
        )  # fmt: skip
        self.worker_cases_model.set_rows([])
        self.transfers_model.set_rows(transfers)
        self.closures_model.set_rows(closures)
        self.continuity_team_model.set_rows(by_team)
        self.continuity_worker_model.set_rows(by_worker)
        self.alerts_model.set_rows(alerts)
        judged = [r for r in by_team if r.transitions_judged]
        self.continuity_chart.set_bars(
            [r.group for r in judged],
            [(self.tr("Same worker (%)"), [r.same_worker_share or 0 for r in judged], PALETTE[2])],
            csv_headers=list(by_team[0].as_record()) if by_team else [],
            csv_rows=[list(r.as_record().values()) for r in by_team],
        )
        self._show_planning(planning_rows)
        self.housing_model.set_rows(needs)
        quarters = sorted({n.quarter for n in needs})
        self.housing_chart.set_bars(
            quarters,
            [
                (
                    _t(team_needs.ROOM_LABELS[rooms]),
                    [
                        sum(n.households for n in needs if n.quarter == q and n.rooms == rooms)
                        for q in quarters
                    ],
                    PALETTE[rooms - 1],
                )
                for rooms in sorted(team_needs.ROOM_LABELS)
            ],
            stacked=True,
            value_title=self.tr("Households"),
            csv_headers=["quarter", "rooms", "households", "persons", "awaiting_family"],
            csv_rows=[list(n.as_record().values()) for n in needs],
        )
        self.language_model.set_rows(places)
        self.quality_model.set_rows(quality.issues)
        self.quality_summary.setText(
            self.tr("Of %1 open cases:").replace("%1", str(quality.open_cases))
            + "\n"
            + "\n".join(
                f"• {_t(data_quality.DATA_QUALITY_ISSUES[key])}: {count}"
                for key, count in quality.counts.items()
            )
        )
        current = self.outcome_team.currentText()
        self.outcome_team.blockSignals(True)
        self.outcome_team.clear()
        for name in sorted({f.team for f in self._figures}):
            self.outcome_team.addItem(name, name)
        if current:
            self.outcome_team.setCurrentIndex(max(0, self.outcome_team.findText(current)))
        self.outcome_team.blockSignals(False)
        self._show_outcomes()

    def _planning_rows(self, session: Any) -> list[Any]:
        try:
            from desktop_app.services.team import planning
        except ImportError:  # pragma: no cover - planning arrives with the reports
            return []
        return planning.monthly_figures(session, self._actor, 12)

    def _show_planning(self, rows: list[Any]) -> None:
        if not rows:
            self.planning_chart.set_bars([], [])
            return
        from desktop_app.services.team import planning

        months = sorted({r.month for r in rows})
        # Month names alone fit under the bars; the title carries the years.
        names = [_t(MONTHS[m.month - 1]) for m in months]
        self.planning_chart.chart.setTitle(
            self.tr("Transitions per month, %1 to %2")
            .replace("%1", f"{_t(MONTHS[months[0].month - 1])} {months[0].year}")
            .replace("%2", f"{_t(MONTHS[months[-1].month - 1])} {months[-1].year}")
        )
        kinds = list(planning.KINDS)
        series = [
            (
                labels.label(labels.KINDS, kind),
                [sum(r.count(kind) for r in rows if r.month == m) for m in months],
                PALETTE[i % len(PALETTE)],
            )
            for i, kind in enumerate(kinds)
        ]
        contract = [r.as_contract() for r in rows]
        headers = list(contract[0]) if contract else []
        self.planning_chart.set_bars(
            names,
            series,
            stacked=True,
            value_title=self.tr("Transitions"),
            csv_headers=headers,
            csv_rows=[[c[h] for h in headers] for c in contract],
        )

    def _show_outcomes(self) -> None:
        chosen = self.outcome_team.currentData()
        figures = [f for f in getattr(self, "_figures", []) if f.team == chosen]
        self.outcomes_model.set_rows(figures)
        quarters = sorted({f.quarter for f in figures})
        measures = [m for m in outcomes.MEASURES if m != "belonging_average"]
        self.outcomes_chart.set_bars(
            quarters,
            [
                (
                    _t(outcomes.MEASURE_LABELS[m]),
                    [
                        next(
                            (f.percent or 0 for f in figures if f.quarter == q and f.measure == m),
                            0,
                        )
                        for q in quarters
                    ],
                    PALETTE[i % len(PALETTE)],
                )
                for i, m in enumerate(measures)
            ],
            value_title="%",
            legend_right=True,
            csv_headers=[
                "team",
                "quarter",
                "measure",
                "count",
                "base",
                "unit",
                "percent",
                "average",
            ],
            csv_rows=[list(f.as_record().values()) for f in figures],
        )

    # --- actions ----------------------------------------------------------------------

    def _open(self, reference: str) -> None:
        self.open_case.emit(reference)

    def _worker_selected(self, *_: Any) -> None:
        row = _selected(self.balance_table)
        if row is None:
            self.worker_cases_model.set_rows([])
            return
        try:
            with self._database.session() as session:
                cases = team_balance.cases_of_worker(session, self._actor, row.user_id)
        except HomewardError as exc:
            self.worker_cases_label.setText(error_text(exc))
            return
        self.worker_cases_model.set_rows(cases)
        self.worker_cases_label.setText(
            self.tr("Open cases of %1 (double-click to open):").replace("%1", row.full_name)
        )

    def reassign_selected(self) -> None:
        case = _selected(self.worker_cases_table)
        worker = _selected(self.balance_table)
        if case is None:
            QMessageBox.information(
                self, self.tr("Reassign"), self.tr("Choose a worker, then one of their cases.")
            )
            return
        dialog = ReassignDialog(
            self._database,
            self._actor,
            case.reference,
            case.name,
            worker.username if worker else None,
            self,
        )
        if self.exec_dialog(dialog):
            self.reload()

    def request_transfer(self) -> None:
        case = _selected(self.worker_cases_table)
        if case is None:
            QMessageBox.information(
                self,
                self.tr("Move to another team"),
                self.tr("Choose a worker, then one of their cases."),
            )
            return
        with self._database.session() as session:
            teams = moves.team_names(session, self._actor)
        target, ok = QInputDialog.getItem(
            self,
            self.tr("Move %1").replace("%1", case.reference),
            self.tr("To which team?"),
            teams,
            0,
            False,
        )
        if not ok:
            return
        note, ok = QInputDialog.getText(
            self,
            self.tr("Move %1").replace("%1", case.reference),
            self.tr("Why should the case move (for the receiving team lead)?"),
        )
        if ok:
            self._run(
                lambda s: moves.request_transfer(s, self._actor, case.reference, target, note)
            )

    def worker_leaves(self) -> None:
        worker = _selected(self.balance_table)
        if worker is None or worker.username is None:
            QMessageBox.information(
                self, self.tr("Worker leaves"), self.tr("Choose the leaving worker in the list.")
            )
            return
        colleagues = [
            (r.username, r.full_name)
            for r in self.balance_model.rows()
            if r.username and r.team == worker.team
        ]
        dialog = WorkerLeavesDialog(self._database, self._actor, worker.username, colleagues, self)
        if self.exec_dialog(dialog):
            self.reload()

    def exec_dialog(self, dialog: QDialog) -> bool:
        """Run a dialog modally (tests replace this to drive the dialog themselves)."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def _decide_transfer(self, accept: bool) -> None:
        row = _selected(self.transfers_table)
        if row is None:
            return
        prompt = self.tr("Comment (optional)") if accept else self.tr("Why is it rejected?")
        text, ok = QInputDialog.getText(
            self, self.tr("Transfer of %1").replace("%1", row.reference), prompt
        )
        if not ok:
            return
        self._run(lambda s: moves.decide_transfer(s, self._actor, row.id, accept, reason=text))

    def _decide_closure(self, approve: bool) -> None:
        row = _selected(self.closures_table)
        if row is None:
            return
        comment = ""
        if not approve:
            comment, ok = QInputDialog.getText(
                self,
                self.tr("Return %1").replace("%1", row.reference),
                self.tr("What is needed before the case can be closed?"),
            )
            if not ok:
                return
        self._run(lambda s: moves.decide_closure(s, self._actor, row.id, approve, comment=comment))

    def _run(self, action: Callable[[Any], Any]) -> None:
        try:
            with self._database.session() as session:
                action(session)
        except HomewardError as exc:
            QMessageBox.warning(self, self.tr("Not done"), error_text(exc))
            return
        self.reload()
