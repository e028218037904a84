"""A case's Notes and tasks tab: dated notes (confidential ones marked) and follow-up tasks;
double-click a task to mark it done or open again."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services import clock
from desktop_app.services.cases import notes_and_tasks
from desktop_app.ui import labels
from desktop_app.ui.case_tab import CaseTab, RecordPage, date_edit, error_label
from desktop_app.ui.icons import icon
from desktop_app.ui.tables import OBJECT_ROLE, Column, RowTableModel, table_view


class CaseNotesTab(CaseTab):
    def __init__(self, page: RecordPage, parent: QWidget | None = None) -> None:
        super().__init__(page, parent)
        d = labels.format_date
        self.notes_model: RowTableModel[Any] = RowTableModel(
            [
                Column(self.tr("Date"), lambda n: d(n.note_date)),
                Column(
                    self.tr("Kind"),
                    self._note_kind,
                    icon=lambda n: icon("warning") if n.confidential else None,
                    tooltip=lambda n: (
                        self.tr("Confidential: only the assigned workers and the team lead see it.")
                        if n.confidential
                        else None
                    ),
                ),
                Column(self.tr("By"), lambda n: n.author.full_name if n.author else ""),
                # The whole note as its tooltip, however long.
                Column(self.tr("Note"), lambda n: n.text, tooltip=lambda n: n.text),
            ],
            self,
        )
        self.notes = table_view(
            self.notes_model,
            "notes",
            sortable=True,
            wrap=True,
            placeholder=self.tr("No notes yet."),
        )
        self.hidden_notes = QLabel()
        self.hidden_notes.setObjectName("hiddenNotes")
        note_box = QGroupBox(self.tr("Add a note"))
        note_form = QFormLayout(note_box)
        self.note_kind = QComboBox()
        for code in labels.NOTE_KINDS:
            self.note_kind.addItem(labels.label(labels.NOTE_KINDS, code), code)
        self.note_text = QPlainTextEdit()
        self.note_text.setObjectName("noteText")
        self.note_text.setTabChangesFocus(True)
        self.note_text.setMaximumHeight(90)
        self.note_confidential = QCheckBox(
            self.tr("Confidential (only the assigned workers and the team lead)")
        )
        self.note_confidential.setObjectName("noteConfidential")
        add_note = QPushButton(self.tr("Add note"))
        add_note.setObjectName("addNote")
        add_note.clicked.connect(self._add_note)
        self.note_error = error_label("noteError")
        note_form.addRow(self.tr("Kind"), self.note_kind)
        note_form.addRow(self.tr("Note"), self.note_text)
        note_form.addRow("", self.note_confidential)
        note_form.addRow(add_note, self.note_error)
        note_box.setEnabled(page.can_edit_now())

        self.tasks_model: RowTableModel[Any] = RowTableModel(
            [
                Column(
                    self.tr("Due"),
                    lambda t: d(t.due_date),
                    icon=lambda t: icon("warning") if self._overdue(t) else None,
                    tooltip=lambda t: self.tr("Overdue") if self._overdue(t) else None,
                ),
                Column(self.tr("Task"), lambda t: t.title),
                Column(self.tr("Owner"), lambda t: t.owner.full_name if t.owner else ""),
                Column(
                    self.tr("Done"),
                    lambda t: self.tr("done") if t.done_at is not None else "",
                ),
            ],
            self,
        )
        self.tasks = table_view(self.tasks_model, "tasks", sortable=True)
        self.tasks.doubleClicked.connect(self.toggle_task)
        self.tasks.setToolTip(self.tr("Double-click a task to mark it done or open again."))
        task_box = QGroupBox(self.tr("Add a task"))
        task_form = QFormLayout(task_box)
        self.task_title = QLineEdit()
        self.task_title.setObjectName("taskTitle")
        self.task_due = date_edit("taskDue")
        add_task = QPushButton(self.tr("Add task"))
        add_task.setObjectName("addTask")
        add_task.clicked.connect(self._add_task)
        self.task_error = error_label("taskError")
        task_form.addRow(self.tr("Task"), self.task_title)
        task_form.addRow(self.tr("Due"), self.task_due)
        task_form.addRow(add_task, self.task_error)
        task_box.setEnabled(page.can_edit_now())

        left = QVBoxLayout()
        left.addWidget(self.notes)
        left.addWidget(self.hidden_notes)
        left.addWidget(note_box)
        right = QVBoxLayout()
        right.addWidget(self.tasks)
        right.addWidget(task_box)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)
        self.reload()

    def _note_kind(self, note: Any) -> str:
        kind = labels.label(labels.NOTE_KINDS, note.kind)
        return self.tr("%1 — CONFIDENTIAL").replace("%1", kind) if note.confidential else kind

    @staticmethod
    def _overdue(task: Any) -> bool:
        return task.done_at is None and task.due_date is not None and task.due_date < clock.today()

    def reload(self) -> None:
        record = self.record
        self.notes_model.set_rows(record.notes)
        hidden = record.hidden_confidential_notes
        self.hidden_notes.setText(
            labels.counted(self.tr("%n confidential note(s) not shown to you.", "", hidden), hidden)
            if hidden
            else ""
        )
        self.tasks_model.set_rows(record.tasks)

    def _add_note(self) -> None:
        text = self.note_text.toPlainText()
        kind = self.note_kind.currentData()
        confidential = self.note_confidential.isChecked()
        if self.page.run(
            lambda s: notes_and_tasks.add_note(
                s,
                self.page.actor,
                self.page.reference,
                text,
                kind=kind,
                confidential=confidential,
            ),
            self.note_error,
        ):
            self.note_text.clear()
            self.note_confidential.setChecked(False)

    def _add_task(self) -> None:
        due = self.task_due.date().toPython()
        title = self.task_title.text()
        if self.page.run(
            lambda s: notes_and_tasks.add_task(
                s, self.page.actor, self.page.reference, title, due_date=due
            ),
            self.task_error,
        ):
            self.task_title.clear()

    def toggle_task(self, index: QModelIndex) -> None:
        """Double-click a task: done, or open again."""
        task = index.data(OBJECT_ROLE) if index.isValid() else None
        if task is None or not self.page.can_edit_now():
            return
        task_id, done = task.id, task.done_at is not None
        self.page.run(
            lambda s: notes_and_tasks.complete_task(s, self.page.actor, int(task_id), not done),
            self.task_error,
        )
