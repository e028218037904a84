"""The case Housing tab, driven like a worker would: from a red case to an accepted offer."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import func, select

from desktop_app.db.models import AuditEntry, HousingOffer, SupportInstrument
from desktop_app.services.actor import Actor
from desktop_app.services.storage.database import Database
from desktop_app.services.transitions import listing
from desktop_app.ui.case_housing_tab import CaseHousingTab, OfferMoveDialog

RED_CASE = "HW-2026-00001"  # turns 18 on 2026-04-05, no housing
MOVE_IN = date(2026, 3, 30)

Login = Callable[[str], Actor]


def _matched(qtbot: Any, tab: CaseHousingTab) -> CaseHousingTab:
    """Wait until the matching units, ranked off the GUI thread, are in the list."""
    qtbot.waitUntil(lambda: tab.matching is None, timeout=10000)
    return tab


def _proposed(qtbot: Any, db: Database, actor: Actor) -> CaseHousingTab:
    """The red case's Housing tab with the best matching unit proposed."""
    tab = CaseHousingTab(db, actor, RED_CASE)
    qtbot.addWidget(tab)
    _matched(qtbot, tab)
    with qtbot.waitSignal(tab.changed, timeout=3000):
        qtbot.mouseClick(tab.propose_button, Qt.MouseButton.LeftButton)
    return tab


def _case_rows(db: Database, actor: Actor) -> list[listing.TransitionRow]:
    with db.session() as s:
        return [r for r in listing.upcoming(s, actor, 30) if r.reference == RED_CASE]


def _accept_with_rent_guarantee(monkeypatch: pytest.MonkeyPatch) -> list[OfferMoveDialog]:
    """Answer the acceptance dialog as a worker would: a date before the birthday, a guarantee."""
    shown: list[OfferMoveDialog] = []

    def answer(dialog: OfferMoveDialog) -> int:
        shown.append(dialog)
        dialog.move_in.setDate(QDate(MOVE_IN.year, MOVE_IN.month, MOVE_IN.day))
        dialog.with_support.setChecked(True)
        fields = dialog.support
        fields.kind.setCurrentIndex(fields.kind.findData("rent_guarantee"))
        fields.amount.setValue(12000)
        fields.provided_by.setText("Viborg Kommune")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(OfferMoveDialog, "exec", answer)
    return shown


def test_red_case_to_accepted_offer_with_rent_guarantee(
    qtbot: Any, qtmodeltester: Any, demo_db: Database, login: Login, monkeypatch: pytest.MonkeyPatch
) -> None:
    worker, lead = login("worker"), login("lead")
    before = _case_rows(demo_db, lead)
    assert before and all(r.risk == "red" and not r.housing_secured for r in before)

    tab = CaseHousingTab(demo_db, worker, RED_CASE)
    qtbot.addWidget(tab)
    tab.show()
    # The offers and the needs at once; the matches are still being ranked.
    assert tab.matching is not None and not tab.propose_button.isEnabled()
    assert tab.matches_model.rowCount() == 0 and "Finding" in tab.reasons.text()
    assert "Household of 4" in tab.needs_label.text()
    _matched(qtbot, tab)
    assert tab.propose_button.isEnabled()
    with demo_db.session() as s:  # the matching is audited, as a matching in one session is
        matched = select(func.count()).where(AuditEntry.action == "housing_matched")
        assert s.scalar(matched) == 1
    qtmodeltester.check(tab.matches_model)
    qtmodeltester.check(tab.offers_model)
    assert tab.offers_model.rowCount() == 0
    assert "Household of 4" in tab.needs_label.text()
    best = tab.matches_model.row_at(0)
    assert best is not None and best.fits and best.score == 100
    assert tab.matches_model.rowCount() > 1
    assert best.score >= max(m.score for m in tab.matches_model.rows())
    assert best.unit.code in tab.reasons.text() and best.reasons[0] in tab.reasons.text()

    with qtbot.waitSignal(tab.changed, timeout=3000):
        qtbot.mouseClick(tab.propose_button, Qt.MouseButton.LeftButton)
    assert [o.unit_code for o in tab.offers_model.rows()] == [best.unit.code]
    assert tab.offers_model.rows()[0].state == "proposed"
    _matched(qtbot, tab)
    assert tab.matches_model.rowCount() > 1
    # The proposed unit is no longer in the matching list.
    assert best.unit.code not in [m.unit.code for m in tab.matches_model.rows()]

    shown = _accept_with_rent_guarantee(monkeypatch)
    with qtbot.waitSignal(tab.changed, timeout=3000):
        qtbot.mouseClick(tab.move_buttons["accepted"], Qt.MouseButton.LeftButton)
    assert len(shown) == 1
    [offer] = tab.offers_model.rows()
    assert offer.state == "accepted" and offer.move_in_date == MOVE_IN
    assert [(s.kind, s.amount, s.provided_by) for s in offer.support] == [
        ("rent_guarantee", 12000.0, "Viborg Kommune")
    ]
    assert "Rent guarantee" in tab.support_list.text()
    assert tab.history_model.rowCount() == 2

    # The team lead's transitions list reflects it at once.
    after = _case_rows(demo_db, lead)
    assert {r.kind for r in after} == {r.kind for r in before}
    assert all(r.housing_secured and r.risk in ("amber", "green") for r in after)
    assert all("housing_secured" not in r.missing for r in after)


