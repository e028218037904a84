"""A case's Life plan tab: goals by domain with target dates; double-click changes a status."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.dates import DateFormatError, parse_date
from desktop_app.services.cases import life_plan
from desktop_app.ui import labels
from desktop_app.ui.case_tab import CaseTab, RecordPage, error_label
from desktop_app.ui.messages import error_text
from desktop_app.ui.tables import OBJECT_ROLE, Column, RowTableModel, table_view


class CaseLifePlanTab(CaseTab):
    def __init__(self, page: RecordPage, parent: QWidget | None = None) -> None:
        super().__init__(page, parent)
        self.goals_model: RowTableModel[Any] = RowTableModel(
            [
                Column(self.tr("Domain"), lambda g: labels.label(labels.GOAL_DOMAINS, g.domain)),
                Column(self.tr("Goal"), lambda g: g.goal),
                Column(self.tr("Target date"), lambda g: labels.format_date(g.target_date)),
                Column(self.tr("Status"), lambda g: labels.label(labels.STATUSES, g.status)),
            ],
            self,
        )
        self.goals = table_view(
            self.goals_model,
            "goals",
            sortable=True,
            placeholder=self.tr("No life-plan goal yet."),
        )
        self.goals.doubleClicked.connect(self.change_goal_status)
        self.goals.setToolTip(self.tr("Double-click a goal to change its status."))
        box = QGroupBox(self.tr("Add a goal"))
        form = QFormLayout(box)
        self.goal_domain = QComboBox()
        for code in life_plan.GOAL_DOMAINS:
            self.goal_domain.addItem(labels.label(labels.GOAL_DOMAINS, code), code)
        self.goal_text = QLineEdit()
        self.goal_text.setObjectName("goalText")
        self.goal_target = QLineEdit()
        self.goal_target.setPlaceholderText(self.tr("YYYY-MM-DD (optional)"))
        add = QPushButton(self.tr("Add goal"))
        add.setObjectName("addGoal")
        add.clicked.connect(self._add_goal)
        self.goal_error = error_label("goalError")
        form.addRow(self.tr("Domain"), self.goal_domain)
        form.addRow(self.tr("Goal"), self.goal_text)
        form.addRow(self.tr("Target date"), self.goal_target)
        form.addRow(add, self.goal_error)
        box.setEnabled(page.can_edit_now())
        layout = QVBoxLayout(self)
        layout.addWidget(self.goals)
        layout.addWidget(box)
        self.reload()

    def reload(self) -> None:
        self.goals_model.set_rows(self.record.goals)

    def _add_goal(self) -> None:
        raw = self.goal_target.text().strip()
        try:
            target = parse_date(raw) if raw else None
        except DateFormatError as exc:
            self.goal_error.setText(error_text(exc))
            return
        domain = self.goal_domain.currentData()
        text = self.goal_text.text()
        if self.page.run(
            lambda s: life_plan.add_goal(
                s, self.page.actor, self.page.reference, domain, text, target_date=target
            ),
            self.goal_error,
        ):
            self.goal_text.clear()
            self.goal_target.clear()

    def change_goal_status(self, index: QModelIndex) -> None:
        """Double-click a goal: choose its new status."""
        goal = index.data(OBJECT_ROLE) if index.isValid() else None
        if goal is None or not self.page.can_edit_now():
            return
        choices = [labels.label(labels.STATUSES, c) for c in life_plan.GOAL_STATUSES]
        shown = labels.label(labels.STATUSES, goal.status)
        current = choices.index(shown) if shown in choices else 0
        text, ok = QInputDialog.getItem(
            self,
            self.tr("Life-plan goal"),
            self.tr("Status of “%1”").replace("%1", goal.goal),
            choices,
            current,
            False,
        )
        if not ok:
            return
        status = life_plan.GOAL_STATUSES[choices.index(text)]
        goal_id = goal.id
        self.page.run(lambda s: life_plan.set_goal_status(s, self.page.actor, int(goal_id), status))
