"""indexes for the board and the search: open cases, and transitions covering the counts

The board's counts and the caseload search join their matches to the open cases;
`ix_cases_open` (partial, with the search text and reference) answers that from the
index alone instead of reading every case. `ix_transitions_due_date_covering` replaces
the plain due-date index with one that also holds what the board counts by. Both
backends get the same indexes; ANALYZE then gives the planners fresh statistics (an
existing database with many cases is the one that needs them).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 23:10:00
"""

import sqlalchemy as sa
from alembic import op

from desktop_app.db.engine import refresh_statistics

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

OPEN = sa.text("status = 'open'")


def upgrade() -> None:
    op.create_index(
        "ix_cases_open",
        "cases",
        ["id", "search_text", "reference"],
        sqlite_where=OPEN,
        postgresql_where=OPEN,
    )
    op.create_index(
        "ix_transitions_due_date_covering",
        "transitions",
        ["due_date", "case_id", "kind", "housing_secured", "readiness"],
    )
    op.drop_index("ix_transitions_due_date", table_name="transitions")
    _analyze()


def downgrade() -> None:
    op.create_index("ix_transitions_due_date", "transitions", ["due_date"])
    op.drop_index("ix_transitions_due_date_covering", table_name="transitions")
    op.drop_index("ix_cases_open", table_name="cases")


def _analyze() -> None:
    bind = op.get_bind()
    if not bind.execute(sa.text("SELECT 1 FROM cases LIMIT 1")).first():
        return  # a new database: nothing to gather statistics on yet
    refresh_statistics(bind)
