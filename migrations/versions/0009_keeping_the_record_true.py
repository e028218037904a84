"""keeping the record true: contacts with a role and an end, consents with an expiry, goals
with an end, and a duplicate merged into another case

1. `contacts.role`: who the person is to the young person (guardian, mentor, family,
   teacher, landlord, lawyer, interpreter, other), so "adult connections" can point at
   real people; the words typed before (`relation`) stay as they were, and the role is
   read from them where they name one ("Guardian" is a guardian, "after-care contact"
   is other). `contacts.note` and `contacts.ended_on`: a contact is ended, not deleted.
2. `consent_records.expires_on`: a consent given for a time covers sharing until then.
3. `life_plan_goals.ended_on`: the day a goal was achieved or dropped.
4. `cases.merged_into_id`: a duplicate merged into another case keeps its row (what the
   audit log sealed about it stays readable) with status `merged`; its reference is
   then an alias of the case it was merged into.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07 09:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

# Words that name a role in what was typed before (English, Danish, Swedish, German).
ROLE_WORDS = {
    "guardian": ("guardian", "værge", "god man", "vormund"),
    "mentor": ("mentor",),
    "family": ("family", "mother", "father", "brother", "sister", "aunt", "uncle", "cousin"),
    "teacher": ("teacher", "lærer", "lärare", "lehrer", "school"),
    "landlord": ("landlord", "udlejer", "hyresvärd", "vermieter"),
    "lawyer": ("lawyer", "advokat", "anwalt", "solicitor"),
    "interpreter": ("interpreter", "tolk", "dolmetscher"),
}


def upgrade() -> None:
    # Columns are added in place, never by rebuilding a table: on SQLite dropping the old
    # `cases` or `consent_records` would take the rows that refer to them along
    # (ON DELETE CASCADE, SET NULL), as the migrations run with foreign keys on.
    op.add_column(
        "contacts",
        sa.Column("role", sa.String(length=20), nullable=False, server_default="other"),
    )
    op.add_column("contacts", sa.Column("note", sa.Text(), nullable=True))
    op.add_column("contacts", sa.Column("ended_on", sa.Date(), nullable=True))
    op.add_column("consent_records", sa.Column("expires_on", sa.Date(), nullable=True))
    op.add_column("life_plan_goals", sa.Column("ended_on", sa.Date(), nullable=True))
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        # SQLite adds a column with its (named) reference in one statement, and no other way.
        op.execute(
            "ALTER TABLE cases ADD COLUMN merged_into_id INTEGER"
            " CONSTRAINT fk_cases_merged_into_id_cases REFERENCES cases (id)"
        )
    else:
        op.add_column("cases", sa.Column("merged_into_id", sa.Integer(), nullable=True))
        op.create_foreign_key(
            "fk_cases_merged_into_id_cases", "cases", "cases", ["merged_into_id"], ["id"]
        )
    op.create_index("ix_cases_merged_into_id", "cases", ["merged_into_id"], unique=False)
    _roles_from_what_was_typed(bind)


def _role_of(relation: str | None) -> str:
    text = (relation or "").strip().lower()
    for role, words in ROLE_WORDS.items():
        if any(word in text for word in words):
            return role
    return "other"


def _roles_from_what_was_typed(bind: sa.Connection) -> None:
    rows = bind.execute(
        sa.text("SELECT id, relation FROM contacts WHERE relation IS NOT NULL")
    ).all()
    changes = [
        {"id": contact_id, "role": role}
        for contact_id, relation in rows
        if (role := _role_of(relation)) != "other"
    ]
    if changes:
        bind.execute(sa.text("UPDATE contacts SET role = :role WHERE id = :id"), changes)


def downgrade() -> None:
    op.drop_index("ix_cases_merged_into_id", table_name="cases")
    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint("fk_cases_merged_into_id_cases", "cases", type_="foreignkey")
    # SQLite (3.35 and later) drops a plain column in place; the column's own reference
    # goes with it.
    op.drop_column("cases", "merged_into_id")
    op.drop_column("life_plan_goals", "ended_on")
    op.drop_column("consent_records", "expires_on")
    op.drop_column("contacts", "ended_on")
    op.drop_column("contacts", "note")
    op.drop_column("contacts", "role")
