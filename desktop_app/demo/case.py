"""One demo case from small named steps, each drawing on the seed's random generator in turn.

The order of the steps (and of the draws inside each) is what makes a seed
give the same demo every time: a step that draws less, or earlier, changes
every case after it. `add_case` therefore reads as the list of steps.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cache

from desktop_app.db import models as m
from desktop_app.demo.context import DemoCase, DemoStock
from desktop_app.demo.daily_records import add_daily_records
from desktop_app.demo.draws import cumulative, weighted
from desktop_app.demo.names import NATIVE_SCRIPT_NAMES, ORIGINS
from desktop_app.demo.offers import add_offers
from desktop_app.demo.rows import Rows
from desktop_app.demo.situations import GRANTS, Situation, draw, hand_made
from desktop_app.domain.checklist import DEFAULT_CHECKLIST, SECURE_ITEMS, template_for
from desktop_app.domain.dates import add_years
from desktop_app.domain.names import fold, search_keys
from desktop_app.domain.transition_records import implied_by
from desktop_app.domain.transitions import (
    CaseFacts,
    Decision,
    ImpliedTransition,
    PlacementFacts,
    TransitionRules,
)
from desktop_app.services.transitions import derivation

PLACEMENT_NAMES = {
    "reception": "Reception centre Jelling",
    "foster": "Foster family",
    "residential": "Youth home Solsikken",
    "supported": "Supported housing Kompasset",
    "own_tenancy": "Own apartment",
    "other": "Friend's home",
}

DEFAULT_RULES = TransitionRules()

# How many family members a reunification would bring, and how often.
_FAMILY_MEMBERS = (0, 1, 2, 3, 4)
_FAMILY_MEMBERS_CUM = cumulative((60, 12, 12, 10, 6))

# The items ticked by hand on an adult's checklist, and what stands for them on a minor's.
_ADULT_ITEMS = tuple(k for k in DEFAULT_CHECKLIST if k not in SECURE_ITEMS)
# Their places in that order, by name: the order they are ticked in.
_ADULT_ITEMS_BY_NAME = tuple((i, k) for k, i in sorted((k, i) for i, k in enumerate(_ADULT_ITEMS)))
_MINOR_EQUIVALENTS = {
    "guardian_aftercare": "guardian_appointed",
    "education_employment_plan": "school_place",
}


@dataclass(frozen=True, slots=True)
class Person:
    origin: str
    languages: tuple[str, ...]
    sex: str
    given_name: str
    family_name: str
    preferred_name: str | None


def add_case(
    stock: DemoStock,
    rng: random.Random,
    today: date,
    now: datetime,
    cid: int,
    scenario: int | None,
    team_id: int,
    municipalities: Sequence[str],
    primary: int,
    workers: Sequence[int],
) -> None:
    """Every row of one case, and its rule inputs in `stock.inputs`."""
    person = _draw_person(rng, stock)
    situation = hand_made(scenario) if scenario is not None else draw(rng)
    case = _place_in_time(
        rng, today, now, cid, scenario, situation, team_id, municipalities, primary, workers
    )
    case.as_driver, case.day = stock.as_driver, stock.days.__getitem__
    rows = stock.rows
    _case_row(case, person, rows)
    _age_assessment(case, rows)
    decision = _decision(case, rows)
    placements = _placements(case, rows)
    _worker_assignments(case, rows)
    offers = add_offers(case, stock)
    facts = CaseFacts(
        date_of_birth=case.date_of_birth,
        dob_precision=situation.precision,
        is_open=case.status == "open",
        in_aftercare=situation.aftercare,
        decisions=(decision,),
        placements=tuple(placements),
        offers=tuple(offers),
        created_on=case.opened.date(),
    )
    # What the record implies under the default rules, look-back aside (a demo's rules are
    # the defaults): the checklist draws follow it, and the transitions are made from it.
    implied = implied_by(facts, DEFAULT_RULES)
    stock.implied[cid] = implied
    stock.inputs[cid] = derivation.CaseInputs(
        facts=facts, checklist_done=_checklist(case, implied, rows), checklist_na={}
    )
    add_daily_records(case, stock, rows)


def _draw_person(rng: random.Random, stock: DemoStock) -> Person:
    origin = weighted(rng, stock.origins, stock.origin_cum_weights)
    _, languages, male, female, family = ORIGINS[origin]
    sex = (
        rng.choice(("male", "male", "male", "female", "female"))
        if origin != "UA"
        else rng.choice(("male", "female"))
    )
    given = rng.choice(male if sex == "male" else female)
    family_name = rng.choice(family)
    preferred = NATIVE_SCRIPT_NAMES.get(given) if rng.random() < 0.15 else None
    return Person(origin, tuple(languages), sex, given, family_name, preferred)


def _place_in_time(
    rng: random.Random,
    today: date,
    now: datetime,
    cid: int,
    scenario: int | None,
    situation: Situation,
    team_id: int,
    municipalities: Sequence[str],
    primary: int,
    workers: Sequence[int],
) -> DemoCase:
    """The birthday, whether the case is still open, when the young person arrived and where
    they would like to live."""
    birth18 = today + timedelta(days=situation.days_to_18)
    dob = add_years(birth18, -18)
    if situation.precision == "month":
        dob = dob.replace(day=1)
    elif situation.precision == "year":
        dob = date(dob.year, 1, 1)
    status = "closed" if scenario is None and rng.random() < 0.03 else "open"
    arrival = today - timedelta(days=rng.randint(200, 1600))
    municipality = rng.choice(list(municipalities))
    opened = now if scenario is not None else datetime.combine(arrival, time(9, 0))
    return DemoCase(
        cid,
        rng,
        today,
        now,
        scenario,
        situation,
        team_id,
        municipalities,
        primary,
        workers,
        birth18,
        dob,
        status,
        arrival,
        municipality,
        opened,
        _unset,
        _unset,
    )


def _unset(value: object) -> object:
    raise AssertionError("set by add_case")


def _case_row(case: DemoCase, person: Person, rows: Rows) -> None:
    rng, today, cid, d = case.rng, case.today, case.cid, case.as_driver
    all_names = " ".join(
        filter(None, [person.given_name, person.family_name, person.preferred_name])
    )
    rows.add(
        m.Case,
        {
            "id": cid,
            "reference": f"HW-{today.year}-{cid:05d}"
            if cid < 100000
            else f"HW-{today.year}-{cid:06d}",
            "given_name": person.given_name,
            "family_name": person.family_name,
            "preferred_name": person.preferred_name,
            "search_text": fold(all_names),
            "sort_name": fold(f"{person.family_name} {person.given_name}"),
            "date_of_birth": d(case.date_of_birth),
            "dob_precision": case.situation.precision,
            "sex": person.sex,
            "nationality": person.origin,
            "country_of_origin": person.origin,
            "languages": ";".join(person.languages),
            "interpreter_needed": rng.random() < 0.6,
            "interpreter_language": person.languages[0],
            "arrival_date": d(case.arrival),
            "unaccompanied": rng.random() < 0.85,
            "legal_guardian": "Red Cross guardian service"
            if case.situation.days_to_18 > 0
            else None,
            "external_references": f"SIS-{rng.randint(1000000, 9999999)}",
            "status": case.status,
            "closed_reason": "Moved to another municipality" if case.status == "closed" else None,
            "closed_on": case.day(-rng.randint(1, 300)) if case.status == "closed" else None,
            "in_aftercare": case.situation.aftercare,
            "family_reunification_members": weighted(rng, _FAMILY_MEMBERS, _FAMILY_MEMBERS_CUM),
            "monthly_housing_budget": rng.choice((4000, 4500, 5000, 5500, 6000, 7000)),
            "preferred_municipalities": case.municipality,
            "needs_accessible_housing": rng.random() < 0.05,
            "team_id": case.team_id,
            "anonymised": False,
            "primary_worker_id": case.primary,
            "created_at": d(case.opened),
            "updated_at": d(case.now),
            "version": 1,
        },
    )
    for tok, skel, shared in search_keys(all_names):
        rows.add(
            m.CaseSearchToken, {"case_id": cid, "token": tok, "skeleton": skel, "shared": shared}
        )


def _age_assessment(case: DemoCase, rows: Rows) -> None:
    if case.situation.precision != "assessed":
        return
    d = case.as_driver
    rows.add(
        m.AgeAssessment,
        {
            "case_id": case.cid,
            "assessed_on": d(case.arrival + timedelta(days=60)),
            "assessed_by": "Municipal age assessment team",
            "method": "Holistic assessment interview",
            "previous_date_of_birth": d(
                case.date_of_birth + timedelta(days=case.rng.choice((-400, -200, 180, 365)))
            ),
            "previous_precision": "year",
            "new_date_of_birth": d(case.date_of_birth),
            "note": None,
        },
    )


def _decision(case: DemoCase, rows: Rows) -> Decision:
    """The status decision in force (a permit with a granting one)."""
    rng, situation, d = case.rng, case.situation, case.as_driver
    decision_date = (
        case.today - timedelta(days=situation.since_decision)
        if situation.since_decision is not None
        else None
    )
    permit = None
    if situation.decision_type in GRANTS and decision_date is not None:
        permit = decision_date + timedelta(
            days=rng.choice((365, 730, 1095, 1825)) if case.scenario is None else 1825
        )
    decision_id = rows.add(
        m.LegalDecision,
        {
            "case_id": case.cid,
            "application_date": d(case.arrival + timedelta(days=14)),
            "decision_type": situation.decision_type,
            "decision_date": d(decision_date),
            "permit_expiry": d(permit),
            "authority_reference": f"IS-{rng.randint(100000, 999999)}",
            "note": None,
        },
    )
    return Decision(situation.decision_type, decision_date, permit, decision_id or 0)


def _placements(case: DemoCase, rows: Rows) -> list[PlacementFacts]:
    """The current placement (often after a stay in reception); returns them as the rules
    read them."""
    rng, today, placement_type = case.rng, case.today, case.situation.placement_type
    d = case.as_driver
    start = case.arrival + timedelta(days=rng.randint(0, 30))
    planned_end = None
    if placement_type in ("foster", "residential") and rng.random() < 0.5:
        planned_end = (
            case.birth18 if case.birth18 > today else today + timedelta(days=rng.randint(20, 300))
        )
    placements: list[PlacementFacts] = []
    if placement_type != "reception" and rng.random() < 0.6:
        ended = start + timedelta(days=90)
        placement_id = rows.add(
            m.Placement,
            {
                "case_id": case.cid,
                "placement_type": "reception",
                "name": PLACEMENT_NAMES["reception"],
                "address": None,
                "municipality": "Vejle",
                "start_date": d(case.arrival),
                "planned_end_date": None,
                "end_date": d(ended),
            },
        )
        placements.append(PlacementFacts(placement_id or 0, "reception", case.arrival, None, ended))
        start = start + timedelta(days=90)
    placement_id = rows.add(
        m.Placement,
        {
            "case_id": case.cid,
            "placement_type": placement_type,
            "name": PLACEMENT_NAMES[placement_type],
            "address": None,
            "municipality": "Vejle" if placement_type == "reception" else case.municipality,
            "start_date": d(min(start, today)),
            "planned_end_date": d(planned_end),
            "end_date": None,
        },
    )
    placements.append(
        PlacementFacts(placement_id or 0, placement_type, min(start, today), planned_end)
    )
    return placements


def _worker_assignments(case: DemoCase, rows: Rows) -> None:
    """The primary worker (some cases changed hands in the last year) and now and then a
    secondary one covering holidays."""
    rng, today, primary, workers = case.rng, case.today, case.primary, case.workers
    d = case.as_driver

    def assignment(
        user_id: int,
        role: str,
        start: date,
        end: date | None,
        reason: str,
        handover_note: str | None = None,
    ) -> None:
        rows.add(
            m.WorkerAssignment,
            {
                "case_id": case.cid,
                "user_id": user_id,
                "role": role,
                "start_date": d(start),
                "end_date": d(end),
                "reason": reason,
                "handover_note": handover_note,
                "created_at": d(case.now),
            },
        )

    if len(workers) > 1 and case.scenario is None and rng.random() < 0.25:
        previous = rng.choice([w for w in workers if w != primary])
        changed = today - timedelta(days=rng.randint(10, 330))
        assignment(previous, "primary", case.arrival, changed, "Case opened")
        assignment(
            primary,
            "primary",
            changed,
            None,
            "Caseload balancing",
            "Handover meeting held with the young person.",
        )
    else:
        assignment(primary, "primary", case.arrival, None, "Case opened")
    if len(workers) > 1 and rng.random() < 0.1:
        second = rng.choice([w for w in workers if w != primary])
        start = today - timedelta(days=rng.randint(5, 200))
        assignment(second, "secondary", start, None, "Cover during holidays")


@cache
def _template_items(kind: str, age_group: str, secure_item: str) -> frozenset[str]:
    """The items of a transition's checklist (the default templates: a demo's)."""
    return frozenset(template_for(None, kind, age_group, secure_item))


def _checklist(
    case: DemoCase, implied: Sequence[ImpliedTransition], rows: Rows
) -> dict[str, set[str]]:
    """Ticks on each transition's checklist, about `done_share` of the items.

    The random draws are those of the adults' items of every transition the record
    implies, look-back aside, so a seed gives the same young people whatever the
    templates; a minor's move-out takes the equivalents of its items.
    """
    rng, day, draw = case.rng, case.day, case.rng.random
    share = case.situation.done_share
    ticks = rows.queue(m.ChecklistItemState)
    done: dict[str, set[str]] = {}
    for t in sorted(implied, key=lambda t: (t.due_date, t.kind.value)):
        # One draw per item in the checklist's order; the chosen ones dated in name order.
        drawn = [draw() < share for _key in _ADULT_ITEMS]
        kind, minor = t.kind.value, t.age_group.value == "minor"
        items = _template_items(kind, t.age_group.value, t.secure_item.value)
        done[kind] = kind_done = set()
        for key in [key for index, key in _ADULT_ITEMS_BY_NAME if drawn[index]]:
            done_on = day(-rng.randint(1, 90))
            item = _MINOR_EQUIVALENTS.get(key, key) if minor else key
            if item not in items:
                continue
            kind_done.add(item)
            ticks.append(
                {
                    "case_id": case.cid,
                    "transition_kind": kind,
                    "item_key": item,
                    "done": True,
                    "not_applicable": False,
                    "done_on": done_on,
                    "done_by_id": case.primary,
                }
            )
    return done
