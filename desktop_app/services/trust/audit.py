"""The append-only audit log, each entry chained to the one before by SHA-256.

The detail of an entry about a case is stored sealed with the case's key
(db/sealing.py), so erasing the person leaves the entry and the chain intact but
unreadable; the chain hashes what is stored.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Table, delete, event, func, select, text
from sqlalchemy.orm import Session

from desktop_app.db import sealing
from desktop_app.db.bulk import insert_rows, insert_values
from desktop_app.db.models import AuditEntry, Case, CaseKey
from desktop_app.services import clock
from desktop_app.services.actor import Actor

GENESIS = "0" * 64
# The entry revision 0008 appended after sealing the values of the entries before it.
SEALED_CHECKPOINT = "audit_values_sealed"
# session.info key: the newest entry this session appended (for the anchor, services/anchors.py).
HEAD_INFO = "homeward_audit_head"
_KEYS_INFO = "homeward_case_keys"
# session.info key: after this commit, old page images of erased data leave the journal too.
SCRUB_INFO = "homeward_scrub_journal"


def plain_value(value: Any) -> Any:
    """A field's value as an entry's detail keeps it: dates as ISO text, amounts as text."""
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


# The entry's detail as JSON, exactly as `json.dumps(..., sort_keys=True, ensure_ascii=False,
# default=str)` writes it; one encoder made once instead of one per call.
_DETAIL_JSON = json.JSONEncoder(sort_keys=True, ensure_ascii=False, default=str).encode
# A text as a JSON string, as that encoder writes it.
_JSON_TEXT = json.encoder.encode_basestring


def _json_value(value: Any) -> str:
    """`value` as `_DETAIL_JSON` writes it: texts, whole numbers and None at once, the rest
    (and anything unusual, such as a boolean or a subclass) through the encoder."""
    if value is None:
        return "null"
    if value.__class__ is str:
        return _JSON_TEXT(value)
    if value.__class__ is int:
        return int.__repr__(value)
    if value.__class__ is dict and len(value) == 1 and value.get("sealed").__class__ is str:
        return '{"sealed": ' + _JSON_TEXT(value["sealed"]) + "}"
    return _DETAIL_JSON(value)


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
    """What an entry's hash is taken of: the text `canonical_json` writes, here
    put together from its values' own JSON (the keys in sorted order, `", "` and `": "`
    between them), which is the same text several times faster for the 137,000 entries of
    a large import."""
    return (
        f'{{"action": {_json_value(action)}, '
        f'"at": {_json_value(at.isoformat(timespec="seconds"))}, '
        f'"case_id": {_json_value(case_id)}, '
        f'"detail": {_json_value(detail)}, '
        f'"entity": {_json_value(entity)}, '
        f'"entity_id": {_json_value(entity_id)}, '
        f'"prev": {_json_value(prev_hash)}, '
        f'"user_id": {_json_value(user_id)}, '
        f'"username": {_json_value(username)}}}'
    ).encode()


def canonical_json(
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
    """The definition of what an entry's hash is taken of (every entry ever written was
    hashed over this text; `_canonical` writes the same text faster)."""
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
    """Append one entry in the caller's transaction (about a case: its detail sealed)."""
    session.flush()
    # JSON round trip so the stored detail hashes exactly as it will be read back.
    detail_value = json.loads(json.dumps(detail or {}, default=str, ensure_ascii=False))
    if case_id is not None:
        key = case_key(session, case_id, create=True)
        if key is not None:
            detail_value = sealing.seal(key, case_id, detail_value)
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
    session.info[HEAD_INFO] = (entry.id, entry.hash, entry.at)
    return entry


@dataclass(frozen=True)
class NewEntry:
    """One entry for `record_many`: what `record` is given, less the actor."""

    action: str
    entity: str | None
    entity_id: object | None
    case_id: int | None
    detail: dict[str, Any]


def record_many(session: Session, actor: Actor | None, entries: Iterable[NewEntry]) -> int:
    """Append entries in their order with one insert; each is sealed, chained and hashed
    exactly as `record` would have done it one after the other, at the same moment.
    Returns how many.

    The details must be plain JSON values already (text, numbers, booleans, None, lists
    and dicts of them: `plain_value`), as they read back; `record` makes them so itself.
    """
    session.flush()
    prev = _last_hash(session)
    user_id = actor.user_id if actor else None
    username = actor.username if actor else None
    rows: list[tuple[Any, ...]] = []
    at = clock.now()
    sha256 = hashlib.sha256
    for entry in entries:
        detail: Any = entry.detail or {}
        if entry.case_id is not None:
            key = case_key(session, entry.case_id, create=True)
            if key is not None:
                detail = sealing.seal(key, entry.case_id, detail)
        entity_id = None if entry.entity_id is None else str(entry.entity_id)
        digest = sha256(
            _canonical(
                at,
                user_id,
                username,
                entry.action,
                entry.entity,
                entity_id,
                entry.case_id,
                detail,
                prev,
            )
        ).hexdigest()
        rows.append(
            (
                at,
                user_id,
                username,
                entry.action,
                entry.entity,
                entity_id,
                entry.case_id,
                detail,
                prev,
                digest,
                None,
            )
        )
        prev = digest
    if not rows:
        return 0
    insert_values(session.connection(), cast(Table, AuditEntry.__table__), _ENTRY_COLUMNS, rows)
    last_id = session.scalar(select(func.max(AuditEntry.id)))
    session.info[HEAD_INFO] = (last_id, prev, at)
    return len(rows)


