"""Housing offers through their states, from proposed to moved in or ended.

Every move is checked against `domain.offers`, kept as an event with its
date and user, audited, and re-derives the case's transitions, so "housing
secured", readiness and risk follow at once. Moving in starts a placement in
the unit's municipality; ending the tenancy ends it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.db.models import (
    Case,
    HousingOffer,
    HousingOfferEvent,
    HousingUnit,
    Placement,
    SupportInstrument,
    User,
)
from desktop_app.domain.i18n import message as _
from desktop_app.domain.i18n import text_of
from desktop_app.domain.matching import CHILD_UNIT_TYPES, HousingNeeds
from desktop_app.domain.offers import (
    DECLINE_REASONS,
    HOLDING_STATES,
    OfferMove,
    OfferMoveRefused,
    allowed_next,
    check_move,
)
from desktop_app.domain.transitions import OfferState
from desktop_app.services import clock
from desktop_app.services.actor import Actor
from desktop_app.services.errors import ConflictError, NotFoundError, ValidationError
from desktop_app.services.housing.access import require_reader
from desktop_app.services.housing.matching import is_minor_on, needs_of
from desktop_app.services.housing.units import UNIT_TYPES, count_offers, unit_by_code
from desktop_app.services.transitions import derivation
from desktop_app.services.trust import audit
from desktop_app.services.trust.permissions import (
    can_read_case,
    load_case_for_edit,
    load_case_for_read,
    load_case_with_access,
    refuse_unseen,
    require_case_content_role,
)

# The placement a move-in starts, by the unit's type.
PLACEMENT_FOR_UNIT: Mapping[str, str] = {
    "social": "own_tenancy",
    "private": "own_tenancy",
    "student": "own_tenancy",
    "supported": "supported",
    "co_housing": "supported",
    "host_family": "other",
}


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


@dataclass(frozen=True)
class CaseHousing:
    """What a case's Housing tab shows: the household's needs, when the home is needed,
    whether the reader may change the offers, and the offers themselves."""

    reference: str
    needs: HousingNeeds
    needed_by: date | None
    can_edit: bool
    offers: list[OfferView]


def case_housing(session: Session, actor: Actor, reference: str) -> CaseHousing:
    """The case's housing, the case looked up and its access checked once."""
    case, access = load_case_with_access(session, actor, reference)
    return CaseHousing(
        reference=case.reference,
        needs=needs_of(case),
        needed_by=case.next_due_date,
        can_edit=access.edit,
        offers=_case_offer_views(session, case),
    )


def case_offers(session: Session, actor: Actor, reference: str) -> list[OfferView]:
    """A case's offers, newest first, with their history and support."""
    return _case_offer_views(session, load_case_for_read(session, actor, reference))


def _case_offer_views(session: Session, case: Case) -> list[OfferView]:
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
    require_reader(actor)
    unit = unit_by_code(session, code)
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
    unit = unit_by_code(session, unit_code)
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
    if count_offers(session, unit.id, HOLDING_STATES) >= unit.places:
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
    derivation.refresh_cases(session, [case.id], actor)
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


def load_offer_for_edit(session: Session, actor: Actor, offer_id: int) -> tuple[HousingOffer, Case]:
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


def move_refused(state: str, to_state: str) -> HousingMoveRefused | None:
    """Why an offer in `state` cannot move to `to_state` whatever is filled in (the contract
    not yet signed before a move-in…), or None when the move is one of its next steps — so
    the desktop says so before it asks for dates and reasons."""
    if to_state in allowed_next(state):
        return None
    try:
        check_move(state, OfferMove(to_state=to_state), today=clock.today())
    except OfferMoveRefused as exc:
        return HousingMoveRefused(text_of(exc), exc.field)
    return None


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
    offer, case = load_offer_for_edit(session, actor, offer_id)
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
        if count_offers(session, unit.id, HOLDING_STATES, exclude_offer=offer.id) >= unit.places:
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
        moved_in = count_offers(session, unit.id, {OfferState.MOVED_IN}, exclude_offer=offer.id)
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
            "move_in_date": audit.plain_value(offer.move_in_date),
            "decline_reason": decline_reason,
            "end_date": audit.plain_value(end_date),
        },
    )
    if target is OfferState.MOVED_IN:
        _start_placement(session, actor, case, unit, offer.move_in_date or today)
    elif target is OfferState.ENDED and end_date is not None:
        _end_placement(session, case, unit, end_date)
    derivation.refresh_cases(session, [case.id], actor)
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
    from desktop_app.services.cases import status_and_placements

    status_and_placements.add_placement(
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


def decline_reasons() -> Mapping[str, str]:
    return DECLINE_REASONS
