"""What a case summary or a handover report shows, gathered from the case record and filtered for
its recipient.

Everything here is plain data (strings, numbers, dates), detached from the
database session, so a document can be drawn after the session closed or on
another thread; confidential notes are included only when the person printing
may see them and asks for them, and only for the internal team.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from functools import cache
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from desktop_app.db.models import Appointment, Document
from desktop_app.domain.checklist import CHECKLIST_LABELS, template_for
from desktop_app.domain.codes import country_name, language_name
from desktop_app.domain.continuity import AssignmentPeriod, worker_changes_last_12_months
from desktop_app.domain.dates import age_on, effective_birth_date, is_uncertain
from desktop_app.domain.i18n import message as _
from desktop_app.domain.transitions import TransitionKind, is_listed
from desktop_app.services import clock, settings
from desktop_app.services.actor import Actor
from desktop_app.services.cases.record_data import CaseRecord
from desktop_app.services.errors import PermissionDeniedError, ValidationError
from desktop_app.services.housing import units
from desktop_app.services.report_data.recipients import (
    HEALTH_ITEMS,
    LANDLORD_PERSON_FIELDS,
    MUNICIPALITY_PERSON_FIELDS,
    Recipient,
    Section,
    profile_sections,
    recipient_label,
)
from desktop_app.services.transitions import listing

RECENT_NOTES = 10


DECISION_LABELS = {
    "refugee": "Refugee status",
    "subsidiary": "Subsidiary protection",
    "humanitarian": "Humanitarian status",
    "temporary": "Temporary protection",
    "rejected": "Rejected",
    "appeal": "Appeal",
    "pending": "Application pending",
}


PLACEMENT_LABELS = {
    "reception": "Reception centre",
    "foster": "Foster care",
    "residential": "Residential care",
    "supported": "Supported housing",
    "own_tenancy": "Own tenancy",
    "other": "Other",
}


OFFER_STATE_LABELS = {
    "proposed": "Proposed",
    "viewing": "Viewing",
    "accepted": "Accepted",
    "declined": "Declined",
    "contract_signed": "Contract signed",
    "moved_in": "Moved in",
    "ended": "Ended",
}


# What came of a work or education support (the stored codes of domain/partners.py).
SUPPORT_OUTCOME_LABELS = {
    "in_work": "In work",
    "in_education": "In education",
    "none": "Neither work nor education",
}


PRECISION_LABELS = {
    "exact": "exact date",
    "month": "month known",
    "year": "year only",
    "assessed": "assessed by age assessment",
}


@dataclass(frozen=True)
class TransitionFacts:
    kind: str
    kind_label: str
    due_date: date
    days_left: int
    uncertain: bool
    readiness: int
    risk: str
    explanation: str
    checklist: tuple[tuple[str, bool], ...]  # (item label, done)
    secured: bool = False


@dataclass
class CaseReport:
    """A case summary or a handover report, already filtered for its recipient."""

    kind: str  # case_summary / handover
    reference: str
    name: str
    recipient: Recipient
    sections: tuple[Section, ...]
    person: list[tuple[str, Any]] = field(default_factory=list)
    # the status line's parts, so a document can word it in its own language
    case_open: bool = True
    team_name: str | None = None
    next_kind_label: str | None = None
    decisions: list[dict[str, Any]] = field(default_factory=list)
    transitions: list[TransitionFacts] = field(default_factory=list)
    current_placement: dict[str, Any] | None = None
    placements: list[dict[str, Any]] = field(default_factory=list)
    current_offer: dict[str, Any] | None = None
    offers: list[dict[str, Any]] = field(default_factory=list)
    languages: list[dict[str, Any]] = field(default_factory=list)
    work: list[dict[str, Any]] = field(default_factory=list)
    workers: list[dict[str, Any]] = field(default_factory=list)
    continuity: list[tuple[str, Any]] = field(default_factory=list)
    moves: list[dict[str, Any]] = field(default_factory=list)
    goals: list[dict[str, Any]] = field(default_factory=list)
    tasks: list[dict[str, Any]] = field(default_factory=list)
    contacts: list[dict[str, Any]] = field(default_factory=list)
    consents: list[dict[str, Any]] = field(default_factory=list)
    notes: list[dict[str, Any]] = field(default_factory=list)
    # Titles and dates only: a printed summary never carries a document's content.
    documents: list[dict[str, Any]] = field(default_factory=list)
    appointments: list[dict[str, Any]] = field(default_factory=list)
    confidential_included: bool = False
    hidden_confidential_notes: int = 0
    # handover only
    handing_over: str = ""
    receiving: str = ""
    handover_reason: str = ""
    consent_on_record: bool = True
    consent_override_reason: str | None = None
    # The case the document is about (for the audit entry of its print), and its primary worker.
    case_id: int | None = None
    primary_worker_name: str = ""

    def has(self, section: Section) -> bool:
        return section in self.sections

    @property
    def case_id_hint(self) -> str:
        return self.reference


def _person_rows(record: CaseRecord, recipient: Recipient, today: date) -> list[tuple[str, Any]]:
    c = record.case
    birth = effective_birth_date(c.date_of_birth, c.dob_precision)
    precision = PRECISION_LABELS.get(c.dob_precision, c.dob_precision)
    household = 1 + (c.family_reunification_members or 0)
    rows: list[tuple[str, str, Any]] = [
        ("reference", "Reference", c.reference),
        ("name", "Name", c.display_name),
        ("preferred_name", "Preferred name", c.preferred_name),
        ("date_of_birth", "Date of birth", (c.date_of_birth, precision)),
        (
            "age",
            "Age",
            f"{age_on(birth, today)}" + (" (uncertain)" if is_uncertain(c.dob_precision) else ""),
        ),
        ("sex", "Sex", c.sex.capitalize() if c.sex else None),
        ("nationality", "Nationality", country_name(c.nationality) or None),
        ("country_of_origin", "Country of origin", country_name(c.country_of_origin) or None),
        (
            "languages",
            "Languages",
            ", ".join(language_name(code) for code in (c.languages or "").split(";") if code)
            or None,
        ),
        (
            "interpreter",
            "Interpreter",
            (
                "Needed"
                + (f" ({language_name(c.interpreter_language)})" if c.interpreter_language else "")
            )
            if c.interpreter_needed
            else "Not needed",
        ),
        ("arrival_date", "Arrival", c.arrival_date),
        ("unaccompanied", "Unaccompanied", "Yes" if c.unaccompanied else "No"),
        ("legal_guardian", "Legal guardian", c.legal_guardian),
        ("external_references", "External references", c.external_references),
        ("in_aftercare", "In after-care", "Yes" if c.in_aftercare else "No"),
        (
            "household",
            "Household size",
            f"{household}"
            + (
                f" (with {c.family_reunification_members} expected by family reunification)"
                if c.family_reunification_members
                else ""
            ),
        ),
        ("team", "Team", record.team_name),
        (
            "status",
            "Case status",
            "Open" if c.status == "open" else f"Closed ({c.closed_reason or 'no reason given'})",
        ),
    ]
    if recipient is Recipient.LANDLORD:
        allowed: frozenset[str] | None = LANDLORD_PERSON_FIELDS
    elif recipient is Recipient.MUNICIPALITY:
        allowed = MUNICIPALITY_PERSON_FIELDS
    else:
        allowed = None
    return [
        (label, value)
        for key, label, value in rows
        if value not in (None, "") and (allowed is None or key in allowed)
    ]


@cache
def _documents_query() -> Any:
    """The case's documents, newest first; built once (building it cost more than running it)."""
    return (
        select(
            Document.title,
            Document.kind,
            Document.document_date,
            Document.added_at,
            Document.confidential,
        )
        .where(Document.case_id == bindparam("case_id"))
        .order_by(
            Document.document_date.desc().nulls_last(),
            Document.added_at.desc(),
            Document.id.desc(),
        )
    )


