"""The desktop as a screen reader meets it: run by tests/ui/test_ui_atspi.py under Xvfb with
Qt's AT-SPI bridge on; the test reads and drives it through the accessibility bus.

    python -m tests.atspi_app DATABASE-PATH-OR-URL USERNAME

Opens the main window of USERNAME (password "demo") at 1,280 × 720 and prints "ready"
once it is shown; stops when its standard input closes.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication

from desktop_app.services.storage.database import open_database
from desktop_app.services.trust import auth
from desktop_app.ui.main_window import MainWindow


def main() -> None:
    target, username = sys.argv[1], sys.argv[2]
    app = QApplication([sys.argv[0]])
    app.setApplicationName("Homeward")
    database = open_database(database_url=target) if "://" in target else open_database(target)
    with database.session() as session:
        actor = auth.login(session, username, "demo")
    window = MainWindow(database, actor)
    window.resize(1280, 680)
    window.show()
    QTimer.singleShot(500, lambda: print("ready", flush=True))
    # The test closes our standard input when it is done.
    stdin = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    stdin.activated.connect(lambda *_: sys.stdin.readline() or app.quit())
    app.exec()
    window.next_step = None
    database.dispose()


if __name__ == "__main__":
    main()
