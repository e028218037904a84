"""What each printed document shows, assembled from the services and filtered for its recipient.

The `reports` package only lays these values out. Everything here is plain
data (strings, numbers, dates), detached from the database session, so a
document can be drawn after the session closed or on another thread.

Recipient profiles decide what leaves the organisation: a landlord never sees
health, legal-status details or notes; confidential notes are printed only
when the person printing may see them and asks for them, and only for the
internal team.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.db.models import ConsentRecord, User
from desktop_app.domain import i18n
from desktop_app.domain.checklist import CHECKLIST_LABELS, template_for
from desktop_app.domain.codes import country_name, language_name
from desktop_app.domain.continuity import AssignmentPeriod, worker_changes_last_12_months
from desktop_app.domain.dates import age_on, effective_birth_date, is_uncertain
from desktop_app.domain.i18n import message as _
from desktop_app.domain.transitions import TransitionKind, TransitionRules, is_listed
from desktop_app.services import (
    audit,
    caseload,
    cases,
    clock,
    housing,
    planning,
    settings,
    transitions,
)
from desktop_app.services import outcomes as outcome_figures
from desktop_app.services.actor import ROLE_LABELS, Actor, Role
from desktop_app.services.errors import HomewardError, PermissionDeniedError, ValidationError
from desktop_app.services.permissions import (
    can_print_case_summary,
    can_print_reports,
    load_case_for_read,
    require_case_content_role,
)


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
_LANDLORD_PERSON_FIELDS = frozenset(
    {"reference", "name", "preferred_name", "age", "languages", "interpreter", "household"}
)
_MUNICIPALITY_PERSON_FIELDS = frozenset(
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
PRECISION_LABELS = {
    "exact": "exact date",
    "month": "month known",
    "year": "year only",
    "assessed": "assessed by age assessment",
}
RISK_WORDS = {"red": "High risk", "amber": "Some risk", "green": "On track"}


def _recipient_label(value: str) -> str:
    try:
        return RECIPIENT_LABELS[Recipient(value)]
    except ValueError:
        return value.replace("_", " ").capitalize()


class ConsentMissingError(HomewardError):
    """Printing for someone outside the organisation without a consent on record."""


# --- plain values the documents lay out ---------------------------------------


@dataclass(frozen=True)
class DocumentMeta:
    """Header and footer facts of every document."""

    title: str
    organisation: str
    logo_path: str | None
    printed_by: str
    printed_on: datetime
    page_size: str = "A4"  # A4 / Letter
    locale: str = "en_GB"
    subtitle: str = ""
    language: str = "en"  # the words of the document: en, da, sv, de
    rules: TransitionRules = field(default_factory=TransitionRules)


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

    def has(self, section: Section) -> bool:
        return section in self.sections

    @property
    def case_id_hint(self) -> str:
        return self.reference


@dataclass(frozen=True)
class ConsentCheck:
    recipient: Recipient
    needed: bool
    on_record: bool
    consents: tuple[str, ...]  # purposes of the consents that cover this recipient

    @property
    def ok(self) -> bool:
        return not self.needed or self.on_record


@dataclass
class TransitionsReport:
    within_days: int
    team: str | None
    rows: list[transitions.TransitionRow]
    worker_names: dict[str, str] = field(default_factory=dict)  # user name -> full name

    def worker(self, username: str | None) -> str:
        return self.worker_names.get(username or "", username or "") if username else ""

    def count(self, risk: str) -> int:
        return sum(1 for r in self.rows if r.risk == risk)


@dataclass
class CaseloadReport:
    scope_label: str
    groups: list[tuple[str, list[caseload.CaseRow]]]
    # the scope's parts, so a document can word it in its own language
    scope_worker: str | None = None
    scope_team: str | None = None

    @property
    def total(self) -> int:
        return sum(len(rows) for _, rows in self.groups)


@dataclass
class PlanningReport:
    months: int
    start: date
    team: str | None
    rows: list[planning.PlanningRow]
    by_month: list[tuple[date, dict[str, int]]]
    by_municipality: list[tuple[str | None, int]]
    # What became of the transitions due in the last quarters, per team: none left out.
    outcomes: list[outcome_figures.TransitionOutcomes] = field(default_factory=list)


# --- header and footer ---------------------------------------------------------


def document_meta(
    session: Session,
    actor: Actor,
    title: str,
    *,
    page_size: str = "A4",
    locale: str | None = None,
    subtitle: str = "",
    fallback_locale: str | None = None,
    language: str | None = None,
) -> DocumentMeta:
    """Header and footer facts; dates follow `locale`, else the user's language, else the fallback
    (the app passes the system locale)."""
    if page_size not in ("A4", "Letter"):
        raise ValidationError(
            {
                "page_size": _(
                    "'{page_size}' is not a page size (A4 or Letter).", page_size=page_size
                )
            }
        )
    user = session.get(User, actor.user_id) if actor.user_id is not None else None
    logo = settings.get(session, "organisation_logo")
    return DocumentMeta(
        title=title,
        organisation=str(settings.get(session, "organisation_name") or "Homeward"),
        logo_path=str(logo) if logo else None,
        printed_by=(user.full_name if user else actor.full_name) or actor.username,
        printed_on=clock.now(),
        page_size=page_size,
        locale=locale
        or (user.language if user and user.language else None)
        or fallback_locale
        or "en_GB",
        subtitle=subtitle,
        language=i18n.normalise(language) if language else i18n.default_language(),
        rules=settings.transition_rules(session),
    )


# --- case documents ------------------------------------------------------------


def _profile_sections(
    recipient: Recipient, wanted: Iterable[Section] | None
) -> tuple[Section, ...]:
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


def _person_rows(
    record: cases.CaseRecord, recipient: Recipient, today: date
) -> list[tuple[str, Any]]:
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
        allowed: frozenset[str] | None = _LANDLORD_PERSON_FIELDS
    elif recipient is Recipient.MUNICIPALITY:
        allowed = _MUNICIPALITY_PERSON_FIELDS
    else:
        allowed = None
    return [
        (label, value)
        for key, label, value in rows
        if value not in (None, "") and (allowed is None or key in allowed)
    ]


def _require_printable(session: Session, actor: Actor, reference: str, handover: bool) -> None:
    case = load_case_for_read(session, actor, reference)
    if handover:
        if not can_print_reports(actor):
            raise PermissionDeniedError(
                _(
                    "Permission denied: handover reports are printed by team leads and coordinators."
                ),
                actor=actor,
                case_id=case.id,
                detail={"what": "print a handover report", "case": reference},
            )
    elif not can_print_case_summary(session, actor, case):
        raise PermissionDeniedError(
            _("Permission denied: you may not print the case {reference}.", reference=reference),
            actor=actor,
            case_id=case.id,
            detail={"what": "print a case summary", "case": reference},
        )


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
            )
        )
    )
    return ConsentCheck(recipient, needed=True, on_record=bool(purposes), consents=purposes)


def _build(
    session: Session,
    actor: Actor,
    reference: str,
    kind: str,
    recipient: Recipient,
    sections: Iterable[Section] | None,
    include_confidential: bool,
) -> CaseReport:
    record = cases.open_case(session, actor, reference, audit_read=False)
    today = clock.today()
    chosen = _profile_sections(recipient, sections)
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
    )
    report.case_open = c.status == "open"
    report.team_name = record.team_name or None
    report.next_kind_label = (
        transitions.KIND_LABELS.get(TransitionKind(c.next_kind), c.next_kind)
        if c.next_kind
        else None
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
                    kind_label=transitions.KIND_LABELS.get(TransitionKind(t.kind), t.kind),
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
                "unit_type": housing.UNIT_TYPES.get(
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
                "course": e.course.name,
                "provider": e.course.provider or "",
                "level": e.course.cefr_level,
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
                "organisation": w.organisation or "",
                "status": w.status.capitalize(),
                "start_date": w.start_date,
                "end_date": w.end_date,
                "outcome": w.outcome or "",
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
                "recipient": _recipient_label(r.recipient),
                "given_on": r.given_on,
                "withdrawn_on": r.withdrawn_on,
            }
            for r in record.consents
        ]
    if report.has(Section.DOCUMENTS):
        from desktop_app.services import documents

        report.documents = [
            {
                "title": d.title,
                "kind": d.kind.replace("_", " ").capitalize(),
                "date": d.document_date or d.added_at.date(),
            }
            for d in documents.case_documents(session, actor, reference).documents
            if include_confidential or not d.confidential
        ]
    if report.has(Section.APPOINTMENTS):
        from desktop_app.services import appointments

        report.appointments = [
            {
                "kind": a.kind.replace("_", " ").capitalize(),
                "starts_at": a.starts_at,
                "state": a.state.capitalize(),
            }
            for a in appointments.case_appointments(session, actor, reference)
            if a.starts_at.date() >= today and a.state != "cancelled"
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


def case_summary(
    session: Session,
    actor: Actor,
    reference: str,
    *,
    recipient: Recipient | str = Recipient.INTERNAL,
    sections: Iterable[Section] | None = None,
    include_confidential: bool = False,
    consent_override_reason: str | None = None,
) -> CaseReport:
    """The case summary for a meeting: workers their own cases, leads their team, coordinators all.

    For a reader outside the organisation the same consent rule as for handovers applies.
    """
    recipient = Recipient(recipient)
    _require_printable(session, actor, reference, handover=False)
    check, override = _require_consent(
        session, actor, reference, recipient, consent_override_reason
    )
    report = _build(
        session, actor, reference, "case_summary", recipient, sections, include_confidential
    )
    report.consent_on_record = check.ok
    report.consent_override_reason = None if check.ok else override
    return report


def _require_consent(
    session: Session,
    actor: Actor,
    reference: str,
    recipient: Recipient,
    consent_override_reason: str | None,
) -> tuple[ConsentCheck, str | None]:
    check = consent_check(session, actor, reference, recipient)
    override = (consent_override_reason or "").strip() or None
    if not check.ok and override is None:
        raise ConsentMissingError(
            _(
                "No consent on record to share the case {reference} with: {value}. Give a reason to print it anyway.",
                reference=reference,
                value=RECIPIENT_LABELS[recipient].lower(),
            )
        )
    return check, override


def handover(
    session: Session,
    actor: Actor,
    reference: str,
    *,
    recipient: Recipient | str = Recipient.INTERNAL,
    receiving: str = "",
    reason: str = "",
    sections: Iterable[Section] | None = None,
    include_confidential: bool = False,
    consent_override_reason: str | None = None,
) -> CaseReport:
    """The handover report; outside recipients need a consent on record or a stated reason."""
    recipient = Recipient(recipient)
    _require_printable(session, actor, reference, handover=True)
    check, override = _require_consent(
        session, actor, reference, recipient, consent_override_reason
    )
    report = _build(
        session, actor, reference, "handover", recipient, sections, include_confidential
    )
    current_primary = next(
        (w["worker"] for w in report.workers if w["role"] == "Primary" and w["end_date"] is None),
        None,
    )
    if current_primary is None:
        record_case = load_case_for_read(session, actor, reference)
        current_primary = record_case.primary_worker.full_name if record_case.primary_worker else ""
    report.handing_over = current_primary or ""
    report.receiving = receiving.strip()
    report.handover_reason = reason.strip()
    report.consent_on_record = check.ok
    report.consent_override_reason = None if check.ok else override
    return report


def require_report_permission(actor: Actor, what: str) -> None:
    require_case_content_role(actor)
    if not can_print_reports(actor):
        raise PermissionDeniedError(
            _("Permission denied: {what} are printed by team leads and coordinators.", what=what),
            actor=actor,
            detail={"what": f"print {what}"},
        )


def transitions_report(
    session: Session, actor: Actor, within_days: int, *, team: str | None = None
) -> TransitionsReport:
    """The team lead's table: every listed transition due within the period, soonest first."""
    require_report_permission(actor, _("transitions reports"))
    rows = transitions.upcoming(session, actor, within_days, team=team)
    names = {u: n for u, n in session.execute(select(User.username, User.full_name))}
    return TransitionsReport(within_days=within_days, team=team, rows=rows, worker_names=names)


