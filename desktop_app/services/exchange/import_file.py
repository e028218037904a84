"""Reading a spreadsheet to import: CSV (UTF-8 with or without BOM, or Windows-1252; `,` `;`
or tab) or XLSX, as a header row and rows of text numbered as the spreadsheet numbers them."""

from __future__ import annotations

import csv
import io
import warnings
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from desktop_app.domain.i18n import message as _
from desktop_app.services.errors import HomewardError


class ImportFileError(HomewardError):
    """The file itself cannot be imported (unreadable, empty, required columns missing)."""


@dataclass
class SpreadsheetTable:
    """A header row and data rows as text; `row_numbers` as the spreadsheet numbers them."""

    headers: list[str]
    rows: list[list[str]]
    row_numbers: list[int]
    source: str = ""

    def cell(self, index: int, column: int) -> str:
        row = self.rows[index]
        return row[column] if column < len(row) else ""


def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in (";", ",", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _trimmed(
    rows: list[list[str]], numbers: list[int], headers: list[str], source: str
) -> SpreadsheetTable:
    kept_rows: list[list[str]] = []
    kept_numbers: list[int] = []
    for row, number in zip(rows, numbers, strict=True):
        if any(cell.strip() for cell in row):
            kept_rows.append([cell.strip() for cell in row])
            kept_numbers.append(number)
    return SpreadsheetTable([h.strip() for h in headers], kept_rows, kept_numbers, source)


def read_csv_text(text: str, source: str = "") -> SpreadsheetTable:
    lines = text.splitlines()
    first = next((line for line in lines if line.strip()), "")
    if not first:
        raise ImportFileError(
            _("The file {source} is empty: it needs a header row.", source=source)
            if source
            else _("The file is empty: it needs a header row.")
        )
    reader = csv.reader(io.StringIO(text), delimiter=_delimiter(first))
    try:
        records = list(reader)
    except csv.Error as exc:
        raise ImportFileError(
            _("The file {source} is not a readable CSV file ({exc}).", source=source, exc=exc)
        ) from None
    while records and not any(c.strip() for c in records[0]):
        records.pop(0)
    headers = records[0]
    return _trimmed(records[1:], list(range(2, len(records) + 1)), headers, source)


def _xlsx_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def read_xlsx(path: Path) -> SpreadsheetTable:
    from openpyxl import load_workbook  # type: ignore[import-untyped]

    try:
        with warnings.catch_warnings():
            # openpyxl warns about workbook features it does not read (styles, validation).
            warnings.simplefilter("ignore")
            workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        if isinstance(exc, FileNotFoundError):
            raise ImportFileError(_("There is no file {path}.", path=path)) from None
        raise ImportFileError(
            _("The file {path_name} is not a readable XLSX workbook.", path_name=path.name)
        ) from None
    try:
        sheet = workbook.worksheets[0] if workbook.worksheets else None
        if sheet is None:
            raise ImportFileError(_("The workbook {path_name} has no sheet.", path_name=path.name))
        records: list[list[str]] = []
        numbers: list[int] = []
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            records.append([_xlsx_cell(v) for v in values])
            numbers.append(number)
    finally:
        workbook.close()
    while records and not any(c.strip() for c in records[0]):
        records.pop(0)
        numbers.pop(0)
    if not records:
        raise ImportFileError(
            _("The workbook {path_name} is empty: it needs a header row.", path_name=path.name)
        )
    return _trimmed(records[1:], numbers[1:], records[0], path.name)


def read_table(path: str | Path) -> SpreadsheetTable:
    """Read a CSV (UTF-8 with or without BOM, or Windows-1252; `,` `;` or tab) or XLSX file."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return read_xlsx(path)
    if suffix == ".xls":
        raise ImportFileError(
            _(
                "{path_name} is in the old Excel format; save it as .xlsx or .csv and import that.",
                path_name=path.name,
            )
        )
    if suffix not in (".csv", ".txt", ".tsv"):
        raise ImportFileError(
            _("Homeward imports .csv and .xlsx files, not '{path_name}'.", path_name=path.name)
        )
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ImportFileError(_("There is no file {path}.", path=path)) from None
    except OSError as exc:
        raise ImportFileError(
            _("The file {path} cannot be read: {reason}.", path=path, reason=exc.strerror or exc)
        ) from None
    if data.startswith(b"PK\x03\x04"):
        raise ImportFileError(
            _("{path_name} is a workbook, not CSV text; name it .xlsx.", path_name=path.name)
        )
    return read_csv_text(_decode(data), path.name)
