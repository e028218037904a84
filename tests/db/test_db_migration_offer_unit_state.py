"""Revision 0014: a unit's offers indexed with their state, and matching ranks the same units."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect, select, text

from desktop_app.db import migrate
from desktop_app.db.models import Case
from desktop_app.services.housing import matching


def _indexes(conn) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    return {i["name"]: i["column_names"] for i in inspect(conn).get_indexes("housing_offers")}


def _matches(demo_db, actor, references):  # type: ignore[no-untyped-def]
    with demo_db.read_session() as session:
        return [
            [
                (m.unit.code, m.score)
                for m in matching.match_units(session, actor, reference, audit_read=False)
            ]
            for reference in references
        ]


def test_revision_0014_indexes_offers_by_unit_and_state_and_matches_the_same(demo_db, login):
    engine = demo_db.engine
    coordinator = login("coordinator")
    with demo_db.read_session() as session:
        references = list(session.scalars(select(Case.reference).order_by(Case.id).limit(5)))
    before = _matches(demo_db, coordinator, references)
    assert any(before)
    command.downgrade(migrate.alembic_config(engine), "0013")
    with engine.connect() as conn:
        indexes = _indexes(conn)
        assert indexes["ix_housing_offers_unit_id"] == ["unit_id"]
        assert "ix_housing_offers_unit_state" not in indexes
        offers = conn.scalar(text("SELECT count(*) FROM housing_offers"))
    assert offers

    command.upgrade(migrate.alembic_config(engine), "0014")

    with engine.connect() as conn:
        indexes = _indexes(conn)
        assert conn.scalar(text("SELECT count(*) FROM housing_offers")) == offers
    assert indexes["ix_housing_offers_unit_state"] == ["unit_id", "state"]
    assert "ix_housing_offers_unit_id" not in indexes
    # (Today's matching reads the places held from revision 0015 on.)
    command.upgrade(migrate.alembic_config(engine), "head")
    assert _matches(demo_db, coordinator, references) == before