def test_a_forbidden_move_shows_why_and_changes_nothing(
    qtbot: Any, demo_db: Database, login: Login
) -> None:
    tab = _proposed(qtbot, demo_db, login("worker"))
    # Only the offer's next steps can be pressed; the others say why not.
    signed = tab.move_buttons["contract_signed"]
    why = (
        "An offer that is proposed cannot become contract signed: the offer must be "
        "accepted first. It can become viewing or accepted or declined."
    )
    assert not signed.isEnabled()
    assert signed.toolTip() == why and signed.accessibleDescription() == why
    assert [s for s, b in tab.move_buttons.items() if b.isEnabled()] == [
        "viewing",
        "accepted",
        "declined",
    ]
    with qtbot.assertNotEmitted(tab.changed):
        qtbot.mouseClick(signed, Qt.MouseButton.LeftButton)
    assert tab.offers_model.rows()[0].state == "proposed"
    with demo_db.session() as s:
        assert s.scalar(select(HousingOffer.state).order_by(HousingOffer.id.desc())) == "proposed"


def test_a_forbidden_move_says_why_before_asking_for_its_date(
    qtbot: Any, demo_db: Database, login: Login, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = _proposed(qtbot, demo_db, login("worker"))
    asked: list[str] = []
    monkeypatch.setattr(OfferMoveDialog, "exec", lambda d: asked.append(d.to_state) or 0)
    assert not tab.move_buttons["moved_in"].isEnabled()
    # Asked anyway (a screen left open while someone else moved the offer on):
    with qtbot.assertNotEmitted(tab.changed):
        tab.move_selected("moved_in")
    assert asked == []  # no move-in date asked for a move that cannot be made
    assert "the contract must be signed first" in tab.message.text()
    # An allowed move that needs a date still asks for it.
    qtbot.mouseClick(tab.move_buttons["accepted"], Qt.MouseButton.LeftButton)
    assert asked == ["accepted"]


def test_decline_with_reason_and_viewing(
    qtbot: Any, demo_db: Database, login: Login, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = _proposed(qtbot, demo_db, login("worker"))
    with qtbot.waitSignal(tab.changed, timeout=3000):
        qtbot.mouseClick(tab.move_buttons["viewing"], Qt.MouseButton.LeftButton)
    assert tab.offers_model.rows()[0].state == "viewing"

    def decline(dialog: OfferMoveDialog) -> int:
        dialog.reason.setCurrentIndex(dialog.reason.findData("too_far"))
        dialog.note.setPlainText("Two hours from school")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(OfferMoveDialog, "exec", decline)
    with qtbot.waitSignal(tab.changed, timeout=3000):
        qtbot.mouseClick(tab.move_buttons["declined"], Qt.MouseButton.LeftButton)
    [offer] = tab.offers_model.rows()
    assert (offer.state, offer.decline_reason, offer.decline_note) == (
        "declined",
        "too_far",
        "Two hours from school",
    )
    assert not tab.support_button.isEnabled()


def test_cancelled_dialog_changes_nothing(
    qtbot: Any, demo_db: Database, login: Login, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = _proposed(qtbot, demo_db, login("worker"))
    monkeypatch.setattr(OfferMoveDialog, "exec", lambda _d: QDialog.DialogCode.Rejected)
    with qtbot.assertNotEmitted(tab.changed):
        qtbot.mouseClick(tab.move_buttons["accepted"], Qt.MouseButton.LeftButton)
    assert tab.offers_model.rows()[0].state == "proposed"
    with demo_db.session() as s:
        assert (
            s.scalar(select(SupportInstrument.id).where(SupportInstrument.amount == 12000)) is None
        )


def test_coordinator_reads_but_cannot_offer(qtbot: Any, demo_db: Database, login: Login) -> None:
    tab = CaseHousingTab(demo_db, login("coordinator"), RED_CASE)
    qtbot.addWidget(tab)
    _matched(qtbot, tab)
    assert tab.matches_model.rowCount() > 0
    assert not tab.propose_button.isEnabled()
    assert not any(b.isEnabled() for b in tab.move_buttons.values())


def test_the_case_record_turns_from_red(
    qtbot: Any, demo_db: Database, login: Login, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app.ui.case_record import CaseRecordPage

    page = CaseRecordPage(demo_db, login("worker"), RED_CASE)
    qtbot.addWidget(page)
    assert page.show_tab("Transitions").cards["turns_18"].risk == "red"
    assert page.housing_tab is None  # each tab is built when first shown
    tab = page.show_tab("Housing")
    assert isinstance(tab, CaseHousingTab) and tab is page.housing_tab
    _matched(qtbot, tab)
    with qtbot.waitSignal(tab.changed, timeout=3000):
        qtbot.mouseClick(tab.propose_button, Qt.MouseButton.LeftButton)
    _accept_with_rent_guarantee(monkeypatch)
    with qtbot.waitSignal(tab.changed, timeout=3000):
        qtbot.mouseClick(tab.move_buttons["accepted"], Qt.MouseButton.LeftButton)
    cards = page.show_tab("Transitions").cards
    assert cards["turns_18"].risk in ("amber", "green")
    assert cards["placement_end"].risk in ("amber", "green")


def test_accepting_a_move_in_after_the_transition_warns(
    qtbot: Any, demo_db: Database, login: Login, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = _proposed(qtbot, demo_db, login("worker"))

    def late(dialog: OfferMoveDialog) -> int:
        dialog.move_in.setDate(QDate(2026, 5, 1))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(OfferMoveDialog, "exec", late)
    with qtbot.waitSignal(tab.changed, timeout=3000):
        qtbot.mouseClick(tab.move_buttons["accepted"], Qt.MouseButton.LeftButton)
    assert "The move-in on 2026-05-01 is after the transition on 2026-04-05" in tab.message.text()
    assert all(r.risk == "red" for r in _case_rows(demo_db, tab.actor))


def test_in_the_app_the_team_transitions_board_turns_at_once(
    qtbot: Any, demo_db: Database, login: Login, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app.ui.housing_screen import HousingScreen
    from desktop_app.ui.main_window import MainWindow

    win = MainWindow(demo_db, login("lead"))
    qtbot.addWidget(win)
    win.show()
    board: Any = win.show_page("transitions")
    assert isinstance(win.show_page("housing"), HousingScreen)

    def risks() -> set[str]:
        return {r.risk for r in board.model.transition_rows() if r.reference == RED_CASE}

    assert risks() == {"red"}
    record: Any = win.open_case(RED_CASE)
    tab = record.show_tab("Housing")
    assert isinstance(tab, CaseHousingTab)
    _matched(qtbot, tab)
    with qtbot.waitSignal(tab.changed, timeout=3000):
        qtbot.mouseClick(tab.propose_button, Qt.MouseButton.LeftButton)
    _accept_with_rent_guarantee(monkeypatch)
    with qtbot.waitSignal(tab.changed, timeout=3000):
        qtbot.mouseClick(tab.move_buttons["accepted"], Qt.MouseButton.LeftButton)
    # The board, behind the record, reads the change as it comes to the front.
    win.show_page("transitions")
    assert risks() and "red" not in risks()
