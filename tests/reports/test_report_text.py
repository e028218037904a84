"""Text on paper: Arabic shaping and line breaking, dates by locale."""

from __future__ import annotations

import unicodedata
from datetime import date

from desktop_app.reports.base import fit_cell
from desktop_app.reports.text import format_date, register_fonts, shape


def test_arabic_is_joined_and_drawn_right_to_left():
    name = "فاطمة"
    drawn = shape(name)
    assert drawn != name
    # joined forms (presentation forms) that fold back to the same letters, in visual order
    assert all("\ufe70" <= ch <= "\ufeff" for ch in drawn)
    assert unicodedata.normalize("NFKC", drawn)[::-1] == name
    # Latin and Cyrillic pass through untouched
    assert shape("Олена Haddad-Müller") == "Олена Haddad-Müller"


def test_long_arabic_text_breaks_in_reading_order():
    register_fonts()
    words = ["مرحبا", "بكم", "في", "المدينة", "الجديدة", "مع", "الأصدقاء", "والعائلة"]
    text = " ".join(words)
    cell = fit_cell(text, 90)
    lines = cell.split("\n")
    assert len(lines) > 1
    # the first drawn line holds the first words the reader reads
    first = unicodedata.normalize("NFKC", lines[0])[::-1]
    assert first.startswith(words[0]) and words[-1] not in first
    assert unicodedata.normalize("NFKC", lines[-1])[::-1].endswith(words[-1])


def test_short_latin_cells_stay_plain_and_long_ones_wrap():
    register_fonts()
    assert fit_cell("Turns 18", 100) == "Turns 18"
    wrapped = fit_cell("Due in 20 days and no housing is secured.", 60)
    assert (
        "\n" in wrapped
        and wrapped.replace("\n", " ") == "Due in 20 days and no housing is secured."
    )


def test_dates_follow_the_locale():
    day = date(2026, 3, 16)
    assert format_date(day, "en_GB") == "16/03/2026"
    assert format_date(day, "en_US") == "03/16/2026"
    assert format_date(day, "da_DK") == "16.03.2026"
    assert format_date(day, "de") == "16.03.2026"
    assert format_date(day, "sv_SE") == "2026-03-16"
    assert format_date(day, "C") == "2026-03-16"
