"""The Calendar menu: a week view per worker, "Export to calendar…", and a calendar file
the worker's calendar program subscribes to, rewritten when their appointments or
deadlines change (after a change made here, and every few minutes for changes made by
colleagues; the services leave the file alone when nothing in it changed)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMenuBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.i18n import Gettext, gettext_for
from desktop_app.services import appointments, clock
from desktop_app.services.actor import Actor
from desktop_app.services.errors import HomewardError
from desktop_app.services.storage.database import Database
from desktop_app.ui import labels
from desktop_app.ui.case_appointments_tab import appointment_model
from desktop_app.ui.messages import error_text
from desktop_app.ui.preferences import ui_settings
from desktop_app.ui.tables import table_view
from desktop_app.ui.tones import set_tone

REFRESH_MS = 5 * 60 * 1000
# `desktop_app.services.calendar` (and the time zones it reads) is imported where a file
# is written: this menu is built at every start, a calendar file seldom.


def _gettext() -> Gettext:
    """The calendar's words in the interface language."""
    from desktop_app.ui.language import document_language

    return gettext_for(document_language())


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


class WeekView(QDialog):
    """One worker's appointments, a week at a time (their lead and coordinators may look)."""

    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.setWindowTitle(self.tr("Week view"))
        self.resize(900, 520)
        self.start = monday_of(clock.today())
        self.worker = QComboBox()
        self.worker.setObjectName("weekWorker")
        with database.session() as session:
            for choice in appointments.week_workers(session, actor):
                self.worker.addItem(f"{choice.full_name} ({choice.username})", choice.user_id)
        mine = self.worker.findData(actor.user_id)
        self.worker.setCurrentIndex(max(mine, 0))
        self.worker.currentIndexChanged.connect(self.reload)
        self.week = QLabel()
        self.week.setObjectName("weekLabel")
        previous = QPushButton(self.tr("◀ Previous week"))
        previous.clicked.connect(lambda: self.move(-7))
        this_week = QPushButton(self.tr("This week"))
        this_week.clicked.connect(lambda: self.move(0))
        following = QPushButton(self.tr("Next week ▶"))
        following.setObjectName("nextWeek")
        following.clicked.connect(lambda: self.move(7))
        self.model = appointment_model(self)
        self.view = table_view(
            self.model,
            "weekTable",
            sortable=True,
            title=self.tr("Appointments this week"),
            placeholder=self.tr("No appointments this week."),
        )
        self.message = QLabel()
        set_tone(self.message, "error")
        self.message.hide()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Worker:")))
        top.addWidget(self.worker, 1)
        top.addWidget(previous)
        top.addWidget(this_week)
        top.addWidget(following)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.week)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        self.reload()

    def move(self, days: int) -> None:
        self.start = self.start + timedelta(days=days) if days else monday_of(clock.today())
        self.reload()

    def reload(self) -> None:
        end = self.start + timedelta(days=6)
        self.week.setText(
            self.tr("<b>Week %1</b>: %2 – %3")
            .replace("%1", str(self.start.isocalendar()[1]))
            .replace("%2", labels.format_date(self.start))
            .replace("%3", labels.format_date(end))
        )
        try:
            with self.database.session() as session:
                rows = appointments.worker_appointments(
                    session, self.actor, self.start, end, worker_id=self.worker.currentData()
                )
        except HomewardError as exc:
            self.message.setText(error_text(exc))
            self.message.show()
            rows = []
        self.model.set_rows(rows)


