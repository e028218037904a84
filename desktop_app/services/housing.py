"""Housing: the registry of providers and units, offers through their states, support, matching.

Permissions (DESIGN.md's matrix, applied to housing):

- reading units, providers and a unit's offer history: everyone but
  administrators (who see no case content); the history names a case only to
  those who may read it;
- the registry (create, edit, retire providers and units): team leads and
  coordinators — they negotiate with landlords for the whole service; social
  workers read it and propose from it;
- offers and their support instruments: whoever may edit the case (its
  assigned workers and the team lead of its team).

Every change is audited; every offer change is kept as an event with its date
and user, and re-derives the case's transitions, so "housing secured",
readiness and risk follow at once.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import ColumnElement, Float, and_, cast, func, or_, select
from sqlalchemy.orm import Session

from desktop_app.db.models import (
    Case,
    HousingOffer,
    HousingOfferEvent,
    HousingProvider,
    HousingUnit,
    Placement,
    SupportInstrument,
    User,
)
from desktop_app.domain.dates import DateFormatError, age_on, effective_birth_date, parse_date
from desktop_app.domain.i18n import message as _
from desktop_app.domain.i18n import text_of
from desktop_app.domain.matching import (
    CHILD_UNIT_TYPES,
    CaseCandidate,
    CaseMatch,
    HousingNeeds,
    UnitFacts,
    UnitMatch,
    rank_cases,
    rank_units,
    score_unit,
    split_municipalities,
)
from desktop_app.domain.offers import (
    DECLINE_REASONS,
    HOLDING_STATES,
    OfferMove,
    OfferMoveRefused,
    check_move,
    state_words,
)
from desktop_app.domain.transitions import OfferState
from desktop_app.services import audit, clock, transitions
from desktop_app.services.actor import Actor, Role
from desktop_app.services.errors import (
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from desktop_app.services.permissions import (
    can_read_case,
    load_case_for_edit,
    load_case_for_read,
    refuse_unseen,
    require_case_content_role,
    visible_cases_clause,
)

PROVIDER_TYPES: Mapping[str, str] = {
    "social_housing": "Social-housing provider",
    "private_landlord": "Private landlord",
    "rental_agency": "Rental agency",
    "co_housing": "Co-housing project",
    "host_family": "Host family",
    "supported_housing": "Supported-housing service",
}

UNIT_TYPES: Mapping[str, str] = {
    "social": "Social housing",
    "co_housing": "Co-housing / shared",
    "supported": "Supported housing",
    "private": "Private rental",
    "student": "Student housing",
    "host_family": "Host family",
}

SUPPORT_KINDS: Mapping[str, str] = {
    "rent_subsidy": "Rent subsidy",
    "deposit_guarantee": "Deposit guarantee",
    "rent_guarantee": "Rent guarantee",
    "intermediation": "Intermediation by a rental agency",
}

# The placement a move-in starts, by the unit's type.
PLACEMENT_FOR_UNIT: Mapping[str, str] = {
    "social": "own_tenancy",
    "private": "own_tenancy",
    "student": "own_tenancy",
    "supported": "supported",
    "co_housing": "supported",
    "host_family": "other",
}


# --- permissions ------------------------------------------------------------


def can_edit_registry(actor: Actor) -> bool:
    return actor.is_system or actor.role in (Role.TEAM_LEAD, Role.COORDINATOR)


def _require_reader(actor: Actor) -> None:
    require_case_content_role(actor)


def _require_registry_editor(actor: Actor, what: str) -> None:
    if not can_edit_registry(actor):
        raise PermissionDeniedError(
            _("Permission denied: only team leads and coordinators may {what}.", what=what),
            actor=actor,
            detail={"what": what},
        )


# --- input cleaning -----------------------------------------------------------


def _text(values: Mapping[str, Any], key: str) -> str | None:
    value = values.get(key)
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _date(values: Mapping[str, Any], key: str, errors: dict[str, str]) -> date | None:
    value = values.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return parse_date(str(value))
    except (DateFormatError, ValueError):
        errors[key] = _("'{value}' is not a date (use YYYY-MM-DD).", value=value)
        return None


def _number(
    values: Mapping[str, Any],
    key: str,
    errors: dict[str, str],
    *,
    whole: bool = False,
    minimum: float = 0,
) -> Any:
    value = values.get(key)
    if value is None or value == "":
        return None
    try:
        number = Decimal(str(value).replace(",", ".").strip())
    except InvalidOperation:
        errors[key] = _("'{value}' is not a number.", value=value)
        return None
    if not number.is_finite():
        errors[key] = _("'{value}' is not a number.", value=value)
        return None
    if whole and number != number.to_integral_value():
        errors[key] = _("'{value}' is not a whole number.", value=value)
        return None
    if number < Decimal(str(minimum)):
        errors[key] = _("must be {minimum:g} or more.", minimum=minimum)
        return None
    return int(number) if whole else float(number)


# --- providers ----------------------------------------------------------------


@dataclass(frozen=True)
class ProviderRow:
    id: int
    name: str
    provider_type: str
    contact_name: str | None
    phone: str | None
    email: str | None
    address: str | None
    notes: str | None
    active: bool
    units: int


def list_providers(
    session: Session, actor: Actor, *, include_inactive: bool = False
) -> list[ProviderRow]:
    _require_reader(actor)
    unit_count = (
        select(func.count(HousingUnit.id))
        .where(HousingUnit.provider_id == HousingProvider.id, HousingUnit.retired.is_(False))
        .scalar_subquery()
    )
    query = select(HousingProvider, unit_count).order_by(HousingProvider.name, HousingProvider.id)
    if not include_inactive:
        query = query.where(HousingProvider.active.is_(True))
    return [
        ProviderRow(
            p.id,
            p.name,
            p.provider_type,
            p.contact_name,
            p.phone,
            p.email,
            p.address,
            p.notes,
            bool(p.active),
            int(count or 0),
        )
        for p, count in session.execute(query)
    ]


PROVIDER_FIELDS = ("name", "provider_type", "contact_name", "phone", "email", "address", "notes")


def save_provider(
    session: Session,
    actor: Actor,
    values: Mapping[str, Any],
    provider_id: int | None = None,
) -> HousingProvider:
    """Create a provider (no id) or change one; the fields not given stay as they are."""
    _require_registry_editor(actor, _("change the housing providers"))
    provider: HousingProvider | None = None
    if provider_id is not None:
        provider = session.get(HousingProvider, provider_id)
        if provider is None:
            raise NotFoundError(_("No housing provider {provider_id}.", provider_id=provider_id))
    unknown = set(values) - set(PROVIDER_FIELDS)
    if unknown:
        raise ValidationError({k: _("not a field of a housing provider.") for k in sorted(unknown)})
    merged: dict[str, Any] = {}
    if provider is not None:
        merged = {k: getattr(provider, k) for k in PROVIDER_FIELDS}
    merged.update(values)
    errors: dict[str, str] = {}
    name = _text(merged, "name")
    if not name:
        errors["name"] = _("The provider needs a name.")
    kind = _text(merged, "provider_type")
    if kind not in PROVIDER_TYPES:
        errors["provider_type"] = _(
            "'{value}' is not a kind of provider (kinds: {provider_types}).",
            value=kind or "",
            provider_types=", ".join(PROVIDER_TYPES),
        )
    email = _text(merged, "email")
    if email and ("@" not in email or email.startswith("@") or email.endswith("@")):
        errors["email"] = _("'{email}' is not an e-mail address.", email=email)
    if errors:
        raise ValidationError(errors)
    clean = {k: _text(merged, k) for k in PROVIDER_FIELDS}
    before = {k: getattr(provider, k) for k in PROVIDER_FIELDS} if provider else {}
    if provider is None:
        provider = HousingProvider(active=True, **clean)
        session.add(provider)
    else:
        for key, value in clean.items():
            setattr(provider, key, value)
    session.flush()
    changed = {
        k: {"before": before.get(k), "after": v} for k, v in clean.items() if before.get(k) != v
    }
    audit.record(
        session,
        actor,
        "provider_created" if not before else "provider_changed",
        entity="housing_provider",
        entity_id=provider.id,
        detail=changed,
    )
    return provider


def set_provider_active(session: Session, actor: Actor, provider_id: int, active: bool) -> None:
    _require_registry_editor(actor, _("change the housing providers"))
    provider = session.get(HousingProvider, provider_id)
    if provider is None:
        raise NotFoundError(_("No housing provider {provider_id}.", provider_id=provider_id))
    provider.active = active
    audit.record(
        session,
        actor,
        "provider_reactivated" if active else "provider_retired",
        entity="housing_provider",
        entity_id=provider_id,
    )


# --- units ----------------------------------------------------------------------


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
    _require_reader(actor)
    flt = flt or UnitFilter()
    taken = _taken_subquery()
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
    _require_reader(actor)
    return list(
        session.scalars(
            select(HousingUnit.municipality).distinct().order_by(HousingUnit.municipality)
        )
    )


def _unit_by_code(session: Session, code: str) -> HousingUnit:
    unit = session.scalar(select(HousingUnit).where(HousingUnit.code == code.strip()))
    if unit is None:
        raise NotFoundError(_("No housing unit with the code '{code}'.", code=code))
    return unit


def get_unit(session: Session, actor: Actor, code: str) -> UnitRow:
    _require_reader(actor)
    unit = _unit_by_code(session, code)
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
    _require_registry_editor(actor, _("change the housing units"))
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
    code = _text(merged, "code")
    address = _text(merged, "address")
    municipality = _text(merged, "municipality")
    unit_type = _text(merged, "unit_type")
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
    rooms = _number(merged, "rooms", errors, whole=True, minimum=1)
    if rooms is None and "rooms" not in errors:
        errors["rooms"] = _("The unit needs its number of rooms (1 or more).")
    places = _number(merged, "places", errors, whole=True, minimum=1)
    floor_area = _number(merged, "floor_area", errors, minimum=1)
    rent = _number(merged, "monthly_rent", errors)
    start = _date(merged, "available_from", errors)
    until = _date(merged, "available_until", errors)
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
        moved_in = _count_offers(session, unit.id, {OfferState.MOVED_IN})
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
        "notes": _text(merged, "notes"),
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
    _require_registry_editor(actor, _("change the housing units"))
    unit = _unit_by_code(session, code)
    if retired:
        holding = _count_offers(session, unit.id, HOLDING_STATES)
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


def _count_offers(
    session: Session, unit_id: int, states: Any, exclude_offer: int | None = None
) -> int:
    query = select(func.count(HousingOffer.id)).where(
        HousingOffer.unit_id == unit_id,
        HousingOffer.state.in_([OfferState(s).value for s in states]),
    )
    if exclude_offer is not None:
        query = query.where(HousingOffer.id != exclude_offer)
    return int(session.scalar(query) or 0)


# --- offers -------------------------------------------------------------------


@dataclass(frozen=True)
class OfferEventRow:
    at: datetime
    from_state: str | None
    to_state: str
    user: str | None
    note: str | None


@dataclass(frozen=True)
class SupportRow:
    id: int
    kind: str
    amount: float | None
    start_date: date | None
    end_date: date | None
    provided_by: str | None
    note: str | None


@dataclass(frozen=True)
class OfferView:
    id: int
    case_id: int
    reference: str | None  # None when the reader may not see the case
    unit_code: str
    address: str
    municipality: str
    unit_type: str
    state: str
    proposed_on: date
    move_in_date: date | None
    end_date: date | None
    decline_reason: str | None
    decline_note: str | None
    version: int
    events: tuple[OfferEventRow, ...] = ()
    support: tuple[SupportRow, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)


def _offer_views(
    session: Session, offers: Sequence[HousingOffer], references: Mapping[int, str | None]
) -> list[OfferView]:
    ids = [o.id for o in offers]
    events: dict[int, list[OfferEventRow]] = {i: [] for i in ids}
    support: dict[int, list[SupportRow]] = {i: [] for i in ids}
    if ids:
        for ev, username in session.execute(
            select(HousingOfferEvent, User.username)
            .outerjoin(User, User.id == HousingOfferEvent.user_id)
            .where(HousingOfferEvent.offer_id.in_(ids))
            .order_by(HousingOfferEvent.at, HousingOfferEvent.id)
        ):
            events[ev.offer_id].append(
                OfferEventRow(ev.at, ev.from_state, ev.to_state, username, ev.note)
            )
        for s in session.scalars(
            select(SupportInstrument)
            .where(SupportInstrument.offer_id.in_(ids))
            .order_by(SupportInstrument.id)
        ):
            support[s.offer_id].append(
                SupportRow(
                    s.id,
                    s.kind,
                    float(s.amount) if s.amount is not None else None,
                    s.start_date,
                    s.end_date,
                    s.provided_by,
                    s.note,
                )
            )
    return [
        OfferView(
            id=o.id,
            case_id=o.case_id,
            reference=references.get(o.case_id),
            unit_code=o.unit.code,
            address=o.unit.address,
            municipality=o.unit.municipality,
            unit_type=o.unit.unit_type,
            state=o.state,
            proposed_on=o.proposed_on,
            move_in_date=o.move_in_date,
            end_date=o.end_date,
            decline_reason=o.decline_reason,
            decline_note=o.decline_note,
            version=o.version,
            events=tuple(events[o.id]),
            support=tuple(support[o.id]),
        )
        for o in offers
    ]


def case_offers(session: Session, actor: Actor, reference: str) -> list[OfferView]:
    """A case's offers, newest first, with their history and support."""
    case = load_case_for_read(session, actor, reference)
    offers = list(
        session.scalars(
            select(HousingOffer)
            .where(HousingOffer.case_id == case.id)
            .order_by(HousingOffer.proposed_on.desc(), HousingOffer.id.desc())
        )
    )
    return _offer_views(session, offers, {case.id: case.reference})


