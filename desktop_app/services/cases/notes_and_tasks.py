"""Dated notes (confidential ones marked) and follow-up tasks on a case."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from desktop_app.db.models import Case, Note, Task
from desktop_app.domain.i18n import message as _
from desktop_app.services import clock
from desktop_app.services.actor import Actor
from desktop_app.services.errors import NotFoundError, ValidationError
from desktop_app.services.trust import audit
from desktop_app.services.trust.permissions import (
    can_read_case,
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
    if not text.strip():
        raise ValidationError({"text": _("The note is empty.")})
    if kind not in ("meeting", "phone", "home_visit", "other"):
        raise ValidationError({"kind": _("'{kind}' is not a kind of note.", kind=kind)})
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
