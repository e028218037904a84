"""Who a document goes to, and what leaves the organisation with it.

Recipient profiles decide the most each reader may be shown: a landlord never
sees health, legal-status details or notes; the person printing can leave out
more. A reader outside the organisation needs the young person's consent on
record, or a reason given for printing without it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.db.models import ConsentRecord
from desktop_app.domain.i18n import message as _
from desktop_app.services import clock
from desktop_app.services.actor import Actor
from desktop_app.services.cases.record_data import ConsentFacts
from desktop_app.services.errors import HomewardError, ValidationError
from desktop_app.services.trust.permissions import load_case_for_read


class Recipient(StrEnum):
    INTERNAL = "internal"
    AFTERCARE = "aftercare_service"
    MUNICIPALITY = "municipality"
    LANDLORD = "landlord"


RECIPIENT_LABELS: dict[Recipient, str] = {
    Recipient.INTERNAL: "Internal team",
    Recipient.AFTERCARE: "After-care service",
    Recipient.MUNICIPALITY: "Municipality housing office",
    Recipient.LANDLORD: "Landlord",
}


# Consent records name their recipient with these words (ConsentRecord.recipient).
CONSENT_RECIPIENT: dict[Recipient, str] = {
    Recipient.INTERNAL: "internal",
    Recipient.AFTERCARE: "aftercare_service",
    Recipient.MUNICIPALITY: "municipality",
    Recipient.LANDLORD: "landlord",
}


class Section(StrEnum):
    PERSON = "person"
    LEGAL_STATUS = "legal_status"
    TRANSITIONS = "transitions"
    HOUSING = "housing"
    LANGUAGE = "language"
    WORK_EDUCATION = "work_education"
    WORKERS = "workers"
    LIFE_PLAN = "life_plan"
    TASKS = "tasks"
    CONTACTS = "contacts"
    CONSENTS = "consents"
    NOTES = "notes"
    DOCUMENTS = "documents"
    APPOINTMENTS = "appointments"


SECTION_LABELS: dict[Section, str] = {
    Section.PERSON: "Person",
    Section.LEGAL_STATUS: "Legal status",
    Section.TRANSITIONS: "Upcoming transitions",
    Section.HOUSING: "Placement and housing",
    Section.LANGUAGE: "Language",
    Section.WORK_EDUCATION: "Work and education",
    Section.WORKERS: "Workers and continuity",
    Section.LIFE_PLAN: "Life plan",
    Section.TASKS: "Open tasks",
    Section.CONTACTS: "Contacts",
    Section.CONSENTS: "Consents on record",
    Section.NOTES: "Recent notes",
    Section.DOCUMENTS: "Documents on the case",
    Section.APPOINTMENTS: "Upcoming appointments",
}


ALL_SECTIONS: tuple[Section, ...] = tuple(Section)


# What each recipient may be shown at most; the person printing can leave out more.
PROFILE_SECTIONS: dict[Recipient, frozenset[Section]] = {
    Recipient.INTERNAL: frozenset(Section),
    Recipient.AFTERCARE: frozenset(Section),
    Recipient.MUNICIPALITY: frozenset(
        {
            Section.PERSON,
            Section.LEGAL_STATUS,
            Section.TRANSITIONS,
            Section.HOUSING,
            Section.LANGUAGE,
            Section.WORK_EDUCATION,
            Section.WORKERS,
            Section.LIFE_PLAN,
            Section.CONSENTS,
        }
    ),
    Recipient.LANDLORD: frozenset(
        {Section.PERSON, Section.HOUSING, Section.LANGUAGE, Section.WORKERS, Section.CONSENTS}
    ),
}


# Person fields a recipient may see (the internal team and after-care see all of them).
LANDLORD_PERSON_FIELDS = frozenset(
    {"reference", "name", "preferred_name", "age", "languages", "interpreter", "household"}
)


MUNICIPALITY_PERSON_FIELDS = frozenset(
    {
        "reference",
        "name",
        "preferred_name",
        "date_of_birth",
        "age",
        "sex",
        "nationality",
        "languages",
        "interpreter",
        "arrival_date",
        "unaccompanied",
        "in_aftercare",
        "household",
        "status",
    }
)


# Checklist items about health stay inside the organisation and after-care.
HEALTH_ITEMS = frozenset({"health_registration"})


def recipient_label(value: str) -> str:
    try:
        return RECIPIENT_LABELS[Recipient(value)]
    except ValueError:
        return value.replace("_", " ").capitalize()


class ConsentMissingError(HomewardError):
    """Printing for someone outside the organisation without a consent on record."""


@dataclass(frozen=True)
class ConsentCheck:
    recipient: Recipient
    needed: bool
    on_record: bool
    consents: tuple[str, ...]  # purposes of the consents that cover this recipient

    @property
    def ok(self) -> bool:
        return not self.needed or self.on_record


def profile_sections(recipient: Recipient, wanted: Iterable[Section] | None) -> tuple[Section, ...]:
    allowed = PROFILE_SECTIONS[recipient]
    chosen = set(ALL_SECTIONS if wanted is None else wanted)
    return tuple(s for s in ALL_SECTIONS if s in chosen and s in allowed)


def parse_sections(text: str) -> tuple[Section, ...]:
    """Section names separated by commas (for the command line)."""
    found: list[Section] = []
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        try:
            found.append(Section(part))
        except ValueError:
            names = ", ".join(s.value for s in Section)
            raise ValidationError(
                {
                    "sections": _(
                        "'{part}' is not a section (sections: {names}).", part=part, names=names
                    )
                }
            ) from None
    return tuple(found)


def consent_check(
    session: Session, actor: Actor, reference: str, recipient: Recipient | str
) -> ConsentCheck:
    """Whether the young person consented to share with this recipient (outside recipients only)."""
    recipient = Recipient(recipient)
    case = load_case_for_read(session, actor, reference)
    if recipient is Recipient.INTERNAL:
        return ConsentCheck(recipient, needed=False, on_record=True, consents=())
    today = clock.today()
    purposes = tuple(
        session.scalars(
            select(ConsentRecord.purpose).where(
                ConsentRecord.case_id == case.id,
                ConsentRecord.recipient == CONSENT_RECIPIENT[recipient],
                ConsentRecord.given_on <= today,
                (ConsentRecord.withdrawn_on.is_(None)) | (ConsentRecord.withdrawn_on > today),
                (ConsentRecord.expires_on.is_(None)) | (ConsentRecord.expires_on >= today),
            )
        )
    )
    return ConsentCheck(recipient, needed=True, on_record=bool(purposes), consents=purposes)


def consent_check_of(consents: Iterable[ConsentFacts], recipient: Recipient | str) -> ConsentCheck:
    """`consent_check` over the consents of a record already read: given, and neither
    withdrawn nor expired, today."""
    recipient = Recipient(recipient)
    if recipient is Recipient.INTERNAL:
        return ConsentCheck(recipient, needed=False, on_record=True, consents=())
    today = clock.today()
    purposes = tuple(
        c.purpose
        for c in consents
        if c.recipient == CONSENT_RECIPIENT[recipient] and c.in_force_on(today)
    )
    return ConsentCheck(recipient, needed=True, on_record=bool(purposes), consents=purposes)


def require_consent(
    reference: str, check: ConsentCheck, consent_override_reason: str | None
) -> str | None:
    """The reason given to print without a consent (None when none is given); refused when a
    consent is needed and neither it nor a reason is there."""
    override = (consent_override_reason or "").strip() or None
    if not check.ok and override is None:
        raise ConsentMissingError(
            _(
                "No consent on record to share the case {reference} with: {value}. Give a reason to print it anyway.",
                reference=reference,
                value=RECIPIENT_LABELS[check.recipient].lower(),
            )
        )
    return override
