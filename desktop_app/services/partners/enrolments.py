"""A young person's language courses: enrolling from the registry (while places are left),
and keeping the enrolment up to date — its status, attendance as it is recorded over time,
the level reached and the certificate, with the certificate's document."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, BinaryIO

from sqlalchemy import Float, cast, select
from sqlalchemy.orm import Session

from desktop_app.db.models import (
    Case,
    CourseEnrolment,
    EnrolmentAttendance,
    LanguageCourse,
    User,
)
from desktop_app.domain import partners as rules
from desktop_app.domain.i18n import message as _
from desktop_app.domain.plain_text import hidden_character_problem
from desktop_app.services import clock, documents
from desktop_app.services.actor import Actor
from desktop_app.services.errors import NotFoundError, ValidationError
from desktop_app.services.housing.form_values import date_value, number_value, text_value
from desktop_app.services.partners import courses
from desktop_app.services.trust import audit
from desktop_app.services.trust.permissions import load_case_for_edit

ENROLMENT_FIELDS = ("status", "start_date", "end_date", "level_reached", "end_reason")
TEXT_LENGTH = 200


@dataclass(frozen=True)
class AttendanceEntry:
    id: int
    recorded_on: date
    percent: int
    hours_attended: float | None
    recorded_by: str | None


@dataclass(frozen=True)
class Enrolment:
    """One enrolment as the case record shows it, with its course's registry details."""

    id: int
    course_id: int
    course_code: str
    course_name: str
    provider: str | None
    cefr_level: str
    municipality: str | None
    hours_per_week: float | None
    course_retired: bool
    start_date: date | None
    end_date: date | None
    status: str
    attendance_percent: int | None
    attendance: tuple[AttendanceEntry, ...]
    level_reached: str | None
    certificate: str | None
    certificate_date: date | None
    certificate_document_id: int | None
    end_reason: str | None

    @property
    def holds_place(self) -> bool:
        return rules.holds_place(self.status)


def case_enrolments(session: Session, case_id: int) -> tuple[Enrolment, ...]:
    """A case's enrolments, oldest first (for the case record, which checked the reader)."""
    entries: dict[int, list[AttendanceEntry]] = defaultdict(list)
    for row in session.execute(
        select(
            EnrolmentAttendance.id,
            EnrolmentAttendance.enrolment_id,
            EnrolmentAttendance.recorded_on,
            EnrolmentAttendance.percent,
            cast(EnrolmentAttendance.hours_attended, Float),
            User.username,
        )
        .outerjoin(User, User.id == EnrolmentAttendance.recorded_by_id)
        .where(EnrolmentAttendance.case_id == case_id)
        .order_by(EnrolmentAttendance.recorded_on, EnrolmentAttendance.id)
    ):
        entries[row[1]].append(AttendanceEntry(row[0], row[2], row[3], row[4], row[5]))
    out = []
    for e, c in session.execute(
        select(CourseEnrolment, LanguageCourse)
        .join(LanguageCourse, LanguageCourse.id == CourseEnrolment.course_id)
        .where(CourseEnrolment.case_id == case_id)
        .order_by(CourseEnrolment.start_date.asc().nulls_first(), CourseEnrolment.id)
    ):
        out.append(
            Enrolment(
                id=e.id,
                course_id=c.id,
                course_code=c.code,
                course_name=c.name,
                provider=c.provider,
                cefr_level=c.cefr_level,
                municipality=c.municipality,
                hours_per_week=float(c.hours_per_week) if c.hours_per_week is not None else None,
                course_retired=bool(c.retired),
                start_date=e.start_date,
                end_date=e.end_date,
                status=e.status,
                attendance_percent=e.attendance_percent,
                attendance=tuple(entries.get(e.id, ())),
                level_reached=e.level_reached,
                certificate=e.certificate,
                certificate_date=e.certificate_date,
                certificate_document_id=e.certificate_document_id,
                end_reason=e.end_reason,
            )
        )
    return tuple(out)


def case_enrolment(session: Session, case_id: int, enrolment_id: int) -> Enrolment | None:
    """One of a case's enrolments, as the case record shows it (None if not the case's)."""
    for enrolment in case_enrolments(session, case_id):
        if enrolment.id == enrolment_id:
            return enrolment
    return None


def _enrolment(session: Session, case: Case, enrolment_id: int) -> Enrolment:
    found = case_enrolment(session, case.id, enrolment_id)
    if found is not None:
        return found
    raise NotFoundError(
        _(
            "No enrolment {enrolment_id} on the case {reference}.",
            enrolment_id=enrolment_id,
            reference=case.reference,
        )
    )


