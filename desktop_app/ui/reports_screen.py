"""The Reports page: case documents, the lists for leads and coordinators, batch handover printing."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.reports.batch import BatchCancelled, BatchResult, print_handovers
from desktop_app.reports.lists import render_caseload, render_planning, render_transitions
from desktop_app.services.actor import Actor, Role
from desktop_app.services.errors import HomewardError
from desktop_app.services.report_data import lists
from desktop_app.services.report_data import meta as report_data_meta
from desktop_app.services.report_data.recipients import RECIPIENT_LABELS, Recipient
from desktop_app.services.storage.database import Database
from desktop_app.ui.language import document_language
from desktop_app.ui.messages import error_text
from desktop_app.ui.operations import Operation, OperationCancelled, Progress, run_operation
from desktop_app.ui.print_preview import PrintPreviewDialog, RenderedDocument, case_document_dialog


class ReportsScreen(QWidget):
    """Pick a document, preview it, print or save it; print many handover reports at once."""

    batch_finished = Signal(object)  # BatchResult, or None when cancelled or failed

    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.operation: Operation | None = None
        # Called on the GUI thread with (documents done, documents in all). Plain callbacks,
        # not a Python-defined signal: PySide6 6.12 leaks a reference on every such emit.
        self.progress_listeners: list[Callable[[int, int], None]] = []
        # The worker only stores its progress; a timer on the GUI thread shows it.
        self._progress_lock = threading.Lock()
        self._progress_latest: tuple[int, int] | None = None
        self._progress_timer = QTimer(self)
        self._progress_timer.setInterval(50)
        self._progress_timer.timeout.connect(self._show_progress)
        self.last_dialog: PrintPreviewDialog | None = None
        may_report = actor.role in (Role.TEAM_LEAD, Role.COORDINATOR)

        # one case
        self.reference = QLineEdit(self)
        self.reference.setPlaceholderText(self.tr("Case reference, e.g. HW-2026-00042"))
        self.summary_button = QPushButton(self.tr("Case summary…"), self)
        self.handover_button = QPushButton(self.tr("Handover report…"), self)
        self.handover_button.setEnabled(may_report)
        case_box = QGroupBox(self.tr("One case"), self)
        row = QHBoxLayout(case_box)
        row.addWidget(self.reference, 1)
        row.addWidget(self.summary_button)
        row.addWidget(self.handover_button)

        # lists
        self.team = QComboBox(self)
        self.team.addItem(self.tr("All teams I may see"), None)
        try:
            with database.session() as session:
                for name in report_data_meta.team_names(session, actor):
                    self.team.addItem(name, name)
        except HomewardError:
            pass
        self.within = QSpinBox(self)
        self.within.setRange(1, 730)
        self.within.setValue(90)
        self.within.setSuffix(self.tr(" days"))
        self.months = QSpinBox(self)
        self.months.setRange(1, 60)
        self.months.setValue(12)
        self.months.setSuffix(self.tr(" months"))
        self.page_size = QComboBox(self)
        self.page_size.addItem(self.tr("A4"), "A4")
        self.page_size.addItem(self.tr("Letter"), "Letter")
        self.transitions_button = QPushButton(self.tr("Transitions report…"), self)
        self.caseload_button = QPushButton(self.tr("Caseload report…"), self)
        self.planning_button = QPushButton(self.tr("Planning report…"), self)
        self.transitions_button.setEnabled(may_report)
        self.planning_button.setEnabled(may_report)
        lists_box = QGroupBox(self.tr("Reports"), self)
        form = QFormLayout(lists_box)
        form.addRow(self.tr("Team:"), self.team)
        form.addRow(self.tr("Paper:"), self.page_size)
        line = QHBoxLayout()
        line.addWidget(self.within)
        line.addWidget(self.transitions_button)
        line.addStretch(1)
        form.addRow(self.tr("Transitions due within:"), line)
        line = QHBoxLayout()
        line.addWidget(self.months)
        line.addWidget(self.planning_button)
        line.addStretch(1)
        form.addRow(self.tr("Planning for:"), line)
        form.addRow(self.tr("Caseload per worker:"), self.caseload_button)

        # batch
        self.batch_within = QSpinBox(self)
        self.batch_within.setRange(1, 365)
        self.batch_within.setValue(30)
        self.batch_within.setSuffix(self.tr(" days"))
        self.batch_recipient = QComboBox(self)
        for recipient in Recipient:
            self.batch_recipient.addItem(self.tr(RECIPIENT_LABELS[recipient]), recipient.value)
        self.one_each = QRadioButton(self.tr("One PDF per case (into a folder)"), self)
        self.combined = QRadioButton(self.tr("One combined PDF file"), self)
        self.one_each.setChecked(True)
        self.batch_button = QPushButton(self.tr("Print handover reports…"), self)
        self.batch_button.setEnabled(may_report)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setVisible(False)
        self.batch_status = QLabel(self)
        self.batch_status.setWordWrap(True)
        batch_box = QGroupBox(self.tr("Handover reports for every transition coming up"), self)
        form = QFormLayout(batch_box)
        form.addRow(self.tr("Transitions due within:"), self.batch_within)
        form.addRow(self.tr("For:"), self.batch_recipient)
        form.addRow(self.one_each)
        form.addRow(self.combined)
        line = QHBoxLayout()
        line.addWidget(self.batch_button)
        line.addWidget(self.progress, 1)
        line.addWidget(self.cancel_button)
        form.addRow(line)
        form.addRow(self.batch_status)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>Reports</h2>"), self))
        layout.addWidget(case_box)
        layout.addWidget(lists_box)
        layout.addWidget(batch_box)
        layout.addStretch(1)

        self.summary_button.clicked.connect(lambda: self.open_case_document(handover=False))
        self.handover_button.clicked.connect(lambda: self.open_case_document(handover=True))
        self.reference.returnPressed.connect(lambda: self.open_case_document(handover=False))
        self.transitions_button.clicked.connect(self.preview_transitions)
        self.caseload_button.clicked.connect(self.preview_caseload)
        self.planning_button.clicked.connect(self.preview_planning)
        self.batch_button.clicked.connect(self.start_batch)
        self.cancel_button.clicked.connect(self.cancel_batch)

    # --- previews ------------------------------------------------------------------

    def _team(self) -> str | None:
        value = self.team.currentData()
        return str(value) if value else None

    def _show(self, dialog: PrintPreviewDialog | None) -> None:
        self.last_dialog = dialog
        if dialog is not None:
            dialog.open()

    def open_case_document(self, *, handover: bool) -> None:
        reference = self.reference.text().strip()
        if not reference:
            QMessageBox.information(
                self, self.tr("Reports"), self.tr("Type a case reference first.")
            )
            return
        self._show(
            case_document_dialog(self, self.database, self.actor, reference, handover=handover)
        )

    def _preview(self, title: str, build: Callable[[], RenderedDocument]) -> Operation:
        """Draw the report off the GUI thread (a whole organisation's list takes a while)."""

        def shown(rendered: RenderedDocument) -> None:
            dialog = PrintPreviewDialog(self.database, self.actor, build, self)
            dialog.setWindowTitle(title)
            dialog.show_document(rendered)
            self._show(dialog)

        return run_operation(
            self,
            lambda progress: build(),
            on_success=shown,
            title=title,
            label=self.tr("Preparing the document…"),
            cancellable=False,
        )

    def _meta(self, session: Any, title: str) -> report_data_meta.DocumentMeta:
        return report_data_meta.document_meta(
            session,
            self.actor,
            title,
            page_size=str(self.page_size.currentData()),
            fallback_locale=QLocale().name(),
            language=document_language(),
        )

    def preview_transitions(self) -> Operation:
        within, team = self.within.value(), self._team()

        def build() -> RenderedDocument:
            with self.database.session() as session:
                report = lists.transitions_report(session, self.actor, within, team=team)
                meta = self._meta(session, "Transitions report")
            return RenderedDocument(
                render_transitions(report, meta),
                "transitions",
                f"transitions-{within}-days.pdf",
                page_size=meta.page_size,
                language=meta.language,
                detail={
                    "within_days": within,
                    "team": team,
                    "references": sorted({r.reference for r in report.rows}),
                },
            )

        return self._preview(self.tr("Transitions report"), build)

    def preview_caseload(self) -> Operation:
        team = self._team()

        def build() -> RenderedDocument:
            with self.database.session() as session:
                report = lists.caseload_report(session, self.actor, team=team)
                meta = self._meta(session, "Caseload report")
            return RenderedDocument(
                render_caseload(report, meta),
                "caseload",
                "caseload.pdf",
                detail={"team": team, "cases": report.total},
                page_size=meta.page_size,
                language=meta.language,
            )

        return self._preview(self.tr("Caseload report"), build)

    def preview_planning(self) -> Operation:
        months, team = self.months.value(), self._team()

        def build() -> RenderedDocument:
            with self.database.session() as session:
                report = lists.planning_report(session, self.actor, months, team=team)
                meta = self._meta(session, "Planning report")
            return RenderedDocument(
                render_planning(report, meta),
                "planning",
                f"planning-{months}-months.pdf",
                detail={"months": months, "team": team},
                page_size=meta.page_size,
                language=meta.language,
            )

        return self._preview(self.tr("Planning report"), build)

    # --- batch -----------------------------------------------------------------------

    def choose_batch_target(self) -> Path | None:
        if self.combined.isChecked():
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the handover reports as"),
                "handover-reports.pdf",
                self.tr("PDF documents (*.pdf)"),
            )
            if path and not path.lower().endswith(".pdf"):
                path += ".pdf"
        else:
            path = QFileDialog.getExistingDirectory(
                self, self.tr("Folder for the handover reports")
            )
        return Path(path) if path else None

    def start_batch(self, target: Path | None = None) -> Operation | None:
        if self.operation is not None:
            return None
        if target is None or isinstance(target, bool):
            target = self.choose_batch_target()
        if target is None:
            return None
        within, team = self.batch_within.value(), self._team()
        recipient = Recipient(self.batch_recipient.currentData())
        combined = self.combined.isChecked()
        page_size = str(self.page_size.currentData())
        with self.database.session() as session:
            locale = report_data_meta.document_meta(
                session, self.actor, "", fallback_locale=QLocale().name()
            ).locale
        language = document_language()
        database, actor = self.database, self.actor
        progress: Progress | None = None

        def report(done: int, total: int) -> None:
            if progress is not None:
                progress.report(done, total)  # the helper's own dialog, if it shows one
            with self._progress_lock:
                self._progress_latest = (done, total)

        def work(worker_progress: Progress) -> BatchResult:
            nonlocal progress
            progress = worker_progress
            with database.session() as session:
                references = lists.handover_references(session, actor, within, team=team)
            report(0, len(references))
            try:
                return print_handovers(
                    database,
                    actor,
                    references,
                    target,
                    combined=combined,
                    overwrite=True,
                    recipient=recipient,
                    page_size=page_size,
                    locale=locale,
                    language=language,
                    progress=report,
                    cancelled=lambda: worker_progress.cancelled,
                )
            except BatchCancelled:
                raise OperationCancelled() from None

        self.progress.setRange(0, 0)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.cancel_button.setEnabled(True)
        self.batch_button.setEnabled(False)
        self.batch_status.setText(self.tr("Printing…"))
        self.operation = run_operation(
            self,
            work,
            on_success=self._batch_done,
            on_failure=self._batch_failed,
            on_cancel=self._batch_cancelled,
        )
        self._progress_timer.start()
        return self.operation

    def cancel_batch(self) -> None:
        if self.operation is not None:
            self.cancel_button.setEnabled(False)
            self.batch_status.setText(self.tr("Cancelling…"))
            self.operation.cancel()

    def _show_progress(self) -> None:
        with self._progress_lock:
            latest, self._progress_latest = self._progress_latest, None
        if latest is None:
            return
        done, total = latest
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))
        for listener in list(self.progress_listeners):
            listener(done, total)

    def _batch_ended(self) -> None:
        self._progress_timer.stop()
        self._progress_latest = None
        self.operation = None
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self.batch_button.setEnabled(True)

    def _batch_done(self, result: BatchResult) -> None:
        self._batch_ended()
        text = self.tr("%n handover report(s) printed.", "", len(result.printed))
        if result.skipped:
            text += " " + self.tr("%n case(s) skipped:", "", len(result.skipped)) + " "
            text += "; ".join(f"{ref} ({why})" for ref, why in list(result.skipped.items())[:10])
        if not result.printed and not result.skipped:
            text = self.tr("No transitions in this period: nothing to print.")
        self.batch_status.setText(text)
        self.batch_finished.emit(result)

    def _batch_failed(self, exc: BaseException) -> None:
        self._batch_ended()
        if isinstance(exc, HomewardError):
            self.batch_status.setText(error_text(exc))
        else:
            self.batch_status.setText(
                self.tr(
                    "Something unexpected went wrong; nothing was written. Details are in the log."
                )
            )
        self.batch_finished.emit(None)

    def _batch_cancelled(self) -> None:
        self._batch_ended()
        self.batch_status.setText(self.tr("Cancelled: no file was written."))
        self.batch_finished.emit(None)
