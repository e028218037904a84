"""search keys compare bytewise on PostgreSQL

The name search finds a prefix with `token >= w AND token < w || U+FFFF`. A server
whose database collation is a language locale (da_DK.UTF-8, de_DE.UTF-8…) does not
order that range round the prefix, so "MOH" missed "MOHAMMED". The token and skeleton
columns take the C collation there; their indexes are rebuilt by the ALTER. SQLite
compares bytewise already and is left as it is.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 22:45:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

COLUMNS = ("token", "skeleton")


def upgrade() -> None:
    _set_collation(new="C", old=None)


def downgrade() -> None:
    _set_collation(new=None, old="C")


def _set_collation(new: str | None, old: str | None) -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for column in COLUMNS:
        op.alter_column(
            "case_search_tokens",
            column,
            type_=sa.String(120, collation=new),
            existing_type=sa.String(120, collation=old),
            existing_nullable=False,
        )
