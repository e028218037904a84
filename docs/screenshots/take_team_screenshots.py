"""Take the README screenshots of the transitions board and the team screen.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/take_team_screenshots.py

From a fresh synthetic demo database (every name is made up); "today" is pinned
so the pictures are the same each time.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["HOMEWARD_TODAY"] = "2026-03-16"
os.environ["HOMEWARD_DATA_DIR"] = tempfile.mkdtemp(prefix="homeward-team-shots-")

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
OUT = Path(__file__).resolve().parent


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from desktop_app.demo import generator
    from desktop_app.services.storage.database import open_database
    from desktop_app.services.trust import auth
    from desktop_app.ui.team_dialogs import ReassignDialog
    from desktop_app.ui.team_screen import TeamScreen
    from desktop_app.ui.transitions_board import TransitionsBoard

    path = Path(os.environ["HOMEWARD_DATA_DIR"]) / "homeward-demo.db"
    database = open_database(path)
    with database.session() as session:
        generator.create_demo(session, 500, 1)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with database.session() as session:
        lead = auth.login(session, "lead", "demo")
        coordinator = auth.login(session, "coordinator", "demo")

    def shoot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
        app.processEvents()
        widget.grab().save(str(OUT / name))
        print("wrote", OUT / name)

    board = TransitionsBoard(database, lead)
    board.resize(1500, 820)
    board.show()
    shoot(board, "team-board.png")
    board.tabs.setCurrentIndex(1)
    shoot(board, "team-board-timeline.png")
    board.close()

    screen = TeamScreen(database, lead)
    screen.resize(1500, 850)
    screen.show()
    screen.balance_tab.balance_table.selectRow(0)
    shoot(screen, "team-balance.png")
    case = screen.balance_tab.worker_cases_model.row_at(0)
    worker = screen.balance_tab.balance_model.row_at(0)
    dialog = ReassignDialog(database, lead, case.reference, case.name, worker.username)
    dialog.resize(640, 420)
    dialog.show()
    dialog.note_edit.setPlainText("Meets best after school; the guardian prefers phone calls.")
    shoot(dialog, "team-reassign.png")
    dialog.close()
    screen.tabs.setCurrentIndex(2)
    shoot(screen, "team-continuity.png")
    screen.close()

    screen = TeamScreen(database, coordinator)
    screen.resize(1500, 850)
    screen.show()
    screen.tabs.setCurrentIndex(3)
    shoot(screen, "team-planning.png")
    screen.tabs.setCurrentIndex(4)
    shoot(screen, "team-outcomes.png")
    screen.close()
    database.dispose()


if __name__ == "__main__":
    main()
