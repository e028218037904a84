"""Closing a case from its record, and merging a duplicate into it.

A worker asks for the closure with the reason ("Ask to close…"); the request then shows on
the record until the team lead approves it (the case closes, its open transitions resolve
as closed with it) or returns it with a comment — from here or from the team screen's
Requests tab. Each step asks first and says afterwards what it did. The team lead of the
case's team also merges a duplicate case into this one ("Merge a duplicate…").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop_app.services.cases.record_data import CaseRecord
from desktop_app.services.team import moves
from desktop_app.ui import labels
from desktop_app.ui import record_dialog as rd
from desktop_app.ui.record_dialog import Field, RecordDialog, confirm

if TYPE_CHECKING:
    from desktop_app.ui.case_record import CaseRecordPage


class ClosurePanel(QFrame):
    """The request to close the case that waits for the team lead, with the lead's answers."""

    def __init__(self, page: CaseRecordPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.setObjectName("closurePanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel()
        self.label.setObjectName("closureLabel")
        self.label.setWordWrap(True)
        self.approve_button = QPushButton(self.tr("Approve closing…"))
        self.approve_button.setObjectName("approveClosure")
        self.approve_button.clicked.connect(self.approve)
        self.return_button = QPushButton(self.tr("Return with a comment…"))
        self.return_button.setObjectName("returnClosure")
        self.return_button.clicked.connect(self.give_back)
        row = QHBoxLayout(self)
        row.addWidget(self.label, 1)
        row.addWidget(self.approve_button)
        row.addWidget(self.return_button)
        # In the page's header.
        self.ask_button = QPushButton(self.tr("Ask to close…"))
        self.ask_button.setObjectName("requestClosure")
        self.ask_button.setToolTip(self.tr("Ask the team lead to close this case"))
        self.ask_button.clicked.connect(self.ask)
        self.merge_button = QPushButton(self.tr("Merge a duplicate…"))
        self.merge_button.setObjectName("mergeDuplicate")
        self.merge_button.setToolTip(
            self.tr("Another case of the same young person: merge it into this one")
        )
        self.merge_button.clicked.connect(self.merge)
        self.hide()

    def show_record(self, record: CaseRecord) -> None:
        pending = record.pending_closure
        is_open = record.case.status == "open"
        self.ask_button.setVisible(record.can_edit and is_open and pending is None)
        self.merge_button.setVisible(record.leads_team)
        if pending is None:
            returned = record.closures[-1] if record.closures else None
            if returned is not None and returned.state == "returned" and is_open:
                self.label.setText(
                    self.tr("%1 returned the request to close: “%2”")
                    .replace("%1", returned.decided_by or "")
                    .replace("%2", returned.comment or "")
                )
                self.approve_button.hide()
                self.return_button.hide()
                self.show()
            else:
                self.hide()
            return
        self.label.setText(
            self.tr("%1 asked on %2 to close this case: “%3”. Waiting for the team lead.")
            .replace("%1", pending.requested_by)
            .replace("%2", labels.format_date(pending.requested_at.date()))
            .replace("%3", pending.reason)
        )
        self.approve_button.setVisible(record.leads_team)
        self.return_button.setVisible(record.leads_team)
        self.show()

    # --- the steps ------------------------------------------------------------------

    def ask(self) -> None:
        """A worker asks for the closure with the reason; it waits for the team lead."""
        page = self.page
        dialog = RecordDialog(
            page,
            self.tr("Ask to close this case"),
            [
                Field(
                    "reason",
                    self.tr("Why should the case be closed?"),
                    rd.LONG_TEXT,
                    placeholder=self.tr("For example: moved to another municipality"),
                )
            ],
            lambda v: page.apply(
                lambda s: moves.request_closure(s, page.actor, page.reference, v["reason"])
            ),
            intro=self.tr(
                "The team lead approves the closure or returns it with a comment; until then "
                "the case stays open."
            ),
            ok_text=self.tr("Ask to close"),
            name="closureRequestDialog",
        )
        if dialog.exec():
            page.show_notice(self.tr("Asked to close the case; it waits for the team lead."))

    def approve(self) -> None:
        page = self.page
        record = page.record
        if record is None or record.pending_closure is None:
            return
        request_id = record.pending_closure.id
        question = (
            self.tr(
                "Close %1 (%2)? Its open transitions are resolved as closed with it; they stay on "
                "the record and in the figures."
            )
            .replace("%1", record.case.display_name)
            .replace("%2", record.case.reference)
        )
        if not confirm(page, self.tr("Approve closing"), question):
            return
        if page.run(lambda s: moves.decide_closure(s, page.actor, request_id, True)):
            page.show_notice(self.tr("The case is closed."))

    def give_back(self) -> None:
        page = self.page
        record = page.record
        if record is None or record.pending_closure is None:
            return
        request_id = record.pending_closure.id
        requested_by = record.pending_closure.requested_by
        dialog = RecordDialog(
            page,
            self.tr("Return the request to close"),
            [Field("comment", self.tr("What is needed before it can be closed?"), rd.LONG_TEXT)],
            lambda v: page.apply(
                lambda s: moves.decide_closure(
                    s, page.actor, request_id, False, comment=v["comment"]
                )
            ),
            ok_text=self.tr("Return"),
            name="closureReturnDialog",
        )
        if dialog.exec():
            page.show_notice(
                self.tr("Returned to %1 with your comment; the case stays open.").replace(
                    "%1", requested_by
                )
            )

    def merge(self) -> None:
        from desktop_app.ui.merge_dialog import MergeDialog

        page = self.page
        dialog = MergeDialog(page.database, page.actor, page.reference, "", page)
        if dialog.exec() and dialog.merged_into:
            page.reload()
            page.saved.emit(page.reference)
            page.show_notice(self.tr("Merged into this case."))
