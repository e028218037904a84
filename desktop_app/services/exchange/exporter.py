"""Getting figures out: the caseload as filtered (CSV or XLSX) and anonymised statistics.

The caseload export uses the import format's columns (plus a few worked-out
ones the importer recognises and ignores), so an export imports back into
another Homeward database as the same cases. The statistics export is for
municipalities: no names, no references, no dates of birth — counts per
municipality and age band, with small counts suppressed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.db.models import Case, LegalDecision, Placement, Team, User
from desktop_app.domain.dates import age_on, effective_birth_date
from desktop_app.domain.i18n import message as _
from desktop_app.domain.spreadsheet_cells import csv_writer, xlsx_text
from desktop_app.domain.transitions import GRANTING_DECISIONS, Decision, decision_in_force
from desktop_app.services import clock
from desktop_app.services.actor import Actor
from desktop_app.services.cases import caseload
from desktop_app.services.errors import HomewardError
from desktop_app.services.exchange.import_columns import FIELDS
from desktop_app.services.storage import output_files
from desktop_app.services.trust import audit
from desktop_app.services.trust.permissions import (
    can_print_reports,
    deny,
    require_case_content_role,
    visible_cases_clause,
)

CASE_EXPORT_COLUMNS: tuple[str, ...] = (
    *FIELDS,
    "age",
    "next_transition",
    "due_date",
    "readiness",
    "risk",
)

AGE_BANDS: tuple[tuple[str, int, int], ...] = (
    ("under 16", 0, 15),
    ("16-17", 16, 17),
    ("18-20", 18, 20),
    ("21-24", 21, 24),
    ("25 and over", 25, 200),
)

STATISTICS_COLUMNS: tuple[str, ...] = (
    "municipality",
    "age_band",
    "cases",
    "female",
    "male",
    "other_or_unknown",
    "unaccompanied",
    "in_aftercare",
    "status_granted",
    "status_pending_or_appeal",
    "status_rejected",
    "no_decision_recorded",
    "placement_reception",
    "placement_care",
    "placement_own_tenancy",
    "placement_other_or_none",
    "transition_within_90_days",
    "housing_secured_for_next_transition",
)

# Counts from 1 up to this number minus one are shown as "<N" so no young person can be picked out.
DEFAULT_MIN_CELL = 3


class ExportError(HomewardError):
    pass


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _csv_value(value: Any) -> Any:
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        return value
    return _text(value)


@dataclass(frozen=True)
class CsvStyle:
    """How a CSV file is written for the spreadsheet that opens it.

    The command line's CSV is a contract: `;`-separated, with the column codes as headings
    (the default). The desktop writes for the user's spreadsheet: the separator their
    locale's spreadsheets expect (`,` where the decimal mark is a point) and headings in
    their language (an XLSX keeps the codes, so it imports back).
    """

    delimiter: str = ";"
    headings: Mapping[str, str] | None = None

    def heading(self, column: str) -> str:
        return (self.headings or {}).get(column, column)


def write_table(
    path: Path,
    columns: Sequence[str],
    records: Iterable[dict[str, Any]],
    *,
    overwrite: bool = False,
    csv_style: CsvStyle = CsvStyle(),  # noqa: B008 (frozen)
) -> int:
    """CSV (UTF-8 with BOM, `;` separated, as spreadsheets here open it) or XLSX, by suffix.

    Written beside the target and renamed (services/output_files.py); an existing
    file is replaced only with `overwrite`.
    """
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ExportError(
            _("Homeward exports to .csv or .xlsx files, not '{path_name}'.", path_name=path.name)
        )
    if not path.parent.exists():
        raise ExportError(_("The folder {path_parent} does not exist.", path_parent=path.parent))
    with output_files.file_beside(path, overwrite=overwrite) as partial:
        return _write_table(partial, suffix, columns, records, csv_style)


def _write_table(
    path: Path,
    suffix: str,
    columns: Sequence[str],
    records: Iterable[dict[str, Any]],
    csv_style: CsvStyle,
) -> int:
    count = 0
    if suffix == ".csv":
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv_writer(handle, delimiter=csv_style.delimiter, lineterminator="\r\n")
            writer.writerow([csv_style.heading(c) for c in columns])
            for record in records:
                writer.writerow([_csv_value(record.get(c)) for c in columns])
                count += 1
        return count
    from openpyxl import Workbook  # type: ignore[import-untyped]
    from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped]

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Homeward")
    sheet.append(list(columns))
    for record in records:
        cells = []
        for column in columns:
            value = record.get(column)
            if isinstance(value, bool) or value is None:
                value = _text(value)
            if isinstance(value, str):
                # A stored control character would stop the workbook being written.
                value = xlsx_text(value)
            cell = WriteOnlyCell(sheet, value=value)
            if isinstance(value, str):
                # Never let a name starting with '=' become a formula.
                cell.data_type = "s"
            cells.append(cell)
        sheet.append(cells)
        count += 1
    workbook.save(path)
    return count


# --- the caseload ---------------------------------------------------------------


def _chunks(ids: Sequence[int], size: int = 900) -> Iterable[list[int]]:
    for start in range(0, len(ids), size):
        yield list(ids[start : start + size])


def _decisions(session: Session, ids: list[int]) -> dict[int, Decision]:
    by_case: dict[int, list[Decision]] = {}
    for row in session.scalars(
        select(LegalDecision)
        .where(LegalDecision.case_id.in_(ids), LegalDecision.withdrawn_on.is_(None))
        .order_by(LegalDecision.id)
    ):
        by_case.setdefault(row.case_id, []).append(
            Decision(row.decision_type, row.decision_date, row.permit_expiry, row.id)
        )
    out: dict[int, Decision] = {}
    for case_id, decisions in by_case.items():
        latest = decision_in_force(decisions)
        if latest is not None:
            out[case_id] = latest
    return out


def _placements(session: Session, ids: list[int]) -> dict[int, Placement]:
    out: dict[int, Placement] = {}
    for row in session.scalars(
        select(Placement)
        .where(Placement.case_id.in_(ids), Placement.end_date.is_(None))
        .order_by(Placement.id)
    ):
        out[row.case_id] = row  # the newest current placement wins
    return out


def caseload_records(
    session: Session, actor: Actor, flt: caseload.CaseloadFilter
) -> list[dict[str, Any]]:
    """One record per case of the filtered caseload, in the list's order, import-format columns."""
    ids = caseload.case_ids(session, actor, flt)
    records: list[dict[str, Any]] = []
    for chunk in _chunks(ids):
        rows = {r.id: r for r in caseload.rows(session, actor, chunk)}
        found = {
            c.id: (c, worker, team)
            for c, worker, team in session.execute(
                select(Case, User.username, Team.name)
                .outerjoin(User, User.id == Case.primary_worker_id)
                .outerjoin(Team, Team.id == Case.team_id)
                .where(Case.id.in_(chunk), visible_cases_clause(actor))
            )
        }
        decisions = _decisions(session, chunk)
        placements = _placements(session, chunk)
        for case_id in chunk:
            if case_id not in found or case_id not in rows:
                continue
            case, worker, team = found[case_id]
            row = rows[case_id]
            decision = decisions.get(case_id)
            placement = placements.get(case_id)
            records.append(
                {
                    "reference": case.reference,
                    "given_name": case.given_name,
                    "family_name": case.family_name,
                    "date_of_birth": case.date_of_birth,
                    "dob_precision": case.dob_precision,
                    "sex": case.sex,
                    "nationality": case.nationality,
                    "languages": case.languages,
                    "interpreter_language": case.interpreter_language,
                    "unaccompanied": case.unaccompanied,
                    "arrival_date": case.arrival_date,
                    "status_decision": str(decision.decision_type) if decision else None,
                    "decision_date": decision.decision_date if decision else None,
                    "permit_expiry": decision.permit_expiry if decision else None,
                    "placement_type": placement.placement_type if placement else None,
                    "placement_municipality": placement.municipality if placement else None,
                    "placement_end": placement.planned_end_date if placement else None,
                    "in_aftercare": case.in_aftercare,
                    "primary_worker": worker,
                    "team": team,
                    "family_reunification_members": case.family_reunification_members,
                    "age": row.age,
                    "next_transition": row.next_transition,
                    "due_date": row.due_date,
                    "readiness": row.readiness,
                    "risk": row.risk,
                }
            )
    return records


