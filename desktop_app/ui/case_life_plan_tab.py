"""A case's Life plan tab: goals by domain with target dates and status; a goal is added,
edited (double-click), and ended as achieved or dropped (kept, with the day it ended)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from desktop_app.services.cases import life_plan
from desktop_app.services.cases.record_data import GoalFacts
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
from desktop_app.ui.tables import OBJECT_ROLE, Column, RowTableModel, selected_object, table_view


class CaseLifePlanTab(CaseTab):
    def __init__(self, page: RecordPage, parent: QWidget | None = None) -> None:
        super().__init__(page, parent)
        d = labels.format_date
        self.goals_model: RowTableModel[GoalFacts] = RowTableModel(
            [
                Column(self.tr("Domain"), lambda g: labels.label(labels.GOAL_DOMAINS, g.domain)),
                Column(self.tr("Goal"), lambda g: g.goal, tooltip=lambda g: g.goal),
                Column(self.tr("Target date"), lambda g: d(g.target_date)),
                Column(self.tr("Status"), lambda g: labels.label(labels.STATUSES, g.status)),
                Column(self.tr("Ended"), lambda g: d(g.ended_on)),
            ],
            self,
        )
        self.goals = table_view(
            self.goals_model,
            "goals",
            sortable=True,
            placeholder=self.tr("No life-plan goal yet."),
        )
        stretch_columns(self.goals, 1)
        self.goals.doubleClicked.connect(self.edit_goal)
        self.goals.setToolTip(self.tr("Double-click a goal to change it."))
        self.add_goal = button(self.tr("Add goal…"), "addGoal", self._add_goal)
        self.edit_button = button(self.tr("Edit…"), "editGoal", self.edit_goal)
        self.end_button = button(self.tr("End…"), "endGoal", self._end_goal)
        box = QGroupBox(self.tr("Life plan"))
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.goals)
        if page.can_edit_now():
            box_layout.addLayout(actions_row(self.add_goal, self.edit_button, self.end_button))
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        on_selection(self.goals, self._update_buttons)
        self.reload()

    def reload(self) -> None:
        self.goals_model.set_rows(self.record.goals)
        self._update_buttons()

    def chosen_goal(self) -> GoalFacts | None:
        return selected_object(self.goals)  # type: ignore[no-any-return]

    def _update_buttons(self) -> None:
        goal = self.chosen_goal()
        self.edit_button.setEnabled(goal is not None)
        self.end_button.setEnabled(goal is not None and goal.ended_on is None)

    def _fields(self, g: GoalFacts | None) -> list[Field]:
        return [
            Field(
                "domain",
                self.tr("Domain"),
                rd.CHOICE,
                g.domain if g else "housing",
                rd.choices(labels.GOAL_DOMAINS, life_plan.GOAL_DOMAINS),
            ),
            Field("goal", self.tr("Goal"), rd.LONG_TEXT, g.goal if g else None),
            Field(
                "target_date",
                self.tr("Target date"),
                rd.OPTIONAL_DATE,
                g.target_date if g else None,
                placeholder=self.tr("a target date"),
            ),
            Field(
                "status",
                self.tr("Status"),
                rd.CHOICE,
                g.status if g else "open",
                rd.choices(labels.STATUSES, life_plan.GOAL_STATUSES),
            ),
        ]

    def _add_goal(self) -> None:
        RecordDialog(
            self,
            self.tr("Add a goal"),
            self._fields(None),
            lambda v: self.page.apply(
                lambda s: life_plan.add_goal(
                    s,
                    self.page.actor,
                    self.page.reference,
                    v["domain"],
                    v["goal"],
                    target_date=v["target_date"],
                    status=v["status"],
                )
            ),
            name="goalDialog",
        ).exec()

    def edit_goal(self, index: QModelIndex | None = None) -> None:
        """Change a goal (double-click, or Edit…): its words, domain, target date, status."""
        goal = index.data(OBJECT_ROLE) if isinstance(index, QModelIndex) else self.chosen_goal()
        if goal is None or not self.page.can_edit_now():
            return
        goal_id = goal.id
        RecordDialog(
            self,
            self.tr("Change a goal"),
            self._fields(goal),
            lambda v: self.page.apply(
                lambda s: life_plan.update_goal(s, self.page.actor, self.page.reference, goal_id, v)
            ),
            intro=self.tr("A goal achieved or dropped ends today."),
            name="editGoalDialog",
        ).exec()

    def _end_goal(self) -> None:
        goal = self.chosen_goal()
        if goal is None:
            return
        goal_id = goal.id

        def save(values: dict[str, Any]) -> object:
            return self.page.apply(
                lambda s: life_plan.update_goal(
                    s,
                    self.page.actor,
                    self.page.reference,
                    goal_id,
                    {"status": values["status"]},
                    ended_on=values["ended_on"],
                )
            )

        RecordDialog(
            self,
            self.tr("End a goal"),
            [
                Field(
                    "status",
                    self.tr("The goal was"),
                    rd.CHOICE,
                    "achieved",
                    rd.choices(labels.STATUSES, life_plan.ENDED_STATUSES),
                ),
                Field("ended_on", self.tr("On"), rd.DATE),
            ],
            save,
            intro=goal.goal,
            name="endGoalDialog",
        ).exec()
