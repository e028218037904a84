"""Data-protection duties on records: the retention review and anonymisation (consents are kept
on the case record, `services.cases.contacts`).

Anonymising keeps what the statistics count (dates, kinds, states,
municipalities, scores, year of birth) and removes what identifies the person
(names, contacts, free text). It is done by the coordinator (all cases) or
the team lead of the case's team, after a confirmation, and audited.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import delete, select, text, update
from sqlalchemy.orm import Session

from desktop_app.db import models as m
from desktop_app.domain.i18n import message as _
from desktop_app.services import clock, settings
from desktop_app.services.actor import Actor, Role
from desktop_app.services.errors import NotFoundError, ValidationError
from desktop_app.services.trust import audit
from desktop_app.services.trust.permissions import (
    case_by_reference,
    deny,
)

ANONYMISED_NAME = "Anonymised"
REASONS = ("retention", "erasure_request")


@dataclass(frozen=True)
class RetentionRow:
    reference: str
    name: str
    closed_on: date
    closed_reason: str | None
    team: str | None


def add_months(day: date, months: int) -> date:
    """`day` moved by whole months, the day clipped to the month's length."""
    import calendar

    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def _may_manage(session: Session, actor: Actor) -> None:
    if not (actor.is_system or actor.role in (Role.COORDINATOR, Role.TEAM_LEAD)):
        raise deny(session, actor, _("review retention or anonymise records"))


def _in_scope(actor: Actor, case: m.Case) -> bool:
    if actor.is_system or actor.role is Role.COORDINATOR:
        return True
    return (
        actor.role is Role.TEAM_LEAD and case.team_id is not None and case.team_id == actor.team_id
    )


def review(session: Session, actor: Actor, months: int | None = None) -> list[RetentionRow]:
    """Closed cases whose closing date lies more than the retention period back."""
    _may_manage(session, actor)
    months = months if months is not None else settings.retention_months(session)
    cutoff = add_months(clock.today(), -months)
    query = (
        select(m.Case)
        .where(
            m.Case.status == "closed",
            m.Case.anonymised.is_(False),
            m.Case.closed_on.is_not(None),
            m.Case.closed_on < cutoff,
        )
        .order_by(m.Case.closed_on, m.Case.reference)
    )
    if actor.role is Role.TEAM_LEAD and not actor.is_system:
        query = query.where(m.Case.team_id == actor.team_id)
    return [
        RetentionRow(
            c.reference,
            c.display_name,
            c.closed_on,  # type: ignore[arg-type]
            c.closed_reason,
            c.team.name if c.team else None,
        )
        for c in session.scalars(query)
    ]


def anonymise(
    session: Session,
    actor: Actor,
    references: list[str],
    *,
    reason: str,
    confirmed: bool,
) -> list[str]:
    """Anonymise the given cases (all or none); returns the references done."""
    _may_manage(session, actor)
    if reason not in REASONS:
        raise ValidationError(
            {"reason": _("'{reason}' is not a reason to anonymise.", reason=reason)}
        )
    if not confirmed:
        raise ValidationError(
            {"confirm": _("Anonymising cannot be undone; confirm it to go ahead.")}
        )
    if not references:
        raise ValidationError({"references": _("No case was chosen.")})
    cases = []
    for reference in references:
        case = case_by_reference(session, reference)
        if case is None:
            raise NotFoundError(_("No case with the reference '{reference}'.", reference=reference))
        if not _in_scope(actor, case):
            raise deny(
                session,
                actor,
                _("anonymise {reference} (another team's case)", reference=reference),
                case.id,
            )
        if case.anonymised:
            raise ValidationError(
                {"references": _("{reference} is already anonymised.", reference=reference)}
            )
        if reason == "retention":
            cutoff = add_months(clock.today(), -settings.retention_months(session))
            if case.status != "closed" or case.closed_on is None or case.closed_on >= cutoff:
                raise ValidationError(
                    {
                        "references": _(
                            "{reference} is not a closed case past the retention period.",
                            reference=reference,
                        )
                    }
                )
        cases.append(case)
    for case in cases:
        _anonymise_case(session, case)
        # What the audit log holds about the person was sealed with this key: gone with it.
        audit.destroy_case_key(session, case.id)
        # Duplicates merged into the case are the same person: their rows and keys too.
        for merged in session.scalars(select(m.Case).where(m.Case.merged_into_id == case.id)):
            if not merged.anonymised:
                _anonymise_case(session, merged)
            audit.destroy_case_key(session, merged.id)
        audit.record(
            session,
            actor,
            "case_anonymised",
            entity="case",
            entity_id=case.reference,
            case_id=case.id,
            detail={"reason": reason},
        )
    from desktop_app.services.transitions import derivation

    derivation.refresh_cases(session, [c.id for c in cases], actor)
    return [c.reference for c in cases]


