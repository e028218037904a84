"""The login dialog and the first-run dialog (which database to use)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.actor import Actor
from desktop_app.services.errors import HomewardError
from desktop_app.services.storage import startup
from desktop_app.services.storage.database import Database
from desktop_app.services.trust import auth, users
from desktop_app.ui.icons import app_icon, icon
from desktop_app.ui.messages import error_text, message_text
from desktop_app.ui.tones import set_tone


class LoginDialog(QDialog):
    """User name and password; a wrong password gets a plain message and the dialog stays."""

    def __init__(
        self, database: Database, parent: QWidget | None = None, *, username: str = ""
    ) -> None:
        super().__init__(parent)
        self._database = database
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Homeward – log in"))
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(380)

        heading = QLabel(self.tr("<h2>Homeward</h2>"))
        where = QLabel(self.tr("Database: %1").replace("%1", database.label))
        where.setObjectName("databaseLabel")
        where.setToolTip(str(database.path or database.label))
        where.setStyleSheet("color: palette(mid);")

        self.username = QLineEdit(username)
        self.username.setObjectName("username")
        self.username.setAccessibleName(self.tr("User name"))
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.message = QLabel()
        self.message.setObjectName("loginMessage")
        self.message.setWordWrap(True)
        set_tone(self.message, "error")
        self.message.hide()

        form = QFormLayout()
        form.addRow(self.tr("&User name"), self.username)
        form.addRow(self.tr("&Password"), self.password)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Log in"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(where)
        for warning in database.warnings:
            note = QLabel(message_text(warning))
            note.setWordWrap(True)
            layout.addWidget(note)
        if self._is_demo():
            hint = QLabel(
                self.tr(
                    "This is a demo database with made-up people. Log in as "
                    "<b>worker</b>, <b>lead</b>, <b>coordinator</b> or <b>admin</b>; "
                    "the password is <b>demo</b>."
                )
            )
            hint.setObjectName("demoHint")
            hint.setWordWrap(True)
            layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        (self.password if username else self.username).setFocus()

    def _is_demo(self) -> bool:
        try:
            with self._database.read_session() as session:
                return startup.is_demo_database(session)
        except HomewardError:
            return False

    def try_login(self) -> None:
        name = self.username.text().strip()
        if not name:
            self._show(self.tr("Type your user name."))
            self.username.setFocus()
            return
        try:
            # Its own unit of work, so a failed attempt still counts towards the lockout.
            self.actor = users.log_in(self._database, name, self.password.text())
        except HomewardError as exc:
            self._show(error_text(exc))
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()


class StartChoice(Enum):
    NEW = "new"
    OPEN = "open"
    DEMO = "demo"
    SERVER = "server"


@dataclass(frozen=True)
class FirstRunResult:
    choice: StartChoice
    path: Path | None
    database: Database | None = None  # the team server's database, already connected


class FirstRunDialog(QDialog):
    """No database yet: create a new one, open an existing file, or try the demo."""

    def __init__(self, default_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._default_path = default_path
        self.result_choice: FirstRunResult | None = None
        self.setWindowTitle(self.tr("Welcome to Homeward"))
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(480)
        intro = QLabel(
            self.tr(
                "<h2>Welcome to Homeward</h2>"
                "<p>Homeward keeps its records in a database file on this computer. "
                "Choose how to start.</p>"
            )
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        self.new_button = QCommandLinkButton(
            self.tr("Create a new database"),
            self.tr("An empty database for your service; you choose the first administrator."),
        )
        self.new_button.setIcon(icon("new_case"))
        self.open_button = QCommandLinkButton(
            self.tr("Open an existing database file"),
            self.tr("A Homeward database that you or a colleague already use."),
        )
        self.open_button.setIcon(icon("case"))
        self.demo_button = QCommandLinkButton(
            self.tr("Open the demo database"),
            self.tr("Made-up young people and demo accounts (password 'demo') to try Homeward."),
        )
        self.demo_button.setIcon(icon("homeward"))
        self.server_button = QCommandLinkButton(
            self.tr("Connect to your team's database server"),
            self.tr("A PostgreSQL database your team shares; IT gives you its details."),
        )
        self.server_button.setIcon(icon("team"))
        self.server_button.clicked.connect(self._server)
        self.new_button.clicked.connect(self._new)
        self.open_button.clicked.connect(self._open)
        self.demo_button.clicked.connect(self._demo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.new_button)
        layout.addWidget(self.open_button)
        layout.addWidget(self.demo_button)
        layout.addWidget(self.server_button)
        layout.addWidget(buttons)

    def _new(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Create a new database"),
            str(self._default_path),
            self.tr("Homeward database (*.db)"),
        )
        if path:
            self.result_choice = FirstRunResult(StartChoice.NEW, Path(path))
            self.accept()

    def _open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a database"),
            str(self._default_path.parent),
            self.tr("Homeward database (*.db);;All files (*)"),
        )
        if path:
            self.result_choice = FirstRunResult(StartChoice.OPEN, Path(path))
            self.accept()

    def _demo(self) -> None:
        self.result_choice = FirstRunResult(StartChoice.DEMO, None)
        self.accept()

    def _server(self) -> None:
        from desktop_app.ui.server_dialog import ServerConnectionDialog

        dialog = ServerConnectionDialog(self)
        if dialog.exec() and dialog.database is not None:
            self.result_choice = FirstRunResult(StartChoice.SERVER, None, dialog.database)
            self.accept()


class FirstAdministratorDialog(QDialog):
    """A new database needs its first administrator before anyone can log in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("First administrator"))
        self.setWindowIcon(app_icon())
        explain = QLabel(
            self.tr(
                "This new database has no users yet. Create the administrator account; "
                "the administrator then adds the social workers and teams."
            )
        )
        explain.setWordWrap(True)
        self.username = QLineEdit("admin")
        self.full_name = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setWordWrap(True)
        set_tone(self.message, "error")
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Full name"), self.full_name)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Password again"), self.repeat)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _check(self) -> None:
        if self.password.text() != self.repeat.text():
            self.message.setText(self.tr("The two passwords are not the same."))
            return
        if not self.username.text().strip():
            self.message.setText(self.tr("Type a user name."))
            return
        self.accept()

    def create_in(self, database: Database) -> None:
        """Create the administrator (raises a HomewardError the caller shows)."""
        from desktop_app.services.actor import SYSTEM

        with database.session() as session:
            auth.create_user(
                session,
                SYSTEM,
                self.username.text().strip(),
                self.full_name.text().strip() or self.username.text().strip(),
                "admin",
                self.password.text(),
                None,
                must_change_password=False,
            )