def _filter_detail(flt: caseload.CaseloadFilter) -> dict[str, Any]:
    return {
        "scope": str(flt.scope),
        "search": flt.search,
        "risks": list(flt.risks),
        "team": flt.team,
        "due_within_days": flt.due_within_days,
        "include_closed": flt.include_closed,
    }


def export_cases(
    session: Session,
    actor: Actor,
    flt: caseload.CaseloadFilter,
    path: str | Path,
    *,
    overwrite: bool = False,
    csv_style: CsvStyle = CsvStyle(),  # noqa: B008 (frozen)
) -> int:
    """Write the filtered caseload to CSV or XLSX; the export is audited. Returns the row count."""
    require_case_content_role(actor)
    path = Path(path)
    records = caseload_records(session, actor, flt)
    count = write_table(
        path, CASE_EXPORT_COLUMNS, records, overwrite=overwrite, csv_style=csv_style
    )
    audit.record(
        session,
        actor,
        "caseload_exported",
        entity="export",
        entity_id=path.name,
        detail={"file": path.name, "cases": count, "filter": _filter_detail(flt)},
    )
    return count


# --- anonymised statistics -------------------------------------------------------


def age_band(age: int) -> str:
    for label, low, high in AGE_BANDS:
        if low <= age <= high:
            return label
    return AGE_BANDS[-1][0]


