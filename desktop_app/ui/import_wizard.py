"""The caseload import as a wizard: file, columns, preview with errors per cell, import, report.

The checks and the writes are the importer service's (the same as
`homeward import cases`); the wizard only chooses the file and the column
mapping, shows the dry run, and runs the import on the background worker.
"""

from __future__ import annotations

from pathlib import Path
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
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop_app.services.actor import Actor, Role
from desktop_app.services.errors import HomewardError
from desktop_app.services.exchange import (
    import_columns,
    import_file,
    import_report,
    import_sheets,
    importer,
)
from desktop_app.services.storage.database import Database
from desktop_app.ui import labels
from desktop_app.ui.messages import error_text, message_text, report_text
from desktop_app.ui.operations import Operation, OperationCancelled, Progress, run_operation
from desktop_app.ui.preferences import ui_settings
from desktop_app.ui.tones import set_tone

CONTEXT = "ImportWizard"

# The import columns as the user reads them (translated through the Linguist context).
# QT_TRANSLATE_NOOP marks the texts for Linguist and returns them unchanged (typed as object).
FIELD_TITLES: dict[str, Any] = {
    "reference": QT_TRANSLATE_NOOP("ImportWizard", "Reference"),
    "given_name": QT_TRANSLATE_NOOP("ImportWizard", "Given name"),
    "family_name": QT_TRANSLATE_NOOP("ImportWizard", "Family name"),
    "date_of_birth": QT_TRANSLATE_NOOP("ImportWizard", "Date of birth"),
    "dob_precision": QT_TRANSLATE_NOOP("ImportWizard", "Date of birth precision"),
    "sex": QT_TRANSLATE_NOOP("ImportWizard", "Sex"),
    "nationality": QT_TRANSLATE_NOOP("ImportWizard", "Nationality"),
    "languages": QT_TRANSLATE_NOOP("ImportWizard", "Languages"),
    "interpreter_language": QT_TRANSLATE_NOOP("ImportWizard", "Interpreter language"),
    "unaccompanied": QT_TRANSLATE_NOOP("ImportWizard", "Unaccompanied"),
    "arrival_date": QT_TRANSLATE_NOOP("ImportWizard", "Arrival date"),
    "status_decision": QT_TRANSLATE_NOOP("ImportWizard", "Status decision"),
    "decision_date": QT_TRANSLATE_NOOP("ImportWizard", "Decision date"),
    "permit_expiry": QT_TRANSLATE_NOOP("ImportWizard", "Permit expiry"),
    "placement_type": QT_TRANSLATE_NOOP("ImportWizard", "Placement type"),
    "placement_municipality": QT_TRANSLATE_NOOP("ImportWizard", "Placement municipality"),
    "placement_end": QT_TRANSLATE_NOOP("ImportWizard", "Placement end"),
    "in_aftercare": QT_TRANSLATE_NOOP("ImportWizard", "In after-care"),
    "primary_worker": QT_TRANSLATE_NOOP("ImportWizard", "Primary worker"),
    "team": QT_TRANSLATE_NOOP("ImportWizard", "Team"),
    "family_reunification_members": QT_TRANSLATE_NOOP(
        "ImportWizard", "Family reunification members"
    ),
}
STATUS_TITLES: dict[str, Any] = {
    import_report.CREATED: QT_TRANSLATE_NOOP("ImportWizard", "New case"),
    import_report.UPDATED: QT_TRANSLATE_NOOP("ImportWizard", "Update"),
    import_report.UNCHANGED: QT_TRANSLATE_NOOP("ImportWizard", "Unchanged"),
    import_report.REJECTED: QT_TRANSLATE_NOOP("ImportWizard", "Rejected"),
}
# A row of another sheet is a new course, enrolment, contact or consent, not a new case.
SHEET_CREATED = QT_TRANSLATE_NOOP("ImportWizard", "New")
# The workbook's other sheets, by kind.
SHEET_TITLES: dict[str, Any] = {
    "courses": QT_TRANSLATE_NOOP("ImportWizard", "Language courses"),
    "enrolments": QT_TRANSLATE_NOOP("ImportWizard", "Enrolments in language courses"),
    "contacts": QT_TRANSLATE_NOOP("ImportWizard", "Contacts"),
    "consents": QT_TRANSLATE_NOOP("ImportWizard", "Consents"),
}
ERROR_BACKGROUND = QColor("#f8d7da")
REJECTED_FOREGROUND = QColor("#8a1c25")

