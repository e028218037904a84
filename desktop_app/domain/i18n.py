"""Translations of the printed documents (no Qt): gettext catalogues in resources/locale.

Strings are marked with ``_("…")`` and named placeholders filled after translation,
``_("Overdue by {days} days").format(days=3)``. English is the source language and needs
no catalogue. The compiled ``homeward.mo`` files are committed with their ``.po`` sources.
"""

from __future__ import annotations

import gettext
import os
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

DOMAIN = "homeward"
LOCALE_DIR = Path(__file__).resolve().parents[2] / "resources" / "locale"
LANGUAGES = ("en", "da", "sv", "de")
ENVIRONMENT_VARIABLE = "HOMEWARD_LANGUAGE"

Gettext = Callable[[str], str]


def identity(message: str) -> str:
    return message


def normalise(language: str | None) -> str:
    """ "da_DK", "sv-SE", "DE" → "da", "sv", "de"; anything without a catalogue → "en"."""
    code = (language or "").strip().replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else "en"


def default_language() -> str:
    """HOMEWARD_LANGUAGE when it names a language we print in, else English."""
    return normalise(os.environ.get(ENVIRONMENT_VARIABLE))


@lru_cache(maxsize=8)
def translator(language: str | None) -> gettext.NullTranslations:
    """The catalogue for `language` (English and unknown languages: no translation)."""
    code = normalise(language)
    if code == "en":
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, localedir=str(LOCALE_DIR), languages=[code], fallback=True)


def gettext_for(language: str | None) -> Gettext:
    return translator(language).gettext