def unit_offers(session: Session, actor: Actor, code: str) -> list[OfferView]:
    """A unit's offer history, newest first; cases the reader may not see stay unnamed."""
    _require_reader(actor)
    unit = _unit_by_code(session, code)
    offers = list(
        session.scalars(
            select(HousingOffer)
            .where(HousingOffer.unit_id == unit.id)
            .order_by(HousingOffer.proposed_on.desc(), HousingOffer.id.desc())
        )
    )
    references: dict[int, str | None] = {}
    for case_id in {o.case_id for o in offers}:
        case = session.get(Case, case_id)
        references[case_id] = (
            case.reference if case is not None and can_read_case(session, actor, case) else None
        )
    return _offer_views(session, offers, references)


def _event(
    session: Session, actor: Actor, offer: HousingOffer, from_state: str | None, note: str | None
) -> None:
    session.add(
        HousingOfferEvent(
            offer_id=offer.id,
            from_state=from_state,
            to_state=offer.state,
            at=clock.now(),
            user_id=actor.user_id,
            note=(note or "").strip() or None,
        )
    )


def propose_offer(
    session: Session, actor: Actor, reference: str, unit_code: str, *, note: str | None = None
) -> HousingOffer:
    """Offer a unit to a case (state `proposed`)."""
    case = load_case_for_edit(session, actor, reference)
    if case.status != "open":
        raise ConflictError(
            _(
                "The case {reference} is closed: reopen it before offering housing.",
                reference=reference,
            )
        )
    unit = _unit_by_code(session, unit_code)
    if unit.retired:
        raise ConflictError(
            _("The unit {unit_code} is retired and cannot be offered.", unit_code=unit.code)
        )
    if unit.provider is not None and not unit.provider.active:
        raise ConflictError(
            _(
                "The unit {unit_code} belongs to {name}, who no longer offers housing.",
                unit_code=unit.code,
                name=unit.provider.name,
            )
        )
    open_states = [s.value for s in OfferState if s not in (OfferState.DECLINED, OfferState.ENDED)]
    already = session.scalar(
        select(HousingOffer.id).where(
            HousingOffer.case_id == case.id,
            HousingOffer.unit_id == unit.id,
            HousingOffer.state.in_(open_states),
        )
    )
    if already is not None:
        raise ConflictError(
            _(
                "The unit {unit_code} is already offered to {reference}.",
                unit_code=unit.code,
                reference=reference,
            )
        )
    if _count_offers(session, unit.id, HOLDING_STATES) >= unit.places:
        raise ConflictError(_full_message(unit))
    if unit.unit_type not in CHILD_UNIT_TYPES and is_minor_on(
        case.date_of_birth, case.dob_precision, case.next_due_date
    ):
        raise ConflictError(
            _(
                "{reference} is under 18 when the home is needed: only supported housing or a host family can be offered, not the unit {unit_code}.",
                reference=reference,
                unit_code=unit.code,
            )
        )
    offer = HousingOffer(
        case_id=case.id,
        unit_id=unit.id,
        state=OfferState.PROPOSED.value,
        proposed_on=clock.today(),
    )
    session.add(offer)
    session.flush()
    _event(session, actor, offer, None, note)
    audit.record(
        session,
        actor,
        "offer_proposed",
        entity="housing_offer",
        entity_id=offer.id,
        case_id=case.id,
        detail={"unit": unit.code},
    )
    transitions.refresh_cases(session, [case.id], actor)
    return offer


