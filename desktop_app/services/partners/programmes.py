"""The registry of employment and education programmes: job coaching, internships,
apprenticeships, vocational training and school places, with the organisation, place,
dates and places, and how many of the places planned and active supports hold."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desktop_app.db.models import EmploymentProgramme, EmploymentSupport
from desktop_app.domain import partners as rules
from desktop_app.domain.i18n import message as _
from desktop_app.services import clock
from desktop_app.services.actor import Actor
from desktop_app.services.errors import NotFoundError, ValidationError
from desktop_app.services.housing.form_values import date_value, number_value, text_value
from desktop_app.services.partners import _registry
from desktop_app.services.partners.access import require_reader, require_registry_editor
from desktop_app.services.trust import audit

CODE_PREFIX = "EP"

PROGRAMME_FIELDS = (
    "code",
    "name",
    "programme_type",
    "organisation",
    "municipality",
    "start_date",
    "end_date",
    "places",
)


@dataclass(frozen=True)
class ProgrammeFilter:
    programme_type: str | None = None
    municipality: str | None = None
    open_places_only: bool = False
    include_retired: bool = False
    include_ended: bool = False
    search: str = ""


@dataclass(frozen=True)
class ProgrammeRow:
    id: int
    code: str
    name: str
    programme_type: str
    organisation: str
    municipality: str | None
    start_date: date | None
    end_date: date | None
    places: int | None
    taken: int  # places held by planned and active supports
    retired: bool

    @property
    def places_left(self) -> int | None:
        return rules.places_left(self.places, self.taken)

    @property
    def full(self) -> bool:
        return rules.is_full(self.places, self.taken)

    def ended(self, today: date) -> bool:
        return self.end_date is not None and self.end_date < today


def taken_places(programme_id: Any) -> Any:
    return (
        select(func.count(EmploymentSupport.id))
        .where(
            EmploymentSupport.programme_id == programme_id,
            EmploymentSupport.status.in_(rules.HOLDING_STATUSES),
        )
        .scalar_subquery()
    )


_COLUMNS = (
    EmploymentProgramme.id,
    EmploymentProgramme.code,
    EmploymentProgramme.name,
    EmploymentProgramme.programme_type,
    EmploymentProgramme.organisation,
    EmploymentProgramme.municipality,
    EmploymentProgramme.start_date,
    EmploymentProgramme.end_date,
    EmploymentProgramme.places,
    EmploymentProgramme.retired,
)


def _row(r: Any) -> ProgrammeRow:
    return ProgrammeRow(
        id=r[0],
        code=r[1],
        name=r[2],
        programme_type=r[3],
        organisation=r[4],
        municipality=r[5],
        start_date=r[6],
        end_date=r[7],
        places=r[8],
        retired=bool(r[9]),
        taken=int(r[10] or 0),
    )


def list_programmes(
    session: Session, actor: Actor, flt: ProgrammeFilter | None = None
) -> list[ProgrammeRow]:
    """Programmes of the registry by type, start date and name, filtered in SQL."""
    require_reader(actor)
    flt = flt or ProgrammeFilter()
    today = clock.today()
    taken = taken_places(EmploymentProgramme.id)
    query = select(*_COLUMNS, taken).order_by(
        EmploymentProgramme.programme_type,
        EmploymentProgramme.start_date.asc().nulls_first(),
        EmploymentProgramme.name,
        EmploymentProgramme.id,
    )
    if not flt.include_retired:
        query = query.where(EmploymentProgramme.retired.is_(False))
    if not flt.include_ended or flt.open_places_only:
        query = query.where(
            or_(EmploymentProgramme.end_date.is_(None), EmploymentProgramme.end_date >= today)
        )
    if flt.programme_type:
        query = query.where(EmploymentProgramme.programme_type == flt.programme_type)
    if flt.municipality:
        query = query.where(
            func.lower(EmploymentProgramme.municipality) == flt.municipality.lower()
        )
    if flt.open_places_only:
        query = query.where(
            or_(EmploymentProgramme.places.is_(None), taken < EmploymentProgramme.places)
        )
    if flt.search.strip():
        like = f"%{flt.search.strip().lower()}%"
        query = query.where(
            or_(
                func.lower(EmploymentProgramme.code).like(like),
                func.lower(EmploymentProgramme.name).like(like),
                func.lower(EmploymentProgramme.organisation).like(like),
            )
        )
    return [_row(r) for r in session.execute(query)]


def municipalities(session: Session, actor: Actor) -> list[str]:
    require_reader(actor)
    return [
        m
        for m in session.scalars(
            select(EmploymentProgramme.municipality)
            .distinct()
            .order_by(EmploymentProgramme.municipality)
        )
        if m
    ]


def programme_row(session: Session, programme_id: int) -> ProgrammeRow:
    found = session.execute(
        select(*_COLUMNS, taken_places(EmploymentProgramme.id)).where(
            EmploymentProgramme.id == programme_id
        )
    ).first()
    if found is None:
        raise NotFoundError(_("No programme {programme_id}.", programme_id=programme_id))
    return _row(found)


def get_programme(session: Session, actor: Actor, programme_id: int) -> ProgrammeRow:
    require_reader(actor)
    return programme_row(session, programme_id)


def save_programme(
    session: Session, actor: Actor, values: Mapping[str, Any], programme_id: int | None = None
) -> ProgrammeRow:
    """Create a programme (no id; a code is made when none is given) or change one."""
    require_registry_editor(actor)
    programme: EmploymentProgramme | None = None
    if programme_id is not None:
        programme = session.get(EmploymentProgramme, programme_id)
        if programme is None:
            raise NotFoundError(_("No programme {programme_id}.", programme_id=programme_id))
    _registry.check_unknown_fields(values, PROGRAMME_FIELDS)
    merged: dict[str, Any] = {}
    if programme is not None:
        merged = {k: getattr(programme, k) for k in PROGRAMME_FIELDS}
    merged.update(values)
    errors: dict[str, str] = {}
    code = (text_value(merged, "code") or "").upper() or None
    name = text_value(merged, "name")
    organisation = text_value(merged, "organisation")
    municipality = text_value(merged, "municipality")
    kind = text_value(merged, "programme_type")
    _registry.check_texts(
        {"code": code, "name": name, "organisation": organisation, "municipality": municipality},
        ("code", "name", "organisation", "municipality"),
        errors,
    )
    if not name:
        errors["name"] = _("The programme needs a name.")
    if not organisation:
        errors["organisation"] = _("Name the organisation (school, employer, programme).")
    if not municipality:
        errors["municipality"] = _("Say where the programme is held (the municipality).")
    if kind not in rules.PROGRAMME_TYPES:
        errors["programme_type"] = _(
            "'{programme_type}' is not a programme ({programme_types}).",
            programme_type=kind or "",
            programme_types=", ".join(rules.PROGRAMME_TYPES),
        )
    start = date_value(merged, "start_date", errors)
    end = date_value(merged, "end_date", errors)
    _registry.check_dates(start, end, errors)
    places = number_value(merged, "places", errors, whole=True, minimum=1)
    if places is None and "places" not in errors:
        errors["places"] = _("Say how many places the programme has (1 or more).")
    if programme is not None and places is not None and "places" not in errors:
        taken = programme_row(session, programme.id).taken
        if places < taken:
            errors["places"] = _(
                "{taken} planned or active support(s) hold a place; places cannot be fewer.",
                taken=taken,
            )
    _registry.check_code(session, EmploymentProgramme, code, programme_id, errors)
    if errors:
        raise ValidationError(errors)
    clean: dict[str, Any] = {
        "code": code or _registry.next_code(session, EmploymentProgramme, CODE_PREFIX),
        "name": name,
        "programme_type": kind,
        "organisation": organisation,
        "municipality": municipality,
        "start_date": start,
        "end_date": end,
        "places": places,
    }
    before = (
        {k: _registry.plain(getattr(programme, k)) for k in PROGRAMME_FIELDS} if programme else {}
    )
    if programme is None:
        programme = EmploymentProgramme(retired=False, **clean)
        session.add(programme)
    else:
        for key, value in clean.items():
            setattr(programme, key, value)
    session.flush()
    changed = _registry.changes(before, clean)
    if programme_id is None or changed:
        audit.record(
            session,
            actor,
            "programme_created" if programme_id is None else "programme_changed",
            entity="programme",
            entity_id=programme.code,
            detail=changed,
        )
    return programme_row(session, programme.id)


def set_programme_retired(
    session: Session, actor: Actor, programme_id: int, retired: bool = True
) -> ProgrammeRow:
    """Retire a programme (no longer offered) or reinstate it; supports in it stay."""
    require_registry_editor(actor)
    programme = session.get(EmploymentProgramme, programme_id)
    if programme is None:
        raise NotFoundError(_("No programme {programme_id}.", programme_id=programme_id))
    if bool(programme.retired) != retired:
        programme.retired = retired
        audit.record(
            session,
            actor,
            "programme_retired" if retired else "programme_reinstated",
            entity="programme",
            entity_id=programme.code,
        )
    return programme_row(session, programme.id)
