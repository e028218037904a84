"""Take the README screenshots of the caseload in Danish, Swedish, German and the
pseudo-translation, and of the new-case dialog's validation messages in Danish.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/take_language_screenshots.py

Each language runs in its own process with HOMEWARD_LANGUAGE set, as a user's choice
in Settings › Language applies at the next start. Every name is made up by the demo
generator; "today" is pinned so the pictures are the same each time.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = Path(__file__).resolve().parent
LANGUAGES = ("da", "sv", "de", "pseudo")


def shoot(language: str) -> None:
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication

    from desktop_app.demo import generator
    from desktop_app.services.storage.database import open_database
    from desktop_app.services.trust import auth
    from desktop_app.ui.application import make_application
    from desktop_app.ui.main_window import MainWindow

    path = Path(os.environ["HOMEWARD_DATA_DIR"]) / "homeward-demo.db"
    database = open_database(path)
    with database.session() as session:
        generator.create_demo(session, 500, 1)
    app = make_application(sys.argv[:1])
    with database.session() as session:
        worker = auth.login(session, "worker", "demo")
    window = MainWindow(database, worker)
    window.resize(1360, 820)
    window.show()
    for _ in range(3):
        app.processEvents()
    window.show_page("caseload")
    for _ in range(3):
        app.processEvents()
    if language != "da":  # Danish: take_desktop_screenshots.py, at 1,280 × 720
        window.grab().save(str(OUT / f"caseload-{language}.png"))
    if language == "da":
        from desktop_app.ui.new_case_dialog import NewCaseDialog

        dialog = NewCaseDialog(database, worker, window)
        dialog.family_name.setText("Haidari")
        dialog.date_of_birth.setText("31.02.2008")
        dialog.nationality.setText("Narnia")
        dialog.show()
        dialog.create()
        for _ in range(3):
            app.processEvents()
        dialog.grab().save(str(OUT / "new-case-errors-da.png"))
        dialog.close()
    window.close()
    database.dispose()
    QApplication.processEvents()


def main() -> None:
    if len(sys.argv) > 1:
        shoot(sys.argv[1])
        return
    for language in LANGUAGES:
        env = dict(
            os.environ,
            QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            HOMEWARD_TODAY="2026-03-16",
            HOMEWARD_LANGUAGE=language,
            HOMEWARD_DATA_DIR=tempfile.mkdtemp(prefix=f"homeward-shots-{language}-"),
        )
        subprocess.run([sys.executable, __file__, language], env=env, check=True)


if __name__ == "__main__":
    main()
