"""Errors, warnings and hints stay readable on the user's colours, a dark high-contrast
palette included, and follow the system's font size."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from desktop_app.ui.login import LoginDialog
from desktop_app.ui.tones import MIN_CONTRAST, TONES, contrast, set_tone, tone_colour
from tests.support.paths import REPO


def _palette(window: str, text: str) -> QPalette:
    palette = QPalette()
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        palette.setColor(role, QColor(window))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        palette.setColor(role, QColor(text))
    return palette


def test_a_tone_keeps_its_colour_on_a_light_window_and_gives_way_on_a_dark_one():
    light, dark = _palette("#ffffff", "#000000"), _palette("#000000", "#ffffff")
    for tone in TONES:
        assert tone_colour(tone, light) == QColor(TONES[tone])
        on_dark = tone_colour(tone, dark)
        assert contrast(on_dark, dark.color(QPalette.ColorRole.Window)) >= MIN_CONTRAST
    assert round(contrast(QColor("#000000"), QColor("#ffffff")), 1) == 21.0


def test_the_login_message_follows_a_high_contrast_palette_and_the_font_size(qtbot, db):
    app = QApplication.instance()
    before_palette, before_font = app.palette(), app.font()
    try:
        app.setPalette(_palette("#000000", "#ffff00"))  # a dark high-contrast theme
        bigger = QFont(before_font)
        bigger.setPointSizeF(before_font.pointSizeF() * 1.5)
        app.setFont(bigger)
        dialog = LoginDialog(db)
        qtbot.addWidget(dialog)
        dialog.username.setText("nobody")
        dialog.password.setText("wrong")
        dialog.try_login()
        message = dialog.message
        assert message.text()  # the refusal is said
        shown = message.palette().color(QPalette.ColorRole.WindowText)
        assert contrast(shown, QColor("#000000")) >= MIN_CONTRAST
        assert message.font().pointSizeF() == bigger.pointSizeF()
        label = QLabel("x")
        set_tone(label, "error")
        assert label.palette().color(QPalette.ColorRole.WindowText) == QColor("#ffff00")
    finally:
        app.setPalette(before_palette)
        app.setFont(before_font)


def test_no_screen_fixes_a_colour_or_a_font_size_of_its_own():
    offenders = [
        f"{path.name}: {line.strip()}"
        for path in (REPO / "desktop_app" / "ui").glob("*.py")
        for line in path.read_text(encoding="utf-8").splitlines()
        if ('setStyleSheet("color: #' in line or "setPointSize(" in line or "font-size" in line)
    ]
    assert offenders == []