_MAPPING_KEY = "import/columns/"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def field_title(name: str) -> str:
    return _tr(FIELD_TITLES[name])


def sheet_summary(report: import_report.ImportReport) -> str:
    """ "Courses: 2 new, 0 updated, 0 unchanged, 1 rejected." for one of the other sheets."""
    text = _tr("%1: %2 new, %3 updated, %4 unchanged, %5 rejected.").replace(
        "%1", report.sheet or _tr(SHEET_TITLES.get(report.kind, report.kind))
    )
    for number, value in enumerate(
        (report.created, report.updated, report.unchanged, report.rejected), start=2
    ):
        text = text.replace(f"%{number}", str(value))
    return text


# --- remembered column mapping ----------------------------------------------------


def remembered_mapping(headers: list[str]) -> dict[int, str | None]:
    """The user's earlier choice for each header where there is one, else the name match."""
    settings = ui_settings()
    guessed = import_columns.guess_mapping(headers)
    chosen: dict[int, str | None] = {}
    taken: set[str] = set()
    for index, header in enumerate(headers):
        key = _MAPPING_KEY + import_columns.normalise_header(header)
        name: str | None
        if header.strip() and settings.contains(key):
            stored = str(settings.value(key) or "")
            name = stored if stored in import_columns.FIELDS else None
        else:
            name = guessed.get(index)
        if name is not None and name in taken:
            name = None
        if name is not None:
            taken.add(name)
        chosen[index] = name
    return chosen


def remember_mapping(headers: list[str], mapping: dict[int, str | None]) -> None:
    settings = ui_settings()
    for index, header in enumerate(headers):
        if header.strip():
            settings.setValue(
                _MAPPING_KEY + import_columns.normalise_header(header), mapping.get(index) or ""
            )
    settings.sync()


# --- the preview model ----------------------------------------------------------------