def _full_message(unit: HousingUnit) -> str:
    if unit.places == 1:
        return _(
            "The unit {code} has no free place: its place is taken by an accepted, "
            "signed or moved-in offer.",
            code=unit.code,
        )
    return _(
        "The unit {code} has no free place: all {places} places are taken by an accepted, "
        "signed or moved-in offer.",
        code=unit.code,
        places=unit.places,
    )


def _load_offer_for_edit(
    session: Session, actor: Actor, offer_id: int
) -> tuple[HousingOffer, Case]:
    require_case_content_role(actor)
    unseen = _("There is no housing offer {offer_id} on a case you may see.", offer_id=offer_id)
    offer = session.get(HousingOffer, offer_id)
    if offer is None:
        raise NotFoundError(unseen)
    case = session.get(Case, offer.case_id)
    assert case is not None
    if not can_read_case(session, actor, case):
        raise refuse_unseen(actor, unseen, case)
    load_case_for_edit(session, actor, case.reference)
    return offer, case


def move_offer(
    session: Session,
    actor: Actor,
    offer_id: int,
    to_state: str,
    *,
    move_in_date: date | None = None,
    end_date: date | None = None,
    decline_reason: str | None = None,
    note: str | None = None,
    expected_version: int | None = None,
) -> HousingOffer:
    """Move an offer on (see `domain.offers` for the allowed moves).

    Accepting needs the planned move-in date and a free place in the unit;
    moving in needs a household place free, ends the current placement and
    starts one in the unit; ending the tenancy ends that placement.
    """
    offer, case = _load_offer_for_edit(session, actor, offer_id)
    if expected_version is not None and offer.version != expected_version:
        raise ConflictError(
            _("Someone else changed this offer since you opened it; reload it and try again.")
        )
    today = clock.today()
    move = OfferMove(
        to_state=to_state,
        move_in_date=move_in_date,
        end_date=end_date,
        decline_reason=decline_reason,
    )
    try:
        check_move(offer.state, move, today=today, current_move_in=offer.move_in_date)
    except OfferMoveRefused as exc:
        raise HousingMoveRefused(text_of(exc), exc.field) from None
    target = OfferState(to_state)
    unit = offer.unit
    if target is OfferState.ACCEPTED:
        if _count_offers(session, unit.id, HOLDING_STATES, exclude_offer=offer.id) >= unit.places:
            raise ConflictError(_full_message(unit))
        if unit.available_from and move_in_date and move_in_date < unit.available_from:
            raise ValidationError(
                {
                    "move_in_date": _(
                        "The unit {unit_code} is only available from {value}.",
                        unit_code=unit.code,
                        value=unit.available_from.isoformat(),
                    )
                }
            )
    if target is OfferState.MOVED_IN:
        moved_in = _count_offers(session, unit.id, {OfferState.MOVED_IN}, exclude_offer=offer.id)
        if moved_in >= unit.places:
            households = (
                _("a household lives")
                if moved_in == 1
                else _("{count} households live", count=moved_in)
            )
            raise ConflictError(
                _(
                    "The unit {unit_code} is full: {households} there and it takes {unit_places}. End that tenancy first.",
                    unit_code=unit.code,
                    households=households,
                    unit_places=unit.places,
                )
            )
    from_state = offer.state
    offer.state = target.value
    if target is OfferState.ACCEPTED:
        offer.move_in_date = move_in_date
    elif target is OfferState.MOVED_IN:
        offer.move_in_date = move_in_date or offer.move_in_date
    elif target is OfferState.DECLINED:
        offer.decline_reason = decline_reason
        offer.decline_note = (note or "").strip() or None
    elif target is OfferState.ENDED:
        offer.end_date = end_date
    session.flush()
    _event(session, actor, offer, from_state, note)
    audit.record(
        session,
        actor,
        "offer_moved",
        entity="housing_offer",
        entity_id=offer.id,
        case_id=case.id,
        detail={
            "unit": unit.code,
            "from": from_state,
            "to": target.value,
            "move_in_date": _plain(offer.move_in_date),
            "decline_reason": decline_reason,
            "end_date": _plain(end_date),
        },
    )
    if target is OfferState.MOVED_IN:
        _start_placement(session, actor, case, unit, offer.move_in_date or today)
    elif target is OfferState.ENDED and end_date is not None:
        _end_placement(session, case, unit, end_date)
    transitions.refresh_cases(session, [case.id], actor)
    return offer


