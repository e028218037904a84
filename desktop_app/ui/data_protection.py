"""Data-protection duties in the app: subject access export, retention review, erasure requests.

For coordinators (all cases) and team leads (their team's cases); the
services check every permission again.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Signal,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.actor import Actor, Role
from desktop_app.services.errors import HomewardError, PermissionDeniedError
from desktop_app.services.exchange import subject_export
from desktop_app.services.storage.database import Database
from desktop_app.services.trust import retention
from desktop_app.ui.messages import error_text
from desktop_app.ui.operations import Progress, run_operation
from desktop_app.ui.tables import OBJECT_ROLE, Column, RowTableModel, table_view

_Index = QModelIndex | QPersistentModelIndex


class RetentionModel(RowTableModel[retention.RetentionRow]):
    COL_REFERENCE, COL_NAME, COL_CLOSED, COL_REASON, COL_TEAM = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(self.tr("Reference"), lambda r: r.reference),
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("Closed on"), lambda r: r.closed_on.isoformat()),
                Column(self.tr("Reason"), lambda r: r.closed_reason),
                Column(self.tr("Team"), lambda r: r.team),
            ],
            parent,
        )


def export_subject_for(
    parent: QWidget, database: Database, actor: Actor, reference: str, on_done: Any = None
) -> None:
    """Ask for a folder and export everything held about one person there, in the background."""
    folder = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("DataProtection", "Folder for the data export")
    )
    if not folder:
        return

    def work(_progress: Progress) -> subject_export.SubjectExport:
        with database.session() as session:
            return subject_export.export_subject(
                session, actor, reference, Path(folder), overwrite=True
            )

    run_operation(
        parent,
        work,
        on_success=on_done,
        title=QCoreApplication.translate("DataProtection", "Exporting the data of %1").replace(
            "%1", reference
        ),
        cancellable=False,
    )


class DataProtectionScreen(QWidget):
    exported = Signal(str)
    anonymised = Signal(list)

    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if not (actor.role in (Role.COORDINATOR, Role.TEAM_LEAD) and not actor.is_system):
            raise PermissionDeniedError(
                self.tr("Data-protection duties are handled by team leads and coordinators."),
                actor=actor,
            )
        self._database = database
        self._actor = actor
        self.setObjectName("dataProtectionScreen")

        self.export_reference = QLineEdit()
        self.export_reference.setObjectName("exportReference")
        self.export_reference.setPlaceholderText(self.tr("Case reference"))
        self.export_button = QPushButton(self.tr("Export everything held…"))
        self.export_button.setObjectName("exportSubject")
        self.export_button.clicked.connect(self.export_subject)
        access = QGroupBox(self.tr("Access request: everything held about one person"))
        row = QHBoxLayout(access)
        row.addWidget(self.export_reference)
        row.addWidget(self.export_button)

        self.model = RetentionModel(self)
        self.table = table_view(self.model, "retentionTable", sortable=True, many=True)
        self.anonymise_button = QPushButton(self.tr("Anonymise selected…"))
        self.anonymise_button.setObjectName("anonymiseSelected")
        self.anonymise_button.clicked.connect(self.anonymise_selected)
        review = QGroupBox(self.tr("Retention review: closed cases past the retention period"))
        review_layout = QVBoxLayout(review)
        review_layout.addWidget(self.table)
        review_layout.addWidget(self.anonymise_button)

        self.erase_reference = QLineEdit()
        self.erase_reference.setObjectName("eraseReference")
        self.erase_reference.setPlaceholderText(self.tr("Case reference"))
        self.erase_button = QPushButton(self.tr("Anonymise on request…"))
        self.erase_button.setObjectName("eraseCase")
        self.erase_button.clicked.connect(self.erase)
        erasure = QGroupBox(self.tr("Erasure request"))
        erase_row = QHBoxLayout(erasure)
        erase_row.addWidget(self.erase_reference)
        erase_row.addWidget(self.erase_button)

        self.message = QLabel()
        self.message.setObjectName("dataProtectionMessage")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(access)
        layout.addWidget(review, 1)
        layout.addWidget(erasure)
        layout.addWidget(self.message)
        self.refresh()

    def refresh(self) -> None:
        with self._database.session() as session:
            self.model.set_rows(retention.review(session, self._actor))

    def export_subject(self) -> None:
        reference = self.export_reference.text().strip()
        if not reference:
            self.message.setText(self.tr("Type the case reference first."))
            return

        def done(result: subject_export.SubjectExport) -> None:
            self.message.setText(
                self.tr("Wrote %1 and %2.")
                .replace("%1", str(result.json_path))
                .replace("%2", str(result.pdf_path))
            )
            self.exported.emit(str(result.json_path))

        export_subject_for(self, self._database, self._actor, reference, done)

    def _confirm_and_anonymise(self, references: list[str], reason: str) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Anonymise"),
            self.tr(
                "Anonymise %1? Names, contacts and free text are removed for good; the figures "
                "used in statistics are kept. This cannot be undone."
            ).replace("%1", ", ".join(references)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self._database.session() as session:
                done = retention.anonymise(
                    session, self._actor, references, reason=reason, confirmed=True
                )
        except HomewardError as exc:
            self.message.setText(error_text(exc))
            return
        self.message.setText(self.tr("Anonymised: %1.").replace("%1", ", ".join(done)))
        self.refresh()
        self.anonymised.emit(done)

    def anonymise_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        references = [index.data(OBJECT_ROLE).reference for index in rows]
        if not references:
            self.message.setText(self.tr("Select the cases to anonymise first."))
            return
        self._confirm_and_anonymise(references, "retention")

    def erase(self) -> None:
        reference = self.erase_reference.text().strip()
        if not reference:
            self.message.setText(self.tr("Type the case reference first."))
            return
        self._confirm_and_anonymise([reference], "erasure_request")
