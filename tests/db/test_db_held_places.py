"""Revision 0015: each unit counts the places its offers hold, kept by the database itself."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from datetime import date, timedelta

from alembic import command
from sqlalchemy import Connection, inspect, select, text

from desktop_app.db import migrate
from desktop_app.db.models import Case, HousingUnit
from desktop_app.domain.offers import HOLDING_STATES
from desktop_app.services.actor import Actor
from desktop_app.services.housing import matching, offers
from desktop_app.services.housing import units as housing_units
from desktop_app.services.storage.database import Database

Login = Callable[[str], Actor]
TODAY = date(2026, 3, 16)
RED_CASE = "HW-2026-00001"  # worker's case: turns 18 in three weeks, no housing

HOLDING_SQL = ", ".join(f"'{s.value}'" for s in sorted(HOLDING_STATES, key=lambda s: s.value))


def _wrong_counts(conn: Connection) -> list[tuple[str, int, int]]:
    """Units whose count differs from their offers: (code, counted, held by offers)."""
    return [
        tuple(row)  # type: ignore[misc]
        for row in conn.execute(
            text(
                "SELECT u.code, u.held_places, (SELECT count(*) FROM housing_offers o"
                f" WHERE o.unit_id = u.id AND o.state IN ({HOLDING_SQL})) AS held"
                " FROM housing_units u ORDER BY u.code"
            )
        )
        if row[1] != row[2]
    ]


def _held(db: Database, code: str) -> int:
    with db.engine.connect() as conn:
        return int(
            conn.scalar(text("SELECT held_places FROM housing_units WHERE code = :c"), {"c": code})
        )


def _matches(
    db: Database, actor: Actor, references: list[str]
) -> list[list[tuple[str, int, bool]]]:
    with db.read_session() as session:
        return [
            [
                (m.unit.code, m.score, m.fits)
                for m in matching.match_units(session, actor, reference, audit_read=False)
            ]
            for reference in references
        ]


def test_the_revision_lists_the_same_holding_states_as_the_offers_rules() -> None:
    revision = importlib.import_module(
        "migrations.versions.0015_units_count_the_places_their_offers_hold"
    )
    assert set(revision.HOLDING) == {s.value for s in HOLDING_STATES}


def test_revision_0015_counts_the_places_held_and_matches_the_same(
    demo_db: Database, login: Login
) -> None:
    engine = demo_db.engine
    coordinator = login("coordinator")
    with demo_db.read_session() as session:
        references = list(session.scalars(select(Case.reference).order_by(Case.id).limit(6)))
    before = _matches(demo_db, coordinator, references)
    assert any(before)
    command.downgrade(migrate.alembic_config(engine), "0014")
    with engine.begin() as conn:
        assert "held_places" not in {c["name"] for c in inspect(conn).get_columns("housing_units")}
        held = conn.scalar(
            text(f"SELECT count(*) FROM housing_offers WHERE state IN ({HOLDING_SQL})")
        )
        assert held  # the demo has offers holding places, to be counted
        # An offer accepted while the database was at 0014: no trigger counts it.
        conn.execute(
            text(
                "UPDATE housing_offers SET state = 'accepted' WHERE id ="
                " (SELECT min(id) FROM housing_offers WHERE state = 'proposed')"
            )
        )

    command.upgrade(migrate.alembic_config(engine), "head")

    with engine.connect() as conn:
        assert _wrong_counts(conn) == []
        assert conn.scalar(text("SELECT sum(held_places) FROM housing_units")) == held + 1
    after = _matches(demo_db, coordinator, references)
    # The one offer accepted meanwhile may have filled its unit; nothing else changes.
    accepted_unit_codes = {code for rows in before for code, *_ in rows} - {
        code for rows in after for code, *_ in rows
    }
    assert len(accepted_unit_codes) <= 1
    assert [[row for row in rows if row[0] not in accepted_unit_codes] for rows in before] == after


def test_the_places_held_follow_every_change_of_an_offer(demo_db: Database, login: Login) -> None:
    lead, worker = login("lead"), login("worker")
    with demo_db.session() as s:
        code = housing_units.save_unit(
            s,
            lead,
            {
                "address": "Testvej 3, 1. th.",
                "municipality": "Viborg",
                "unit_type": "social",
                "rooms": 4,
                "places": 1,
                "monthly_rent": 4400,
                "available_from": TODAY - timedelta(days=1),
            },
        ).code
    assert _held(demo_db, code) == 0

    def free_codes() -> set[str]:
        with demo_db.read_session() as s:
            return {u.code for u in matching.available_units(s)}

    assert code in free_codes()
    # Through the services: proposed holds nothing, accepted holds the one place.
    with demo_db.session() as s:
        offer_id = offers.propose_offer(s, worker, RED_CASE, code).id
    assert _held(demo_db, code) == 0
    with demo_db.session() as s:
        offers.move_offer(s, worker, offer_id, "accepted", move_in_date=TODAY + timedelta(days=10))
    assert _held(demo_db, code) == 1
    assert code not in free_codes()
    with demo_db.session() as s:
        offers.move_offer(s, worker, offer_id, "contract_signed")
    assert _held(demo_db, code) == 1
    with demo_db.session() as s:
        offers.move_offer(s, worker, offer_id, "declined", decline_reason="too_far")
    assert _held(demo_db, code) == 0
    assert code in free_codes()

    # Written straight in SQL (an import, a copy, a repair): the database still counts.
    with demo_db.engine.begin() as conn:
        other = conn.scalar(
            text("SELECT min(id) FROM housing_units WHERE code <> :c AND retired = :f"),
            {"c": code, "f": False},
        )
        unit_id = conn.scalar(text("SELECT id FROM housing_units WHERE code = :c"), {"c": code})
        other_held = conn.scalar(
            text("SELECT held_places FROM housing_units WHERE id = :i"), {"i": other}
        )
        conn.execute(
            text("UPDATE housing_offers SET state = 'moved_in' WHERE id = :i"), {"i": offer_id}
        )
        assert _wrong_counts(conn) == []
        conn.execute(
            text("UPDATE housing_offers SET unit_id = :o WHERE id = :i"),
            {"o": other, "i": offer_id},
        )
        assert _wrong_counts(conn) == []
        assert (
            conn.scalar(text("SELECT held_places FROM housing_units WHERE id = :i"), {"i": other})
            == other_held + 1
        )
        conn.execute(
            text("UPDATE housing_offers SET unit_id = :u, state = 'ended' WHERE id = :i"),
            {"u": unit_id, "i": offer_id},
        )
        assert _wrong_counts(conn) == []
        conn.execute(
            text("UPDATE housing_offers SET state = 'accepted' WHERE id = :i"), {"i": offer_id}
        )
        assert _wrong_counts(conn) == []
        conn.execute(text("DELETE FROM housing_offer_events WHERE offer_id = :i"), {"i": offer_id})
        conn.execute(text("DELETE FROM support_instruments WHERE offer_id = :i"), {"i": offer_id})
        conn.execute(text("DELETE FROM housing_offers WHERE id = :i"), {"i": offer_id})
        assert _wrong_counts(conn) == []
        # A new unit holds no place, whatever count it arrives with (a copied row).
        conn.execute(
            text(
                "INSERT INTO housing_units (code, address, municipality, unit_type, rooms,"
                " places, accessible, shared, retired, held_places)"
                " VALUES ('U-COPY-1', 'Kopivej 1', 'Viborg', 'social', 2, 1, :f, :f, :f, 5)"
            ),
            {"f": False},
        )
        assert (
            conn.scalar(text("SELECT held_places FROM housing_units WHERE code = 'U-COPY-1'")) == 0
        )
    assert _held(demo_db, code) == 0
    with demo_db.read_session() as s:
        assert s.scalar(select(HousingUnit.held_places).where(HousingUnit.code == code)) == 0
