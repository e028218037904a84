"""The housing service on a real demo database: registry, offers, support, matching, permissions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from desktop_app.db.models import (
    AuditEntry,
    Case,
    HousingOffer,
    HousingOfferEvent,
    HousingUnit,
    Placement,
    Transition,
)
from desktop_app.services.actor import Actor
from desktop_app.services.errors import (
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from desktop_app.services.housing import matching, offers, support
from desktop_app.services.housing import providers as housing_providers
from desktop_app.services.housing import units as housing_units
from desktop_app.services.storage.database import Database
from desktop_app.services.transitions import listing

RED_CASE = "HW-2026-00001"  # worker's case: turns 18 in three weeks, no housing
TODAY = date(2026, 3, 16)

Login = Callable[[str], Actor]


def _new_unit(db: Database, actor: Actor, **values: object) -> str:
    base: dict[str, object] = {
        "address": "Testvej 1, st.",
        "municipality": "Viborg",
        "unit_type": "social",
        "rooms": 4,
        "monthly_rent": 4400,
        "available_from": TODAY - timedelta(days=1),
        "accessible": True,
    }
    base.update(values)
    with db.session() as s:
        return housing_units.save_unit(s, actor, base).code


def _transition(db: Database, reference: str, kind: str = "turns_18") -> Transition:
    with db.session() as s:
        case_id = s.scalar(select(Case.id).where(Case.reference == reference))
        row = s.scalar(
            select(Transition).where(Transition.case_id == case_id, Transition.kind == kind)
        )
        assert row is not None
        return row


def _risk(db: Database, actor: Actor, reference: str, kind: str = "turns_18") -> str:
    with db.session() as s:
        rows = [
            r for r in listing.upcoming(s, actor, 90) if r.reference == reference and r.kind == kind
        ]
    assert len(rows) == 1
    return rows[0].risk


def test_the_red_case_gets_housed_and_turns_amber(demo_db: Database, login: Login) -> None:
    worker = login("worker")
    assert _risk(demo_db, worker, RED_CASE) == "red"
    with demo_db.session() as s:
        best = matching.match_units(s, worker, RED_CASE)[0]
    # The demo keeps a four-room flat in Viborg, the case's municipality, within budget.
    assert (best.unit.rooms, best.unit.municipality, best.score, best.fits) == (
        4,
        "Viborg",
        100,
        True,
    )
    code = best.unit.code
    with demo_db.session() as s:
        offer_id = offers.propose_offer(s, worker, RED_CASE, code).id
    with demo_db.session() as s:
        offers.move_offer(s, worker, offer_id, "accepted", move_in_date=TODAY + timedelta(days=10))
        support.add_support(
            s, worker, offer_id, "rent_guarantee", amount=13200, provided_by="Viborg Kommune"
        )
    transition = _transition(demo_db, RED_CASE)
    assert transition.housing_secured
    assert "housing_secured" not in transition.missing.split(";")
    assert _risk(demo_db, worker, RED_CASE) in ("amber", "green")
    with demo_db.session() as s:
        [view] = offers.case_offers(s, worker, RED_CASE)
    assert view.state == "accepted"
    assert [(e.from_state, e.to_state, e.user) for e in view.events] == [
        (None, "proposed", "worker"),
        ("proposed", "accepted", "worker"),
    ]
    assert [(x.kind, x.amount, x.provided_by) for x in view.support] == [
        ("rent_guarantee", 13200.0, "Viborg Kommune")
    ]


def test_a_forbidden_move_changes_nothing_and_says_why(demo_db: Database, login: Login) -> None:
    lead, worker = login("lead"), login("worker")
    code = _new_unit(demo_db, lead)
    with demo_db.session() as s:
        offer_id = offers.propose_offer(s, worker, RED_CASE, code).id
    with pytest.raises(ValidationError) as refused, demo_db.session() as s:
        offers.move_offer(s, worker, offer_id, "moved_in", move_in_date=TODAY)
    assert "cannot become moved in: the contract must be signed first" in str(refused.value)
    with demo_db.session() as s:
        offer = s.get(HousingOffer, offer_id)
        assert offer is not None and offer.state == "proposed"
        events = s.scalar(
            select(func.count(HousingOfferEvent.id)).where(HousingOfferEvent.offer_id == offer_id)
        )
        assert events == 1
    with pytest.raises(ValidationError, match="planned move-in date"), demo_db.session() as s:
        offers.move_offer(s, worker, offer_id, "accepted")


def test_moving_in_changes_the_placement_and_ending_closes_it(
    demo_db: Database, login: Login
) -> None:
    lead, worker = login("lead"), login("worker")
    code = _new_unit(demo_db, lead, unit_type="supported", shared=True, places=2, rooms=1)
    with demo_db.session() as s:
        offer_id = offers.propose_offer(s, worker, RED_CASE, code).id
        offers.move_offer(s, worker, offer_id, "viewing")
        offers.move_offer(s, worker, offer_id, "accepted", move_in_date=TODAY)
        offers.move_offer(s, worker, offer_id, "contract_signed")
        offers.move_offer(s, worker, offer_id, "moved_in", move_in_date=TODAY)
    with demo_db.session() as s:
        case_id = s.scalar(select(Case.id).where(Case.reference == RED_CASE))
        current = s.scalars(
            select(Placement).where(Placement.case_id == case_id, Placement.end_date.is_(None))
        ).all()
        assert [(p.placement_type, p.municipality, p.start_date) for p in current] == [
            ("supported", "Viborg", TODAY)
        ]
        assert s.scalar(
            select(func.count(Placement.id)).where(
                Placement.case_id == case_id, Placement.end_date == TODAY
            )
        )
    with demo_db.session() as s:
        offers.move_offer(s, worker, offer_id, "ended", end_date=TODAY)
    with demo_db.session() as s:
        offer = s.get(HousingOffer, offer_id)
        assert offer is not None and offer.state == "ended" and offer.end_date == TODAY
        assert not s.scalars(
            select(Placement).where(
                Placement.case_id == case_id,
                Placement.end_date.is_(None),
                Placement.address == "Testvej 1, st.",
            )
        ).all()


def test_a_unit_takes_no_more_households_than_its_places(demo_db: Database, login: Login) -> None:
    lead, worker = login("lead"), login("worker")
    code = _new_unit(demo_db, lead, rooms=1)
    with demo_db.session() as s:
        refs = list(
            s.scalars(
                select(Case.reference)
                .where(Case.primary_worker.has(username="worker"), Case.status == "open")
                .order_by(Case.reference)
                .limit(2)
            )
        )
    first = second = 0
    with demo_db.session() as s:
        first = offers.propose_offer(s, worker, refs[0], code).id
        second = offers.propose_offer(s, worker, refs[1], code).id
        offers.move_offer(s, worker, first, "accepted", move_in_date=TODAY)
    with pytest.raises(ConflictError, match="has no free place"), demo_db.session() as s:
        offers.move_offer(s, worker, second, "accepted", move_in_date=TODAY)
    # A taken unit is no longer matched nor offered.
    with demo_db.session() as s:
        assert code not in [m.unit.code for m in matching.match_units(s, worker, refs[1])]
    with pytest.raises(ConflictError, match="has no free place"), demo_db.session() as s:
        third_ref = s.scalar(
            select(Case.reference).where(Case.reference.not_in(refs), Case.team_id.is_not(None))
        )
        assert third_ref is not None
        offers.propose_offer(s, lead, third_ref, code)
    # Once the first is withdrawn, the second may accept.
    with demo_db.session() as s:
        offers.move_offer(s, worker, first, "declined", decline_reason="withdrawn")
        offers.move_offer(s, worker, second, "accepted", move_in_date=TODAY)


def test_offers_need_the_right_to_edit_the_case(demo_db: Database, login: Login) -> None:
    lead, worker2, coordinator, admin = (
        login("lead"),
        login("worker2"),
        login("coordinator"),
        login("admin"),
    )
    code = _new_unit(demo_db, lead)
    for actor in (worker2, coordinator):
        # worker2 is not assigned to the case; coordinators do not edit case content.
        with pytest.raises(PermissionDeniedError), demo_db.session() as s:
            offers.propose_offer(s, actor, RED_CASE, code)
    with pytest.raises(PermissionDeniedError), demo_db.session() as s:
        housing_units.list_units(s, admin)
    with demo_db.session() as s:
        denials = s.scalar(
            select(func.count(AuditEntry.id)).where(AuditEntry.action == "permission_denied")
        )
        assert denials is not None and denials >= 3
        assert (
            s.scalar(select(func.count(HousingOffer.id)).where(HousingOffer.unit.has(code=code)))
            == 0
        )
    with demo_db.session() as s:  # the team lead may
        offers.propose_offer(s, lead, RED_CASE, code)


def test_registry_edits_are_for_team_leads_and_coordinators(
    demo_db: Database, login: Login
) -> None:
    worker, coordinator = login("worker"), login("coordinator")
    with pytest.raises(PermissionDeniedError, match="team leads and coordinators"):
        _new_unit(demo_db, worker)
    code = _new_unit(demo_db, coordinator)
    with demo_db.session() as s:
        assert housing_units.get_unit(s, worker, code).municipality == "Viborg"  # workers read
        provider = housing_providers.save_provider(
            s, coordinator, {"name": "Boligselskab Test", "provider_type": "social_housing"}
        )
        provider_id = provider.id
    with pytest.raises(PermissionDeniedError), demo_db.session() as s:
        housing_providers.save_provider(s, worker, {"notes": "x"}, provider_id)


def test_unit_validation_names_every_wrong_field_and_saves_nothing(
    demo_db: Database, login: Login
) -> None:
    lead = login("lead")
    with demo_db.session() as s:
        before = s.scalar(select(func.count(HousingUnit.id)))
    with pytest.raises(ValidationError) as bad, demo_db.session() as s:
        housing_units.save_unit(
            s,
            lead,
            {
                "address": " ",
                "municipality": "Aarhus",
                "unit_type": "castle",
                "rooms": "0",
                "monthly_rent": "lots",
                "available_from": "2026-05-01",
                "available_until": "2026-04-01",
                "places": 3,
                "provider_id": 99999,
            },
        )
    assert set(bad.value.errors) == {
        "address",
        "unit_type",
        "rooms",
        "monthly_rent",
        "available_until",
        "provider_id",
        "places",
    }
    with demo_db.session() as s:
        assert s.scalar(select(func.count(HousingUnit.id))) == before
    code = _new_unit(demo_db, lead, code="TEST-1")
    with pytest.raises(ValidationError, match="already has the code"):
        _new_unit(demo_db, lead, code=code)


def test_edit_and_retire_a_unit(demo_db: Database, login: Login) -> None:
    lead, worker = login("lead"), login("worker")
    code = _new_unit(demo_db, lead)
    with demo_db.session() as s:
        row = housing_units.get_unit(s, lead, code)
        housing_units.save_unit(s, lead, {"monthly_rent": 3900, "notes": "Newly painted"}, row.id)
    with demo_db.session() as s:
        row = housing_units.get_unit(s, worker, code)
        assert row.monthly_rent == 3900 and row.notes == "Newly painted"
        housing_units.set_unit_retired(s, lead, code)
    with demo_db.session() as s:
        assert code not in [u.code for u in housing_units.list_units(s, worker)]
        assert code in [
            u.code
            for u in housing_units.list_units(
                s, worker, housing_units.UnitFilter(include_retired=True)
            )
        ]
        assert code not in [u.unit.code for u in matching.match_units(s, worker, RED_CASE)]
    with pytest.raises(ConflictError, match="retired"), demo_db.session() as s:
        offers.propose_offer(s, worker, RED_CASE, code)


def test_unit_filters(demo_db: Database, login: Login) -> None:
    worker = login("worker")
    with demo_db.session() as s:
        every = housing_units.list_units(s, worker)
        assert every
        for flt, check in (
            (housing_units.UnitFilter(municipality="aarhus"), lambda u: u.municipality == "Aarhus"),
            (housing_units.UnitFilter(unit_type="student"), lambda u: u.unit_type == "student"),
            (housing_units.UnitFilter(min_rooms=3), lambda u: u.rooms >= 3),
            (housing_units.UnitFilter(max_rent=5000), lambda u: (u.monthly_rent or 0) <= 5000),
            (
                housing_units.UnitFilter(available_by=TODAY),
                lambda u: (u.available_from or TODAY) <= TODAY and u.free_places > 0,
            ),
        ):
            rows = housing_units.list_units(s, worker, flt)
            assert all(check(u) for u in rows)
            assert len(rows) == sum(1 for u in every if check(u))


def test_unit_history_hides_cases_the_reader_may_not_see(demo_db: Database, login: Login) -> None:
    lead, worker, worker2 = login("lead"), login("worker"), login("worker2")
    code = _new_unit(demo_db, lead)
    with demo_db.session() as s:
        offers.propose_offer(s, worker, RED_CASE, code)
    with demo_db.session() as s:
        assert [o.reference for o in offers.unit_offers(s, worker, code)] == [RED_CASE]
        assert [o.reference for o in offers.unit_offers(s, worker2, code)] == [None]


def test_cases_a_unit_fits_most_urgent_first(demo_db: Database, login: Login) -> None:
    lead = login("lead")
    code = _new_unit(demo_db, lead, municipality="Aarhus", rooms=5, monthly_rent=1000)
    with demo_db.session() as s:
        matches = matching.match_cases(s, lead, code)
        assert len(matches) > 5
        dues = [m.candidate.due_date or date.max for m in matches]
        assert dues == sorted(dues)
        visible = set(s.scalars(select(Case.reference).where(Case.team_id == lead.team_id)))
        assert {m.candidate.reference for m in matches} <= visible
        # Reading stops early with a limit, and gives the head of the full ranking.
        for limit in (1, 3, 5):
            limited = matching.match_cases(s, lead, code, limit=limit)
            assert [m.candidate.reference for m in limited] == [
                m.candidate.reference for m in matches[:limit]
            ]


def test_support_validation(demo_db: Database, login: Login) -> None:
    lead, worker = login("lead"), login("worker")
    code = _new_unit(demo_db, lead)
    with demo_db.session() as s:
        offer_id = offers.propose_offer(s, worker, RED_CASE, code).id
    with pytest.raises(ValidationError) as bad, demo_db.session() as s:
        support.add_support(
            s,
            worker,
            offer_id,
            "gift",
            amount="-5",
            start_date=TODAY,
            end_date=TODAY - timedelta(days=1),
        )
    assert set(bad.value.errors) == {"kind", "amount", "end_date"}
    with pytest.raises(NotFoundError), demo_db.session() as s:
        support.add_support(s, worker, 999999, "rent_subsidy")


def test_demo_has_every_provider_kind_unit_type_and_offer_state(
    demo_db: Database, login: Login
) -> None:
    coordinator = login("coordinator")
    with demo_db.session() as s:
        providers = housing_providers.list_providers(s, coordinator)
        units = housing_units.list_units(s, coordinator)
        states = set(s.scalars(select(HousingOffer.state).distinct()))
    assert {p.provider_type for p in providers} == set(housing_providers.PROVIDER_TYPES)
    assert {u.unit_type for u in units} == set(housing_units.UNIT_TYPES)
    assert states == {
        "proposed",
        "viewing",
        "accepted",
        "declined",
        "contract_signed",
        "moved_in",
        "ended",
    }


def test_a_stale_offer_is_not_silently_overwritten(demo_db: Database, login: Login) -> None:
    worker, lead = login("worker"), login("lead")
    with demo_db.session() as s:
        code = matching.match_units(s, worker, RED_CASE)[0].unit.code
        offer = offers.propose_offer(s, worker, RED_CASE, code)
        offer_id, seen_version = offer.id, offer.version
    with demo_db.session() as s:  # the team lead moves it on meanwhile
        offers.move_offer(s, lead, offer_id, "viewing", expected_version=seen_version)
    with pytest.raises(ConflictError, match="Someone else changed this offer"):
        with demo_db.session() as s:
            offers.move_offer(
                s,
                worker,
                offer_id,
                "declined",
                decline_reason="other",
                expected_version=seen_version,
            )
    with demo_db.session() as s:
        [view] = offers.case_offers(s, worker, RED_CASE)
        assert view.state == "viewing"
        assert [e.user for e in view.events] == ["worker", "lead"]


def test_a_retired_provider_offers_no_units(demo_db: Database, login: Login) -> None:
    lead, worker = login("lead"), login("worker")
    with demo_db.session() as s:
        provider_id = housing_providers.save_provider(
            s, lead, {"name": "Udlejer Test", "provider_type": "private_landlord"}
        ).id
    code = _new_unit(demo_db, lead, provider_id=provider_id, monthly_rent=100)
    with demo_db.session() as s:
        assert code in [m.unit.code for m in matching.match_units(s, worker, RED_CASE)]
        housing_providers.set_provider_active(s, lead, provider_id, False)
    with demo_db.session() as s:
        assert code not in [m.unit.code for m in matching.match_units(s, worker, RED_CASE)]
        assert provider_id not in [p.id for p in housing_providers.list_providers(s, worker)]
        assert provider_id in [
            p.id for p in housing_providers.list_providers(s, worker, include_inactive=True)
        ]
    with pytest.raises(ConflictError, match="no longer offers housing"), demo_db.session() as s:
        offers.propose_offer(s, worker, RED_CASE, code)


def test_demo_never_overfills_a_unit(demo_db: Database, login: Login) -> None:
    coordinator = login("coordinator")
    with demo_db.session() as s:
        units = housing_units.list_units(
            s, coordinator, housing_units.UnitFilter(include_retired=True)
        )
    assert units and all(u.taken <= u.places for u in units)
    assert sum(1 for u in units if u.free_places > 0) >= 30  # the stock stays offerable


def test_no_offer_to_a_closed_case(demo_db: Database, login: Login) -> None:
    lead = login("lead")
    with demo_db.session() as s:
        code = matching.match_units(s, lead, RED_CASE)[0].unit.code
        case = s.scalar(select(Case).where(Case.reference == RED_CASE))
        assert case is not None
        case.status, case.closed_reason = "closed", "Moved to another municipality"
    with pytest.raises(ConflictError, match="is closed"), demo_db.session() as s:
        offers.propose_offer(s, lead, RED_CASE, code)
