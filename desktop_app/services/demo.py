"""Demo databases: realistic, synthetic, deterministic for a seed, and quick for 100,000 cases.

Rows are built in memory and written with bulk inserts; transitions are
derived from the same in-memory facts with the domain rules.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from desktop_app.db import models as m
from desktop_app.db.engine import advance_id_sequences, refresh_statistics
from desktop_app.domain.checklist import DEFAULT_CHECKLIST, SECURE_ITEMS, template_for
from desktop_app.domain.dates import add_years
from desktop_app.domain.i18n import message as _
from desktop_app.domain.names import fold, skeleton, tokens
from desktop_app.domain.transition_records import derive_transitions
from desktop_app.domain.transitions import (
    CaseFacts,
    Decision,
    OfferFacts,
    PlacementFacts,
    TransitionRules,
)
from desktop_app.services import audit, auth, clock, settings, transitions
from desktop_app.services.actor import SYSTEM
from desktop_app.services.demo_names import (
    ACTIVITIES,
    CONFIDENTIAL_TEXTS,
    COURSES,
    DEMO_PASSWORD,
    DEMO_USERS,
    GOALS,
    NATIVE_SCRIPT_NAMES,
    NOTE_TEXTS,
    ORIGINS,
    PROGRAMMES,
    PROVIDERS,
    STREETS,
    TASK_TITLES,
    TEAMS,
)
from desktop_app.services.errors import HomewardError

GRANTS = ("refugee", "subsidiary", "humanitarian", "temporary")
UNIT_TYPES = ("social", "co_housing", "supported", "private", "student", "host_family")


@dataclass
class _Rows:
    """Rows waiting for a bulk insert, by model."""

    by_model: dict[type, list[dict[str, Any]]] = field(default_factory=dict)
    # The next id of the models whose rows are referred to before they are written.
    next_ids: dict[type, int] = field(default_factory=dict)

    def start_ids(self, session: Session, models: Sequence[type]) -> None:
        for model in models:
            self.next_ids[model] = (session.scalar(select(func.max(model.id))) or 0) + 1  # type: ignore[attr-defined]

    def add(self, model: type, row: dict[str, Any]) -> int | None:
        """Queue a row; a model with an id counter gets its id here, which is returned."""
        if model in self.next_ids and "id" not in row:
            row["id"] = self.next_ids[model]
            self.next_ids[model] += 1
        self.by_model.setdefault(model, []).append(row)
        return row.get("id")

    def flush(self, session: Session, order: Sequence[type]) -> None:
        # Core executemany on the tables: the ORM's bulk path costs several times more.
        connection = session.connection()
        for model in order:
            rows = self.by_model.pop(model, [])
            table = model.__table__  # type: ignore[attr-defined]
            for start in range(0, len(rows), 20000):
                connection.execute(table.insert(), rows[start : start + 20000])


_INSERT_ORDER: tuple[type, ...] = (
    m.Case,
    m.CaseSearchToken,
    m.AgeAssessment,
    m.LegalDecision,
    m.Placement,
    m.WorkerAssignment,
    m.HousingUnit,
    m.HousingOffer,
    m.HousingOfferEvent,
    m.SupportInstrument,
    m.ChecklistItemState,
    m.CourseEnrolment,
    m.EmploymentSupport,
    m.CaseMove,
    m.LifePlanGoal,
    m.Note,
    m.Task,
    m.Contact,
    m.BelongingCheckin,
    m.CommunityActivity,
    m.ConsentRecord,
    m.Transition,
)


@dataclass(frozen=True)
class DemoSummary:
    cases: int
    users: tuple[str, ...]
    teams: tuple[str, ...]
    units: int


def _weighted_origins() -> tuple[list[str], list[int]]:
    codes = list(ORIGINS)
    return codes, [ORIGINS[c][0] for c in codes]


def create_demo(
    session: Session,
    cases: int,
    seed: int = 1,
    progress: Callable[[int, int], None] | None = None,
) -> DemoSummary:
    """Fill an empty, migrated database with demo teams, users, housing and `cases` cases."""
    if cases < 0:
        raise HomewardError(_("The number of cases must be 0 or more."))
    if session.scalar(select(func.count()).select_from(m.User)):
        raise HomewardError(
            _("This database already holds users; a demo is only created in a new database.")
        )
    rng = random.Random(seed)
    today = clock.today()
    now = clock.now()
    settings.put(session, "demo", True)
    settings.put(session, "organisation_name", "Homeward Demo — Youth Transitions Service")

    teams = []
    for name, muni, _municipalities in TEAMS:
        team = m.Team(name=name, municipality=muni, active=True)
        session.add(team)
        teams.append(team)
    session.flush()
    users: dict[str, m.User] = {}
    for username, full_name, role, team_index in DEMO_USERS:
        users[username] = auth.create_user(
            session,
            SYSTEM,
            username,
            full_name,
            role,
            DEMO_PASSWORD,
            teams[team_index] if team_index is not None else None,
            must_change_password=False,
            demo=True,
        )
    workers_by_team: dict[int, list[int]] = {t.id: [] for t in teams}
    for user in users.values():
        if user.role == "social_worker" and user.team_id is not None:
            workers_by_team[user.team_id].append(user.id)
    lead_by_team = {u.team_id: u.id for u in users.values() if u.role == "team_lead"}

    unit_ids, unit_rooms, tenancy = _housing(
        session, rng, today, max(30, min(5000, cases // 20 + 30))
    )
    course_ids = _courses(session, today)

    codes, weights = _weighted_origins()
    rows = _Rows()
    inputs: dict[int, transitions.CaseInputs] = {}
    next_id = (session.scalar(select(func.max(m.Case.id))) or 0) + 1
    offer_id = (session.scalar(select(func.max(m.HousingOffer.id))) or 0) + 1
    team_ids = [t.id for t in teams]
    team_munis = {t.id: TEAMS[i][2] for i, t in enumerate(teams)}
    rows.start_ids(session, (m.LegalDecision, m.Placement))
    rules = settings.transition_rules(session)
    templates = settings.checklist_templates(session)
    history = random.Random(seed + 1)
    for n in range(cases):
        cid = next_id + n
        scenario = n if n < 12 else None
        team_id = team_ids[n % len(team_ids)] if n >= 12 else team_ids[0 if n < 8 else 1]
        workers = workers_by_team[team_id]
        # The first cases give `worker` a caseload where every risk level shows.
        primary = (
            users["worker"].id
            if n < 8
            else (users["worker2"].id if n < 12 else rng.choice(workers))
        )
        offer_id = _one_case(
            rows,
            inputs,
            rng,
            today,
            now,
            cid,
            scenario,
            team_id,
            team_munis[team_id],
            primary,
            workers,
            lead_by_team.get(team_id),
            codes,
            weights,
            unit_ids,
            unit_rooms,
            tenancy,
            course_ids,
            offer_id,
        )
        if (n + 1) % 5000 == 0 or n + 1 == cases:
            _finish_batch(session, rows, inputs, rules, templates, today, history)
            if progress:
                progress(n + 1, cases)
    settings.put(session, "derived_as_of", today.isoformat())
    settings.put(session, "transition_records_version", transitions.RECORDS_VERSION)
    # The cases, offers and units went in with ids of their own.
    advance_id_sequences(session.connection())
    refresh_statistics(session.connection())
    audit.record(session, SYSTEM, "demo_created", detail={"cases": cases, "seed": seed})
    return DemoSummary(
        cases=cases,
        users=tuple(users),
        teams=tuple(t.name for t in teams),
        units=session.scalar(select(func.count()).select_from(m.HousingUnit)) or 0,
    )


def _finish_batch(
    session: Session,
    rows: _Rows,
    inputs: dict[int, transitions.CaseInputs],
    rules: Any,
    templates: Any,
    today: date,
    history: random.Random,
) -> None:
    next_by_case: dict[int, dict[str, Any]] = {}
    workers = {row["id"]: row["primary_worker_id"] for row in rows.by_model.get(m.Case, [])}
    for cid, case_inputs in inputs.items():
        new_rows, nxt = transitions.new_case_rows(cid, case_inputs, rules, templates, today)
        for row in new_rows:
            if case_inputs.facts.created_on is not None and case_inputs.facts.created_on < today:
                _past_outcome(row, history, today, workers.get(cid))
            rows.add(m.Transition, row)
        candidates = [
            transitions.NextTransition(
                r["kind"], r["due_date"], r["readiness"], r["housing_secured"], r["uncertain"]
            )
            for r in new_rows
            if r["status"] == "open"
        ]
        next_by_case[cid] = transitions.next_values(
            transitions.pick_next(candidates, today, rules) if nxt is not None else None
        )
    for row in rows.by_model.get(m.Case, []):
        row.update(next_by_case[row["id"]])
    rows.flush(session, _INSERT_ORDER)
    inputs.clear()


# The items ticked by hand on an adult's checklist, and what stands for them on a minor's.
_ADULT_ITEMS = tuple(k for k in DEFAULT_CHECKLIST if k not in SECURE_ITEMS)
_MINOR_EQUIVALENTS = {
    "guardian_aftercare": "guardian_appointed",
    "education_employment_plan": "school_place",
}

# What became of the transitions of the demo's history that passed without housing: most
# have their outcome recorded by the worker; some still wait for it (the board shows them).
_PAST_OUTCOMES = (
    ("housed_late", 34),
    ("stayed_in_care", 24),
    ("moved_elsewhere", 14),
    ("no_housing", 7),
    ("lost_contact", 5),
    (None, 16),
)
_RECEIVING = ("Aarhus Kommune", "Vejle Kommune", "Odense Kommune", "After-care service Kompasset")


def _past_outcome(
    row: dict[str, Any], rng: random.Random, today: date, worker_id: int | None
) -> None:
    """Date the demo's history: what was housed on time resolved itself the next day; most past,
    unhoused transitions have the outcome their worker recorded."""
    due = row["due_date"]
    if row["outcome"] == "housed_on_time":
        row["resolved_on"] = due + timedelta(days=1)  # the rules saw it the next day
        return
    if row["status"] != "open" or due >= today - timedelta(days=14):
        return
    outcome = rng.choices([o for o, _w in _PAST_OUTCOMES], [w for _o, w in _PAST_OUTCOMES])[0]
    if outcome is None:
        return
    resolved_on = min(today, due + timedelta(days=rng.randint(1, 45)))
    began = None
    if outcome == "housed_late":
        began = min(resolved_on, due + timedelta(days=rng.randint(1, 40)))
    row.update(
        status="resolved",
        outcome=outcome,
        outcome_note=rng.choice(_RECEIVING) if outcome == "moved_elsewhere" else None,
        housing_began=began,
        resolved_on=resolved_on,
        resolved_by_id=worker_id,
        resolved_automatically=False,
    )


def _housing(
    session: Session, rng: random.Random, today: date, count: int
) -> tuple[list[int], dict[int, int], _TenancyUnits]:
    """Providers and `count` units; returns the unit ids, their rooms, and the maker of
    the units demo tenancies live in."""
    providers = []
    for name, kind in PROVIDERS:
        provider = m.HousingProvider(
            name=name,
            provider_type=kind,
            contact_name=rng.choice(
                ["Lone Madsen", "Bo Kristensen", "Mette Vestergaard", "Ulla Dam"]
            ),
            phone=f"+45 {rng.randint(20, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
            email=f"udlejning@{fold(name).replace(' ', '')[:18]}.example",
            active=True,
        )
        session.add(provider)
        providers.append(provider)
    session.flush()
    type_for_provider = {
        "social_housing": ("social", "student"),
        "private_landlord": ("private",),
        "rental_agency": ("private", "social"),
        "co_housing": ("co_housing",),
        "host_family": ("host_family",),
        "supported_housing": ("supported",),
    }
    munis = sorted({mu for _, _, ms in TEAMS for mu in ms})
    unit_rows = []
    rooms_by_id: dict[int, int] = {}
    first_id = (session.scalar(select(func.max(m.HousingUnit.id))) or 0) + 1
    for i in range(count):
        provider = providers[i % len(providers)]
        unit_type = (
            UNIT_TYPES[i % len(UNIT_TYPES)]
            if i < len(UNIT_TYPES)
            else rng.choice(type_for_provider[provider.provider_type])
        )
        rooms = 1 if unit_type in ("student", "host_family") else rng.choice([1, 1, 2, 2, 3, 4])
        shared = unit_type in ("co_housing", "supported")
        uid = first_id + i
        rooms_by_id[uid] = rooms
        unit_rows.append(
            {
                "id": uid,
                "code": f"U-{uid:05d}",
                "provider_id": provider.id,
                "address": f"{rng.choice(STREETS)} {rng.randint(1, 140)}, {rng.randint(1, 4)}. tv",
                "municipality": rng.choice(munis),
                "unit_type": unit_type,
                "rooms": rooms,
                "places": rng.choice([3, 4, 5]) if shared else 1,
                "floor_area": 18 + rooms * rng.randint(16, 26),
                "monthly_rent": 2800 + rooms * rng.randint(1200, 2600),
                "available_from": today + timedelta(days=rng.randint(-60, 150)),
                "available_until": None,
                "accessible": rng.random() < 0.2,
                "shared": shared,
                "notes": None,
                "retired": False,
            }
        )
    session.execute(insert(m.HousingUnit), unit_rows)
    next_id = _matching_stock(session, providers, munis, today, first_id + count)
    tenancy = _TenancyUnits(next_id, {p.provider_type: p.id for p in reversed(providers)})
    return list(rooms_by_id), rooms_by_id, tenancy


PROVIDER_FOR_UNIT_TYPE = {
    "social": "social_housing",
    "student": "social_housing",
    "private": "private_landlord",
    "co_housing": "co_housing",
    "supported": "supported_housing",
    "host_family": "host_family",
}


@dataclass
class _TenancyUnits:
    """The home of each demo offer that holds a place (accepted, signed, moved in).

    Each such offer gets a unit of its own, so no unit is ever overfilled and the
    drawn stock stays free for matching however many cases a demo has. Built
    without random draws, so the rest of the demo stays the same for a seed.
    """

    next_id: int
    provider_by_kind: dict[str, int]

    def unit_for(self, rows: _Rows, cid: int, municipality: str, available_from: date) -> int:
        uid = self.next_id
        self.next_id += 1
        unit_type = UNIT_TYPES[cid % len(UNIT_TYPES)]
        shared = unit_type in ("co_housing", "supported")
        rooms = 1 if shared or unit_type in ("student", "host_family") else 1 + cid % 3
        rows.add(
            m.HousingUnit,
            {
                "id": uid,
                "code": f"U-{uid:05d}",
                "provider_id": self.provider_by_kind[PROVIDER_FOR_UNIT_TYPE[unit_type]],
                "address": f"{STREETS[cid % len(STREETS)]} {cid % 140 + 1}, {cid % 4 + 1}. th",
                "municipality": municipality,
                "unit_type": unit_type,
                "rooms": rooms,
                "places": 1,  # a room of its own, also in a shared home
                "floor_area": 18 + rooms * 22,
                "monthly_rent": 2800 + rooms * 1500,
                "available_from": available_from,
                "available_until": None,
                "accessible": cid % 7 == 0,
                "shared": shared,
                "notes": None,
                "retired": False,
            },
        )
        return uid


def _matching_stock(
    session: Session,
    providers: Sequence[m.HousingProvider],
    munis: Sequence[str],
    today: date,
    first_id: int,
) -> int:
    """In every municipality a family-sized social flat and a shared place, free now.

    So a demo case in a hurry (like the first one, turning 18 within weeks with
    family expected) has a unit that fits. Built without random draws and kept
    out of the units the demo offers are drawn from, so every other demo value
    for a seed stays the same.
    """
    by_kind = {p.provider_type: p.id for p in reversed(providers)}
    rows = []
    uid = first_id
    for muni in munis:
        for unit_type, rooms, places, rent, street in (
            ("social", 4, 1, 4200, "Fælledvej"),
            ("co_housing", 1, 4, 2900, "Fællesgården"),
        ):
            rows.append(
                {
                    "id": uid,
                    "code": f"U-{uid:05d}",
                    "provider_id": by_kind[
                        "social_housing" if unit_type == "social" else "co_housing"
                    ],
                    "address": f"{street} {uid % 90 + 2}, st.",
                    "municipality": muni,
                    "unit_type": unit_type,
                    "rooms": rooms,
                    "places": places,
                    "floor_area": 30 + rooms * 20,
                    "monthly_rent": rent,
                    "available_from": today - timedelta(days=7),
                    "available_until": None,
                    "accessible": True,
                    "shared": places > 1,
                    "notes": "Kept for young people leaving care (municipal agreement).",
                    "retired": False,
                }
            )
            uid += 1
    session.execute(insert(m.HousingUnit), rows)
    return uid


def _courses(session: Session, today: date) -> list[int]:
    ids = []
    for i, (name, provider, level) in enumerate(COURSES):
        course = m.LanguageCourse(
            name=name,
            provider=provider,
            language="da",
            cefr_level=level,
            municipality=TEAMS[i % len(TEAMS)][1],
            start_date=today - timedelta(days=120 - i * 20),
            end_date=today + timedelta(days=200 + i * 10),
            hours_per_week=[6, 9, 12, 15][i % 4],
            places=20,
        )
        session.add(course)
        session.flush()
        ids.append(course.id)
    return ids


def _ended_offer(
    rows: _Rows,
    offers: list[OfferFacts],
    cid: int,
    unit_ids: list[int],
    moved_in: date,
    now: Any,
    user_id: int,
    offer_id: int,
) -> int:
    """An earlier tenancy that ended the day before the current one began (no random draws,
    so every other demo value stays the same for a seed)."""
    start = moved_in - timedelta(days=400)
    rows.add(
        m.HousingOffer,
        {
            "id": offer_id,
            "case_id": cid,
            "unit_id": unit_ids[cid % len(unit_ids)],
            "state": "ended",
            "proposed_on": start - timedelta(days=30),
            "move_in_date": start,
            "end_date": moved_in - timedelta(days=1),
            "decline_reason": None,
            "decline_note": None,
            "version": 1,
        },
    )
    previous = None
    for step in ("proposed", "accepted", "contract_signed", "moved_in", "ended"):
        rows.add(
            m.HousingOfferEvent,
            {
                "offer_id": offer_id,
                "from_state": previous,
                "to_state": step,
                "at": now,
                "user_id": user_id,
                "note": "Tenancy ended: moved on" if step == "ended" else None,
            },
        )
        previous = step
    offers.append(OfferFacts("ended", start))
    return offer_id + 1


# Hand-made first cases: (days until the 18th birthday, decision, days since decision,
# placement, offer state or None, share of checklist done, in after-care)
_SCENARIOS: tuple[tuple[int, str, int | None, str, str | None, float, bool], ...] = (
    (20, "pending", None, "residential", None, 0.3, False),  # red: turns 18 in 3 weeks, no housing
    (
        -400,
        "refugee",
        5,
        "reception",
        "accepted",
        0.5,
        False,
    ),  # amber: move-out secured, half ready
    (75, "subsidiary", 300, "foster", None, 0.9, False),  # green: 75 days, 90 % ready
    (-200, "refugee", 70, "reception", None, 0.2, False),  # red: move-out overdue
    (60, "humanitarian", 200, "supported", "viewing", 0.4, False),  # amber: 60 days, 40 %
    (-900, "temporary", 400, "own_tenancy", "moved_in", 0.8, True),  # after-care ending
    (300, "pending", None, "foster", None, 0.1, False),  # green: far ahead
    (45, "rejected", 100, "residential", "proposed", 0.6, False),  # amber
    (25, "refugee", 150, "supported", "contract_signed", 0.7, False),  # secured before 18
    (-30, "appeal", 60, "residential", None, 0.2, False),  # red: overdue
    (100, "refugee", 12, "reception", None, 0.3, False),  # red: move-out in 16 days
    (500, "subsidiary", 500, "foster", None, 0.5, False),
)


def _one_case(
    rows: _Rows,
    inputs: dict[int, transitions.CaseInputs],
    rng: random.Random,
    today: date,
    now: Any,
    cid: int,
    scenario: int | None,
    team_id: int,
    municipalities: Sequence[str],
    primary: int,
    workers: Sequence[int],
    lead_id: int | None,
    codes: list[str],
    weights: list[int],
    unit_ids: list[int],
    unit_rooms: dict[int, int],
    tenancy: _TenancyUnits,
    course_ids: list[int],
    offer_id: int,
) -> int:
    origin = rng.choices(codes, weights)[0]
    _, langs, male, female, family = ORIGINS[origin]
    sex = (
        rng.choice(("male", "male", "male", "female", "female"))
        if origin != "UA"
        else rng.choice(("male", "female"))
    )
    given = rng.choice(male if sex == "male" else female)
    family_name = rng.choice(family)
    preferred = NATIVE_SCRIPT_NAMES.get(given) if rng.random() < 0.15 else None

    if scenario is not None:
        (
            days_to_18,
            decision_type,
            since_decision,
            placement_type,
            offer_state,
            done_share,
            aftercare,
        ) = _SCENARIOS[scenario]
        precision = ("exact", "year", "exact", "month", "assessed", "exact")[scenario % 6]
        if precision in ("year", "month"):
            precision = "exact"  # keep the hand-made dates exactly as planned
    else:
        days_to_18 = rng.randint(-4 * 365, 3 * 365)
        precision = rng.choices(("exact", "month", "year", "assessed"), (70, 10, 10, 10))[0]
        roll = rng.random()
        if roll < 0.15:
            decision_type, since_decision = "pending", None
        elif roll < 0.25:
            decision_type, since_decision = rng.choice(GRANTS), rng.randint(0, 70)
        elif roll < 0.75:
            decision_type, since_decision = rng.choice(GRANTS), rng.randint(71, 900)
        elif roll < 0.88:
            decision_type, since_decision = "rejected", rng.randint(10, 700)
        else:
            decision_type, since_decision = "appeal", rng.randint(10, 400)
        age_now = 18 - days_to_18 / 365.25
        if decision_type in GRANTS and since_decision is not None and since_decision <= 70:
            placement_type = "reception"
        elif age_now >= 18:
            placement_type = rng.choice(
                ("supported", "own_tenancy", "residential", "other", "reception")
            )
        else:
            placement_type = rng.choice(
                ("foster", "residential", "residential", "supported", "reception")
            )
        offer_state = None
        if days_to_18 < 200 or placement_type == "reception":
            offer_state = rng.choice(
                (
                    None,
                    None,
                    "proposed",
                    "viewing",
                    "accepted",
                    "declined",
                    "contract_signed",
                    "moved_in",
                )
            )
        done_share = rng.random()
        aftercare = age_now >= 18 and placement_type != "reception" and rng.random() < 0.5

    birth18 = today + timedelta(days=days_to_18)
    dob = add_years(birth18, -18)
    stored_dob = dob
    if precision == "month":
        stored_dob = dob.replace(day=1)
    elif precision == "year":
        stored_dob = date(dob.year, 1, 1)
    status = "closed" if scenario is None and rng.random() < 0.03 else "open"
    arrival = today - timedelta(days=rng.randint(200, 1600))
    muni = rng.choice(list(municipalities))
    # Opened when the young person arrived, so the record has a history; the hand-made
    # scenarios are opened today, so they show only what they were made to show.
    opened = now if scenario is not None else datetime.combine(arrival, time(9, 0))
    all_names = " ".join(filter(None, [given, family_name, preferred]))
    rows.add(
        m.Case,
        {
            "id": cid,
            "reference": f"HW-{today.year}-{cid:05d}"
            if cid < 100000
            else f"HW-{today.year}-{cid:06d}",
            "given_name": given,
            "family_name": family_name,
            "preferred_name": preferred,
            "search_text": fold(all_names),
            "sort_name": fold(f"{family_name} {given}"),
            "date_of_birth": stored_dob,
            "dob_precision": precision,
            "sex": sex,
            "nationality": origin,
            "country_of_origin": origin,
            "languages": ";".join(langs),
            "interpreter_needed": rng.random() < 0.6,
            "interpreter_language": langs[0],
            "arrival_date": arrival,
            "unaccompanied": rng.random() < 0.85,
            "legal_guardian": "Red Cross guardian service" if days_to_18 > 0 else None,
            "external_references": f"SIS-{rng.randint(1000000, 9999999)}",
            "status": status,
            "closed_reason": "Moved to another municipality" if status == "closed" else None,
            "closed_on": today - timedelta(days=rng.randint(1, 300))
            if status == "closed"
            else None,
            "in_aftercare": aftercare,
            "family_reunification_members": rng.choices((0, 1, 2, 3, 4), (60, 12, 12, 10, 6))[0],
            "monthly_housing_budget": rng.choice((4000, 4500, 5000, 5500, 6000, 7000)),
            "preferred_municipalities": muni,
            "needs_accessible_housing": rng.random() < 0.05,
            "team_id": team_id,
            "anonymised": False,
            "primary_worker_id": primary,
            "created_at": opened,
            "updated_at": now,
            "version": 1,
        },
    )
    for tok in sorted(set(tokens(all_names))):
        rows.add(m.CaseSearchToken, {"case_id": cid, "token": tok, "skeleton": skeleton(tok)})
    if precision == "assessed":
        rows.add(
            m.AgeAssessment,
            {
                "case_id": cid,
                "assessed_on": arrival + timedelta(days=60),
                "assessed_by": "Municipal age assessment team",
                "method": "Holistic assessment interview",
                "previous_date_of_birth": stored_dob
                + timedelta(days=rng.choice((-400, -200, 180, 365))),
                "previous_precision": "year",
                "new_date_of_birth": stored_dob,
                "note": None,
            },
        )
    decisions: list[Decision] = []
    decision_date = today - timedelta(days=since_decision) if since_decision is not None else None
    permit = None
    if decision_type in GRANTS and decision_date is not None:
        permit = decision_date + timedelta(
            days=rng.choice((365, 730, 1095, 1825)) if scenario is None else 1825
        )
    decision_id = rows.add(
        m.LegalDecision,
        {
            "case_id": cid,
            "application_date": arrival + timedelta(days=14),
            "decision_type": decision_type,
            "decision_date": decision_date,
            "permit_expiry": permit,
            "authority_reference": f"IS-{rng.randint(100000, 999999)}",
            "note": None,
        },
    )
    decisions.append(Decision(decision_type, decision_date, permit, decision_id or 0))
    placements: list[PlacementFacts] = []
    start = arrival + timedelta(days=rng.randint(0, 30))
    planned_end = None
    if placement_type in ("foster", "residential") and rng.random() < 0.5:
        planned_end = birth18 if birth18 > today else today + timedelta(days=rng.randint(20, 300))
    if placement_type != "reception" and rng.random() < 0.6:
        ended = start + timedelta(days=90)
        placement_id = rows.add(
            m.Placement,
            {
                "case_id": cid,
                "placement_type": "reception",
                "name": "Reception centre Jelling",
                "address": None,
                "municipality": "Vejle",
                "start_date": arrival,
                "planned_end_date": None,
                "end_date": ended,
            },
        )
        placements.append(PlacementFacts(placement_id or 0, "reception", arrival, None, ended))
        start = start + timedelta(days=90)
    placement_id = rows.add(
        m.Placement,
        {
            "case_id": cid,
            "placement_type": placement_type,
            "name": {
                "reception": "Reception centre Jelling",
                "foster": "Foster family",
                "residential": "Youth home Solsikken",
                "supported": "Supported housing Kompasset",
                "own_tenancy": "Own apartment",
                "other": "Friend's home",
            }[placement_type],
            "address": None,
            "municipality": "Vejle" if placement_type == "reception" else muni,
            "start_date": min(start, today),
            "planned_end_date": planned_end,
            "end_date": None,
        },
    )
    placements.append(
        PlacementFacts(placement_id or 0, placement_type, min(start, today), planned_end)
    )
    # Workers: some cases changed hands in the last year.
    if len(workers) > 1 and scenario is None and rng.random() < 0.25:
        previous = rng.choice([w for w in workers if w != primary])
        changed = today - timedelta(days=rng.randint(10, 330))
        rows.add(
            m.WorkerAssignment,
            {
                "case_id": cid,
                "user_id": previous,
                "role": "primary",
                "start_date": arrival,
                "end_date": changed,
                "reason": "Case opened",
                "handover_note": None,
                "created_at": now,
            },
        )
        rows.add(
            m.WorkerAssignment,
            {
                "case_id": cid,
                "user_id": primary,
                "role": "primary",
                "start_date": changed,
                "end_date": None,
                "reason": "Caseload balancing",
                "handover_note": "Handover meeting held with the young person.",
                "created_at": now,
            },
        )
    else:
        rows.add(
            m.WorkerAssignment,
            {
                "case_id": cid,
                "user_id": primary,
                "role": "primary",
                "start_date": arrival,
                "end_date": None,
                "reason": "Case opened",
                "handover_note": None,
                "created_at": now,
            },
        )
    if len(workers) > 1 and rng.random() < 0.1:
        second = rng.choice([w for w in workers if w != primary])
        rows.add(
            m.WorkerAssignment,
            {
                "case_id": cid,
                "user_id": second,
                "role": "secondary",
                "start_date": today - timedelta(days=rng.randint(5, 200)),
                "end_date": None,
                "reason": "Cover during holidays",
                "handover_note": None,
                "created_at": now,
            },
        )

    # Housing offers.
    offers: list[OfferFacts] = []
    if offer_state is not None:
        household = 1
        unit = rng.choice(unit_ids)
        if unit_rooms[unit] < household:
            unit = unit_ids[0]
        soon = birth18 if 0 < days_to_18 < 400 else today + timedelta(days=rng.randint(10, 120))
        move_in = None
        if scenario is not None and offer_state in ("accepted", "contract_signed"):
            move_in = today + timedelta(days=5)
        elif offer_state in ("accepted", "contract_signed", "moved_in"):
            move_in = (
                soon - timedelta(days=rng.randint(1, 20))
                if offer_state != "moved_in"
                else today - timedelta(days=rng.randint(5, 200))
            )
        if move_in is not None:
            unit = tenancy.unit_for(rows, cid, muni, move_in - timedelta(days=14))
        rows.add(
            m.HousingOffer,
            {
                "id": offer_id,
                "case_id": cid,
                "unit_id": unit,
                "state": offer_state,
                "proposed_on": today - timedelta(days=rng.randint(5, 60)),
                "move_in_date": move_in,
                "end_date": None,
                "decline_reason": "too_far" if offer_state == "declined" else None,
                "decline_note": None,
                "version": 1,
            },
        )
        path = ["proposed", "viewing", "accepted", "contract_signed", "moved_in"]
        trail = (
            ["proposed", "viewing", "declined"]
            if offer_state == "declined"
            else path[: path.index(offer_state) + 1]
        )
        previous_state = None
        for step in trail:
            rows.add(
                m.HousingOfferEvent,
                {
                    "offer_id": offer_id,
                    "from_state": previous_state,
                    "to_state": step,
                    "at": now,
                    "user_id": primary,
                    "note": None,
                },
            )
            previous_state = step
        if offer_state in ("accepted", "contract_signed", "moved_in") and rng.random() < 0.5:
            rows.add(
                m.SupportInstrument,
                {
                    "offer_id": offer_id,
                    "kind": rng.choice(
                        ("rent_subsidy", "deposit_guarantee", "rent_guarantee", "intermediation")
                    ),
                    "amount": rng.choice((1500, 3000, 9000, 12000)),
                    "start_date": move_in,
                    "end_date": None,
                    "provided_by": "Aarhus Kommune",
                    "note": None,
                },
            )
        offers.append(OfferFacts(offer_state, move_in))
        offer_id += 1
        if offer_state == "moved_in" and move_in is not None and cid % 2 == 0:
            offer_id = _ended_offer(rows, offers, cid, unit_ids, move_in, now, primary, offer_id)

    facts = CaseFacts(
        date_of_birth=stored_dob,
        dob_precision=precision,
        is_open=status == "open",
        in_aftercare=aftercare,
        decisions=tuple(decisions),
        placements=tuple(placements),
        offers=tuple(offers),
        created_on=opened.date(),
    )
    # Checklist ticks for each transition the case has. The random draws are those of the
    # adults' items of every transition the record implies, look-back aside, so a seed gives
    # the same young people as before; a minor's move-out takes the equivalents of its items.
    done: dict[str, set[str]] = {}
    for t in derive_transitions(replace(facts, created_on=None), TransitionRules()):
        chosen = {k for k in _ADULT_ITEMS if rng.random() < done_share}
        items = set(template_for(None, t.kind.value, t.age_group.value, t.secure_item.value))
        done[t.kind.value] = set()
        for key in sorted(chosen):
            done_on = today - timedelta(days=rng.randint(1, 90))
            item = _MINOR_EQUIVALENTS.get(key, key) if t.age_group.value == "minor" else key
            if item not in items:
                continue
            done[t.kind.value].add(item)
            rows.add(
                m.ChecklistItemState,
                {
                    "case_id": cid,
                    "transition_kind": t.kind.value,
                    "item_key": item,
                    "done": True,
                    "not_applicable": False,
                    "done_on": done_on,
                    "done_by_id": primary,
                },
            )
    inputs[cid] = transitions.CaseInputs(facts=facts, checklist_done=done, checklist_na={})

    if rng.random() < 0.55:
        rows.add(
            m.CourseEnrolment,
            {
                "case_id": cid,
                "course_id": rng.choice(course_ids),
                "start_date": today - timedelta(days=rng.randint(10, 300)),
                "end_date": None,
                "status": rng.choice(("active", "active", "completed", "planned", "dropped")),
                "attendance_percent": rng.randint(40, 100),
                "certificate": None,
            },
        )
    if rng.random() < 0.45:
        kind, org = rng.choice(PROGRAMMES)
        rows.add(
            m.EmploymentSupport,
            {
                "case_id": cid,
                "programme_type": kind,
                "organisation": org,
                "start_date": today - timedelta(days=rng.randint(10, 400)),
                "end_date": None,
                "status": rng.choice(("active", "active", "completed", "planned")),
                "outcome": None,
            },
        )
    if rng.random() < 0.08:
        rows.add(
            m.CaseMove,
            {
                "case_id": cid,
                "kind": rng.choice(("school_change", "municipality_transfer")),
                "moved_on": today - timedelta(days=rng.randint(10, 500)),
                "from_place": rng.choice(list(municipalities)),
                "to_place": muni,
                "worker_continued": rng.random() < 0.7,
                "note": None,
            },
        )
    for domain, goal in rng.sample(GOALS, rng.randint(1, 3)):
        rows.add(
            m.LifePlanGoal,
            {
                "case_id": cid,
                "domain": domain,
                "goal": goal,
                "target_date": today + timedelta(days=rng.randint(30, 500)),
                "status": rng.choice(("open", "in_progress", "in_progress", "achieved")),
            },
        )
    for _ in range(rng.randint(1, 3)):
        confidential = rng.random() < 0.12
        rows.add(
            m.Note,
            {
                "case_id": cid,
                "author_id": primary,
                "note_date": today - timedelta(days=rng.randint(0, 200)),
                "kind": rng.choice(("meeting", "phone", "home_visit")),
                "text": rng.choice(CONFIDENTIAL_TEXTS if confidential else NOTE_TEXTS),
                "confidential": confidential,
                "created_at": now,
            },
        )
    for _ in range(rng.randint(0, 2)):
        due = today + timedelta(days=rng.randint(-10, 30))
        done_at = now if rng.random() < 0.3 else None
        rows.add(
            m.Task,
            {
                "case_id": cid,
                "owner_id": primary,
                "title": rng.choice(TASK_TITLES),
                "due_date": due,
                "done_at": done_at,
                "created_at": now,
            },
        )
    rows.add(
        m.Contact,
        {
            "case_id": cid,
            "name": rng.choice(("Lise Mortensen", "Ahmad Nazari", "Birgit Poulsen", "Kasper Holm")),
            "relation": rng.choice(("guardian", "mentor", "teacher", "after-care contact")),
            "organisation": rng.choice(("Red Cross", "Youth mentor network", "Aarhus Tech", None)),
            "phone": f"+45 {rng.randint(20, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
            "email": None,
        },
    )
    if rng.random() < 0.35:
        for months in (6, 3, 0):
            rows.add(
                m.BelongingCheckin,
                {
                    "case_id": cid,
                    "checkin_date": today - timedelta(days=months * 30 + rng.randint(0, 10)),
                    "feels_safe": rng.randint(2, 5),
                    "part_of_neighbourhood": rng.randint(1, 5),
                    "people_to_turn_to": rng.randint(1, 5),
                    "takes_part_in_activities": rng.randint(1, 5),
                    "note": None,
                },
            )
    if rng.random() < 0.25:
        kind, name = rng.choice(ACTIVITIES)
        rows.add(
            m.CommunityActivity,
            {
                "case_id": cid,
                "kind": kind,
                "name": name,
                "start_date": today - timedelta(days=rng.randint(10, 400)),
                "end_date": None,
            },
        )
    rows.add(
        m.ConsentRecord,
        {
            "case_id": cid,
            "purpose": "Share information with the next worker and team",
            "recipient": "internal",
            "given_on": arrival + timedelta(days=30),
            "recorded_by_id": primary,
            "withdrawn_on": None,
            "note": None,
        },
    )
    if rng.random() < 0.5:
        rows.add(
            m.ConsentRecord,
            {
                "case_id": cid,
                "purpose": "Share housing needs with the municipality housing office",
                "recipient": "municipality",
                "given_on": arrival + timedelta(days=60),
                "recorded_by_id": primary,
                "withdrawn_on": None,
                "note": None,
            },
        )
    return offer_id
