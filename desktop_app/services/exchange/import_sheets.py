"""The import's other sheets: language courses, enrolments, contacts and consents — their
columns, the names the sheets may have in a workbook, and reading them.

A workbook holds the cases on its first sheet (DESIGN.md's format, unchanged) and may hold
any of these on sheets named for them; each is also imported on its own from a CSV file
(`homeward import courses|enrolments|contacts|consents FILE`). The safety rules of the case
import apply to every sheet: the same size limits, the same check of the workbook's zip
container before any XML parser reads it.
"""

from __future__ import annotations

import warnings
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from desktop_app.domain.i18n import message as _
from desktop_app.services.exchange.import_columns import ColumnPlan, normalise_header
from desktop_app.services.exchange.import_file import (
    MAX_COLUMNS,
    MAX_ROWS,
    ImportFileError,
    SpreadsheetTable,
    check_workbook_container,
    read_table,
)


@dataclass(frozen=True)
class SheetKind:
    name: str  # "courses", as the command line names it
    fields: tuple[str, ...]
    required: tuple[str, ...]
    labels: Mapping[str, str]  # English; the wizard translates them
    aliases: Mapping[str, str]  # normalised header -> field
    sheet_names: frozenset[str]  # normalised sheet titles that hold this kind


COURSES = SheetKind(
    name="courses",
    fields=(
        "code",
        "name",
        "provider",
        "cefr_level",
        "municipality",
        "language",
        "start_date",
        "end_date",
        "hours_per_week",
        "places",
    ),
    required=("name", "provider", "cefr_level", "municipality", "places"),
    labels={
        "code": "Code",
        "name": "Course",
        "provider": "Provider",
        "cefr_level": "CEFR level",
        "municipality": "Place (municipality)",
        "language": "Language",
        "start_date": "Starts",
        "end_date": "Ends",
        "hours_per_week": "Hours a week",
        "places": "Places",
    },
    aliases={
        "coursecode": "code",
        "course": "name",
        "coursename": "name",
        "title": "name",
        "school": "provider",
        "languageschool": "provider",
        "level": "cefr_level",
        "cefr": "cefr_level",
        "place": "municipality",
        "town": "municipality",
        "start": "start_date",
        "starts": "start_date",
        "end": "end_date",
        "ends": "end_date",
        "hours": "hours_per_week",
        "hoursweek": "hours_per_week",
        "seats": "places",
    },
    sheet_names=frozenset(
        {"courses", "languagecourses", "kurser", "sprogkurser", "språkkurser", "kurse"}
    ),
)

ENROLMENTS = SheetKind(
    name="enrolments",
    fields=(
        "reference",
        "course",
        "status",
        "start_date",
        "end_date",
        "attendance_percent",
        "attendance_date",
        "level_reached",
        "certificate",
        "certificate_date",
        "end_reason",
    ),
    required=("reference", "course"),
    labels={
        "reference": "Case reference",
        "course": "Course code",
        "status": "Status",
        "start_date": "From",
        "end_date": "To",
        "attendance_percent": "Attendance (%)",
        "attendance_date": "Attendance as of",
        "level_reached": "Level reached",
        "certificate": "Certificate",
        "certificate_date": "Certificate date",
        "end_reason": "Why it was dropped",
    },
    aliases={
        "ref": "reference",
        "case": "reference",
        "casereference": "reference",
        "coursecode": "course",
        "code": "course",
        "start": "start_date",
        "from": "start_date",
        "end": "end_date",
        "to": "end_date",
        "attendance": "attendance_percent",
        "attendancedate": "attendance_date",
        "attendanceasof": "attendance_date",
        "level": "level_reached",
        "reached": "level_reached",
        "certificatedate": "certificate_date",
        "dropreason": "end_reason",
        "reason": "end_reason",
    },
    sheet_names=frozenset(
        {"enrolments", "enrollments", "tilmeldinger", "anmälningar", "anmeldungen"}
    ),
)

CONTACTS = SheetKind(
    name="contacts",
    fields=("reference", "name", "relation", "organisation", "phone", "email"),
    required=("reference", "name", "relation"),
    labels={
        "reference": "Case reference",
        "name": "Name",
        "relation": "Relation",
        "organisation": "Organisation",
        "phone": "Phone",
        "email": "E-mail",
    },
    aliases={
        "ref": "reference",
        "case": "reference",
        "casereference": "reference",
        "contact": "name",
        "role": "relation",
        "organization": "organisation",
        "telephone": "phone",
        "mobile": "phone",
        "mail": "email",
    },
    sheet_names=frozenset({"contacts", "kontakter", "kontakte", "kontaktpersoner"}),
)

CONSENTS = SheetKind(
    name="consents",
    fields=("reference", "recipient", "purpose", "given_on", "withdrawn_on", "note"),
    required=("reference", "recipient", "purpose", "given_on"),
    labels={
        "reference": "Case reference",
        "recipient": "Recipient",
        "purpose": "Purpose (scope)",
        "given_on": "Given on",
        "withdrawn_on": "Withdrawn on",
        "note": "Note",
    },
    aliases={
        "ref": "reference",
        "case": "reference",
        "casereference": "reference",
        "to": "recipient",
        "scope": "purpose",
        "given": "given_on",
        "dategiven": "given_on",
        "withdrawn": "withdrawn_on",
    },
    sheet_names=frozenset({"consents", "samtykker", "samtycken", "einwilligungen"}),
)

