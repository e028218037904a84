"""Take the README's screenshots of the desktop at 1,280 × 720, in English and Danish.

    xvfb-run -a -s "-screen 0 1280x720x24" .venv/bin/python docs/screenshots/take_desktop_screenshots.py

Under a real X server with a window manager (openbox, started here), so windows and
dialogs have their title bars; each picture is the whole screen. Every name comes from
the synthetic demo generator; "today" is pinned so the pictures are the same each time.
One more picture shows the first screen of a database just made by `homeward init`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = Path(__file__).resolve().parent
LANGUAGES = ("en", "da")
SAMPLE = ROOT / "tests" / "data" / "caseload-sample.csv"


def shoot(language: str) -> None:
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from desktop_app.demo import generator
    from desktop_app.services.storage.database import open_database
    from desktop_app.services.trust import auth
    from desktop_app.ui import print_preview
    from desktop_app.ui.application import make_application
    from desktop_app.ui.import_wizard import ImportWizard
    from desktop_app.ui.login import LoginDialog
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.team_dialogs import ReassignDialog

    suffix = "" if language == "en" else f"-{language}"
    app = make_application(sys.argv[:1])

    def settle(seconds: float = 0.6) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.02)

    def save(name: str) -> None:
        settle()
        screen = app.primaryScreen()
        screen.grabWindow(0).save(str(OUT / f"{name}{suffix}.png"))
        print("wrote", OUT / f"{name}{suffix}.png")

    def on_screen(window: QWidget) -> None:
        window.show()
        window.setWindowState(window.windowState() | window.windowState().WindowMaximized)
        window.activateWindow()
        settle(1.0)

    path = Path(os.environ["HOMEWARD_DATA_DIR"]) / "homeward-demo.db"
    database = open_database(path)
    with database.session() as session:
        generator.create_demo(session, 500, 1)
    with database.session() as session:
        worker = auth.login(session, "worker", "demo")
        lead = auth.login(session, "lead", "demo")
        admin = auth.login(session, "admin", "demo")

    # A social worker's day, caseload (all, and a search) and one young person's record.
    window = MainWindow(database, worker)
    on_screen(window)
    save("my-day")
    caseload = window.show_page("caseload")
    save("caseload")
    caseload.search.setText("mohammed")
    save("caseload-search")
    caseload.search.setText("")
    settle()
    reference = caseload.model.reference_at(3) or caseload.model.reference_at(0)
    record = window.open_case(reference)
    for tab, name in (
        ("person_tab", "case-person"),
        ("transitions_tab", "case-transitions"),
        ("contacts_tab", "case-contacts"),
    ):
        record.tabs.setCurrentWidget(record.findChild(QWidget, f"{tab}_holder"))
        save(name)
    window.close()

    # A team lead's board, team screen, housing, partners' offers, reports and import.
    window = MainWindow(database, lead)
    on_screen(window)
    board = window.show_page("transitions")
    save("team-board")
    board.window_combo.setCurrentIndex(board.window_combo.findData("needs_outcome"))
    save("team-board-needs-outcome")
    if language == "en":  # (the Danish board is shown once, above)
        board.tabs.setCurrentIndex(1)
        save("team-board-timeline")
    team = window.show_page("team")
    team.balance_tab.balance_table.selectRow(0)
    save("team-balance")
    case = team.balance_tab.worker_cases_model.row_at(0)
    colleague = team.balance_tab.balance_model.row_at(0)
    reassign = ReassignDialog(database, lead, case.reference, case.name, colleague.username, window)
    reassign.note_edit.setPlainText("Meets best after school; the guardian prefers phone calls.")
    QTimer.singleShot(1200, lambda: (save("team-reassign"), reassign.reject()))
    reassign.exec()
    for index, name in ((2, "team-continuity"), (3, "team-planning"), (4, "team-outcomes")):
        if language == "en":
            team.tabs.setCurrentIndex(index)
            save(name)
    window.show_page("housing")
    save("housing")
    window.show_page("partners")
    save("partners")
    window.show_page("reports")
    save("reports-screen")
    dialog = print_preview.case_document_dialog(window, database, lead, reference, handover=True)
    QTimer.singleShot(1500, lambda: (save("print-preview"), dialog.close()))
    dialog.exec()
    wizard = ImportWizard(database, lead, window)
    wizard.show()
    settle()
    wizard.currentPage().path_edit.setText(str(SAMPLE))  # type: ignore[attr-defined]
    wizard.next()
    settle(2.0)
    save("import")
    wizard.close()
    window.close()

    # The administrator's screen.
    window = MainWindow(database, admin)
    on_screen(window)
    save("admin")
    admin_screen = window.stack.currentWidget()
    admin_screen.tabs.setCurrentIndex(2)  # Settings: rules, reminder, checklists
    settle()
    save("admin-settings")
    window.close()
    database.dispose()

    if language == "en":
        # A database just made by `homeward init`: the login, then the first screen.
        fresh = Path(os.environ["HOMEWARD_DATA_DIR"]) / "fresh.db"
        subprocess.run(
            [sys.executable, "-m", "desktop_app", "init", "--db", str(fresh), "--admin", "admin"],
            env=dict(os.environ, HOMEWARD_PASSWORD="first-admin-2026"),
            check=True,
        )
        database = open_database(fresh)
        login = LoginDialog(database, username="admin")
        login.password.setText("first-admin-2026")
        QTimer.singleShot(1200, lambda: (save("login"), login.reject()))
        login.exec()
        with database.session() as session:
            first = auth.login(session, "admin", "first-admin-2026")
        window = MainWindow(database, first)
        on_screen(window)
        save("fresh-database")
        window.close()
        database.dispose()
    QApplication.processEvents()


def main() -> None:
    if len(sys.argv) > 1:
        shoot(sys.argv[1])
        return
    assert os.environ.get("DISPLAY"), "run under xvfb-run (see the docstring)"
    manager = subprocess.Popen(["openbox", "--sm-disable"]) if shutil.which("openbox") else None
    try:
        for language in LANGUAGES:
            env = dict(
                os.environ,
                QT_QPA_PLATFORM="xcb",
                HOMEWARD_TODAY="2026-03-16",
                HOMEWARD_LANGUAGE=language,
                HOMEWARD_DATA_DIR=tempfile.mkdtemp(prefix=f"homeward-shots-{language}-"),
            )
            subprocess.run([sys.executable, __file__, language], env=env, check=True)
    finally:
        if manager is not None:
            manager.terminate()
            manager.wait()


if __name__ == "__main__":
    main()