def _load(
    session: Session, actor: Actor, reference: str, enrolment_id: int
) -> tuple[Case, CourseEnrolment]:
    case = load_case_for_edit(session, actor, reference)
    row = session.get(CourseEnrolment, enrolment_id)
    if row is None or row.case_id != case.id:
        raise NotFoundError(
            _(
                "No enrolment {enrolment_id} on the case {reference}.",
                enrolment_id=enrolment_id,
                reference=reference,
            )
        )
    return case, row


def _check_free_place(
    session: Session, course: LanguageCourse, errors: dict[str, str], *, field: str = "course"
) -> None:
    row = courses.course_row(session, course.id)
    if row.full:
        errors[field] = _(
            "The course {course_name} is full: all {places} places are taken.",
            course_name=course.name,
            places=row.places,
        )


def enrol(
    session: Session,
    actor: Actor,
    reference: str,
    course_id: int,
    *,
    start_date: date | None = None,
    status: str | None = None,
    end_date: date | None = None,
) -> Enrolment:
    """Enrol a young person in a course of the registry that is offered and has a free place.

    Starts on the given day, else on the course's start (or today, once it has started);
    planned until then, active from then. A course already taken (completed or dropped,
    with the day it ended) is recorded as it was, whatever its course's places today.
    """
    case = load_case_for_edit(session, actor, reference)
    course = session.get(LanguageCourse, course_id)
    today = clock.today()
    errors: dict[str, str] = {}
    if course is None:
        raise ValidationError({"course": _("Choose a language course.")})
    if status is not None and status not in rules.STATUSES:
        raise ValidationError(
            {
                "status": _(
                    "'{status}' is not a status ({support_statuses}).",
                    status=status,
                    support_statuses=", ".join(rules.STATUSES),
                )
            }
        )
    if status is not None and rules.is_ended(status):
        start_date = start_date or course.start_date
        end_date = end_date or (
            course.end_date if course.end_date and course.end_date <= today else None
        )
        if end_date is None:
            errors["end_date"] = _("Say when the enrolment ended.")
        elif end_date > today:
            errors["end_date"] = _("An ended enrolment cannot end in the future.")
        elif start_date is not None and end_date < start_date:
            errors["end_date"] = _("The enrolment ends before it starts.")
        if errors:
            raise ValidationError(errors)
        return _add(session, actor, case, course, start_date, end_date, status)
    if course.retired:
        errors["course"] = _(
            "The course {course_name} is retired: it is no longer offered.",
            course_name=course.name,
        )
    elif course.end_date is not None and course.end_date < today:
        errors["course"] = _(
            "The course {course_name} ended on {end_date}.",
            course_name=course.name,
            end_date=course.end_date.isoformat(),
        )
    elif session.scalar(
        select(CourseEnrolment.id).where(
            CourseEnrolment.case_id == case.id,
            CourseEnrolment.course_id == course.id,
            CourseEnrolment.status.in_(rules.HOLDING_STATUSES),
        )
    ):
        errors["course"] = _(
            "{case_display_name} is already enrolled in {course_name}.",
            case_display_name=case.display_name,
            course_name=course.name,
        )
    else:
        _check_free_place(session, course, errors)
    if start_date is None:
        start_date = course.start_date if course.start_date and course.start_date > today else today
    if status is None:
        status = rules.default_status(start_date, today)
    if status == "active" and start_date > today:
        errors["start_date"] = _(
            "An active enrolment has started; its start date cannot be in the future (keep it planned)."
        )
    if course.end_date is not None and start_date > course.end_date:
        errors["start_date"] = _("The enrolment would start after the course ends.")
    end_date = end_date or course.end_date
    if end_date is not None and end_date < start_date:
        errors["end_date"] = _("The enrolment ends before it starts.")
    if errors:
        raise ValidationError(errors)
    return _add(session, actor, case, course, start_date, end_date, status)


def _add(
    session: Session,
    actor: Actor,
    case: Case,
    course: LanguageCourse,
    start_date: date | None,
    end_date: date | None,
    status: str,
) -> Enrolment:
    row = CourseEnrolment(
        case_id=case.id,
        course_id=course.id,
        start_date=start_date,
        end_date=end_date,
        status=status,
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        actor,
        "enrolment_added",
        entity="enrolment",
        entity_id=row.id,
        case_id=case.id,
        detail={
            "course": course.code,
            "name": course.name,
            "level": course.cefr_level,
            "status": status,
            "start": audit.plain_value(start_date),
            "end": audit.plain_value(end_date),
        },
    )
    return _enrolment(session, case, row.id)


