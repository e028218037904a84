"""The team screen's dialogs: reassigning one case with a handover note, and handing over
every case of a worker who leaves."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.actor import Actor
from desktop_app.services.errors import HomewardError, ValidationError
from desktop_app.services.storage.database import Database
from desktop_app.services.team import reassignment
from desktop_app.ui import labels
from desktop_app.ui.messages import confirm, error_text, message_text, reasons_text
from desktop_app.ui.people import people
from desktop_app.ui.tones import set_tone


class _TriedOnly(Exception):
    """Rolls back a change made only to hear the service's objections."""


def tried_first(database: Database, change: Any) -> None:
    """Make `change` in a unit of work that is rolled back: its refusals (a
    ValidationError, a missing reason) are raised, nothing is kept."""
    try:
        with database.session() as session:
            change(session)
            raise _TriedOnly()
    except _TriedOnly:
        pass


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
        self.reason_edit.setAccessibleName(self.tr("Reason for the change"))
        self.reason_label = QLabel(self.tr("Reason for the change"))
        self.keep_check = QCheckBox(self.tr("Keep the current worker as secondary for"))
        self.keep_check.setObjectName("keepSecondary")
        self.keep_days = QSpinBox()
        self.keep_days.setObjectName("keepDays")
        self.keep_days.setAccessibleName(self.tr("Days as secondary worker"))
        self.keep_days.setRange(1, 180)
        self.keep_days.setValue(14)
        self.keep_days.setSuffix(self.tr(" days"))
        self.warning = QLabel()
        self.warning.setObjectName("continuityWarning")
        self.warning.setWordWrap(True)
        set_tone(self.warning, "warning")
        self.error = QLabel()
        self.error.setObjectName("reassignError")
        self.error.setWordWrap(True)
        set_tone(self.error, "error")
        near: tuple[str, int] | None = None
        try:
            with database.session() as session:
                workers = [
                    (username, full_name)
                    for username, full_name in reassignment.workers_for_case(
                        session, actor, reference
                    )
                    if username != current_worker
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
        form.addRow(
            self.tr("Current worker"),
            QLabel(people(database).name(current_worker) or self.tr("(none)")),
        )
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

    def submit(self) -> None:
        username = self.worker_combo.currentData()
        if not username:
            self.error.setText(self.tr("Choose the new primary worker."))
            return

        def reassign(session: Any) -> reassignment.ReassignResult:
            return reassignment.reassign(
                session,
                self._actor,
                self.reference,
                username,
                self.note_edit.toPlainText(),
                reason=self.reason_edit.text(),
                keep_secondary_days=self.keep_days.value() if self.keep_check.isChecked() else 0,
            )

        try:
            # The service's checks first (a note, a reason near a transition), then the
            # question, then the change itself.
            tried_first(self._database, reassign)
            if not confirm(
                self,
                self.tr("Reassign %1").replace("%1", self.reference),
                self.tr(
                    "Make %1 the primary worker of %2? It goes into the assignment history "
                    "and cannot be taken back (only another reassignment changes it)."
                )
                .replace("%1", self.worker_combo.currentText())
                .replace("%2", self.reference),
            ):
                return
            with self._database.session() as session:
                result = reassign(session)
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
        set_tone(self.error, "error")
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
        def hand_over(session: Any) -> Any:
            return reassignment.bulk_reassign(
                session,
                self._actor,
                self.leaving,
                self.chosen(),
                self.note_edit.toPlainText(),
                reason=self.reason_edit.text(),
            )

        try:
            tried_first(self._database, hand_over)
            if not confirm(
                self,
                self.windowTitle(),
                self.tr(
                    "Hand every open case of %1 to the chosen colleagues? It cannot be taken back."
                ).replace("%1", self.leaving),
            ):
                return
            with self._database.session() as session:
                result = hand_over(session)
        except ValidationError as exc:
            self.error.setText(reasons_text(exc.errors))
            return
        except HomewardError as exc:
            self.error.setText(error_text(exc))
            return
        self.moved = len(result.moved)
        self.accept()
