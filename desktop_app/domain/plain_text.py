"""Names and references are plain text: no control characters, no hidden direction changes.

A name with a NUL or a BEL breaks spreadsheets and printers, and a right-to-left
override (U+202E) makes a name or a reference *display* as something else than
what is stored. So these are refused when a name or reference is typed or
imported, and written out harmlessly if one is already stored.

Refused: every control character (Unicode category Cc: the C0 and C1 controls,
NUL, BEL, tab, new line, DEL), line and paragraph separators (Zl, Zp), lone
surrogates (Cs), and the format characters (Cf) — the bidi embeddings, overrides
and isolates, the left-to-right and right-to-left marks, zero-width spaces, the
byte-order mark, soft hyphens, tags. Kept: the zero-width non-joiner (U+200C) and
joiner (U+200D), which are part of the correct spelling of many Persian, Kurdish,
Urdu and Pashto names (and of Indic scripts) and change no direction.
"""

from __future__ import annotations

import unicodedata

from desktop_app.domain.i18n import message as _

# Part of the spelling of names in Persian, Kurdish, Urdu, Pashto and Indic scripts.
ALLOWED_FORMAT_CHARACTERS = frozenset({"\u200c", "\u200d"})
REFUSED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})


def is_hidden_character(char: str) -> bool:
    """A character that has no business in a name: a control or an invisible format character."""
    if char in ALLOWED_FORMAT_CHARACTERS:
        return False
    return unicodedata.category(char) in REFUSED_CATEGORIES


def first_hidden_character(text: str) -> str | None:
    # Every refused category is one `isprintable` refuses too ("Other" and "Separator"), so
    # a printable text (nearly every name) needs no look at each character.
    if text.isprintable():
        return None
    for char in text:
        if is_hidden_character(char):
            return char
    return None


def describe(char: str) -> str:
    """ "U+202E RIGHT-TO-LEFT OVERRIDE", or "U+0007" for a control without a name."""
    name = unicodedata.name(char, "")
    return f"U+{ord(char):04X} {name}".strip()


def hidden_character_problem(text: str) -> str | None:
    """Why `text` cannot be a name or reference, or None when it can."""
    char = first_hidden_character(text)
    if char is None:
        return None
    return _(
        "It contains a control or invisible character ({character}); type it again without it.",
        character=describe(char),
    )


def plain_text_errors(values: dict[str, object]) -> dict[str, str]:
    """For each text value with a refused character: why (the field names are the caller's)."""
    errors: dict[str, str] = {}
    for name, value in values.items():
        if isinstance(value, str):
            problem = hidden_character_problem(value)
            if problem is not None:
                errors[name] = problem
    return errors


def visible(text: str, replacement: str = "\ufffd") -> str:
    """`text` with every refused character replaced, for writing out stored data safely."""
    if first_hidden_character(text) is None:
        return text
    return "".join(replacement if is_hidden_character(c) else c for c in text)


def terminal_text(text: str) -> str:
    """`text` for a terminal: lines and tabs kept, every other refused character replaced,
    so a value echoed from a file or the database cannot move the cursor, clear the
    screen or turn the text around."""
    if first_hidden_character(text) is None:
        return text
    return "".join("\ufffd" if is_hidden_character(c) and c not in "\n\t" else c for c in text)