class HousingMoveRefused(ValidationError):
    """A move of an offer the rules do not allow; the message says why."""

    def __init__(self, message: str, field_name: str = "state") -> None:
        super().__init__({field_name: message})
        self.reason = message
        self.args = (message,)

    def __str__(self) -> str:
        return self.reason


def _placement_name(unit: HousingUnit) -> str:
    return f"{UNIT_TYPES.get(unit.unit_type, unit.unit_type)} {unit.code}"


def _start_placement(
    session: Session, actor: Actor, case: Case, unit: HousingUnit, moved_on: date
) -> None:
    from desktop_app.services import cases

    cases.add_placement(
        session,
        actor,
        case.reference,
        PLACEMENT_FOR_UNIT.get(unit.unit_type, "other"),
        municipality=unit.municipality,
        start_date=moved_on,
        name=_placement_name(unit),
        address=unit.address,
    )


def _end_placement(session: Session, case: Case, unit: HousingUnit, ended_on: date) -> None:
    for placement in session.scalars(
        select(Placement).where(
            Placement.case_id == case.id,
            Placement.end_date.is_(None),
            Placement.name == _placement_name(unit),
        )
    ):
        placement.end_date = ended_on


def add_support(
    session: Session,
    actor: Actor,
    offer_id: int,
    kind: str,
    *,
    amount: Any = None,
    start_date: date | None = None,
    end_date: date | None = None,
    provided_by: str | None = None,
    note: str | None = None,
) -> SupportInstrument:
    """Record a support instrument (rent subsidy, guarantee, intermediation) on an offer."""
    offer, case = _load_offer_for_edit(session, actor, offer_id)
    errors: dict[str, str] = {}
    if kind not in SUPPORT_KINDS:
        errors["kind"] = _(
            "'{kind}' is not a kind of support (kinds: {support_kinds}).",
            kind=kind,
            support_kinds=", ".join(SUPPORT_KINDS),
        )
    value = _number({"amount": amount}, "amount", errors)
    if start_date and end_date and end_date < start_date:
        errors["end_date"] = _("The support ends before it starts.")
    if offer.state in (OfferState.DECLINED.value, OfferState.ENDED.value):
        errors["offer"] = _(
            "The offer is {offer_state}: support can no longer be added to it.",
            offer_state=state_words(OfferState(offer.state)),
        )
    if errors:
        raise ValidationError(errors)
    instrument = SupportInstrument(
        offer_id=offer.id,
        kind=kind,
        amount=value,
        start_date=start_date,
        end_date=end_date,
        provided_by=(provided_by or "").strip() or None,
        note=(note or "").strip() or None,
    )
    session.add(instrument)
    session.flush()
    audit.record(
        session,
        actor,
        "support_added",
        entity="support_instrument",
        entity_id=instrument.id,
        case_id=case.id,
        detail={"offer": offer.id, "kind": kind, "amount": value},
    )
    return instrument


