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
from desktop_app.domain.spreadsheet_cells import unescape_csv_cell
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
        records = []
        for record in reader:
            records.append(record)
            if len(records) > MAX_ROWS + 1:
                raise ImportFileError(
                    _(
                        "The file {source} has more than {max_rows} rows; split it and import the parts.",
                        source=source,
                        max_rows=f"{MAX_ROWS:,}",
                    )
                )
    except csv.Error as exc:
        raise ImportFileError(
            _("The file {source} is not a readable CSV file ({exc}).", source=source, exc=exc)
        ) from None
    while records and not any(c.strip() for c in records[0]):
        records.pop(0)
    if not records:
        raise ImportFileError(_("The file {source} has no rows.", source=source))
    # A cell Homeward's own export protected from formulas ('=…) reads back as it was.
    records = [[unescape_csv_cell(cell) for cell in record] for record in records]
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


# Limits of what an import reads (README, "Importing"): far above a real caseload
# (50,000 rows take about 20 MB), far below what would exhaust the PC's memory.
MAX_FILE_BYTES = 200_000_000
MAX_UNPACKED_BYTES = 300_000_000
MAX_PACKING_RATIO = 200  # a sheet's XML packs about 10:1; a zip bomb 1000:1 and more
MAX_ZIP_MEMBERS = 2_000
MAX_ROWS = 200_000
MAX_COLUMNS = 100
_PROLOG_BYTES = 65_536


def check_workbook_container(path: Path) -> None:
    """Refuse a workbook that would unpack to far more than it is, or that declares XML
    entities (billion laughs, external entities), before any XML parser reads it.

    The sizes are the zip's own declarations; Python's zip reader never hands over more
    than a member declares, so they bound what openpyxl can read.
    """
    name = path.name
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError):
        raise ImportFileError(
            _("The file {path_name} is not a readable XLSX workbook.", path_name=name)
        ) from None
    with archive:
        members = archive.infolist()
        if len(members) > MAX_ZIP_MEMBERS:
            raise ImportFileError(
                _("The file {path_name} is not a readable XLSX workbook.", path_name=name)
            )
        total = sum(m.file_size for m in members)
        packed_too_tightly = any(
            m.file_size > 1_000_000 and m.file_size > MAX_PACKING_RATIO * max(m.compress_size, 1)
            for m in members
        )
        if total > MAX_UNPACKED_BYTES or packed_too_tightly:
            raise ImportFileError(
                _(
                    "The workbook {path_name} unpacks to far more than it holds (a zip bomb?); it was not read.",
                    path_name=name,
                )
            )
        for member in members:
            if not member.filename.endswith((".xml", ".rels", ".vml")):
                continue
            try:
                with archive.open(member) as handle:
                    prolog = handle.read(_PROLOG_BYTES)
            except Exception:  # a damaged member (bad CRC, bad deflate data…)
                raise ImportFileError(
                    _("The file {path_name} is not a readable XLSX workbook.", path_name=name)
                ) from None
            if b"<!DOCTYPE" in prolog or b"<!ENTITY" in prolog:
                raise ImportFileError(
                    _(
                        "The workbook {path_name} declares XML entities, which spreadsheets never need; it was not read.",
                        path_name=name,
                    )
                )


def read_xlsx(path: Path) -> SpreadsheetTable:
    from openpyxl import load_workbook  # type: ignore[import-untyped]

    if not path.is_file():
        raise ImportFileError(_("There is no file {path}.", path=path))
    check_workbook_container(path)
    # Our own handle, closed whatever openpyxl does when the file defeats it.
    with open(path, "rb") as handle:
        return _read_workbook(handle, path.name, load_workbook)


def _read_workbook(handle: Any, name: str, load_workbook: Any) -> SpreadsheetTable:
    unreadable = _("The file {path_name} is not a readable XLSX workbook.", path_name=name)
    try:
        with warnings.catch_warnings():
            # openpyxl warns about workbook features it does not read (styles, validation).
            warnings.simplefilter("ignore")
            workbook = load_workbook(handle, read_only=True, data_only=True)
    except Exception:  # the file's fault, whatever the parser tripped over
        raise ImportFileError(unreadable) from None
    try:
        sheet = workbook.worksheets[0] if workbook.worksheets else None
        if sheet is None:
            raise ImportFileError(_("The workbook {path_name} has no sheet.", path_name=name))
        records: list[list[str]] = []
        numbers: list[int] = []
        rows = sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS)
        for number, values in enumerate(rows, start=1):
            if number > MAX_ROWS + 1:
                raise ImportFileError(
                    _(
                        "The workbook {path_name} has more than {max_rows} rows; split it and import the parts.",
                        path_name=name,
                        max_rows=f"{MAX_ROWS:,}",
                    )
                )
            cells = [_xlsx_cell(v) for v in values]
            while cells and not cells[-1]:
                cells.pop()
            records.append(cells)
            numbers.append(number)
    except ImportFileError:
        raise
    except Exception:
        raise ImportFileError(unreadable) from None
    finally:
        workbook.close()
    while records and not any(c.strip() for c in records[0]):
        records.pop(0)
        numbers.pop(0)
    if not records:
        raise ImportFileError(
            _("The workbook {path_name} is empty: it needs a header row.", path_name=name)
        )
    return _trimmed(records[1:], numbers[1:], records[0], name)


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
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ImportFileError(
                _(
                    "The file {path_name} is larger than {max_mb} MB; split it and import the parts.",
                    path_name=path.name,
                    max_mb=MAX_FILE_BYTES // 1_000_000,
                )
            )
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
