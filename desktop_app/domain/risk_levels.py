"""How risk looks and reads, the same on every screen and every document.

Red, amber and green each have one colour (for text, shapes and bars on white), one
tint (a light background behind a badge), one shape (so risk is never told by colour
alone: a triangle, a diamond, a circle — resources/icons/risk_*.svg) and one set of
words, which screens (ui/labels.py) and paper (reports/) translate alike.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RiskLevel:
    code: str
    colour: str  # text, shapes, bars and the fill of a printed badge
    tint: str  # the light background of a badge on screen
    ink: str  # text on `colour`
    shape: str  # the icon's shape
    words: str  # English; translated by each screen's and document's catalogue


LEVELS: dict[str, RiskLevel] = {
    "red": RiskLevel("red", "#c62828", "#fde8e8", "#ffffff", "triangle", "Red — urgent"),
    "amber": RiskLevel("amber", "#b87900", "#fff4d6", "#000000", "diamond", "Amber — watch"),
    "green": RiskLevel("green", "#2e7d32", "#e6f4e7", "#ffffff", "circle", "Green — on track"),
}

COLOURS = {code: level.colour for code, level in LEVELS.items()}
TINTS = {code: level.tint for code, level in LEVELS.items()}
WORDS = {code: level.words for code, level in LEVELS.items()}
