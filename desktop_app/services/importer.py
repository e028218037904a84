"""Importing a caseload from a spreadsheet (CSV or XLSX), row by row, with a validation report.

The rules of DESIGN.md ("Spreadsheet import format"). Every row is checked
before anything is written; a rejected row is reported with its row number
(the header is row 1, so the first case is row 2, as a spreadsheet shows it),
column and reason, and nothing of it is stored. Valid rows are written in one
transaction through the same services the case record uses, so the field
rules, audit and transitions stay in one place. The same reference updates
the existing case instead of creating a second one.
"""

from __future__ import annotations

import csv
import io
import re
import warnings
import zipfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.db.models import Case, LegalDecision, Placement, Team, User
from desktop_app.domain.dates import DateFormatError, DobPrecision, parse_date_with_precision
from desktop_app.domain.i18n import Gettext, identity, sentence, text_of, translated
from desktop_app.domain.i18n import message as _
from desktop_app.domain.names import fold
from desktop_app.domain.plain_text import hidden_character_problem
from desktop_app.domain.spreadsheet_cells import unescape_csv_cell
from desktop_app.domain.transitions import DecisionType, PlacementType
from desktop_app.services import audit, cases, clock, transitions
from desktop_app.services.actor import Actor, Role
from desktop_app.services.errors import HomewardError, ValidationError
from desktop_app.services.permissions import (
    can_import,
    can_read_case,
    deny,
    visible_cases_clause,
)

# --- the format ---------------------------------------------------------------

# Homeward's import columns, in the order of DESIGN.md.
FIELDS: tuple[str, ...] = (
    "reference",
    "given_name",
    "family_name",
    "date_of_birth",
    "dob_precision",
    "sex",
    "nationality",
    "languages",
    "interpreter_language",
    "unaccompanied",
    "arrival_date",
    "status_decision",
    "decision_date",
    "permit_expiry",
    "placement_type",
    "placement_municipality",
    "placement_end",
    "in_aftercare",
    "primary_worker",
    "team",
    "family_reunification_members",
)
REQUIRED: tuple[str, ...] = ("given_name", "family_name", "date_of_birth")

FIELD_LABELS: dict[str, str] = {
    "reference": "Reference",
    "given_name": "Given name",
    "family_name": "Family name",
    "date_of_birth": "Date of birth",
    "dob_precision": "Date of birth precision",
    "sex": "Sex",
    "nationality": "Nationality",
    "languages": "Languages",
    "interpreter_language": "Interpreter language",
    "unaccompanied": "Unaccompanied",
    "arrival_date": "Arrival date",
    "status_decision": "Status decision",
    "decision_date": "Decision date",
    "permit_expiry": "Permit expiry",
    "placement_type": "Placement type",
    "placement_municipality": "Placement municipality",
    "placement_end": "Placement end",
    "in_aftercare": "In after-care",
    "primary_worker": "Primary worker",
    "team": "Team",
    "family_reunification_members": "Family reunification members",
}

# Other names the teams' own spreadsheets use for the same columns (already normalised).
_ALIASES: dict[str, str] = {
    "ref": "reference",
    "casereference": "reference",
    "caseref": "reference",
    "firstname": "given_name",
    "givennames": "given_name",
    "forename": "given_name",
    "fornavn": "given_name",
    "förnamn": "given_name",
    "vorname": "given_name",
    "lastname": "family_name",
    "surname": "family_name",
    "efternavn": "family_name",
    "efternamn": "family_name",
    "nachname": "family_name",
    "familienname": "family_name",
    "dob": "date_of_birth",
    "birthdate": "date_of_birth",
    "dateofbirth": "date_of_birth",
    "fødselsdato": "date_of_birth",
    "födelsedatum": "date_of_birth",
    "geburtsdatum": "date_of_birth",
    "dobprecision": "dob_precision",
    "gender": "sex",
    "køn": "sex",
    "kön": "sex",
    "geschlecht": "sex",
    "citizenship": "nationality",
    "language": "languages",
    "interpreter": "interpreter_language",
    "arrival": "arrival_date",
    "arrived": "arrival_date",
    "decision": "status_decision",
    "status": "status_decision",
    "permitexpires": "permit_expiry",
    "placement": "placement_type",
    "municipality": "placement_municipality",
    "aftercare": "in_aftercare",
    "worker": "primary_worker",
    "caseworker": "primary_worker",
    "familymembers": "family_reunification_members",
    "familyreunification": "family_reunification_members",
}

# Columns of Homeward's own caseload export that are worked out, not imported.
DERIVED_COLUMNS: frozenset[str] = frozenset(
    {"age", "nexttransition", "duedate", "daysleft", "readiness", "risk", "name"}
)

