"""Appointments on a case: meetings, home visits, hearings, viewings, courses.

Each has a date and time (the office's wall clock), a duration, a place, who
attends (the young person, colleagues, others by name), interpreter need and
language (taken from the case unless given), a state — planned, then kept,
cancelled or missed — and a note. A missed appointment can make a follow-up
task; a viewing belongs to one of the case's housing offers. They belong in one
worker's calendar: the one who planned them unless another is named.

Permissions are the case's: those who may change the case plan and update its
appointments, those who may read it see them. Every change is audited with the
kind, time and state, never the place or the note.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop_app.db.models import (
    Appointment,
    AppointmentAttendee,
    Case,
    HousingOffer,
    Task,
    User,
)
from desktop_app.domain.codes import UnknownCodeError, language_code
from desktop_app.domain.i18n import message as _
from desktop_app.domain.i18n import sentence, text_of
from desktop_app.services import clock
from desktop_app.services.actor import Actor, Role
from desktop_app.services.errors import ConflictError, NotFoundError, ValidationError
from desktop_app.services.trust import audit
from desktop_app.services.trust.permissions import (
    deny,
    load_case_for_edit,
    load_case_for_read,
    require_case_content_role,
    sees_every_case,
    visible_cases_clause,
)

KINDS = ("meeting", "home_visit", "hearing", "viewing", "course", "other")
STATES = ("planned", "kept", "cancelled", "missed")
DEFAULT_MINUTES = 60
LONGEST_MINUTES = 12 * 60
TEXT_LENGTH = 300


@dataclass(frozen=True)
class Attendee:
    user_id: int | None
    name: str  # the colleague's full name, or the name as typed


@dataclass(frozen=True)
class AppointmentInfo:
    id: int
    reference: str
    name: str  # the young person's
    kind: str
    starts_at: datetime
    duration_minutes: int
    place: str | None
    with_young_person: bool
    attendees: tuple[Attendee, ...]
    interpreter_needed: bool
    interpreter_language: str | None
    state: str
    note: str | None
    offer_id: int | None
    worker_id: int | None
    worker: str | None  # user name
    follow_up_task_id: int | None
    version: int
    updated_at: datetime

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.duration_minutes)


@dataclass(frozen=True)
class FollowUp:
    """The task a missed appointment leaves: what to do and by when."""

    title: str
    due_date: date | None = None


@dataclass(frozen=True)
class WorkerChoice:
    user_id: int
    username: str
    full_name: str


# --- reading --------------------------------------------------------------------


def _infos(session: Session, rows: Sequence[tuple[Appointment, Case]]) -> list[AppointmentInfo]:
    if not rows:
        return []
    ids = [a.id for a, _c in rows]
    attendees: dict[int, list[Attendee]] = {}
    for att, full_name in session.execute(
        select(AppointmentAttendee, User.full_name)
        .outerjoin(User, User.id == AppointmentAttendee.user_id)
        .where(AppointmentAttendee.appointment_id.in_(ids))
        .order_by(AppointmentAttendee.id)
    ):
        attendees.setdefault(att.appointment_id, []).append(
            Attendee(att.user_id, full_name or att.name or "")
        )
    worker_ids = {a.worker_id for a, _c in rows if a.worker_id is not None}
    workers: dict[int, str] = {
        user_id: username
        for user_id, username in session.execute(
            select(User.id, User.username).where(User.id.in_(worker_ids))
        )
    }
    return [
        AppointmentInfo(
            id=a.id,
            reference=c.reference,
            name=c.display_name,
            kind=a.kind,
            starts_at=a.starts_at,
            duration_minutes=a.duration_minutes,
            place=a.place,
            with_young_person=bool(a.with_young_person),
            attendees=tuple(attendees.get(a.id, ())),
            interpreter_needed=bool(a.interpreter_needed),
            interpreter_language=a.interpreter_language,
            state=a.state,
            note=a.note,
            offer_id=a.offer_id,
            worker_id=a.worker_id,
            worker=workers.get(a.worker_id) if a.worker_id is not None else None,
            follow_up_task_id=a.follow_up_task_id,
            version=a.version,
            updated_at=a.updated_at,
        )
        for a, c in rows
    ]


def case_appointments(session: Session, actor: Actor, reference: str) -> list[AppointmentInfo]:
    """Every appointment of the case, soonest first."""
    case = load_case_for_read(session, actor, reference)
    rows = session.execute(
        select(Appointment, Case)
        .join(Case, Case.id == Appointment.case_id)
        .where(Appointment.case_id == case.id)
        .order_by(Appointment.starts_at, Appointment.id)
    ).all()
    return _infos(session, [(a, c) for a, c in rows])


def _attending(user_id: int | None) -> Any:
    """An appointment in this user's calendar: theirs, or one they attend."""
    return or_(
        Appointment.worker_id == user_id,
        Appointment.id.in_(
            select(AppointmentAttendee.appointment_id).where(AppointmentAttendee.user_id == user_id)
        ),
    )


