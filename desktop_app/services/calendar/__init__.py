"""The worker's own calendar: appointments and deadlines as one RFC 5545 file.

`homeward export calendar` and the app's "Export to calendar…" write the
acting user's appointments (timed, in the computer's time zone, with its
VTIMEZONE), the due dates of their open tasks and their own cases' open
transitions (all-day, with a reminder `calendar_reminder_days` before a
transition) for the next N days. Each event's UID is made from what it is — an
appointment, a task, a case's transition — and this database, so importing a
newer file updates the events instead of adding them again. Calendars are
often synchronised to cloud services: events name the case reference, and the
young person's names are left out (and masked in typed text such as a task's
title or a place) unless the worker asks for them.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from desktop_app.db.models import AuditEntry, Case, Task, Transition, User, WorkerAssignment
from desktop_app.domain.codes import language_name
from desktop_app.domain.i18n import Gettext, Message, identity, translated
from desktop_app.domain.i18n import message as _
from desktop_app.services import clock, settings
from desktop_app.services.actor import Actor
from desktop_app.services.appointments import AppointmentInfo, worker_appointments
from desktop_app.services.errors import HomewardError, ValidationError
from desktop_app.services.storage import output_files
from desktop_app.services.transitions.sql_rules import open_sql
from desktop_app.services.trust import audit
from desktop_app.services.trust.permissions import require_case_content_role, visible_cases_clause

if TYPE_CHECKING:
    from icalendar import Calendar, Event

DEFAULT_DAYS = 90
LONGEST_DAYS = 3660
REMINDER_SETTING = "calendar_reminder_days"
PRODUCT = "-//Homeward//Homeward case management//EN"

TRANSITION_LABELS: dict[str, Message] = {
    "status_grant_move_out": _("Move-out after status grant"),
    "turns_18": _("Turns 18"),
    "aftercare_end": _("After-care ends"),
    "permit_expiry": _("Permit expires"),
    "placement_end": _("Placement ends"),
}
APPOINTMENT_LABELS: dict[str, Message] = {
    "meeting": _("Meeting"),
    "home_visit": _("Home visit"),
    "hearing": _("Hearing"),
    "viewing": _("Viewing"),
    "course": _("Course"),
    "other": _("Appointment"),
}


@dataclass(frozen=True)
class Deadline:
    """An open transition of one of the worker's own cases."""

    case_id: int
    reference: str
    names: tuple[str, ...]  # given, family, preferred
    kind: str
    due_date: date
    readiness: int


@dataclass(frozen=True)
class TaskDue:
    id: int
    reference: str
    names: tuple[str, ...]
    title: str
    due_date: date


@dataclass(frozen=True)
class CalendarExport:
    path: Path
    events: int
    written: bool = True  # False: a subscription file that was already up to date


def reminder_days(session: Session) -> int:
    """Days before a transition that its reminder goes off (0: no reminder)."""
    return settings.calendar_reminder_days(session)


def local_zone() -> ZoneInfo:
    """The computer's time zone (TZ, when set, names it)."""
    name = os.environ.get("TZ", "").lstrip(":")
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    import tzlocal

    zone = tzlocal.get_localzone()
    return zone if isinstance(zone, ZoneInfo) else ZoneInfo("UTC")


# --- what goes in ----------------------------------------------------------------


def _own_case(actor: Actor) -> Any:
    """Cases with a current assignment to the actor, primary or secondary."""
    today = clock.today()
    return (
        select(WorkerAssignment.id)
        .where(
            WorkerAssignment.case_id == Case.id,
            WorkerAssignment.user_id == actor.user_id,
            or_(WorkerAssignment.end_date.is_(None), WorkerAssignment.end_date > today),
        )
        .exists()
    )


