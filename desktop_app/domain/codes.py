"""Countries (ISO 3166) and languages (ISO 639), by code or English name."""

from __future__ import annotations

from functools import lru_cache

import pycountry

from desktop_app.domain import i18n
from desktop_app.domain.i18n import message as _


class UnknownCodeError(ValueError):
    pass


@lru_cache(maxsize=2048)
def country_code(text: str) -> str:
    """ISO 3166 alpha-2 code for an alpha-2 or alpha-3 code or an English country name."""
    raw = text.strip()
    if not raw:
        raise UnknownCodeError(_("the country is empty"))
    try:
        country = pycountry.countries.lookup(raw)
    except LookupError:
        matches = []
        try:
            matches = pycountry.countries.search_fuzzy(raw)
        except LookupError:
            pass
        if len(matches) != 1:
            raise UnknownCodeError(_("'{raw}' is not a known country", raw=raw)) from None
        country = matches[0]
    return str(country.alpha_2)


def country_name(code: str | None) -> str:
    """The country's English name, which names itself in the reader's language when shown
    through a catalogue (`domain.i18n.country`, from CLDR)."""
    if not code:
        return ""
    country = pycountry.countries.get(alpha_2=code) or pycountry.countries.get(alpha_3=code)
    if country is None:
        return code
    return i18n.country(str(country.alpha_2))


@lru_cache(maxsize=2048)
def language_code(text: str) -> str:
    """ISO 639-1 code where one exists (else 639-3) for a code or an English language name."""
    raw = text.strip()
    if not raw:
        raise UnknownCodeError(_("the language is empty"))
    # Codes first: lookup() alone takes "en" for the language named "En" (enc), not English.
    key = raw.lower()
    language = (pycountry.languages.get(alpha_2=key) if len(key) == 2 else None) or (
        pycountry.languages.get(alpha_3=key) if len(key) == 3 else None
    )
    if language is not None:
        return str(getattr(language, "alpha_2", None) or language.alpha_3)
    try:
        language = pycountry.languages.lookup(raw)
    except LookupError:
        raise UnknownCodeError(_("'{raw}' is not a known language", raw=raw)) from None
    return str(getattr(language, "alpha_2", None) or language.alpha_3)


def language_codes(text: str) -> list[str]:
    """Languages separated by ';' (or ','), each a code or a name."""
    parts = [p for chunk in text.split(";") for p in chunk.split(",")]
    return [language_code(p) for p in parts if p.strip()]


def language_name(code: str) -> str:
    """The language's English name, in the reader's language when shown through a catalogue."""
    language = pycountry.languages.get(alpha_2=code) or pycountry.languages.get(alpha_3=code)
    return i18n.language(code) if language else code
