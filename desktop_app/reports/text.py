"""Fonts and text: embedded DejaVu Sans, Arabic-script shaping, dates in the reader's locale."""

from __future__ import annotations

import re
import threading
from datetime import date, datetime
from functools import lru_cache
from xml.sax.saxutils import escape

import arabic_reshaper
from bidi import get_display
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop_app.config import fonts_dir

FONT = "HomewardSans"
FONT_BOLD = "HomewardSans-Bold"

_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the shipped DejaVu Sans once per process (it covers Latin, Cyrillic and Arabic)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        folder = fonts_dir()
        pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont(FONT_BOLD, str(folder / "DejaVuSans-Bold.ttf")))
        pdfmetrics.registerFontFamily(
            FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
        )
        _registered = True


# Hebrew, Arabic, Syriac, Thaana, NKo… and the Arabic presentation forms.
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_reshaper = arabic_reshaper.ArabicReshaper()


@lru_cache(maxsize=4096)
def shape(text: str) -> str:
    """Text as it must be drawn: Arabic letters joined and right-to-left runs in visual order.

    ReportLab draws glyphs left to right as given, so joining and reordering
    happen here; Latin and Cyrillic text passes through unchanged.
    """
    if not text or not _RTL.search(text):
        return text
    return str(get_display(_reshaper.reshape(text)))


def is_rtl(text: str) -> bool:
    return bool(text) and _RTL.search(text) is not None


def joined(text: str) -> str:
    """Arabic letters in their joined forms, still in logical (reading) order."""
    return str(_reshaper.reshape(text)) if is_rtl(text) else text


def visual(text: str) -> str:
    """One line of already joined text reordered for drawing left to right."""
    return str(get_display(text)) if is_rtl(text) else text


def markup(value: object) -> str:
    """A value as safe Paragraph markup (escaped, shaped)."""
    return escape(shape("" if value is None else str(value)))


# Date patterns by language (and country where the two differ); ISO is the fallback.
_DATE_PATTERNS: dict[str, str] = {
    "en_us": "%m/%d/%Y",
    "en": "%d/%m/%Y",
    "da": "%d.%m.%Y",
    "de": "%d.%m.%Y",
    "nb": "%d.%m.%Y",
    "no": "%d.%m.%Y",
    "fi": "%d.%m.%Y",
    "ru": "%d.%m.%Y",
    "uk": "%d.%m.%Y",
    "pl": "%d.%m.%Y",
    "cs": "%d.%m.%Y",
    "tr": "%d.%m.%Y",
    "sv": "%Y-%m-%d",
    "lt": "%Y-%m-%d",
    "fr": "%d/%m/%Y",
    "es": "%d/%m/%Y",
    "it": "%d/%m/%Y",
    "pt": "%d/%m/%Y",
    "ar": "%d/%m/%Y",
    "nl": "%d-%m-%Y",
}


def date_pattern(locale: str) -> str:
    key = locale.replace("-", "_").lower()
    return _DATE_PATTERNS.get(key) or _DATE_PATTERNS.get(key.split("_")[0]) or "%Y-%m-%d"


def format_date(value: date | None, locale: str) -> str:
    if value is None:
        return ""
    return value.strftime(date_pattern(locale))


def format_datetime(value: datetime, locale: str) -> str:
    return f"{format_date(value.date(), locale)} {value.strftime('%H:%M')}"
