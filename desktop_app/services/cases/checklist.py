"""Ticking a transition's readiness checklist items (housing secured follows the offers instead)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.db.models import ChecklistItemState
from desktop_app.domain.checklist import DEFAULT_CHECKLIST, HOUSING_SECURED
from desktop_app.domain.i18n import message as _
from desktop_app.domain.transitions import TransitionKind
from desktop_app.services import clock, settings
from desktop_app.services.actor import Actor
from desktop_app.services.errors import ValidationError
from desktop_app.services.transitions import derivation
from desktop_app.services.trust import audit
from desktop_app.services.trust.permissions import load_case_for_edit


def set_checklist_item(
    session: Session,
    actor: Actor,
    reference: str,
    kind: str,
    item_key: str,
    done: bool,
    *,
    not_applicable: bool = False,
) -> None:
    case = load_case_for_edit(session, actor, reference)
    try:
        TransitionKind(kind)
    except ValueError:
        raise ValidationError(
            {"kind": _("'{kind}' is not a transition kind.", kind=kind)}
        ) from None
    if item_key == HOUSING_SECURED:
        raise ValidationError(
            {
                "item": _(
                    "Housing secured follows the housing offers: record an accepted offer instead."
                )
            }
        )
    if item_key not in DEFAULT_CHECKLIST and item_key not in settings.checklist_template(session):
        raise ValidationError(
            {"item": _("'{item_key}' is not a checklist item.", item_key=item_key)}
        )
    state = session.scalar(
        select(ChecklistItemState).where(
            ChecklistItemState.case_id == case.id,
            ChecklistItemState.transition_kind == kind,
            ChecklistItemState.item_key == item_key,
        )
    )
    before = bool(state and state.done)
    if state is None:
        state = ChecklistItemState(case_id=case.id, transition_kind=kind, item_key=item_key)
        session.add(state)
    state.done = done
    state.not_applicable = not_applicable
    state.done_on = clock.today() if done else None
    state.done_by_id = actor.user_id
    case.updated_at = clock.now()
    audit.record(
        session,
        actor,
        "checklist_changed",
        entity="case",
        entity_id=reference,
        case_id=case.id,
        detail={
            "transition": kind,
            "item": item_key,
            "before": before,
            "after": done,
            "not_applicable": not_applicable,
        },
    )
    derivation.refresh_cases(session, [case.id])