def worker_appointments(
    session: Session,
    actor: Actor,
    start: date,
    end: date,
    *,
    worker_id: int | None = None,
    include_cancelled: bool = True,
) -> list[AppointmentInfo]:
    """One worker's appointments from `start` to `end` (both included), soonest first.

    Without `worker_id`: the actor's own. Another worker's week: their team lead
    or a coordinator; only cases the actor may read are shown.
    """
    require_case_content_role(actor)
    who = actor.user_id if worker_id is None else worker_id
    if who != actor.user_id and who not in {w.user_id for w in week_workers(session, actor)}:
        raise deny(session, actor, _("see another worker's appointments"))
    conditions = [
        _attending(who),
        Appointment.starts_at >= datetime.combine(start, time.min),
        Appointment.starts_at < datetime.combine(end + timedelta(days=1), time.min),
        Case.status == "open",
        visible_cases_clause(actor),
    ]
    if not include_cancelled:
        conditions.append(Appointment.state != "cancelled")
    rows = session.execute(
        select(Appointment, Case)
        .join(Case, Case.id == Appointment.case_id)
        .where(*conditions)
        .order_by(Appointment.starts_at, Appointment.id)
    ).all()
    return _infos(session, [(a, c) for a, c in rows])


def my_days(session: Session, actor: Actor, days: int = 2) -> list[AppointmentInfo]:
    """My appointments today and the next `days - 1` days (My day: today and tomorrow)."""
    today = clock.today()
    return worker_appointments(
        session, actor, today, today + timedelta(days=max(days, 1) - 1), include_cancelled=False
    )


def week_workers(session: Session, actor: Actor) -> list[WorkerChoice]:
    """Whose week the actor may look at: their own; a team lead their team's; a
    coordinator every active worker and lead."""
    require_case_content_role(actor)
    query = select(User).where(User.active.is_(True)).order_by(User.full_name)
    if sees_every_case(actor):
        query = query.where(User.role.in_(["social_worker", "team_lead", "coordinator"]))
    elif actor.role is Role.TEAM_LEAD and actor.team_id is not None:
        query = query.where(or_(User.team_id == actor.team_id, User.id == actor.user_id))
    else:
        query = query.where(User.id == actor.user_id)
    return [WorkerChoice(u.id, u.username, u.full_name) for u in session.scalars(query)]


# --- writing --------------------------------------------------------------------


def _text(value: Any, field: str, errors: dict[str, str], length: int = TEXT_LENGTH) -> str | None:
    text = str(value or "").strip()
    if len(text) > length:
        errors[field] = _("This is longer than {length} characters.", length=length)
    return text or None


def _clean(
    session: Session, case: Case, values: Mapping[str, Any], *, creating: bool
) -> dict[str, Any]:
    """Checked values for the given fields; a ValidationError names every bad one."""
    errors: dict[str, str] = {}
    out: dict[str, Any] = {}
    if "kind" in values or creating:
        kind = str(values.get("kind") or "").strip()
        if kind not in KINDS:
            errors["kind"] = _(
                "'{kind}' is not a kind of appointment ({kinds}).",
                kind=kind,
                kinds=", ".join(KINDS),
            )
        out["kind"] = kind
    if "starts_at" in values or creating:
        starts_at = values.get("starts_at")
        if not isinstance(starts_at, datetime):
            errors["starts_at"] = _("Give the appointment's date and time.")
        else:
            out["starts_at"] = starts_at.replace(second=0, microsecond=0, tzinfo=None)
    if "duration_minutes" in values or creating:
        raw = values.get("duration_minutes", DEFAULT_MINUTES)
        try:
            minutes = int(raw if raw is not None else DEFAULT_MINUTES)
        except (TypeError, ValueError):
            minutes = -1
        if not 5 <= minutes <= LONGEST_MINUTES:
            errors["duration_minutes"] = _(
                "The duration is from 5 minutes to {hours} hours.", hours=LONGEST_MINUTES // 60
            )
        out["duration_minutes"] = minutes
    for field in ("place", "note"):
        if field in values:
            out[field] = _text(
                values[field], field, errors, 2000 if field == "note" else TEXT_LENGTH
            )
    if "with_young_person" in values:
        out["with_young_person"] = bool(values["with_young_person"])
    # Interpreter need and language: the case's, unless given.
    if "interpreter_needed" in values and values["interpreter_needed"] is not None:
        out["interpreter_needed"] = bool(values["interpreter_needed"])
    elif creating:
        out["interpreter_needed"] = bool(case.interpreter_needed)
    if "interpreter_language" in values and values["interpreter_language"] is not None:
        raw_language = str(values["interpreter_language"]).strip()
        try:
            out["interpreter_language"] = language_code(raw_language) if raw_language else None
        except UnknownCodeError as exc:
            errors["interpreter_language"] = sentence(text_of(exc))
    elif creating:
        out["interpreter_language"] = case.interpreter_language
    if "offer_id" in values:
        offer_id = values["offer_id"]
        if (
            offer_id is not None
            and session.scalar(
                select(HousingOffer.id).where(
                    HousingOffer.id == offer_id, HousingOffer.case_id == case.id
                )
            )
            is None
        ):
            errors["offer_id"] = _(
                "No housing offer {offer_id} on the case {reference}.",
                offer_id=offer_id,
                reference=case.reference,
            )
        out["offer_id"] = offer_id
    if "worker_id" in values and values["worker_id"] is not None:
        worker = session.get(User, values["worker_id"])
        if worker is None or not worker.active or worker.role == "admin":
            errors["worker_id"] = _("Choose an active colleague as the appointment's worker.")
        out["worker_id"] = values["worker_id"]
    if out.get("offer_id") is not None and out.get("kind", values.get("kind")) != "viewing":
        errors.setdefault("offer_id", _("Only a viewing belongs to a housing offer."))
    if errors:
        raise ValidationError(errors)
    return out


