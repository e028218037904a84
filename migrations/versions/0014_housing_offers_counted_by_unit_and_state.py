"""housing offers counted by unit and state from an index

Matching a case against the free units counts, for every unit, the offers that
hold one of its places (proposed, viewing, accepted, contract signed, moved in).
With the offers indexed by unit only, that count read each offer's table row for
its state: 61,000 rows on the 100,000-case demo, most of the matching's time.

`ix_housing_offers_unit_state` (`unit_id, state`) replaces `ix_housing_offers_unit_id`:
a unit's offers as before, and the count answered from the index alone.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07 05:20:00
"""

import sqlalchemy as sa
from alembic import op

from desktop_app.db.engine import refresh_statistics

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_housing_offers_unit_state", "housing_offers", ["unit_id", "state"])
    op.drop_index("ix_housing_offers_unit_id", table_name="housing_offers")
    bind = op.get_bind()
    if not bind.execute(sa.text("SELECT 1 FROM housing_offers LIMIT 1")).first():
        return  # no offers yet: nothing to gather statistics on
    refresh_statistics(bind)


def downgrade() -> None:
    op.create_index("ix_housing_offers_unit_id", "housing_offers", ["unit_id"])
    op.drop_index("ix_housing_offers_unit_state", table_name="housing_offers")
