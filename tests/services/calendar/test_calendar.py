"""The worker's calendar file, parsed back with icalendar and checked event by event."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from sqlalchemy import or_, select

from desktop_app.db import models as m
from desktop_app.services import appointments, calendar, settings
from desktop_app.services.actor import Actor
from desktop_app.services.cases import notes_and_tasks
from desktop_app.services.storage.database import Database
from tests.support.backends import db_args
from tests.support.documents_data import TODAY, own_open_case

ZONE = "Europe/Copenhagen"


@pytest.fixture(autouse=True)
def _office_in_copenhagen(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", ZONE)


def _at(days: int, hour: int) -> datetime:
    return datetime.combine(TODAY + timedelta(days=days), datetime.min.time()).replace(hour=hour)


def _plan(db: Database, worker: Actor, reference: str) -> dict[str, int]:
    """A home visit tomorrow (its place names the person), a hearing cancelled, one far off,
    and a task whose title names the person."""
    with db.session() as session:
        case = session.scalar(select(m.Case).where(m.Case.reference == reference))
        family = case.family_name
        visit = appointments.add_appointment(
            session,
            worker,
            reference,
            kind="home_visit",
            starts_at=_at(1, 10),
            duration_minutes=45,
            place=f"At {family}'s flat, Birkevej 12",
            interpreter_needed=True,
            interpreter_language="ar",
        )
        hearing = appointments.add_appointment(
            session, worker, reference, kind="hearing", starts_at=_at(20, 13)
        )
        appointments.set_state(session, worker, hearing.id, "cancelled")
        appointments.add_appointment(
            session, worker, reference, kind="meeting", starts_at=_at(120, 9)
        )
        task = notes_and_tasks.add_task(
            session,
            worker,
            reference,
            f"Call {family} about the lease",
            due_date=TODAY + timedelta(days=5),
        )
    return {"visit": visit.id, "hearing": hearing.id, "task": task.id}


def _expected_deadlines(db: Database, username: str, days: int) -> set[tuple[int, str, date]]:
    with db.session() as session:
        user_id = session.scalar(select(m.User.id).where(m.User.username == username))
        rows = session.execute(
            select(m.Transition.case_id, m.Transition.kind, m.Transition.due_date)
            .join(m.Case, m.Case.id == m.Transition.case_id)
            .join(m.WorkerAssignment, m.WorkerAssignment.case_id == m.Case.id)
            .where(
                m.WorkerAssignment.user_id == user_id,
                or_(m.WorkerAssignment.end_date.is_(None), m.WorkerAssignment.end_date > TODAY),
                m.Case.status == "open",
                m.Transition.status == "open",
                m.Transition.due_date.between(TODAY, TODAY + timedelta(days=days)),
            )
        ).all()
    return {(cid, kind, due) for cid, kind, due in rows}


def _expected_tasks(db: Database, username: str, days: int) -> set[int]:
    with db.session() as session:
        user_id = session.scalar(select(m.User.id).where(m.User.username == username))
        return set(
            session.scalars(
                select(m.Task.id)
                .join(m.Case, m.Case.id == m.Task.case_id)
                .where(
                    m.Task.owner_id == user_id,
                    m.Task.done_at.is_(None),
                    m.Task.due_date.between(TODAY, TODAY + timedelta(days=days)),
                    m.Case.status == "open",
                )
            )
        )


def _names_of_the_workers_cases(db: Database, username: str) -> set[str]:
    with db.session() as session:
        user_id = session.scalar(select(m.User.id).where(m.User.username == username))
        rows = session.execute(
            select(m.Case.given_name, m.Case.family_name)
            .join(m.WorkerAssignment, m.WorkerAssignment.case_id == m.Case.id)
            .where(m.WorkerAssignment.user_id == user_id)
        ).all()
    return {n for row in rows for n in row if n and len(n) > 2}


def _export(db: Database, actor: Actor, out: Path, **kw: object) -> Calendar:
    with db.session() as session:
        calendar.export_calendar(session, actor, out, **kw)
    return Calendar.from_ical(out.read_bytes())


def test_every_event_is_checked(demo_db: Database, login: Callable[[str], Actor], tmp_path: Path):
    worker = login("worker")
    reference = own_open_case(demo_db)
    ids = _plan(demo_db, worker, reference)
    cal = _export(demo_db, worker, tmp_path / "worker.ics")
    assert cal["VERSION"] == "2.0" and cal["PRODID"]
    zones = list(cal.walk("VTIMEZONE"))
    assert [str(z["TZID"]) for z in zones] == [ZONE]
    events = list(cal.walk("VEVENT"))
    deadlines = _expected_deadlines(demo_db, "worker", 90)
    assert deadlines, "the demo worker has transitions in the next 90 days"
    tasks = _expected_tasks(demo_db, "worker", 90)
    assert ids["task"] in tasks
    assert len(events) == len(deadlines) + len(tasks) + 2  # the visit, the cancelled hearing
    uids = [str(e["UID"]) for e in events]
    assert len(set(uids)) == len(uids)
    seen_deadlines = set()
    seen_tasks: set[int] = set()
    for event in events:
        uid = str(event["UID"])
        start = event.decoded("DTSTART")
        end = event.decoded("DTEND")
        assert event.get("DTSTAMP") is not None and str(event["SUMMARY"])
        if uid.startswith("appointment-"):
            # Timed, in the office's zone, defined by the VTIMEZONE.
            assert isinstance(start, datetime) and start.tzinfo is not None
            assert event["DTSTART"].params["TZID"] == ZONE
            if uid.startswith(f"appointment-{ids['visit']}-"):
                assert start.replace(tzinfo=None) == _at(1, 10)
                assert end - start == timedelta(minutes=45)
                assert start.utcoffset() == timedelta(hours=1)  # CET in March
                assert str(event["STATUS"]) == "CONFIRMED"
                assert "Birkevej 12" in str(event["LOCATION"])
                assert "Arabic" in str(event["DESCRIPTION"])
                assert str(event["SUMMARY"]) == f"{reference}: Home visit"
            else:
                assert uid.startswith(f"appointment-{ids['hearing']}-")
                assert str(event["STATUS"]) == "CANCELLED" and int(event["SEQUENCE"]) == 1
        else:
            # Deadlines are whole days and do not fill the day.
            assert type(start) is date and end == start + timedelta(days=1)
            assert str(event["TRANSP"]) == "TRANSPARENT"
            if uid.startswith("task-"):
                task_id = int(uid.split("-")[1])
                seen_tasks.add(task_id)
                assert not event.walk("VALARM")
                if task_id == ids["task"]:
                    assert start == TODAY + timedelta(days=5)
                    assert str(event["SUMMARY"]) == f"{reference}: Call … about the lease"
            else:
                assert uid.startswith("transition-")
                case_id, kind = uid.split("-")[1], uid.split("-")[2]
                seen_deadlines.add((int(case_id), kind, start))
                (alarm,) = event.walk("VALARM")
                assert alarm.decoded("TRIGGER") == timedelta(days=-7)
                assert str(alarm["ACTION"]) == "DISPLAY"
    assert seen_deadlines == deadlines and seen_tasks == tasks
    # No name of any of the worker's young people appears anywhere in the file.
    text = (tmp_path / "worker.ics").read_text(encoding="utf-8")
    for name in _names_of_the_workers_cases(demo_db, "worker"):
        assert name not in text, name


def test_uids_stay_the_same_from_one_export_to_the_next(
    demo_db: Database, login: Callable[[str], Actor], tmp_path: Path, monkeypatch
):
    worker = login("worker")
    _plan(demo_db, worker, own_open_case(demo_db))
    first = _export(demo_db, worker, tmp_path / "a.ics")
    # Later the same day, with something moved: the same events keep their UIDs.
    with demo_db.session() as session:
        visit_id = session.scalar(
            select(m.Appointment.id).where(m.Appointment.kind == "home_visit")
        )
        appointments.update_appointment(session, worker, visit_id, {"starts_at": _at(2, 11)})
    second = _export(demo_db, worker, tmp_path / "b.ics")
    uids = lambda cal: {str(e["UID"]) for e in cal.walk("VEVENT")}  # noqa: E731
    assert uids(first) == uids(second)
    moved = [
        e for e in second.walk("VEVENT") if str(e["UID"]).startswith(f"appointment-{visit_id}-")
    ]
    assert moved[0].decoded("DTSTART").replace(tzinfo=None) == _at(2, 11)
    assert int(moved[0]["SEQUENCE"]) == 1


def test_names_only_when_asked(demo_db: Database, login: Callable[[str], Actor], tmp_path: Path):
    worker = login("worker")
    reference = own_open_case(demo_db)
    _plan(demo_db, worker, reference)
    with demo_db.session() as session:
        case = session.scalar(select(m.Case).where(m.Case.reference == reference))
        full = f"{case.given_name} {case.family_name}"
    cal = _export(demo_db, worker, tmp_path / "named.ics", with_names=True)
    summaries = [str(e["SUMMARY"]) for e in cal.walk("VEVENT")]
    assert f"{full} ({reference}): Home visit" in summaries
    assert any(s.startswith(f"{full} ({reference}): Call {case.family_name}") for s in summaries)


def test_the_window_follows_today_and_days(
    demo_db: Database, login: Callable[[str], Actor], tmp_path: Path, monkeypatch
):
    worker = login("worker")
    _plan(demo_db, worker, own_open_case(demo_db))
    short = _export(demo_db, worker, tmp_path / "s.ics", days=3)
    starts = [e.decoded("DTSTART") for e in short.walk("VEVENT")]
    as_days = [s.date() if isinstance(s, datetime) else s for s in starts]
    assert as_days and all(TODAY <= d <= TODAY + timedelta(days=3) for d in as_days)
    expected = len(_expected_deadlines(demo_db, "worker", 3)) + len(
        _expected_tasks(demo_db, "worker", 3)
    )
    assert expected + 1 == len(starts)  # + the visit
    # HOMEWARD_TODAY pins the day the window starts from.
    monkeypatch.setenv("HOMEWARD_TODAY", str(TODAY + timedelta(days=100)))
    later = _export(demo_db, worker, tmp_path / "l.ics", days=30)
    kinds = {str(e["UID"]).split("-")[0] for e in later.walk("VEVENT")}
    assert "appointment" in kinds  # the meeting 120 days on
    assert "task" not in kinds


def test_the_reminder_is_a_setting(demo_db: Database, login: Callable[[str], Actor], tmp_path):
    from desktop_app.services.errors import PermissionDeniedError

    worker, admin = login("worker"), login("admin")
    with demo_db.session() as session:
        settings.update_settings(session, admin, {calendar.REMINDER_SETTING: 0})
    cal = _export(demo_db, worker, tmp_path / "quiet.ics")
    assert not [a for e in cal.walk("VEVENT") for a in e.walk("VALARM")]
    with demo_db.session() as session:
        settings.update_settings(session, admin, {calendar.REMINDER_SETTING: 14})
    cal = _export(demo_db, worker, tmp_path / "two-weeks.ics")
    triggers = {a.decoded("TRIGGER") for a in cal.walk("VALARM")}
    assert triggers == {timedelta(days=-14)}
    with pytest.raises(PermissionDeniedError):
        with demo_db.session() as session:
            settings.update_settings(session, worker, {calendar.REMINDER_SETTING: 3})


def test_a_utc_computer_still_gets_a_vtimezone(
    demo_db: Database, login: Callable[[str], Actor], tmp_path: Path, monkeypatch
):
    monkeypatch.setenv("TZ", "Etc/UTC")
    worker = login("worker")
    _plan(demo_db, worker, own_open_case(demo_db))
    cal = _export(demo_db, worker, tmp_path / "utc.ics")
    assert [str(z["TZID"]) for z in cal.walk("VTIMEZONE")] == ["Etc/UTC"]
    visit = [e for e in cal.walk("VEVENT") if "Home visit" in str(e["SUMMARY"])][0]
    assert visit["DTSTART"].params["TZID"] == "Etc/UTC"
    assert visit.decoded("DTSTART").replace(tzinfo=None) == _at(1, 10)


def test_a_subscription_file_is_rewritten_only_when_something_changed(
    demo_db: Database, login: Callable[[str], Actor], tmp_path: Path
):
    worker = login("worker")
    reference = own_open_case(demo_db)
    path = tmp_path / "subscribed.ics"
    with demo_db.session() as session:
        assert calendar.refresh_subscription(session, worker, path).written
        assert not calendar.refresh_subscription(session, worker, path).written
        appointments.add_appointment(
            session, worker, reference, kind="meeting", starts_at=_at(3, 9)
        )
        again = calendar.refresh_subscription(session, worker, path)
    assert again.written
    assert "Meeting" in path.read_text(encoding="utf-8")


# --- the command line ------------------------------------------------------------


def test_cli_export_calendar(cli, demo_db_path: Path, demo_db: Database, tmp_path: Path, login):
    _plan(demo_db, login("worker"), own_open_case(demo_db))
    out = tmp_path / "mine.ics"
    result = cli(
        "export", "calendar", "--out", str(out), *db_args(demo_db_path), "--user", "worker"
    )
    assert result.code == 0, result.err
    events = list(Calendar.from_ical(out.read_bytes()).walk("VEVENT"))
    assert f"Wrote {len(events)} event(s)" in result.out
    again = tmp_path / "again.ics"
    result = cli(
        *db_args(demo_db_path),
        "--user",
        "worker",
        "export",
        "calendar",
        "--out",
        str(again),
        "--days",
        "30",
    )
    assert result.code == 0, result.err
    later = {str(e["UID"]) for e in Calendar.from_ical(again.read_bytes()).walk("VEVENT")}
    assert later < {str(e["UID"]) for e in events}
    with demo_db.session() as session:
        entries = session.scalars(
            select(m.AuditEntry).where(m.AuditEntry.action == "calendar_exported")
        ).all()
    assert [(e.username, e.detail["days"]) for e in entries] == [("worker", 90), ("worker", 30)]
    # Bad input: one line, exit 1 or 2.
    admin = cli(
        "export",
        "calendar",
        "--out",
        str(tmp_path / "a.ics"),
        *db_args(demo_db_path),
        "--user",
        "admin",
    )
    assert admin.code == 1 and "administrators" in admin.err and admin.err.count("\n") == 1
    folder = cli(
        "export",
        "calendar",
        "--out",
        str(tmp_path / "nowhere" / "x.ics"),
        *db_args(demo_db_path),
        "--user",
        "worker",
    )
    assert folder.code == 1 and "There is no folder" in folder.err
    usage = cli(
        "export",
        "calendar",
        "--out",
        "x.ics",
        "--days",
        "soon",
        *db_args(demo_db_path),
        "--user",
        "worker",
    )
    assert usage.code == 2


def test_a_transition_with_its_outcome_recorded_is_no_deadline(
    demo_db: Database, login: Callable[[str], Actor], tmp_path: Path
):
    from desktop_app.domain.transition_records import OutcomeEntry
    from desktop_app.services.transitions import outcomes

    worker = login("worker")
    before = _export(demo_db, worker, tmp_path / "before.ics", days=90)
    deadlines = [e for e in before.walk("VEVENT") if str(e["UID"]).startswith("transition")]
    assert deadlines
    with demo_db.session() as session:
        case_id, kind, due = sorted(_expected_deadlines(demo_db, "worker", 90))[0]
        reference = session.scalar(select(m.Case.reference).where(m.Case.id == case_id))
        transition = outcomes.find_transition(session, worker, reference, kind, due)
        outcomes.record_outcome(
            session, worker, transition, OutcomeEntry("moved_elsewhere", receiving="Odense")
        )
    after = _export(demo_db, worker, tmp_path / "after.ics", days=90)
    left = [e for e in after.walk("VEVENT") if str(e["UID"]).startswith("transition")]
    assert len(left) == len(deadlines) - 1