def transition_deadlines(session: Session, actor: Actor, start: date, end: date) -> list[Deadline]:
    """The open transitions of the actor's own open cases due from `start` to `end` (one whose
    outcome is already recorded is no deadline any more)."""
    rows = session.execute(
        select(
            Transition,
            Case.reference,
            Case.given_name,
            Case.family_name,
            Case.preferred_name,
        )
        .join(Case, Case.id == Transition.case_id)
        .where(
            Case.status == "open",
            open_sql(),
            _own_case(actor),
            Transition.due_date >= start,
            Transition.due_date <= end,
        )
        .order_by(Transition.due_date, Case.reference, Transition.kind)
    )
    return [
        Deadline(t.case_id, ref, _names(given, family, preferred), t.kind, t.due_date, t.readiness)
        for t, ref, given, family, preferred in rows
    ]


def tasks_due(session: Session, actor: Actor, start: date, end: date) -> list[TaskDue]:
    """The actor's open tasks due from `start` to `end`, on open cases they may read."""
    rows = session.execute(
        select(Task, Case.reference, Case.given_name, Case.family_name, Case.preferred_name)
        .join(Case, Case.id == Task.case_id)
        .where(
            Task.owner_id == actor.user_id,
            Task.done_at.is_(None),
            Task.due_date.is_not(None),
            and_(Task.due_date >= start, Task.due_date <= end),
            Case.status == "open",
            visible_cases_clause(actor),
        )
        .order_by(Task.due_date, Task.id)
    )
    return [
        TaskDue(t.id, ref, _names(given, family, preferred), t.title, t.due_date)  # type: ignore[arg-type]
        for t, ref, given, family, preferred in rows
    ]


def _names(*parts: str | None) -> tuple[str, ...]:
    return tuple(p for p in parts if p and p.strip())


def _database_token(session: Session) -> str:
    """Stands for this database in UIDs: the first audit entry's hash, which never changes
    (and goes along with a backup or a move to a server)."""
    first = session.scalar(select(AuditEntry.hash).order_by(AuditEntry.id).limit(1))
    return (first or "0" * 12)[:12]


# --- writing the file -----------------------------------------------------------------


def _masker(names: Sequence[str]) -> re.Pattern[str] | None:
    words = sorted(
        {w for n in names for w in re.split(r"[\s\-]+", n) if len(w) >= 2}, key=len, reverse=True
    )
    if not words:
        return None
    return re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


def _mask(text: str | None, names: Sequence[str], with_names: bool) -> str:
    """Typed text without the young person's names (unless names were asked for)."""
    if not text or with_names:
        return text or ""
    pattern = _masker(names)
    return pattern.sub("…", text) if pattern else text


def _who(reference: str, names: Sequence[str], with_names: bool) -> str:
    """The case reference; with names, "Given Family (REF)" as lists name a person."""
    if with_names and names:
        return f"{' '.join(names[:2])} ({reference})"
    return reference