_YES = {"yes", "y", "true", "1", "ja", "j"}
_NO = {"no", "n", "false", "0", "nej", "nein"}
_SEXES = {
    "female": "female",
    "f": "female",
    "woman": "female",
    "kvinde": "female",
    "kvinna": "female",
    "weiblich": "female",
    "male": "male",
    "m": "male",
    "man": "male",
    "mand": "male",
    "männlich": "male",
    "other": "other",
    "unknown": "unknown",
}
_DECISIONS = {
    "refugee": DecisionType.REFUGEE,
    "refugeestatus": DecisionType.REFUGEE,
    "subsidiary": DecisionType.SUBSIDIARY,
    "subsidiaryprotection": DecisionType.SUBSIDIARY,
    "humanitarian": DecisionType.HUMANITARIAN,
    "temporary": DecisionType.TEMPORARY,
    "temporaryprotection": DecisionType.TEMPORARY,
    "rejected": DecisionType.REJECTED,
    "appeal": DecisionType.APPEAL,
    "pending": DecisionType.PENDING,
}


def normalise_header(text: str) -> str:
    """Header names compare without regard to case, spaces, underscores or hyphens."""
    return re.sub(r"[\s_\-]+", "", str(text).strip().lower())


def field_for_header(text: str) -> str | None:
    key = normalise_header(text)
    for name in FIELDS:
        if normalise_header(name) == key:
            return name
    return _ALIASES.get(key)


class ImportFileError(HomewardError):
    """The file itself cannot be imported (unreadable, empty, required columns missing)."""


class ImportCancelled(HomewardError):
    def __init__(self) -> None:
        super().__init__("The import was cancelled; nothing was imported.")


# --- reading files -------------------------------------------------------------


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


# --- columns ---------------------------------------------------------------------


@dataclass
class ColumnPlan:
    """Which file column feeds which Homeward field."""

    fields: dict[str, int]
    headers: list[str]
    unknown: list[str] = field(default_factory=list)
    derived: list[str] = field(default_factory=list)

    def header(self, name: str) -> str:
        index = self.fields.get(name)
        if index is None:
            return name
        return self.headers[index] or f"column {column_letter(index)}"


def guess_mapping(headers: Sequence[str]) -> dict[int, str | None]:
    """The field each column matches by name (None: not imported); first match wins."""
    taken: set[str] = set()
    out: dict[int, str | None] = {}
    for index, header in enumerate(headers):
        name = field_for_header(header) if header.strip() else None
        if name is not None and name in taken:
            name = None
        if name is not None:
            taken.add(name)
        out[index] = name
    return out


def plan_columns(
    headers: Sequence[str], mapping: Mapping[int, str | None] | None = None
) -> ColumnPlan:
    """Resolve the columns; a file without the required columns cannot be imported."""
    chosen = dict(mapping) if mapping is not None else guess_mapping(headers)
    plan = ColumnPlan(fields={}, headers=list(headers))
    for index, header in enumerate(headers):
        name = chosen.get(index)
        if name is None:
            if not header.strip():
                continue
            if normalise_header(header) in DERIVED_COLUMNS:
                plan.derived.append(header)
            else:
                plan.unknown.append(header)
            continue
        if name not in FIELDS:
            raise ImportFileError(_("'{name}' is not a Homeward import column.", name=name))
        if name in plan.fields:
            raise ImportFileError(
                _(
                    "Two columns feed {name}: '{value}' and '{header}'. Keep one.",
                    name=name,
                    value=plan.header(name),
                    header=header,
                )
            )
        plan.fields[name] = index
    missing = [name for name in REQUIRED if name not in plan.fields]
    if missing:
        raise ImportFileError(
            _(
                "The file has no column for {missing} (required). Its header row has: {headers}.",
                missing=", ".join(missing),
                headers=", ".join(h for h in headers if h.strip()) or _("nothing"),
            )
        )
    return plan


# --- the report --------------------------------------------------------------------


@dataclass(frozen=True)
class RowProblem:
    row: int
    column: str  # the file's header, as written
    field: str  # the Homeward field
    reason: str


CREATED = "created"
UPDATED = "updated"
UNCHANGED = "unchanged"
REJECTED = "rejected"


@dataclass
class RowOutcome:
    row: int
    index: int  # position among the data rows
    status: str
    reference: str | None = None
    name: str = ""
    problems: list[RowProblem] = field(default_factory=list)
    changes: list[str] = field(default_factory=list)


