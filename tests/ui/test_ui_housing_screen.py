"""The Housing screen: filter units, create/edit/retire with validation, history, fits."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import func, select

from desktop_app.db.models import HousingOffer, HousingProvider, HousingUnit
from desktop_app.services.actor import Actor
from desktop_app.services.housing import matching, offers
from desktop_app.services.storage.database import Database
from desktop_app.ui.housing_screen import HousingScreen, ProviderDialog, UnitDialog

Login = Callable[[str], Actor]


def _screen(qtbot: Any, db: Database, actor: Actor) -> HousingScreen:
    screen = HousingScreen(db, actor)
    qtbot.addWidget(screen)
    return screen


def test_units_list_and_filters(
    qtbot: Any, qtmodeltester: Any, demo_db: Database, login: Login
) -> None:
    screen = _screen(qtbot, demo_db, login("worker"))
    qtmodeltester.check(screen.units_model)
    qtmodeltester.check(screen.providers_model)
    every = screen.units_model.rows()
    with demo_db.session() as s:
        assert len(every) == s.scalar(
            select(func.count(HousingUnit.id)).where(HousingUnit.retired.is_(False))
        )
    assert screen.providers_model.rowCount() == 8
    screen.unit_type.setCurrentIndex(screen.unit_type.findData("student"))
    students = screen.units_model.rows()
    assert students and all(u.unit_type == "student" for u in students)
    screen.unit_type.setCurrentIndex(0)
    screen.min_rooms.setValue(3)
    assert all(u.rooms >= 3 for u in screen.units_model.rows())
    screen.min_rooms.setValue(0)
    town = screen.municipality.itemData(1)
    screen.municipality.setCurrentIndex(1)
    assert {u.municipality for u in screen.units_model.rows()} == {town}
    screen.municipality.setCurrentIndex(0)
    screen.max_rent.setValue(5000)
    assert all((u.monthly_rent or 0) <= 5000 for u in screen.units_model.rows())
    screen.max_rent.setValue(0)
    qtbot.keyClicks(screen.search, every[0].code)
    qtbot.waitUntil(lambda: screen.units_model.rowCount() == 1, timeout=2000)
    assert screen.units_model.rows()[0].code == every[0].code
    # A worker reads the registry but does not edit it.
    assert not screen.new_unit_button.isVisible() and not screen.new_unit_button.isVisibleTo(screen)


def test_unit_history_and_the_cases_it_fits(qtbot: Any, demo_db: Database, login: Login) -> None:
    lead = login("lead")
    with demo_db.session() as s:
        code = s.scalar(
            select(HousingUnit.code)
            .where(HousingUnit.id.in_(select(HousingOffer.unit_id)))
            .order_by(HousingUnit.code)
        )
    assert code is not None
    screen = _screen(qtbot, demo_db, lead)
    qtbot.keyClicks(screen.search, code)
    qtbot.waitUntil(lambda: screen.units_model.rowCount() == 1, timeout=2000)
    assert screen.history_model.rowCount() >= 1
    assert code in screen.unit_details.text()
    with demo_db.session() as s:
        expected = offers.unit_offers(s, lead, code)
        fits = matching.match_cases(s, lead, code, limit=50)
    assert [o.id for o in screen.history_model.rows()] == [o.id for o in expected]
    assert screen.fits_model.rowCount() == len(fits)
    if fits:
        with qtbot.waitSignal(screen.open_case, timeout=1000) as opened:
            screen.fits.doubleClicked.emit(screen.fits.model().index(0, 0))
        assert opened.args == [fits[0].candidate.reference]


def test_create_unit_with_validation_then_edit_and_retire(
    qtbot: Any, demo_db: Database, login: Login, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = _screen(qtbot, demo_db, login("lead"))
    assert screen.new_unit_button.isVisibleTo(screen)
    with demo_db.session() as s:
        before = s.scalar(select(func.count(HousingUnit.id)))
    seen: dict[str, Any] = {}

    def fill(dialog: UnitDialog) -> int:
        # First a bad form: the dialog stays open and names each wrong field.
        dialog.rooms.setValue(0)
        dialog.rent.setText("a lot")
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
        seen["rooms"] = dialog.errors["rooms"].text()
        seen["rent"] = dialog.errors["monthly_rent"].text()
        seen["address"] = dialog.errors["address"].text()
        assert dialog.result() != QDialog.DialogCode.Accepted
        dialog.address.setText("Fjordgade 5, 2. th")
        dialog.municipality.setText("Randers")
        dialog.unit_type.setCurrentIndex(dialog.unit_type.findData("private"))
        dialog.rooms.setValue(2)
        dialog.rent.setText("5200")
        dialog.floor_area.setText("55,5")
        dialog.accessible.setChecked(True)
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
        return dialog.result()

    monkeypatch.setattr(UnitDialog, "exec", fill)
    qtbot.mouseClick(screen.new_unit_button, Qt.MouseButton.LeftButton)
    assert seen["rooms"] == "must be 1 or more."
    assert seen["rent"] == "'a lot' is not a number."
    assert seen["address"] == "The unit needs an address."
    with demo_db.session() as s:
        assert s.scalar(select(func.count(HousingUnit.id))) == before + 1
        unit = s.scalar(select(HousingUnit).where(HousingUnit.address == "Fjordgade 5, 2. th"))
        assert unit is not None
        assert (unit.municipality, unit.rooms, float(unit.floor_area), unit.accessible) == (
            "Randers",
            2,
            55.5,
            True,
        )
        code = unit.code
    selected = screen.selected_unit()
    assert selected is not None and selected.code == code
    assert "saved" in screen.message.text()

    def edit(dialog: UnitDialog) -> int:
        assert dialog.address.text() == "Fjordgade 5, 2. th"
        dialog.rent.setText("4900")
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
        return dialog.result()

    monkeypatch.setattr(UnitDialog, "exec", edit)
    qtbot.mouseClick(screen.edit_unit_button, Qt.MouseButton.LeftButton)
    selected = screen.selected_unit()
    assert selected is not None and selected.monthly_rent == 4900

    qtbot.mouseClick(screen.retire_unit_button, Qt.MouseButton.LeftButton)
    assert code not in [u.code for u in screen.units_model.rows()]
    screen.include_retired.setChecked(True)
    assert code in [u.code for u in screen.units_model.rows()]
    # A retired unit is offered to no one: its list of cases says so instead of staying blank.
    screen.units_view.selectRow([u.code for u in screen.units_model.rows()].index(code))
    assert screen.selected_unit().code == code
    assert screen.fits_model.rowCount() == 0
    assert screen.fits.placeholder() == "This unit fits none of the cases you may see."


def test_retiring_an_occupied_unit_is_refused_with_a_reason(
    qtbot: Any, demo_db: Database, login: Login
) -> None:
    lead = login("lead")
    with demo_db.session() as s:
        code = s.scalar(
            select(HousingUnit.code)
            .join(HousingOffer, HousingOffer.unit_id == HousingUnit.id)
            .where(HousingOffer.state == "moved_in")
            .order_by(HousingUnit.code)
        )
    assert code is not None
    screen = _screen(qtbot, demo_db, lead)
    qtbot.keyClicks(screen.search, code)
    qtbot.waitUntil(lambda: screen.units_model.rowCount() == 1, timeout=2000)
    qtbot.mouseClick(screen.retire_unit_button, Qt.MouseButton.LeftButton)
    assert f"The unit {code} cannot be retired" in screen.message.text()
    assert code in [u.code for u in screen.units_model.rows()]


def test_new_provider(
    qtbot: Any, demo_db: Database, login: Login, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = _screen(qtbot, demo_db, login("coordinator"))

    def fill(dialog: ProviderDialog) -> int:
        dialog.name.setText("Boligselskabet Fjordhuse")
        dialog.kind.setCurrentIndex(dialog.kind.findData("rental_agency"))
        dialog.email.setText("not-an-address")
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
        assert "is not an e-mail address" in dialog.errors["email"].text()
        dialog.email.setText("udlejning@fjordhuse.example")
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
        return dialog.result()

    monkeypatch.setattr(ProviderDialog, "exec", fill)
    qtbot.mouseClick(screen.new_provider_button, Qt.MouseButton.LeftButton)
    assert "Boligselskabet Fjordhuse" in [p.name for p in screen.providers_model.rows()]
    with demo_db.session() as s:
        assert (
            s.scalar(
                select(HousingProvider.provider_type).where(
                    HousingProvider.name == "Boligselskabet Fjordhuse"
                )
            )
            == "rental_agency"
        )


def test_admin_sees_no_housing(qtbot: Any, demo_db: Database, login: Login) -> None:
    screen = _screen(qtbot, demo_db, login("admin"))
    assert "administrators do not have access" in screen.message.text()
    assert screen.units_model.rowCount() == 0


def test_a_long_registry_shows_the_first_units_and_says_so(
    qtbot: Any, demo_db: Database, login: Login, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(HousingScreen, "MAX_UNITS_SHOWN", 10)
    screen = _screen(qtbot, demo_db, login("worker"))
    assert screen.units_model.rowCount() == 10
    assert "narrow the filters" in screen.count_label.text()
    screen.unit_type.setCurrentIndex(screen.unit_type.findData("student"))
    assert screen.units_model.rowCount() < 10
    assert screen.count_label.text() == f"{screen.units_model.rowCount()} units"