class _Builder:
    def __init__(
        self, session: Session, actor: Actor, with_names: bool, gettext: Gettext, zone: ZoneInfo
    ) -> None:
        self.with_names = with_names
        self.gettext = gettext
        self.zone = zone
        self.tzid = zone.key or "Local"
        self.token = _database_token(session)
        self.stamp = clock.now().astimezone(UTC).replace(tzinfo=UTC)
        self.reminder = reminder_days(session)
        self.events: list[Event] = []

    def t(self, text: Message | str) -> str:
        return translated(text, self.gettext)

    def _event(self, uid: str, summary: str) -> Event:
        # icalendar is imported when a calendar is written: importing it costs a start
        # (the app loads this module for its menu) a third of a second.
        from icalendar import Event

        event = Event()
        event.add("uid", f"{uid}-{self.token}@homeward")
        event.add("dtstamp", self.stamp)
        event.add("summary", summary)
        return event

    def _all_day(self, event: Event, day: date) -> None:
        event.add("dtstart", day)
        event.add("dtend", day + timedelta(days=1))
        event.add("transp", "TRANSPARENT")  # a deadline does not fill the day

    def deadline(self, d: Deadline) -> None:
        label = self.t(TRANSITION_LABELS.get(d.kind, _("Transition")))
        summary = f"{_who(d.reference, d.names, self.with_names)}: {label}"
        event = self._event(f"transition-{d.case_id}-{d.kind}", summary)
        self._all_day(event, d.due_date)
        event.add(
            "description",
            self.t(_("Transition due. Readiness {readiness} %.", readiness=d.readiness)),
        )
        event.add("categories", ["Homeward", self.t(_("Transition"))])
        if self.reminder:
            from icalendar import Alarm

            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", summary)
            alarm.add("trigger", timedelta(days=-self.reminder))
            event.add_component(alarm)
        self.events.append(event)

    def task(self, task: TaskDue) -> None:
        title = _mask(task.title, task.names, self.with_names)
        summary = f"{_who(task.reference, task.names, self.with_names)}: {title}"
        event = self._event(f"task-{task.id}", summary)
        self._all_day(event, task.due_date)
        event.add("description", self.t(_("Task due.")))
        event.add("categories", ["Homeward", self.t(_("Task"))])
        self.events.append(event)

    def appointment(self, a: AppointmentInfo, names: tuple[str, ...]) -> None:
        label = self.t(APPOINTMENT_LABELS.get(a.kind, APPOINTMENT_LABELS["other"]))
        summary = f"{_who(a.reference, names, self.with_names)}: {label}"
        if a.state == "cancelled":
            summary = self.t(_("Cancelled: {summary}", summary=summary))
        event = self._event(f"appointment-{a.id}", summary)
        # The office's wall-clock time, named by its zone (defined in the VTIMEZONE).
        event.add("dtstart", a.starts_at, parameters={"TZID": self.tzid})
        event.add("dtend", a.ends_at, parameters={"TZID": self.tzid})
        event.add("sequence", max(a.version - 1, 0))
        event.add("last-modified", a.updated_at.astimezone(UTC).replace(tzinfo=UTC))
        event.add("status", "CANCELLED" if a.state == "cancelled" else "CONFIRMED")
        if a.place:
            event.add("location", _mask(a.place, names, self.with_names))
        lines: list[str] = []
        if a.with_young_person:
            lines.append(self.t(_("With the young person.")))
        others = [_mask(x.name, names, self.with_names) for x in a.attendees if x.name]
        if others:
            lines.append(self.t(_("Attending: {names}.", names=", ".join(others))))
        if a.interpreter_needed:
            language = language_name(a.interpreter_language) if a.interpreter_language else "?"
            lines.append(self.t(_("Interpreter: {language}.", language=language)))
        if lines:
            event.add("description", "\n".join(lines))
        event.add("categories", ["Homeward", label])
        self.events.append(event)

    def calendar(self, title: str, start: date, end: date) -> Calendar:
        from icalendar import Calendar, Timezone

        cal = Calendar()
        cal.add("prodid", PRODUCT)
        cal.add("version", "2.0")
        cal.add("calscale", "GREGORIAN")
        cal.add("method", "PUBLISH")
        cal.add("x-wr-calname", title)
        cal.add("name", title)
        cal.add("x-wr-timezone", self.tzid)
        # Always present, so the appointments' times read the same in every program.
        cal.add_component(
            Timezone.from_tzinfo(
                self.zone,
                tzid=self.tzid,
                first_date=date(start.year, 1, 1),
                last_date=date(end.year + 1, 12, 31),
            )
        )
        for event in self.events:
            cal.add_component(event)
        return cal


def _case_names(session: Session, references: set[str]) -> dict[str, tuple[str, ...]]:
    rows = session.execute(
        select(Case.reference, Case.given_name, Case.family_name, Case.preferred_name).where(
            Case.reference.in_(references)
        )
    )
    return {ref: _names(given, family, preferred) for ref, given, family, preferred in rows}


