"""The housing table models on their own (no widgets): rows, roles and Qt's model checks."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from desktop_app.services.actor import Actor
from desktop_app.services.housing import matching, offers
from desktop_app.services.housing import providers as housing_providers
from desktop_app.services.housing import units as housing_units
from desktop_app.services.storage.database import Database
from desktop_app.ui.housing_models import MatchesModel, OffersModel, ProvidersModel, UnitsModel
from desktop_app.ui.tables import OBJECT_ROLE

Login = Callable[[str], Actor]
RED_CASE = "HW-2026-00001"


def test_units_and_providers_models(qtmodeltester: Any, demo_db: Database, login: Login) -> None:
    lead = login("lead")
    with demo_db.session() as s:
        units = housing_units.list_units(s, lead)
        providers = housing_providers.list_providers(s, lead)
    model = UnitsModel()
    model.set_rows(units)
    qtmodeltester.check(model)
    assert model.rowCount() == len(units) and model.columnCount() == 12
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Unit"
    first = model.index(0, 0)
    assert model.data(first) == units[0].code
    assert model.data(first, OBJECT_ROLE) is units[0]
    free = model.index(0, 5)
    assert model.data(free) == f"{units[0].free_places}/{units[0].places}"
    assert model.data(free, Qt.ItemDataRole.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    )
    assert model.rowCount(first) == 0  # a table: no children
    assert model.data(model.index(len(units), 0)) is None
    p_model = ProvidersModel()
    p_model.set_rows(providers)
    qtmodeltester.check(p_model)
    assert [p_model.data(p_model.index(r, 0)) for r in range(p_model.rowCount())] == [
        p.name for p in providers
    ]


def test_matches_model_shows_reasons_and_colours_scores(
    qtmodeltester: Any, demo_db: Database, login: Login
) -> None:
    worker = login("worker")
    with demo_db.session() as s:
        matches = matching.match_units(s, worker, RED_CASE)
    model = MatchesModel()
    model.set_rows(matches)
    qtmodeltester.check(model)
    top = model.index(0, 0)
    assert model.data(top) == str(matches[0].score)
    assert model.data(top, Qt.ItemDataRole.ToolTipRole) == "\n".join(matches[0].reasons)
    assert model.data(top, Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(0, 3), Qt.ItemDataRole.ToolTipRole) is None
    model.set_rows([])
    assert model.rowCount(QModelIndex()) == 0


def test_offers_model_for_a_unit_hides_cases_the_reader_may_not_see(
    qtmodeltester: Any, demo_db: Database, login: Login
) -> None:
    worker, worker2 = login("worker"), login("worker2")
    with demo_db.session() as s:
        code = matching.match_units(s, worker, RED_CASE)[0].unit.code
        offers.propose_offer(s, worker, RED_CASE, code)
    with demo_db.session() as s:
        mine = offers.unit_offers(s, worker, code)
        theirs = offers.unit_offers(s, worker2, code)
    model = OffersModel(with_case=True)
    model.set_rows(mine)
    qtmodeltester.check(model)
    assert model.data(model.index(0, 0)) == RED_CASE
    assert model.data(model.index(0, 2)) == "Proposed"
    history = model.data(model.index(0, 2), Qt.ItemDataRole.ToolTipRole)
    assert history.startswith("2026-03-16 ") and history.endswith("Proposed  (worker)")
    model.set_rows(theirs)
    assert model.data(model.index(0, 0)) == "(a case you may not open)"
