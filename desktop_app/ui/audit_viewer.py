"""The audit viewer: entries per case, per user, by date and action, with CSV export.

The audit-log service decides what each role may see; this screen only
filters and shows it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
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
from desktop_app.ui.people import people
from desktop_app.ui.tables import Column, RowTableModel, table_view

_Index = QModelIndex | QPersistentModelIndex


_DETAIL = "AuditDetail"

# The words for what an entry's details name, in the order a sentence gives them.
DETAIL_WORDS: dict[str, str] = {
    "username": QT_TRANSLATE_NOOP("AuditDetail", "user"),
    "role": QT_TRANSLATE_NOOP("AuditDetail", "role"),
    "team": QT_TRANSLATE_NOOP("AuditDetail", "team"),
    "to": QT_TRANSLATE_NOOP("AuditDetail", "to"),
    "from": QT_TRANSLATE_NOOP("AuditDetail", "from"),
    "worker": QT_TRANSLATE_NOOP("AuditDetail", "worker"),
    "document": QT_TRANSLATE_NOOP("AuditDetail", "document"),
    "recipient": QT_TRANSLATE_NOOP("AuditDetail", "for"),
    "output": QT_TRANSLATE_NOOP("AuditDetail", "to"),
    "language": QT_TRANSLATE_NOOP("AuditDetail", "language"),
    "kind": QT_TRANSLATE_NOOP("AuditDetail", "kind"),
    "outcome": QT_TRANSLATE_NOOP("AuditDetail", "outcome"),
    "state": QT_TRANSLATE_NOOP("AuditDetail", "state"),
    "cases": QT_TRANSLATE_NOOP("AuditDetail", "cases"),
    "count": QT_TRANSLATE_NOOP("AuditDetail", "number"),
    "rows": QT_TRANSLATE_NOOP("AuditDetail", "rows"),
    "file": QT_TRANSLATE_NOOP("AuditDetail", "file"),
    "reason": QT_TRANSLATE_NOOP("AuditDetail", "reason"),
    "note": QT_TRANSLATE_NOOP("AuditDetail", "note"),
    "message": QT_TRANSLATE_NOOP("AuditDetail", "message"),
}


def _value_text(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return (
            QCoreApplication.translate(_DETAIL, "yes")
            if value
            else QCoreApplication.translate(_DETAIL, "no")
        )
    if isinstance(value, list | tuple):
        return ", ".join(_value_text(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{_words(k)} {_value_text(v)}" for k, v in value.items())
    return str(value)


def _words(key: str) -> str:
    word = DETAIL_WORDS.get(key)
    return QCoreApplication.translate(_DETAIL, word) if word else key.replace("_", " ")


def detail_sentence(action: str, detail: Any) -> str:
    """An entry's details as one sentence in the interface language: the action's name, then
    what it changed ("given name: Amal → Amaal") and what it names ("reason: …")."""
    sentence = labels.label(labels.AUDIT_ACTIONS, action)
    parts: list[str] = []
    if isinstance(detail, dict):
        changes = detail.get("changes")
        if isinstance(changes, dict):
            for field, change in changes.items():
                if isinstance(change, dict) and {"before", "after"} <= change.keys():
                    parts.append(
                        f"{_words(field)}: {_value_text(change['before'])} → "
                        f"{_value_text(change['after'])}"
                    )
                else:
                    parts.append(f"{_words(field)}: {_value_text(change)}")
        for key, value in detail.items():
            if key != "changes":
                parts.append(f"{_words(key)}: {_value_text(value)}")
    elif detail not in (None, "", {}):
        parts.append(_value_text(detail))
    if parts:
        sentence += " — " + "; ".join(parts)
    return sentence + "."


class AuditModel(RowTableModel[audit_query.AuditRow]):
    """Audit rows, newest first (the service limits how many are read at once)."""

    COL_ID, COL_AT, COL_USER, COL_ACTION, COL_CASE, COL_DETAIL = range(6)

    def __init__(self, parent: Any = None, name_of: Any = None) -> None:
        name_of = name_of or (lambda username: username or "")
        super().__init__(
            [
                Column(self.tr("#"), lambda r: r.id, align_right=False),
                Column(self.tr("When"), lambda r: r.as_record()["at"].replace("T", " ")),
                Column(
                    self.tr("User"),
                    lambda r: name_of(r.username),
                    tooltip=lambda r: r.username or "",  # the login name, for the log's filter
                ),
                Column(self.tr("Action"), lambda r: labels.label(labels.AUDIT_ACTIONS, r.action)),
                Column(self.tr("Case"), lambda r: r.case_reference),
                Column(
                    self.tr("Detail"),
                    lambda r: detail_sentence(r.action, r.detail),
                    tooltip=lambda r: detail_sentence(r.action, r.detail),
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
        self.case_filter.setAccessibleName(self.tr("Case"))
        self.case_filter.setPlaceholderText(self.tr("Case reference"))
        self.user_filter = QLineEdit()
        self.user_filter.setObjectName("auditUser")
        self.user_filter.setAccessibleName(self.tr("User"))
        self.user_filter.setPlaceholderText(self.tr("User name"))
        self.action_filter = QComboBox()
        self.action_filter.setObjectName("auditAction")
        self.since_check = QCheckBox(self.tr("From"))
        self.since = QDateEdit()
        self.since.setObjectName("auditSince")
        self.since.setAccessibleName(self.tr("From"))
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("yyyy-MM-dd")
        self.until_check = QCheckBox(self.tr("to"))
        self.until = QDateEdit()
        self.until.setObjectName("auditUntil")
        self.until.setAccessibleName(self.tr("Until"))
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

        self.model = AuditModel(self, people(database).name)
        # Not sortable on screen: it holds the newest entries only, the service sorts them.
        self.table = table_view(
            self.model, "auditTable", fit_columns=False, title=self.tr("Audit log")
        )

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