def _attendees(
    session: Session, user_ids: Iterable[int], names: Iterable[str]
) -> list[AppointmentAttendee]:
    errors: dict[str, str] = {}
    rows: list[AppointmentAttendee] = []
    for user_id in dict.fromkeys(user_ids):
        user = session.get(User, user_id)
        if user is None or not user.active:
            errors["attendees"] = _(
                "Colleague {user_id} does not exist or has left.", user_id=user_id
            )
            continue
        rows.append(AppointmentAttendee(user_id=user_id))
    for name in names:
        text = str(name or "").strip()
        if not text:
            continue
        if len(text) > 200 or any(ord(ch) < 32 for ch in text):
            errors["attendees"] = _("An attendee's name is too long or holds control characters.")
            continue
        rows.append(AppointmentAttendee(name=text))
    if errors:
        raise ValidationError(errors)
    return rows


def _detail(a: Appointment) -> dict[str, Any]:
    return {
        "kind": a.kind,
        "starts_at": a.starts_at.isoformat(timespec="minutes"),
        "duration_minutes": a.duration_minutes,
        "state": a.state,
    }


def _one(session: Session, appointment_id: int) -> AppointmentInfo:
    row = session.execute(
        select(Appointment, Case)
        .join(Case, Case.id == Appointment.case_id)
        .where(Appointment.id == appointment_id)
    ).one()
    return _infos(session, [(row[0], row[1])])[0]


def add_appointment(
    session: Session,
    actor: Actor,
    reference: str,
    *,
    kind: str,
    starts_at: datetime,
    duration_minutes: int = DEFAULT_MINUTES,
    place: str | None = None,
    with_young_person: bool = True,
    attendee_ids: Sequence[int] = (),
    other_attendees: Sequence[str] = (),
    interpreter_needed: bool | None = None,
    interpreter_language: str | None = None,
    note: str | None = None,
    offer_id: int | None = None,
    worker_id: int | None = None,
) -> AppointmentInfo:
    """Plan an appointment on the case; interpreter need and language default to the case's."""
    case = load_case_for_edit(session, actor, reference)
    values = _clean(
        session,
        case,
        {
            "kind": kind,
            "starts_at": starts_at,
            "duration_minutes": duration_minutes,
            "place": place,
            "note": note,
            "with_young_person": with_young_person,
            "interpreter_needed": interpreter_needed,
            "interpreter_language": interpreter_language,
            "offer_id": offer_id,
            "worker_id": worker_id,
        },
        creating=True,
    )
    attendees = _attendees(session, attendee_ids, other_attendees)
    now = clock.now()
    row = Appointment(
        case_id=case.id,
        state="planned",
        worker_id=values.pop("worker_id", None) or actor.user_id,
        created_by_id=actor.user_id,
        created_at=now,
        updated_at=now,
        **values,
    )
    session.add(row)
    session.flush()
    for attendee in attendees:
        attendee.appointment_id = row.id
        session.add(attendee)
    audit.record(
        session,
        actor,
        "appointment_added",
        entity="appointment",
        entity_id=row.id,
        case_id=case.id,
        detail=_detail(row),
    )
    return _one(session, row.id)


