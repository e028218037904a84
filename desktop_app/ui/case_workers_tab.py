"""A case's Workers and continuity tab: the continuity figures, the assignment history, and
the school changes, moves between municipalities and hand-overs to after-care, each with
whether the worker continued (recorded and corrected here; they count in the continuity
figures)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QSplitter, QVBoxLayout, QWidget

from desktop_app.services.cases import case_moves
from desktop_app.services.cases.record_data import AssignmentFacts, MoveFacts
from desktop_app.ui import labels
from desktop_app.ui import record_dialog as rd
from desktop_app.ui.case_tab import (
    CaseTab,
    RecordPage,
    actions_row,
    button,
    on_selection,
    stretch_columns,
)
from desktop_app.ui.record_dialog import Field, RecordDialog
from desktop_app.ui.tables import Column, RowTableModel, selected_object, table_view


class CaseWorkersTab(CaseTab):
    def __init__(self, page: RecordPage, parent: QWidget | None = None) -> None:
        super().__init__(page, parent)
        d = labels.format_date
        self.continuity_label = QLabel()
        self.continuity_label.setObjectName("continuityLabel")
        self.continuity_label.setWordWrap(True)
        self.continuity_label.setTextFormat(Qt.TextFormat.RichText)
        self.assignments_model: RowTableModel[AssignmentFacts] = RowTableModel(
            [
                Column(self.tr("Worker"), lambda a: a.user.full_name),
                Column(
                    self.tr("Role"),
                    lambda a: self.tr("primary") if a.role == "primary" else self.tr("secondary"),
                ),
                Column(self.tr("From"), lambda a: d(a.start_date)),
                Column(
                    self.tr("To"),
                    lambda a: d(a.end_date) if a.end_date else self.tr("now"),
                    sort_key=lambda a: a.end_date,
                ),
                Column(self.tr("Reason"), lambda a: a.reason, tooltip=lambda a: a.reason),
                Column(
                    self.tr("Handover note"),
                    lambda a: a.handover_note,
                    tooltip=lambda a: a.handover_note,
                ),
            ],
            self,
        )
        self.moves_model: RowTableModel[MoveFacts] = RowTableModel(
            [
                Column(self.tr("Change"), lambda m: labels.label(labels.MOVE_KINDS, m.kind)),
                Column(self.tr("On"), lambda m: d(m.moved_on)),
                Column(self.tr("From"), lambda m: m.from_place),
                Column(self.tr("To"), lambda m: m.to_place),
                Column(
                    self.tr("Same worker continued"),
                    lambda m: self.tr("yes") if m.worker_continued else self.tr("no"),
                ),
                Column(self.tr("Note"), lambda m: m.note, tooltip=lambda m: m.note),
            ],
            self,
        )
        self.assignments = table_view(
            self.assignments_model,
            "assignments",
            sortable=True,
            placeholder=self.tr("No worker assigned."),
        )
        stretch_columns(self.assignments, 4, 5)
        self.moves = table_view(
            self.moves_model,
            "moves",
            sortable=True,
            placeholder=self.tr("No school change or transfer."),
        )
        stretch_columns(self.moves, 2, 3, 5)
        self.add_move = button(self.tr("Record a change…"), "addMove", self._add_move)
        self.correct_move = button(self.tr("Correct…"), "correctMove", self._correct_move)
        splitter = QSplitter(Qt.Orientation.Vertical)
        assignments = QGroupBox(self.tr("Assignment history"))
        QVBoxLayout(assignments).addWidget(self.assignments)
        moves = QGroupBox(self.tr("School changes, moves and hand-overs"))
        moves_layout = QVBoxLayout(moves)
        moves_layout.addWidget(self.moves)
        if page.can_edit_now():
            moves_layout.addLayout(actions_row(self.add_move, self.correct_move))
        splitter.addWidget(assignments)
        splitter.addWidget(moves)
        layout = QVBoxLayout(self)
        layout.addWidget(self.continuity_label)
        layout.addWidget(splitter, 1)
        on_selection(self.moves, self._update_buttons)
        self.reload()

    def reload(self) -> None:
        record = self.record
        self.assignments_model.set_rows(record.assignments)
        self.moves_model.set_rows(record.moves)
        figures = record.continuity
        lines = [
            labels.counted(
                self.tr(
                    "%n change(s) of primary worker in the last 12 months.",
                    "",
                    figures.worker_changes_12_months,
                ),
                figures.worker_changes_12_months,
            ),
            self.tr("Same primary worker 30 days before and after a transition: %1 of %2.")
            .replace("%1", str(figures.same_worker))
            .replace("%2", str(figures.judged))
            if figures.judged
            else self.tr("No past transition to judge continuity on yet."),
            self.tr("School changes and transfers: %1, the worker continued in %2.")
            .replace("%1", str(figures.moves))
            .replace("%2", str(figures.moves_worker_continued)),
        ]
        self.continuity_label.setText("<br>".join(lines))
        self._update_buttons()

    def chosen_move(self) -> MoveFacts | None:
        return selected_object(self.moves)  # type: ignore[no-any-return]

    def _update_buttons(self) -> None:
        self.correct_move.setEnabled(self.chosen_move() is not None)

    def _fields(self, m: MoveFacts | None) -> list[Field]:
        kinds = case_moves.RECORDED_KINDS
        if m is not None and m.kind not in kinds:
            kinds = (m.kind,)  # a transfer between teams stays one
        return [
            Field(
                "kind",
                self.tr("Change"),
                rd.CHOICE,
                m.kind if m else "school_change",
                rd.choices(labels.MOVE_KINDS, kinds),
            ),
            Field("moved_on", self.tr("On"), rd.DATE, m.moved_on if m else None),
            Field(
                "from_place",
                self.tr("From"),
                rd.TEXT,
                m.from_place if m else None,
                placeholder=self.tr("school, municipality or service"),
            ),
            Field("to_place", self.tr("To"), rd.TEXT, m.to_place if m else None),
            Field(
                "worker_continued",
                self.tr("The same worker continued with the young person"),
                rd.FLAG,
                m.worker_continued if m else True,
            ),
            Field("note", self.tr("Note"), rd.LONG_TEXT, m.note if m else None),
        ]

    def _add_move(self) -> None:
        RecordDialog(
            self,
            self.tr("Record a school change, move or hand-over"),
            self._fields(None),
            lambda v: self.page.apply(
                lambda s: case_moves.record_move(
                    s,
                    self.page.actor,
                    self.page.reference,
                    v["kind"],
                    v["moved_on"],
                    worker_continued=v["worker_continued"],
                    from_place=v["from_place"],
                    to_place=v["to_place"],
                    note=v["note"],
                )
            ),
            intro=self.tr(
                "Continuity counts each of them, and whether the same worker stayed with the "
                "young person through it."
            ),
            name="moveDialog",
        ).exec()

    def _correct_move(self) -> None:
        chosen = self.chosen_move()
        if chosen is None:
            return
        fields: list[Field] = [
            *self._fields(chosen),
            Field("reason", self.tr("Why is it corrected?"), rd.LONG_TEXT),
        ]

        def save(values: dict[str, Any]) -> object:
            return self.page.apply(
                lambda s: case_moves.correct_move(
                    s,
                    self.page.actor,
                    self.page.reference,
                    chosen.id,
                    {k: v for k, v in values.items() if k != "reason"},
                    reason=values["reason"],
                )
            )

        RecordDialog(
            self, self.tr("Correct a change"), fields, save, name="correctMoveDialog"
        ).exec()
