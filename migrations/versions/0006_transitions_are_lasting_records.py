"""transitions are lasting records: status and outcome; decisions keep their own deadline

Until now the transitions table was a cache, rebuilt from the record whenever it
changed, and a transition left it when its date had passed. From here on each
row is a lasting record: open until resolved with a dated outcome, moved rather
than replaced when the record changes. The rows already there become open
records; each is tied to what it follows (the decision in force, the permit's
decision, the current placement), so the next reconciliation moves them rather
than creating twins. A case can now hold several transitions of one kind over
its life (one permit after another), so (case, kind) is no longer unique.

Decisions get the per-case move-out deadline (it belongs to the decision it was
set for: the case's deadline moves onto the decision in force), the date a
permit's renewal was applied for, and the marks of a decision withdrawn as
recorded in error.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06 20:30:00
"""

from datetime import date

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

GRANTING = ("refugee", "subsidiary", "humanitarian", "temporary")
NON_ENDING = ("appeal", "pending")


def upgrade() -> None:
    with op.batch_alter_table("transitions", schema=None) as batch_op:
        batch_op.drop_constraint("uq_transitions_case_id_kind", type_="unique")
        batch_op.drop_index("ix_transitions_due_date_covering")
        batch_op.add_column(sa.Column("source_id", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("age_group", sa.String(length=10), nullable=False, server_default="adult")
        )
        batch_op.add_column(
            sa.Column(
                "secure_item",
                sa.String(length=30),
                nullable=False,
                server_default="housing_secured",
            )
        )
        batch_op.add_column(
            sa.Column("status", sa.String(length=10), nullable=False, server_default="open")
        )
        batch_op.add_column(sa.Column("outcome", sa.String(length=30), nullable=True))
        batch_op.add_column(sa.Column("outcome_note", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("housing_began", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("resolved_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("resolved_by_id", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column(
                "resolved_automatically",
                sa.Boolean(),
                nullable=False,
                server_default=sa.false(),
            )
        )
        batch_op.add_column(sa.Column("created_on", sa.Date(), nullable=True))
        batch_op.create_foreign_key(
            "fk_transitions_resolved_by_id_users", "users", ["resolved_by_id"], ["id"]
        )
        batch_op.create_index("ix_transitions_case_id", ["case_id"], unique=False)
        batch_op.create_index(
            "ix_transitions_status_due_date",
            ["status", "due_date", "case_id", "kind", "housing_secured", "readiness"],
            unique=False,
        )
        batch_op.create_index("ix_transitions_resolved_on", ["resolved_on"], unique=False)

    with op.batch_alter_table("legal_decisions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("move_out_deadline", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("renewal_applied_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("withdrawn_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("withdrawn_reason", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("withdrawn_by_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            "fk_legal_decisions_withdrawn_by_id_users", "users", ["withdrawn_by_id"], ["id"]
        )

    bind = op.get_bind()
    in_force = _decisions_in_force(bind)
    _move_deadlines_onto_decisions(bind, in_force)
    op.drop_column("cases", "move_out_deadline")
    _tie_transitions_to_their_sources(bind, in_force)


def _decisions_in_force(bind: sa.Connection) -> dict[int, tuple[int, str, date | None]]:
    """Per case: (id, type, permit expiry) of the decision in force, as the rules now define it
    (latest decision date, then recorded last; an appeal or pending entry does not end a grant)."""
    rows = bind.execute(
        sa.text(
            "SELECT case_id, id, decision_type, decision_date, permit_expiry FROM legal_decisions"
        )
    ).all()
    ordered = sorted(rows, key=lambda r: (r[0], r[3] is None, r[3] or date.min, r[1]))
    in_force: dict[int, tuple[int, str, date | None]] = {}
    for case_id, decision_id, kind, _decided, expiry in ordered:
        current = in_force.get(case_id)
        if kind not in NON_ENDING or current is None or current[1] not in GRANTING:
            in_force[case_id] = (decision_id, kind, expiry)
    return in_force


def _move_deadlines_onto_decisions(
    bind: sa.Connection, in_force: dict[int, tuple[int, str, date | None]]
) -> None:
    deadlines = bind.execute(
        sa.text("SELECT id, move_out_deadline FROM cases WHERE move_out_deadline IS NOT NULL")
    ).all()
    moves = [
        {"decision": in_force[case_id][0], "deadline": deadline}
        for case_id, deadline in deadlines
        if case_id in in_force and in_force[case_id][1] in GRANTING
    ]
    if moves:
        bind.execute(
            sa.text("UPDATE legal_decisions SET move_out_deadline = :deadline WHERE id = :decision"),
            moves,
        )


def _tie_transitions_to_their_sources(
    bind: sa.Connection, in_force: dict[int, tuple[int, str, date | None]]
) -> None:
    placements = {
        case_id: placement_id
        for case_id, placement_id in bind.execute(
            sa.text(
                "SELECT case_id, id FROM placements WHERE end_date IS NULL"
                " ORDER BY case_id, start_date, id"
            )
        )
    }
    updates = []
    for transition_id, case_id, kind in bind.execute(
        sa.text(
            "SELECT id, case_id, kind FROM transitions"
            " WHERE kind IN ('status_grant_move_out', 'permit_expiry', 'placement_end')"
        )
    ):
        if kind == "placement_end":
            source = placements.get(case_id)
        else:
            decision = in_force.get(case_id)
            source = decision[0] if decision else None
        item = "permit_renewal" if kind == "permit_expiry" else "housing_secured"
        updates.append({"t": transition_id, "source": source, "item": item})
    if updates:
        bind.execute(
            sa.text("UPDATE transitions SET source_id = :source, secure_item = :item WHERE id = :t"),
            updates,
        )


def downgrade() -> None:
    op.add_column("cases", sa.Column("move_out_deadline", sa.Date(), nullable=True))
    bind = op.get_bind()
    bind.execute(
        sa.text(
            "UPDATE cases SET move_out_deadline = (SELECT max(d.move_out_deadline)"
            " FROM legal_decisions d WHERE d.case_id = cases.id AND d.withdrawn_on IS NULL)"
        )
    )
    # A cache again: one row per case and kind, the open ones.
    bind.execute(sa.text("DELETE FROM transitions WHERE status <> 'open'"))
    bind.execute(
        sa.text(
            "DELETE FROM transitions WHERE id NOT IN"
            " (SELECT max(id) FROM transitions GROUP BY case_id, kind)"
        )
    )
    with op.batch_alter_table("legal_decisions", schema=None) as batch_op:
        batch_op.drop_constraint("fk_legal_decisions_withdrawn_by_id_users", type_="foreignkey")
        batch_op.drop_column("withdrawn_by_id")
        batch_op.drop_column("withdrawn_reason")
        batch_op.drop_column("withdrawn_on")
        batch_op.drop_column("renewal_applied_on")
        batch_op.drop_column("move_out_deadline")
    with op.batch_alter_table("transitions", schema=None) as batch_op:
        batch_op.drop_index("ix_transitions_resolved_on")
        batch_op.drop_index("ix_transitions_status_due_date")
        batch_op.drop_index("ix_transitions_case_id")
        batch_op.drop_constraint("fk_transitions_resolved_by_id_users", type_="foreignkey")
        for column in (
            "created_on",
            "resolved_automatically",
            "resolved_by_id",
            "resolved_on",
            "housing_began",
            "outcome_note",
            "outcome",
            "status",
            "secure_item",
            "age_group",
            "source_id",
        ):
            batch_op.drop_column(column)
        batch_op.create_index(
            "ix_transitions_due_date_covering",
            ["due_date", "case_id", "kind", "housing_secured", "readiness"],
            unique=False,
        )
        batch_op.create_unique_constraint("uq_transitions_case_id_kind", ["case_id", "kind"])
