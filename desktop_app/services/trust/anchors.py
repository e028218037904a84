"""The audit chain's head, kept outside the database.

The chain shows any entry that was edited or removed from its middle, but not
its newest entries cut off (or all rewritten): what is left is still a valid
chain. So after every unit of work that appended to the log, the newest entry
(id, hash, time) is written to an anchor file in the user's data folder, named
by the database's own random id (table `database_identity`), and every backup
carries the head it was taken at. `homeward check` compares the database with
the newest of these for *that* database.

An anchor only moves forward (a newer entry id); a restore, which really does
take the database back, sets it to the restored head.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.config import user_data_dir
from desktop_app.db.models import AuditEntry, DatabaseIdentity

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ChainHead:
    entry_id: int
    hash: str
    at: datetime

    def as_json(self) -> dict[str, object]:
        return {"entry_id": self.entry_id, "hash": self.hash, "at": self.at.isoformat()}


def anchors_dir() -> Path:
    return user_data_dir() / "anchors"


def anchor_path(database_id: str) -> Path:
    return anchors_dir() / f"{database_id}.json"


def database_id(session: Session) -> str | None:
    """The database's own id (None for a database older than revision 0008)."""
    return session.scalar(select(DatabaseIdentity.id).limit(1))


def chain_head(session: Session) -> ChainHead | None:
    row = session.execute(
        select(AuditEntry.id, AuditEntry.hash, AuditEntry.at)
        .order_by(AuditEntry.id.desc())
        .limit(1)
    ).first()
    return ChainHead(row[0], row[1], row[2]) if row is not None else None


def read(database_id: str) -> ChainHead | None:
    """The anchor kept for the database, or None when there is none (or it cannot be read)."""
    try:
        data = json.loads(anchor_path(database_id).read_text(encoding="utf-8"))
        return ChainHead(
            int(data["entry_id"]), str(data["hash"]), datetime.fromisoformat(data["at"])
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def record(database_id: str, head: ChainHead, *, force: bool = False) -> None:
    """Keep `head` as the database's anchor (only forward, unless `force`).

    Written to a temporary file and renamed, so a reader never sees half an anchor.
    An anchor that cannot be written (a read-only data folder) does not stop the
    work: `check` says when there is none.
    """
    if not force:
        kept = read(database_id)
        if kept is not None and kept.entry_id >= head.entry_id:
            return
    target = anchor_path(database_id)
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial.write_text(json.dumps(head.as_json()), encoding="utf-8")
        os.replace(partial, target)
    except OSError as exc:
        log.warning("The audit anchor could not be written: %s", exc.strerror or type(exc).__name__)
        partial.unlink(missing_ok=True)
