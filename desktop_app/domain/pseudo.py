"""Pseudo-translation: every text made longer and accented, to find what does not fit.

``HOMEWARD_LANGUAGE=pseudo`` runs the desktop (and prints documents) with every
translatable text passed through ``pseudo()``: letters get accents, so a text that
never went through translation stands out in plain English, and each text grows by
about 40 % (German and Danish run that much longer than English), so a label or a
column that cuts its text off shows it. Placeholders (``%1``, ``%n``, ``{name}``),
mnemonics (``&``), HTML tags, entities and line breaks are kept as they are.
"""

from __future__ import annotations

import re

CODE = "pseudo"
OPEN, CLOSE = "⟦", "⟧"

_ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "àƀçđéƒĝĥîĵķĺɱñöþǫŕšŧûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĹḾÑÖÞǪŔŠŦÛṼŴẊÝŽ",
)
# What must survive: Qt and Python placeholders, the "(s)" of English plurals, HTML.
_KEEP = re.compile(r"%\d+|%n|%L\d+|\{[^{}]*\}|\(s\)|<[^>]+>|&[a-zA-Z]+;|&#\d+;|\n")
GROWTH = 0.4


def pseudo(text: str) -> str:
    """ "Save the case" → "⟦Šàṽé ŧĥé çàšé·········⟧" (placeholders untouched)."""
    if not text or text.isspace():
        return text
    out, last = [], 0
    for kept in _KEEP.finditer(text):
        out.append(text[last : kept.start()].translate(_ACCENTED))
        out.append(kept.group())
        last = kept.end()
    out.append(text[last:].translate(_ACCENTED))
    body = "".join(out)
    letters = sum(ch.isalpha() for ch in text)
    padding = "·" * max(1, round(letters * GROWTH))
    lead = re.match(r"(?:<[^>]+>)+", body)  # rich text: the marks go inside its outer tags
    tail = re.search(r"(?:<[^>]+>)+$", body)
    start = lead.end() if lead else 0
    end = tail.start() if tail and tail.start() >= start else len(body)
    return f"{body[:start]}{OPEN}{body[start:end]}{padding}{CLOSE}{body[end:]}"


def is_pseudo(text: str) -> bool:
    """A text that went through pseudo() (rich text: inside its outer tags)."""
    plain = re.sub(r"^(?:<[^>]+>)+|(?:<[^>]+>)+$", "", text)
    return plain.startswith(OPEN) and plain.endswith(CLOSE)
