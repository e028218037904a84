"""The people around the young person and the consents to share information with others.

A contact (guardian, mentor, family, teacher, landlord, lawyer, interpreter…) is added,
kept up to date, and ended when they are no longer around — never deleted. A consent names
its recipient and scope, the day it was given and perhaps when it expires; it is corrected
with a reason or withdrawn. Printing a handover for someone outside the organisation checks
the consents in force (`report_data.recipients`).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from desktop_app.db.models import ConsentRecord, Contact
from desktop_app.domain.i18n import message as _
from desktop_app.services import clock
from desktop_app.services.actor import Actor
from desktop_app.services.cases.corrections import (
    apply_changes,
    change_detail,
    clean_text,
    fact_on_case,
    require_reason,
    text_problems,
    unknown_fields,
)
from desktop_app.services.cases.record_data import CONTACT_ROLES
from desktop_app.services.errors import ValidationError
from desktop_app.services.trust import audit
from desktop_app.services.trust.permissions import load_case_for_edit

CONTACT_FIELDS = ("name", "role", "relation", "organisation", "phone", "email", "note")
CONSENT_RECIPIENTS = ("internal", "aftercare_service", "municipality", "landlord", "other")
CONSENT_FIELDS = ("purpose", "recipient", "given_on", "expires_on", "note")


def _contact_problems(values: Mapping[str, Any]) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not values.get("name"):
        errors["name"] = _("Give the contact's name.")
    if values.get("role") not in CONTACT_ROLES:
        errors["role"] = _(
            "'{role}' is not a role ({roles}).",
            role=values.get("role"),
            roles=", ".join(CONTACT_ROLES),
        )
    email = values.get("email")
    if email and "@" not in email:
        errors["email"] = _("'{email}' is not an e-mail address.", email=email)
    errors.update(text_problems(values, ("name", "relation", "organisation", "phone", "email")))
    return errors


def _cleaned_contact(values: Mapping[str, Any]) -> dict[str, Any]:
    return {
        name: (clean_text(value) if name != "role" else str(value or "").strip())
        for name, value in values.items()
    }


def add_contact(
    session: Session,
    actor: Actor,
    reference: str,
    name: str,
    role: str,
    *,
    relation: str | None = None,
    organisation: str | None = None,
    phone: str | None = None,
    email: str | None = None,
    note: str | None = None,
) -> Contact:
    """Someone around the young person, with their role and how to reach them."""
    case = load_case_for_edit(session, actor, reference)
    values = _cleaned_contact(
        {
            "name": name,
            "role": role,
            "relation": relation,
            "organisation": organisation,
            "phone": phone,
            "email": email,
            "note": note,
        }
    )
    errors = _contact_problems(values)
    if errors:
        raise ValidationError(errors)
    contact = Contact(case_id=case.id, **values)
    session.add(contact)
    session.flush()
    audit.record(
        session,
        actor,
        "contact_added",
        entity="contact",
        entity_id=contact.id,
        case_id=case.id,
        detail={"name": contact.name, "role": contact.role},
    )
    return contact


def update_contact(
    session: Session,
    actor: Actor,
    reference: str,
    contact_id: int,
    values: Mapping[str, Any],
    *,
    reason: str | None = None,
) -> Contact:
    """New details of a contact (a new phone number, a corrected name)."""
    case, contact = fact_on_case(session, actor, reference, Contact, contact_id)
    unknown_fields(values, CONTACT_FIELDS)
    merged = {name: getattr(contact, name) for name in CONTACT_FIELDS}
    merged.update(_cleaned_contact(values))
    errors = _contact_problems(merged)
    if errors:
        raise ValidationError(errors)
    changes = apply_changes(contact, merged)
    if changes:
        session.flush()
        audit.record(
            session,
            actor,
            "contact_changed",
            entity="contact",
            entity_id=contact.id,
            case_id=case.id,
            detail=change_detail(changes, clean_text(reason)),
        )
    return contact


def end_contact(
    session: Session,
    actor: Actor,
    reference: str,
    contact_id: int,
    ended_on: date | None = None,
    *,
    reason: str | None = None,
) -> Contact:
    """The person is no longer around the young person from `ended_on` (kept on the record)."""
    case, contact = fact_on_case(session, actor, reference, Contact, contact_id)
    if contact.ended_on is not None:
        raise ValidationError({"contact": _("This contact has ended already.")})
    day = ended_on or clock.today()
    if day > clock.today():
        raise ValidationError({"ended_on": _("The date is in the future.")})
    contact.ended_on = day
    session.flush()
    audit.record(
        session,
        actor,
        "contact_ended",
        entity="contact",
        entity_id=contact.id,
        case_id=case.id,
        detail={
            "ended_on": day.isoformat(),
            **({"reason": r} if (r := clean_text(reason)) else {}),
        },
    )
    return contact


# --- consents ----------------------------------------------------------------------------


def _consent_problems(values: Mapping[str, Any]) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not values.get("purpose"):
        errors["purpose"] = _("Say what the consent is for.")
    if values.get("recipient") not in CONSENT_RECIPIENTS:
        errors["recipient"] = _(
            "'{recipient}' is not a recipient ({consent_recipients}).",
            recipient=values.get("recipient"),
            consent_recipients=", ".join(CONSENT_RECIPIENTS),
        )
    given, expires = values.get("given_on"), values.get("expires_on")
    if not isinstance(given, date):
        errors["given_on"] = _("Give the day the consent was given.")
    elif given > clock.today():
        errors["given_on"] = _("A consent cannot be given in the future.")
    if isinstance(given, date) and isinstance(expires, date) and expires < given:
        errors["expires_on"] = _("The consent expires before it was given.")
    errors.update(text_problems(values, ("purpose",)))
    return errors


def add_consent(
    session: Session,
    actor: Actor,
    reference: str,
    purpose: str,
    recipient: str,
    given_on: date | None = None,
    note: str | None = None,
    *,
    expires_on: date | None = None,
) -> ConsentRecord:
    """Record a consent: what for (its scope), to whom, when, until when, and by whom it was
    recorded."""
    case = load_case_for_edit(session, actor, reference)
    values = {
        "purpose": clean_text(purpose),
        "recipient": recipient,
        "given_on": given_on or clock.today(),
        "expires_on": expires_on,
        "note": clean_text(note),
    }
    errors = _consent_problems(values)
    if errors:
        raise ValidationError(errors)
    record = ConsentRecord(case_id=case.id, recorded_by_id=actor.user_id, **values)
    session.add(record)
    session.flush()
    audit.record(
        session,
        actor,
        "consent_recorded",
        entity="consent",
        entity_id=record.id,
        case_id=case.id,
        detail={
            "purpose": record.purpose,
            "recipient": recipient,
            "given_on": record.given_on.isoformat(),
            **({"expires_on": expires_on.isoformat()} if expires_on else {}),
        },
    )
    return record


def correct_consent(
    session: Session,
    actor: Actor,
    reference: str,
    consent_id: int,
    values: Mapping[str, Any],
    *,
    reason: str,
) -> ConsentRecord:
    """Correct a consent recorded wrongly (its recipient, scope or dates), with the reason."""
    case, record = fact_on_case(session, actor, reference, ConsentRecord, consent_id)
    why = require_reason(reason)
    unknown_fields(values, CONSENT_FIELDS)
    merged = {name: getattr(record, name) for name in CONSENT_FIELDS}
    merged.update(
        {
            name: clean_text(value) if name in ("purpose", "note") else value
            for name, value in values.items()
        }
    )
    errors = _consent_problems(merged)
    if (
        record.withdrawn_on is not None
        and isinstance(merged["given_on"], date)
        and record.withdrawn_on < merged["given_on"]
    ):
        errors["given_on"] = _("A consent cannot be withdrawn before it was given.")
    if errors:
        raise ValidationError(errors)
    changes = apply_changes(record, merged)
    if changes:
        session.flush()
        audit.record(
            session,
            actor,
            "consent_changed",
            entity="consent",
            entity_id=record.id,
            case_id=case.id,
            detail=change_detail(changes, why),
        )
    return record


def withdraw_consent(
    session: Session,
    actor: Actor,
    reference: str,
    consent_id: int,
    on: date | None = None,
    *,
    note: str | None = None,
) -> ConsentRecord:
    """The young person withdrew the consent on `on` (today when not given): from then on it
    covers no sharing; it stays on the record."""
    case, record = fact_on_case(session, actor, reference, ConsentRecord, consent_id)
    if record.withdrawn_on is not None:
        raise ValidationError({"withdrawn_on": _("This consent was already withdrawn.")})
    on = on or clock.today()
    if on < record.given_on:
        raise ValidationError(
            {"withdrawn_on": _("A consent cannot be withdrawn before it was given.")}
        )
    if on > clock.today():
        raise ValidationError({"withdrawn_on": _("The date is in the future.")})
    record.withdrawn_on = on
    text = clean_text(note)
    if text:
        record.note = f"{record.note}\n{text}" if record.note else text
    session.flush()
    audit.record(
        session,
        actor,
        "consent_withdrawn",
        entity="consent",
        entity_id=record.id,
        case_id=case.id,
        detail={"withdrawn_on": on.isoformat(), **({"note": text} if text else {})},
    )
    return record
