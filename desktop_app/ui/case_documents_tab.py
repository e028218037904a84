"""The Documents tab of a case: files kept on the case, previewed and printed in the app.

Files are added with a file dialog or by dropping them on the tab; the services
decide whether a file is a PDF, JPEG or PNG (by its content) and say why not.
A document is shown here — QtPdf for a PDF, the picture scaled for an image —
and never handed to another program to open. Viewing, printing and saving a
copy are each audited by the services.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage, QPainter, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services import clock, documents
from desktop_app.services.actor import Actor
from desktop_app.services.documents import DocumentInfo
from desktop_app.services.errors import HomewardError, ValidationError
from desktop_app.services.storage.database import Database
from desktop_app.ui import labels
from desktop_app.ui.messages import error_text, reasons_text
from desktop_app.ui.tables import Column, RowTableModel, selected_object, table_view
from desktop_app.ui.tones import set_tone

_CONTEXT = "CaseDocuments"

KIND_LABELS = {
    "decision": QT_TRANSLATE_NOOP("CaseDocuments", "Decision letter"),
    "permit": QT_TRANSLATE_NOOP("CaseDocuments", "Residence permit"),
    "lease": QT_TRANSLATE_NOOP("CaseDocuments", "Lease"),
    "consent": QT_TRANSLATE_NOOP("CaseDocuments", "Signed consent"),
    "certificate": QT_TRANSLATE_NOOP("CaseDocuments", "Certificate"),
    "identity_document": QT_TRANSLATE_NOOP("CaseDocuments", "Identity document"),
    "other": QT_TRANSLATE_NOOP("CaseDocuments", "Other"),
}
TYPE_LABELS = {"application/pdf": "PDF", "image/jpeg": "JPEG", "image/png": "PNG"}
FILE_FILTER = QT_TRANSLATE_NOOP("CaseDocuments", "Documents (*.pdf *.jpg *.jpeg *.png)")


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def kind_label(kind: str) -> str:
    text = KIND_LABELS.get(kind)
    return _t(text) if text else kind


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(size // 1024, 1)} KB"


# The columns of the documents list (tests and the tab refer to them by number).
COL_DATE, COL_KIND, COL_TITLE, COL_TYPE, COL_SIZE, COL_ADDED_BY = range(6)


def _title_tip(doc: DocumentInfo) -> str:
    tip = f"{doc.title}\n{doc.filename}"
    return tip + ("\n" + _t("Confidential") if doc.confidential else "")


def document_model(parent: QWidget | None = None) -> RowTableModel[DocumentInfo]:
    """The case's documents (plain values from the service), newest first."""
    return RowTableModel(
        [
            Column(
                _t("Date"),
                lambda d: labels.format_date(d.document_date or d.added_at.date()),
                sort_key=lambda d: d.document_date or d.added_at.date(),
            ),
            Column(_t("Kind"), lambda d: kind_label(d.kind)),
            Column(
                _t("Title"),
                lambda d: f"🔒 {d.title}" if d.confidential else d.title,
                tooltip=_title_tip,
            ),
            Column(_t("Type"), lambda d: TYPE_LABELS.get(d.content_type, d.content_type)),
            Column(_t("Size"), lambda d: size_text(d.size), sort_key=lambda d: d.size),
            Column(_t("Added by"), lambda d: d.added_by or ""),
        ],
        parent,
    )


class AddDocumentDialog(QDialog):
    """Title, kind, date and confidentiality of a file being added."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a document"))
        self.title = QLineEdit(path.stem)
        self.title.setObjectName("documentTitle")
        self.kind = QComboBox()
        self.kind.setObjectName("documentKind")
        for code in documents.KINDS:
            self.kind.addItem(kind_label(code), code)
        self.kind.setCurrentIndex(documents.KINDS.index("other"))
        self.has_date = QCheckBox(self.tr("Dated"))
        self.date = QDateEdit(labels.qdate(clock.today()))
        self.date.setObjectName("documentDate")
        self.date.setAccessibleName(self.tr("Date of the document"))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setEnabled(False)
        self.has_date.toggled.connect(self.date.setEnabled)
        self.confidential = QCheckBox(
            self.tr("Confidential (only those who may read confidential notes)")
        )
        self.confidential.setObjectName("documentConfidential")
        date_row = QHBoxLayout()
        date_row.addWidget(self.has_date)
        date_row.addWidget(self.date, 1)
        form = QFormLayout(self)
        form.addRow(self.tr("File:"), QLabel(path.name))
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Date of the document:"), date_row)
        form.addRow("", self.confidential)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, Any]:
        return {
            "title": self.title.text(),
            "kind": self.kind.currentData(),
            "document_date": labels.pydate(self.date.date()) if self.has_date.isChecked() else None,
            "confidential": self.confidential.isChecked(),
        }


def choose_printer(parent: QWidget) -> QPrinter | None:
    """The printer the user picks (replaced in tests)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None


