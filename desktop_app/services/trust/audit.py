"""The append-only audit log, each entry chained to the one before by SHA-256."""

from __future__ import annotations

import hashlib
import json
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desktop_app.db.models import AuditEntry
from desktop_app.services import clock
from desktop_app.services.actor import Actor

GENESIS = "0" * 64


def plain_value(value: Any) -> Any:
    """A field's value as an entry's detail keeps it: dates as ISO text, amounts as text."""
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _canonical(
    at: datetime,
    user_id: int | None,
    username: str | None,
    action: str,
    entity: str | None,
    entity_id: str | None,
    case_id: int | None,
    detail: Any,
    prev_hash: str,
) -> bytes:
    payload = {
        "at": at.isoformat(timespec="seconds"),
        "user_id": user_id,
        "username": username,
        "action": action,
        "entity": entity,
        "entity_id": entity_id,
        "case_id": case_id,
        "detail": detail,
        "prev": prev_hash,
    }
    return json.dumps(payload, sort_keys=True, ensure_ascii=False, default=str).encode("utf-8")


def entry_hash(entry: AuditEntry) -> str:
    return hashlib.sha256(
        _canonical(
            entry.at,
            entry.user_id,
            entry.username,
            entry.action,
            entry.entity,
            entry.entity_id,
            entry.case_id,
            entry.detail,
            entry.prev_hash,
        )
    ).hexdigest()


# Any constant; names the one lock that serialises appends to the chain on PostgreSQL.
_CHAIN_LOCK = 7_311_987_403


def _last_hash(session: Session) -> str:
    """The head of the chain, read so that no other writer can append in between.

    SQLite transactions begin IMMEDIATE (one writer at a time); on PostgreSQL
    a transaction-scoped advisory lock does the same for the audit chain.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _CHAIN_LOCK})
    last = session.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1))
    return last or GENESIS


def record(
    session: Session,
    actor: Actor | None,
    action: str,
    *,
    entity: str | None = None,
    entity_id: object | None = None,
    case_id: int | None = None,
    detail: dict[str, Any] | None = None,
    username: str | None = None,
) -> AuditEntry:
    """Append one entry in the caller's transaction."""
    session.flush()
    # JSON round trip so the stored detail hashes exactly as it will be read back.
    detail_value = json.loads(json.dumps(detail or {}, default=str, ensure_ascii=False))
    entry = AuditEntry(
        at=clock.now(),
        user_id=actor.user_id if actor else None,
        username=username or (actor.username if actor else None),
        action=action,
        entity=entity,
        entity_id=None if entity_id is None else str(entity_id),
        case_id=case_id,
        detail=detail_value,
        prev_hash=_last_hash(session),
    )
    entry.hash = entry_hash(entry)
    session.add(entry)
    session.flush()
    return entry


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    entries: int
    first_broken_id: int | None = None
    problem: str | None = None


def verify_chain(session: Session) -> ChainReport:
    prev = GENESIS
    count = 0
    # Closed when the walk stops at a broken entry, so the server-side cursor goes too.
    with closing(
        session.scalars(select(AuditEntry).order_by(AuditEntry.id)).yield_per(2000)
    ) as entries:
        for entry in entries:
            count += 1
            if entry.prev_hash != prev:
                return ChainReport(
                    False, count, entry.id, "an entry before it was changed or removed"
                )
            if entry_hash(entry) != entry.hash:
                return ChainReport(False, count, entry.id, "its content was changed")
            prev = entry.hash
    return ChainReport(True, count)