def handover_references(
    session: Session, actor: Actor, within_days: int, *, team: str | None = None
) -> list[str]:
    """Cases with a transition due within the period, once each, soonest first (for batch printing)."""
    require_report_permission(actor, _("handover reports"))
    seen: dict[str, None] = {}
    for row in transitions.upcoming(session, actor, within_days, team=team):
        seen.setdefault(row.reference, None)
    return list(seen)


def caseload_report(
    session: Session, actor: Actor, *, team: str | None = None, worker: str | None = None
) -> CaseloadReport:
    """Open cases grouped by primary worker; workers print their own caseload."""
    require_case_content_role(actor)
    if actor.role is Role.SOCIAL_WORKER and not actor.is_system:
        if worker not in (None, actor.username):
            raise PermissionDeniedError(
                _("Permission denied: you may print only your own caseload."),
                actor=actor,
                detail={"what": "print another worker's caseload", "worker": worker},
            )
        worker = actor.username
    if (
        worker is not None
        and session.scalar(select(User.id).where(User.username == worker)) is None
    ):
        raise ValidationError({"worker": _("No user called '{worker}'.", worker=worker)})
    flt = caseload.CaseloadFilter(team=team, sort=caseload.SortKey.DUE_DATE)
    found = caseload.list_cases(session, actor, flt)
    if worker is not None:
        found = [r for r in found if r.primary_worker == worker]
    names = {u.username: u.full_name for u in session.scalars(select(User))}
    groups: dict[str, list[caseload.CaseRow]] = {}
    for row in found:
        label = names.get(row.primary_worker or "", row.primary_worker or "") or "No primary worker"
        groups.setdefault(label, []).append(row)
    scope = (
        f"Worker {names.get(worker, worker)}"
        if worker
        else f"Team {team}"
        if team
        else "All cases you may see"
    )
    return CaseloadReport(
        scope_label=scope,
        groups=sorted(groups.items()),
        scope_worker=names.get(worker, worker) if worker else None,
        scope_team=team if not worker else None,
    )