@cache
def _appointments_query() -> Any:
    """The case's coming appointments, soonest first; built once."""
    return (
        select(Appointment.kind, Appointment.starts_at, Appointment.state)
        .where(
            Appointment.case_id == bindparam("case_id"),
            Appointment.starts_at >= bindparam("since"),
            Appointment.state != "cancelled",
        )
        .order_by(Appointment.starts_at, Appointment.id)
    )


def build_case_report(
    session: Session,
    actor: Actor,
    record: CaseRecord,
    kind: str,
    recipient: Recipient,
    sections: Iterable[Section] | None,
    include_confidential: bool,
) -> CaseReport:
    """The document's data from a record already read (and checked) for this actor."""
    reference = record.case.reference
    today = clock.today()
    chosen = profile_sections(recipient, sections)
    if include_confidential:
        if not record.can_see_confidential:
            raise PermissionDeniedError(
                _("Permission denied: you may not see the confidential notes of this case."),
                actor=actor,
                case_id=record.case.id,
                detail={"what": "print confidential notes", "case": reference},
            )
        if recipient is not Recipient.INTERNAL:
            raise ValidationError(
                {"confidential": _("Confidential notes are printed only for the internal team.")}
            )
    c = record.case
    report = CaseReport(
        kind=kind,
        reference=c.reference,
        name=c.display_name,
        recipient=recipient,
        sections=chosen,
        person=_person_rows(record, recipient, today),
        case_id=c.id,
        primary_worker_name=record.primary_worker.full_name if record.primary_worker else "",
    )
    report.case_open = c.status == "open"
    report.team_name = record.team_name or None
    report.next_kind_label = (
        listing.KIND_LABELS.get(TransitionKind(c.next_kind), c.next_kind) if c.next_kind else None
    )
    if report.has(Section.LEGAL_STATUS):
        report.decisions = [
            {
                "type": DECISION_LABELS.get(d.decision_type, d.decision_type),
                "application_date": d.application_date,
                "decision_date": d.decision_date,
                "permit_expiry": d.permit_expiry,
                "authority_reference": d.authority_reference or "",
            }
            for d in record.decisions
        ]
    if report.has(Section.TRANSITIONS):
        hide_health = recipient in (Recipient.LANDLORD, Recipient.MUNICIPALITY)
        templates = settings.checklist_templates(session)
        rules = settings.transition_rules(session)
        for t in sorted(record.open_transitions, key=lambda t: (t.due_date, t.kind)):
            if not is_listed(t.kind, t.due_date, today, rules):
                continue  # a permit expiry not yet in view
            missing = set(t.missing)
            template = template_for(templates, t.kind, t.age_group, t.secure_item)
            report.transitions.append(
                TransitionFacts(
                    kind=t.kind,
                    kind_label=listing.KIND_LABELS.get(TransitionKind(t.kind), t.kind),
                    due_date=t.due_date,
                    days_left=t.days_left,
                    uncertain=t.uncertain,
                    readiness=t.readiness,
                    risk=t.risk,
                    explanation=t.explanation,
                    secured=t.housing_secured,
                    checklist=tuple(
                        (CHECKLIST_LABELS.get(key, key), key not in missing)
                        for key in template
                        if key not in record.checklist_na.get(t.kind, set())
                        and not (hide_health and key in HEALTH_ITEMS)
                    ),
                )
            )
    if report.has(Section.HOUSING):

        def placement(p: Any) -> dict[str, Any]:
            return {
                "type": PLACEMENT_LABELS.get(p.placement_type, p.placement_type),
                "name": p.name or "",
                "address": p.address or "",
                "municipality": p.municipality or "",
                "start_date": p.start_date,
                "planned_end_date": p.planned_end_date,
                "end_date": p.end_date,
            }

        current = record.current_placement
        # Where someone lives now (e.g. a reception centre) tells a landlord their legal status.
        if recipient is not Recipient.LANDLORD:
            report.current_placement = placement(current) if current else None
        if recipient is not Recipient.LANDLORD:
            report.placements = [placement(p) for p in record.placements]
        for o in record.offers:
            row = {
                "unit": o.unit.code,
                "address": o.unit.address,
                "municipality": o.unit.municipality,
                "unit_type": units.UNIT_TYPES.get(
                    o.unit.unit_type, o.unit.unit_type.replace("_", " ")
                ),
                "rooms": o.unit.rooms,
                "rent": o.unit.monthly_rent,
                "state": OFFER_STATE_LABELS.get(o.state, o.state),
                "state_key": o.state,
                "proposed_on": o.proposed_on,
                "move_in_date": o.move_in_date,
            }
            report.offers.append(row)
        live = [o for o in report.offers if o["state_key"] not in ("declined", "ended")]
        report.current_offer = live[-1] if live else None
        if recipient is Recipient.LANDLORD:
            report.offers = [report.current_offer] if report.current_offer else []
    if report.has(Section.LANGUAGE):
        report.languages = [
            {
                "course": e.course_name,
                "provider": e.provider or "",
                "level": e.cefr_level,
                "status": e.status.capitalize(),
                "attendance": e.attendance_percent,
                "start_date": e.start_date,
                "end_date": e.end_date,
            }
            for e in record.enrolments
        ]
    if report.has(Section.WORK_EDUCATION):
        report.work = [
            {
                "programme": w.programme_type.replace("_", " ").capitalize(),
                "name": w.programme_name or "",  # the registry's programme, when from it
                "organisation": w.organisation or "",
                "status": w.status.capitalize(),
                "start_date": w.start_date,
                "end_date": w.end_date,
                # In English here, in the report's language on paper.
                "outcome": SUPPORT_OUTCOME_LABELS.get(w.outcome or "", w.outcome or ""),
                "outcome_note": w.outcome_note or "",
            }
            for w in record.employment
        ]
    if report.has(Section.WORKERS):
        report.workers = [
            {
                "worker": a.user.full_name,
                "role": a.role.capitalize(),
                "start_date": a.start_date,
                "end_date": a.end_date,
                "reason": a.reason or "",
            }
            for a in record.assignments
            if recipient is not Recipient.LANDLORD or a.end_date is None
        ]
        if recipient is not Recipient.LANDLORD:
            periods = [
                AssignmentPeriod(a.user_id, a.start_date, a.end_date, a.role == "primary")
                for a in record.assignments
            ]
            report.continuity = [
                (
                    "Primary worker",
                    record.primary_worker.full_name if record.primary_worker else "None",
                ),
                (
                    "Worker changes in the last 12 months",
                    worker_changes_last_12_months(periods, today),
                ),
            ]
            report.moves = [
                {
                    "kind": m.kind.replace("_", " ").capitalize(),
                    "moved_on": m.moved_on,
                    "from": m.from_place or "",
                    "to": m.to_place or "",
                    "worker_continued": "Yes" if m.worker_continued else "No",
                }
                for m in record.moves
            ]
    if report.has(Section.LIFE_PLAN):
        report.goals = [
            {
                "domain": g.domain.replace("_", " ").capitalize(),
                "goal": g.goal,
                "target_date": g.target_date,
                "status": g.status.replace("_", " ").capitalize(),
            }
            for g in record.goals
            if not (recipient is Recipient.MUNICIPALITY and g.domain == "health")
        ]
    if report.has(Section.TASKS):
        report.tasks = [
            {
                "title": t.title,
                "due_date": t.due_date,
                "owner": t.owner.full_name if t.owner else "",
                "overdue": t.due_date is not None and t.due_date < today,
            }
            for t in record.tasks
            if t.done_at is None
        ]
    if report.has(Section.CONTACTS):
        report.contacts = [
            {
                "name": p.name,
                "relation": p.relation or "",
                "organisation": p.organisation or "",
                "phone": p.phone or "",
                "email": p.email or "",
            }
            for p in record.contacts
        ]
    if report.has(Section.CONSENTS):
        report.consents = [
            {
                "purpose": r.purpose,
                "recipient": recipient_label(r.recipient),
                "given_on": r.given_on,
                "expires_on": r.expires_on,
                "withdrawn_on": r.withdrawn_on,
            }
            for r in record.consents
        ]
    if report.has(Section.DOCUMENTS):
        report.documents = [
            {
                "title": title,
                "kind": kind.replace("_", " ").capitalize(),
                "date": on or added_at.date(),
            }
            for title, kind, on, added_at, confidential in session.execute(
                _documents_query(), {"case_id": c.id}
            )
            if include_confidential or not confidential
        ]
    if report.has(Section.APPOINTMENTS):
        report.appointments = [
            {
                "kind": kind.replace("_", " ").capitalize(),
                "starts_at": starts_at,
                "state": state.capitalize(),
            }
            for kind, starts_at, state in session.execute(
                _appointments_query(),
                {"case_id": c.id, "since": datetime.combine(today, time.min)},
            )
        ]
    if report.has(Section.NOTES):
        notes = [n for n in record.notes if include_confidential or not n.confidential][
            :RECENT_NOTES
        ]
        report.confidential_included = any(n.confidential for n in notes)
        report.hidden_confidential_notes = record.hidden_confidential_notes + (
            0 if include_confidential else sum(1 for n in record.notes if n.confidential)
        )
        report.notes = [
            {
                "date": n.note_date,
                "kind": n.kind.replace("_", " ").capitalize(),
                "author": n.author.full_name if n.author else "",
                "text": n.text,
                "confidential": n.confidential,
            }
            for n in notes
        ]
    return report
