"""Ticking a transition's readiness checklist items, or marking one not applicable (what must be
secured — housing, a care placement, the permit's renewal — follows the record instead)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.db.models import ChecklistItemState
from desktop_app.domain.checklist import CARE_PLACEMENT, HOUSING_SECURED, PERMIT_RENEWAL
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
    reason: str | None = None,
) -> None:
    """Tick (or untick) a checklist item of a case's transition, or mark it not applicable
    (with the reason, audited): it then leaves both counts of readiness."""
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
    if item_key == CARE_PLACEMENT:
        raise ValidationError(
            {
                "item": _(
                    "A care placement follows the placements: record the foster, residential or supported placement instead."
                )
            }
        )
    if item_key == PERMIT_RENEWAL:
        raise ValidationError(
            {
                "item": _(
                    "The permit's renewal follows the legal status: record the renewal application or the new permit instead."
                )
            }
        )
    templates = settings.checklist_templates(session)
    if not any(item_key in items for items in templates.get(kind, {}).values()):
        raise ValidationError(
            {"item": _("'{item_key}' is not a checklist item.", item_key=item_key)}
        )
    if not_applicable and done:
        raise ValidationError({"item": _("An item is either done or not applicable, not both.")})
    if not_applicable and not (reason or "").strip():
        raise ValidationError(
            {"reason": _("Say why this item does not apply to this young person.")}
        )
    state = session.scalar(
        select(ChecklistItemState).where(
            ChecklistItemState.case_id == case.id,
            ChecklistItemState.transition_kind == kind,
            ChecklistItemState.item_key == item_key,
        )
    )
    before = bool(state and state.done)
    before_na = bool(state and state.not_applicable)
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
            **(
                {"changes": {"not_applicable": {"before": before_na, "after": not_applicable}}}
                if before_na != not_applicable
                else {}
            ),
            **({"reason": reason.strip()} if not_applicable and reason else {}),
        },
    )
    derivation.refresh_cases(session, [case.id], actor)