def build_calendar(
    session: Session,
    actor: Actor,
    *,
    days: int = DEFAULT_DAYS,
    with_names: bool = False,
    gettext: Gettext = identity,
    zone: ZoneInfo | None = None,
) -> tuple[bytes, int]:
    """The acting user's calendar for today and the next `days` days: (file bytes, events)."""
    require_case_content_role(actor)
    if not 0 <= days <= LONGEST_DAYS:
        raise ValidationError(
            {"days": _("The calendar covers 0 to {longest} days.", longest=LONGEST_DAYS)}
        )
    start = clock.today()
    end = start + timedelta(days=days)
    builder = _Builder(session, actor, with_names, gettext, zone or local_zone())
    appointments = worker_appointments(session, actor, start, end)
    names = _case_names(session, {a.reference for a in appointments}) if appointments else {}
    for appointment in appointments:
        builder.appointment(appointment, names.get(appointment.reference, ()))
    for task in tasks_due(session, actor, start, end):
        builder.task(task)
    for deadline in transition_deadlines(session, actor, start, end):
        builder.deadline(deadline)
    full_name = session.scalar(select(User.full_name).where(User.id == actor.user_id))
    title = translated(_("Homeward — {name}", name=full_name or actor.username), gettext)
    return builder.calendar(title, start, end).to_ical(), len(builder.events)


def _write(path: Path, content: bytes, *, overwrite: bool = False) -> None:
    """Written beside the target and renamed: a calendar program never reads half a file.

    A calendar file this program wrote before is rewritten (exporting again is how a
    calendar is kept up to date); any other existing file only with `overwrite`, and
    never a device, a folder or a pipe.
    """
    if path.is_dir():
        raise HomewardError(_("{path} is a folder; give a file name ending in .ics.", path=path))
    if not path.parent.is_dir():
        raise HomewardError(_("There is no folder {folder}.", folder=path.parent))
    output_files.write_bytes(path, content, overwrite=overwrite or _is_our_calendar(path))


def _is_our_calendar(path: Path) -> bool:
    """An existing regular file holding a calendar that Homeward wrote."""
    try:
        if not path.is_file():
            return False
        with path.open("rb") as handle:
            start = handle.read(2048)
    except OSError:
        return False
    return start.startswith(b"BEGIN:VCALENDAR") and PRODUCT.encode() in start


def export_calendar(
    session: Session,
    actor: Actor,
    out: Path,
    *,
    days: int = DEFAULT_DAYS,
    with_names: bool = False,
    gettext: Gettext = identity,
    overwrite: bool = False,
) -> CalendarExport:
    """Write the acting user's calendar to `out`; the export is audited. A calendar file this
    program wrote is rewritten; another existing file only with `overwrite`."""
    path = Path(out).expanduser()
    content, events = build_calendar(
        session, actor, days=days, with_names=with_names, gettext=gettext
    )
    _write(path, content, overwrite=overwrite)
    audit.record(
        session,
        actor,
        "calendar_exported",
        entity="calendar",
        detail={"days": days, "events": events, "with_names": with_names, "output": str(path)},
    )
    return CalendarExport(path, events)


_STAMP_LINE = re.compile(rb"^DTSTAMP:[^\r\n]*\r\n", re.MULTILINE)


def refresh_subscription(
    session: Session,
    actor: Actor,
    path: Path,
    *,
    days: int = DEFAULT_DAYS,
    with_names: bool = False,
    gettext: Gettext = identity,
) -> CalendarExport:
    """Rewrite the calendar file a worker subscribes to, when what it holds has changed.

    Only the time stamps differ between two files of the same events, so the
    file is left alone (and a calendar program sees no change) unless something
    else did; a rewrite is audited like an export.
    """
    path = Path(path).expanduser()
    content, events = build_calendar(
        session, actor, days=days, with_names=with_names, gettext=gettext
    )
    try:
        current = path.read_bytes()
    except OSError:
        current = None
    if current is not None and _STAMP_LINE.sub(b"", current) == _STAMP_LINE.sub(b"", content):
        return CalendarExport(path, events, written=False)
    _write(path, content)
    audit.record(
        session,
        actor,
        "calendar_exported",
        entity="calendar",
        detail={
            "days": days,
            "events": events,
            "with_names": with_names,
            "output": str(path),
            "subscription": True,
        },
    )
    return CalendarExport(path, events)
