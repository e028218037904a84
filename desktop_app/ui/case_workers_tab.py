"""A case's Workers and continuity tab: the continuity figures, the assignment history,
and the school changes and transfers with whether the worker continued."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from desktop_app.services.cases import continuity
from desktop_app.services.errors import HomewardError
from desktop_app.ui import labels
from desktop_app.ui.case_tab import CaseTab, RecordPage
from desktop_app.ui.messages import error_text
from desktop_app.ui.tables import Column, RowTableModel, table_view


class CaseWorkersTab(CaseTab):
    def __init__(self, page: RecordPage, parent: QWidget | None = None) -> None:
        super().__init__(page, parent)
        d = labels.format_date
        self.continuity_label = QLabel()
        self.continuity_label.setObjectName("continuityLabel")
        self.continuity_label.setWordWrap(True)
        self.continuity_label.setTextFormat(Qt.TextFormat.RichText)
        self.assignments_model: RowTableModel[Any] = RowTableModel(
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
                Column(self.tr("Reason"), lambda a: a.reason),
                Column(self.tr("Handover note"), lambda a: a.handover_note),
            ],
            self,
        )
        self.moves_model: RowTableModel[Any] = RowTableModel(
            [
                Column(self.tr("Change"), lambda m: labels.label(labels.MOVE_KINDS, m.kind)),
                Column(self.tr("On"), lambda m: d(m.moved_on)),
                Column(self.tr("From"), lambda m: m.from_place),
                Column(self.tr("To"), lambda m: m.to_place),
                Column(
                    self.tr("Same worker continued"),
                    lambda m: self.tr("yes") if m.worker_continued else self.tr("no"),
                ),
                Column(self.tr("Note"), lambda m: m.note),
            ],
            self,
        )
        self.assignments = table_view(
            self.assignments_model,
            "assignments",
            sortable=True,
            placeholder=self.tr("No worker assigned."),
        )
        self.moves = table_view(
            self.moves_model,
            "moves",
            sortable=True,
            placeholder=self.tr("No school change or transfer."),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.continuity_label)
        for title, view in (
            (self.tr("Assignment history"), self.assignments),
            (self.tr("School changes and transfers"), self.moves),
        ):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(view)
            layout.addWidget(box)
        self.reload()

    def reload(self) -> None:
        record = self.record
        self.assignments_model.set_rows(record.assignments)
        self.moves_model.set_rows(record.moves)
        try:
            with self.page.database.session() as session:
                figures = continuity.continuity(session, self.page.actor, self.page.reference)
        except HomewardError as exc:
            self.continuity_label.setText(error_text(exc))
            return
        same, judged = figures.same_worker_share
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
            .replace("%1", str(same))
            .replace("%2", str(judged))
            if judged
            else self.tr("No past transition to judge continuity on yet."),
            self.tr("School changes and transfers: %1, the worker continued in %2.")
            .replace("%1", str(figures.moves))
            .replace("%2", str(figures.moves_worker_continued)),
        ]
        self.continuity_label.setText("<br>".join(lines))
