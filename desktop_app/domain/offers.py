"""The life of a housing offer: which moves are allowed and what each move needs.

The allowed moves::

    proposed ──► viewing ──► accepted ──► contract_signed ──► moved_in ──► ended
        │           │            │               │
        │           ▼            ▼               ▼
        ├──────► declined ◄──────┴───────────────┘   (accepted or signed: withdrawn)
        └──► accepted                                 (a worker may skip the viewing)

- proposed → viewing, accepted or declined;
- viewing → accepted or declined;
- accepted → contract_signed or declined (the offer is withdrawn);
- contract_signed → moved_in or declined (withdrawn before the move);
- moved_in → ended (the tenancy is over);
- declined and ended are final: a new offer is made instead.

Nothing moves backwards, and a household that has moved in cannot "decline":
its tenancy ends. Accepting needs a planned move-in date, declining needs a
reason from `DECLINE_REASONS`, moving in needs the date it happened (not in
the future) and ending needs an end date on or after the move-in.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from desktop_app.domain.i18n import Joined
from desktop_app.domain.i18n import message as _
from desktop_app.domain.transitions import OfferState

ALLOWED_MOVES: Mapping[OfferState, frozenset[OfferState]] = {
    OfferState.PROPOSED: frozenset({OfferState.VIEWING, OfferState.ACCEPTED, OfferState.DECLINED}),
    OfferState.VIEWING: frozenset({OfferState.ACCEPTED, OfferState.DECLINED}),
    OfferState.ACCEPTED: frozenset({OfferState.CONTRACT_SIGNED, OfferState.DECLINED}),
    OfferState.CONTRACT_SIGNED: frozenset({OfferState.MOVED_IN, OfferState.DECLINED}),
    OfferState.MOVED_IN: frozenset({OfferState.ENDED}),
    OfferState.DECLINED: frozenset(),
    OfferState.ENDED: frozenset(),
}

# States in which the offer holds one of the unit's places.
HOLDING_STATES = frozenset({OfferState.ACCEPTED, OfferState.CONTRACT_SIGNED, OfferState.MOVED_IN})
FINAL_STATES = frozenset({OfferState.DECLINED, OfferState.ENDED})

STATE_LABELS: Mapping[OfferState, str] = {
    OfferState.PROPOSED: "Proposed",
    OfferState.VIEWING: "Viewing",
    OfferState.ACCEPTED: "Accepted",
    OfferState.DECLINED: "Declined",
    OfferState.CONTRACT_SIGNED: "Contract signed",
    OfferState.MOVED_IN: "Moved in",
    OfferState.ENDED: "Ended",
}

# Verbs for buttons and messages ("move the offer to …").
ACTION_LABELS: Mapping[OfferState, str] = {
    OfferState.VIEWING: "Viewing arranged",
    OfferState.ACCEPTED: "Accept",
    OfferState.DECLINED: "Decline",
    OfferState.CONTRACT_SIGNED: "Contract signed",
    OfferState.MOVED_IN: "Moved in",
    OfferState.ENDED: "End tenancy",
}

DECLINE_REASONS: Mapping[str, str] = {
    "too_far": "Too far from school, work or network",
    "too_expensive": "Too expensive",
    "too_small": "Too small for the household",
    "not_suitable": "Not suitable (condition, accessibility, shared)",
    "young_person_declined": "The young person declined",
    "landlord_declined": "The landlord chose someone else",
    "found_other_housing": "Other housing found",
    "withdrawn": "Offer withdrawn",
    "other": "Other reason",
}


# Forward moves first, declining last: the order of buttons and messages.
_LIFE_ORDER = (
    OfferState.PROPOSED,
    OfferState.VIEWING,
    OfferState.ACCEPTED,
    OfferState.CONTRACT_SIGNED,
    OfferState.MOVED_IN,
    OfferState.ENDED,
    OfferState.DECLINED,
)


class OfferMoveRefused(ValueError):
    """A move the state machine does not allow, or one missing what it needs."""

    def __init__(self, message: str, field: str = "state") -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class OfferMove:
    """What the worker asks for: the new state and what that state needs."""

    to_state: OfferState | str
    move_in_date: date | None = None
    end_date: date | None = None
    decline_reason: str | None = None


def allowed_next(state: OfferState | str) -> tuple[OfferState, ...]:
    """The states an offer may move to from `state`, in the order of the offer's life."""
    allowed = ALLOWED_MOVES[OfferState(state)]
    return tuple(s for s in _LIFE_ORDER if s in allowed)


