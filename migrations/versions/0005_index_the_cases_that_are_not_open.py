"""index the cases that are not open, for the organisation's board counts

The transitions board of a whole organisation counts every listed transition in
its window whose case is open. Joining those rows to the open cases reads an
index entry for each of the organisation's open cases; leaving out the
transitions of the cases that are *not* open (an anti-join) reads only those,
which this partial index holds. ANALYZE gives the planners its statistics.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 01:40:00
"""

import sqlalchemy as sa
from alembic import op

from desktop_app.db.engine import refresh_statistics

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

NOT_OPEN = sa.text("status <> 'open'")


def upgrade() -> None:
    op.create_index(
        "ix_cases_not_open", "cases", ["id"], sqlite_where=NOT_OPEN, postgresql_where=NOT_OPEN
    )
    bind = op.get_bind()
    if not bind.execute(sa.text("SELECT 1 FROM cases LIMIT 1")).first():
        return  # a new database: nothing to gather statistics on yet
    refresh_statistics(bind)


def downgrade() -> None:
    op.drop_index("ix_cases_not_open", table_name="cases")
