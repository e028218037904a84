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

from desktop_app.domain import pseudo

DOMAIN = "homeward"
LOCALE_DIR = Path(__file__).resolve().parents[2] / "resources" / "locale"
LANGUAGES = ("en", "da", "sv", "de")
ENVIRONMENT_VARIABLE = "HOMEWARD_LANGUAGE"

Gettext = Callable[[str], str]


def identity(message: str) -> str:
    return message


def normalise(language: str | None) -> str:
    """ "da_DK", "sv-SE", "DE" → "da", "sv", "de"; anything without a catalogue → "en".

    "pseudo" stays itself: the pseudo-translation that checks nothing is cut off."""
    code = (language or "").strip().replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES or code == pseudo.CODE else "en"


def default_language() -> str:
    """HOMEWARD_LANGUAGE when it names a language we print in, else English."""
    return normalise(os.environ.get(ENVIRONMENT_VARIABLE))


class _PseudoTranslations(gettext.NullTranslations):
    def gettext(self, message: str) -> str:
        return pseudo.pseudo(message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return pseudo.pseudo(msgid1 if n == 1 else msgid2)


@lru_cache(maxsize=8)
def translator(language: str | None) -> gettext.NullTranslations:
    """The catalogue for `language` (English and unknown languages: no translation)."""
    code = normalise(language)
    if code == "en":
        return gettext.NullTranslations()
    if code == pseudo.CODE:
        return _PseudoTranslations()
    return gettext.translation(DOMAIN, localedir=str(LOCALE_DIR), languages=[code], fallback=True)


def gettext_for(language: str | None) -> Gettext:
    return translator(language).gettext


# --- Messages of the services -----------------------------------------------------------


class Message(str):
    """A message for the user: English as a plain string, and translatable later.

    The services raise errors worded in English (what the command line prints and the
    logs keep). ``message("No team called '{name}'.", name=name)`` is that English text,
    but it also remembers its template and values, so the desktop can show the same
    message in the user's language with ``translated(text, gettext)``.
    """

    template: str
    params: dict[str, object]

    def __new__(cls, template: str, /, **params: object) -> Message:
        self = super().__new__(cls, _fill(template, params, identity))
        self.template = template
        self.params = params
        return self

    def __reduce__(self) -> tuple[object, ...]:
        # Pickled whole (a batch of documents drawn in other processes carries messages),
        # whatever arguments a kind of message is made from.
        return (_rebuilt, (type(self), str(self), dict(self.__dict__)))

    def translated(self, gettext: Gettext = identity) -> str:
        try:
            return _fill(gettext(self.template), self.params, gettext)
        except (KeyError, IndexError, ValueError):
            return _fill(self.template, self.params, gettext)  # a broken translation


def _rebuilt(kind: type[Message], text: str, state: dict[str, object]) -> Message:
    message = str.__new__(kind, text)
    message.__dict__.update(state)
    return message


class Sentence(Message):
    """A fragment such as "'31.02.2026' does not exist in the calendar" made a sentence:
    capitalised, with a full stop, in whatever language it is shown."""

    def __new__(cls, fragment: str) -> Sentence:
        self = str.__new__(cls, _as_sentence(str(fragment)))
        self.template = str(fragment)
        self.params = {"fragment": fragment}
        return self

    def translated(self, gettext: Gettext = identity) -> str:
        return _as_sentence(translated(self.params["fragment"], gettext))


class Joined(Message):
    """Items joined by a word ("accepted or declined"), each translated when shown."""

    def __new__(cls, items: list[str], word: str) -> Joined:
        self = str.__new__(cls, f" {word} ".join(str(item) for item in items))
        self.template = str(word)
        self.params = {"items": list(items), "word": word}
        return self

    def translated(self, gettext: Gettext = identity) -> str:
        word = translated(self.params["word"], gettext)
        items = self.params["items"]
        assert isinstance(items, list)
        return f" {word} ".join(translated(item, gettext) for item in items)


class Localised(Message):
    """A number, a country or a language, written as the reader's language writes it.

    As a string it is English ("4,152", "Eritrea"), as the command line prints it; shown
    through a catalogue (`translated`) it follows CLDR's data for that language ("4.152"
    in Danish, "4 152" in Swedish; "Eritrea", "tigrinja"), by Babel.
    """

    def __new__(cls, what: str, value: object, decimals: int = 0) -> Localised:
        self = str.__new__(cls, _localise(what, value, decimals, "en"))
        self.template = str(self)
        self.params = {"what": what, "value": value, "decimals": decimals}
        return self

    def translated(self, gettext: Gettext = identity) -> str:
        params = self.params
        decimals = params["decimals"]
        return _localise(
            str(params["what"]),
            params["value"],
            decimals if isinstance(decimals, int) else 0,
            language_of(gettext),
        )


def number(value: float, decimals: int = 0) -> Localised:
    """A number in a message: "4,152" in English, "4.152" in Danish."""
    return Localised("number", value, decimals)


def country(code: str) -> Localised:
    """A country (ISO 3166 alpha-2) by its name in the reader's language."""
    return Localised("country", code)


def language(code: str) -> Localised:
    """A language (ISO 639) by its name in the reader's language."""
    return Localised("language", code)


def language_of(gettext: Gettext) -> str:
    """The language of a catalogue's `gettext` ("en" for none)."""
    owner = getattr(gettext, "__self__", None)
    if owner is not None:
        for code in (*LANGUAGES, pseudo.CODE):
            if translator(code) is owner:
                return code
    return "en"


@lru_cache(maxsize=4096)
def _localise(what: str, value: object, decimals: int, language: str) -> str:
    from babel import Locale
    from babel.numbers import format_decimal

    code = "en" if language not in LANGUAGES else language
    if what == "number":
        pattern = "#,##0" + (("." + "0" * decimals) if decimals else "")
        return str(format_decimal(value, format=pattern, locale=code))  # type: ignore[arg-type]
    if code == "en":  # the names the command line has always printed
        return _english_name(what, str(value))
    names = Locale.parse(code).territories if what == "country" else Locale.parse(code).languages
    key = str(value)
    name = names.get(key.upper() if what == "country" else key)
    if name is None and what == "language":  # 639-3 codes Babel names by another key
        name = names.get(key.lower())
    if name is None:
        return _english_name(what, key)
    # Language names are lower case in running Danish and Swedish text; a fact stands alone.
    return str(name[:1].upper() + name[1:])


def _english_name(what: str, code: str) -> str:
    """pycountry's English name, for the few codes CLDR does not name."""
    import pycountry

    if what == "country":
        found = pycountry.countries.get(alpha_2=code) or pycountry.countries.get(alpha_3=code)
        return str(getattr(found, "common_name", None) or found.name) if found else code
    found = pycountry.languages.get(alpha_2=code) or pycountry.languages.get(alpha_3=code)
    return str(found.name) if found else code


def message(template: str, /, **params: object) -> Message:
    """Mark an English message for translation; values are filled in by name."""
    return Message(template, **params)


def sentence(fragment: str) -> str:
    """ "the date is empty" → "The date is empty." (and translatable, if the fragment is)."""
    if isinstance(fragment, Message):
        return Sentence(fragment)
    return _as_sentence(str(fragment))


def text_of(error: BaseException) -> str:
    """The message an error was raised with, still translatable (``str(error)`` is not)."""
    if error.args and isinstance(error.args[0], Message):
        return error.args[0]
    return str(error)


def translated(text: object, gettext: Gettext = identity) -> str:
    """`text` in the language of `gettext` when it is a Message; other text as it is."""
    if isinstance(text, Message):
        return text.translated(gettext)
    return str(text)


def _fill(template: str, params: dict[str, object], gettext: Gettext) -> str:
    if not params:
        return template
    values = {k: v.translated(gettext) if isinstance(v, Message) else v for k, v in params.items()}
    return template.format(**values)


def _as_sentence(text: str) -> str:
    text = text.strip().rstrip(".")
    return f"{text[:1].upper()}{text[1:]}." if text else text