def remove_support(session: Session, actor: Actor, support_id: int) -> None:
    instrument = session.get(SupportInstrument, support_id)
    if instrument is None:
        raise NotFoundError(_("No support instrument {support_id}.", support_id=support_id))
    _offer, case = _load_offer_for_edit(session, actor, instrument.offer_id)
    session.delete(instrument)
    audit.record(
        session,
        actor,
        "support_removed",
        entity="support_instrument",
        entity_id=support_id,
        case_id=case.id,
        detail={"kind": instrument.kind},
    )


# --- matching ---------------------------------------------------------------------


def available_units(session: Session) -> list[UnitFacts]:
    """Units that can be offered today: not retired, provider active, a place free."""
    today = clock.today()
    taken = (
        select(HousingOffer.unit_id, func.count(HousingOffer.id).label("taken"))
        .where(HousingOffer.state.in_([s.value for s in HOLDING_STATES]))
        .group_by(HousingOffer.unit_id)
        .subquery()
    )
    query = (
        select(
            HousingUnit.id,
            HousingUnit.code,
            HousingUnit.address,
            HousingUnit.municipality,
            HousingUnit.unit_type,
            HousingUnit.rooms,
            # As a float in SQL: converting 5,000 Decimals costs more than ranking them.
            cast(HousingUnit.monthly_rent, Float),
            HousingUnit.available_from,
            HousingUnit.accessible,
            HousingUnit.shared,
            HousingUnit.places,
            func.coalesce(taken.c.taken, 0),
            HousingUnit.available_until,
        )
        .outerjoin(taken, taken.c.unit_id == HousingUnit.id)
        .outerjoin(HousingProvider, HousingProvider.id == HousingUnit.provider_id)
        .where(
            HousingUnit.retired.is_(False),
            or_(HousingProvider.id.is_(None), HousingProvider.active.is_(True)),
            or_(HousingUnit.available_until.is_(None), HousingUnit.available_until >= today),
            HousingUnit.places > func.coalesce(taken.c.taken, 0),
        )
    )
    out: list[UnitFacts] = []
    # Core rows, not the ORM: nothing here needs identity tracking.
    for row in session.connection().execute(query):
        free = row[10] - row[11]
        if free <= 0:
            continue
        out.append(
            UnitFacts(
                unit_id=row[0],
                code=row[1],
                address=row[2],
                municipality=row[3],
                unit_type=row[4],
                rooms=row[5],
                monthly_rent=row[6],
                available_from=row[7],
                accessible=bool(row[8]),
                shared=bool(row[9]),
                places=row[10],
                free_places=free,
                available_until=row[12],
            )
        )
    return out


