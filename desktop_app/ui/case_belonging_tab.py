"""A case's Belonging tab: the check-ins (four short scales) and community activities."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.cases import life_plan
from desktop_app.ui import labels
from desktop_app.ui.case_tab import CaseTab, RecordPage, date_edit, error_label
from desktop_app.ui.tables import Column, RowTableModel, table_view


class CaseBelongingTab(CaseTab):
    def __init__(self, page: RecordPage, parent: QWidget | None = None) -> None:
        super().__init__(page, parent)
        d = labels.format_date
        editable = page.can_edit_now()
        self.checkins_model: RowTableModel[Any] = RowTableModel(
            [
                Column(self.tr("Date"), lambda c: d(c.checkin_date)),
                Column(self.tr("Feels safe"), lambda c: c.feels_safe, align_right=False),
                Column(
                    self.tr("Part of the neighbourhood"),
                    lambda c: c.part_of_neighbourhood,
                    align_right=False,
                ),
                Column(
                    self.tr("Has people to turn to"),
                    lambda c: c.people_to_turn_to,
                    align_right=False,
                ),
                Column(
                    self.tr("Takes part in activities"),
                    lambda c: c.takes_part_in_activities,
                    align_right=False,
                ),
                Column(self.tr("Note"), lambda c: c.note),
            ],
            self,
        )
        self.activities_model: RowTableModel[Any] = RowTableModel(
            [
                Column(self.tr("Activity"), lambda a: a.name),
                Column(self.tr("Kind"), lambda a: labels.label(labels.ACTIVITIES, a.kind)),
                Column(self.tr("From"), lambda a: d(a.start_date)),
                Column(self.tr("To"), lambda a: d(a.end_date)),
            ],
            self,
        )
        self.checkins = table_view(
            self.checkins_model,
            "checkins",
            sortable=True,
            placeholder=self.tr("No check-in yet."),
        )
        self.activities = table_view(
            self.activities_model,
            "activities",
            sortable=True,
            placeholder=self.tr("No community activity recorded."),
        )
        box = QGroupBox(self.tr("Belonging check-ins (1 = not at all … 5 = very much)"))
        QVBoxLayout(box).addWidget(self.checkins)
        add = QGroupBox(self.tr("Record a check-in"))
        row = QHBoxLayout(add)
        self.checkin_scores: dict[str, QSpinBox] = {}
        for name, text in (
            ("feels_safe", self.tr("Feels safe")),
            ("part_of_neighbourhood", self.tr("Part of the neighbourhood")),
            ("people_to_turn_to", self.tr("People to turn to")),
            ("takes_part_in_activities", self.tr("Takes part")),
        ):
            spin = QSpinBox()
            spin.setRange(1, 5)
            spin.setValue(3)
            spin.setObjectName(f"score_{name}")
            spin.setAccessibleName(text)
            row.addWidget(QLabel(text))
            row.addWidget(spin)
            self.checkin_scores[name] = spin
        save = QPushButton(self.tr("Record"))
        save.setObjectName("addCheckin")
        save.clicked.connect(self._add_checkin)
        row.addWidget(save)
        add.setEnabled(editable)
        box2 = QGroupBox(self.tr("Community activities"))
        box2_layout = QVBoxLayout(box2)
        box2_layout.addWidget(self.activities)
        adder = QWidget()
        row2 = QHBoxLayout(adder)
        row2.setContentsMargins(0, 0, 0, 0)
        self.activity_kind = QComboBox()
        self.activity_kind.setObjectName("activityKind")
        for code in life_plan.ACTIVITY_KINDS:
            self.activity_kind.addItem(labels.label(labels.ACTIVITIES, code), code)
        self.activity_name = QLineEdit()
        self.activity_name.setObjectName("activityName")
        self.activity_name.setPlaceholderText(self.tr("club, association or project"))
        self.activity_start = date_edit("activityStart")
        add_activity = QPushButton(self.tr("Add activity"))
        add_activity.setObjectName("addActivity")
        add_activity.clicked.connect(self._add_activity)
        self.activity_error = error_label("activityError")
        for widget in (
            self.activity_kind,
            self.activity_name,
            QLabel(self.tr("from")),
            self.activity_start,
            add_activity,
            self.activity_error,
        ):
            row2.addWidget(widget)
        adder.setEnabled(editable)
        box2_layout.addWidget(adder)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(add)
        layout.addWidget(box2)
        self.reload()

    def reload(self) -> None:
        record = self.record
        self.checkins_model.set_rows(list(reversed(record.checkins)))  # the latest first
        self.activities_model.set_rows(record.activities)

    def _add_checkin(self) -> None:
        scores = {name: spin.value() for name, spin in self.checkin_scores.items()}
        self.page.run(
            lambda s: life_plan.add_checkin(s, self.page.actor, self.page.reference, **scores)
        )

    def _add_activity(self) -> None:
        kind = self.activity_kind.currentData()
        name = self.activity_name.text()
        start = self.activity_start.date().toPython()
        if self.page.run(
            lambda s: life_plan.add_activity(
                s, self.page.actor, self.page.reference, kind, name, start_date=start
            ),
            self.activity_error,
        ):
            self.activity_name.clear()
