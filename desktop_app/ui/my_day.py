"""My day: the start page of a social worker (new cases, tasks due, transitions at risk)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services import appointments, changes, clock
from desktop_app.services.actor import Actor, Role
from desktop_app.services.cases import my_day
from desktop_app.services.errors import HomewardError
from desktop_app.services.storage.database import Database
from desktop_app.ui import labels
from desktop_app.ui.case_appointments_tab import interpreter_text, kind_label
from desktop_app.ui.change_signal import follow_changes
from desktop_app.ui.icons import icon
from desktop_app.ui.messages import error_text, message_texts
from desktop_app.ui.people import people
from desktop_app.ui.transition_widgets import record_outcome_with_dialog

REFERENCE_ROLE = Qt.ItemDataRole.UserRole + 1
TRANSITION_ROLE = Qt.ItemDataRole.UserRole + 2
MAX_ROWS = 300  # a start page, not a report: the Transitions page lists them all
SHOWS = (
    changes.CASE,
    changes.ASSIGNMENT,
    changes.TRANSITION,
    changes.OFFER,
    changes.TASK,
    changes.APPOINTMENT,
    changes.USER,
)


class _CaseList(QTreeWidget):
    """A short list whose rows open a case (double-click or Enter)."""

    open_case = Signal(str)

    def __init__(self, headers: list[str], name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setHeaderLabels(headers)
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.header().setStretchLastSection(True)
        self.itemActivated.connect(self._activated)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        reference = item.data(0, REFERENCE_ROLE)
        if reference:
            self.open_case.emit(str(reference))


class MyDayPage(QWidget):
    open_case = Signal(str)

    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._actor = actor
        # What My day shows: a change to any of these, here or on another PC, redraws it.
        self.follower = follow_changes(self, database, SHOWS, self.reload)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.reload)

        self.new_cases = _CaseList(
            [
                self.tr("Reference"),
                self.tr("Name"),
                self.tr("Role"),
                self.tr("Since"),
                self.tr("Reason"),
            ],
            "newCases",
        )
        self.tasks = _CaseList(
            [self.tr("Due"), self.tr("Task"), self.tr("Name"), self.tr("Reference")], "dueTasks"
        )
        self.transitions = _CaseList(
            [
                self.tr("Risk"),
                self.tr("Due"),
                self.tr("Transition"),
                self.tr("Reference"),
                self.tr("Name"),
                self.tr("Why"),
                self.tr("Primary worker"),
            ],
            "riskyTransitions",
        )
        # A social worker's own list needs no worker column; a lead's team list does.
        self.transitions.setColumnHidden(6, actor.role is Role.SOCIAL_WORKER)
        self.needs_outcome = QPushButton()
        self.needs_outcome.setObjectName("needsOutcomeFilter")
        self.needs_outcome.setCheckable(True)
        self.needs_outcome.setToolTip(
            self.tr(
                "Show only the transitions whose date has passed and whose outcome is not yet recorded"
            )
        )
        self.needs_outcome.toggled.connect(self._filter_transitions)
        self.record_outcome = QPushButton(self.tr("Record outcome…"))
        self.record_outcome.setObjectName("recordOutcome")
        self.record_outcome.setEnabled(False)
        self.record_outcome.clicked.connect(self._record_outcome)
        self.transitions.currentItemChanged.connect(self._chosen)
        self.appointments = _CaseList(
            [
                self.tr("When"),
                self.tr("Appointment"),
                self.tr("Place"),
                self.tr("Name"),
                self.tr("Reference"),
            ],
            "todaysAppointments",
        )
        for widget in (self.new_cases, self.tasks, self.transitions, self.appointments):
            widget.open_case.connect(self.open_case)

        self.new_box = QGroupBox()
        QVBoxLayout(self.new_box).addWidget(self.new_cases)
        self.tasks_box = QGroupBox()
        QVBoxLayout(self.tasks_box).addWidget(self.tasks)
        self.transitions_box = QGroupBox()
        box_layout = QVBoxLayout(self.transitions_box)
        bar = QHBoxLayout()
        bar.addWidget(self.needs_outcome)
        bar.addStretch(1)
        bar.addWidget(self.record_outcome)
        box_layout.addLayout(bar)
        box_layout.addWidget(self.transitions)
        self.appointments_box = QGroupBox()
        QVBoxLayout(self.appointments_box).addWidget(self.appointments)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(refresh)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.transitions_box, 3)
        row = QHBoxLayout()
        row.addWidget(self.appointments_box, 1)
        row.addWidget(self.tasks_box, 1)
        row.addWidget(self.new_box, 1)
        layout.addLayout(row, 2)
        self.heading.setText(self.tr("<h2>My day</h2><p>Loading…</p>"))
        # Filled right after the window shows, so start-up does not wait for the queries.
        # (A child timer, so nothing fires if the page is gone by then.)
        self._first_load = QTimer(self)
        self._first_load.setSingleShot(True)
        self._first_load.timeout.connect(self.reload)
        self._first_load.start(0)

    def reload(self) -> None:
        self.follower.read()
        try:
            with self._database.session() as session:
                day = my_day.my_day(session, self._actor, limit=MAX_ROWS)
                my_day.mark_assignments_seen(session, self._actor, day)
                upcoming = appointments.my_days(session, self._actor)
        except HomewardError as exc:
            self.heading.setText(error_text(exc))
            return
        today = clock.today()
        name = self._actor.full_name or self._actor.username
        self.heading.setText(
            self.tr("<h2>My day</h2><p>%1 · %2</p>")
            .replace("%1", name)
            .replace("%2", QLocale().toString(QDate(today), QLocale.FormatType.LongFormat))
        )
        mine = self._actor.role is Role.SOCIAL_WORKER
        total = day.transitions_total
        title = (
            self.tr(
                "My transitions in the next 30 days that need attention (%n)",
                "",
                total,
            )
            if mine
            else self.tr("Transitions in the next 30 days that need attention (%n)", "", total)
        )
        self.transitions_box.setTitle(
            labels.counted(title, total)
            + (
                self.tr(" — the first %1 shown").replace("%1", str(len(day.transitions)))
                if day.transitions_total > len(day.transitions)
                else ""
            )
        )
        self.needs_outcome.setText(
            labels.counted(
                self.tr("Needs an outcome (%n)", "", day.needs_outcome_total),
                day.needs_outcome_total,
            )
        )
        self.needs_outcome.setEnabled(day.needs_outcome_total > 0 or self.needs_outcome.isChecked())
        self.transitions.clear()
        explained = message_texts()
        for t in day.transitions:
            why = explained(t.explanation)
            item = QTreeWidgetItem(
                [
                    labels.label(labels.RISK_SHORT, t.risk),
                    f"{t.due_date.isoformat()}  ({labels.days_text(t.days_left)})",
                    labels.label(labels.KINDS, t.kind),
                    t.reference,
                    t.name,
                    why,
                    people(self._database).name(t.primary_worker) or self.tr("(none)"),
                ]
            )
            item.setIcon(0, icon(f"risk_{t.risk}"))
            item.setData(0, REFERENCE_ROLE, t.reference)
            item.setData(0, TRANSITION_ROLE, t)
            item.setToolTip(5, why)
            self.transitions.addTopLevelItem(item)
        self._filter_transitions()
        self.tasks_box.setTitle(
            labels.counted(
                self.tr("Tasks due today or overdue (%n)", "", len(day.tasks)),
                len(day.tasks),
            )
        )
        self.tasks.clear()
        for task in day.tasks:
            due = (
                self.tr("today") if task.days_overdue == 0 else labels.days_text(-task.days_overdue)
            )
            item = QTreeWidgetItem([due, task.title, task.name, task.reference])
            item.setData(0, REFERENCE_ROLE, task.reference)
            if task.days_overdue > 0:
                item.setIcon(0, icon("warning"))
            self.tasks.addTopLevelItem(item)
        self._fill_appointments(upcoming, today)
        self.new_box.setTitle(
            labels.counted(
                self.tr(
                    "Newly assigned to me since I last looked (%n)",
                    "",
                    len(day.new_assignments),
                ),
                len(day.new_assignments),
            )
        )
        self.new_cases.clear()
        for a in day.new_assignments:
            item = QTreeWidgetItem(
                [
                    a.reference,
                    a.name,
                    self.tr("primary") if a.role == "primary" else self.tr("secondary"),
                    a.start_date.isoformat(),
                    a.reason or "",
                ]
            )
            item.setData(0, REFERENCE_ROLE, a.reference)
            self.new_cases.addTopLevelItem(item)
        for widget, empty in (
            (self.transitions, self.tr("Nothing red or amber in the next 30 days.")),
            (self.tasks, self.tr("No tasks due.")),
            (self.new_cases, self.tr("No new cases.")),
            (self.appointments, self.tr("No appointments today or tomorrow.")),
        ):
            if widget.topLevelItemCount() == 0:
                widget.addTopLevelItem(QTreeWidgetItem([empty]))

    def _fill_appointments(self, upcoming: list[appointments.AppointmentInfo], today: date) -> None:
        self.appointments_box.setTitle(
            labels.counted(
                self.tr("My appointments today and tomorrow (%n)", "", len(upcoming)),
                len(upcoming),
            )
        )
        self.appointments.clear()
        for a in upcoming:
            day = self.tr("today") if a.starts_at.date() == today else self.tr("tomorrow")
            what = kind_label(a.kind)
            interpreter = interpreter_text(a)
            if interpreter:
                what += " · " + self.tr("interpreter: %1").replace("%1", interpreter)
            item = QTreeWidgetItem(
                [f"{day} {a.starts_at:%H:%M}", what, a.place or "", a.name, a.reference]
            )
            item.setData(0, REFERENCE_ROLE, a.reference)
            self.appointments.addTopLevelItem(item)

    def _filter_transitions(self) -> None:
        """With "Needs an outcome" pressed, only the overdue open transitions show."""
        only_waiting = self.needs_outcome.isChecked()
        for index in range(self.transitions.topLevelItemCount()):
            item = self.transitions.topLevelItem(index)
            row = item.data(0, TRANSITION_ROLE) if item is not None else None
            if item is not None and row is not None:
                item.setHidden(only_waiting and not row.needs_outcome)

    def _chosen(self, item: QTreeWidgetItem | None, _previous: object = None) -> None:
        row = item.data(0, TRANSITION_ROLE) if item is not None else None
        self.record_outcome.setEnabled(row is not None)

    def _record_outcome(self) -> None:
        item = self.transitions.currentItem()
        row = item.data(0, TRANSITION_ROLE) if item is not None else None
        if row is None:
            return
        if record_outcome_with_dialog(self, self._database, self._actor, row):
            self.reload()