@dataclass
class ImportReport:
    source: str
    outcomes: list[RowOutcome]
    unknown_columns: list[str]
    derived_columns: list[str]
    dry_run: bool
    all_or_nothing: bool
    committed: bool

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def created(self) -> int:
        return self.count(CREATED)

    @property
    def updated(self) -> int:
        return self.count(UPDATED)

    @property
    def unchanged(self) -> int:
        return self.count(UNCHANGED)

    @property
    def rejected(self) -> int:
        return self.count(REJECTED)

    @property
    def problems(self) -> list[RowProblem]:
        return [p for o in self.outcomes for p in o.problems]

    @property
    def blocked(self) -> bool:
        """--all-or-nothing and some row failed: nothing was written."""
        return self.all_or_nothing and self.rejected > 0

    def summary(self) -> str:
        counts = _(
            "{created} created, {updated} updated, {unchanged} unchanged, {rejected} rejected",
            created=self.created,
            updated=self.updated,
            unchanged=self.unchanged,
            rejected=self.rejected,
        )
        if self.blocked:
            return _(
                "Nothing was imported: {rejected} row(s) were rejected and "
                "--all-or-nothing was asked for (otherwise: {counts}).",
                rejected=self.rejected,
                counts=counts,
            )
        if self.dry_run:
            return _("Dry run, nothing was written. Would be: {counts}.", counts=counts)
        return _("Summary: {counts}.", counts=counts)

    def lines(self) -> list[str]:
        """The report line by line, in English; each line can be shown translated."""
        if self.source:
            first = _(
                "Import of {source}: rows are numbered as in the spreadsheet (the header is "
                "row 1, the first case is row 2).",
                source=self.source,
            )
        else:
            first = _(
                "Import of the spreadsheet: rows are numbered as in the spreadsheet (the header "
                "is row 1, the first case is row 2)."
            )
        out: list[str] = [first]
        if self.unknown_columns:
            out.append(
                _("Unknown columns, ignored: {columns}.", columns=", ".join(self.unknown_columns))
            )
        if self.derived_columns:
            out.append(
                _(
                    "Columns worked out by Homeward, ignored: {columns}.",
                    columns=", ".join(self.derived_columns),
                )
            )
        would = self.dry_run or self.blocked
        for outcome in self.outcomes:
            if outcome.status == REJECTED:
                for problem in outcome.problems:
                    out.append(
                        _(
                            "Row {row}: rejected, column {column}: {reason}",
                            row=problem.row,
                            column=problem.column,
                            reason=problem.reason,
                        )
                    )
                continue
            who = f"{outcome.reference} ({outcome.name})" if outcome.name else outcome.reference
            changes = ", ".join(outcome.changes)
            if outcome.status == UNCHANGED:
                text = _("Row {row}: unchanged {who}", row=outcome.row, who=who)
            elif outcome.status == CREATED and would:
                text = _("Row {row}: would be created {who}", row=outcome.row, who=who)
            elif outcome.status == CREATED:
                text = _("Row {row}: created {who}", row=outcome.row, who=who)
            elif would:
                text = _("Row {row}: would be updated {who}", row=outcome.row, who=who)
            else:
                text = _("Row {row}: updated {who}", row=outcome.row, who=who)
            if changes:
                text = _("{line}: {changes}", line=text, changes=changes)
            out.append(text)
        out.append(self.summary())
        return out

    def as_text(self, gettext: Gettext = identity) -> str:
        """The report as text: English (the command line), or through `gettext`."""
        return "\n".join(translated(line, gettext) for line in self.lines()) + "\n"

    def as_dict(self) -> dict[str, Any]:
        """The report for scripts (`import cases --format json`)."""
        return {
            "file": self.source,
            "dry_run": self.dry_run,
            "all_or_nothing": self.all_or_nothing,
            "committed": self.committed,
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "rejected": self.rejected,
            "unknown_columns": list(self.unknown_columns),
            "rows": [
                {
                    "row": o.row,
                    "status": o.status,
                    "reference": o.reference,
                    "changes": list(o.changes),
                    "problems": [
                        {"column": p.column, "field": p.field, "reason": p.reason}
                        for p in o.problems
                    ],
                }
                for o in self.outcomes
            ],
        }


# --- parsing one row -----------------------------------------------------------------


@dataclass
class _Directory:
    """Teams and users, looked up once per import."""

    teams: dict[str, tuple[int, str]]  # folded name -> (id, name)
    team_names: dict[int, str]
    users: dict[
        str, tuple[int, str, str, int | None, bool]
    ]  # lower name -> (id, name, role, team, active)

    @classmethod
    def load(cls, session: Session) -> _Directory:
        teams = {fold(t.name): (t.id, t.name) for t in session.scalars(select(Team))}
        users = {
            u.username.lower(): (u.id, u.username, u.role, u.team_id, u.active)
            for u in session.scalars(select(User))
        }
        return cls(teams, {tid: name for tid, name in teams.values()}, users)


@dataclass
class _RowPlan:
    index: int
    row: int
    reference: str | None
    values: dict[str, Any]
    decision: tuple[str, date | None, date | None] | None = None  # type, date, permit expiry
    permit_expiry_only: bool = False
    placement: tuple[str, str | None, date | None] | None = None  # type, municipality, end
    worker_id: int | None = None
    worker_name: str | None = None
    team_id: int | None = None
    existing_id: int | None = None
    problems: list[RowProblem] = field(default_factory=list)

    @property
    def name(self) -> str:
        return f"{self.values.get('given_name', '')} {self.values.get('family_name', '')}".strip()