def update_enrolment(
    session: Session,
    actor: Actor,
    reference: str,
    enrolment_id: int,
    values: Mapping[str, Any],
    *,
    reason: str | None = None,
) -> Enrolment:
    """Move an enrolment on (planned → active → completed or dropped), or correct it.

    Ending it dates its end (today, or the course's end when that has passed); a change that
    goes back (completed → active…) is a correction and needs its reason. Audited field by
    field.
    """
    case, row = _load(session, actor, reference, enrolment_id)
    unknown = set(values) - set(ENROLMENT_FIELDS)
    if unknown:
        raise ValidationError({k: _("not a field of an enrolment.") for k in sorted(unknown)})
    today = clock.today()
    errors: dict[str, str] = {}
    before = {k: audit.plain_value(getattr(row, k)) for k in ENROLMENT_FIELDS}
    status = text_value(values, "status") if "status" in values else row.status
    if status not in rules.STATUSES:
        errors["status"] = _(
            "'{status}' is not a status ({support_statuses}).",
            status=status or "",
            support_statuses=", ".join(rules.STATUSES),
        )
        status = row.status
    start = date_value(values, "start_date", errors) if "start_date" in values else row.start_date
    if "end_date" in values:
        end = date_value(values, "end_date", errors)
    elif rules.is_ended(status) and not rules.is_ended(row.status):
        end = row.end_date if row.end_date is not None and row.end_date <= today else today
    elif rules.holds_place(status) and rules.is_ended(row.status):
        end = row.course.end_date  # taken back: the planned end again
    else:
        end = row.end_date
    if status == "active" and row.status == "planned" and "start_date" not in values:
        if start is None or start > today:
            start = today
    level = row.level_reached
    if "level_reached" in values:
        level = (text_value(values, "level_reached") or "").upper() or None
        if level is not None and level not in rules.CEFR_LEVELS:
            errors["level_reached"] = _(
                "'{value}' is not a CEFR level ({levels}).",
                value=level,
                levels=", ".join(rules.CEFR_LEVELS),
            )
    end_reason = text_value(values, "end_reason") if "end_reason" in values else row.end_reason
    if end_reason and len(end_reason) > 300:
        errors["end_reason"] = _("Keep the reason under 300 characters.")
    if rules.holds_place(status):
        end_reason = None
    if status == "active" and start is not None and start > today:
        errors["start_date"] = _(
            "An active enrolment has started; its start date cannot be in the future (keep it planned)."
        )
    if rules.is_ended(status):
        if end is None:
            errors["end_date"] = _("Say when the enrolment ended.")
        elif end > today:
            errors["end_date"] = _("An ended enrolment cannot end in the future.")
    if start and end and end < start:
        errors["end_date"] = _("The enrolment ends before it starts.")
    goes_back = rules.status_goes_back(row.status, status)
    if goes_back and not (reason or "").strip():
        errors["reason"] = _(
            "Going back from {before} to {after} corrects the record: say why.",
            before=row.status,
            after=status,
        )
    if rules.holds_place(status) and not rules.holds_place(row.status):
        _check_free_place(session, row.course, errors, field="status")
    if errors:
        raise ValidationError(errors)
    row.status = status
    row.start_date = start
    row.end_date = end
    row.level_reached = level
    row.end_reason = end_reason
    session.flush()
    after = {k: audit.plain_value(getattr(row, k)) for k in ENROLMENT_FIELDS}
    changed = {
        k: {"before": before[k], "after": after[k]}
        for k in ENROLMENT_FIELDS
        if before[k] != after[k]
    }
    if changed:
        detail: dict[str, Any] = dict(changed)
        if (reason or "").strip():
            detail["reason"] = (reason or "").strip()
        audit.record(
            session,
            actor,
            "enrolment_changed",
            entity="enrolment",
            entity_id=row.id,
            case_id=case.id,
            detail=detail,
        )
    return _enrolment(session, case, row.id)


