"""Connecting to a team's shared PostgreSQL server.

Host, port, database, user and TLS mode are kept in the UI settings; the
password only in the operating system's keyring (when "Remember the password"
is ticked and the computer has a keyring), never in a file.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.errors import HomewardError, ValidationError
from desktop_app.services.storage.database import Database, open_database
from desktop_app.services.trust import credentials
from desktop_app.ui import preferences
from desktop_app.ui.icons import app_icon
from desktop_app.ui.messages import error_text, reasons_text
from desktop_app.ui.tones import set_tone


class ServerConnectionDialog(QDialog):
    """Where the team's database is; on Connect it opens (and upgrades) it, or says why not."""

    def __init__(self, parent: QWidget | None = None, *, message: str = "") -> None:
        super().__init__(parent)
        self.database: Database | None = None
        self.setWindowTitle(self.tr("Connect to your team's database server"))
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(460)
        intro = QLabel(
            self.tr(
                "A team shares one PostgreSQL database on a server. Your IT department gives "
                "you these details; your own Homeward user name and password come after."
            )
        )
        intro.setWordWrap(True)
        last = preferences.last_server() or {}
        self.host = QLineEdit(last.get("host", ""))
        self.host.setObjectName("serverHost")
        self.host.setPlaceholderText(self.tr("e.g. homeward.municipality.local"))
        self.port = QLineEdit(last.get("port", "") or str(credentials.DEFAULT_PORT))
        self.port.setObjectName("serverPort")
        self.database_name = QLineEdit(last.get("database", "") or "homeward")
        self.database_name.setObjectName("serverDatabase")
        self.user = QLineEdit(last.get("user", ""))
        self.user.setObjectName("serverUser")
        self.tls = QComboBox()
        self.tls.setObjectName("serverTls")
        tls_words = {
            "disable": self.tr("Off (only on a trusted network)"),
            "allow": self.tr("If the server wants it"),
            "prefer": self.tr("When the server offers it"),
            "require": self.tr("Always (encrypted)"),
            "verify-ca": self.tr("Always, and check the server's certificate"),
            "verify-full": self.tr("Always, and check the certificate and the server name"),
        }
        for mode in credentials.TLS_MODES:
            self.tls.addItem(tls_words[mode], mode)
        self.tls.setCurrentIndex(max(0, self.tls.findData(last.get("tls_mode") or "prefer")))
        self.password = QLineEdit()
        self.password.setObjectName("serverPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember the password in this computer's keyring"))
        self.remember.setObjectName("serverRemember")
        self.remember.setChecked(True)
        if last:
            try:
                stored = credentials.stored_password(self._settings())
            except ValidationError:
                stored = None
            if stored:
                self.password.setText(stored)

        form = QFormLayout()
        form.addRow(self.tr("&Server"), self.host)
        form.addRow(self.tr("P&ort"), self.port)
        form.addRow(self.tr("&Database"), self.database_name)
        form.addRow(self.tr("Database &user"), self.user)
        form.addRow(self.tr("&Encryption (TLS)"), self.tls)
        form.addRow(self.tr("&Password"), self.password)
        form.addRow("", self.remember)
        self.message = QLabel(message)
        self.message.setObjectName("serverMessage")
        self.message.setWordWrap(True)
        set_tone(self.message, "error")
        self.message.setVisible(bool(message))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Connect"))
        buttons.accepted.connect(self.connect_to_server)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _settings(self) -> credentials.ServerSettings:
        return credentials.server_settings(
            self.host.text(),
            self.port.text(),
            self.database_name.text(),
            self.user.text(),
            str(self.tls.currentData()),
        )

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def connect_to_server(self) -> None:
        """Open the database with these details; stays open with the reason when it cannot."""
        try:
            settings = self._settings()
        except ValidationError as exc:
            self._show(reasons_text(exc.errors, " "))
            return
        try:
            database = open_database(database_url=settings.url(self.password.text()))
        except HomewardError as exc:
            self._show(error_text(exc))
            return
        preferences.remember_server(
            {
                "host": settings.host,
                "port": str(settings.port),
                "database": settings.database,
                "user": settings.user,
                "tls_mode": settings.tls_mode,
            }
        )
        if self.remember.isChecked() and self.password.text():
            if not credentials.remember_password(settings, self.password.text()):
                database.warnings.append(
                    self.tr(
                        "This computer has no keyring to keep the server password in; "
                        "Homeward will ask for it at the next start."
                    )
                )
        else:
            credentials.forget_password(settings)
        self.database = database
        self.accept()


def reconnect_silently() -> Database | None:
    """The last team server, when its password is in the keyring and it answers; else None."""
    last = preferences.last_server()
    if last is None:
        return None
    try:
        settings = credentials.server_settings(**last)
    except (ValidationError, TypeError):
        return None
    password = credentials.stored_password(settings)
    if password is None:
        return None
    try:
        return open_database(database_url=settings.url(password))
    except HomewardError:
        return None
