"""The offer state machine: every pair of states, and what each move needs."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.domain.offers import (
    ALLOWED_MOVES,
    OfferMove,
    OfferMoveRefused,
    allowed_next,
    check_move,
)
from desktop_app.domain.transitions import OfferState as S

TODAY = date(2026, 3, 16)

EXPECTED = {
    (S.PROPOSED, S.VIEWING),
    (S.PROPOSED, S.ACCEPTED),
    (S.PROPOSED, S.DECLINED),
    (S.VIEWING, S.ACCEPTED),
    (S.VIEWING, S.DECLINED),
    (S.ACCEPTED, S.CONTRACT_SIGNED),
    (S.ACCEPTED, S.DECLINED),
    (S.CONTRACT_SIGNED, S.MOVED_IN),
    (S.CONTRACT_SIGNED, S.DECLINED),
    (S.MOVED_IN, S.ENDED),
}


def _complete(target: S) -> OfferMove:
    """A move with everything its target state needs."""
    return OfferMove(
        to_state=target,
        move_in_date=date(2026, 3, 10),
        end_date=date(2026, 3, 15),
        decline_reason="too_far",
    )


def test_the_table_is_exactly_the_documented_moves() -> None:
    table = {(a, b) for a, targets in ALLOWED_MOVES.items() for b in targets}
    assert table == EXPECTED
    assert set(ALLOWED_MOVES) == set(S)


@pytest.mark.parametrize("source", list(S))
@pytest.mark.parametrize("target", list(S))
def test_every_pair_of_states(source: S, target: S) -> None:
    if (source, target) in EXPECTED:
        check_move(source, _complete(target), today=TODAY, current_move_in=date(2026, 3, 1))
    else:
        with pytest.raises(OfferMoveRefused) as refused:
            check_move(source, _complete(target), today=TODAY, current_move_in=date(2026, 3, 1))
        message = str(refused.value)
        assert message.endswith(".")
        # The refusal names the state the offer is in.
        assert source.value.replace("_", " ") in message


def test_refusal_explains_what_comes_first_and_what_is_possible() -> None:
    with pytest.raises(OfferMoveRefused) as refused:
        check_move(S.PROPOSED, _complete(S.MOVED_IN), today=TODAY)
    message = str(refused.value)
    assert "proposed cannot become moved in" in message
    assert "the contract must be signed first" in message
    assert "It can become viewing or accepted or declined." in message


def test_final_states_say_to_make_a_new_offer() -> None:
    for final in (S.DECLINED, S.ENDED):
        with pytest.raises(OfferMoveRefused, match="make a new offer instead"):
            check_move(final, _complete(S.ACCEPTED), today=TODAY)


def test_same_state_is_refused() -> None:
    with pytest.raises(OfferMoveRefused, match="already viewing"):
        check_move(S.VIEWING, _complete(S.VIEWING), today=TODAY)


def test_accepting_needs_a_move_in_date() -> None:
    with pytest.raises(OfferMoveRefused, match="planned move-in date") as refused:
        check_move(S.VIEWING, OfferMove(S.ACCEPTED), today=TODAY)
    assert refused.value.field == "move_in_date"
    # A future move-in date is what an acceptance normally has.
    check_move(S.VIEWING, OfferMove(S.ACCEPTED, move_in_date=date(2026, 5, 1)), today=TODAY)


def test_moving_in_needs_a_date_not_in_the_future() -> None:
    with pytest.raises(OfferMoveRefused, match="needs the date"):
        check_move(S.CONTRACT_SIGNED, OfferMove(S.MOVED_IN), today=TODAY)
    with pytest.raises(OfferMoveRefused, match="in the future"):
        check_move(
            S.CONTRACT_SIGNED, OfferMove(S.MOVED_IN, move_in_date=date(2026, 3, 17)), today=TODAY
        )
    # The planned date of the acceptance is used when none is given.
    check_move(
        S.CONTRACT_SIGNED, OfferMove(S.MOVED_IN), today=TODAY, current_move_in=date(2026, 3, 16)
    )


def test_declining_needs_a_known_reason() -> None:
    with pytest.raises(OfferMoveRefused, match="needs a reason"):
        check_move(S.PROPOSED, OfferMove(S.DECLINED), today=TODAY)
    with pytest.raises(OfferMoveRefused, match="not a reason"):
        check_move(S.PROPOSED, OfferMove(S.DECLINED, decline_reason="bored"), today=TODAY)
    check_move(S.ACCEPTED, OfferMove(S.DECLINED, decline_reason="withdrawn"), today=TODAY)


def test_ending_needs_an_end_after_the_move_in() -> None:
    with pytest.raises(OfferMoveRefused, match="needs its end date"):
        check_move(S.MOVED_IN, OfferMove(S.ENDED), today=TODAY)
    with pytest.raises(OfferMoveRefused, match="before the move-in"):
        check_move(
            S.MOVED_IN,
            OfferMove(S.ENDED, end_date=date(2026, 1, 1)),
            today=TODAY,
            current_move_in=date(2026, 2, 1),
        )


def test_unknown_states_are_refused_with_the_list() -> None:
    with pytest.raises(OfferMoveRefused, match="not a state of an offer"):
        check_move(S.PROPOSED, OfferMove("signed"), today=TODAY)
    with pytest.raises(OfferMoveRefused, match="not a state"):
        check_move("lost", OfferMove(S.VIEWING), today=TODAY)


def test_allowed_next_follows_the_life_of_an_offer() -> None:
    assert allowed_next(S.PROPOSED) == (S.VIEWING, S.ACCEPTED, S.DECLINED)
    assert allowed_next("contract_signed") == (S.MOVED_IN, S.DECLINED)
    assert allowed_next(S.ENDED) == ()