def record_attendance(
    session: Session,
    actor: Actor,
    reference: str,
    enrolment_id: int,
    *,
    recorded_on: date | None,
    percent: Any,
    hours_attended: Any = None,
) -> Enrolment:
    """Record attendance as it stands on a day (the share of the lessons so far, and the
    hours when known); a second record for the same day corrects the first."""
    case, row = _load(session, actor, reference, enrolment_id)
    today = clock.today()
    errors: dict[str, str] = {}
    values = {"percent": percent, "hours_attended": hours_attended, "recorded_on": recorded_on}
    share = number_value(values, "percent", errors, whole=True, minimum=0)
    if share is None and "percent" not in errors:
        errors["percent"] = _("Give the attendance as a percentage from 0 to 100.")
    elif share is not None and share > 100:
        errors["percent"] = _("Give the attendance as a percentage from 0 to 100.")
    hours = number_value(values, "hours_attended", errors, minimum=0)
    day = date_value(values, "recorded_on", errors) or (None if "recorded_on" in errors else today)
    if row.status == "planned":
        errors["status"] = _(
            "Attendance is recorded once the course has started: mark the enrolment active first."
        )
    if day is not None:
        if day > today:
            errors["recorded_on"] = _("Attendance cannot be recorded for a day in the future.")
        elif row.start_date is not None and day < row.start_date:
            errors["recorded_on"] = _("The day is before the enrolment started.")
    if errors:
        raise ValidationError(errors)
    assert day is not None and share is not None
    entry = session.scalar(
        select(EnrolmentAttendance).where(
            EnrolmentAttendance.enrolment_id == row.id, EnrolmentAttendance.recorded_on == day
        )
    )
    previous = None
    if entry is None:
        entry = EnrolmentAttendance(case_id=case.id, enrolment_id=row.id, recorded_on=day)
        session.add(entry)
    else:
        previous = {"percent": entry.percent, "hours": audit.plain_value(entry.hours_attended)}
    entry.percent = int(share)
    entry.hours_attended = hours
    entry.recorded_by_id = actor.user_id
    session.flush()
    latest = session.scalar(
        select(EnrolmentAttendance.percent)
        .where(EnrolmentAttendance.enrolment_id == row.id)
        .order_by(EnrolmentAttendance.recorded_on.desc(), EnrolmentAttendance.id.desc())
        .limit(1)
    )
    row.attendance_percent = latest
    detail: dict[str, Any] = {"recorded_on": day.isoformat(), "percent": int(share)}
    if hours is not None:
        detail["hours"] = hours
    if previous is not None:
        detail["before"] = previous
    audit.record(
        session,
        actor,
        "attendance_recorded",
        entity="enrolment",
        entity_id=row.id,
        case_id=case.id,
        detail=detail,
    )
    return _enrolment(session, case, row.id)


def record_certificate(
    session: Session,
    actor: Actor,
    reference: str,
    enrolment_id: int,
    *,
    title: str | None,
    issued_on: date | None,
    level_reached: str | None = None,
) -> Enrolment:
    """The certificate the young person was given (its name and date), and the level it
    shows; changing it later is audited with what it said before."""
    case, row = _load(session, actor, reference, enrolment_id)
    today = clock.today()
    errors: dict[str, str] = {}
    name = (title or "").strip()
    if not name:
        errors["certificate"] = _("Name the certificate (e.g. the exam passed).")
    elif len(name) > TEXT_LENGTH:
        errors["certificate"] = _(
            "The certificate's name is longer than {length} characters.", length=TEXT_LENGTH
        )
    elif (problem := hidden_character_problem(name)) is not None:
        errors["certificate"] = problem
    if issued_on is None:
        errors["certificate_date"] = _("Give the certificate's date.")
    elif issued_on > today:
        errors["certificate_date"] = _("The certificate's date is in the future.")
    elif row.start_date is not None and issued_on < row.start_date:
        errors["certificate_date"] = _("The certificate is dated before the enrolment started.")
    level = (level_reached or "").strip().upper() or row.level_reached
    if level is not None and level not in rules.CEFR_LEVELS:
        errors["level_reached"] = _(
            "'{value}' is not a CEFR level ({levels}).",
            value=level,
            levels=", ".join(rules.CEFR_LEVELS),
        )
    if row.status == "planned":
        errors["status"] = _("A planned enrolment has no certificate yet.")
    if errors:
        raise ValidationError(errors)
    before = {
        "certificate": row.certificate,
        "certificate_date": audit.plain_value(row.certificate_date),
        "level_reached": row.level_reached,
    }
    row.certificate = name
    row.certificate_date = issued_on
    row.level_reached = level
    session.flush()
    after = {
        "certificate": row.certificate,
        "certificate_date": audit.plain_value(row.certificate_date),
        "level_reached": row.level_reached,
    }
    changed = {k: {"before": before[k], "after": after[k]} for k in after if before[k] != after[k]}
    if changed:
        audit.record(
            session,
            actor,
            "certificate_recorded",
            entity="enrolment",
            entity_id=row.id,
            case_id=case.id,
            detail=changed,
        )
    return _enrolment(session, case, row.id)


def attach_certificate(
    session: Session,
    actor: Actor,
    reference: str,
    enrolment_id: int,
    stream: BinaryIO,
    filename: str,
) -> Enrolment:
    """Keep the certificate's scan or PDF among the case's documents, linked to the
    enrolment (the documents' rules apply: PDF, JPEG or PNG, up to 25 MB)."""
    case, row = _load(session, actor, reference, enrolment_id)
    if not row.certificate:
        raise ValidationError(
            {"certificate": _("Record the certificate (its name and date) before its document.")}
        )
    info = documents.add_document(
        session,
        actor,
        reference,
        stream,
        filename,
        title=row.certificate,
        kind="certificate",
        document_date=row.certificate_date,
    )
    previous = row.certificate_document_id
    row.certificate_document_id = info.id
    session.flush()
    audit.record(
        session,
        actor,
        "certificate_attached",
        entity="enrolment",
        entity_id=row.id,
        case_id=case.id,
        detail={"document": {"before": previous, "after": info.id}},
    )
    return _enrolment(session, case, row.id)
