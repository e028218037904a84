"""Language courses a young person is enrolled in, and work or education support."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop_app.db.models import CourseEnrolment, EmploymentSupport, LanguageCourse
from desktop_app.domain.i18n import message as _
from desktop_app.services import clock
from desktop_app.services.actor import Actor
from desktop_app.services.errors import ValidationError
from desktop_app.services.trust import audit
from desktop_app.services.trust.permissions import load_case_for_edit, require_case_content_role

PROGRAMME_TYPES = ("job_coaching", "internship", "apprenticeship", "vocational_training", "school")


SUPPORT_STATUSES = ("planned", "active", "completed", "dropped")


@dataclass(frozen=True)
class CourseChoice:
    id: int
    name: str
    cefr_level: str
    provider: str | None
    municipality: str | None
    start_date: date | None


def language_courses(session: Session, actor: Actor) -> list[CourseChoice]:
    """Courses a young person can be enrolled in: not yet ended, soonest start first."""
    require_case_content_role(actor)
    today = clock.today()
    return [
        CourseChoice(c.id, c.name, c.cefr_level, c.provider, c.municipality, c.start_date)
        for c in session.scalars(
            select(LanguageCourse)
            .where(or_(LanguageCourse.end_date.is_(None), LanguageCourse.end_date >= today))
            .order_by(LanguageCourse.cefr_level, LanguageCourse.start_date, LanguageCourse.name)
        )
    ]


def enrol(
    session: Session,
    actor: Actor,
    reference: str,
    course_id: int,
    *,
    start_date: date | None = None,
    status: str = "active",
) -> CourseEnrolment:
    case = load_case_for_edit(session, actor, reference)
    course = session.get(LanguageCourse, course_id)
    errors: dict[str, str] = {}
    if course is None:
        errors["course"] = _("Choose a language course.")
    if status not in SUPPORT_STATUSES:
        errors["status"] = _(
            "'{status}' is not a status ({support_statuses}).",
            status=status,
            support_statuses=", ".join(SUPPORT_STATUSES),
        )
    if course is not None and session.scalar(
        select(CourseEnrolment.id).where(
            CourseEnrolment.case_id == case.id,
            CourseEnrolment.course_id == course.id,
            CourseEnrolment.status.in_(["planned", "active"]),
        )
    ):
        errors["course"] = _(
            "{case_display_name} is already enrolled in {course_name}.",
            case_display_name=case.display_name,
            course_name=course.name,
        )
    if errors:
        raise ValidationError(errors)
    assert course is not None
    row = CourseEnrolment(
        case_id=case.id,
        course_id=course.id,
        start_date=start_date or course.start_date or clock.today(),
        end_date=course.end_date,
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
        detail={"course": course.name, "level": course.cefr_level, "status": status},
    )
    return row


def add_employment(
    session: Session,
    actor: Actor,
    reference: str,
    programme_type: str,
    *,
    organisation: str | None,
    start_date: date | None,
    end_date: date | None = None,
    status: str = "active",
    outcome: str | None = None,
) -> EmploymentSupport:
    case = load_case_for_edit(session, actor, reference)
    errors: dict[str, str] = {}
    if programme_type not in PROGRAMME_TYPES:
        errors["programme_type"] = _(
            "'{programme_type}' is not a programme ({programme_types}).",
            programme_type=programme_type,
            programme_types=", ".join(PROGRAMME_TYPES),
        )
    if not (organisation or "").strip():
        errors["organisation"] = _("Name the organisation (school, employer, programme).")
    if status not in SUPPORT_STATUSES:
        errors["status"] = _(
            "'{status}' is not a status ({support_statuses}).",
            status=status,
            support_statuses=", ".join(SUPPORT_STATUSES),
        )
    if start_date and end_date and end_date < start_date:
        errors["end_date"] = _("The support ends before it starts.")
    if errors:
        raise ValidationError(errors)
    row = EmploymentSupport(
        case_id=case.id,
        programme_type=programme_type,
        organisation=(organisation or "").strip(),
        start_date=start_date,
        end_date=end_date,
        status=status,
        outcome=(outcome or "").strip() or None,
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        actor,
        "employment_added",
        entity="employment",
        entity_id=row.id,
        case_id=case.id,
        detail={
            "programme": programme_type,
            "start": audit.plain_value(start_date),
            "status": status,
        },
    )
    return row
