"""Importing a caseload from a spreadsheet (CSV or XLSX), row by row, with a validation report.

The rules of DESIGN.md ("Spreadsheet import format"). Every row is checked
before anything is written; a rejected row is reported with its row number
(the header is row 1, so the first case is row 2, as a spreadsheet shows it),
column and reason, and nothing of it is stored. Valid rows are written in one
transaction through the same services the case record uses, so the field
rules, audit and transitions stay in one place — except new cases with their own
reference, which are written a thousand at a time with the same rows and audit
entries (`import_bulk`). The same reference updates the existing case instead of
creating a second one.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.db.models import Team
from desktop_app.domain.i18n import message as _
from desktop_app.domain.i18n import sentence
from desktop_app.domain.names import fold
from desktop_app.runtime import collections_held_for_bulk_work
from desktop_app.services.actor import Actor, Role
from desktop_app.services.errors import HomewardError, ValidationError
from desktop_app.services.exchange.import_bulk import NewCases, existing_references
from desktop_app.services.exchange.import_columns import ColumnPlan, plan_columns
from desktop_app.services.exchange.import_file import ImportFileError, SpreadsheetTable, read_table
from desktop_app.services.exchange.import_report import (
    CREATED,
    REJECTED,
    UNCHANGED,
    UPDATED,
    ImportReport,
    RowOutcome,
    RowProblem,
)
from desktop_app.services.exchange.import_rows import Directory, RowParser, RowPlan
from desktop_app.services.exchange.import_sheets import Sheet, workbook_sheets
from desktop_app.services.exchange.import_writer import RowWriter
from desktop_app.services.exchange.sheet_import import record_imported, write_sheet
from desktop_app.services.transitions import derivation
from desktop_app.services.trust import audit
from desktop_app.services.trust.permissions import can_import, deny


class ImportCancelled(HomewardError):
    def __init__(self) -> None:
        super().__init__("The import was cancelled; nothing was imported.")


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
    sheets: Sequence[Sheet] | None = None,
) -> ImportReport:
    """Check every row, then write the valid ones in the caller's transaction.

    Raises ImportFileError when the file itself cannot be used (nothing is
    written). With `dry_run`, or `all_or_nothing` and a rejected row, every
    write is rolled back and the report says what would have happened.

    A workbook's other sheets (courses, enrolments, contacts, consents: `sheets`,
    else those the file holds) are imported after the cases in the same
    transaction, each with its own report under the cases'.
    """
    check_permission(session, actor)
    # Every row is checked and held until it is written: hundreds of thousands of objects
    # that live until the end, which the garbage collector need not walk again and again.
    with collections_held_for_bulk_work():
        return _import_cases(
            session,
            actor,
            source,
            mapping=mapping,
            default_team=default_team,
            dry_run=dry_run,
            all_or_nothing=all_or_nothing,
            progress=progress,
            cancelled=cancelled,
            sheets=sheets,
        )


def _import_cases(
    session: Session,
    actor: Actor,
    source: str | Path | SpreadsheetTable,
    *,
    mapping: Mapping[int, str | None] | None,
    default_team: str | None,
    dry_run: bool,
    all_or_nothing: bool,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
    sheets: Sequence[Sheet] | None,
) -> ImportReport:
    table = source if isinstance(source, SpreadsheetTable) else read_table(source)
    if sheets is None:
        sheets = [] if isinstance(source, SpreadsheetTable) else workbook_sheets(source)
    plan = plan_columns(table.headers, mapping)
    directory = Directory.load(session)
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
    parser = RowParser(session, actor, table, plan, directory, default_team_id)
    plans = [parser.parse(i) for i in range(len(table.rows))]
    _mark_duplicates(plans, plan)
    writer = RowWriter(session, actor, directory, table.source)
    outcomes: list[RowOutcome] = []
    everything = session.begin_nested()
    try:
        seen_cases: dict[int, int] = {}
        # Each case's transitions are derived once, after all rows are written.
        with derivation.deferred_refresh(session, actor):
            _write_rows(session, writer, plans, outcomes, seen_cases, progress, cancelled)
        sheet_reports = [
            write_sheet(session, actor, sheet, source=table.source, cancelled=cancelled)
            for sheet in sheets
        ]
        report = ImportReport(
            source=table.source,
            outcomes=outcomes,
            unknown_columns=plan.unknown,
            derived_columns=plan.derived,
            dry_run=dry_run,
            all_or_nothing=all_or_nothing,
            committed=False,
            sheets=sheet_reports,
        )
        if dry_run or report.blocked:
            everything.rollback()
        else:
            everything.commit()
            report.committed = True
        for sheet_report in sheet_reports:
            sheet_report.dry_run, sheet_report.all_or_nothing = dry_run, all_or_nothing
            sheet_report.committed = report.committed
            sheet_report.withheld = report.blocked
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
        for sheet_report in report.sheets:
            record_imported(session, actor, sheet_report)
    return report


def _mark_duplicates(plans: list[RowPlan], columns: ColumnPlan) -> None:
    """The same reference twice in one file: neither row can be trusted, both are rejected."""
    rows_by_reference: dict[str, list[RowPlan]] = {}
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


def _write_rows(
    session: Session,
    writer: RowWriter,
    plans: Sequence[RowPlan],
    outcomes: list[RowOutcome],
    seen_cases: dict[int, int],
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
) -> None:
    """Every row in order: a new case with its own reference waits to be written with others
    (`import_bulk`); any other row is written on its own, after what waits before it."""
    known = existing_references(
        session, (plan.reference for plan in plans if plan.reference and not plan.problems)
    )
    created: set[str] = set()
    batch = NewCases(session, writer.writer, writer.reason)
    total = len(plans)
    for done, plan in enumerate(plans, start=1):
        if cancelled is not None and cancelled():
            raise ImportCancelled()
        if plan.problems:
            outcomes.append(_write_row(session, writer, plan, seen_cases))
        elif plan.reference and plan.reference not in known and plan.reference not in created:
            outcome = RowOutcome(
                row=plan.row, index=plan.index, status=CREATED, reference=plan.reference
            )
            outcome.name = plan.name
            batch.add(plan, outcome)
            created.add(plan.reference)
            outcomes.append(outcome)
            if batch.full:
                batch.write(seen_cases)
        else:
            batch.write(seen_cases)
            outcome = _write_row(session, writer, plan, seen_cases)
            if outcome.status == CREATED and outcome.reference:
                created.add(outcome.reference)
            outcomes.append(outcome)
        if progress is not None:
            progress(done, total)
    batch.write(seen_cases)


def _write_row(
    session: Session, writer: RowWriter, plan: RowPlan, seen_cases: dict[int, int]
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
