"""Dated notes (confidential ones marked) and follow-up tasks on a case.

A note is dated by the contact it records (a home visit last Tuesday), not by the day it
was typed; a note written wrongly is corrected with the reason. A task is changed, handed to
a colleague who may see the case, done and opened again.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from desktop_app.db.models import Case, Note, Task, User, WorkerAssignment
from desktop_app.domain.i18n import message as _
from desktop_app.services import clock
from desktop_app.services.actor import Actor, Role
from desktop_app.services.cases.corrections import (
    apply_changes,
    change_detail,
    fact_by_id,
    fact_on_case,
    require_reason,
    text_problems,
    unknown_fields,
)
from desktop_app.services.errors import NotFoundError, ValidationError
from desktop_app.services.trust import audit
from desktop_app.services.trust.permissions import (
    can_read_case,
    can_see_confidential,
    load_case_for_edit,
    refuse_unseen,
    require_case_content_role,
)


def add_note(
    session: Session,
    actor: Actor,
    reference: str,
    text: str,
    *,
    kind: str = "meeting",
    note_date: date | None = None,
    confidential: bool = False,
) -> Note:
    case = load_case_for_edit(session, actor, reference)
    errors = _note_problems({"text": text, "kind": kind, "note_date": note_date})
    if errors:
        raise ValidationError(errors)
    note = Note(
        case_id=case.id,
        author_id=actor.user_id,
        note_date=note_date or clock.today(),
        kind=kind,
        text=text.strip(),
        confidential=confidential,
        created_at=clock.now(),
    )
    session.add(note)
    session.flush()
    audit.record(
        session,
        actor,
        "note_added",
        entity="note",
        entity_id=note.id,
        case_id=case.id,
        detail={"confidential": confidential, "kind": kind},
    )
    return note


NOTE_KINDS = ("meeting", "phone", "home_visit", "other")
NOTE_FIELDS = ("note_date", "kind", "text", "confidential")


def _note_problems(values: Mapping[str, Any]) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not (values.get("text") or "").strip():
        errors["text"] = _("The note is empty.")
    if values.get("kind") not in NOTE_KINDS:
        errors["kind"] = _("'{kind}' is not a kind of note.", kind=values.get("kind"))
    day = values.get("note_date")
    if day is not None and day > clock.today():
        errors["note_date"] = _("A note cannot record a contact in the future.")
    return errors


def correct_note(
    session: Session,
    actor: Actor,
    reference: str,
    note_id: int,
    values: Mapping[str, Any],
    *,
    reason: str,
) -> Note:
    """Correct a note written wrongly (its words, date, kind or confidentiality), with the
    reason. A confidential note is corrected only by those who may read it."""
    case, note = fact_on_case(session, actor, reference, Note, note_id)
    if note.confidential and not can_see_confidential(session, actor, case):
        raise NotFoundError(
            _(
                "{reference} has no such entry (number {number}).",
                reference=reference,
                number=note_id,
            )
        )
    why = require_reason(reason)
    unknown_fields(values, NOTE_FIELDS)
    merged = {name: getattr(note, name) for name in NOTE_FIELDS}
    merged.update(values)
    merged["text"] = (merged["text"] or "").strip()
    merged["confidential"] = bool(merged["confidential"])
    errors = _note_problems(merged)
    if merged["note_date"] is None:
        errors["note_date"] = _("Give the day of the contact.")
    if errors:
        raise ValidationError(errors)
    changes = apply_changes(note, merged)
    if changes:
        session.flush()
        audit.record(
            session,
            actor,
            "note_corrected",
            entity="note",
            entity_id=note.id,
            case_id=case.id,
            detail=change_detail(changes, why),
        )
    return note


def add_task(
    session: Session,
    actor: Actor,
    reference: str,
    title: str,
    *,
    due_date: date | None = None,
    owner_id: int | None = None,
) -> Task:
    case = load_case_for_edit(session, actor, reference)
    if not title.strip():
        raise ValidationError({"title": _("The task needs a title.")})
    task = Task(
        case_id=case.id,
        owner_id=owner_id or actor.user_id,
        title=title.strip(),
        due_date=due_date,
        created_at=clock.now(),
    )
    session.add(task)
    session.flush()
    audit.record(
        session,
        actor,
        "task_added",
        entity="task",
        entity_id=task.id,
        case_id=case.id,
        detail={"title": task.title},
    )
    return task


def complete_task(session: Session, actor: Actor, task_id: int, done: bool = True) -> Task:
    require_case_content_role(actor)
    unseen = _("There is no task {task_id} on a case you may see.", task_id=task_id)
    task = session.get(Task, task_id)
    if task is None:
        raise NotFoundError(unseen)
    case = session.get(Case, task.case_id)
    assert case is not None
    if not can_read_case(session, actor, case):
        raise refuse_unseen(actor, unseen, case)
    load_case_for_edit(session, actor, case.reference)
    task.done_at = clock.now() if done else None
    audit.record(
        session,
        actor,
        "task_done" if done else "task_reopened",
        entity="task",
        entity_id=task.id,
        case_id=case.id,
    )
    return task


@dataclass(frozen=True)
class OwnerChoice:
    """A colleague a task on the case can be given to."""

    user_id: int
    username: str
    full_name: str


def task_owners(session: Session, actor: Actor, reference: str) -> list[OwnerChoice]:
    """Who may own a task of the case: those who may see it (its assigned workers and its
    team's lead), active accounts only."""
    case = load_case_for_edit(session, actor, reference)
    return _owners(session, case)


def _owners(session: Session, case: Case) -> list[OwnerChoice]:
    today = clock.today()
    assigned = select(WorkerAssignment.user_id).where(
        WorkerAssignment.case_id == case.id,
        or_(WorkerAssignment.end_date.is_(None), WorkerAssignment.end_date > today),
    )
    lead = and_(User.role == Role.TEAM_LEAD.value, User.team_id == case.team_id)
    query = (
        select(User)
        .where(User.active.is_(True), or_(User.id.in_(assigned), lead))
        .order_by(User.full_name)
    )
    return [OwnerChoice(u.id, u.username, u.full_name) for u in session.scalars(query)]


TASK_FIELDS = ("title", "due_date", "owner_id")


def update_task(session: Session, actor: Actor, task_id: int, values: Mapping[str, Any]) -> Task:
    """Change a task: its title, due date, or its owner (a colleague who may see the case)."""
    case, task = fact_by_id(session, actor, Task, task_id)
    unknown_fields(values, TASK_FIELDS)
    merged = {name: getattr(task, name) for name in TASK_FIELDS}
    merged.update(values)
    merged["title"] = (merged["title"] or "").strip()
    errors: dict[str, str] = {}
    if not merged["title"]:
        errors["title"] = _("The task needs a title.")
    errors.update(text_problems(merged, ("title",)))
    if merged["owner_id"] != task.owner_id and merged["owner_id"] not in {
        o.user_id for o in _owners(session, case)
    }:
        errors["owner_id"] = _("A task goes to a colleague who may see the case.")
    if errors:
        raise ValidationError(errors)
    changes = apply_changes(task, merged)
    if changes:
        session.flush()
        audit.record(
            session,
            actor,
            "task_changed",
            entity="task",
            entity_id=task.id,
            case_id=case.id,
            detail=change_detail(changes),
        )
    return task
