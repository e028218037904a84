"""Merging two cases of one person (team leads): compare them side by side, choose which is
kept, say why, confirm. The duplicate's reference stays an alias of the case kept.

Also the list of likely duplicates in the team lead's team, from which a pair is merged.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.actor import Actor
from desktop_app.services.cases import duplicates
from desktop_app.services.errors import ConflictError, HomewardError, ValidationError
from desktop_app.services.storage.database import Database
from desktop_app.services.team import merging
from desktop_app.ui import labels
from desktop_app.ui.case_person_tab import PersonForm
from desktop_app.ui.case_tab import error_palette
from desktop_app.ui.messages import error_text, reasons_text
from desktop_app.ui.record_dialog import confirm
from desktop_app.ui.tables import Column, RowTableModel, selected_object, table_view

# What a case holds, in the team lead's words (tables by name).
_HOLDS = (
    ("legal_decisions", QT_TRANSLATE_NOOP("MergeDialog", "Decisions")),
    ("placements", QT_TRANSLATE_NOOP("MergeDialog", "Placements")),
    ("age_assessments", QT_TRANSLATE_NOOP("MergeDialog", "Age assessments")),
    ("housing_offers", QT_TRANSLATE_NOOP("MergeDialog", "Housing offers")),
    ("course_enrolments", QT_TRANSLATE_NOOP("MergeDialog", "Language courses")),
    ("employment_support", QT_TRANSLATE_NOOP("MergeDialog", "Work and education")),
    ("worker_assignments", QT_TRANSLATE_NOOP("MergeDialog", "Assignments")),
    ("case_moves", QT_TRANSLATE_NOOP("MergeDialog", "School changes and transfers")),
    ("life_plan_goals", QT_TRANSLATE_NOOP("MergeDialog", "Goals")),
    ("notes", QT_TRANSLATE_NOOP("MergeDialog", "Notes")),
    ("tasks", QT_TRANSLATE_NOOP("MergeDialog", "Tasks")),
    ("contacts", QT_TRANSLATE_NOOP("MergeDialog", "Contacts")),
    ("consent_records", QT_TRANSLATE_NOOP("MergeDialog", "Consents")),
    ("belonging_checkins", QT_TRANSLATE_NOOP("MergeDialog", "Check-ins")),
    ("community_activities", QT_TRANSLATE_NOOP("MergeDialog", "Activities")),
    ("transitions", QT_TRANSLATE_NOOP("MergeDialog", "Transitions")),
    ("documents", QT_TRANSLATE_NOOP("MergeDialog", "Documents")),
    ("appointments", QT_TRANSLATE_NOOP("MergeDialog", "Appointments")),
)


class MergeDialog(QDialog):
    """Two cases of one person: compare, then merge the duplicate into the case kept."""

    def __init__(
        self,
        database: Database,
        actor: Actor,
        keep: str = "",
        other: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge two cases of one person"))
        self._database = database
        self._actor = actor
        self.preview: merging.MergePreview | None = None
        self.merged_into: str | None = None
        self.keep = QLineEdit(keep)
        self.keep.setObjectName("mergeKeep")
        self.other = QLineEdit(other)
        self.other.setObjectName("mergeOther")
        self.compare_button = QPushButton(self.tr("Compare"))
        self.compare_button.setObjectName("mergeCompare")
        self.compare_button.clicked.connect(self.compare)
        swap = QPushButton(self.tr("Swap"))
        swap.setObjectName("mergeSwap")
        swap.setToolTip(self.tr("Keep the other case instead"))
        swap.clicked.connect(self.swap)
        form = QFormLayout()
        form.addRow(self.tr("Keep the case"), self.keep)
        form.addRow(self.tr("Merge into it the case"), self.other)
        buttons_row = QHBoxLayout()
        buttons_row.addStretch(1)
        buttons_row.addWidget(swap)
        buttons_row.addWidget(self.compare_button)
        self.table = QTreeWidget()
        self.table.setObjectName("mergeComparison")
        self.table.setAccessibleName(self.tr("The two cases side by side"))
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels(["", self.tr("Kept"), self.tr("Merged into it")])
        self.table.setMinimumHeight(240)
        self.outcome = QLabel()
        self.outcome.setObjectName("mergeOutcome")
        self.outcome.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("mergeReason")
        self.reason.setAccessibleName(self.tr("Reason for the merge"))
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(70)
        self.reason.setPlaceholderText(
            self.tr("Why are they one person? For example: the same passport number")
        )
        self.message = QLabel()
        self.message.setObjectName("mergeMessage")
        self.message.setPalette(error_palette(self.message))
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton(
            self.tr("Merge…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self.merge)
        self.buttons.rejected.connect(self.reject)
        self.keep.textChanged.connect(self._forget)
        self.other.textChanged.connect(self._forget)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Everything the second case holds moves onto the case kept, and what was "
                "recorded on both is kept once. The second reference stays a name of the case "
                "kept: search, opening and import still find it."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(buttons_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.outcome)
        layout.addWidget(QLabel(self.tr("Why are they one person?")))
        layout.addWidget(self.reason)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(720, 620)
        if keep and other:
            self.compare()

    def _forget(self) -> None:
        self.preview = None
        self.merge_button.setEnabled(False)

    def swap(self) -> None:
        keep, other = self.keep.text(), self.other.text()
        self.keep.setText(other)
        self.other.setText(keep)
        if keep and other:
            self.compare()

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def compare(self) -> bool:
        """Read both cases again and show them side by side."""
        self._forget()
        self.table.clear()
        self.outcome.clear()
        try:
            with self._database.session() as session:
                preview = merging.merge_preview(
                    session, self._actor, self.keep.text().strip(), self.other.text().strip()
                )
        except ValidationError as exc:
            self._show(reasons_text(exc.errors, " "))
            return False
        except HomewardError as exc:
            self._show(error_text(exc))
            return False
        self._show("")
        self.preview = preview
        keep, other = preview.keep, preview.other
        rows = [
            (self.tr("Reference"), keep.reference, other.reference),
            (self.tr("Name"), keep.name, other.name),
            (
                self.tr("Date of birth"),
                labels.format_date(keep.date_of_birth),
                labels.format_date(other.date_of_birth),
            ),
            (self.tr("Nationality"), keep.nationality or "", other.nationality or ""),
            (
                self.tr("Case"),
                labels.label(labels.STATUSES, keep.status),
                labels.label(labels.STATUSES, other.status),
            ),
            (self.tr("Primary worker"), keep.primary_worker or "", other.primary_worker or ""),
        ]
        for table, text in _HOLDS:
            if table in keep.holds or table in other.holds:
                rows.append(
                    (
                        self.tr(text),
                        str(keep.holds.get(table, 0)),
                        str(other.holds.get(table, 0)),
                    )
                )
        for row in rows:
            self.table.addTopLevelItem(QTreeWidgetItem(list(row)))
        for column in range(3):
            self.table.resizeColumnToContents(column)
        form = PersonForm(self)
        names = {name: text for name, text, _kind, _choices in form.field_specs()}
        form.deleteLater()
        parts = []
        if preview.fills:
            parts.append(
                self.tr("Filled in from the second case: %1.").replace(
                    "%1", ", ".join(names.get(f, f) for f in preview.fills)
                )
            )
        if preview.differences:
            parts.append(
                self.tr("Recorded differently, the case kept's stays: %1.").replace(
                    "%1", ", ".join(names.get(f, f) for f in preview.differences)
                )
            )
        self.outcome.setText(" ".join(parts))
        self.merge_button.setEnabled(True)
        return True

    def merge(self) -> bool:
        """Merge after a confirmation; True when merged."""
        preview = self.preview
        if preview is None:
            return False
        question = (
            self.tr("Merge %1 (%2) into %3 (%4)? This cannot be undone: %1 then names %3.")
            .replace("%1", preview.other.reference)
            .replace("%2", preview.other.name)
            .replace("%3", preview.keep.reference)
            .replace("%4", preview.keep.name)
        )
        if not confirm(self, self.tr("Merge two cases"), question):
            return False
        try:
            with self._database.session() as session:
                kept = merging.merge_cases(
                    session,
                    self._actor,
                    preview.keep.reference,
                    preview.keep.version,
                    preview.other.reference,
                    preview.other.version,
                    reason=self.reason.toPlainText(),
                )
                self.merged_into = kept.reference
        except ConflictError as exc:
            self.compare()
            self._show(error_text(exc))
            return False
        except ValidationError as exc:
            self._show(reasons_text(exc.errors, " "))
            return False
        except HomewardError as exc:
            self._show(error_text(exc))
            return False
        self.accept()
        return True


class DuplicatesDialog(QDialog):
    """Likely duplicates among the team lead's cases; a pair is merged from here."""

    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesDialog")
        self.setWindowTitle(self.tr("Likely duplicates"))
        self._database = database
        self._actor = actor
        self.merged: list[str] = []
        self.model: RowTableModel[duplicates.DuplicatePair] = RowTableModel(
            [
                Column(self.tr("Case"), lambda p: p.first),
                Column(self.tr("Name"), lambda p: p.first_name),
                Column(self.tr("Born"), lambda p: labels.format_date(p.date_of_birth)),
                Column(self.tr("Case"), lambda p: p.second),
                Column(self.tr("Name"), lambda p: p.second_name),
                Column(self.tr("Born"), lambda p: labels.format_date(p.other_date_of_birth)),
            ],
            self,
        )
        self.view = table_view(
            self.model,
            "duplicatePairs",
            sortable=True,
            title=self.tr("Likely duplicates"),
            placeholder=self.tr("No likely duplicates in your team."),
        )
        self.view.doubleClicked.connect(lambda _index: self.merge_chosen())
        intro = QLabel(
            self.tr(
                "Cases of your team with similar names, the same birth year and no different "
                "nationality. Choose a pair to compare and merge it."
            )
        )
        intro.setWordWrap(True)
        merge = QPushButton(self.tr("Compare and merge…"))
        merge.setObjectName("mergePair")
        merge.clicked.connect(self.merge_chosen)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(merge)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        self.resize(760, 420)
        self.reload()

    def reload(self) -> None:
        with self._database.session() as session:
            self.model.set_rows(duplicates.duplicate_pairs(session, self._actor))

    def merge_chosen(self) -> None:
        pair = selected_object(self.view)
        if pair is None:
            return
        dialog = MergeDialog(self._database, self._actor, pair.first, pair.second, self)
        if dialog.exec() and dialog.merged_into:
            self.merged.append(pair.second if dialog.merged_into == pair.first else pair.first)
            self.reload()
