"""Cells for files a spreadsheet program opens: never a formula, never a character that breaks it.

A spreadsheet runs a CSV cell that begins with `=`, `+`, `-` or `@` (and, in
some programs, a tab or carriage return) as a formula, so a name typed as
`=HYPERLINK(…)` could run when a coordinator opens an export. Every CSV writer
of Homeward puts its text cells through `csv_cell` (a leading apostrophe, as
OWASP advises; spreadsheets show the text without it) and every XLSX writer
through `xlsx_cell` (a text cell, never a formula). Numbers stay numbers: only
text is escaped, so a negative `days_left` is still -5.

Both also replace control and invisible characters (see plain_text.py) that
might already be stored: XLSX cannot hold them at all, and in a CSV they hide
what a cell says.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import Any

from desktop_app.domain.plain_text import visible

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> Any:
    """A value ready for csv.writer: text that would start a formula gets a leading apostrophe."""
    if not isinstance(value, str):
        return value
    if value.startswith(FORMULA_STARTS):
        value = "'" + value
    return visible(value)


def xlsx_text(value: str) -> str:
    """Text an XLSX cell can hold (it is written as a text cell, so it is never a formula)."""
    return visible(value)


def unescape_csv_cell(text: str) -> str:
    """The cell as it was before `csv_cell` (for reading an export back in)."""
    if text.startswith("'") and text[1:].startswith(FORMULA_STARTS):
        return text[1:]
    return text


class SafeCsvWriter:
    """csv.writer whose every text cell goes through `csv_cell`."""

    def __init__(self, handle: Any, **options: Any) -> None:
        self._writer = csv.writer(handle, **options)

    def writerow(self, row: Iterable[Any]) -> Any:
        return self._writer.writerow([csv_cell(v) for v in row])

    def writerows(self, rows: Iterable[Iterable[Any]]) -> None:
        for row in rows:
            self.writerow(row)


def csv_writer(handle: Any, **options: Any) -> SafeCsvWriter:
    """The one way Homeward writes CSV (exports, `--format csv`, chart numbers, the audit log)."""
    return SafeCsvWriter(handle, **options)