def state_words(state: OfferState) -> str:
    """The state as it reads inside a sentence ("the offer is already accepted")."""
    return {
        OfferState.PROPOSED: _("proposed"),
        OfferState.VIEWING: _("viewing"),
        OfferState.ACCEPTED: _("accepted"),
        OfferState.DECLINED: _("declined"),
        OfferState.CONTRACT_SIGNED: _("contract signed"),
        OfferState.MOVED_IN: _("moved in"),
        OfferState.ENDED: _("ended"),
    }[state]


def check_move(
    current: OfferState | str,
    move: OfferMove,
    *,
    today: date,
    current_move_in: date | None = None,
) -> None:
    """Raise `OfferMoveRefused` with a sentence saying why, when the move is not allowed."""
    try:
        source = OfferState(current)
    except ValueError:
        raise OfferMoveRefused(
            _("'{current}' is not a state of an offer.", current=current)
        ) from None
    try:
        target = OfferState(move.to_state)
    except ValueError:
        names = ", ".join(s.value for s in OfferState)
        raise OfferMoveRefused(
            _(
                "'{move_to_state}' is not a state of an offer (states: {names}).",
                move_to_state=move.to_state,
                names=names,
            )
        ) from None
    if target is source:
        raise OfferMoveRefused(_("The offer is already {state}.", state=state_words(source)))
    if target not in ALLOWED_MOVES[source]:
        if source in FINAL_STATES:
            raise OfferMoveRefused(
                _(
                    "The offer is {state}: nothing can follow; make a new offer instead.",
                    state=state_words(source),
                )
            )
        allowed = Joined([state_words(s) for s in allowed_next(source)], _("or"))
        why = {
            OfferState.MOVED_IN: _("the contract must be signed first"),
            OfferState.CONTRACT_SIGNED: _("the offer must be accepted first"),
            OfferState.ENDED: _("only a tenancy that has started (moved in) can end"),
            OfferState.DECLINED: _("a household that has moved in ends its tenancy instead"),
            OfferState.PROPOSED: _("an offer does not move backwards"),
            OfferState.VIEWING: _("an offer does not move backwards"),
            OfferState.ACCEPTED: _("an offer does not move backwards"),
        }[target]
        raise OfferMoveRefused(
            _(
                "An offer that is {state} cannot become {target}: {why}. It can become {allowed}.",
                state=state_words(source),
                target=state_words(target),
                why=why,
                allowed=allowed,
            )
        )
    if target is OfferState.ACCEPTED and move.move_in_date is None:
        raise OfferMoveRefused(
            _("Accepting an offer needs the planned move-in date."), "move_in_date"
        )
    if target is OfferState.MOVED_IN:
        moved = move.move_in_date or current_move_in
        if moved is None:
            raise OfferMoveRefused(_("Moving in needs the date of the move."), "move_in_date")
        if moved > today:
            raise OfferMoveRefused(
                _(
                    "The move-in date {move_in} is in the future: record the move on the day it happens (the planned date is kept on the accepted offer).",
                    move_in=moved.isoformat(),
                ),
                "move_in_date",
            )
    if target is OfferState.DECLINED:
        if not move.decline_reason:
            raise OfferMoveRefused(_("Declining an offer needs a reason."), "decline_reason")
        if move.decline_reason not in DECLINE_REASONS:
            names = ", ".join(DECLINE_REASONS)
            raise OfferMoveRefused(
                _(
                    "'{move_decline_reason}' is not a reason for declining (reasons: {names}).",
                    move_decline_reason=move.decline_reason,
                    names=names,
                ),
                "decline_reason",
            )
    if target is OfferState.ENDED:
        if move.end_date is None:
            raise OfferMoveRefused(_("Ending a tenancy needs its end date."), "end_date")
        if current_move_in is not None and move.end_date < current_move_in:
            raise OfferMoveRefused(
                _(
                    "The end date {end_date} is before the move-in on {move_in}.",
                    end_date=move.end_date.isoformat(),
                    move_in=current_move_in.isoformat(),
                ),
                "end_date",
            )
