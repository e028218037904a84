"""Reading the audit log: filters for the audit viewer and its CSV export.

Who sees what: a team lead sees the entries about their team's cases and the
entries made by their team's members; a coordinator sees every entry; an
administrator sees the entries that carry no case (logins, accounts,
settings, backups), since administrators have no case content. Social
workers do not read the audit log.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select, true
from sqlalchemy.orm import Session

from desktop_app.db.models import AuditEntry, Case, User
from desktop_app.domain.i18n import message as _
from desktop_app.domain.spreadsheet_cells import csv_writer
from desktop_app.services.actor import Actor, Role
from desktop_app.services.errors import NotFoundError
from desktop_app.services.trust import audit
from desktop_app.services.trust.permissions import case_by_reference, deny

CSV_COLUMNS = ("id", "at", "user", "action", "case", "entity", "entity_id", "detail", "hash")


@dataclass(frozen=True)
class AuditFilter:
    case_reference: str | None = None
    username: str | None = None
    action: str | None = None
    since: date | None = None
    until: date | None = None  # inclusive
    limit: int | None = 5000


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    username: str | None
    action: str
    case_reference: str | None
    entity: str | None
    entity_id: str | None
    detail: Any
    hash: str

    def as_record(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "at": self.at.isoformat(timespec="seconds"),
            "user": self.username,
            "action": self.action,
            "case": self.case_reference,
            "entity": self.entity,
            "entity_id": self.entity_id,
            "detail": json.dumps(self.detail, ensure_ascii=False, sort_keys=True)
            if self.detail
            else "",
            "hash": self.hash,
        }


def may_view(actor: Actor) -> bool:
    return actor.is_system or actor.role in (Role.TEAM_LEAD, Role.COORDINATOR, Role.ADMIN)


def _visible(actor: Actor) -> ColumnElement[bool]:
    if actor.is_system or actor.role is Role.COORDINATOR:
        return true()
    if actor.role is Role.ADMIN:
        return AuditEntry.case_id.is_(None)
    team_cases = select(Case.id).where(Case.team_id == actor.team_id)
    team_users = select(User.id).where(User.team_id == actor.team_id)
    return or_(
        AuditEntry.case_id.in_(team_cases),
        and_(AuditEntry.user_id.is_not(None), AuditEntry.user_id.in_(team_users)),
    )


def query(session: Session, actor: Actor, flt: AuditFilter) -> list[AuditRow]:
    if not may_view(actor):
        raise deny(session, actor, _("read the audit log"))
    stmt = (
        select(AuditEntry, Case.reference)
        .outerjoin(Case, Case.id == AuditEntry.case_id)
        .where(_visible(actor))
        .order_by(AuditEntry.id.desc())
    )
    if flt.case_reference:
        case = case_by_reference(session, flt.case_reference.strip())
        if case is None:
            raise NotFoundError(
                _(
                    "No case with the reference '{flt_case_reference}'.",
                    flt_case_reference=flt.case_reference,
                )
            )
        # A duplicate merged into the case keeps its own entries: they are the case's too.
        merged = select(Case.id).where(Case.merged_into_id == case.id)
        stmt = stmt.where(or_(AuditEntry.case_id == case.id, AuditEntry.case_id.in_(merged)))
    if flt.username:
        stmt = stmt.where(func.lower(AuditEntry.username) == flt.username.strip().lower())
    if flt.action:
        stmt = stmt.where(AuditEntry.action == flt.action.strip())
    if flt.since:
        stmt = stmt.where(AuditEntry.at >= datetime.combine(flt.since, time.min))
    if flt.until:
        stmt = stmt.where(AuditEntry.at < datetime.combine(flt.until + timedelta(days=1), time.min))
    if flt.limit:
        stmt = stmt.limit(flt.limit)
    return [
        AuditRow(
            e.id,
            e.at,
            e.username,
            e.action,
            ref,
            e.entity,
            e.entity_id,
            audit.readable_detail(session, e.case_id, e.detail),
            e.hash,
        )
        for e, ref in session.execute(stmt)
    ]


def actions(session: Session) -> list[str]:
    return list(session.scalars(select(AuditEntry.action).distinct().order_by(AuditEntry.action)))


def to_csv(rows: list[AuditRow]) -> str:
    buffer = io.StringIO()
    writer = csv_writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        record = row.as_record()
        writer.writerow(["" if record[c] is None else record[c] for c in CSV_COLUMNS])
    return buffer.getvalue()


def export_csv(
    session: Session, actor: Actor, flt: AuditFilter, path: Path, *, overwrite: bool = False
) -> int:
    """Write the filtered entries to a CSV file; the export itself is audited."""
    from desktop_app.services.storage import output_files

    rows = query(session, actor, flt)
    output_files.write_bytes(path, to_csv(rows).encode("utf-8"), overwrite=overwrite)
    audit.record(
        session,
        actor,
        "audit_exported",
        entity="audit_log",
        detail={
            "file": str(path),
            "rows": len(rows),
            "filter": {
                "case": flt.case_reference,
                "user": flt.username,
                "action": flt.action,
                "since": flt.since,
                "until": flt.until,
            },
        },
    )
    return len(rows)
