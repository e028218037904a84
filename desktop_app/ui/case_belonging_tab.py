"""A case's Belonging tab: the check-ins (four short scales) and community activities (added,
changed, and ended on the day the young person stopped — kept on the record)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services import clock
from desktop_app.services.cases import life_plan
from desktop_app.services.cases.record_data import ActivityFacts, CheckinFacts
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


class CaseBelongingTab(CaseTab):
    def __init__(self, page: RecordPage, parent: QWidget | None = None) -> None:
        super().__init__(page, parent)
        d = labels.format_date
        editable = page.can_edit_now()
        self.checkins_model: RowTableModel[CheckinFacts] = RowTableModel(
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
                Column(self.tr("Note"), lambda c: c.note, tooltip=lambda c: c.note),
            ],
            self,
        )
        self.activities_model: RowTableModel[ActivityFacts] = RowTableModel(
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
        stretch_columns(self.checkins, 5)
        self.activities = table_view(
            self.activities_model,
            "activities",
            sortable=True,
            placeholder=self.tr("No community activity recorded."),
        )
        stretch_columns(self.activities, 0)
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
        self.add_activity = button(self.tr("Add activity…"), "addActivity", self._add_activity)
        self.edit_activity = button(self.tr("Edit…"), "editActivity", self._edit_activity)
        self.end_activity = button(self.tr("End…"), "endActivity", self._end_activity)
        if editable:
            box2_layout.addLayout(
                actions_row(self.add_activity, self.edit_activity, self.end_activity)
            )
        on_selection(self.activities, self._update_buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(add)
        layout.addWidget(box2)
        self.reload()

    def reload(self) -> None:
        record = self.record
        self.checkins_model.set_rows(list(reversed(record.checkins)))  # the latest first
        self.activities_model.set_rows(record.activities)
        self._update_buttons()

    def _add_checkin(self) -> None:
        scores = {name: spin.value() for name, spin in self.checkin_scores.items()}
        self.page.run(
            lambda s: life_plan.add_checkin(s, self.page.actor, self.page.reference, **scores)
        )

    def chosen_activity(self) -> ActivityFacts | None:
        return selected_object(self.activities)  # type: ignore[no-any-return]

    def _update_buttons(self) -> None:
        activity = self.chosen_activity()
        self.edit_activity.setEnabled(activity is not None)
        self.end_activity.setEnabled(activity is not None and activity.end_date is None)

    def _fields(self, a: ActivityFacts | None) -> list[Field]:
        fields = [
            Field(
                "kind",
                self.tr("Kind"),
                rd.CHOICE,
                a.kind if a else "sport_club",
                rd.choices(labels.ACTIVITIES, life_plan.ACTIVITY_KINDS),
            ),
            Field(
                "name",
                self.tr("Activity"),
                rd.TEXT,
                a.name if a else None,
                placeholder=self.tr("club, association or project"),
            ),
            Field(
                "start_date",
                self.tr("From"),
                rd.OPTIONAL_DATE,
                a.start_date if a else clock.today(),
                placeholder=self.tr("known"),
            ),
        ]
        if a is not None:
            fields.append(
                Field(
                    "end_date",
                    self.tr("Until"),
                    rd.OPTIONAL_DATE,
                    a.end_date,
                    placeholder=self.tr("ended"),
                )
            )
        return fields

    def _add_activity(self) -> None:
        RecordDialog(
            self,
            self.tr("Add an activity"),
            self._fields(None),
            lambda v: self.page.apply(
                lambda s: life_plan.add_activity(
                    s,
                    self.page.actor,
                    self.page.reference,
                    v["kind"],
                    v["name"],
                    start_date=v["start_date"],
                )
            ),
            name="activityDialog",
        ).exec()

    def _edit_activity(self) -> None:
        activity = self.chosen_activity()
        if activity is None:
            return
        activity_id = activity.id
        RecordDialog(
            self,
            self.tr("Change an activity"),
            self._fields(activity),
            lambda v: self.page.apply(
                lambda s: life_plan.update_activity(
                    s, self.page.actor, self.page.reference, activity_id, v
                )
            ),
            name="editActivityDialog",
        ).exec()

    def _end_activity(self) -> None:
        activity = self.chosen_activity()
        if activity is None:
            return
        activity_id = activity.id
        RecordDialog(
            self,
            self.tr("End an activity"),
            [Field("end_date", self.tr("Took part until"), rd.DATE)],
            lambda v: self.page.apply(
                lambda s: life_plan.end_activity(
                    s, self.page.actor, self.page.reference, activity_id, v["end_date"]
                )
            ),
            intro=activity.name,
            name="endActivityDialog",
        ).exec()
