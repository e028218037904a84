"""Watching the connection to a shared database server.

On a team's PostgreSQL server the connection can go (the server restarts, the
network drops). Every step that then fails says so in plain words and keeps
what was typed; this watch asks the server every few seconds, off the GUI
thread, shows a banner above the pages while it does not answer and takes it away, with a
note in the status bar, once it answers again. The engine's pre-ping makes
the next step use a fresh connection, so work carries on where it stopped.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QSizePolicy
from shiboken6 import isValid

from desktop_app.services.storage.database import Database
from desktop_app.ui.operations import Progress, run_operation

CHECK_EVERY_MS = 15_000
RETRY_EVERY_MS = 3_000


class ConnectionWatch(QObject):
    lost = Signal()
    restored = Signal()

    def __init__(self, database: Database, window: QMainWindow) -> None:
        # The window is reached as parent(), never kept: a reference back to it
        # would keep a closed window alive until the garbage collector runs.
        super().__init__(window)
        self._database = database
        self._checking = False
        self.is_lost = False
        self.banner = QLabel(
            self.tr(
                "The connection to the database server is lost. Homeward keeps trying; what "
                "you have typed stays here, and you can save it once the server answers again."
            ),
            window,
        )
        self.banner.setObjectName("connectionLost")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "QLabel { background: #fdecea; color: #5f1d16; border: 1px solid #e0a39b;"
            " padding: 6px 10px; }"
        )
        self.banner.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.banner.hide()  # the window puts it above its pages
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check_now)
        self.timer.start()

    def check_now(self) -> None:
        """Ask the server once, off the GUI thread (a check still running is not doubled)."""
        if self._checking:
            return
        self._checking = True

        def ask(_progress: Progress) -> bool:
            return self._database.is_reachable()

        run_operation(None, ask, on_success=self._answered, on_failure=self._failed)

    def _failed(self, _exc: BaseException) -> None:
        self._answered(False)

    def _answered(self, reachable: bool) -> None:
        if not isValid(self):
            return  # the window closed while the server was being asked
        self._checking = False
        if not reachable and not self.is_lost:
            self.is_lost = True
            self.banner.show()
            self.timer.setInterval(RETRY_EVERY_MS)
            self.lost.emit()
        elif reachable and self.is_lost:
            self.is_lost = False
            self.banner.hide()
            self.timer.setInterval(CHECK_EVERY_MS)
            self.parent().statusBar().showMessage(  # type: ignore[attr-defined]
                self.tr("Connected to the database server again."), 8000
            )
            self.restored.emit()
