"""Help → About: the version, the database in use and its schema, and where the data lives.

IT departments and support ask for exactly these facts; every path can be
opened in the file manager and the whole text copied in one click.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.storage.about import AboutFacts, about_facts
from desktop_app.services.storage.database import Database
from desktop_app.ui.icons import app_icon


class AboutDialog(QDialog):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.facts: AboutFacts = about_facts(database)
        facts = self.facts
        self.setWindowTitle(self.tr("About Homeward"))
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(520)

        logo = QLabel()
        logo.setObjectName("aboutIcon")
        logo.setPixmap(app_icon().pixmap(64, 64))
        title = QLabel(
            self.tr("<h2>%1</h2><p>Version %2</p>")
            .replace("%1", facts.name)
            .replace("%2", facts.version)
        )
        title.setObjectName("aboutTitle")
        summary = QLabel(
            self.tr(
                "Case management for social workers who accompany young refugees "
                "through housing transitions."
            )
        )
        summary.setWordWrap(True)
        heading = QVBoxLayout()
        heading.addWidget(title)
        heading.addWidget(summary)
        top = QHBoxLayout()
        top.addWidget(logo)
        top.addLayout(heading, 1)

        if facts.schema_revision is None:
            schema = self.tr("not created yet")
        elif facts.schema_is_current:
            schema = self.tr("%1 (up to date)").replace("%1", facts.schema_revision)
        else:
            schema = (
                self.tr("%1 (newest is %2)")
                .replace("%1", facts.schema_revision)
                .replace("%2", facts.newest_revision or "?")
            )
        database_text = facts.database
        if facts.encrypted:
            database_text = self.tr("%1 (encrypted)").replace("%1", database_text)

        form = QFormLayout()
        self.database_label = self._value(database_text, "aboutDatabase")
        self.schema_label = self._value(schema, "aboutSchema")
        form.addRow(self.tr("Database:"), self._with_open(self.database_label, facts.database))
        form.addRow(self.tr("Schema revision:"), self.schema_label)
        self.data_label = self._value(str(facts.data_folder), "aboutDataFolder")
        self.backups_label = self._value(str(facts.backups_folder), "aboutBackups")
        self.logs_label = self._value(str(facts.logs_folder), "aboutLogs")
        form.addRow(self.tr("Data folder:"), self._with_open(self.data_label, facts.data_folder))
        form.addRow(self.tr("Backups:"), self._with_open(self.backups_label, facts.backups_folder))
        form.addRow(self.tr("Logs:"), self._with_open(self.logs_label, facts.logs_folder))
        build = self.tr("installed application") if facts.frozen else self.tr("Python environment")
        form.addRow(
            self.tr("Running from:"),
            self._value(
                self.tr("%1 · Python %2 · Qt %3")
                .replace("%1", build)
                .replace("%2", facts.python_version)
                .replace("%3", qVersion()),
                "aboutRuntime",
            ),
        )
        note = QLabel(
            self.tr(
                "Uninstalling Homeward never deletes the data folder. An administrator "
                "backs it up under Administration → Backups or with the command "
                "homeward backup."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(mid);")

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.copy_button.setObjectName("aboutCopy")
        self.copy_button.clicked.connect(self.copy_details)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def _value(self, text: str, name: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(
            label.textInteractionFlags() | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        return label

    def _with_open(self, label: QLabel, target: Path | str) -> QWidget:
        if isinstance(target, str) and "://" in target:
            return label  # a database server: nothing to open on this PC
        folder = target if isinstance(target, Path) else Path(target).parent
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label, 1)
        button = QPushButton(self.tr("Open"))
        button.setToolTip(self.tr("Show %1 in the file manager").replace("%1", str(folder)))
        button.clicked.connect(lambda: self._open_folder(folder))
        layout.addWidget(button)
        return row

    def _open_folder(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def details_text(self) -> str:
        # Not translated on purpose: this text goes into support tickets.
        facts = self.facts
        return "\n".join(
            [
                f"{facts.name} {facts.version}",
                f"Database: {facts.database}{' (encrypted)' if facts.encrypted else ''}",
                f"Schema revision: {facts.schema_revision} (newest {facts.newest_revision})",
                f"Data folder: {facts.data_folder}",
                f"Backups: {facts.backups_folder}",
                f"Logs: {facts.logs_folder}",
                f"Python {facts.python_version}, Qt {qVersion()}, "
                f"{'installed application' if facts.frozen else 'Python environment'}",
            ]
        )

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details_text())
