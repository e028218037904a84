"""units count the places their offers hold

Finding the units with a free place (every match of a case, the Housing tab)
counted, for each of 33,000 units on the 100,000-case demo, the offers that
hold one of its places (accepted, contract signed, moved in): 28,000 offers
grouped by unit, about 45 ms, each time a case's Housing tab was opened.

`housing_units.held_places` is that count, kept by the database itself: triggers
on `housing_offers` add one when an offer comes to hold a place and take one
away when it stops holding it (its state changes, it moves to another unit, it
is deleted), whoever writes it — the services, the import, the demo's bulk
inserts, a copy into PostgreSQL. A new unit holds no place (its offers can only
come after it), so a copied unit's count starts again from nought and its copied
offers count it up. `ix_housing_units_free` lists the units that are not retired
and have a place free, so matching reads those alone.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07 06:30:00
"""

import sqlalchemy as sa
from alembic import op

from desktop_app.db.engine import refresh_statistics

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

# The offer states that hold one of a unit's places (domain.offers.HOLDING_STATES as of
# this revision; a test keeps the two the same).
HOLDING = ("accepted", "contract_signed", "moved_in")
_HOLDING_SQL = ", ".join(f"'{state}'" for state in HOLDING)

# As the matching query words it on each database (SQLite uses a partial index only for
# a query whose conditions contain the index's, term for term).
FREE_WHERE_SQLITE = "retired = 0 AND places > held_places"
FREE_WHERE_POSTGRESQL = "retired = false AND places > held_places"

_SQLITE_TRIGGERS = (
    f"""
    CREATE TRIGGER trg_housing_offers_hold_insert AFTER INSERT ON housing_offers
    WHEN NEW.state IN ({_HOLDING_SQL})
    BEGIN
        UPDATE housing_units SET held_places = held_places + 1 WHERE id = NEW.unit_id;
    END
    """,
    f"""
    CREATE TRIGGER trg_housing_offers_hold_delete AFTER DELETE ON housing_offers
    WHEN OLD.state IN ({_HOLDING_SQL})
    BEGIN
        UPDATE housing_units SET held_places = held_places - 1 WHERE id = OLD.unit_id;
    END
    """,
    f"""
    CREATE TRIGGER trg_housing_offers_hold_release AFTER UPDATE OF state, unit_id ON housing_offers
    WHEN OLD.state IN ({_HOLDING_SQL})
         AND (NEW.state NOT IN ({_HOLDING_SQL}) OR NEW.unit_id IS NOT OLD.unit_id)
    BEGIN
        UPDATE housing_units SET held_places = held_places - 1 WHERE id = OLD.unit_id;
    END
    """,
    f"""
    CREATE TRIGGER trg_housing_offers_hold_take AFTER UPDATE OF state, unit_id ON housing_offers
    WHEN NEW.state IN ({_HOLDING_SQL})
         AND (OLD.state NOT IN ({_HOLDING_SQL}) OR NEW.unit_id IS NOT OLD.unit_id)
    BEGIN
        UPDATE housing_units SET held_places = held_places + 1 WHERE id = NEW.unit_id;
    END
    """,
    """
    CREATE TRIGGER trg_housing_units_new_holds_none AFTER INSERT ON housing_units
    WHEN NEW.held_places <> 0
    BEGIN
        UPDATE housing_units SET held_places = 0 WHERE id = NEW.id;
    END
    """,
)
_SQLITE_TRIGGER_NAMES = (
    "trg_housing_offers_hold_insert",
    "trg_housing_offers_hold_delete",
    "trg_housing_offers_hold_release",
    "trg_housing_offers_hold_take",
    "trg_housing_units_new_holds_none",
)

_POSTGRESQL = (
    f"""
    CREATE FUNCTION homeward_offer_holds() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.state IN ({_HOLDING_SQL})
           AND (TG_OP = 'DELETE' OR NEW.state NOT IN ({_HOLDING_SQL})
                OR NEW.unit_id IS DISTINCT FROM OLD.unit_id) THEN
            UPDATE housing_units SET held_places = held_places - 1 WHERE id = OLD.unit_id;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.state IN ({_HOLDING_SQL})
           AND (TG_OP = 'INSERT' OR OLD.state NOT IN ({_HOLDING_SQL})
                OR NEW.unit_id IS DISTINCT FROM OLD.unit_id) THEN
            UPDATE housing_units SET held_places = held_places + 1 WHERE id = NEW.unit_id;
        END IF;
        RETURN NULL;
    END
    $$
    """,
    """
    CREATE TRIGGER trg_housing_offers_holds
    AFTER INSERT OR DELETE OR UPDATE OF state, unit_id ON housing_offers
    FOR EACH ROW EXECUTE FUNCTION homeward_offer_holds()
    """,
    """
    CREATE FUNCTION homeward_unit_holds_none() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        NEW.held_places := 0;
        RETURN NEW;
    END
    $$
    """,
    """
    CREATE TRIGGER trg_housing_units_new_holds_none BEFORE INSERT ON housing_units
    FOR EACH ROW EXECUTE FUNCTION homeward_unit_holds_none()
    """,
)


def upgrade() -> None:
    bind = op.get_bind()
    op.add_column(
        "housing_units",
        sa.Column("held_places", sa.Integer(), nullable=False, server_default="0"),
    )
    bind.exec_driver_sql(
        "UPDATE housing_units SET held_places = (SELECT count(*) FROM housing_offers o"
        f" WHERE o.unit_id = housing_units.id AND o.state IN ({_HOLDING_SQL}))"
    )
    statements = _POSTGRESQL if bind.dialect.name == "postgresql" else _SQLITE_TRIGGERS
    for statement in statements:
        bind.exec_driver_sql(statement)
    op.create_index(
        "ix_housing_units_free",
        "housing_units",
        ["id"],
        sqlite_where=sa.text(FREE_WHERE_SQLITE),
        postgresql_where=sa.text(FREE_WHERE_POSTGRESQL),
    )
    if bind.execute(sa.text("SELECT 1 FROM housing_units LIMIT 1")).first():
        refresh_statistics(bind)


def downgrade() -> None:
    bind = op.get_bind()
    op.drop_index("ix_housing_units_free", table_name="housing_units")
    if bind.dialect.name == "postgresql":
        bind.exec_driver_sql("DROP TRIGGER trg_housing_units_new_holds_none ON housing_units")
        bind.exec_driver_sql("DROP FUNCTION homeward_unit_holds_none()")
        bind.exec_driver_sql("DROP TRIGGER trg_housing_offers_holds ON housing_offers")
        bind.exec_driver_sql("DROP FUNCTION homeward_offer_holds()")
    else:
        for name in _SQLITE_TRIGGER_NAMES:
            bind.exec_driver_sql(f"DROP TRIGGER {name}")
    if bind.dialect.name == "postgresql":
        op.drop_column("housing_units", "held_places")
    else:
        # In place (SQLite 3.35 and later): a batch copy of the table would drop the one
        # the offers' foreign keys point at.
        bind.exec_driver_sql("ALTER TABLE housing_units DROP COLUMN held_places")
