"""Print preview of a Homeward document: the PDF on screen, Print… and Save as PDF.

The document is drawn by `desktop_app.reports` from service data; this dialog
shows it with QtPdf, sends it to a printer page by page, or saves the file.
Every print and save is written to the audit log.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QLocale,
    QPoint,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QKeySequence, QPageSize, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.reports.base import write_pdf_atomically
from desktop_app.reports.case_documents import render_case_report
from desktop_app.services.actor import Actor
from desktop_app.services.errors import HomewardError
from desktop_app.services.report_data import case_documents, recipients
from desktop_app.services.report_data import meta as report_data_meta
from desktop_app.services.report_data.recipients import (
    PROFILE_SECTIONS,
    RECIPIENT_LABELS,
    SECTION_LABELS,
    Recipient,
    Section,
)
from desktop_app.services.storage.database import Database
from desktop_app.ui.language import document_language
from desktop_app.ui.messages import error_text

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("PrintPreview", text)


@dataclass
class RenderedDocument:
    """A drawn document and what the audit log should say when it is printed or saved."""

    data: bytes
    document: str  # case_summary / handover / transitions / caseload / planning
    file_name: str
    reference: str | None = None
    detail: dict[str, Any] = field(default_factory=dict)
    page_size: str = "A4"  # A4 / Letter: the paper the printer is set to first
    language: str = "en"  # the words of the document (the desktop's language)


@dataclass
class CaseDocumentOptions:
    recipient: Recipient = Recipient.INTERNAL
    sections: tuple[Section, ...] = tuple(Section)
    include_confidential: bool = False
    page_size: str = "A4"
    receiving: str = ""
    reason: str = ""
    consent_override_reason: str | None = None


Builder = Callable[[], RenderedDocument]


class PrintPreviewDialog(QDialog):
    """Shows a rendered document; `rebuild` redraws it (after the options changed)."""

    def __init__(
        self,
        database: Database,
        actor: Actor,
        build: Builder,
        parent: QWidget | None = None,
        *,
        options_panel: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self._build = build
        self.options_panel = options_panel
        self.rendered: RenderedDocument | None = None
        self.setWindowTitle(self.tr("Print preview"))
        # A page's width, and as tall as the screen allows (1,280 × 720 laptops included).
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        height = min(1000, screen.height() - 60) if screen is not None else 1000
        self.resize(QSize(900, max(480, height)))
        self._buffer: QBuffer | None = None
        self.pdf = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.pdf)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pages_label = QLabel(self)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.save_button = QPushButton(self.tr("Save as PDF…"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_document)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pages_label)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        if options_panel is not None:
            layout.addWidget(options_panel)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_document)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save_document)

    def rebuild(self) -> bool:
        """Draw the document again; a user error is shown and leaves the old preview."""
        try:
            rendered = self._build()
        except HomewardError as exc:
            QMessageBox.warning(self, self.tr("Print preview"), error_text(exc))
            return False
        self.show_document(rendered)
        return True

    def show_document(self, rendered: RenderedDocument) -> None:
        self.rendered = rendered
        self.pdf.close()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(rendered.data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf.load(self._buffer)
        self.pages_label.setText(self.tr("%n page(s)", "", self.pdf.pageCount()))

    # --- output -----------------------------------------------------------------

    def _audit(self, output: str) -> None:
        assert self.rendered is not None
        with self.database.session() as session:
            report_data_meta.record_printed(
                session,
                self.actor,
                self.rendered.document,
                output=output,
                reference=self.rendered.reference,
                detail=self.rendered.detail,
                language=self.rendered.language,
            )

    def save_document(self, path: str | None = None) -> Path | None:
        if self.rendered is None:
            return None
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save as PDF"),
                self.rendered.file_name,
                self.tr("PDF documents (*.pdf)"),
            )
        if not path:
            return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            # The save dialog asked before it returned an existing file's name.
            target = write_pdf_atomically(Path(path), self.rendered.data, overwrite=True)
            self._audit(str(target))
        except HomewardError as exc:
            QMessageBox.warning(self, self.tr("Save as PDF"), error_text(exc))
            return None
        return target

    def printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.rendered.file_name if self.rendered else "Homeward")
        letter = self.rendered is not None and self.rendered.page_size == "Letter"
        printer.setPageSize(
            QPageSize(QPageSize.PageSizeId.Letter if letter else QPageSize.PageSizeId.A4)
        )
        return printer

    def print_document(self, printer: QPrinter | None = None) -> bool:
        """Print through the system print dialog (or the printer given, e.g. by tests)."""
        if self.rendered is None:
            return False
        if printer is None or isinstance(printer, bool):
            printer = self.printer()
            dialog = QPrintDialog(printer, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        try:
            self.paint_pages(printer)
            self._audit(printer.outputFileName() or printer.printerName() or "printer")
        except HomewardError as exc:
            QMessageBox.warning(self, self.tr("Print"), error_text(exc))
            return False
        return True

    # Pages are rasterised for the printer; 300 dpi is sharp on paper, while a
    # "high resolution" printer's 1200 dpi would need over half a gigabyte per page.
    PRINT_DPI = 300

    def paint_pages(self, printer: QPrinter) -> None:
        """Each PDF page drawn as an image (at most 300 dpi), fitted to the printable area."""
        painter = QPainter()
        if not painter.begin(printer):
            raise HomewardError(tr("The printer could not be started."))
        try:
            target = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
            dpi = min(printer.resolution(), self.PRINT_DPI)
            first, last = printer.fromPage(), printer.toPage()
            pages = range(self.pdf.pageCount())
            if first and last:
                pages = range(first - 1, min(last, self.pdf.pageCount()))
            for n, index in enumerate(pages):
                if n:
                    printer.newPage()
                points = self.pdf.pagePointSize(index)
                size = QSize(int(points.width() / 72 * dpi), int(points.height() / 72 * dpi))
                image = self.pdf.render(index, size)
                fitted = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(QPoint(0, 0), fitted), image)
        finally:
            painter.end()


class CaseDocumentOptionsPanel(QWidget):
    """Recipient profile, sections, confidential notes and paper for a case document."""

    def __init__(
        self, handover: bool, can_see_confidential: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.handover = handover
        self.recipient = QComboBox(self)
        for recipient in Recipient:
            self.recipient.addItem(self.tr(RECIPIENT_LABELS[recipient]), recipient.value)
        self.page_size = QComboBox(self)
        self.page_size.addItem(self.tr("A4"), "A4")
        self.page_size.addItem(self.tr("Letter"), "Letter")
        self.confidential = QCheckBox(self.tr("Include confidential notes"), self)
        self.confidential.setEnabled(can_see_confidential)
        self.section_boxes: dict[Section, QCheckBox] = {}
        sections_row = QWidget(self)
        grid = QGridLayout(sections_row)
        grid.setContentsMargins(0, 0, 0, 0)
        for number, section in enumerate(Section):
            box = QCheckBox(self.tr(SECTION_LABELS[section]), sections_row)
            box.setChecked(True)
            self.section_boxes[section] = box
            grid.addWidget(box, number // 4, number % 4)
        self.receiving = QLineEdit(self)
        self.receiving.setPlaceholderText(self.tr("Receiving worker or service"))
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("Why the case is handed over"))
        self.refresh = QPushButton(self.tr("Update preview"), self)
        form = QFormLayout(self)
        form.addRow(self.tr("For:"), self.recipient)
        form.addRow(self.tr("Sections:"), sections_row)
        if handover:
            form.addRow(self.tr("Received by:"), self.receiving)
            form.addRow(self.tr("Reason:"), self.reason)
        row = QHBoxLayout()
        row.addWidget(self.confidential)
        row.addWidget(QLabel(self.tr("Paper:"), self))
        row.addWidget(self.page_size)
        row.addStretch(1)
        row.addWidget(self.refresh)
        form.addRow(row)
        self.recipient.currentIndexChanged.connect(self._profile_changed)
        self._profile_changed()

    def _profile_changed(self) -> None:
        recipient = Recipient(self.recipient.currentData())
        allowed = PROFILE_SECTIONS[recipient]
        for section, box in self.section_boxes.items():
            box.setEnabled(section in allowed)
        self.confidential.setVisible(recipient is Recipient.INTERNAL)

    def options(self) -> CaseDocumentOptions:
        recipient = Recipient(self.recipient.currentData())
        return CaseDocumentOptions(
            recipient=recipient,
            sections=tuple(
                s for s, box in self.section_boxes.items() if box.isChecked() and box.isEnabled()
            ),
            include_confidential=self.confidential.isChecked()
            and self.confidential.isEnabled()
            and recipient is Recipient.INTERNAL,
            page_size=str(self.page_size.currentData()),
            receiving=self.receiving.text(),
            reason=self.reason.text(),
        )


def ask_consent_override(
    parent: QWidget | None, reference: str, recipient: Recipient
) -> str | None:
    """No consent on record for an outside recipient: warn and ask for a reason (None: stop)."""
    reason, ok = QInputDialog.getText(
        parent,
        tr("No consent on record"),
        tr(
            "There is no consent on record to share the case %1 with: %2.\n"
            "Give the reason for printing it anyway (it is written to the audit log)."
        )
        .replace("%1", reference)
        .replace("%2", tr(RECIPIENT_LABELS[recipient]).lower()),
    )
    reason = reason.strip()
    return reason if ok and reason else None


def build_case_document(
    database: Database, actor: Actor, reference: str, handover: bool, options: CaseDocumentOptions
) -> RenderedDocument:
    with database.session() as session:
        if handover:
            report = case_documents.handover(
                session,
                actor,
                reference,
                recipient=options.recipient,
                receiving=options.receiving,
                reason=options.reason,
                sections=options.sections,
                include_confidential=options.include_confidential,
                consent_override_reason=options.consent_override_reason,
            )
        else:
            report = case_documents.case_summary(
                session,
                actor,
                reference,
                recipient=options.recipient,
                sections=options.sections,
                include_confidential=options.include_confidential,
                consent_override_reason=options.consent_override_reason,
            )
        meta = report_data_meta.document_meta(
            session,
            actor,
            "Handover report" if handover else "Case summary",
            page_size=options.page_size,
            fallback_locale=QLocale().name(),
            language=document_language(),
        )
    kind = "handover" if handover else "case_summary"
    return RenderedDocument(
        data=render_case_report(report, meta),
        document=kind,
        file_name=f"{kind.replace('_', '-')}-{reference}.pdf",
        reference=report.reference,
        detail=case_documents.case_report_audit_detail(report),
        page_size=options.page_size,
        language=meta.language,
    )


def case_document_dialog(
    parent: QWidget | None, database: Database, actor: Actor, reference: str, *, handover: bool
) -> PrintPreviewDialog | None:
    """The preview of one case document with its options; None (after a message) when refused."""
    with database.session() as session:
        try:
            from desktop_app.services.trust.permissions import access_to

            confidential = access_to(session, actor, reference).confidential
        except HomewardError as exc:
            QMessageBox.warning(parent, tr("Print"), error_text(exc))
            return None
    panel = CaseDocumentOptionsPanel(handover, confidential)
    state: dict[str, str | None] = {"override": None, "for": None}

    def build() -> RenderedDocument:
        options = panel.options()
        if options.recipient is not Recipient.INTERNAL:
            if state["for"] != options.recipient.value:
                state["override"] = None
            if state["override"] is None:
                with database.session() as session:
                    check = recipients.consent_check(session, actor, reference, options.recipient)
                if not check.ok:
                    reason = ask_consent_override(dialog, reference, options.recipient)
                    if reason is None:
                        raise HomewardError(
                            tr("Not printed: there is no consent on record for this recipient.")
                        )
                    state["override"], state["for"] = reason, options.recipient.value
            options.consent_override_reason = state["override"]
        return build_case_document(database, actor, reference, handover, options)

    dialog = PrintPreviewDialog(database, actor, build, parent, options_panel=panel)
    dialog.setWindowTitle(
        (tr("Handover report") if handover else tr("Case summary")) + f" — {reference}"
    )
    panel.refresh.clicked.connect(dialog.rebuild)
    if not dialog.rebuild():
        dialog.deleteLater()
        return None
    return dialog


def print_case_summary(
    parent: QWidget | None, database: Database, actor: Actor, reference: str
) -> None:
    """Ctrl+P on a case: the preview of its case summary."""
    dialog = case_document_dialog(parent, database, actor, reference, handover=False)
    if dialog is not None:
        dialog.exec()
        dialog.deleteLater()


def print_handover(
    parent: QWidget | None, database: Database, actor: Actor, reference: str
) -> None:
    dialog = case_document_dialog(parent, database, actor, reference, handover=True)
    if dialog is not None:
        dialog.exec()
        dialog.deleteLater()
