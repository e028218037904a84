"""the database's own id, and audit values sealed with a key per case

1. `database_identity`: one row with a random id made here, so anchors of the
   audit chain and backups are matched to the database they came from.
2. `case_keys`: the key per case that seals what audit entries say about the
   person (db/sealing.py); erasure destroys it.
3. The entries written before this revision hold their values in plain text.
   They are evidence, so the chain is not rebuilt: each entry about a case
   keeps its hash and link, its detail is sealed with the case's key, and
   `sealed_hash` records the hash of the sealed content. First the whole chain
   is verified as it stands; then one entry, `audit_values_sealed`, is appended
   with what that verification found, how many entries were sealed, and a
   SHA-256 digest over every sealed entry's id, original hash and sealed hash.
   `homeward check` verifies the chain against both from then on, and keeps
   reporting a break that was there before the sealing.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 20:00:00
"""

import hashlib
import json
import uuid

import sqlalchemy as sa
from alembic import op

from desktop_app.db import sealing
from desktop_app.services import clock

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

GENESIS = "0" * 64
CHECKPOINT = "audit_values_sealed"

audit_log = sa.table(
    "audit_log",
    sa.column("id", sa.Integer),
    sa.column("at", sa.DateTime),
    sa.column("user_id", sa.Integer),
    sa.column("username", sa.String),
    sa.column("action", sa.String),
    sa.column("entity", sa.String),
    sa.column("entity_id", sa.String),
    sa.column("case_id", sa.Integer),
    sa.column("detail", sa.JSON),
    sa.column("prev_hash", sa.String),
    sa.column("hash", sa.String),
    sa.column("sealed_hash", sa.String),
)
case_keys = sa.table(
    "case_keys",
    sa.column("case_id", sa.Integer),
    sa.column("key", sa.String),
    sa.column("created_at", sa.DateTime),
)


def _hash(row: dict, detail: object, prev_hash: str) -> str:
    """The audit entry hash as Homeward computed it when this revision was written."""
    payload = {
        "at": row["at"].isoformat(timespec="seconds"),
        "user_id": row["user_id"],
        "username": row["username"],
        "action": row["action"],
        "entity": row["entity"],
        "entity_id": row["entity_id"],
        "case_id": row["case_id"],
        "detail": detail,
        "prev": prev_hash,
    }
    text = json.dumps(payload, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def upgrade() -> None:
    op.create_table(
        "database_identity",
        sa.Column("id", sa.String(length=32), autoincrement=False, nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_database_identity")),
    )
    op.create_table(
        "case_keys",
        sa.Column("case_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("key", sa.String(length=64), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_case_keys_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("case_id", name=op.f("pk_case_keys")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sealed_hash", sa.String(length=64), nullable=True))
    bind = op.get_bind()
    now = clock.now()
    bind.execute(
        sa.text("INSERT INTO database_identity (id, created_at) VALUES (:id, :at)"),
        {"id": uuid.uuid4().hex, "at": now},
    )
    _seal_existing_entries(bind, now)


def _seal_existing_entries(bind: sa.Connection, now: object) -> None:
    cases = {row[0] for row in bind.execute(sa.text("SELECT id FROM cases"))}
    keys: dict[int, str] = {}
    prev = GENESIS
    verified, broken_at, problem = True, None, None
    count = 0
    last = None
    digest = hashlib.sha256()
    sealed: list[dict] = []
    rows = bind.execute(sa.select(audit_log).order_by(audit_log.c.id)).mappings()
    for row in rows:
        count += 1
        last = row
        if verified and row["prev_hash"] != prev:
            verified, broken_at = False, row["id"]
            problem = "an entry before it was changed or removed"
        elif verified and _hash(row, row["detail"], row["prev_hash"]) != row["hash"]:
            verified, broken_at, problem = False, row["id"], "its content was changed"
        prev = row["hash"]
        case_id = row["case_id"]
        if case_id is None or case_id not in cases or sealing.is_sealed(row["detail"]):
            continue
        key = keys.setdefault(case_id, sealing.new_key())
        detail = sealing.seal(key, case_id, row["detail"])
        sealed_hash = _hash(row, detail, row["prev_hash"])
        digest.update(f"{row['id']}:{row['hash']}:{sealed_hash}\n".encode("ascii"))
        sealed.append({"entry_id": row["id"], "detail": detail, "sealed_hash": sealed_hash})
    if keys:
        bind.execute(
            sa.insert(case_keys),
            [{"case_id": c, "key": k, "created_at": now} for c, k in keys.items()],
        )
    if not sealed:
        return  # a new database, or nothing about a case yet
    update = (
        sa.update(audit_log)
        .where(audit_log.c.id == sa.bindparam("entry_id"))
        .values(detail=sa.bindparam("detail"), sealed_hash=sa.bindparam("sealed_hash"))
    )
    for start in range(0, len(sealed), 2000):
        bind.execute(update, sealed[start : start + 2000])
    detail = {
        "entries": count,
        "sealed": len(sealed),
        "first_sealed": sealed[0]["entry_id"],
        "last_sealed": sealed[-1]["entry_id"],
        "verified_before_sealing": verified,
        "broken_at": broken_at,
        "problem": problem,
        "digest": digest.hexdigest(),
    }
    entry = {
        "at": now,
        "user_id": None,
        "username": None,
        "action": CHECKPOINT,
        "entity": "audit_log",
        "entity_id": str(last["id"]) if last is not None else None,
        "case_id": None,
    }
    entry_hash = _hash(entry, detail, prev)
    bind.execute(
        sa.insert(audit_log).values(
            **entry, detail=detail, prev_hash=prev, hash=entry_hash, sealed_hash=None
        )
    )


def downgrade() -> None:
    # The sealed values stay sealed: their plain text is not kept anywhere to go back to.
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_column("sealed_hash")
    op.drop_table("case_keys")
    op.drop_table("database_identity")
