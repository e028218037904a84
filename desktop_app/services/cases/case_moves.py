"""Moves kept for continuity: school changes, moves between municipalities and hand-overs to
an after-care service, each with whether the worker continued.

They count in the case's continuity figures and the team's (`services.team.continuity`).
Transfers between teams are recorded when the receiving team lead accepts one
(`services.team.moves`), not typed here.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from desktop_app.db.models import CaseMove
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
from desktop_app.services.errors import ValidationError
from desktop_app.services.trust import audit
from desktop_app.services.trust.permissions import load_case_for_edit

# What a worker records here (a team transfer comes from an accepted transfer request).
RECORDED_KINDS = ("school_change", "municipality_transfer", "aftercare_transfer")
MOVE_FIELDS = ("kind", "moved_on", "from_place", "to_place", "worker_continued", "note")


def _problems(values: Mapping[str, Any]) -> dict[str, str]:
    errors: dict[str, str] = {}
    if values.get("kind") not in RECORDED_KINDS:
        errors["kind"] = _(
            "'{kind}' is not a move recorded here ({kinds}).",
            kind=values.get("kind"),
            kinds=", ".join(RECORDED_KINDS),
        )
    moved = values.get("moved_on")
    if not isinstance(moved, date):
        errors["moved_on"] = _("Give the day of the move.")
    elif moved > clock.today():
        errors["moved_on"] = _("The date is in the future.")
    if not isinstance(values.get("worker_continued"), bool):
        errors["worker_continued"] = _("Say whether the same worker continued.")
    errors.update(text_problems(values, ("from_place", "to_place")))
    return errors


def record_move(
    session: Session,
    actor: Actor,
    reference: str,
    kind: str,
    moved_on: date,
    *,
    worker_continued: bool,
    from_place: str | None = None,
    to_place: str | None = None,
    note: str | None = None,
) -> CaseMove:
    """A school change, a move to another municipality or a hand-over to an after-care
    service, and whether the same worker continued with the young person."""
    case = load_case_for_edit(session, actor, reference)
    values = {
        "kind": kind,
        "moved_on": moved_on,
        "from_place": clean_text(from_place),
        "to_place": clean_text(to_place),
        "worker_continued": worker_continued,
        "note": clean_text(note),
    }
    errors = _problems(values)
    if errors:
        raise ValidationError(errors)
    move = CaseMove(case_id=case.id, **values)
    session.add(move)
    session.flush()
    audit.record(
        session,
        actor,
        "move_recorded",
        entity="move",
        entity_id=move.id,
        case_id=case.id,
        detail={
            "kind": kind,
            "moved_on": moved_on.isoformat(),
            "from": move.from_place,
            "to": move.to_place,
            "worker_continued": worker_continued,
        },
    )
    return move


def correct_move(
    session: Session,
    actor: Actor,
    reference: str,
    move_id: int,
    values: Mapping[str, Any],
    *,
    reason: str,
) -> CaseMove:
    """Correct a recorded move (its date, places, whether the worker continued), with the
    reason. A team transfer keeps its kind."""
    case, move = fact_on_case(session, actor, reference, CaseMove, move_id)
    why = require_reason(reason)
    unknown_fields(values, MOVE_FIELDS)
    merged = {name: getattr(move, name) for name in MOVE_FIELDS}
    merged.update(
        {
            name: clean_text(value) if name in ("from_place", "to_place", "note") else value
            for name, value in values.items()
        }
    )
    errors = _problems(merged)
    if move.kind == "team_transfer":
        errors.pop("kind", None)
        if merged["kind"] != "team_transfer":
            errors["kind"] = _("A transfer between teams stays one.")
    if errors:
        raise ValidationError(errors)
    changes = apply_changes(move, merged)
    if changes:
        session.flush()
        audit.record(
            session,
            actor,
            "move_changed",
            entity="move",
            entity_id=move.id,
            case_id=case.id,
            detail=change_detail(changes, why),
        )
    return move
