"""A case's Notes and tasks tab: dated notes (confidential ones marked) with a reading pane —
choose a note, read it whole — and follow-up tasks.

A note is dated by the contact it records, not by the day it was typed, and corrected with
the reason. A task is changed, handed to a colleague who may see the case, done and opened
again (double-click, or Done / Open again).
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services import clock
from desktop_app.services.cases import notes_and_tasks
from desktop_app.services.cases.record_data import NoteFacts, TaskFacts
from desktop_app.services.errors import HomewardError
from desktop_app.ui import labels
from desktop_app.ui import record_dialog as rd
from desktop_app.ui.case_tab import (
    CaseTab,
    RecordPage,
    actions_row,
    button,
    error_label,
    on_selection,
    stretch_columns,
)
from desktop_app.ui.icons import icon
from desktop_app.ui.messages import error_text
from desktop_app.ui.record_dialog import Field, RecordDialog
from desktop_app.ui.tables import (
    OBJECT_ROLE,
    Column,
    RowTableModel,
    select_object,
    selected_object,
    table_view,
)


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else ""


class CaseNotesTab(CaseTab):
    def __init__(self, page: RecordPage, parent: QWidget | None = None) -> None:
        super().__init__(page, parent)
        d = labels.format_date
        editable = page.can_edit_now()
        self.notes_model: RowTableModel[NoteFacts] = RowTableModel(
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
                # The first line here; the whole note in the reading pane and as its tooltip.
                Column(self.tr("Note"), lambda n: _first_line(n.text), tooltip=lambda n: n.text),
            ],
            self,
        )
        self.notes = table_view(
            self.notes_model,
            "notes",
            sortable=True,
            title=self.tr("Notes"),
            placeholder=self.tr("No notes yet."),
        )
        stretch_columns(self.notes, 3)
        self.reading = QTextBrowser()
        self.reading.setObjectName("noteReading")
        self.reading.setOpenLinks(False)
        self.reading.setPlaceholderText(self.tr("Choose a note to read it whole."))
        self.reading.setAccessibleName(self.tr("The chosen note"))
        self.hidden_notes = QLabel()
        self.hidden_notes.setObjectName("hiddenNotes")
        self.hidden_notes.setWordWrap(True)
        self.add_note = button(self.tr("New note…"), "addNote", self._add_note)
        self.correct_note = button(self.tr("Correct…"), "correctNote", self._correct_note)

        self.tasks_model: RowTableModel[TaskFacts] = RowTableModel(
            [
                Column(
                    self.tr("Due"),
                    lambda t: d(t.due_date),
                    icon=lambda t: icon("warning") if self._overdue(t) else None,
                    tooltip=lambda t: self.tr("Overdue") if self._overdue(t) else None,
                ),
                Column(self.tr("Task"), lambda t: t.title, tooltip=lambda t: t.title),
                Column(self.tr("Owner"), lambda t: t.owner.full_name if t.owner else ""),
                Column(
                    self.tr("Done"),
                    lambda t: self.tr("done") if t.done_at is not None else "",
                ),
            ],
            self,
        )
        self.tasks = table_view(self.tasks_model, "tasks", sortable=True)
        stretch_columns(self.tasks, 1)
        self.tasks.doubleClicked.connect(self.toggle_task)
        self.tasks.setToolTip(self.tr("Double-click a task to mark it done or open again."))
        self.add_task = button(self.tr("New task…"), "addTask", self._add_task)
        self.edit_task = button(self.tr("Edit…"), "editTask", self._edit_task)
        self.done_button = button(self.tr("Done"), "taskDone", self._toggle_chosen_task)
        self.task_error = error_label("taskError")
        self.task_error.setWordWrap(True)

        notes_box = QGroupBox(self.tr("Notes"))
        notes_layout = QVBoxLayout(notes_box)
        reading_split = QSplitter(Qt.Orientation.Vertical)
        reading_split.addWidget(self.notes)
        reading_split.addWidget(self.reading)
        reading_split.setStretchFactor(0, 3)
        reading_split.setStretchFactor(1, 2)
        notes_layout.addWidget(reading_split, 1)
        notes_layout.addWidget(self.hidden_notes)
        if editable:
            notes_layout.addLayout(actions_row(self.add_note, self.correct_note))
        tasks_box = QGroupBox(self.tr("Tasks"))
        tasks_layout = QVBoxLayout(tasks_box)
        tasks_layout.addWidget(self.tasks, 1)
        tasks_layout.addWidget(self.task_error)
        if editable:
            tasks_layout.addLayout(actions_row(self.add_task, self.edit_task, self.done_button))
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(notes_box)
        split.addWidget(tasks_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        on_selection(self.notes, self._show_chosen_note)
        on_selection(self.tasks, self._update_buttons)
        self.reload()

    def _note_kind(self, note: NoteFacts) -> str:
        kind = labels.label(labels.NOTE_KINDS, note.kind)
        return self.tr("%1 — CONFIDENTIAL").replace("%1", kind) if note.confidential else kind

    @staticmethod
    def _overdue(task: TaskFacts) -> bool:
        return task.done_at is None and task.due_date is not None and task.due_date < clock.today()

    def reload(self) -> None:
        record = self.record
        chosen = self.chosen_note()
        task = self.chosen_task()
        self.notes_model.set_rows(record.notes)
        hidden = record.hidden_confidential_notes
        self.hidden_notes.setText(
            labels.counted(self.tr("%n confidential note(s) not shown to you.", "", hidden), hidden)
            if hidden
            else ""
        )
        self.hidden_notes.setVisible(bool(hidden))
        self.tasks_model.set_rows(record.tasks)
        if task is not None:  # still the one chosen, done or not
            select_object(self.tasks, lambda t: t.id == task.id)
        if chosen is not None:
            self.select_note(chosen.id)
        elif record.notes:
            self.notes.selectRow(0)  # the newest, to read at once
        self._show_chosen_note()
        self._update_buttons()

    # --- notes ------------------------------------------------------------------------

    def chosen_note(self) -> NoteFacts | None:
        return selected_object(self.notes)  # type: ignore[no-any-return]

    def select_note(self, note_id: int) -> None:
        model = self.notes.model()
        for row in range(model.rowCount()):
            note = model.index(row, 0).data(OBJECT_ROLE)
            if note is not None and note.id == note_id:
                self.notes.selectRow(row)
                return

    def _show_chosen_note(self) -> None:
        note = self.chosen_note()
        self.correct_note.setEnabled(note is not None)
        if note is None:
            self.reading.clear()
            return
        heading = " · ".join(
            part
            for part in (
                labels.format_date(note.note_date),
                self._note_kind(note),
                note.author.full_name if note.author else "",
            )
            if part
        )
        body = escape(note.text).replace("\n", "<br>")
        self.reading.setHtml(f"<p><b>{escape(heading)}</b></p><p>{body}</p>")

    def _note_fields(self, n: NoteFacts | None) -> list[Field]:
        return [
            Field(
                "note_date",
                self.tr("Date of the contact"),
                rd.DATE,
                n.note_date if n else None,
                help=self.tr("The day of the meeting, call or visit, not the day it is typed."),
            ),
            Field(
                "kind",
                self.tr("Kind"),
                rd.CHOICE,
                n.kind if n else "meeting",
                rd.choices(labels.NOTE_KINDS),
            ),
            Field("text", self.tr("Note"), rd.LONG_TEXT, n.text if n else None),
            Field(
                "confidential",
                self.tr("Confidential (only the assigned workers and the team lead)"),
                rd.FLAG,
                n.confidential if n else False,
            ),
        ]

    def _add_note(self) -> None:
        RecordDialog(
            self,
            self.tr("New note"),
            self._note_fields(None),
            lambda v: self.page.apply(
                lambda s: notes_and_tasks.add_note(
                    s,
                    self.page.actor,
                    self.page.reference,
                    v["text"],
                    kind=v["kind"],
                    note_date=v["note_date"],
                    confidential=v["confidential"],
                )
            ),
            name="noteDialog",
            focus="text",
        ).exec()

    def _correct_note(self) -> None:
        note = self.chosen_note()
        if note is None:
            return
        note_id = note.id

        def save(values: dict[str, Any]) -> object:
            return self.page.apply(
                lambda s: notes_and_tasks.correct_note(
                    s,
                    self.page.actor,
                    self.page.reference,
                    note_id,
                    {k: v for k, v in values.items() if k != "reason"},
                    reason=values["reason"],
                )
            )

        RecordDialog(
            self,
            self.tr("Correct a note"),
            [
                *self._note_fields(note),
                Field("reason", self.tr("Why is it corrected?"), rd.LONG_TEXT),
            ],
            save,
            intro=self.tr("What the note said before stays in the audit log, with the reason."),
            name="correctNoteDialog",
        ).exec()

    # --- tasks ------------------------------------------------------------------------

    def chosen_task(self) -> TaskFacts | None:
        return selected_object(self.tasks)  # type: ignore[no-any-return]

    def _update_buttons(self) -> None:
        task = self.chosen_task()
        self.edit_task.setEnabled(task is not None)
        self.done_button.setEnabled(task is not None)
        self.done_button.setText(
            self.tr("Open again") if task is not None and task.done else self.tr("Done")
        )

    def _owners(self) -> list[tuple[Any, str]]:
        try:
            with self.page.database.session() as session:
                owners = notes_and_tasks.task_owners(session, self.page.actor, self.page.reference)
        except HomewardError as exc:
            self.task_error.setText(error_text(exc))
            return []
        return [(o.user_id, o.full_name) for o in owners]

    def _task_fields(self, t: TaskFacts | None, owners: list[tuple[Any, str]]) -> list[Field]:
        fields = [
            Field("title", self.tr("Task"), rd.TEXT, t.title if t else None),
            Field(
                "due_date",
                self.tr("Due"),
                rd.OPTIONAL_DATE,
                t.due_date if t else clock.today(),
                placeholder=self.tr("a due date"),
            ),
        ]
        if t is not None:
            fields.append(
                Field(
                    "owner_id",
                    self.tr("Owner"),
                    rd.CHOICE,
                    t.owner.id if t.owner else None,
                    owners,
                    help=self.tr("A colleague who may see the case."),
                )
            )
        return fields

    def _add_task(self) -> None:
        RecordDialog(
            self,
            self.tr("New task"),
            self._task_fields(None, []),
            lambda v: self.page.apply(
                lambda s: notes_and_tasks.add_task(
                    s, self.page.actor, self.page.reference, v["title"], due_date=v["due_date"]
                )
            ),
            name="taskDialog",
        ).exec()

    def _edit_task(self) -> None:
        task = self.chosen_task()
        if task is None:
            return
        owners = self._owners()
        task_id = task.id
        RecordDialog(
            self,
            self.tr("Change a task"),
            self._task_fields(task, owners),
            lambda v: self.page.apply(
                lambda s: notes_and_tasks.update_task(s, self.page.actor, task_id, v)
            ),
            name="editTaskDialog",
        ).exec()

    def _toggle_chosen_task(self) -> None:
        task = self.chosen_task()
        if task is not None:
            self._toggle(task)

    def toggle_task(self, index: QModelIndex) -> None:
        """Double-click a task: done, or open again."""
        task = index.data(OBJECT_ROLE) if index.isValid() else None
        if task is not None:
            self._toggle(task)

    def _toggle(self, task: TaskFacts) -> None:
        if not self.page.can_edit_now():
            return
        task_id, done = task.id, task.done
        self.page.run(
            lambda s: notes_and_tasks.complete_task(s, self.page.actor, int(task_id), not done),
            self.task_error,
        )
