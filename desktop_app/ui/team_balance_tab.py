"""The team screen's Caseload balance tab: cases and upcoming transitions per worker, a
worker's open cases, and reassigning one case, moving it to another team, or handing over
every case of a worker who leaves."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.actor import Actor
from desktop_app.services.errors import HomewardError
from desktop_app.services.storage.database import Database
from desktop_app.services.team import balance as team_balance
from desktop_app.services.team import moves
from desktop_app.ui import labels
from desktop_app.ui.charts import PALETTE, RISK_COLOURS, ChartPanel
from desktop_app.ui.messages import error_text, tell_done
from desktop_app.ui.tables import OBJECT_ROLE, Column, RowTableModel, selected_object, table_view
from desktop_app.ui.team_dialogs import ReassignDialog, WorkerLeavesDialog
from desktop_app.ui.team_tab import TeamTab


class TeamBalanceTab(TeamTab):
    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(database, actor, parent)
        self.balance_model: RowTableModel[team_balance.BalanceRow] = RowTableModel(
            [
                Column(
                    self.tr("Worker"),
                    lambda r: (
                        r.full_name if r.username is None else f"{r.full_name} ({r.username})"
                    ),
                ),
                Column(self.tr("Team"), lambda r: r.team),
                Column(self.tr("Primary cases"), lambda r: r.primary_cases),
                Column(self.tr("Secondary"), lambda r: r.secondary_cases),
                Column(self.tr("Transitions ≤ 30 days"), lambda r: r.transitions_30),
                Column(self.tr("Transitions ≤ 90 days"), lambda r: r.transitions_90),
                Column(self.tr("Red"), lambda r: r.red),
            ],
            self,
        )
        self.balance_table = table_view(
            self.balance_model, "balanceTable", sortable=True, title=self.tr("Caseloads by worker")
        )
        self.balance_table.selectionModel().selectionChanged.connect(self._worker_selected)
        self.worker_cases_model: RowTableModel[Any] = RowTableModel(
            [
                Column(self.tr("Reference"), lambda c: c.reference),
                Column(self.tr("Young person"), lambda c: c.name),
                Column(
                    self.tr("Next transition"), lambda c: labels.label(labels.KINDS, c.next_kind)
                ),
                Column(self.tr("Due"), lambda c: labels.format_date(c.next_due_date)),
            ],
            self,
        )
        self.worker_cases_table = table_view(
            self.worker_cases_model,
            "workerCasesTable",
            sortable=True,
            title=self.tr("The worker's cases"),
        )
        self.worker_cases_table.doubleClicked.connect(self._open)
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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(upper, 3)
        layout.addLayout(buttons)
        layout.addWidget(self.worker_cases_table, 2)

    def load(self, session: Any) -> None:
        balance = team_balance.caseload_balance(session, self._actor)
        self.balance_model.set_rows(balance)
        # Horizontal bars draw from the bottom up: reversed, the busiest worker is on top.
        workers = [r for r in reversed(balance) if r.username is not None]
        self.balance_chart.set_bars(
            [r.full_name or r.username or "" for r in workers],  # people by their names
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

    def _open(self, index: QModelIndex) -> None:
        case = index.data(OBJECT_ROLE) if index.isValid() else None
        if case is not None:
            self.open_case.emit(case.reference)

    def _worker_selected(self, *_: Any) -> None:
        row = selected_object(self.balance_table)
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

    def exec_dialog(self, dialog: QDialog) -> bool:
        """Run a dialog modally (tests replace this to drive the dialog themselves)."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def reassign_selected(self) -> None:
        case = selected_object(self.worker_cases_table)
        worker = selected_object(self.balance_table)
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
            tell_done(self, dialog.result_text)
            self.changed.emit()

    def request_transfer(self) -> None:
        case = selected_object(self.worker_cases_table)
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
                lambda s: moves.request_transfer(s, self._actor, case.reference, target, note),
                self.tr("The move of %1 to %2 waits for that team's lead.")
                .replace("%1", case.reference)
                .replace("%2", target),
            )

    def worker_leaves(self) -> None:
        worker = selected_object(self.balance_table)
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
            tell_done(
                self,
                self.tr("%n case(s) were handed over to colleagues.", "", dialog.moved),
            )
            self.changed.emit()
