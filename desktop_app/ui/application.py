"""Start-up of the desktop app (filled in by the desktop screens)."""

from __future__ import annotations


def run(argv: list[str]) -> int:
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication.instance() or QApplication(argv)
    label = QLabel(QApplication.translate("Startup", "Homeward is starting…"))
    label.show()
    return int(app.exec())