def planning_report(
    session: Session,
    actor: Actor,
    months: int,
    *,
    start: date | None = None,
    team: str | None = None,
) -> PlanningReport:
    rows = planning.monthly_figures(session, actor, months, start, team=team)
    first = planning.first_of_month(start or clock.today())
    return PlanningReport(
        months=months,
        start=first,
        team=team,
        rows=rows,
        by_month=planning.totals_by_month(rows)
        or [(m, dict.fromkeys(planning.KINDS, 0)) for m in planning.month_starts(first, months)],
        by_municipality=planning.totals_by_municipality(rows),
        outcomes=outcome_figures.transition_outcomes(session, actor, quarters=4, team=team),
    )


# --- the audit trail of printing -------------------------------------------------


def record_printed(
    session: Session,
    actor: Actor,
    document: str,
    *,
    output: str,
    reference: str | None = None,
    detail: dict[str, Any] | None = None,
    language: str | None = None,
) -> None:
    """Every print or save of a document: who, what, which case, where it went, in which
    language."""
    case_id = None
    if reference is not None:
        case_id = load_case_for_read(session, actor, reference).id
    audit.record(
        session,
        actor,
        "printed",
        entity="document",
        entity_id=document,
        case_id=case_id,
        detail={
            "document": document,
            "output": output,
            **({"reference": reference} if reference else {}),
            **({"language": language} if language else {}),
            **(detail or {}),
        },
    )


def case_report_audit_detail(report: CaseReport) -> dict[str, Any]:
    detail: dict[str, Any] = {
        "recipient": report.recipient.value,
        "sections": [s.value for s in report.sections],
        "confidential_notes": report.confidential_included,
    }
    if report.kind == "handover":
        detail["receiving"] = report.receiving
    if not report.consent_on_record:
        detail["consent_missing"] = True
        detail["override_reason"] = report.consent_override_reason
    return detail


def role_label(actor: Actor) -> str:
    return ROLE_LABELS.get(actor.role, str(actor.role))


def references_text(references: Sequence[str]) -> str:
    return ", ".join(references[:5]) + (
        f" and {len(references) - 5} more" if len(references) > 5 else ""
    )


def team_names(session: Session, actor: Actor) -> list[str]:
    """Teams the person may pick for a report: their own (leads) or all (coordinators)."""
    from desktop_app.db.models import Team

    require_case_content_role(actor)
    query = select(Team.name).where(Team.active.is_(True)).order_by(Team.name)
    if actor.role in (Role.TEAM_LEAD, Role.SOCIAL_WORKER) and not actor.is_system:
        query = query.where(Team.id == actor.team_id)
    return list(session.scalars(query))
