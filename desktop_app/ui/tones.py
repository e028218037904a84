"""Words in a tone — an error, a warning, a hint — that stay readable on the user's colours.

A fixed red or amber reads well on a light window but not on a dark high-contrast one.
`set_tone` picks the tone's colour when it stands out enough from the widget's
background (a contrast of 4.5:1, as WCAG and EN 301 549 ask of text), and the palette's
own text colour otherwise, so the words never disappear; the message says what it is
in words anyway.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

TONES = {"error": "#b00020", "warning": "#8a5a00", "hint": "#555555"}
MIN_CONTRAST = 4.5


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(one: QColor, other: QColor) -> float:
    """The contrast ratio of two colours (1 to 21)."""
    light, dark = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def tone_colour(tone: str, palette: QPalette) -> QColor:
    """The tone's colour on this palette, or the palette's text colour if it would not
    stand out from the background."""
    colour = QColor(TONES[tone])
    background = palette.color(QPalette.ColorRole.Window)
    if contrast(colour, background) >= MIN_CONTRAST:
        return colour
    return palette.color(QPalette.ColorRole.WindowText)


def set_tone(widget: QWidget, tone: str) -> None:
    """Show the widget's text in the tone ("error", "warning" or "hint")."""
    widget.setStyleSheet("")
    palette = widget.palette()
    colour = tone_colour(tone, palette)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        palette.setColor(role, colour)
    widget.setPalette(palette)
