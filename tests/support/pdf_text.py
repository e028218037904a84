"""The text of a printed PDF, read back as the document tests compare it."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader


def pdf_pages(path: str | Path) -> list[str]:
    """Each page's text."""
    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def pdf_text(path: str | Path) -> str:
    """The whole document's text, page after page."""
    return "\n".join(pdf_pages(path))


def flat(text: str) -> str:
    """Text without whitespace, so wrapped lines still match."""
    return re.sub(r"\s+", "", text)


def flat_pdf_text(path: str | Path) -> str:
    """The whole document's text without whitespace."""
    return flat(pdf_text(path))
