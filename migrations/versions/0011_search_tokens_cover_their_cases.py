"""search keys that count their cases from the index alone

A search by name finds its matches as ranges of the token (or skeleton) index;
each entry then had to be looked up in the table for its case id, and a case
with two matching name parts ("Hamid Haddad" for "Ha") had to be counted once
through a sort. Now:

- `case_search_tokens.shared`: how many letters a token shares with the case's
  previous token in alphabetical order. A prefix matches a run of one case's
  tokens, and only the first of the run shares fewer letters than the prefix
  has, so `shared < len(prefix)` counts each case once (domain/names.py,
  `search_keys`). Filled here for the tokens already stored.
- The indexes hold the case id (`token, case_id, shared` and `skeleton,
  case_id`) in place of the single-column ones, so counting and walking the
  matches in name order read the index alone.
- `worker_assignments`: the user's index holds the case id too, so a social
  worker's cases are read from it alone.
- `course_enrolments` and `employment_support`: the course's (programme's)
  index holds the status too, so the places taken of every course in the
  registry are counted from the index alone when a case's Language (Work) tab
  lists the courses to choose from.

ANALYZE gives the planners their statistics.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06 23:00:00
"""

import sqlalchemy as sa
from alembic import op

from desktop_app.db.engine import refresh_statistics

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "case_search_tokens",
        sa.Column("shared", sa.SmallInteger(), nullable=False, server_default="0"),
    )
    _fill_shared()
    op.create_index(
        "ix_case_search_tokens_token_case", "case_search_tokens", ["token", "case_id", "shared"]
    )
    op.create_index(
        "ix_case_search_tokens_skeleton_case", "case_search_tokens", ["skeleton", "case_id"]
    )
    op.drop_index("ix_case_search_tokens_token", table_name="case_search_tokens")
    op.drop_index("ix_case_search_tokens_skeleton", table_name="case_search_tokens")
    op.drop_index("ix_worker_assignments_user_open", table_name="worker_assignments")
    op.create_index(
        "ix_worker_assignments_user_open",
        "worker_assignments",
        ["user_id", "end_date", "case_id"],
    )
    for table, column in (
        ("course_enrolments", "course_id"),
        ("employment_support", "programme_id"),
    ):
        name = f"ix_{table}_{column}"
        op.drop_index(name, table_name=table)
        op.create_index(name, table, [column, "status"])
    bind = op.get_bind()
    if not bind.execute(sa.text("SELECT 1 FROM cases LIMIT 1")).first():
        return  # a new database: nothing to gather statistics on yet
    refresh_statistics(bind)


def _fill_shared() -> None:
    """Each stored token's letters in common with its case's previous token (alphabetical,
    as Python and the bytewise search keys sort them)."""
    bind = op.get_bind()
    rows = bind.execute(
        sa.text("SELECT id, case_id, token FROM case_search_tokens ORDER BY case_id, id")
    ).all()
    by_case: dict[int, list[tuple[str, int]]] = {}
    for row_id, case_id, token in rows:
        by_case.setdefault(case_id, []).append((token, row_id))
    updates = []
    for tokens in by_case.values():
        previous = ""
        for token, row_id in sorted(tokens):
            shared = 0
            for a, b in zip(previous, token, strict=False):
                if a != b:
                    break
                shared += 1
            if shared:
                updates.append({"shared": shared, "id": row_id})
            previous = token
    if updates:
        bind.execute(
            sa.text("UPDATE case_search_tokens SET shared = :shared WHERE id = :id"), updates
        )


def downgrade() -> None:
    for table, column in (
        ("course_enrolments", "course_id"),
        ("employment_support", "programme_id"),
    ):
        name = f"ix_{table}_{column}"
        op.drop_index(name, table_name=table)
        op.create_index(name, table, [column])
    op.drop_index("ix_worker_assignments_user_open", table_name="worker_assignments")
    op.create_index(
        "ix_worker_assignments_user_open", "worker_assignments", ["user_id", "end_date"]
    )
    op.create_index("ix_case_search_tokens_skeleton", "case_search_tokens", ["skeleton"])
    op.create_index("ix_case_search_tokens_token", "case_search_tokens", ["token"])
    op.drop_index("ix_case_search_tokens_skeleton_case", table_name="case_search_tokens")
    op.drop_index("ix_case_search_tokens_token_case", table_name="case_search_tokens")
    with op.batch_alter_table("case_search_tokens") as batch:
        batch.drop_column("shared")
