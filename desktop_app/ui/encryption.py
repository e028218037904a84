"""Asking for the passphrase of an encrypted database (and choosing one for a new database).

Wiring at start-up (`app.run_gui`), where the database file is opened::

    if is_encrypted_file(path):           # services.storage.database
        database = open_encrypted(path)   # None when the user cancels
    ...
    # creating a new database:
    passphrase = choose_passphrase()      # None: not encrypted
    database = open_database(path, passphrase=passphrase)
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.storage.database import (
    Database,
    DatabaseOpenError,
    open_database,
)
from desktop_app.ui.messages import error_text

MIN_PASSPHRASE_LENGTH = 12


class PassphraseDialog(QDialog):
    """One passphrase to open a database, or a new one typed twice to create it."""

    def __init__(self, path: Path, parent: QWidget | None = None, *, new: bool = False) -> None:
        super().__init__(parent)
        self._new = new
        self.path = path
        self.database: Database | None = None
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(
            self.tr("Encrypt the new database") if new else self.tr("Encrypted database")
        )
        intro = QLabel(
            self.tr(
                "Choose a passphrase to encrypt %1. Without it nobody, you included, can read the "
                "file or its backups: keep it somewhere safe."
            ).replace("%1", path.name)
            if new
            else self.tr("%1 is encrypted. Enter its passphrase.").replace("%1", path.name)
        )
        intro.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("passphraseRepeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setObjectName("passphraseMessage")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Passphrase"), self.passphrase)
        if new:
            form.addRow(self.tr("Passphrase again"), self.repeat)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def chosen(self) -> str:
        return self.passphrase.text()

    def try_accept(self) -> None:
        text = self.passphrase.text()
        if self._new:
            if len(text) < MIN_PASSPHRASE_LENGTH:
                self.message.setText(
                    self.tr("The passphrase needs at least %1 characters.").replace(
                        "%1", str(MIN_PASSPHRASE_LENGTH)
                    )
                )
                return
            if text != self.repeat.text():
                self.message.setText(self.tr("The two passphrases are not the same."))
                return
            self.accept()
            return
        try:
            self.database = open_database(self.path, passphrase=text, create=False)
        except DatabaseOpenError as exc:
            self.message.setText(error_text(exc))
            self.passphrase.clear()
            return
        self.accept()


def open_encrypted(path: Path, parent: QWidget | None = None) -> Database | None:
    """Ask for the passphrase until the database opens; None when the user cancels."""
    dialog = PassphraseDialog(path, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.database


def choose_passphrase(path: Path, parent: QWidget | None = None) -> str | None:
    """A new passphrase for a new database, or None when the user keeps it unencrypted."""
    dialog = PassphraseDialog(path, parent, new=True)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.chosen()