def parse_yes_no(text: str) -> bool:
    value = text.strip().lower()
    if value in _YES:
        return True
    if value in _NO:
        return False
    raise ValueError(
        f"'{text.strip()}' is not yes or no (yes/no, true/false, 1/0, ja/nej, ja/nein)"
    )


class _RowParser:
    def __init__(
        self,
        session: Session,
        actor: Actor,
        table: SpreadsheetTable,
        plan: ColumnPlan,
        directory: _Directory,
        default_team_id: int | None,
    ) -> None:
        self.session = session
        self.actor = actor
        self.table = table
        self.plan = plan
        self.directory = directory
        self.default_team_id = default_team_id
        self.today = clock.today()

    def parse(self, index: int) -> _RowPlan:
        row_number = self.table.row_numbers[index]
        cells = {
            name: self.table.cell(index, col).strip() for name, col in self.plan.fields.items()
        }
        problems: list[RowProblem] = []

        def problem(name: str, reason: str) -> None:
            problems.append(RowProblem(row_number, self.plan.header(name), name, sentence(reason)))

        def as_date(name: str) -> date | None:
            text = cells.get(name, "")
            if not text:
                return None
            try:
                value, precision = parse_date_with_precision(text)
            except DateFormatError as exc:
                problem(name, text_of(exc))
                return None
            if precision is not DobPrecision.EXACT:
                problem(name, _("'{text}' is not a full date (day, month and year)", text=text))
                return None
            return value

        reference = cells.get("reference") or None
        for name in ("reference", "placement_municipality", "team", "primary_worker"):
            hidden = hidden_character_problem(cells.get(name, ""))
            if hidden is not None:
                problem(name, hidden)
                cells[name] = ""  # reported once; not looked up or echoed again
        if reference and hidden_character_problem(reference) is not None:
            reference = None
        if reference and len(reference) > 40:
            problem("reference", _("the reference is longer than 40 characters"))
        values: dict[str, Any] = {}
        for name in ("given_name", "family_name"):
            values[name] = cells.get(name, "")
        # Date of birth: every accepted form, the precision inferred from it when not given.
        dob_text = cells.get("date_of_birth", "")
        form: DobPrecision | None = None
        if not dob_text:
            problem("date_of_birth", _("the date of birth is required"))
        else:
            try:
                values["date_of_birth"], form = parse_date_with_precision(dob_text)
            except DateFormatError as exc:
                problem("date_of_birth", text_of(exc))
        precision_text = cells.get("dob_precision", "").lower()
        if precision_text:
            try:
                precision = DobPrecision(precision_text)
            except ValueError:
                problem(
                    "dob_precision",
                    _(
                        "'{precision_text}' is not a precision (exact, month, year or assessed)",
                        precision_text=precision_text,
                    ),
                )
            else:
                if form is not None and _finer(precision, form):
                    problem(
                        "dob_precision",
                        _(
                            "'{precision_text}' claims more than the date '{dob_text}' gives (it is {form_value} precision)",
                            precision_text=precision_text,
                            dob_text=dob_text,
                            form_value=form.value,
                        ),
                    )
                values["dob_precision"] = precision.value
        elif form is not None:
            values["dob_precision"] = form.value
        if cells.get("sex"):
            sex = _SEXES.get(cells["sex"].lower())
            if sex is None:
                problem(
                    "sex",
                    _("'{value}' is not one of female, male, other, unknown", value=cells["sex"]),
                )
            else:
                values["sex"] = sex
        for name in ("nationality", "languages", "interpreter_language"):
            if cells.get(name):
                values[name] = cells[name]
        if cells.get("interpreter_language"):
            values["interpreter_needed"] = True
        for name in ("unaccompanied", "in_aftercare"):
            if cells.get(name):
                try:
                    values[name] = parse_yes_no(cells[name])
                except ValueError as exc:
                    problem(name, text_of(exc))
        arrival = as_date("arrival_date")
        if arrival is not None:
            values["arrival_date"] = arrival
        if cells.get("family_reunification_members"):
            text = cells["family_reunification_members"]
            if re.fullmatch(r"\d+", text):
                values["family_reunification_members"] = int(text)
            else:
                problem(
                    "family_reunification_members",
                    _("'{text}' is not a whole number, 0 or more", text=text),
                )
        # The person record's own rules (names, date of birth in the future, codes…).
        try:
            cleaned = cases.clean_case_values(
                {k: v for k, v in values.items() if k in cases.EDITABLE_FIELDS}, creating=True
            )
        except ValidationError as exc:
            cleaned = {}
            reported = {p.field for p in problems}
            for name, reason in exc.errors.items():
                column = "interpreter_language" if name == "interpreter_needed" else name
                if column not in reported:
                    problem(column, reason)
        plan = _RowPlan(index, row_number, reference, cleaned)
        self._decision(cells, plan, problem, as_date)
        self._placement(cells, plan, problem, as_date, arrival)
        self._team_and_worker(cells, plan, problem)
        plan.problems = problems
        return plan

    def _decision(
        self,
        cells: dict[str, str],
        plan: _RowPlan,
        problem: Callable[[str, str], None],
        as_date: Callable[[str], date | None],
    ) -> None:
        raw = cells.get("status_decision", "")
        decision_date = as_date("decision_date")
        expiry = as_date("permit_expiry")
        if not raw:
            if cells.get("decision_date"):
                problem("status_decision", _("a decision date needs the decision it belongs to"))
            if cells.get("permit_expiry"):
                problem("status_decision", _("a permit expiry needs the decision it belongs to"))
            return
        kind = _DECISIONS.get(normalise_header(raw))
        if kind is None:
            problem(
                "status_decision",
                _(
                    "'{raw}' is not a decision (refugee, subsidiary, humanitarian, temporary, rejected, appeal or pending)",
                    raw=raw,
                ),
            )
            return
        if (
            decision_date is None
            and not cells.get("decision_date")
            and kind is not DecisionType.PENDING
        ):
            problem(
                "decision_date",
                _("a {kind_value} decision needs its decision date", kind_value=kind.value),
            )
        if decision_date is not None and decision_date > self.today:
            problem(
                "decision_date",
                _("the decision date {value} is in the future", value=decision_date.isoformat()),
            )
        if expiry is not None and decision_date is not None and expiry < decision_date:
            problem("permit_expiry", _("the permit cannot expire before the decision"))
        plan.decision = (kind.value, decision_date, expiry)

    def _placement(
        self,
        cells: dict[str, str],
        plan: _RowPlan,
        problem: Callable[[str, str], None],
        as_date: Callable[[str], date | None],
        arrival: date | None,
    ) -> None:
        raw = cells.get("placement_type", "")
        municipality = cells.get("placement_municipality") or None
        end = as_date("placement_end")
        if not raw:
            if municipality or cells.get("placement_end"):
                problem(
                    "placement_type", _("a placement municipality or end needs the placement type")
                )
            return
        key = re.sub(r"[\s\-]+", "_", raw.strip().lower())
        try:
            kind = PlacementType(key)
        except ValueError:
            problem(
                "placement_type",
                _(
                    "'{raw}' is not a placement type (reception, foster, residential, supported, own_tenancy or other)",
                    raw=raw,
                ),
            )
            return
        if municipality and len(municipality) > 120:
            problem("placement_municipality", _("the municipality is longer than 120 characters"))
        plan.placement = (kind.value, municipality, end)

    def _team_and_worker(
        self, cells: dict[str, str], plan: _RowPlan, problem: Callable[[str, str], None]
    ) -> None:
        team_text = cells.get("team", "")
        team_id = self.default_team_id
        if team_text:
            found = self.directory.teams.get(fold(team_text))
            if found is None:
                names = ", ".join(sorted(n for _, n in self.directory.teams.values()))
                problem(
                    "team",
                    _(
                        "there is no team called '{team_text}' (teams: {teams})",
                        team_text=team_text,
                        teams=names or _("none"),
                    ),
                )
                team_id = None
            else:
                team_id = found[0]
        if self.actor.role is Role.TEAM_LEAD and not self.actor.is_system:
            own = self.directory.team_names.get(self.actor.team_id or -1, "your team")
            if team_text and team_id is not None and team_id != self.actor.team_id:
                problem(
                    "team",
                    _(
                        "you may import only into your own team ({own}), not '{team_text}'",
                        own=own,
                        team_text=team_text,
                    ),
                )
            team_id = self.actor.team_id
        plan.team_id = team_id
        worker_text = cells.get("primary_worker", "")
        if worker_text:
            user = self.directory.users.get(worker_text.lower())
            if user is None:
                problem(
                    "primary_worker",
                    _("there is no user called '{worker_text}'", worker_text=worker_text),
                )
            elif not user[4]:
                problem("primary_worker", _("the user '{user}' is deactivated", user=user[1]))
            elif user[2] not in (Role.SOCIAL_WORKER.value, Role.TEAM_LEAD.value):
                problem(
                    "primary_worker",
                    _("'{user}' is not a social worker or team lead", user=user[1]),
                )
            elif team_id is not None and user[3] != team_id:
                team_name = self.directory.team_names.get(team_id, "")
                problem(
                    "primary_worker",
                    _("'{user}' does not work in {team_name}", user=user[1], team_name=team_name),
                )
            else:
                plan.worker_id, plan.worker_name = user[0], user[1]
                if team_id is None and not team_text:
                    # A coordinator's row without a team goes to its worker's team.
                    plan.team_id = user[3]


