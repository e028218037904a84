"""A young person's employment and education support: added from the registry's programmes
(while places are left) or typed in (a school or an employer of their own), then moved on,
corrected and ended with what came of it — in work, in education, or none."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.db.models import Case, EmploymentProgramme, EmploymentSupport
from desktop_app.domain import partners as rules
from desktop_app.domain.i18n import message as _
from desktop_app.domain.plain_text import hidden_character_problem
from desktop_app.services import clock
from desktop_app.services.actor import Actor
from desktop_app.services.errors import NotFoundError, ValidationError
from desktop_app.services.housing.form_values import date_value, text_value
from desktop_app.services.partners import programmes
from desktop_app.services.trust import audit
from desktop_app.services.trust.permissions import load_case_for_edit

SUPPORT_FIELDS = ("status", "start_date", "end_date", "outcome", "outcome_note", "organisation")
ORGANISATION_LENGTH = 200


@dataclass(frozen=True)
class WorkSupport:
    """One support as the case record shows it (with its programme, when from the registry)."""

    id: int
    programme_id: int | None
    programme_code: str | None
    programme_name: str | None
    programme_type: str
    organisation: str | None
    start_date: date | None
    end_date: date | None
    status: str
    outcome: str | None
    outcome_note: str | None

    @property
    def holds_place(self) -> bool:
        return rules.holds_place(self.status)


def case_support(session: Session, case_id: int) -> tuple[WorkSupport, ...]:
    """A case's work and education support, oldest first (the case record checked the reader)."""
    return tuple(
        WorkSupport(
            id=s.id,
            programme_id=s.programme_id,
            programme_code=code,
            programme_name=name,
            programme_type=s.programme_type,
            organisation=s.organisation,
            start_date=s.start_date,
            end_date=s.end_date,
            status=s.status,
            outcome=s.outcome,
            outcome_note=s.outcome_note,
        )
        for s, code, name in session.execute(
            select(EmploymentSupport, EmploymentProgramme.code, EmploymentProgramme.name)
            .outerjoin(
                EmploymentProgramme, EmploymentProgramme.id == EmploymentSupport.programme_id
            )
            .where(EmploymentSupport.case_id == case_id)
            .order_by(EmploymentSupport.start_date.asc().nulls_first(), EmploymentSupport.id)
        )
    )


def _support(session: Session, case: Case, support_id: int) -> WorkSupport:
    for support in case_support(session, case.id):
        if support.id == support_id:
            return support
    raise NotFoundError(
        _(
            "No work or education support {support_id} on the case {reference}.",
            support_id=support_id,
            reference=case.reference,
        )
    )


def _check_organisation(organisation: str | None, errors: dict[str, str]) -> None:
    if not organisation:
        errors["organisation"] = _("Name the organisation (school, employer, programme).")
    elif len(organisation) > ORGANISATION_LENGTH:
        errors["organisation"] = _(
            "The organisation's name is longer than {length} characters.",
            length=ORGANISATION_LENGTH,
        )
    elif (problem := hidden_character_problem(organisation)) is not None:
        errors["organisation"] = problem


def add_support(
    session: Session,
    actor: Actor,
    reference: str,
    *,
    programme_id: int | None = None,
    programme_type: str | None = None,
    organisation: str | None = None,
    start_date: date | None = None,
    end_date: date | None = None,
    status: str | None = None,
) -> WorkSupport:
    """Add support from a programme of the registry (its type, organisation and dates; it
    needs a free place), or typed in with its type and organisation."""
    case = load_case_for_edit(session, actor, reference)
    today = clock.today()
    errors: dict[str, str] = {}
    programme: EmploymentProgramme | None = None
    if programme_id is not None:
        programme = session.get(EmploymentProgramme, programme_id)
        if programme is None:
            raise ValidationError({"programme": _("Choose a programme.")})
        row = programmes.programme_row(session, programme.id)
        if programme.retired:
            errors["programme"] = _(
                "The programme {name} is retired: it is no longer offered.", name=programme.name
            )
        elif row.ended(today):
            errors["programme"] = _(
                "The programme {name} ended on {end_date}.",
                name=programme.name,
                end_date=programme.end_date.isoformat() if programme.end_date else "",
            )
        elif row.full:
            errors["programme"] = _(
                "The programme {name} is full: all {places} places are taken.",
                name=programme.name,
                places=row.places,
            )
        programme_type = programme.programme_type
        organisation = programme.organisation
        if start_date is None:
            start_date = (
                programme.start_date
                if programme.start_date and programme.start_date > today
                else today
            )
        if end_date is None:
            end_date = programme.end_date
    organisation = (organisation or "").strip()
    if programme_type not in rules.PROGRAMME_TYPES:
        errors["programme_type"] = _(
            "'{programme_type}' is not a programme ({programme_types}).",
            programme_type=programme_type or "",
            programme_types=", ".join(rules.PROGRAMME_TYPES),
        )
    _check_organisation(organisation, errors)
    if status is None:
        status = rules.default_status(start_date, today)
    if status not in rules.HOLDING_STATUSES:
        errors["status"] = _("New support is planned or active; end it once it has run.")
    elif status == "active" and start_date is not None and start_date > today:
        errors["start_date"] = _(
            "Active support has started; its start date cannot be in the future (keep it planned)."
        )
    if start_date and end_date and end_date < start_date:
        errors["end_date"] = _("The support ends before it starts.")
    if errors:
        raise ValidationError(errors)
    assert programme_type is not None
    support = EmploymentSupport(
        case_id=case.id,
        programme_id=programme.id if programme else None,
        programme_type=programme_type,
        organisation=organisation,
        start_date=start_date,
        end_date=end_date,
        status=status,
        outcome=None,
    )
    session.add(support)
    session.flush()
    audit.record(
        session,
        actor,
        "employment_added",
        entity="employment",
        entity_id=support.id,
        case_id=case.id,
        detail={
            "programme": programme_type,
            "registry": programme.code if programme else None,
            "start": audit.plain_value(start_date),
            "status": status,
        },
    )
    return _support(session, case, support.id)


