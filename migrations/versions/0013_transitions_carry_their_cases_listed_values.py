"""transitions carry their case's listed values

`homeward transitions --within 90` lists about 20,000 open transitions of
100,000 cases, each with its case's reference, names, primary worker and team
and the current placement's municipality. Joining every row to its case and
placement was most of the list's time; PostgreSQL's planner answered it with
hash joins over whole tables whatever the indexes.

Each transition now holds copies of those values (`case_reference`,
`case_given_name`, `case_family_name`, `case_status`, `case_worker_id`,
`case_team_id`, `case_municipality`), filled here from the record and kept true
by `db.transition_copies` on every later write. `ix_transitions_open_list`, the
open transitions in the list's order (due date, reference, kind) with every
column it shows, replaces `ix_transitions_open_listing`: a list is read from
that one index, without a join or a sort.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07 04:30:00
"""

from typing import Any

import sqlalchemy as sa
from alembic import op

from desktop_app.db.engine import refresh_statistics

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

OPEN = sa.text("status = 'open'")

COLUMNS = (
    ("case_reference", sa.String(40)),
    ("case_given_name", sa.String(120)),
    ("case_family_name", sa.String(120)),
    ("case_status", sa.String(10)),
    ("case_worker_id", sa.Integer()),
    ("case_team_id", sa.Integer()),
    ("case_municipality", sa.String(120)),
)


# The tables as this revision knows them (not the models, which move on).
_cases = sa.table(
    "cases",
    *(
        sa.column(name)
        for name in (
            "id",
            "reference",
            "given_name",
            "family_name",
            "status",
            "primary_worker_id",
            "team_id",
        )
    ),
)
_placements = sa.table(
    "placements",
    sa.column("id"),
    sa.column("case_id"),
    sa.column("end_date"),
    sa.column("municipality"),
)
_transitions = sa.table("transitions", sa.column("case_id"), *(sa.column(n) for n, _ in COLUMNS))


def _fill(bind: sa.Connection) -> None:
    """Every transition's copies, from its case and its current placement."""
    current = (
        sa.select(_placements.c.municipality)
        .where(
            _placements.c.case_id == _transitions.c.case_id,
            _placements.c.end_date.is_(None),
        )
        .order_by(_placements.c.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    copies = {
        "case_reference": _cases.c.reference,
        "case_given_name": _cases.c.given_name,
        "case_family_name": _cases.c.family_name,
        "case_status": _cases.c.status,
        "case_worker_id": _cases.c.primary_worker_id,
        "case_team_id": _cases.c.team_id,
    }
    if bind.dialect.name == "postgresql":
        # One join of the two tables (a subquery per column would probe the cases seven
        # times a row).
        statement = sa.update(_transitions).where(_transitions.c.case_id == _cases.c.id)
        values: dict[str, Any] = dict(copies)
    else:
        # SQLite has UPDATE … FROM only since 3.33: a subquery per column, each a lookup
        # by the case's primary key.
        statement = sa.update(_transitions)
        values = {
            name: sa.select(column).where(_cases.c.id == _transitions.c.case_id).scalar_subquery()
            for name, column in copies.items()
        }
    values["case_municipality"] = current
    bind.execute(statement.values(values))


def upgrade() -> None:
    for name, type_ in COLUMNS:
        op.add_column("transitions", sa.Column(name, type_, nullable=True))
    bind = op.get_bind()
    _fill(bind)
    op.drop_index("ix_transitions_open_listing", table_name="transitions")
    op.create_index(
        "ix_transitions_open_list",
        "transitions",
        [
            "status",
            "due_date",
            "case_reference",
            "kind",
            "case_status",
            "housing_secured",
            "readiness",
            "uncertain",
            "missing",
            "case_given_name",
            "case_family_name",
            "case_worker_id",
            "case_team_id",
            "case_municipality",
        ],
        sqlite_where=OPEN,
        postgresql_where=OPEN,
    )
    if not bind.execute(sa.text("SELECT 1 FROM cases LIMIT 1")).first():
        return  # a new database: nothing to gather statistics on yet
    refresh_statistics(bind)


def downgrade() -> None:
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
    op.drop_index("ix_transitions_open_list", table_name="transitions")
    with op.batch_alter_table("transitions") as batch:
        for name, _type in reversed(COLUMNS):
            batch.drop_column(name)