def needs_of(case: Case) -> HousingNeeds:
    needed_by = case.next_due_date
    return HousingNeeds(
        reunification_members=case.family_reunification_members or 0,
        monthly_budget=float(case.monthly_housing_budget)
        if case.monthly_housing_budget is not None
        else None,
        preferred_municipalities=split_municipalities(case.preferred_municipalities),
        needs_accessible=bool(case.needs_accessible_housing),
        needed_by=needed_by,
        minor=is_minor_on(case.date_of_birth, case.dob_precision, needed_by),
    )


def is_minor_on(birth: date, precision: str, needed_by: date | None) -> bool:
    """Under 18 on the day a home is needed (today when that has passed or is unknown)."""
    today = clock.today()
    day = max(needed_by, today) if needed_by else today
    return age_on(effective_birth_date(birth, precision), day) < 18


def match_units(
    session: Session, actor: Actor, reference: str, *, limit: int | None = None
) -> list[UnitMatch]:
    """Units that can be offered, ranked for this case, best first, each with its reasons."""
    case = load_case_for_read(session, actor, reference)
    needs = needs_of(case)
    offered = set(
        session.scalars(
            select(HousingOffer.unit_id).where(
                HousingOffer.case_id == case.id,
                HousingOffer.state.not_in([OfferState.DECLINED.value, OfferState.ENDED.value]),
            )
        )
    )
    units = [u for u in available_units(session) if u.unit_id not in offered]
    ranked = rank_units(needs, units, clock.today())
    audit.record(
        session, actor, "housing_matched", entity="case", entity_id=reference, case_id=case.id
    )
    return ranked[:limit] if limit is not None else ranked


