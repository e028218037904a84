"""Audit entries as their readers see them: what an entry about a case says is stored sealed
with the case's key (db/sealing.py), and read back through audit.readable_detail."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.orm import Session

from desktop_app.db.models import AuditEntry
from desktop_app.services.trust import audit


def unsealed(session: Session, entries: Iterable[AuditEntry]) -> list[AuditEntry]:
    """The entries, detached from the session, with their detail as it was written."""
    out = []
    for entry in entries:
        detail = audit.readable_detail(session, entry.case_id, entry.detail)
        session.expunge(entry)
        entry.detail = detail
        out.append(entry)
    return out
