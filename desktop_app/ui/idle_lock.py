"""Locking the window after idle time, and the first-login password change.

The lock hides the window's content behind a password prompt without closing
or rebuilding anything, so unsaved edits are still there after unlocking.
Wiring (composition root, after the main window is shown)::

    if not ensure_password_changed(window, database, actor):
        return 0
    window.idle_lock = IdleLock(database, actor, window)
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services import settings
from desktop_app.services.actor import Actor
from desktop_app.services.errors import HomewardError, ValidationError
from desktop_app.services.storage.database import Database
from desktop_app.services.trust import audit, auth, users
from desktop_app.ui.messages import error_text, reasons_text

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class UnlockDialog(QDialog):
    """Asks the logged-in user's password again; Escape does not unlock."""

    unlocked = Signal()

    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._actor = actor
        self.setObjectName("unlockDialog")
        self.setWindowTitle(self.tr("Homeward is locked"))
        self.setModal(True)
        text = QLabel(
            self.tr(
                "Homeward was locked after a time without use. Enter the password of %1 to go on."
            ).replace("%1", actor.full_name or actor.username)
        )
        text.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setObjectName("unlockPassword")
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setObjectName("unlockMessage")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Unlock"))
        buttons.accepted.connect(self.try_unlock)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.password)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def try_unlock(self) -> None:
        try:
            users.log_in(self._database, self._actor.username, self.password.text())
        except HomewardError as exc:
            self.message.setText(error_text(exc))
            self.password.clear()
            return
        self.password.clear()
        self.unlocked.emit()
        self.accept()

    def reject(self) -> None:  # Escape or the close button: stay locked.
        return


class IdleLock(QObject):
    """Locks `window` after the configured idle minutes (setting `idle_lock_minutes`)."""

    locked = Signal()
    unlocked = Signal()

    def __init__(
        self,
        database: Database,
        actor: Actor,
        window: QMainWindow,
        *,
        interval_ms: int | None = None,
    ) -> None:
        super().__init__(window)
        self._database = database
        self._actor = actor
        self._window = window
        self.dialog: UnlockDialog | None = None
        if interval_ms is None:
            with database.session() as session:
                minutes = settings.idle_lock_minutes(session)
            interval_ms = minutes * 60_000
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.lock)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self.timer.start()

    @property
    def is_locked(self) -> bool:
        return self.dialog is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and not self.is_locked:
            self.timer.start()
        return False

    def lock(self) -> None:
        if self.is_locked:
            return
        content = self._window.centralWidget()
        if content is not None:
            content.setVisible(False)  # hidden, not destroyed: unsaved edits stay
        try:
            with self._database.session() as session:
                audit.record(session, self._actor, "window_locked")
        except HomewardError:
            pass
        self.dialog = UnlockDialog(self._database, self._actor, self._window)
        self.dialog.unlocked.connect(self._unlocked)
        self.dialog.open()
        self.locked.emit()

    def _unlocked(self) -> None:
        content = self._window.centralWidget()
        if content is not None:
            content.setVisible(True)
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
        self.timer.start()
        self.unlocked.emit()

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


class ChangePasswordDialog(QDialog):
    """The first-login change of an initial password (or any later change)."""

    def __init__(
        self,
        database: Database,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        forced: bool = False,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._actor = actor
        self.setObjectName("changePasswordDialog")
        self.setWindowTitle(self.tr("Change your password"))
        intro = QLabel(
            self.tr("You logged in with an initial password. Choose your own password to go on.")
            if forced
            else self.tr("Choose a new password.")
        )
        intro.setWordWrap(True)
        self.current = QLineEdit()
        self.current.setObjectName("currentPassword")
        self.new = QLineEdit()
        self.new.setObjectName("newPassword")
        self.repeat = QLineEdit()
        self.repeat.setObjectName("repeatPassword")
        for edit in (self.current, self.new, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setObjectName("passwordMessage")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Current password"), self.current)
        form.addRow(self.tr("New password"), self.new)
        form.addRow(self.tr("New password again"), self.repeat)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.try_change)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def try_change(self) -> None:
        if self.new.text() != self.repeat.text():
            self.message.setText(self.tr("The two new passwords are not the same."))
            return
        if self.new.text() == self.current.text():
            self.message.setText(self.tr("The new password must differ from the current one."))
            return
        try:
            with self._database.session() as session:
                auth.change_password(session, self._actor, self.current.text(), self.new.text())
        except ValidationError as exc:
            self.message.setText(reasons_text(exc.errors, "; "))
            return
        except HomewardError as exc:
            self.message.setText(error_text(exc))
            return
        self.accept()


def ensure_password_changed(parent: QWidget | None, database: Database, actor: Actor) -> bool:
    """After login: an initial password must be changed before work starts (not in demos)."""
    with database.session() as session:
        needed = users.must_change_password(session, actor)
    if not needed:
        return True
    dialog = ChangePasswordDialog(database, actor, parent, forced=True)
    return dialog.exec() == QDialog.DialogCode.Accepted


def start_daily_backup(database: Database) -> None:
    """Once a day at start: the automatic backup on the background worker.

    A failure is logged and never stops the start; the administrator sees the
    backups (or their absence) in Administration → Backups.
    """
    if database.path is None:
        return
    import logging

    from desktop_app.services.trust import backup
    from desktop_app.ui.operations import Progress, run_operation

    log = logging.getLogger(__name__)

    def work(_progress: Progress) -> object:
        return backup.daily_backup(database)

    run_operation(
        None,
        work,
        on_failure=lambda exc: log.warning("The daily backup failed: %s", exc),
    )
