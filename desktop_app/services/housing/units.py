"""The registry's housing units, and the places their accepted, signed or moved-in offers hold."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Float, cast, func, or_, select
from sqlalchemy.orm import Session

from desktop_app.db.models import HousingOffer, HousingProvider, HousingUnit
from desktop_app.domain.i18n import message as _
from desktop_app.domain.offers import HOLDING_STATES
from desktop_app.domain.transitions import OfferState
from desktop_app.services import clock
from desktop_app.services.actor import Actor
from desktop_app.services.errors import ConflictError, NotFoundError, ValidationError
from desktop_app.services.housing.access import require_reader, require_registry_editor
from desktop_app.services.housing.form_values import date_value, number_value, text_value
from desktop_app.services.trust import audit

UNIT_TYPES: Mapping[str, str] = {
    "social": "Social housing",
    "co_housing": "Co-housing / shared",
    "supported": "Supported housing",
    "private": "Private rental",
    "student": "Student housing",
    "host_family": "Host family",
}


@dataclass(frozen=True)
class UnitFilter:
    municipality: str | None = None
    unit_type: str | None = None
    min_rooms: int | None = None
    max_rent: float | None = None
    # Only units that can be moved into by this date (and have a free place).
    available_by: date | None = None
    provider_id: int | None = None
    search: str = ""
    include_retired: bool = False


@dataclass(frozen=True)
class UnitRow:
    id: int
    code: str
    provider_id: int | None
    provider: str | None
    address: str
    municipality: str
    unit_type: str
    rooms: int
    places: int
    taken: int  # places held by accepted, signed or moved-in offers
    floor_area: float | None
    monthly_rent: float | None
    available_from: date | None
    available_until: date | None
    accessible: bool
    shared: bool
    notes: str | None
    retired: bool

    @property
    def free_places(self) -> int:
        return max(0, self.places - self.taken)


def _taken_subquery() -> Any:
    return (
        select(func.count(HousingOffer.id))
        .where(
            HousingOffer.unit_id == HousingUnit.id,
            HousingOffer.state.in_([s.value for s in HOLDING_STATES]),
        )
        .scalar_subquery()
    )


def units_counting_wrongly(session: Session) -> int:
    """How many units' count of the places held (kept by the database's triggers, revision
    0015) differs from what their offers hold: `homeward check` reports them."""
    query = select(func.count()).where(HousingUnit.held_places != _taken_subquery())
    return int(session.scalar(query) or 0)


def _unit_row(unit: HousingUnit, provider: str | None, taken: int) -> UnitRow:
    return UnitRow(
        id=unit.id,
        code=unit.code,
        provider_id=unit.provider_id,
        provider=provider,
        address=unit.address,
        municipality=unit.municipality,
        unit_type=unit.unit_type,
        rooms=unit.rooms,
        places=unit.places,
        taken=int(taken or 0),
        floor_area=float(unit.floor_area) if unit.floor_area is not None else None,
        monthly_rent=float(unit.monthly_rent) if unit.monthly_rent is not None else None,
        available_from=unit.available_from,
        available_until=unit.available_until,
        accessible=bool(unit.accessible),
        shared=bool(unit.shared),
        notes=unit.notes,
        retired=bool(unit.retired),
    )


_UNIT_COLUMNS = (
    HousingUnit.id,
    HousingUnit.code,
    HousingUnit.provider_id,
    HousingUnit.address,
    HousingUnit.municipality,
    HousingUnit.unit_type,
    HousingUnit.rooms,
    HousingUnit.places,
    cast(HousingUnit.floor_area, Float),
    cast(HousingUnit.monthly_rent, Float),
    HousingUnit.available_from,
    HousingUnit.available_until,
    HousingUnit.accessible,
    HousingUnit.shared,
    HousingUnit.notes,
    HousingUnit.retired,
)


def list_units(
    session: Session, actor: Actor, flt: UnitFilter | None = None, *, limit: int | None = None
) -> list[UnitRow]:
    """Units of the registry, by municipality then code, filtered in SQL (at most `limit`)."""
    require_reader(actor)
    flt = flt or UnitFilter()
    # The places held, as the database counts them (revision 0015).
    taken = HousingUnit.held_places
    query = (
        select(*_UNIT_COLUMNS, HousingProvider.name, taken)
        .outerjoin(HousingProvider, HousingProvider.id == HousingUnit.provider_id)
        .order_by(HousingUnit.municipality, HousingUnit.code)
    )
    if limit is not None:
        query = query.limit(limit)
    if not flt.include_retired:
        query = query.where(HousingUnit.retired.is_(False))
    if flt.municipality:
        query = query.where(func.lower(HousingUnit.municipality) == flt.municipality.lower())
    if flt.unit_type:
        query = query.where(HousingUnit.unit_type == flt.unit_type)
    if flt.min_rooms:
        query = query.where(HousingUnit.rooms >= flt.min_rooms)
    if flt.max_rent is not None:
        query = query.where(HousingUnit.monthly_rent <= flt.max_rent)
    if flt.provider_id is not None:
        query = query.where(HousingUnit.provider_id == flt.provider_id)
    if flt.available_by is not None:
        query = query.where(
            or_(
                HousingUnit.available_from.is_(None),
                HousingUnit.available_from <= flt.available_by,
            ),
            or_(
                HousingUnit.available_until.is_(None),
                HousingUnit.available_until >= clock.today(),
            ),
            taken < HousingUnit.places,
        )
    if flt.search.strip():
        like = f"%{flt.search.strip().lower()}%"
        query = query.where(
            or_(
                func.lower(HousingUnit.code).like(like),
                func.lower(HousingUnit.address).like(like),
                func.lower(HousingProvider.name).like(like),
            )
        )
    # Plain rows, not ORM objects: a registry of 30,000 units lists in a fraction of the time.
    return [
        UnitRow(
            id=r[0],
            code=r[1],
            provider_id=r[2],
            address=r[3],
            municipality=r[4],
            unit_type=r[5],
            rooms=r[6],
            places=r[7],
            floor_area=r[8],
            monthly_rent=r[9],
            available_from=r[10],
            available_until=r[11],
            accessible=bool(r[12]),
            shared=bool(r[13]),
            notes=r[14],
            retired=bool(r[15]),
            provider=r[16],
            taken=int(r[17] or 0),
        )
        for r in session.connection().execute(query)
    ]


def municipalities(session: Session, actor: Actor) -> list[str]:
    require_reader(actor)
    return list(
        session.scalars(
            select(HousingUnit.municipality).distinct().order_by(HousingUnit.municipality)
        )
    )


def unit_by_code(session: Session, code: str) -> HousingUnit:
    unit = session.scalar(select(HousingUnit).where(HousingUnit.code == code.strip()))
    if unit is None:
        raise NotFoundError(_("No housing unit with the code '{code}'.", code=code))
    return unit


def get_unit(session: Session, actor: Actor, code: str) -> UnitRow:
    require_reader(actor)
    unit = unit_by_code(session, code)
    taken = session.scalar(
        select(func.count(HousingOffer.id)).where(
            HousingOffer.unit_id == unit.id,
            HousingOffer.state.in_([s.value for s in HOLDING_STATES]),
        )
    )
    return _unit_row(unit, unit.provider.name if unit.provider else None, int(taken or 0))


UNIT_FIELDS = (
    "code",
    "provider_id",
    "address",
    "municipality",
    "unit_type",
    "rooms",
    "places",
    "floor_area",
    "monthly_rent",
    "available_from",
    "available_until",
    "accessible",
    "shared",
    "notes",
)


def _next_unit_code(session: Session) -> str:
    highest = session.scalar(select(func.max(HousingUnit.id))) or 0
    number = highest + 1
    while session.scalar(select(HousingUnit.id).where(HousingUnit.code == f"U-{number:05d}")):
        number += 1
    return f"U-{number:05d}"


def _plain(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value


def save_unit(
    session: Session,
    actor: Actor,
    values: Mapping[str, Any],
    unit_id: int | None = None,
) -> HousingUnit:
    """Create a unit (no id; a code is generated when none is given) or change one.

    Bad input raises `ValidationError` naming every wrong field, and changes nothing.
    """
    require_registry_editor(actor, _("change the housing units"))
    unit: HousingUnit | None = None
    if unit_id is not None:
        unit = session.get(HousingUnit, unit_id)
        if unit is None:
            raise NotFoundError(_("No housing unit {unit_id}.", unit_id=unit_id))
    unknown = set(values) - set(UNIT_FIELDS)
    if unknown:
        raise ValidationError({k: _("not a field of a housing unit.") for k in sorted(unknown)})
    merged: dict[str, Any] = {}
    if unit is not None:
        merged = {k: getattr(unit, k) for k in UNIT_FIELDS}
    merged.update(values)
    errors: dict[str, str] = {}
    code = text_value(merged, "code")
    address = text_value(merged, "address")
    municipality = text_value(merged, "municipality")
    unit_type = text_value(merged, "unit_type")
    if not address:
        errors["address"] = _("The unit needs an address.")
    if not municipality:
        errors["municipality"] = _("The unit needs a municipality.")
    if unit_type not in UNIT_TYPES:
        errors["unit_type"] = _(
            "'{value}' is not a type of unit (types: {unit_types}).",
            value=unit_type or "",
            unit_types=", ".join(UNIT_TYPES),
        )
    rooms = number_value(merged, "rooms", errors, whole=True, minimum=1)
    if rooms is None and "rooms" not in errors:
        errors["rooms"] = _("The unit needs its number of rooms (1 or more).")
    places = number_value(merged, "places", errors, whole=True, minimum=1)
    floor_area = number_value(merged, "floor_area", errors, minimum=1)
    rent = number_value(merged, "monthly_rent", errors)
    start = date_value(merged, "available_from", errors)
    until = date_value(merged, "available_until", errors)
    if start and until and until < start:
        errors["available_until"] = _("The unit is available until a date before it is available.")
    provider_id = merged.get("provider_id")
    if provider_id not in (None, ""):
        try:
            provider_id = int(provider_id)
        except (TypeError, ValueError):
            provider_id = -1
        if session.get(HousingProvider, provider_id) is None:
            errors["provider_id"] = _(
                "No housing provider {value}.", value=merged.get("provider_id")
            )
    else:
        provider_id = None
    if code:
        clash = session.scalar(
            select(HousingUnit.id).where(HousingUnit.code == code, HousingUnit.id != (unit_id or 0))
        )
        if clash is not None:
            errors["code"] = _("Another unit already has the code '{code}'.", code=code)
    shared = bool(merged.get("shared")) or unit_type in ("co_housing",)
    places = places or 1
    if not shared and places > 1:
        errors["places"] = _("Only a shared unit takes more than one household.")
    if unit is not None and "places" not in errors:
        moved_in = count_offers(session, unit.id, {OfferState.MOVED_IN})
        if places < moved_in:
            errors["places"] = _(
                "{moved_in} households live there now; places cannot be fewer.", moved_in=moved_in
            )
    if errors:
        raise ValidationError(errors)
    clean: dict[str, Any] = {
        "code": code or _next_unit_code(session),
        "provider_id": provider_id,
        "address": address,
        "municipality": municipality,
        "unit_type": unit_type,
        "rooms": rooms,
        "places": places,
        "floor_area": floor_area,
        "monthly_rent": rent,
        "available_from": start,
        "available_until": until,
        "accessible": bool(merged.get("accessible")),
        "shared": shared,
        "notes": text_value(merged, "notes"),
    }
    before = {k: _plain(getattr(unit, k)) for k in UNIT_FIELDS} if unit else {}
    if unit is None:
        unit = HousingUnit(retired=False, **clean)
        session.add(unit)
    else:
        for key, value in clean.items():
            setattr(unit, key, value)
    session.flush()
    changed = {
        k: {"before": before.get(k), "after": _plain(v)}
        for k, v in clean.items()
        if before.get(k) != _plain(v)
    }
    audit.record(
        session,
        actor,
        "unit_created" if not before else "unit_changed",
        entity="housing_unit",
        entity_id=unit.code,
        detail=changed,
    )
    return unit


def set_unit_retired(session: Session, actor: Actor, code: str, retired: bool = True) -> None:
    """Retire a unit from offers (it stays in the history); refused while someone lives there."""
    require_registry_editor(actor, _("change the housing units"))
    unit = unit_by_code(session, code)
    if retired:
        holding = count_offers(session, unit.id, HOLDING_STATES)
        if holding:
            raise ConflictError(
                _(
                    "The unit {unit_code} cannot be retired: {holding} offer(s) on it are accepted, signed or moved in. End or decline them first.",
                    unit_code=unit.code,
                    holding=holding,
                )
            )
    unit.retired = retired
    audit.record(
        session,
        actor,
        "unit_retired" if retired else "unit_reinstated",
        entity="housing_unit",
        entity_id=unit.code,
    )


def count_offers(
    session: Session, unit_id: int, states: Any, exclude_offer: int | None = None
) -> int:
    query = select(func.count(HousingOffer.id)).where(
        HousingOffer.unit_id == unit_id,
        HousingOffer.state.in_([OfferState(s).value for s in states]),
    )
    if exclude_offer is not None:
        query = query.where(HousingOffer.id != exclude_offer)
    return int(session.scalar(query) or 0)