def _finer(claimed: DobPrecision, form: DobPrecision) -> bool:
    """Whether a stated precision claims more than the written date gives."""
    rank = {
        DobPrecision.EXACT: 0,
        DobPrecision.ASSESSED: 0,
        DobPrecision.MONTH: 1,
        DobPrecision.YEAR: 2,
    }
    return rank[claimed] < rank[form]


# --- writing ---------------------------------------------------------------------------


def _writer_for(actor: Actor) -> Actor:
    """Who the row writes are made as.

    Importing is its own permission (team leads into their team, coordinators
    into any team), checked by the importer before any row is written. Team
    leads write as themselves; a coordinator, who may not otherwise create or
    edit case content, writes through an import delegate that carries their
    name into every audit entry.
    """
    if actor.role is Role.COORDINATOR and not actor.is_system:
        return Actor(
            user_id=None,
            username=actor.username,
            role=Role.COORDINATOR,
            team_id=None,
            full_name=actor.full_name,
        )
    return actor


class _RowWriter:
    def __init__(self, session: Session, actor: Actor, directory: _Directory, source: str) -> None:
        self.session = session
        self.actor = actor
        self.writer = _writer_for(actor)
        self.directory = directory
        self.reason = f"Imported from {source}" if source else "Imported"

    def find_existing(self, plan: _RowPlan) -> Case | None:
        if plan.reference:
            return self.session.scalar(select(Case).where(Case.reference == plan.reference))
        values = plan.values
        if not values.get("date_of_birth"):
            return None
        # Without a reference, the same names and date of birth are the same person —
        # among the cases the importer may see, so nothing about other teams leaks out.
        candidates = list(
            self.session.scalars(
                select(Case).where(
                    visible_cases_clause(self.actor),
                    Case.date_of_birth == values["date_of_birth"],
                    func.lower(Case.given_name) == values["given_name"].lower(),
                    func.lower(Case.family_name) == values["family_name"].lower(),
                )
            )
        )
        return candidates[0] if len(candidates) == 1 else None

    def check_existing(self, plan: _RowPlan, case: Case) -> list[RowProblem]:
        """Rows that would touch a case outside the importer's reach are rejected, not denied.

        A reference held by a case the importer may not see is refused without telling
        which case or team holds it.
        """
        column = "reference" if plan.reference else "given_name"
        out: list[RowProblem] = []
        if not can_read_case(self.session, self.actor, case):
            return [
                RowProblem(
                    plan.row,
                    column,
                    column,
                    _(
                        "The reference {reference} is already in use by a case you may not see.",
                        reference=plan.reference or "",
                    ),
                )
            ]
        if self.actor.role is Role.TEAM_LEAD and not self.actor.is_system:
            if case.team_id != self.actor.team_id:
                out.append(
                    RowProblem(
                        plan.row,
                        column,
                        column,
                        _(
                            "The case {case_reference} belongs to another team; you may import only into your own team.",
                            case_reference=case.reference,
                        ),
                    )
                )
        if plan.team_id is not None and case.team_id is not None and plan.team_id != case.team_id:
            current = self.directory.team_names.get(case.team_id, "another team")
            out.append(
                RowProblem(
                    plan.row,
                    "team",
                    "team",
                    _(
                        "The case {case_reference} is in {current}; moving a case to another team is a transfer, not an import.",
                        case_reference=case.reference,
                        current=current,
                    ),
                )
            )
        return out

    def create(self, plan: _RowPlan) -> Case:
        case = cases.create_case(
            self.session,
            self.writer,
            plan.values,
            team_id=plan.team_id,
            primary_worker_id=plan.worker_id,
            reference=plan.reference,
        )
        if plan.decision is not None:
            kind, decided, expiry = plan.decision
            cases.add_decision(
                self.session,
                self.writer,
                case.reference,
                kind,
                decision_date=decided,
                permit_expiry=expiry,
                note=self.reason,
            )
        if plan.placement is not None:
            kind, municipality, end = plan.placement
            arrival = plan.values.get("arrival_date")
            start = arrival or (min(clock.today(), end) if end else clock.today())
            if end is not None and end < start:
                start = end
            cases.add_placement(
                self.session,
                self.writer,
                case.reference,
                kind,
                municipality=municipality,
                start_date=start,
                planned_end_date=end,
            )
        return case

    def update(self, plan: _RowPlan, case: Case) -> list[str]:
        """Apply the row to an existing case; returns what changed (empty: unchanged)."""
        changed: list[str] = []
        reference = case.reference
        case_id = case.id
        before = cases.snapshot(case)
        # An interpreter language implies the need for a new case only; on an existing case
        # the recorded need stays as the worker set it.
        values = {k: v for k, v in plan.values.items() if k != "interpreter_needed"}
        cases.update_case(
            self.session, self.writer, reference, case.version, values, reason=self.reason
        )
        case = self._case(case_id)
        after = cases.snapshot(case)
        changed.extend(name for name in cases.EDITABLE_FIELDS if before[name] != after[name])
        if plan.team_id is not None and case.team_id is None:
            case.team_id = plan.team_id
            audit.record(
                self.session,
                self.actor,
                "case_changed",
                entity="case",
                entity_id=reference,
                case_id=case_id,
                detail={
                    "changes": {
                        "team": {"before": None, "after": self.directory.team_names[plan.team_id]}
                    },
                    "reason": self.reason,
                },
            )
            changed.append("team")
        if plan.worker_id is not None and case.primary_worker_id != plan.worker_id:
            previous = case.primary_worker.username if case.primary_worker else None
            cases.assign_worker(self.session, case, plan.worker_id, "primary", reason=self.reason)
            audit.record(
                self.session,
                self.actor,
                "worker_assigned",
                entity="case",
                entity_id=reference,
                case_id=case_id,
                detail={
                    "role": "primary",
                    "before": previous,
                    "after": plan.worker_name,
                    "reason": self.reason,
                },
            )
            changed.append("primary_worker")
        if plan.decision is not None and self._apply_decision(plan, reference, case_id):
            changed.append("status_decision")
        if plan.placement is not None and self._apply_placement(plan, reference, case_id):
            changed.append("placement")
        if changed:
            transitions.refresh_cases(self.session, [case_id], self.actor)
        return changed

    def _case(self, case_id: int) -> Case:
        case = self.session.get(Case, case_id)
        assert case is not None
        return case

    def _apply_decision(self, plan: _RowPlan, reference: str, case_id: int) -> bool:
        assert plan.decision is not None
        kind, decided, expiry = plan.decision
        same = self.session.scalar(
            select(LegalDecision)
            .where(
                LegalDecision.case_id == case_id,
                LegalDecision.decision_type == kind,
                LegalDecision.withdrawn_on.is_(None),
                LegalDecision.decision_date.is_(None)
                if decided is None
                else LegalDecision.decision_date == decided,
            )
            .order_by(LegalDecision.id.desc())
        )
        if same is None:
            cases.add_decision(
                self.session,
                self.writer,
                reference,
                kind,
                decision_date=decided,
                permit_expiry=expiry,
                note=self.reason,
            )
            return True
        if expiry is not None and same.permit_expiry != expiry:
            old = same.permit_expiry
            same.permit_expiry = expiry
            audit.record(
                self.session,
                self.actor,
                "decision_changed",
                entity="decision",
                entity_id=same.id,
                case_id=case_id,
                detail={
                    "changes": {
                        "permit_expiry": {
                            "before": old.isoformat() if old else None,
                            "after": expiry.isoformat(),
                        }
                    },
                    "reason": self.reason,
                },
            )
            return True
        return False

    def _apply_placement(self, plan: _RowPlan, reference: str, case_id: int) -> bool:
        assert plan.placement is not None
        kind, municipality, end = plan.placement
        current = self.session.scalar(
            select(Placement)
            .where(Placement.case_id == case_id, Placement.end_date.is_(None))
            .order_by(Placement.id.desc())
        )
        if (
            current is not None
            and current.placement_type == kind
            and (municipality is None or current.municipality == municipality)
        ):
            if end is not None and current.planned_end_date != end:
                old = current.planned_end_date
                current.planned_end_date = end
                audit.record(
                    self.session,
                    self.actor,
                    "placement_changed",
                    entity="placement",
                    entity_id=current.id,
                    case_id=case_id,
                    detail={
                        "changes": {
                            "planned_end_date": {
                                "before": old.isoformat() if old else None,
                                "after": end.isoformat(),
                            }
                        },
                        "reason": self.reason,
                    },
                )
                return True
            return False
        start = clock.today()
        if end is not None and end < start:
            start = end
        cases.add_placement(
            self.session,
            self.writer,
            reference,
            kind,
            municipality=municipality,
            start_date=start,
            planned_end_date=end,
        )
        return True