def _anonymise_case(session: Session, case: m.Case) -> None:
    cid = case.id
    case.given_name = ANONYMISED_NAME
    case.family_name = case.reference
    case.preferred_name = None
    case.search_text = ""
    case.sort_name = ""
    # The year of birth keeps age-group figures; the day and month identify.
    case.date_of_birth = date(case.date_of_birth.year, 1, 1)
    case.dob_precision = "year"
    case.legal_guardian = None
    case.external_references = None
    case.closed_reason = "anonymised" if case.status == "closed" else case.closed_reason
    case.anonymised = True
    case.updated_at = clock.now()
    blank: list[tuple[Any, dict[str, Any]]] = [
        (m.LegalDecision, {"authority_reference": None, "note": None}),
        (m.Placement, {"name": None, "address": None}),
        (
            m.AgeAssessment,
            {"assessed_by": None, "method": None, "note": None, "previous_date_of_birth": None},
        ),
        (m.HousingOffer, {"decline_note": None}),
        # The outcome's code stays for the figures; what was typed about it goes.
        (m.EmploymentSupport, {"outcome_note": None}),
        (m.CourseEnrolment, {"end_reason": None}),
        (m.WorkerAssignment, {"reason": None, "handover_note": None}),
        (m.CaseMove, {"from_place": None, "to_place": None, "note": None}),
        (m.TransferRequest, {"note": None, "decision_reason": None}),
        (m.ClosureRequest, {"comment": None}),
        (m.LifePlanGoal, {"goal": ""}),
        (m.BelongingCheckin, {"note": None}),
        (m.ConsentRecord, {"note": None}),
    ]
    for model, values in blank:
        session.execute(update(model).where(model.case_id == cid).values(**values))
    session.execute(
        update(m.CommunityActivity)
        .where(m.CommunityActivity.case_id == cid)
        .values(name=m.CommunityActivity.kind)
    )
    session.execute(
        update(m.AgeAssessment)
        .where(m.AgeAssessment.case_id == cid)
        .values(new_date_of_birth=case.date_of_birth)
    )
    offer_ids = select(m.HousingOffer.id).where(m.HousingOffer.case_id == cid)
    session.execute(
        update(m.HousingOfferEvent)
        .where(m.HousingOfferEvent.offer_id.in_(offer_ids))
        .values(note=None)
    )
    session.execute(
        update(m.SupportInstrument)
        .where(m.SupportInstrument.offer_id.in_(offer_ids))
        .values(note=None)
    )
    # Appointments keep their kind, time and state (what statistics count); what was typed goes.
    session.execute(
        update(m.Appointment).where(m.Appointment.case_id == cid).values(place=None, note=None)
    )
    appointment_ids = select(m.Appointment.id).where(m.Appointment.case_id == cid)
    session.execute(
        delete(m.AppointmentAttendee).where(
            m.AppointmentAttendee.appointment_id.in_(appointment_ids),
            m.AppointmentAttendee.user_id.is_(None),
        )
    )
    # The files kept on the case identify the person through and through: they go whole,
    # and on SQLite their pages are overwritten with zeros rather than only marked free.
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("PRAGMA secure_delete = ON"))
    document_ids = select(m.Document.id).where(m.Document.case_id == cid)
    session.execute(delete(m.DocumentChunk).where(m.DocumentChunk.document_id.in_(document_ids)))
    for model in (m.Document, m.Note, m.Task, m.Contact, m.CaseSearchToken):
        session.execute(delete(model).where(model.case_id == cid))
    session.flush()
