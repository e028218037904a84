"""Take the README screenshots from a fresh synthetic demo database.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/take_screenshots.py

Every name in them is made up by the demo generator; "today" is pinned so the
pictures are the same each time.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["HOMEWARD_TODAY"] = "2026-03-16"
os.environ["HOMEWARD_DATA_DIR"] = tempfile.mkdtemp(prefix="homeward-shots-")

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
OUT = Path(__file__).resolve().parent


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from desktop_app.demo import generator
    from desktop_app.services.storage.database import open_database
    from desktop_app.services.trust import auth
    from desktop_app.ui.application import make_application
    from desktop_app.ui.login import LoginDialog
    from desktop_app.ui.main_window import MainWindow

    path = Path(os.environ["HOMEWARD_DATA_DIR"]) / "homeward-demo.db"
    database = open_database(path)
    with database.session() as session:
        generator.create_demo(session, 500, 1)
    app = make_application(sys.argv[:1])

    login = LoginDialog(database, username="worker")
    login.password.setText("demo")
    login.show()
    app.processEvents()
    login.grab().save(str(OUT / "login.png"))
    login.close()

    with database.session() as session:
        worker = auth.login(session, "worker", "demo")
    window = MainWindow(database, worker)
    window.resize(1360, 820)
    window.show()
    for _ in range(3):
        app.processEvents()
    window.grab().save(str(OUT / "my-day.png"))

    caseload = window.show_page("caseload")
    caseload.search.setText("mohammed")
    caseload.apply_filters()
    app.processEvents()
    window.grab().save(str(OUT / "caseload-search.png"))
    caseload.search.setText("")
    caseload.apply_filters()
    app.processEvents()
    window.grab().save(str(OUT / "caseload.png"))

    reference = caseload.model.reference_at(3) or caseload.model.reference_at(0)
    assert reference is not None
    record = window.open_case(reference)
    assert record is not None
    record.tabs.setCurrentIndex(1)
    app.processEvents()
    window.grab().save(str(OUT / "case-transitions.png"))
    record.tabs.setCurrentIndex(0)
    app.processEvents()
    window.grab().save(str(OUT / "case-person.png"))
    window.close()
    database.dispose()
    QApplication.processEvents()


if __name__ == "__main__":
    main()
