"""Risk looks and reads the same on every screen and on paper, in every language: one
colour per level (amber was two), one shape, and the same words ("Red — urgent", not
"Red — High risk" on paper)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTranslator

from desktop_app import config
from desktop_app.domain import risk_levels
from desktop_app.domain.i18n import gettext_for
from desktop_app.reports import base
from desktop_app.ui import caseload_model, charts, labels, transition_widgets, transitions_board


def test_one_colour_per_level_everywhere():
    for code, level in risk_levels.LEVELS.items():
        assert charts.RISK_COLOURS[code] == level.colour
        assert caseload_model.RISK_COLOURS[code] == level.colour
        assert transition_widgets.RISK_COLOURS[code] == level.colour
        assert transitions_board.RISK_TINTS[code] == level.tint
        assert base.RISK_FILL[code].hexval().lower() == "0x" + level.colour[1:].lower()
        icon = (config.icons_dir() / f"risk_{code}.svg").read_text()
        assert level.colour.lower() in icon.lower(), code


@pytest.mark.parametrize("language", ["en", "da", "sv", "de"])
def test_the_screen_and_paper_say_the_same(language):
    translator = QTranslator()
    if language != "en":
        assert translator.load(f"homeward_{language}", str(config.translations_dir()))
    gettext = gettext_for(language)
    for code, words in risk_levels.WORDS.items():
        assert labels.RISKS[code] == words
        screen = translator.translate("Labels", words) or words
        assert screen == gettext(words) == base.risk_words(code, gettext), (language, code)
