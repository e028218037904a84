"""The team screen's Requests tab: transfers between teams waiting for the receiving team
lead, and cases waiting for approval to close."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.actor import Actor
from desktop_app.services.storage.database import Database
from desktop_app.services.team import moves
from desktop_app.ui.messages import confirm
from desktop_app.ui.tables import Column, RowTableModel, selected_object, table_view
from desktop_app.ui.team_tab import TeamTab

# A transfer's direction as the service gives it (moves.TransferRow.direction), for translators.
_DIRECTIONS = (
    QT_TRANSLATE_NOOP("TeamRequestsTab", "Incoming"),
    QT_TRANSLATE_NOOP("TeamRequestsTab", "Outgoing"),
    QT_TRANSLATE_NOOP("TeamRequestsTab", "Other"),
)


class TeamRequestsTab(TeamTab):
    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(database, actor, parent)
        self.transfers_model: RowTableModel[moves.TransferRow] = RowTableModel(
            [
                Column(self.tr("Direction"), lambda r: self.tr(r.direction.title())),
                Column(self.tr("Reference"), lambda r: r.reference),
                Column(self.tr("Young person"), lambda r: r.name),
                Column(self.tr("From team"), lambda r: r.from_team),
                Column(self.tr("To team"), lambda r: r.to_team),
                Column(self.tr("Asked by"), lambda r: r.requested_by),
                Column(self.tr("Asked on"), lambda r: r.requested_at.date().isoformat()),
                Column(self.tr("Why"), lambda r: r.note),
            ],
            self,
        )
        self.transfers_table = table_view(self.transfers_model, "transfersTable", sortable=True)
        self.accept_transfer = QPushButton(self.tr("Accept…"))
        self.reject_transfer = QPushButton(self.tr("Reject…"))
        self.accept_transfer.clicked.connect(lambda: self._decide_transfer(True))
        self.reject_transfer.clicked.connect(lambda: self._decide_transfer(False))
        self.closures_model: RowTableModel[moves.ClosureRow] = RowTableModel(
            [
                Column(self.tr("Reference"), lambda r: r.reference),
                Column(self.tr("Young person"), lambda r: r.name),
                Column(self.tr("Asked by"), lambda r: r.requested_by),
                Column(self.tr("Asked on"), lambda r: r.requested_at.date().isoformat()),
                Column(self.tr("Reason"), lambda r: r.reason),
            ],
            self,
        )
        self.closures_table = table_view(self.closures_model, "closuresTable", sortable=True)
        self.approve_closure = QPushButton(self.tr("Approve closing"))
        self.return_closure = QPushButton(self.tr("Return with a comment…"))
        self.approve_closure.clicked.connect(lambda: self._decide_closure(True))
        self.return_closure.clicked.connect(lambda: self._decide_closure(False))
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
        layout = QVBoxLayout(self)
        layout.addWidget(transfers)
        layout.addWidget(closures)

    def load(self, session: Any) -> None:
        self.transfers_model.set_rows(moves.transfers(session, self._actor))
        self.closures_model.set_rows(moves.closure_requests(session, self._actor))

    def _decide_transfer(self, accept: bool) -> None:
        row = selected_object(self.transfers_table)
        if row is None:
            return
        prompt = self.tr("Comment (optional)") if accept else self.tr("Why is it rejected?")
        title = self.tr("Transfer of %1").replace("%1", row.reference)
        text, ok = QInputDialog.getText(self, title, prompt)
        if not ok:
            return
        question = (
            self.tr("Take %1 into your team? The decision cannot be taken back.")
            if accept
            else self.tr("Reject the transfer of %1? The decision cannot be taken back.")
        ).replace("%1", row.reference)
        if not confirm(self, title, question):
            return
        done = (
            self.tr("The transfer of %1 is accepted.")
            if accept
            else self.tr("The transfer of %1 is rejected.")
        ).replace("%1", row.reference)
        self._run(
            lambda s: moves.decide_transfer(s, self._actor, row.id, accept, reason=text), done
        )

    def _decide_closure(self, approve: bool) -> None:
        row = selected_object(self.closures_table)
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
        elif not confirm(
            self,
            self.tr("Close %1").replace("%1", row.reference),
            self.tr(
                "Close the case %1? Its open transitions are resolved as closed and it leaves "
                "every list; only reopening the case brings it back."
            ).replace("%1", row.reference),
        ):
            return
        done = (
            self.tr("%1 is closed.") if approve else self.tr("%1 was returned to its worker.")
        ).replace("%1", row.reference)
        self._run(
            lambda s: moves.decide_closure(s, self._actor, row.id, approve, comment=comment), done
        )