class ExportCalendarDialog(QDialog):
    """Where to write the calendar file, how far ahead, and whether with names."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export to calendar"))
        self.days = QSpinBox()
        self.days.setObjectName("calendarDays")
        self.days.setRange(1, 366)
        from desktop_app.services import calendar

        self.days.setValue(calendar.DEFAULT_DAYS)
        self.days.setSuffix(self.tr(" days"))
        self.with_names = QCheckBox(self.tr("Name the young people (not only the case reference)"))
        self.with_names.setObjectName("calendarWithNames")
        warning = QLabel(
            self.tr(
                "Calendars are often synchronised to cloud services: without names, "
                "events show the case reference only."
            )
        )
        warning.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Next:"), self.days)
        form.addRow("", self.with_names)
        form.addRow(warning)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class CalendarActions(QObject):
    """The Calendar menu of the main window and the subscription file it keeps current."""

    def __init__(self, database: Database, actor: Actor, parent: QWidget) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.week_action = QAction(self.tr("&Week view…"), self)
        self.week_action.setObjectName("weekViewAction")
        self.week_action.triggered.connect(self.show_week)
        self.export_action = QAction(self.tr("&Export to calendar…"), self)
        self.export_action.setObjectName("exportCalendarAction")
        self.export_action.triggered.connect(self.export)
        self.subscribe_action = QAction(self.tr("&Keep a calendar file up to date…"), self)
        self.subscribe_action.setObjectName("subscribeCalendarAction")
        self.subscribe_action.setCheckable(True)
        self.subscribe_action.setChecked(self.subscription_path() is not None)
        self.subscribe_action.toggled.connect(self._subscription_toggled)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        if self.subscription_path() is not None:
            self.timer.start()
            QTimer.singleShot(0, self.refresh)

    @property
    def window(self) -> QWidget:
        # Asked of Qt each time: a reference kept here would tie the window in a cycle
        # that only the garbage collector breaks, at any moment and on any thread.
        parent = self.parent()
        assert isinstance(parent, QWidget)
        return parent

    def install(self, menu_bar: QMenuBar) -> None:
        menu = menu_bar.addMenu(self.tr("&Calendar"))
        menu.addAction(self.week_action)
        menu.addSeparator()
        menu.addAction(self.export_action)
        menu.addAction(self.subscribe_action)

    # --- the week ------------------------------------------------------------------

    def show_week(self) -> WeekView:
        view = WeekView(self.database, self.actor, self.window)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.show()
        return view

    # --- export --------------------------------------------------------------------

    def export(self) -> None:
        dialog = ExportCalendarDialog(self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        target, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export to calendar"),
            "homeward.ics",
            self.tr("Calendar files (*.ics)"),
        )
        if target:
            self.export_to(Path(target), dialog.days.value(), dialog.with_names.isChecked())

    def export_to(self, path: Path, days: int, with_names: bool) -> bool:
        from desktop_app.services import calendar

        try:
            with self.database.session() as session:
                result = calendar.export_calendar(
                    session, self.actor, path, days=days, with_names=with_names, gettext=_gettext()
                )
        except (HomewardError, OSError) as exc:
            self._status(error_text(exc) if isinstance(exc, HomewardError) else str(exc))
            return False
        self._status(
            labels.counted(
                self.tr("%n event(s) written to %1.", "", result.events), result.events
            ).replace("%1", str(result.path))
        )
        return True

    # --- the subscription file ---------------------------------------------------------

    def _key(self) -> str:
        return f"calendar/{self.database.label}/{self.actor.username}"

    def subscription_path(self) -> Path | None:
        value = ui_settings().value(self._key())
        return Path(str(value)) if value else None

    def subscribe(self, path: Path) -> bool:
        settings = ui_settings()
        settings.setValue(self._key(), str(path))
        settings.sync()
        self.timer.start()
        return self.refresh()

    def unsubscribe(self) -> None:
        settings = ui_settings()
        settings.remove(self._key())
        settings.sync()
        self.timer.stop()

    def _subscription_toggled(self, on: bool) -> None:
        if not on:
            self.unsubscribe()
            return
        if self.subscription_path() is not None:
            return
        target, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Calendar file to subscribe to"),
            "homeward.ics",
            self.tr("Calendar files (*.ics)"),
        )
        if not target:
            self.subscribe_action.blockSignals(True)
            self.subscribe_action.setChecked(False)
            self.subscribe_action.blockSignals(False)
            return
        self.subscribe(Path(target))

    def refresh(self) -> bool:
        """Rewrite the subscription file if what it holds changed; True when it is current."""
        path = self.subscription_path()
        if path is None:
            return False
        from desktop_app.services import calendar

        try:
            with self.database.session() as session:
                calendar.refresh_subscription(session, self.actor, path, gettext=_gettext())
        except (HomewardError, OSError) as exc:
            self._status(error_text(exc) if isinstance(exc, HomewardError) else str(exc))
            return False
        return True

    def _status(self, text: str) -> None:
        bar = getattr(self.window, "statusBar", None)
        if callable(bar):
            bar().showMessage(text, 8000)