def update_support(
    session: Session,
    actor: Actor,
    reference: str,
    support_id: int,
    values: Mapping[str, Any],
    *,
    reason: str | None = None,
) -> WorkSupport:
    """Move a support on or end it (completed or dropped, dated, with its outcome: in work,
    in education or none), or correct it — going back needs the reason. Audited field by
    field."""
    case = load_case_for_edit(session, actor, reference)
    row = session.get(EmploymentSupport, support_id)
    if row is None or row.case_id != case.id:
        raise NotFoundError(
            _(
                "No work or education support {support_id} on the case {reference}.",
                support_id=support_id,
                reference=reference,
            )
        )
    unknown = set(values) - set(SUPPORT_FIELDS)
    if unknown:
        raise ValidationError({k: _("not a field of the support.") for k in sorted(unknown)})
    today = clock.today()
    errors: dict[str, str] = {}
    before = {k: audit.plain_value(getattr(row, k)) for k in SUPPORT_FIELDS}
    status = text_value(values, "status") if "status" in values else row.status
    if status not in rules.STATUSES:
        errors["status"] = _(
            "'{status}' is not a status ({support_statuses}).",
            status=status or "",
            support_statuses=", ".join(rules.STATUSES),
        )
        status = row.status
    start = date_value(values, "start_date", errors) if "start_date" in values else row.start_date
    if "end_date" in values:
        end = date_value(values, "end_date", errors)
    elif rules.is_ended(status) and not rules.is_ended(row.status):
        end = row.end_date if row.end_date is not None and row.end_date <= today else today
    else:
        end = row.end_date
    if status == "active" and row.status == "planned" and "start_date" not in values:
        if start is None or start > today:
            start = today
    outcome = text_value(values, "outcome") if "outcome" in values else row.outcome
    note = text_value(values, "outcome_note") if "outcome_note" in values else row.outcome_note
    organisation = (
        text_value(values, "organisation") if "organisation" in values else row.organisation
    )
    if "organisation" in values:
        _check_organisation(organisation, errors)
    if rules.is_ended(status):
        if outcome not in rules.OUTCOMES:
            errors["outcome"] = _(
                "Say what came of it: in work, in education or none ({outcomes}).",
                outcomes=", ".join(rules.OUTCOMES),
            )
        if end is None:
            errors["end_date"] = _("Say when the support ended.")
        elif end > today:
            errors["end_date"] = _("Ended support cannot end in the future.")
    else:
        # The outcome is what came of the support once it ended; taken back, it goes too.
        outcome = None
        if status == "active" and start is not None and start > today:
            errors["start_date"] = _(
                "Active support has started; its start date cannot be in the future (keep it planned)."
            )
    if start and end and end < start:
        errors["end_date"] = _("The support ends before it starts.")
    if rules.status_goes_back(row.status, status) and not (reason or "").strip():
        errors["reason"] = _(
            "Going back from {before} to {after} corrects the record: say why.",
            before=row.status,
            after=status,
        )
    if (
        row.programme_id is not None
        and rules.holds_place(status)
        and not rules.holds_place(row.status)
    ):
        place = programmes.programme_row(session, row.programme_id)
        if place.full:
            errors["status"] = _(
                "The programme {name} is full: all {places} places are taken.",
                name=place.name,
                places=place.places,
            )
    if errors:
        raise ValidationError(errors)
    row.status = status
    row.start_date = start
    row.end_date = end
    row.outcome = outcome
    row.outcome_note = note
    row.organisation = organisation
    session.flush()
    after = {k: audit.plain_value(getattr(row, k)) for k in SUPPORT_FIELDS}
    changed: dict[str, Any] = {
        k: {"before": before[k], "after": after[k]} for k in SUPPORT_FIELDS if before[k] != after[k]
    }
    if changed:
        if (reason or "").strip():
            changed["reason"] = (reason or "").strip()
        audit.record(
            session,
            actor,
            "employment_changed",
            entity="employment",
            entity_id=row.id,
            case_id=case.id,
            detail=changed,
        )
    return _support(session, case, row.id)
