"""the transitions list read from indexes

`homeward transitions --within 90` lists tens of thousands of open transitions
with their case and the current placement's municipality. Each row read the
transition's table row (for `uncertain` and `missing`) and each current
placement's table row (for `end_date` and `municipality`): most of the query's
time on 100,000 cases.

- `ix_transitions_open_listing`: the open transitions only, with every column
  the list shows, so the list walks the due dates without reading the table.
  The board keeps its narrower `ix_transitions_status_due_date`, which it walks
  faster than one that also holds the missing items.
- `ix_placements_case_current` (`case_id, end_date, municipality`) in place of
  `ix_placements_case_id`: a case's placements as before, and its current one's
  municipality from the index alone.

ANALYZE gives the planners their statistics.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07 02:30:00
"""

import sqlalchemy as sa
from alembic import op

from desktop_app.db.engine import refresh_statistics

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

OPEN = sa.text("status = 'open'")


def upgrade() -> None:
    op.create_index(
        "ix_transitions_open_listing",
        "transitions",
        [
            "status",
            "due_date",
            "case_id",
            "kind",
            "housing_secured",
            "readiness",
            "uncertain",
            "missing",
        ],
        sqlite_where=OPEN,
        postgresql_where=OPEN,
    )
    op.create_index(
        "ix_placements_case_current", "placements", ["case_id", "end_date", "municipality"]
    )
    op.drop_index("ix_placements_case_id", table_name="placements")
    bind = op.get_bind()
    if not bind.execute(sa.text("SELECT 1 FROM cases LIMIT 1")).first():
        return  # a new database: nothing to gather statistics on yet
    refresh_statistics(bind)


def downgrade() -> None:
    op.create_index("ix_placements_case_id", "placements", ["case_id"])
    op.drop_index("ix_placements_case_current", table_name="placements")
    op.drop_index("ix_transitions_open_listing", table_name="transitions")
