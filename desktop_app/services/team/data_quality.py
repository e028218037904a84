"""The data-quality panel: open cases whose record weakens the planning figures."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.db.models import Case, LegalDecision, Note, User
from desktop_app.services import clock
from desktop_app.services.actor import Actor
from desktop_app.services.team.scope import planning_case_clause

DATA_QUALITY_ISSUES = {
    "uncertain_birth_date": "Date of birth known only by year or from an age assessment",
    "missing_decision_date": "A status decision without its date",
    "no_primary_worker": "No primary worker",
    "stale_record": "No note in the last 90 days",
}


STALE_DAYS = 90


@dataclass(frozen=True)
class DataQualityIssue:
    reference: str
    name: str
    issue: str
    detail: str
    primary_worker: str | None


@dataclass
class DataQualityReport:
    open_cases: int
    counts: dict[str, int] = field(default_factory=dict)
    issues: list[DataQualityIssue] = field(default_factory=list)


def data_quality(session: Session, actor: Actor, *, team: str | None = None) -> DataQualityReport:
    """Open cases whose record weakens the planning figures, by kind of gap."""
    clause = planning_case_clause(session, actor, team)
    today = clock.today()
    cases = {
        row[0]: row
        for row in session.execute(
            select(
                Case.id,
                Case.reference,
                Case.given_name,
                Case.family_name,
                Case.dob_precision,
                Case.date_of_birth,
                Case.primary_worker_id,
                User.username,
            )
            .outerjoin(User, User.id == Case.primary_worker_id)
            .where(clause, Case.status == "open")
            .order_by(Case.reference)
        )
    }
    missing_decision: set[int] = set(
        session.scalars(
            select(LegalDecision.case_id)
            .join(Case, Case.id == LegalDecision.case_id)
            .where(
                clause,
                Case.status == "open",
                LegalDecision.decision_type != "pending",
                LegalDecision.decision_date.is_(None),
            )
        )
    )
    last_note: dict[int, date] = {
        row[0]: row[1]
        for row in session.execute(
            select(Note.case_id, func.max(Note.note_date))
            .join(Case, Case.id == Note.case_id)
            .where(clause, Case.status == "open")
            .group_by(Note.case_id)
        )
    }
    report = DataQualityReport(open_cases=len(cases), counts=dict.fromkeys(DATA_QUALITY_ISSUES, 0))

    def add(row, issue: str, detail: str) -> None:  # type: ignore[no-untyped-def]
        report.counts[issue] += 1
        report.issues.append(
            DataQualityIssue(row[1], f"{row[2]} {row[3]}".strip(), issue, detail, row[7])
        )

    stale_before = today - timedelta(days=STALE_DAYS)
    for case_id, row in cases.items():
        if row[4] in ("year", "assessed"):
            add(row, "uncertain_birth_date", f"{row[4]}: {row[5].isoformat()}")
        if case_id in missing_decision:
            add(row, "missing_decision_date", "")
        if row[6] is None:
            add(row, "no_primary_worker", "")
        noted = last_note.get(case_id)
        if noted is None or noted < stale_before:
            add(row, "stale_record", f"last note {noted.isoformat()}" if noted else "no notes")
    return report