# In the order a workbook's sheets are imported: courses before the enrolments in them.
KINDS: tuple[SheetKind, ...] = (COURSES, ENROLMENTS, CONTACTS, CONSENTS)
KIND_NAMES: tuple[str, ...] = tuple(k.name for k in KINDS)


def kind_named(name: str) -> SheetKind:
    for kind in KINDS:
        if kind.name == name:
            return kind
    raise ImportFileError(
        _(
            "'{name}' is not a kind of sheet Homeward imports ({kinds}).",
            name=name,
            kinds=", ".join(KIND_NAMES),
        )
    )


def kind_of_sheet(title: str) -> SheetKind | None:
    """The kind a workbook's sheet holds, by its title ("Courses", "Language courses"…)."""
    key = normalise_header(title)
    return next((k for k in KINDS if key in k.sheet_names), None)


def field_for_header(kind: SheetKind, header: str) -> str | None:
    key = normalise_header(header)
    for name in kind.fields:
        if normalise_header(name) == key:
            return name
    return kind.aliases.get(key)


def guess_mapping(kind: SheetKind, headers: Sequence[str]) -> dict[int, str | None]:
    taken: set[str] = set()
    out: dict[int, str | None] = {}
    for index, header in enumerate(headers):
        name = field_for_header(kind, header) if header.strip() else None
        if name is not None and name in taken:
            name = None
        if name is not None:
            taken.add(name)
        out[index] = name
    return out


def plan_columns(
    kind: SheetKind, headers: Sequence[str], mapping: Mapping[int, str | None] | None = None
) -> ColumnPlan:
    """Which column feeds which field; a sheet without its required columns is not read."""
    chosen = dict(mapping) if mapping is not None else guess_mapping(kind, headers)
    plan = ColumnPlan(fields={}, headers=list(headers))
    for index, header in enumerate(headers):
        name = chosen.get(index)
        if name is None:
            if header.strip():
                plan.unknown.append(header)
            continue
        if name not in kind.fields:
            raise ImportFileError(
                _(
                    "'{name}' is not a column of the {kind} sheet.",
                    name=name,
                    kind=kind.name,
                )
            )
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
    missing = [name for name in kind.required if name not in plan.fields]
    if missing:
        raise ImportFileError(
            _(
                "The {kind} sheet has no column for {missing} (required). Its header row has: {headers}.",
                kind=kind.name,
                missing=", ".join(missing),
                headers=", ".join(h for h in headers if h.strip()) or _("nothing"),
            )
        )
    return plan


# --- reading ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Sheet:
    kind: SheetKind
    title: str  # as the workbook names it, or the file's name
    table: SpreadsheetTable


def _cell(value: Any) -> str:
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


def _table(sheet: Any, name: str) -> SpreadsheetTable | None:
    records: list[list[str]] = []
    numbers: list[int] = []
    for number, values in enumerate(sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS), 1):
        if number > MAX_ROWS + 1:
            raise ImportFileError(
                _(
                    "The workbook {path_name} has more than {max_rows} rows; split it and import the parts.",
                    path_name=name,
                    max_rows=f"{MAX_ROWS:,}",
                )
            )
        cells = [_cell(v).strip() for v in values]
        while cells and not cells[-1]:  # read-only sheets pad each row to max_col
            cells.pop()
        if cells:
            records.append(cells)
            numbers.append(number)
    if not records:
        return None
    return SpreadsheetTable(records[0], records[1:], numbers[1:], name)


def workbook_sheets(path: str | Path, *, skip_first: bool = True) -> list[Sheet]:
    """The sheets of a workbook that hold courses, enrolments, contacts or consents, in the
    order they are imported. The first sheet holds the cases and is not among them; an empty
    sheet is left out. A CSV file has none."""
    path = Path(path)
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        return []
    from openpyxl import load_workbook  # type: ignore[import-untyped]

    check_workbook_container(path)
    unreadable = _("The file {path_name} is not a readable XLSX workbook.", path_name=path.name)
    found: dict[str, Sheet] = {}
    with open(path, "rb") as handle:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                workbook = load_workbook(handle, read_only=True, data_only=True)
        except Exception:  # the file's fault, whatever the parser tripped over
            raise ImportFileError(unreadable) from None
        try:
            for sheet in workbook.worksheets[1 if skip_first else 0 :]:
                kind = kind_of_sheet(sheet.title)
                if kind is None or kind.name in found:
                    continue
                table = _table(sheet, path.name)
                if table is not None:
                    found[kind.name] = Sheet(kind, sheet.title, table)
        except ImportFileError:
            raise
        except Exception:
            raise ImportFileError(unreadable) from None
        finally:
            workbook.close()
    return [found[k.name] for k in KINDS if k.name in found]


def read_sheet(kind: SheetKind, path: str | Path) -> Sheet:
    """One kind's rows from a file of its own: a CSV file, or a workbook's sheet named for
    the kind (else its first sheet)."""
    path = Path(path)
    if path.suffix.lower() in (".xlsx", ".xlsm") and path.is_file():
        for sheet in workbook_sheets(path, skip_first=False):
            if sheet.kind is kind:
                return sheet
    table = read_table(path)
    return Sheet(kind, path.name, table)