class ImportPreviewModel(QAbstractTableModel):
    """The file's rows as they would be imported; rejected cells coloured, reasons as tooltips."""

    COL_ROW = 0
    COL_RESULT = 1
    FIRST_FILE_COLUMN = 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._table: import_file.SpreadsheetTable | None = None
        self._kind = "cases"
        self._outcomes: dict[int, import_report.RowOutcome] = {}
        self._cell_problems: dict[tuple[int, int], list[str]] = {}

    def set_preview(
        self,
        table: import_file.SpreadsheetTable,
        mapping: dict[int, str | None],
        report: import_report.ImportReport,
    ) -> None:
        self.beginResetModel()
        self._table = table
        self._kind = report.kind
        self._outcomes = {o.index: o for o in report.outcomes}
        column_of = {name: index for index, name in mapping.items() if name is not None}
        self._cell_problems = {}
        for outcome in report.outcomes:
            for problem in outcome.problems:
                column = column_of.get(problem.field)
                if column is not None:
                    self._cell_problems.setdefault((outcome.index, column), []).append(
                        message_text(problem.reason)
                    )
        self.endResetModel()

    def problems_at(self, row: int, file_column: int) -> list[str]:
        return list(self._cell_problems.get((row, file_column), []))

    def outcome(self, row: int) -> import_report.RowOutcome | None:
        return self._outcomes.get(row)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._table is None:
            return 0
        return len(self._table.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._table is None:
            return 0
        return self.FIRST_FILE_COLUMN + len(self._table.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if self._table is None:
            return None
        if section == self.COL_ROW:
            return _tr("Row")
        if section == self.COL_RESULT:
            return _tr("Result")
        index = section - self.FIRST_FILE_COLUMN
        if 0 <= index < len(self._table.headers):
            return self._table.headers[index] or import_file.column_letter(index)
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or self._table is None:
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._table.rows)):
            return None
        outcome = self._outcomes.get(row)
        if column == self.COL_ROW:
            if role == Qt.ItemDataRole.DisplayRole:
                return str(self._table.row_numbers[row])
            return None
        if column == self.COL_RESULT:
            if outcome is None:
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                if outcome.status == import_report.CREATED and self._kind != "cases":
                    return _tr(SHEET_CREATED)
                return _tr(STATUS_TITLES[outcome.status])
            if role == Qt.ItemDataRole.ToolTipRole and outcome.problems:
                return "\n".join(f"{p.column}: {message_text(p.reason)}" for p in outcome.problems)
            if role == Qt.ItemDataRole.ForegroundRole and outcome.status == import_report.REJECTED:
                return QBrush(REJECTED_FOREGROUND)
            return None
        file_column = column - self.FIRST_FILE_COLUMN
        problems = self._cell_problems.get((row, file_column))
        if role == Qt.ItemDataRole.DisplayRole:
            return self._table.cell(row, file_column)
        if role == Qt.ItemDataRole.ToolTipRole and problems:
            return "\n".join(problems)
        if role == Qt.ItemDataRole.BackgroundRole and problems:
            return QBrush(ERROR_BACKGROUND)
        return None


