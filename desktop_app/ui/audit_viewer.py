"""The audit viewer: entries per case, per user, by date and action, with CSV export.

The audit-log service decides what each role may see; this screen only
filters and shows it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services import clock
from desktop_app.services.actor import Actor
from desktop_app.services.errors import HomewardError
from desktop_app.services.storage.database import Database
from desktop_app.services.trust import audit_query
from desktop_app.ui import labels
from desktop_app.ui.messages import error_text
from desktop_app.ui.tables import Column, RowTableModel, table_view

_Index = QModelIndex | QPersistentModelIndex


class AuditModel(RowTableModel[audit_query.AuditRow]):
    """Audit rows, newest first (the service limits how many are read at once)."""

    COL_ID, COL_AT, COL_USER, COL_ACTION, COL_CASE, COL_DETAIL = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(self.tr("#"), lambda r: r.id, align_right=False),
                Column(self.tr("When"), lambda r: r.as_record()["at"].replace("T", " ")),
                Column(self.tr("User"), lambda r: r.username),
                Column(self.tr("Action"), lambda r: labels.label(labels.AUDIT_ACTIONS, r.action)),
                Column(self.tr("Case"), lambda r: r.case_reference),
                Column(
                    self.tr("Detail"),
                    lambda r: r.as_record()["detail"],
                    tooltip=lambda r: r.as_record()["detail"],
                ),
            ],
            parent,
        )


class AuditViewer(QWidget):
    """Filters (case, user, action, dates), the entries, and Export CSV."""

    loaded = Signal(int)

    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._actor = actor
        self.setObjectName("auditViewer")
        if not audit_query.may_view(actor):
            raise HomewardError(
                self.tr("The audit log is for team leads, coordinators and administrators.")
            )

        self.case_filter = QLineEdit()
        self.case_filter.setObjectName("auditCase")
        self.case_filter.setPlaceholderText(self.tr("Case reference"))
        self.user_filter = QLineEdit()
        self.user_filter.setObjectName("auditUser")
        self.user_filter.setPlaceholderText(self.tr("User name"))
        self.action_filter = QComboBox()
        self.action_filter.setObjectName("auditAction")
        self.since_check = QCheckBox(self.tr("From"))
        self.since = QDateEdit()
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("yyyy-MM-dd")
        self.until_check = QCheckBox(self.tr("to"))
        self.until = QDateEdit()
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("yyyy-MM-dd")
        # Homeward's "today" (a demo or a test may pin it), the day entries are stamped with.
        today = labels.qdate(clock.today())
        self.since.setDate(today.addDays(-30))
        self.until.setDate(today)
        self.apply_button = QPushButton(self.tr("Show"))
        self.apply_button.setObjectName("auditShow")
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.setObjectName("auditExport")
        self.message = QLabel()
        self.message.setObjectName("auditMessage")
        self.message.setWordWrap(True)

        self.model = AuditModel(self)
        # Not sortable on screen: it holds the newest entries only, the service sorts them.
        self.table = table_view(self.model, "auditTable", fit_columns=False)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Case")))
        filters.addWidget(self.case_filter)
        filters.addWidget(QLabel(self.tr("User")))
        filters.addWidget(self.user_filter)
        filters.addWidget(QLabel(self.tr("Action")))
        filters.addWidget(self.action_filter)
        filters.addWidget(self.since_check)
        filters.addWidget(self.since)
        filters.addWidget(self.until_check)
        filters.addWidget(self.until)
        filters.addWidget(self.apply_button)
        filters.addStretch(1)
        filters.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.refresh)
        self.case_filter.textChanged.connect(lambda _t: self._debounce.start())
        self.user_filter.textChanged.connect(lambda _t: self._debounce.start())
        self.apply_button.clicked.connect(self.refresh)
        self.export_button.clicked.connect(self.export_csv)
        self._fill_actions()
        self.action_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        for box in (self.since_check, self.until_check):
            box.toggled.connect(lambda _on: self.refresh())
        self.since.dateChanged.connect(lambda _d: self.refresh())
        self.until.dateChanged.connect(lambda _d: self.refresh())
        self.refresh()

    def _fill_actions(self) -> None:
        with self._database.session() as session:
            names = audit_query.actions(session)
        self.action_filter.addItem(self.tr("All actions"), None)
        for name in names:
            self.action_filter.addItem(labels.label(labels.AUDIT_ACTIONS, name), name)

    def current_filter(self) -> audit_query.AuditFilter:
        return audit_query.AuditFilter(
            case_reference=self.case_filter.text().strip() or None,
            username=self.user_filter.text().strip() or None,
            action=self.action_filter.currentData(),
            since=labels.pydate(self.since.date()) if self.since_check.isChecked() else None,
            until=labels.pydate(self.until.date()) if self.until_check.isChecked() else None,
        )

    def refresh(self) -> None:
        try:
            with self._database.session() as session:
                rows = audit_query.query(session, self._actor, self.current_filter())
        except HomewardError as exc:
            self.model.set_rows([])
            self.message.setText(error_text(exc))
            self.loaded.emit(0)
            return
        self.model.set_rows(rows)
        self.message.setText(self.tr("%n entries", "", len(rows)))
        self.loaded.emit(len(rows))

    def export_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit log"), "audit-log.csv", self.tr("CSV files (*.csv)")
        )
        if not path:
            return
        try:
            with self._database.session() as session:
                count = audit_query.export_csv(
                    session, self._actor, self.current_filter(), Path(path), overwrite=True
                )
        except (HomewardError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Export the audit log"), error_text(exc))
            return
        self.message.setText(self.tr("Exported %n entries.", "", count))
