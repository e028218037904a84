"""Importing the other sheets — courses, enrolments, contacts, consents — row by row, with the
case import's report: row numbers, column and reason, `--dry-run`, `--all-or-nothing`, and a
re-import that updates what it imported before instead of adding it twice.

Every row is written through the services the desktop uses (the registry, the enrolment and
consent services), so their rules and audit entries apply; a row they refuse is rejected
with their reason and the other rows go on. Contacts are written here, field by field
audited, as no other service keeps them yet.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.db.models import Case, ConsentRecord, Contact, CourseEnrolment, LanguageCourse
from desktop_app.domain import partners as rules
from desktop_app.domain.dates import DateFormatError, parse_date
from desktop_app.domain.i18n import message as _
from desktop_app.domain.i18n import sentence, text_of
from desktop_app.domain.plain_text import hidden_character_problem
from desktop_app.services.actor import Actor, Role
from desktop_app.services.cases import contacts
from desktop_app.services.cases.record_data import CONTACT_ROLES
from desktop_app.services.errors import HomewardError, ValidationError
from desktop_app.services.exchange.import_columns import ColumnPlan
from desktop_app.services.exchange.import_report import (
    CREATED,
    REJECTED,
    UNCHANGED,
    UPDATED,
    ImportReport,
    RowOutcome,
    RowProblem,
)
from desktop_app.services.exchange.import_sheets import (
    CONSENTS,
    CONTACTS,
    COURSES,
    ENROLMENTS,
    Sheet,
    kind_named,
    plan_columns,
    read_sheet,
)
from desktop_app.services.partners import courses, enrolments
from desktop_app.services.trust import audit
from desktop_app.services.trust.permissions import can_edit_case, can_import, deny

_PHONE = re.compile(r"[+0-9][0-9 ()./-]{2,39}")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_TEXT_LENGTH = 200

Cancelled = Callable[[], bool]


class RowRefused(Exception):
    """A row that cannot be written: its problems, field by field."""

    def __init__(self, problems: Mapping[str, str]) -> None:
        super().__init__("; ".join(problems.values()))
        self.problems = dict(problems)


def _import_delegate(actor: Actor) -> Actor:
    """Who the rows are written as: team leads as themselves; a coordinator, who may not
    otherwise change case content, through an import delegate carrying their name into
    every audit entry (as the case import does)."""
    if actor.role is Role.COORDINATOR and not actor.is_system:
        return Actor(
            user_id=None,
            username=actor.username,
            role=Role.COORDINATOR,
            team_id=None,
            full_name=actor.full_name,
        )
    return actor


def _date(cells: Mapping[str, str], name: str) -> date | None:
    text = cells.get(name, "")
    if not text:
        return None
    try:
        return parse_date(text)
    except DateFormatError as exc:
        raise RowRefused({name: text_of(exc)}) from None


def _plain(cells: Mapping[str, str], *names: str) -> None:
    problems = {}
    for name in names:
        problem = hidden_character_problem(cells.get(name, ""))
        if problem is not None:
            problems[name] = problem
        elif len(cells.get(name, "")) > _TEXT_LENGTH:
            problems[name] = _("longer than {length} characters", length=_TEXT_LENGTH)
    if problems:
        raise RowRefused(problems)


@dataclass
class _Written:
    status: str
    reference: str | None
    name: str
    changes: list[str]


class _SheetWriter:
    def __init__(self, session: Session, actor: Actor, source: str) -> None:
        self.session = session
        self.actor = actor
        self.writer = _import_delegate(actor)
        self.reason = f"Imported from {source}" if source else "Imported"

    def case(self, reference: str) -> Case:
        """The case a row is about, if the importer may change it — and nothing about a case
        they may not see."""
        _plain({"reference": reference}, "reference")
        case = self.session.scalar(select(Case).where(Case.reference == reference))
        if case is None or not can_edit_case(self.session, self.writer, case):
            raise RowRefused(
                {
                    "reference": _(
                        "No case you may change has the reference {reference}.",
                        reference=reference,
                    )
                }
            )
        return case

    # --- courses ------------------------------------------------------------------

    def course(self, cells: Mapping[str, str]) -> _Written:
        _plain(cells, "code", "name", "provider", "municipality", "language")
        values = {k: v for k, v in cells.items() if v}
        code = cells.get("code", "").upper()
        existing: LanguageCourse | None
        if code:
            existing = courses.course_by_code(self.session, code)
        else:
            existing = self._same_course(cells)
        if existing is None:
            made = courses.save_course(self.session, self.writer, values)
            return _Written(CREATED, made.code, made.name, [])
        before = courses.course_row(self.session, existing.id)
        values.pop("code", None)
        after = courses.save_course(self.session, self.writer, values, existing.id)
        changes = [
            name
            for name in COURSES.fields
            if name != "code" and getattr(before, name) != getattr(after, name)
        ]
        return _Written(UPDATED if changes else UNCHANGED, after.code, after.name, changes)

    def _same_course(self, cells: Mapping[str, str]) -> LanguageCourse | None:
        """Without a code, the same name, provider and place (and start, when given)."""
        query = select(LanguageCourse).where(
            func.lower(LanguageCourse.name) == cells.get("name", "").lower(),
            func.lower(LanguageCourse.provider) == cells.get("provider", "").lower(),
            func.lower(LanguageCourse.municipality) == cells.get("municipality", "").lower(),
        )
        start = _date(cells, "start_date")
        if start is not None:
            query = query.where(LanguageCourse.start_date == start)
        found = list(self.session.scalars(query.limit(2)))
        if len(found) > 1:
            raise RowRefused(
                {"code": _("Several courses of the registry match this row; give its code.")}
            )
        return found[0] if found else None

    # --- enrolments ----------------------------------------------------------------

    def enrolment(self, cells: Mapping[str, str]) -> _Written:
        case = self.case(cells["reference"])
        _plain(cells, "course", "certificate", "end_reason")
        course = courses.course_by_code(self.session, cells["course"])
        if course is None:
            raise RowRefused(
                {
                    "course": _(
                        "No course has the code {code} (the codes are in the registry, or "
                        "on the courses sheet).",
                        code=cells["course"],
                    )
                }
            )
        status = cells.get("status", "").lower() or None
        if status is not None and status not in rules.STATUSES:
            raise RowRefused(
                {
                    "status": _(
                        "'{status}' is not a status ({support_statuses}).",
                        status=status,
                        support_statuses=", ".join(rules.STATUSES),
                    )
                }
            )
        start, end = _date(cells, "start_date"), _date(cells, "end_date")
        attendance_day = _date(cells, "attendance_date")
        certificate_day = _date(cells, "certificate_date")
        if cells.get("certificate") and certificate_day is None:
            raise RowRefused({"certificate_date": _("Give the certificate's date.")})
        existing = self.session.scalar(
            select(CourseEnrolment)
            .where(CourseEnrolment.case_id == case.id, CourseEnrolment.course_id == course.id)
            .order_by(CourseEnrolment.id.desc())
            .limit(1)
        )
        reference = case.reference
        if existing is None:
            enrolled = enrolments.enrol(
                self.session,
                self.writer,
                reference,
                course.id,
                start_date=start,
                status=status,
                end_date=end,
            )
            before = None
        else:
            before = enrolments.case_enrolment(self.session, case.id, existing.id)
            changes: dict[str, Any] = {}
            if status is not None:
                changes["status"] = status
            if start is not None:
                changes["start_date"] = start
            if end is not None:
                changes["end_date"] = end
            enrolled = enrolments.update_enrolment(
                self.session, self.writer, reference, existing.id, changes, reason=self.reason
            )
        extra: dict[str, Any] = {}
        if cells.get("level_reached"):
            extra["level_reached"] = cells["level_reached"]
        if cells.get("end_reason"):
            extra["end_reason"] = cells["end_reason"]
        if extra:
            enrolled = enrolments.update_enrolment(
                self.session, self.writer, reference, enrolled.id, extra, reason=self.reason
            )
        if cells.get("attendance_percent"):
            day = attendance_day or (enrolled.end_date if rules.is_ended(enrolled.status) else None)
            latest = enrolled.attendance[-1] if enrolled.attendance else None
            if latest is None or (
                str(latest.percent) != cells["attendance_percent"].rstrip("%").strip()
                or (day is not None and latest.recorded_on != day)
            ):
                enrolled = enrolments.record_attendance(
                    self.session,
                    self.writer,
                    reference,
                    enrolled.id,
                    recorded_on=day,
                    percent=cells["attendance_percent"].rstrip("%").strip(),
                )
        if cells.get("certificate"):
            enrolled = enrolments.record_certificate(
                self.session,
                self.writer,
                reference,
                enrolled.id,
                title=cells["certificate"],
                issued_on=certificate_day,
                level_reached=cells.get("level_reached") or None,
            )
        name = f"{course.code} {course.name}"
        if before is None:
            return _Written(CREATED, reference, name, [])
        fields = (
            "status",
            "start_date",
            "end_date",
            "attendance_percent",
            "level_reached",
            "certificate",
            "certificate_date",
            "end_reason",
        )
        changed = [f for f in fields if getattr(before, f) != getattr(enrolled, f)]
        return _Written(UPDATED if changed else UNCHANGED, reference, name, changed)

    # --- contacts -------------------------------------------------------------------

    def contact(self, cells: Mapping[str, str]) -> _Written:
        case = self.case(cells["reference"])
        _plain(cells, "name", "organisation", "phone", "email")
        role = cells["relation"].lower().replace("legal guardian", "guardian")
        problems = {}
        if role not in CONTACT_ROLES:
            problems["relation"] = _(
                "'{value}' is not a relation ({relations}).",
                value=cells["relation"],
                relations=", ".join(CONTACT_ROLES),
            )
        if cells.get("phone") and not _PHONE.fullmatch(cells["phone"]):
            problems["phone"] = _("'{value}' is not a phone number.", value=cells["phone"])
        if cells.get("email") and not _EMAIL.fullmatch(cells["email"]):
            problems["email"] = _("'{value}' is not an e-mail address.", value=cells["email"])
        if problems:
            raise RowRefused(problems)
        existing = self.session.scalar(
            select(Contact).where(
                Contact.case_id == case.id,
                func.lower(Contact.name) == cells["name"].lower(),
                Contact.role == role,
            )
        )
        given = {k: cells[k] for k in ("organisation", "phone", "email") if cells.get(k)}
        if existing is None:
            contacts.add_contact(
                self.session, self.writer, case.reference, cells["name"], role, **given
            )
            return _Written(CREATED, case.reference, cells["name"], [])
        changed = [k for k, v in given.items() if getattr(existing, k) != v]
        if not changed:
            return _Written(UNCHANGED, case.reference, existing.name, [])
        contacts.update_contact(
            self.session,
            self.writer,
            case.reference,
            existing.id,
            {k: given[k] for k in changed},
            reason=self.reason,
        )
        return _Written(UPDATED, case.reference, existing.name, changed)

    # --- consents -------------------------------------------------------------------

    def consent(self, cells: Mapping[str, str]) -> _Written:
        case = self.case(cells["reference"])
        _plain(cells, "purpose")
        recipient = cells["recipient"].lower()
        given_on, withdrawn_on = _date(cells, "given_on"), _date(cells, "withdrawn_on")
        existing = self.session.scalar(
            select(ConsentRecord).where(
                ConsentRecord.case_id == case.id,
                ConsentRecord.recipient == recipient,
                func.lower(ConsentRecord.purpose) == cells["purpose"].lower(),
                ConsentRecord.given_on == given_on,
            )
        )
        name = f"{recipient}: {cells['purpose']}"
        if existing is None:
            consent = contacts.add_consent(
                self.session,
                self.writer,
                case.reference,
                cells["purpose"],
                recipient,
                given_on,
                cells.get("note") or None,
            )
            if withdrawn_on is not None:
                contacts.withdraw_consent(
                    self.session, self.writer, case.reference, consent.id, withdrawn_on
                )
            return _Written(CREATED, case.reference, name, [])
        if withdrawn_on is None or existing.withdrawn_on == withdrawn_on:
            return _Written(UNCHANGED, case.reference, name, [])
        if existing.withdrawn_on is not None:
            raise RowRefused(
                {
                    "withdrawn_on": _(
                        "This consent was withdrawn on {day}; an import does not change that.",
                        day=existing.withdrawn_on.isoformat(),
                    )
                }
            )
        contacts.withdraw_consent(
            self.session, self.writer, case.reference, existing.id, withdrawn_on
        )
        return _Written(UPDATED, case.reference, name, ["withdrawn_on"])


_WRITERS: dict[str, Callable[[_SheetWriter, Mapping[str, str]], _Written]] = {
    COURSES.name: _SheetWriter.course,
    ENROLMENTS.name: _SheetWriter.enrolment,
    CONTACTS.name: _SheetWriter.contact,
    CONSENTS.name: _SheetWriter.consent,
}

# A service's name for a field, where the sheet's column has another.
_FIELD_OF_SERVICE = {
    "percent": "attendance_percent",
    "recorded_on": "attendance_date",
    "reason": "status",
}


def write_sheet(
    session: Session,
    actor: Actor,
    sheet: Sheet,
    *,
    mapping: Mapping[int, str | None] | None = None,
    source: str = "",
    cancelled: Cancelled | None = None,
) -> ImportReport:
    """Check and write every row of the sheet in the caller's transaction; the report says
    what happened to each. The caller commits, or rolls back (dry run, all or nothing)."""
    kind = sheet.kind
    table = sheet.table
    plan = plan_columns(kind, table.headers, mapping)
    writer = _SheetWriter(session, actor, source or table.source)
    outcomes: list[RowOutcome] = []
    for index in range(len(table.rows)):
        if cancelled is not None and cancelled():
            from desktop_app.services.exchange.importer import ImportCancelled

            raise ImportCancelled()
        outcomes.append(_write_row(session, writer, kind.name, plan, table, index))
    return ImportReport(
        source=source or table.source,
        outcomes=outcomes,
        unknown_columns=plan.unknown,
        derived_columns=[],
        dry_run=False,
        all_or_nothing=False,
        committed=False,
        kind=kind.name,
        sheet=sheet.title,
    )


def _write_row(
    session: Session,
    writer: _SheetWriter,
    kind: str,
    plan: ColumnPlan,
    table: Any,
    index: int,
) -> RowOutcome:
    row = table.row_numbers[index]
    cells = {name: table.cell(index, column).strip() for name, column in plan.fields.items()}
    outcome = RowOutcome(row=row, index=index, status=REJECTED)
    missing = [name for name in kind_named(kind).required if not cells.get(name)]
    if missing:
        outcome.problems = [
            RowProblem(row, plan.header(name), name, _("A value is needed here."))
            for name in missing
        ]
        return outcome
    savepoint = session.begin_nested()
    try:
        written = _WRITERS[kind](writer, cells)
    except RowRefused as refused:
        savepoint.rollback()
        outcome.problems = _problems(row, plan, refused.problems)
        return outcome
    except ValidationError as exc:
        savepoint.rollback()
        outcome.problems = _problems(row, plan, exc.errors)
        return outcome
    except HomewardError as exc:  # e.g. no such consent recipient, a permission refusal
        savepoint.rollback()
        first = next(iter(plan.fields), "")
        outcome.problems = [RowProblem(row, plan.header(first), first, sentence(text_of(exc)))]
        return outcome
    savepoint.commit()
    outcome.status = written.status
    outcome.reference = written.reference
    outcome.name = written.name
    outcome.changes = written.changes
    return outcome


def _problems(row: int, plan: ColumnPlan, errors: Mapping[str, Any]) -> list[RowProblem]:
    out = []
    for name, reason in errors.items():
        column = _FIELD_OF_SERVICE.get(name, name)
        out.append(RowProblem(row, plan.header(column), column, sentence(reason)))
    return out


# The audit action of each kind's import.
_IMPORTED = {
    COURSES.name: "courses_imported",
    ENROLMENTS.name: "enrolments_imported",
    CONTACTS.name: "contacts_imported",
    CONSENTS.name: "consents_imported",
}


def record_imported(session: Session, actor: Actor, report: ImportReport) -> None:
    """The audit entry of a sheet's import, once it is written."""
    audit.record(
        session,
        actor,
        _IMPORTED[report.kind],
        entity="import",
        entity_id=report.source,
        detail={
            "file": report.source,
            "sheet": report.sheet,
            "created": report.created,
            "updated": report.updated,
            "unchanged": report.unchanged,
            "rejected": report.rejected,
            "rejected_rows": sorted({p.row for p in report.problems}),
        },
    )


def import_sheet(
    session: Session,
    actor: Actor,
    kind_name: str,
    source: str | Path | Sheet,
    *,
    mapping: Mapping[int, str | None] | None = None,
    dry_run: bool = False,
    all_or_nothing: bool = False,
    cancelled: Cancelled | None = None,
) -> ImportReport:
    """Import one kind from a file of its own (`homeward import courses FILE`…): the same
    permission as importing cases, the same report and the same transaction rules."""
    if not can_import(actor):
        raise deny(session, actor, _("import a caseload (team leads and coordinators only)"))
    kind = kind_named(kind_name)
    sheet = source if isinstance(source, Sheet) else read_sheet(kind, source)
    everything = session.begin_nested()
    try:
        report = write_sheet(session, actor, sheet, mapping=mapping, cancelled=cancelled)
        report.dry_run, report.all_or_nothing = dry_run, all_or_nothing
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
        record_imported(session, actor, report)
    return report
