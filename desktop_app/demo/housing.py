"""The demo housing stock: providers, units drawn at random, a few kept free for matching, and
a unit of its own for every demo offer that holds a place."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from desktop_app.db import models as m
from desktop_app.demo.names import PROVIDERS, STREETS, TEAMS
from desktop_app.demo.rows import Rows
from desktop_app.domain.names import fold

UNIT_TYPES = ("social", "co_housing", "supported", "private", "student", "host_family")

PROVIDER_FOR_UNIT_TYPE = {
    "social": "social_housing",
    "student": "social_housing",
    "private": "private_landlord",
    "co_housing": "co_housing",
    "supported": "supported_housing",
    "host_family": "host_family",
}


@dataclass
class TenancyUnits:
    """The home of each demo offer that holds a place (accepted, signed, moved in).

    Each such offer gets a unit of its own, so no unit is ever overfilled and the
    drawn stock stays free for matching however many cases a demo has. Built
    without random draws, so the rest of the demo stays the same for a seed.
    """

    next_id: int
    provider_by_kind: dict[str, int]

    def unit_for(self, rows: Rows, cid: int, municipality: str, available_from: Any) -> int:
        """A new unit for `cid`'s tenancy; `available_from` as the rows hold a date."""
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


@dataclass(frozen=True)
class HousingStock:
    unit_ids: list[int]  # the drawn units demo offers are proposed from
    unit_rooms: dict[int, int]
    tenancy: TenancyUnits


def create_housing_stock(
    session: Session, rng: random.Random, today: date, count: int
) -> HousingStock:
    """Providers and `count` units drawn at random, then the units kept free for matching."""
    providers = _providers(session, rng)
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
    tenancy = TenancyUnits(next_id, {p.provider_type: p.id for p in reversed(providers)})
    return HousingStock(list(rooms_by_id), rooms_by_id, tenancy)


def _providers(session: Session, rng: random.Random) -> list[m.HousingProvider]:
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
    return providers


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