@dataclass
class StatisticsRow:
    municipality: str
    age_band: str
    counts: dict[str, int] = field(default_factory=dict)

    def add(self, name: str, yes: bool = True) -> None:
        if yes:
            self.counts[name] = self.counts.get(name, 0) + 1

    def as_record(self, min_cell: int = DEFAULT_MIN_CELL) -> dict[str, Any]:
        record: dict[str, Any] = {"municipality": self.municipality, "age_band": self.age_band}
        for name in STATISTICS_COLUMNS[2:]:
            value = self.counts.get(name, 0)
            record[name] = f"<{min_cell}" if 0 < value < min_cell else value
        return record


def statistics(session: Session, actor: Actor) -> list[StatisticsRow]:
    """Open cases the actor may report on, counted per municipality and age band."""
    if not can_print_reports(actor):
        raise deny(session, actor, _("export statistics (team leads and coordinators only)"))
    today = clock.today()
    soon = today + timedelta(days=90)
    team_municipality = {t.id: t.municipality for t in session.scalars(select(Team))}
    ids = list(
        session.scalars(
            select(Case.id)
            .where(visible_cases_clause(actor), Case.status == "open")
            .order_by(Case.id)
        )
    )
    groups: dict[tuple[str, str], StatisticsRow] = {}
    band_order = {label: i for i, (label, _, _) in enumerate(AGE_BANDS)}
    for chunk in _chunks(ids):
        decisions = _decisions(session, chunk)
        placements = _placements(session, chunk)
        for case in session.scalars(select(Case).where(Case.id.in_(chunk))):
            placement = placements.get(case.id)
            municipality = (
                (placement.municipality if placement else None)
                or team_municipality.get(case.team_id or -1)
                or "Unknown"
            )
            age = age_on(effective_birth_date(case.date_of_birth, case.dob_precision), today)
            band = age_band(age)
            row = groups.setdefault((municipality, band), StatisticsRow(municipality, band))
            row.add("cases")
            row.add("female", case.sex == "female")
            row.add("male", case.sex == "male")
            row.add("other_or_unknown", case.sex not in ("female", "male"))
            row.add("unaccompanied", bool(case.unaccompanied))
            row.add("in_aftercare", bool(case.in_aftercare))
            decision = decisions.get(case.id)
            kind = str(decision.decision_type) if decision else None
            row.add("status_granted", kind in {str(k) for k in GRANTING_DECISIONS})
            row.add("status_pending_or_appeal", kind in ("pending", "appeal"))
            row.add("status_rejected", kind == "rejected")
            row.add("no_decision_recorded", kind is None)
            ptype = placement.placement_type if placement else None
            row.add("placement_reception", ptype == "reception")
            row.add("placement_care", ptype in ("foster", "residential", "supported"))
            row.add("placement_own_tenancy", ptype == "own_tenancy")
            row.add("placement_other_or_none", ptype in (None, "other"))
            due_soon = case.next_due_date is not None and case.next_due_date <= soon
            row.add("transition_within_90_days", due_soon)
            row.add(
                "housing_secured_for_next_transition", due_soon and bool(case.next_housing_secured)
            )
    return sorted(groups.values(), key=lambda r: (r.municipality, band_order[r.age_band]))


def export_statistics(
    session: Session,
    actor: Actor,
    path: str | Path,
    *,
    min_cell: int = DEFAULT_MIN_CELL,
    overwrite: bool = False,
    csv_style: CsvStyle = CsvStyle(),  # noqa: B008 (frozen)
) -> int:
    """Write the anonymised statistics (CSV or XLSX); audited. Returns the number of rows."""
    path = Path(path)
    if min_cell < 1:
        raise ExportError(_("The smallest count shown must be 1 or more."))
    found = statistics(session, actor)
    count = write_table(
        path,
        STATISTICS_COLUMNS,
        (r.as_record(min_cell) for r in found),
        overwrite=overwrite,
        csv_style=csv_style,
    )
    audit.record(
        session,
        actor,
        "statistics_exported",
        entity="export",
        entity_id=path.name,
        detail={"file": path.name, "rows": count, "min_cell": min_cell},
    )
    return count
