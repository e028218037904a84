"""One change signal: what kind of thing each committed unit of work changed.

Every operation that writes says, once its unit of work has committed, which kinds of
thing it changed (a case, an assignment, a transition, an offer…) as a frozen `Changes`.
Open screens listen to the database's `ChangePublisher` and decide whether what they
show changed — redrawing at once when in front, or when next shown (as Anki's
`OpChanges`). The database layer works the kinds out from the tables a unit of work
wrote (`db/written_tables.py`), so no service has to remember to announce its changes.

Changes made by other processes arrive the same way (`storage/change_watch.py`): on
PostgreSQL with their kinds (LISTEN/NOTIFY), on SQLite as "anything may have changed".

No Qt here; the desktop's bridge (`ui/change_signal.py`) delivers on the GUI thread.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass

log = logging.getLogger(__name__)

# The kinds of thing a change can be about.
CASE = "case"  # a young person's record: person fields, decisions, placements, contacts…
ASSIGNMENT = "assignment"  # who works with a case; moves recorded for continuity
TRANSITION = "transition"  # transitions and their checklist ticks
OFFER = "offer"  # housing offers, their events and support instruments
UNIT = "unit"  # the housing registry: units and providers
REQUEST = "request"  # transfers and closures waiting for a decision
NOTE = "note"
TASK = "task"
COURSE = "course"  # language courses, enrolments and their attendance
EMPLOYMENT = "employment"  # employment and education programmes and a case's support
DOCUMENT = "document"
APPOINTMENT = "appointment"
USER = "user"  # accounts: names, roles, teams (not logins or what a user has seen)
TEAM = "team"
SETTINGS = "settings"  # the organisation's settings (rules, checklists, names)
AUDIT = "audit"  # the audit log only: what someone read or printed
SCHEMA = "schema"  # a migration

ALL_KINDS: frozenset[str] = frozenset(
    {
        CASE,
        ASSIGNMENT,
        TRANSITION,
        OFFER,
        UNIT,
        REQUEST,
        NOTE,
        TASK,
        COURSE,
        EMPLOYMENT,
        DOCUMENT,
        APPOINTMENT,
        USER,
        TEAM,
        SETTINGS,
        AUDIT,
        SCHEMA,
    }
)

# Each table of the database, by the kind of thing a write to it changes. None: bookkeeping
# that no screen shows as such (keys, the database's id). A table missing here counts as
# its own name, and tests/ui/test_change_signal.py asks for it to be added.
TABLE_KINDS: dict[str, str | None] = {
    "cases": CASE,
    "case_search_tokens": CASE,
    "age_assessments": CASE,
    "legal_decisions": CASE,
    "placements": CASE,
    "contacts": CASE,
    "consent_records": CASE,
    "life_plan_goals": CASE,
    "belonging_checkins": CASE,
    "community_activities": CASE,
    "worker_assignments": ASSIGNMENT,
    "case_moves": ASSIGNMENT,
    "transitions": TRANSITION,
    "checklist_items": TRANSITION,
    "housing_offers": OFFER,
    "housing_offer_events": OFFER,
    "support_instruments": OFFER,
    "housing_units": UNIT,
    "housing_providers": UNIT,
    "transfer_requests": REQUEST,
    "closure_requests": REQUEST,
    "notes": NOTE,
    "tasks": TASK,
    "language_courses": COURSE,
    "course_enrolments": COURSE,
    "enrolment_attendance": COURSE,
    "employment_programmes": EMPLOYMENT,
    "employment_support": EMPLOYMENT,
    "documents": DOCUMENT,
    "document_chunks": DOCUMENT,
    "appointments": APPOINTMENT,
    "appointment_attendees": APPOINTMENT,
    "users": USER,
    "teams": TEAM,
    "settings": SETTINGS,
    "audit_log": AUDIT,
    "alembic_version": SCHEMA,
    "database_identity": None,
    "case_keys": None,
}

# Columns of `users` that change when someone logs in or looks at My day: writing only
# these changes nobody's name, role or team, so no screen needs to know.
USER_BOOKKEEPING_COLUMNS = frozenset(
    {
        "failed_logins",
        "locked_until",
        "last_login_at",
        "last_seen_assignments_at",
        "password_hash",
        "must_change_password",
    }
)

# Kinds that only record that something was read, or keep the database running: other PCs
# are not told about them.
QUIET_KINDS = frozenset({AUDIT})


def kind_of_table(table: str) -> str | None:
    return TABLE_KINDS.get(table, table)


def kinds_of_tables(tables: Iterable[str]) -> frozenset[str]:
    return frozenset(k for k in (kind_of_table(t) for t in tables) if k is not None)


@dataclass(frozen=True)
class Changes:
    """What one committed unit of work (or another PC, or another process) changed.

    `remote`: made elsewhere — on SQLite another process's commit is noticed without
    its kinds, so every kind is named. `serial` orders the changes this process has
    heard of: a screen that read its data after serial N has seen changes up to N.
    """

    kinds: frozenset[str]
    remote: bool = False
    serial: int = 0

    def touches(self, kinds: Iterable[str]) -> bool:
        return not self.kinds.isdisjoint(kinds)

    @property
    def worth_telling(self) -> bool:
        """Whether anything but audit entries changed."""
        return not self.kinds <= QUIET_KINDS


Subscriber = Callable[[Changes], None]
RECENT_KEPT = 256  # changes kept for a screen that is shown again after a while


class ChangePublisher:
    """Hands each `Changes` to every subscriber, on the thread that publishes it.

    Subscribers must be quick and must not touch widgets: the desktop's bridge only
    posts the value to the GUI thread.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._subscribers: list[Subscriber] = []
        self._serials = itertools.count(1)
        self._latest = 0
        self._recent: deque[Changes] = deque(maxlen=RECENT_KEPT)

    @property
    def latest_serial(self) -> int:
        """The serial of the newest change published so far (0: none yet)."""
        return self._latest

    def kinds_since(self, serial: int) -> frozenset[str]:
        """Every kind changed after `serial` (all kinds when that is too long ago to tell)."""
        with self._lock:
            if serial >= self._latest:
                return frozenset()
            if not self._recent or self._recent[0].serial > serial + 1:
                return ALL_KINDS
            return frozenset().union(*(c.kinds for c in self._recent if c.serial > serial))

    def subscribe(self, subscriber: Subscriber) -> Callable[[], None]:
        """Listen from now on; returns the function that stops listening."""
        with self._lock:
            self._subscribers.append(subscriber)

        def unsubscribe() -> None:
            with self._lock:
                if subscriber in self._subscribers:
                    self._subscribers.remove(subscriber)

        return unsubscribe

    def publish(self, kinds: Iterable[str], *, remote: bool = False) -> Changes | None:
        """Tell every subscriber; nothing is published for no kinds at all."""
        kinds = frozenset(kinds)
        if not kinds:
            return None
        with self._lock:
            serial = next(self._serials)
            changes = Changes(kinds, remote, serial)
            self._latest = serial
            self._recent.append(changes)
            subscribers = list(self._subscribers)
        for subscriber in subscribers:
            try:
                subscriber(changes)
            except Exception:  # one broken listener must not stop the others or the commit
                log.exception("A change listener failed")
        return changes
