"""Support instruments on an offer: rent subsidy, deposit or rent guarantee, intermediation."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from desktop_app.db.models import SupportInstrument
from desktop_app.domain.i18n import message as _
from desktop_app.domain.offers import state_words
from desktop_app.domain.transitions import OfferState
from desktop_app.services.actor import Actor
from desktop_app.services.errors import NotFoundError, ValidationError
from desktop_app.services.housing.form_values import number_value
from desktop_app.services.housing.offers import load_offer_for_edit
from desktop_app.services.trust import audit

SUPPORT_KINDS: Mapping[str, str] = {
    "rent_subsidy": "Rent subsidy",
    "deposit_guarantee": "Deposit guarantee",
    "rent_guarantee": "Rent guarantee",
    "intermediation": "Intermediation by a rental agency",
}


def add_support(
    session: Session,
    actor: Actor,
    offer_id: int,
    kind: str,
    *,
    amount: Any = None,
    start_date: date | None = None,
    end_date: date | None = None,
    provided_by: str | None = None,
    note: str | None = None,
) -> SupportInstrument:
    """Record a support instrument (rent subsidy, guarantee, intermediation) on an offer."""
    offer, case = load_offer_for_edit(session, actor, offer_id)
    errors: dict[str, str] = {}
    if kind not in SUPPORT_KINDS:
        errors["kind"] = _(
            "'{kind}' is not a kind of support (kinds: {support_kinds}).",
            kind=kind,
            support_kinds=", ".join(SUPPORT_KINDS),
        )
    value = number_value({"amount": amount}, "amount", errors)
    if start_date and end_date and end_date < start_date:
        errors["end_date"] = _("The support ends before it starts.")
    if offer.state in (OfferState.DECLINED.value, OfferState.ENDED.value):
        errors["offer"] = _(
            "The offer is {offer_state}: support can no longer be added to it.",
            offer_state=state_words(OfferState(offer.state)),
        )
    if errors:
        raise ValidationError(errors)
    instrument = SupportInstrument(
        offer_id=offer.id,
        kind=kind,
        amount=value,
        start_date=start_date,
        end_date=end_date,
        provided_by=(provided_by or "").strip() or None,
        note=(note or "").strip() or None,
    )
    session.add(instrument)
    session.flush()
    audit.record(
        session,
        actor,
        "support_added",
        entity="support_instrument",
        entity_id=instrument.id,
        case_id=case.id,
        detail={"offer": offer.id, "kind": kind, "amount": value},
    )
    return instrument


def remove_support(session: Session, actor: Actor, support_id: int) -> None:
    instrument = session.get(SupportInstrument, support_id)
    if instrument is None:
        raise NotFoundError(_("No support instrument {support_id}.", support_id=support_id))
    _offer, case = load_offer_for_edit(session, actor, instrument.offer_id)
    session.delete(instrument)
    audit.record(
        session,
        actor,
        "support_removed",
        entity="support_instrument",
        entity_id=support_id,
        case_id=case.id,
        detail={"kind": instrument.kind},
    )
