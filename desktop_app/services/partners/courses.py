"""The registry of language courses: provider, place, CEFR level, dates, hours a week and
places, and how many of the places planned and active enrolments hold."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Float, cast, func, or_, select, update
from sqlalchemy.orm import Session

from desktop_app.db.models import CourseEnrolment, LanguageCourse
from desktop_app.domain import partners as rules
from desktop_app.domain.i18n import message as _
from desktop_app.services import clock
from desktop_app.services.actor import Actor
from desktop_app.services.errors import NotFoundError, ValidationError
from desktop_app.services.housing.form_values import date_value, number_value, text_value
from desktop_app.services.partners import _registry
from desktop_app.services.partners.access import require_reader, require_registry_editor
from desktop_app.services.trust import audit

CODE_PREFIX = "LC"
MAX_HOURS_PER_WEEK = 60

COURSE_FIELDS = (
    "code",
    "name",
    "provider",
    "language",
    "cefr_level",
    "municipality",
    "start_date",
    "end_date",
    "hours_per_week",
    "places",
)


@dataclass(frozen=True)
class CourseFilter:
    level: str | None = None
    municipality: str | None = None
    # Only courses still running or to come, with a free place.
    open_places_only: bool = False
    include_retired: bool = False
    # Courses that have ended are left out unless asked for.
    include_ended: bool = False
    search: str = ""


@dataclass(frozen=True)
class CourseRow:
    id: int
    code: str
    name: str
    provider: str | None
    language: str | None
    cefr_level: str
    municipality: str | None
    start_date: date | None
    end_date: date | None
    hours_per_week: float | None
    places: int | None
    taken: int  # places held by planned and active enrolments
    retired: bool

    @property
    def places_left(self) -> int | None:
        return rules.places_left(self.places, self.taken)

    @property
    def full(self) -> bool:
        return rules.is_full(self.places, self.taken)

    def ended(self, today: date) -> bool:
        return self.end_date is not None and self.end_date < today


def taken_places(course_id: Any) -> Any:
    """The enrolments holding a place of the course (a correlated subquery, or for one id)."""
    return (
        select(func.count(CourseEnrolment.id))
        .where(
            CourseEnrolment.course_id == course_id,
            CourseEnrolment.status.in_(rules.HOLDING_STATUSES),
        )
        .scalar_subquery()
    )


_COLUMNS = (
    LanguageCourse.id,
    LanguageCourse.code,
    LanguageCourse.name,
    LanguageCourse.provider,
    LanguageCourse.language,
    LanguageCourse.cefr_level,
    LanguageCourse.municipality,
    LanguageCourse.start_date,
    LanguageCourse.end_date,
    cast(LanguageCourse.hours_per_week, Float),
    LanguageCourse.places,
    LanguageCourse.retired,
)


def _row(r: Any) -> CourseRow:
    return CourseRow(
        id=r[0],
        code=r[1],
        name=r[2],
        provider=r[3],
        language=r[4],
        cefr_level=r[5],
        municipality=r[6],
        start_date=r[7],
        end_date=r[8],
        hours_per_week=r[9],
        places=r[10],
        retired=bool(r[11]),
        taken=int(r[12] or 0),
    )


def list_courses(
    session: Session, actor: Actor, flt: CourseFilter | None = None
) -> list[CourseRow]:
    """Courses of the registry by level, start date and name, filtered in SQL."""
    require_reader(actor)
    flt = flt or CourseFilter()
    today = clock.today()
    taken = taken_places(LanguageCourse.id)
    query = select(*_COLUMNS, taken).order_by(
        LanguageCourse.cefr_level,
        LanguageCourse.start_date.asc().nulls_first(),
        LanguageCourse.name,
        LanguageCourse.id,
    )
    if not flt.include_retired:
        query = query.where(LanguageCourse.retired.is_(False))
    if not flt.include_ended or flt.open_places_only:
        query = query.where(
            or_(LanguageCourse.end_date.is_(None), LanguageCourse.end_date >= today)
        )
    if flt.level:
        query = query.where(LanguageCourse.cefr_level == flt.level)
    if flt.municipality:
        query = query.where(func.lower(LanguageCourse.municipality) == flt.municipality.lower())
    if flt.open_places_only:
        query = query.where(or_(LanguageCourse.places.is_(None), taken < LanguageCourse.places))
    if flt.search.strip():
        like = f"%{flt.search.strip().lower()}%"
        query = query.where(
            or_(
                func.lower(LanguageCourse.code).like(like),
                func.lower(LanguageCourse.name).like(like),
                func.lower(LanguageCourse.provider).like(like),
            )
        )
    return [_row(r) for r in session.execute(query)]


def municipalities(session: Session, actor: Actor) -> list[str]:
    """The places where courses of the registry are held, for the filter."""
    require_reader(actor)
    return [
        m
        for m in session.scalars(
            select(LanguageCourse.municipality).distinct().order_by(LanguageCourse.municipality)
        )
        if m
    ]


def course_row(session: Session, course_id: int) -> CourseRow:
    found = session.execute(
        select(*_COLUMNS, taken_places(LanguageCourse.id)).where(LanguageCourse.id == course_id)
    ).first()
    if found is None:
        raise NotFoundError(_("No language course {course_id}.", course_id=course_id))
    return _row(found)


def get_course(session: Session, actor: Actor, course_id: int) -> CourseRow:
    require_reader(actor)
    return course_row(session, course_id)


def course_by_code(session: Session, code: str) -> LanguageCourse | None:
    return session.scalar(
        select(LanguageCourse).where(func.upper(LanguageCourse.code) == code.strip().upper())
    )


def save_course(
    session: Session, actor: Actor, values: Mapping[str, Any], course_id: int | None = None
) -> CourseRow:
    """Create a course (no id; a code is made when none is given) or change one.

    Bad input raises `ValidationError` naming every wrong field, and changes nothing.
    """
    require_registry_editor(actor)
    course: LanguageCourse | None = None
    if course_id is not None:
        course = session.get(LanguageCourse, course_id)
        if course is None:
            raise NotFoundError(_("No language course {course_id}.", course_id=course_id))
    _registry.check_unknown_fields(values, COURSE_FIELDS)
    merged: dict[str, Any] = {}
    if course is not None:
        merged = {k: getattr(course, k) for k in COURSE_FIELDS}
    merged.update(values)
    errors: dict[str, str] = {}
    code = (text_value(merged, "code") or "").upper() or None
    name = text_value(merged, "name")
    provider = text_value(merged, "provider")
    municipality = text_value(merged, "municipality")
    level = (text_value(merged, "cefr_level") or "").upper()
    _registry.check_texts(
        {"code": code, "name": name, "provider": provider, "municipality": municipality},
        ("code", "name", "provider", "municipality"),
        errors,
    )
    if not name:
        errors["name"] = _("The course needs a name.")
    if not provider:
        errors["provider"] = _("Name the provider (the language school).")
    if not municipality:
        errors["municipality"] = _("Say where the course is held (the municipality).")
    if level not in rules.CEFR_LEVELS:
        errors["cefr_level"] = _(
            "'{value}' is not a CEFR level ({levels}).",
            value=level,
            levels=", ".join(rules.CEFR_LEVELS),
        )
    start = date_value(merged, "start_date", errors)
    end = date_value(merged, "end_date", errors)
    _registry.check_dates(start, end, errors)
    hours = number_value(merged, "hours_per_week", errors)
    if hours is not None and not 0 < hours <= MAX_HOURS_PER_WEEK:
        errors["hours_per_week"] = _(
            "Hours a week are more than 0 and at most {hours}.", hours=MAX_HOURS_PER_WEEK
        )
    places = number_value(merged, "places", errors, whole=True, minimum=1)
    if places is None and "places" not in errors:
        errors["places"] = _("Say how many places the course has (1 or more).")
    if course is not None and places is not None and "places" not in errors:
        taken = course_row(session, course.id).taken
        if places < taken:
            errors["places"] = _(
                "{taken} planned or active enrolment(s) hold a place; places cannot be fewer.",
                taken=taken,
            )
    _registry.check_code(session, LanguageCourse, code, course_id, errors)
    if errors:
        raise ValidationError(errors)
    clean: dict[str, Any] = {
        "code": code or _registry.next_code(session, LanguageCourse, CODE_PREFIX),
        "name": name,
        "provider": provider,
        "language": text_value(merged, "language"),
        "cefr_level": level,
        "municipality": municipality,
        "start_date": start,
        "end_date": end,
        "hours_per_week": hours,
        "places": places,
    }
    before = {k: _registry.plain(getattr(course, k)) for k in COURSE_FIELDS} if course else {}
    if course is None:
        course = LanguageCourse(retired=False, **clean)
        session.add(course)
    else:
        if course.end_date != end:
            # The planned end of those still enrolled follows the course's.
            session.execute(
                update(CourseEnrolment)
                .where(
                    CourseEnrolment.course_id == course.id,
                    CourseEnrolment.status.in_(rules.HOLDING_STATUSES),
                    CourseEnrolment.end_date.is_not_distinct_from(course.end_date),
                )
                .values(end_date=end)
            )
        for key, value in clean.items():
            setattr(course, key, value)
    session.flush()
    changed = _registry.changes(before, clean)
    if course_id is None or changed:
        audit.record(
            session,
            actor,
            "course_created" if course_id is None else "course_changed",
            entity="language_course",
            entity_id=course.code,
            detail=changed,
        )
    return course_row(session, course.id)


def set_course_retired(
    session: Session, actor: Actor, course_id: int, retired: bool = True
) -> CourseRow:
    """Retire a course (no longer offered to enrol in) or reinstate it; the enrolments in it
    stay as they are."""
    require_registry_editor(actor)
    course = session.get(LanguageCourse, course_id)
    if course is None:
        raise NotFoundError(_("No language course {course_id}.", course_id=course_id))
    if bool(course.retired) != retired:
        course.retired = retired
        audit.record(
            session,
            actor,
            "course_retired" if retired else "course_reinstated",
            entity="language_course",
            entity_id=course.code,
        )
    return course_row(session, course.id)