# --- pages -------------------------------------------------------------------------------


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Choose the spreadsheet"))
        self.setSubTitle(
            self.tr(
                "A CSV or XLSX file with a header row. Rows are numbered as in the "
                "spreadsheet: the header is row 1, the first case is row 2. A workbook's "
                "sheets of language courses, enrolments, contacts and consents come along."
            )
        )
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("importPath")
        self.path_edit.setAccessibleName(self.tr("File to import"))
        self.path_edit.setPlaceholderText(self.tr("Path of a .csv or .xlsx file"))
        self.path_edit.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.team_combo = QComboBox()
        self.message = QLabel()
        self.message.setWordWrap(True)
        set_tone(self.message, "error")
        form = QFormLayout(self)
        form.addRow(self.tr("File:"), row)
        form.addRow(self.tr("Team for rows without one:"), self.team_combo)
        form.addRow(self.message)

    def set_teams(self, names: list[str], *, allow_none: bool) -> None:
        self.team_combo.clear()
        if allow_none:
            self.team_combo.addItem(self.tr("No team (coordinators only)"), "")
        for name in names:
            self.team_combo.addItem(name, name)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a caseload"),
            self.path_edit.text(),
            self.tr("Spreadsheets (*.csv *.xlsx);;All files (*)"),
        )
        if path:
            self.path_edit.setText(path)

    def isComplete(self) -> bool:
        return bool(self.path_edit.text().strip())

    def validatePage(self) -> bool:
        path = Path(self.path_edit.text().strip())
        try:
            table = import_file.read_table(path)
            sheets = import_sheets.workbook_sheets(path)
        except HomewardError as exc:
            self.message.setText(error_text(exc))
            return False
        self.message.clear()
        self._wizard.table = table
        self._wizard.sheets = sheets
        self._wizard.default_team = self.team_combo.currentData() or None
        return True


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(
            self.tr(
                "Each column of the file and the Homeward field it fills. Columns are matched "
                "by name; your choices are remembered for the next import."
            )
        )
        self.combos: list[QComboBox] = []
        self._form_host = QWidget()
        self._form = QFormLayout(self._form_host)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._form_host)
        self.message = QLabel()
        self.message.setWordWrap(True)
        set_tone(self.message, "error")
        self.sheets_box = QGroupBox(
            self.tr("The workbook's other sheets, imported after the cases")
        )
        self.sheets_box.setObjectName("otherSheets")
        self._sheets_layout = QVBoxLayout(self.sheets_box)
        self.sheet_boxes: list[tuple[QCheckBox, import_sheets.Sheet]] = []
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.sheets_box)
        layout.addWidget(self.message)

    def _list_sheets(self) -> None:
        for box, _sheet in self.sheet_boxes:
            self._sheets_layout.removeWidget(box)
            box.deleteLater()
        self.sheet_boxes = []
        for sheet in self._wizard.sheets:
            rows = len(sheet.table.rows)
            text = (
                labels.counted(self.tr("%1: %2, %n row(s)", "", rows), rows)
                .replace("%1", sheet.title)
                .replace("%2", _tr(SHEET_TITLES[sheet.kind.name]))
            )
            box = QCheckBox(text)
            box.setObjectName(f"sheet_{sheet.kind.name}")
            box.setChecked(True)
            self._sheets_layout.addWidget(box)
            self.sheet_boxes.append((box, sheet))
        self.sheets_box.setVisible(bool(self.sheet_boxes))

    def chosen_sheets(self) -> list[import_sheets.Sheet]:
        return [sheet for box, sheet in self.sheet_boxes if box.isChecked()]

    def initializePage(self) -> None:
        table = self._wizard.table
        assert table is not None
        self._list_sheets()
        while self._form.rowCount():
            self._form.removeRow(0)
        self.combos = []
        mapping = remembered_mapping(table.headers)
        for index, header in enumerate(table.headers):
            combo = QComboBox()
            combo.addItem(self.tr("Not imported"), "")
            for name in import_columns.FIELDS:
                combo.addItem(field_title(name), name)
            chosen = mapping.get(index)
            combo.setCurrentIndex(combo.findData(chosen or ""))
            label = header or self.tr("(column %1)").replace("%1", import_file.column_letter(index))
            self._form.addRow(label, combo)
            self.combos.append(combo)
        self.message.clear()

    def mapping(self) -> dict[int, str | None]:
        return {i: (combo.currentData() or None) for i, combo in enumerate(self.combos)}

    def validatePage(self) -> bool:
        table = self._wizard.table
        assert table is not None
        mapping = self.mapping()
        chosen = self.chosen_sheets()
        try:
            import_columns.plan_columns(table.headers, mapping)
            # Each other sheet's columns are matched by name; one without its required
            # columns stops here, before anything is checked.
            for sheet in chosen:
                import_sheets.plan_columns(sheet.kind, sheet.table.headers)
        except HomewardError as exc:
            self.message.setText(error_text(exc))
            return False
        remember_mapping(table.headers, mapping)
        self._wizard.mapping = mapping
        self._wizard.chosen_sheets = chosen
        return True


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Check before importing"))
        self.setSubTitle(
            self.tr(
                "Rejected rows are not imported; the cells at fault are coloured and say why "
                "when you point at them."
            )
        )
        self.model = ImportPreviewModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.verticalHeader().setVisible(False)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.sheet_choice = QComboBox()
        self.sheet_choice.setObjectName("previewSheet")
        self.sheet_choice.setAccessibleName(self.tr("Sheet shown"))
        self.sheet_choice.currentIndexChanged.connect(lambda _i: self._show_sheet())
        self.all_or_nothing = QCheckBox(self.tr("Import nothing if any row is rejected"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.sheet_choice)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.all_or_nothing)
        self.report: import_report.ImportReport | None = None
        self.operation: Operation | None = None

    def initializePage(self) -> None:
        self.report = None
        self.summary.setText(self.tr("Checking every row…"))
        self.completeChanged.emit()
        table, mapping = self._wizard.table, self._wizard.mapping
        assert table is not None
        database, actor, team = self._wizard.database, self._wizard.actor, self._wizard.default_team
        sheets = list(self._wizard.chosen_sheets)
        self.sheet_choice.blockSignals(True)
        self.sheet_choice.clear()
        self.sheet_choice.addItem(self.tr("Cases"), None)
        for sheet in sheets:
            self.sheet_choice.addItem(
                f"{sheet.title} ({_tr(SHEET_TITLES[sheet.kind.name])})", sheet.kind.name
            )
        self.sheet_choice.blockSignals(False)
        self.sheet_choice.setVisible(bool(sheets))

        def check(progress: Progress) -> import_report.ImportReport:
            with database.session() as session:
                return importer.import_cases(
                    session,
                    actor,
                    table,
                    mapping=mapping,
                    default_team=team,
                    dry_run=True,
                    progress=progress.report,
                    sheets=sheets,
                )

        self.operation = run_operation(
            self, check, on_success=self._checked, on_failure=self._failed
        )

    def _checked(self, report: import_report.ImportReport) -> None:
        table = self._wizard.table
        assert table is not None
        self.report = report
        self.sheet_choice.setCurrentIndex(0)
        self._show_sheet()
        text = self.tr(
            "%1 new, %2 to update, %3 unchanged, %4 rejected. Nothing has been written yet."
        )
        for number, value in enumerate(
            (report.created, report.updated, report.unchanged, report.rejected), start=1
        ):
            text = text.replace(f"%{number}", str(value))
        if report.unknown_columns:
            text += " " + self.tr("Columns not imported: %1.").replace(
                "%1", ", ".join(report.unknown_columns)
            )
        for sheet in report.sheets:
            text += " " + sheet_summary(sheet)
        self.summary.setText(text)
        self.completeChanged.emit()

    def _show_sheet(self) -> None:
        """The cases, or one of the other sheets, with the faulty cells marked."""
        report, table = self.report, self._wizard.table
        if report is None or table is None:
            return
        kind = self.sheet_choice.currentData()
        if kind is None:
            self.model.set_preview(table, self._wizard.mapping, report)
        else:
            shown = next(r for r in report.sheets if r.kind == kind)
            sheet = next(s for s in self._wizard.chosen_sheets if s.kind.name == kind)
            mapping = import_sheets.guess_mapping(sheet.kind, sheet.table.headers)
            self.model.set_preview(sheet.table, mapping, shown)
        self.view.resizeColumnsToContents()

    def _failed(self, exc: BaseException) -> None:
        self.summary.setText(
            error_text(exc) if isinstance(exc, HomewardError) else self.tr("The check failed.")
        )

    def isComplete(self) -> bool:
        return self.report is not None

    def validatePage(self) -> bool:
        self._wizard.all_or_nothing = self.all_or_nothing.isChecked()
        return True


class ResultPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Import"))
        self.progress_bar = QProgressBar()
        self.cancel_button = QPushButton(self.tr("Cancel import"))
        self.cancel_button.clicked.connect(self._cancel)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.report_view = QPlainTextEdit()
        self.report_view.setReadOnly(True)
        self.save_button = QPushButton(self.tr("Save report…"))
        self.save_button.clicked.connect(self.save_report)
        self.save_button.setEnabled(False)
        bar = QHBoxLayout()
        bar.addWidget(self.progress_bar, 1)
        bar.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(self.report_view, 1)
        layout.addWidget(self.save_button)
        self.finished = False
        self.report: import_report.ImportReport | None = None
        self.operation: Operation | None = None

    def initializePage(self) -> None:
        self.finished = False
        self.report = None
        self.report_view.clear()
        self.save_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.status.setText(self.tr("Importing…"))
        table = self._wizard.table
        assert table is not None
        self.progress_bar.setRange(0, max(len(table.rows), 1))
        self.progress_bar.setValue(0)
        database, actor = self._wizard.database, self._wizard.actor
        mapping, team = self._wizard.mapping, self._wizard.default_team
        all_or_nothing = self._wizard.all_or_nothing
        sheets = list(self._wizard.chosen_sheets)

        def work(progress: Progress) -> import_report.ImportReport:
            try:
                with database.session() as session:
                    return importer.import_cases(
                        session,
                        actor,
                        table,
                        mapping=mapping,
                        default_team=team,
                        all_or_nothing=all_or_nothing,
                        progress=progress.report,
                        cancelled=lambda: progress.cancelled,
                        sheets=sheets,
                    )
            except importer.ImportCancelled:
                raise OperationCancelled() from None

        self.operation = run_operation(
            self, work, on_success=self._done, on_failure=self._failed, on_cancel=self._cancelled
        )
        self.operation.signals.progress.connect(self._progressed)
        self.completeChanged.emit()

    def _progressed(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)

    def _cancel(self) -> None:
        if self.operation is not None and not self.operation.done:
            self.operation.cancel()

    def _finish(self, status: str) -> None:
        self.finished = True
        self.cancel_button.setEnabled(False)
        self.status.setText(status)
        self.completeChanged.emit()
        self._wizard.import_finished.emit()

    def _done(self, report: import_report.ImportReport) -> None:
        self.report = report
        self.progress_bar.setValue(self.progress_bar.maximum())
        self.report_view.setPlainText(report_text(report))
        self.save_button.setEnabled(True)
        if report.blocked:
            status = self.tr("Nothing was imported: some rows were rejected.")
        else:
            status = self.tr("%1 new, %2 updated, %3 unchanged, %4 rejected.")
            for number, value in enumerate(
                (report.created, report.updated, report.unchanged, report.rejected), start=1
            ):
                status = status.replace(f"%{number}", str(value))
            for sheet in report.sheets:
                status += " " + sheet_summary(sheet)
        self._finish(status)

    def _failed(self, exc: BaseException) -> None:
        message = (
            error_text(exc)
            if isinstance(exc, HomewardError)
            else self.tr(
                "Something unexpected went wrong. Nothing was imported. The details are in the log."
            )
        )
        self.report_view.setPlainText(message)
        self._finish(self.tr("The import failed; nothing was imported."))

    def _cancelled(self) -> None:
        self._finish(self.tr("The import was cancelled; nothing was imported."))

    def isComplete(self) -> bool:
        return self.finished

    def save_report(self) -> None:
        if self.report is None:
            return
        source = Path(self.report.source or "import").stem
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the import report"),
            f"{source}-import-report.txt",
            self.tr("Text files (*.txt)"),
        )
        if not path:
            return
        try:
            Path(path).write_text(report_text(self.report), encoding="utf-8")
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Save report"),
                self.tr("The report could not be saved: %1").replace(
                    "%1", exc.strerror or error_text(exc)
                ),
            )


class ImportWizard(QWizard):
    """Import a spreadsheet caseload: file, columns, preview, import, report."""

    import_finished = Signal()

    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.table: import_file.SpreadsheetTable | None = None
        # The workbook's other sheets, and those the user kept ticked.
        self.sheets: list[import_sheets.Sheet] = []
        self.chosen_sheets: list[import_sheets.Sheet] = []
        self.mapping: dict[int, str | None] = {}
        self.default_team: str | None = None
        self.all_or_nothing = False
        self.setWindowTitle(self.tr("Import a caseload"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.result_page = ResultPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page, self.result_page):
            self.addPage(page)
        self.resize(900, 620)
        with database.session() as session:
            teams = importer.import_team_names(session, actor)
        self.file_page.set_teams(teams, allow_none=actor.role is Role.COORDINATOR)

    def reject(self) -> None:
        # Closing while the import runs would leave it half-watched: cancel it first.
        running = self.result_page.operation
        if running is not None and not running.done:
            running.cancel()
            return
        super().reject()