def print_document(printer: QPrinter, content_type: str, data: QByteArray) -> None:
    """Every page of a PDF, or the picture, each fitted to the printed page."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(_t("The printer could not be started."))
    try:
        area = printer.pageLayout().paintRectPixels(printer.resolution())
        pages: list[QImage] = []
        if content_type == "application/pdf":
            buffer = QBuffer(data)
            buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            pdf = QPdfDocument()
            pdf.load(buffer)
            for number in range(pdf.pageCount()):
                points = pdf.pagePointSize(number)
                scale = min(area.width() / points.width(), area.height() / points.height())
                pages.append(
                    pdf.render(
                        number, QSize(int(points.width() * scale), int(points.height() * scale))
                    )
                )
        else:
            pages.append(QImage.fromData(data))
        for number, image in enumerate(pages):
            if number:
                printer.newPage()
            fitted = image.scaled(
                area.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            painter.drawImage(0, 0, fitted)
    finally:
        painter.end()


class DocumentPreview(QDialog):
    """One document shown inside Homeward: QtPdf for a PDF, a scaled picture for an image."""

    def __init__(
        self,
        database: Database,
        actor: Actor,
        info: DocumentInfo,
        data: QByteArray,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.info = info
        self.data = data
        self.setWindowTitle(f"{info.title} ({info.reference})")
        self.resize(760, 860)
        layout = QVBoxLayout(self)
        self.pdf: QPdfDocument | None = None
        self.buffer: QBuffer | None = None
        if info.content_type == "application/pdf":
            self.buffer = QBuffer(self.data, self)
            self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.pdf = QPdfDocument(self)
            self.pdf.load(self.buffer)
            view = QPdfView(self)
            view.setObjectName("pdfView")
            view.setPageMode(QPdfView.PageMode.MultiPage)
            view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            view.setDocument(self.pdf)
            layout.addWidget(view, 1)
        else:
            self.image = QLabel()
            self.image.setObjectName("imageView")
            self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
            pixmap = QPixmap()
            pixmap.loadFromData(self.data)
            self.image.setPixmap(
                pixmap.scaled(
                    QSize(720, 2000),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
                if pixmap.width() > 720
                else pixmap
            )
            area = QScrollArea()
            area.setWidget(self.image)
            area.setWidgetResizable(True)
            layout.addWidget(area, 1)
        self.message = QLabel()
        set_tone(self.message, "error")
        self.message.hide()
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        print_button = QPushButton(self.tr("Print…"))
        print_button.setObjectName("printDocument")
        print_button.clicked.connect(self.print)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons.addStretch(1)
        buttons.addWidget(print_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)

    def print(self) -> None:
        printer = choose_printer(self)
        if printer is None:
            return
        try:
            with self.database.session() as session:
                documents.record_printed(session, self.actor, self.info.reference, self.info.id)
            print_document(printer, self.info.content_type, self.data)
        except (HomewardError, OSError) as exc:
            self.message.setText(error_text(exc) if isinstance(exc, HomewardError) else str(exc))
            self.message.show()


class CaseDocumentsTab(QWidget):
    """The documents of one case, with add (dialog or drop), preview, print, save a copy."""

    changed = Signal()

    def __init__(
        self,
        database: Database,
        actor: Actor,
        reference: str,
        can_edit: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.reference = reference
        self.can_edit = can_edit
        self.setAcceptDrops(can_edit)
        self.model = document_model(self)
        self.view = table_view(
            self.model,
            "documentsTable",
            sortable=True,
            title=self.tr("Documents"),
            placeholder=self.tr("No documents yet."),
        )
        self.view.doubleClicked.connect(lambda _index: self.preview())
        self.hidden = QLabel()
        self.hidden.setObjectName("hiddenDocuments")
        self.hidden.hide()
        self.message = QLabel()
        self.message.setObjectName("documentsMessage")
        set_tone(self.message, "error")
        self.message.setWordWrap(True)
        self.message.hide()
        hint = QLabel(
            self.tr("PDF, JPEG or PNG up to 25 MB. Drop files here or choose them with Add….")
            if can_edit
            else self.tr("You may read these documents but not add any.")
        )
        hint.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.setObjectName("addDocument")
        self.add_button.setEnabled(can_edit)
        self.add_button.clicked.connect(self.choose_files)
        self.preview_button = QPushButton(self.tr("Show"))
        self.preview_button.setObjectName("showDocument")
        self.preview_button.clicked.connect(self.preview)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("printDocument")
        self.print_button.clicked.connect(self.print_selected)
        self.save_button = QPushButton(self.tr("Save a copy…"))
        self.save_button.setObjectName("saveDocument")
        self.save_button.clicked.connect(self.save_copy)
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.remove_button.setObjectName("removeDocument")
        self.remove_button.setEnabled(can_edit)
        self.remove_button.clicked.connect(self.remove)
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.preview_button,
            self.print_button,
            self.save_button,
            self.remove_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hidden)

    # --- reading --------------------------------------------------------------------

    def reload(self) -> None:
        with self.database.session() as session:
            found = documents.case_documents(session, self.actor, self.reference)
        self.model.set_rows(found.documents)
        if found.hidden_confidential:
            self.hidden.setText(
                labels.counted(
                    QCoreApplication.translate(
                        _CONTEXT,
                        "%n confidential document(s) not shown.",
                        "",
                        found.hidden_confidential,
                    ),
                    found.hidden_confidential,
                )
            )
            self.hidden.show()
        else:
            self.hidden.hide()

    def selected(self) -> DocumentInfo | None:
        chosen = selected_object(self.view)
        return chosen if isinstance(chosen, DocumentInfo) else None

    def _content(self, info: DocumentInfo, action: str) -> QByteArray | None:
        """The document's bytes for the preview or a print (read once, a piece at a time)."""
        data = QByteArray()
        try:
            with self.database.session() as session:
                _info, pieces = documents.open_for_viewing(
                    session, self.actor, self.reference, info.id, action=action
                )
                for piece in pieces:
                    data.append(piece)
        except HomewardError as exc:
            self._show(error_text(exc))
            return None
        return data

    def preview(self) -> DocumentPreview | None:
        info = self.selected()
        if info is None:
            return None
        data = self._content(info, documents.VIEWED)
        if data is None:
            return None
        dialog = DocumentPreview(self.database, self.actor, info, data, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def print_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        printer = choose_printer(self)
        if printer is None:
            return
        data = self._content(info, documents.PRINTED)
        if data is None:
            return
        try:
            print_document(printer, info.content_type, data)
        except OSError as exc:
            self._show(str(exc))

    def save_copy(self) -> None:
        info = self.selected()
        if info is None:
            return
        target, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy of the document"), info.filename, _t(FILE_FILTER)
        )
        if not target:
            return
        try:
            with self.database.session() as session:
                documents.save_copy(
                    session, self.actor, self.reference, info.id, Path(target), overwrite=True
                )
        except HomewardError as exc:
            self._show(error_text(exc))
        except OSError as exc:
            self._show(f"{exc.strerror or exc}: {target}")

    # --- changing ---------------------------------------------------------------------

    def choose_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Add documents to the case"), "", _t(FILE_FILTER)
        )
        for path in paths:
            self.add_file(Path(path))

    def add_file(self, path: Path) -> bool:
        """Ask for the document's details, then keep it; False when refused or cancelled."""
        dialog = AddDocumentDialog(path, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.add_with(path, dialog.values())

    def add_with(self, path: Path, values: dict[str, Any]) -> bool:
        try:
            with self.database.session() as session, path.open("rb") as stream:
                documents.add_document(
                    session, self.actor, self.reference, stream, path.name, **values
                )
        except ValidationError as exc:
            self._show(reasons_text(exc.errors, "; "))
            return False
        except HomewardError as exc:
            self._show(error_text(exc))
            return False
        except OSError as exc:
            self._show(f"{exc.strerror or exc}: {path}")
            return False
        self.message.hide()
        self.reload()
        self.changed.emit()
        return True

    def remove(self) -> None:
        info = self.selected()
        if info is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove the document"),
            self.tr("Remove '%1' from the case? It cannot be brought back.").replace(
                "%1", info.title
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self.database.session() as session:
                documents.remove_document(session, self.actor, self.reference, info.id)
        except HomewardError as exc:
            self._show(error_text(exc))
            return
        self.reload()
        self.changed.emit()

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    # --- drag and drop ------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.can_edit and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        event.acceptProposedAction()
        for path in paths:
            self.add_file(path)