# --- the import ---------------------------------------------------------------------------

Progress = Callable[[int, int], None]


def check_permission(session: Session, actor: Actor) -> None:
    if not can_import(actor):
        raise deny(session, actor, _("import a caseload (team leads and coordinators only)"))


def import_team_names(session: Session, actor: Actor) -> list[str]:
    """The teams the actor may import into: a team lead's own, every active team for others."""
    check_permission(session, actor)
    query = select(Team.name).where(Team.active.is_(True)).order_by(Team.name)
    if actor.role is Role.TEAM_LEAD and not actor.is_system:
        query = select(Team.name).where(Team.id == actor.team_id)
    return list(session.scalars(query))


def import_cases(
    session: Session,
    actor: Actor,
    source: str | Path | SpreadsheetTable,
    *,
    mapping: Mapping[int, str | None] | None = None,
    default_team: str | None = None,
    dry_run: bool = False,
    all_or_nothing: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportReport:
    """Check every row, then write the valid ones in the caller's transaction.

    Raises ImportFileError when the file itself cannot be used (nothing is
    written). With `dry_run`, or `all_or_nothing` and a rejected row, every
    write is rolled back and the report says what would have happened.
    """
    check_permission(session, actor)
    table = source if isinstance(source, SpreadsheetTable) else read_table(source)
    plan = plan_columns(table.headers, mapping)
    directory = _Directory.load(session)
    default_team_id: int | None = None
    if default_team:
        found = directory.teams.get(fold(default_team))
        if found is None:
            names = ", ".join(sorted(n for _, n in directory.teams.values()))
            raise ImportFileError(
                _(
                    "There is no team called '{default_team}' (teams: {names}).",
                    default_team=default_team,
                    names=names,
                )
            )
        default_team_id = found[0]
        if actor.role is Role.TEAM_LEAD and default_team_id != actor.team_id:
            raise deny(
                session,
                actor,
                _("import into the team '{default_team}'", default_team=default_team),
            )
    parser = _RowParser(session, actor, table, plan, directory, default_team_id)
    plans = [parser.parse(i) for i in range(len(table.rows))]
    _mark_duplicates(plans, plan)
    writer = _RowWriter(session, actor, directory, table.source)
    outcomes: list[RowOutcome] = []
    total = len(plans)
    everything = session.begin_nested()
    try:
        seen_cases: dict[int, int] = {}
        # Each case's transitions are derived once, after all rows are written.
        with transitions.deferred_refresh(session, actor):
            for done, row in enumerate(plans, start=1):
                if cancelled is not None and cancelled():
                    raise ImportCancelled()
                outcomes.append(_write_row(session, writer, row, seen_cases))
                if progress is not None:
                    progress(done, total)
        report = ImportReport(
            source=table.source,
            outcomes=outcomes,
            unknown_columns=plan.unknown,
            derived_columns=plan.derived,
            dry_run=dry_run,
            all_or_nothing=all_or_nothing,
            committed=False,
        )
        if dry_run or report.blocked:
            everything.rollback()
        else:
            everything.commit()
            report.committed = True
    except BaseException:
        if everything.is_active:
            everything.rollback()
        raise
    if report.committed:
        audit.record(
            session,
            actor,
            "cases_imported",
            entity="import",
            entity_id=table.source,
            detail={
                "file": table.source,
                "created": report.created,
                "updated": report.updated,
                "unchanged": report.unchanged,
                "rejected": report.rejected,
                "rejected_rows": sorted({p.row for p in report.problems}),
            },
        )
    return report


def _mark_duplicates(plans: list[_RowPlan], columns: ColumnPlan) -> None:
    """The same reference twice in one file: neither row can be trusted, both are rejected."""
    rows_by_reference: dict[str, list[_RowPlan]] = {}
    for plan in plans:
        if plan.reference:
            rows_by_reference.setdefault(plan.reference.upper(), []).append(plan)
    for group in rows_by_reference.values():
        if len(group) < 2:
            continue
        for plan in group:
            others = ", ".join(str(p.row) for p in group if p is not plan)
            plan.problems.append(
                RowProblem(
                    plan.row,
                    columns.header("reference"),
                    "reference",
                    _(
                        "The reference {plan_reference} appears more than once in the file (also row {others}).",
                        plan_reference=plan.reference,
                        others=others,
                    ),
                )
            )


def _write_row(
    session: Session, writer: _RowWriter, plan: _RowPlan, seen_cases: dict[int, int]
) -> RowOutcome:
    outcome = RowOutcome(row=plan.row, index=plan.index, status=REJECTED, reference=plan.reference)
    outcome.name = plan.name
    if plan.problems:
        outcome.problems = plan.problems
        return outcome
    existing = writer.find_existing(plan)
    if existing is not None:
        problems = writer.check_existing(plan, existing)
        if existing.id in seen_cases:
            problems.append(
                RowProblem(
                    plan.row,
                    "given_name",
                    "given_name",
                    _(
                        "Row {value} already describes the same person ({existing_reference}).",
                        value=seen_cases[existing.id],
                        existing_reference=existing.reference,
                    ),
                )
            )
        if problems:
            outcome.problems = problems
            return outcome
    savepoint = session.begin_nested()
    try:
        if existing is None:
            case = writer.create(plan)
            outcome.status, outcome.reference = CREATED, case.reference
            seen_cases[case.id] = plan.row
        else:
            outcome.reference = existing.reference
            seen_cases[existing.id] = plan.row
            outcome.changes = writer.update(plan, existing)
            outcome.status = UPDATED if outcome.changes else UNCHANGED
        savepoint.commit()
    except ValidationError as exc:
        # A rule the row checks did not foresee: the row is rejected, the others go on.
        savepoint.rollback()
        outcome.status = REJECTED
        outcome.problems = [
            RowProblem(plan.row, name, name, sentence(reason))
            for name, reason in exc.errors.items()
        ]
    return outcome


def preview(
    session: Session,
    actor: Actor,
    table: SpreadsheetTable,
    mapping: Mapping[int, str | None] | None = None,
    *,
    default_team: str | None = None,
) -> ImportReport:
    """What an import would do, without writing anything."""
    return import_cases(
        session, actor, table, mapping=mapping, default_team=default_team, dry_run=True
    )