def _needs_home_clause() -> ColumnElement[bool]:
    return and_(
        Case.status == "open",
        Case.next_due_date.is_not(None),
        or_(Case.next_housing_secured.is_(None), Case.next_housing_secured.is_(False)),
    )


def match_cases(
    session: Session, actor: Actor, unit_code: str, *, limit: int | None = None
) -> list[CaseMatch]:
    """The cases (that the reader may see) this unit fits, most urgent transition first."""
    _require_reader(actor)
    unit_row = get_unit(session, actor, unit_code)
    unit = UnitFacts(
        unit_id=unit_row.id,
        code=unit_row.code,
        address=unit_row.address,
        municipality=unit_row.municipality,
        unit_type=unit_row.unit_type,
        rooms=unit_row.rooms,
        monthly_rent=unit_row.monthly_rent,
        available_from=unit_row.available_from,
        accessible=unit_row.accessible,
        shared=unit_row.shared,
        places=unit_row.places,
        free_places=unit_row.free_places,
        available_until=unit_row.available_until,
    )
    today = clock.today()
    query = (
        select(
            Case.id,
            Case.reference,
            Case.given_name,
            Case.family_name,
            Case.family_reunification_members,
            cast(Case.monthly_housing_budget, Float),
            Case.preferred_municipalities,
            Case.needs_accessible_housing,
            Case.next_kind,
            Case.next_due_date,
            Case.date_of_birth,
            Case.dob_precision,
        )
        .where(_needs_home_clause(), visible_cases_clause(actor))
        .order_by(Case.next_due_date, Case.reference)
    )
    # Streamed in due-date order: with a limit, reading stops once enough cases fit
    # and the due date has moved past the last of them (ties still get ranked).
    candidates: list[CaseCandidate] = []
    fitting = 0
    last_due: date | None = None
    # Closed when reading stops early, so the server-side cursor goes too.
    with session.connection().execute(query.execution_options(yield_per=500)) as rows:
        for row in rows:
            due = row[9]
            if limit is not None and fitting >= limit and due != last_due:
                break
            candidate = CaseCandidate(
                case_id=row[0],
                reference=row[1],
                name=f"{row[2]} {row[3]}".strip(),
                needs=HousingNeeds(
                    reunification_members=row[4] or 0,
                    monthly_budget=row[5],
                    preferred_municipalities=split_municipalities(row[6]),
                    needs_accessible=bool(row[7]),
                    needed_by=due,
                    minor=is_minor_on(row[10], row[11], due),
                ),
                transition_kind=row[8],
                due_date=due,
            )
            if score_unit(candidate.needs, unit, today).fits:
                candidates.append(candidate)
                fitting += 1
                last_due = due
    ranked = rank_cases(unit, candidates, today)
    return ranked[:limit] if limit is not None else ranked


def decline_reasons() -> Mapping[str, str]:
    return DECLINE_REASONS