def _load_for_edit(
    session: Session, actor: Actor, appointment_id: int, expected_version: int | None
) -> tuple[Appointment, Case]:
    row = session.get(Appointment, appointment_id)
    if row is None:
        raise NotFoundError(_("No appointment {appointment_id}.", appointment_id=appointment_id))
    case = session.get(Case, row.case_id)
    assert case is not None
    load_case_for_edit(session, actor, case.reference)
    if expected_version is not None and row.version != expected_version:
        raise ConflictError(
            _("Someone else changed this appointment meanwhile; look at it again first.")
        )
    return row, case


def update_appointment(
    session: Session,
    actor: Actor,
    appointment_id: int,
    values: Mapping[str, Any],
    *,
    expected_version: int | None = None,
    attendee_ids: Sequence[int] | None = None,
    other_attendees: Sequence[str] | None = None,
) -> AppointmentInfo:
    """Change an appointment's time, place, attendees…; each changed field audited."""
    row, case = _load_for_edit(session, actor, appointment_id, expected_version)
    unknown = set(values) - {
        "kind",
        "starts_at",
        "duration_minutes",
        "place",
        "note",
        "with_young_person",
        "interpreter_needed",
        "interpreter_language",
        "offer_id",
        "worker_id",
    }
    if unknown:
        raise ValueError(f"not appointment fields: {sorted(unknown)}")
    merged = dict(values)
    if "offer_id" not in merged and row.offer_id is not None and "kind" in merged:
        merged["offer_id"] = row.offer_id  # a viewing changed into a meeting loses its offer
    if "offer_id" in merged and "kind" not in merged:
        merged["kind"] = row.kind
    clean = _clean(session, case, merged, creating=False)
    changed: dict[str, Any] = {}
    for field, value in clean.items():
        if getattr(row, field) != value:
            before = getattr(row, field)
            setattr(row, field, value)
            # The place and the note stay out of the log: they may describe the person.
            if field in ("place", "note"):
                changed[field] = "changed"
            else:
                changed[field] = {"before": _plain(before), "after": _plain(value)}
    if attendee_ids is not None or other_attendees is not None:
        new = _attendees(session, attendee_ids or (), other_attendees or ())
        for old in session.scalars(
            select(AppointmentAttendee).where(AppointmentAttendee.appointment_id == row.id)
        ):
            session.delete(old)
        for attendee in new:
            attendee.appointment_id = row.id
            session.add(attendee)
        changed["attendees"] = len(new)
    if changed:
        row.updated_at = clock.now()
        audit.record(
            session,
            actor,
            "appointment_changed",
            entity="appointment",
            entity_id=row.id,
            case_id=case.id,
            detail=changed,
        )
    session.flush()
    return _one(session, row.id)


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat(timespec="minutes")
    return value


def set_state(
    session: Session,
    actor: Actor,
    appointment_id: int,
    state: str,
    *,
    follow_up: FollowUp | None = None,
    expected_version: int | None = None,
) -> AppointmentInfo:
    """Mark an appointment kept, cancelled or missed (or planned again).

    Kept and missed are for appointments that have begun. A missed appointment
    given a `follow_up` leaves a task for its worker.
    """
    row, case = _load_for_edit(session, actor, appointment_id, expected_version)
    if state not in STATES:
        raise ValidationError(
            {
                "state": _(
                    "'{state}' is not a state of an appointment ({states}).",
                    state=state,
                    states=", ".join(STATES),
                )
            }
        )
    if state in ("kept", "missed") and row.starts_at > clock.now():
        raise ValidationError(
            {"state": _("An appointment that has not begun cannot be kept or missed yet.")}
        )
    if follow_up is not None and state != "missed":
        raise ValidationError(
            {"follow_up": _("Only a missed appointment leaves a follow-up task.")}
        )
    before = row.state
    row.state = state
    row.updated_at = clock.now()
    task: Task | None = None
    if follow_up is not None:
        title = follow_up.title.strip()
        if not title:
            raise ValidationError({"follow_up": _("The follow-up task needs a title.")})
        task = Task(
            case_id=case.id,
            owner_id=row.worker_id or actor.user_id,
            title=title[:300],
            due_date=follow_up.due_date or clock.today() + timedelta(days=1),
            created_at=clock.now(),
        )
        session.add(task)
        session.flush()
        row.follow_up_task_id = task.id
        audit.record(
            session,
            actor,
            "task_added",
            entity="task",
            entity_id=task.id,
            case_id=case.id,
            detail={"title": task.title, "appointment": row.id},
        )
    audit.record(
        session,
        actor,
        "appointment_state_changed",
        entity="appointment",
        entity_id=row.id,
        case_id=case.id,
        detail={
            "state": {"before": before, "after": state},
            **({"follow_up_task": task.id} if task is not None else {}),
        },
    )
    session.flush()
    return _one(session, row.id)
