"""A demo case's housing offer: proposed from the drawn stock, moved along its states with an
event for each step, sometimes with support, and for some tenants an earlier tenancy that ended."""

from __future__ import annotations

from datetime import date, timedelta

from desktop_app.db import models as m
from desktop_app.demo.context import DemoCase, DemoStock
from desktop_app.demo.rows import Rows
from desktop_app.domain.transitions import OfferFacts

# The states an offer passes through on its way to moving in.
PATH = ("proposed", "viewing", "accepted", "contract_signed", "moved_in")
HOLDING = ("accepted", "contract_signed", "moved_in")


def add_offers(case: DemoCase, stock: DemoStock) -> list[OfferFacts]:
    """The case's offer in the state its situation says (none when it says none)."""
    offer_state = case.situation.offer_state
    if offer_state is None:
        return []
    rng, today, rows, d = case.rng, case.today, stock.rows, case.as_driver
    housing = stock.housing
    household = 1
    unit = rng.choice(housing.unit_ids)
    if housing.unit_rooms[unit] < household:
        unit = housing.unit_ids[0]
    days_to_18 = case.situation.days_to_18
    soon = case.birth18 if 0 < days_to_18 < 400 else today + timedelta(days=rng.randint(10, 120))
    move_in = None
    if case.scenario is not None and offer_state in ("accepted", "contract_signed"):
        move_in = today + timedelta(days=5)
    elif offer_state in HOLDING:
        move_in = (
            soon - timedelta(days=rng.randint(1, 20))
            if offer_state != "moved_in"
            else today - timedelta(days=rng.randint(5, 200))
        )
    if move_in is not None:
        # An offer that holds a place gets a unit of its own, so none is overfilled.
        unit = housing.tenancy.unit_for(
            rows, case.cid, case.municipality, d(move_in - timedelta(days=14))
        )
    offer_id = stock.next_offer_id
    rows.add(
        m.HousingOffer,
        {
            "id": offer_id,
            "case_id": case.cid,
            "unit_id": unit,
            "state": offer_state,
            "proposed_on": case.day(-rng.randint(5, 60)),
            "move_in_date": d(move_in),
            "end_date": None,
            "decline_reason": "too_far" if offer_state == "declined" else None,
            "decline_note": None,
            "version": 1,
        },
    )
    trail = (
        ("proposed", "viewing", "declined")
        if offer_state == "declined"
        else PATH[: PATH.index(offer_state) + 1]
    )
    _events(rows, offer_id, trail, case, note_at_end=None)
    if offer_state in HOLDING and rng.random() < 0.5:
        rows.add(
            m.SupportInstrument,
            {
                "offer_id": offer_id,
                "kind": rng.choice(
                    ("rent_subsidy", "deposit_guarantee", "rent_guarantee", "intermediation")
                ),
                "amount": rng.choice((1500, 3000, 9000, 12000)),
                "start_date": d(move_in),
                "end_date": None,
                "provided_by": "Aarhus Kommune",
                "note": None,
            },
        )
    offers = [OfferFacts(offer_state, move_in)]
    stock.next_offer_id = offer_id + 1
    if offer_state == "moved_in" and move_in is not None and case.cid % 2 == 0:
        offers.append(_ended_tenancy(case, stock, move_in))
    return offers


def _ended_tenancy(case: DemoCase, stock: DemoStock, moved_in: date) -> OfferFacts:
    """An earlier tenancy that ended the day before the current one began (no random draws,
    so every other demo value stays the same for a seed)."""
    offer_id = stock.next_offer_id
    unit_ids = stock.housing.unit_ids
    start = moved_in - timedelta(days=400)
    d = case.as_driver
    stock.rows.add(
        m.HousingOffer,
        {
            "id": offer_id,
            "case_id": case.cid,
            "unit_id": unit_ids[case.cid % len(unit_ids)],
            "state": "ended",
            "proposed_on": d(start - timedelta(days=30)),
            "move_in_date": d(start),
            "end_date": d(moved_in - timedelta(days=1)),
            "decline_reason": None,
            "decline_note": None,
            "version": 1,
        },
    )
    _events(
        stock.rows,
        offer_id,
        ("proposed", "accepted", "contract_signed", "moved_in", "ended"),
        case,
        note_at_end="Tenancy ended: moved on",
    )
    stock.next_offer_id = offer_id + 1
    return OfferFacts("ended", start)


def _events(
    rows: Rows,
    offer_id: int,
    trail: tuple[str, ...],
    case: DemoCase,
    *,
    note_at_end: str | None,
) -> None:
    """One event per step of the offer, recorded by the primary worker."""
    previous = None
    for step in trail:
        rows.add(
            m.HousingOfferEvent,
            {
                "offer_id": offer_id,
                "from_state": previous,
                "to_state": step,
                "at": case.as_driver(case.now),
                "user_id": case.primary,
                "note": note_at_end if step == trail[-1] else None,
            },
        )
        previous = step