# The columns `record_many` writes, in the order of its rows' values.
_ENTRY_COLUMNS = (
    "at",
    "user_id",
    "username",
    "action",
    "entity",
    "entity_id",
    "case_id",
    "detail",
    "prev_hash",
    "hash",
    "sealed_hash",
)


def new_case_keys(session: Session, case_ids: Sequence[int]) -> None:
    """Keys for cases created just now (none has one yet), written in one insert and kept
    for `case_key`, as `case_key(..., create=True)` would make them one by one."""
    keys: dict[int, str | None] = session.info.setdefault(_KEYS_INFO, {})
    now = clock.now()
    rows = []
    for case_id in case_ids:
        key = sealing.new_key()
        keys[case_id] = key
        rows.append({"case_id": case_id, "key": key, "created_at": now})
    insert_rows(session.connection(), cast(Table, CaseKey.__table__), rows)


@event.listens_for(Session, "after_soft_rollback")
def _forget_what_was_rolled_back(session: Session, _transaction: object) -> None:
    # A key made (or an entry appended) in a transaction that did not commit is not there.
    session.info.pop(_KEYS_INFO, None)
    session.info.pop(HEAD_INFO, None)
    session.info.pop(SCRUB_INFO, None)


def case_key(session: Session, case_id: int, *, create: bool = False) -> str | None:
    """The key that seals the case's audit values; None once the person was erased.

    `create` makes one for a case that has none yet (an erased case keeps a row
    without a key, so it never gets a new one).
    """
    keys: dict[int, str | None] = session.info.setdefault(_KEYS_INFO, {})
    if case_id in keys:
        return keys[case_id]
    row = session.execute(select(CaseKey.key).where(CaseKey.case_id == case_id)).first()
    key = row[0] if row is not None else None
    if row is None and create:
        if session.get(Case, case_id) is None:
            return None  # no such case (any more): nothing of a person to seal
        key = sealing.new_key()
        session.add(CaseKey(case_id=case_id, key=key, created_at=clock.now()))
        session.flush()
    if row is not None or create:
        keys[case_id] = key
    return key


def destroy_case_key(session: Session, case_id: int) -> None:
    """Erasure: the case's sealed audit values can never be read again.

    The row is deleted (SQLite overwrites deleted content, see db/engine.py) and a
    row without a key takes its place, so no new key is made for the case.
    """
    session.execute(delete(CaseKey).where(CaseKey.case_id == case_id))
    session.add(CaseKey(case_id=case_id, key=None, created_at=clock.now()))
    session.flush()
    session.info.setdefault(_KEYS_INFO, {})[case_id] = None
    session.info[SCRUB_INFO] = True


def readable_detail(session: Session, case_id: int | None, detail: Any) -> Any:
    """An entry's detail as written, for those allowed to read the entry; for an erased
    person's entries, `{"erased": true}`."""
    if case_id is None or not sealing.is_sealed(detail):
        return detail
    return sealing.unseal(case_key(session, case_id), case_id, detail)


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    entries: int
    first_broken_id: int | None = None
    problem: str | None = None
    # What revision 0008 found when it sealed the values of the entries before it.
    sealed_checkpoint: dict[str, Any] | None = None


def sealed_digest_line(entry_id: int, old_hash: str, sealed_hash: str) -> bytes:
    return f"{entry_id}:{old_hash}:{sealed_hash}\n".encode("ascii")


def verify_chain(session: Session) -> ChainReport:
    """Walk the chain: each entry links to the one before and its content hashes as recorded.

    An entry sealed by revision 0008 keeps its original hash as the link and records
    the hash of its sealed content; the checkpoint entry appended then holds a digest
    over all of them, so changing a sealed entry (or its recorded hash) shows too.
    """
    prev = GENESIS
    count = 0
    digest = hashlib.sha256()
    pending = 0
    checkpoint: dict[str, Any] | None = None
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
            if entry_hash(entry) != (entry.sealed_hash or entry.hash):
                return ChainReport(False, count, entry.id, "its content was changed")
            if entry.sealed_hash is not None:
                digest.update(sealed_digest_line(entry.id, entry.hash, entry.sealed_hash))
                pending += 1
            elif entry.action == SEALED_CHECKPOINT and entry.case_id is None:
                checkpoint = dict(entry.detail or {})
                if checkpoint.get("digest") != digest.hexdigest() or pending != checkpoint.get(
                    "sealed"
                ):
                    return ChainReport(
                        False, count, entry.id, "an entry sealed before it was changed"
                    )
                digest, pending = hashlib.sha256(), 0
            prev = entry.hash
    if pending:
        return ChainReport(False, count, None, "sealed entries without their checkpoint")
    return ChainReport(True, count, sealed_checkpoint=checkpoint)
