"""The caseload table model, without widgets: qtmodeltester, lazy pages, service-side sort and search."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from desktop_app.services.cases import caseload
from desktop_app.services.cases.caseload import CaseloadFilter, Scope, SortKey
from desktop_app.ui.caseload_model import (
    COL_AGE,
    COL_NAME,
    COL_REFERENCE,
    COL_RISK,
    OBJECT_ROLE,
    RISK_ROLE,
    CaseloadModel,
)


def test_model_passes_qtmodeltester(qtmodeltester, demo_db, login):
    model = CaseloadModel(demo_db, login("coordinator"))
    model.set_filter(CaseloadFilter(scope=Scope.ALL))
    assert model.rowCount() > 40
    qtmodeltester.check(model, force_py=True)


def test_rows_match_the_service_and_load_lazily(qapp, demo_db, login):
    actor = login("lead")
    model = CaseloadModel(demo_db, actor)
    model.PAGE_SIZE = 10
    model.set_filter(CaseloadFilter(scope=Scope.TEAM))
    with demo_db.session() as session:
        expected = caseload.list_cases(session, actor, CaseloadFilter(scope=Scope.TEAM))
    assert model.rowCount() == len(expected) > 10
    assert model._pages == {}  # nothing fetched before something is shown
    last = model.rowCount() - 1
    assert model.data(model.index(last, COL_REFERENCE)) == expected[last].reference
    assert list(model._pages) == [last // 10]  # only the page that was asked for
    for row in range(model.rowCount()):
        assert model.data(model.index(row, COL_NAME)) == expected[row].name
        assert model.data(model.index(row, COL_RISK), RISK_ROLE) == expected[row].risk


def test_sorting_is_asked_of_the_service(qapp, demo_db, login):
    actor = login("coordinator")
    model = CaseloadModel(demo_db, actor)
    model.set_filter(CaseloadFilter())
    model.sort(COL_NAME, Qt.SortOrder.DescendingOrder)
    assert model.case_filter.sort is SortKey.NAME and model.case_filter.descending
    with demo_db.session() as session:
        expected = caseload.case_ids(
            session, actor, CaseloadFilter(sort=SortKey.NAME, descending=True)
        )
    got = [model.data(model.index(r, 0), OBJECT_ROLE).id for r in range(model.rowCount())]
    assert got == expected


def test_uncertain_birth_dates_are_marked(qapp, demo_db, login):
    model = CaseloadModel(demo_db, login("coordinator"))
    model.set_filter(CaseloadFilter())
    rows = [model.data(model.index(r, 0), OBJECT_ROLE) for r in range(model.rowCount())]
    uncertain = [r for r, case in enumerate(rows) if case.uncertain_dob]
    certain = [r for r, case in enumerate(rows) if not case.uncertain_dob]
    assert uncertain and certain
    assert model.data(model.index(uncertain[0], COL_AGE)).startswith("≈")
    assert "uncertain" in model.data(
        model.index(uncertain[0], COL_AGE), Qt.ItemDataRole.ToolTipRole
    )
    assert not model.data(model.index(certain[0], COL_AGE)).startswith("≈")


def test_search_tolerates_other_spellings(qapp, demo_db, login):
    model = CaseloadModel(demo_db, login("worker"))
    counts = []
    model.reloaded.connect(counts.append)
    model.set_filter(
        CaseloadFilter(scope=Scope.MINE, search="muhammad ahmadi", sort=SortKey.RELEVANCE)
    )
    names = [model.data(model.index(r, COL_NAME)) for r in range(model.rowCount())]
    assert names[0] == "Mohammad Ahmadi"
    assert counts == [model.rowCount()]
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.data(QModelIndex()) is None


def test_background_search_shows_only_the_newest_request(qtbot, demo_db, login):
    model = CaseloadModel(demo_db, login("coordinator"))
    model.set_filter(CaseloadFilter())
    everyone = model.rowCount()
    counts = []
    model.reloaded.connect(counts.append)
    model.request_filter(CaseloadFilter(search="a", sort=SortKey.RELEVANCE))
    model.request_filter(CaseloadFilter(search="mohammad ahmadi", sort=SortKey.RELEVANCE))
    with qtbot.waitSignal(model.reloaded, timeout=5000):
        pass
    model.wait_for_pending()  # whatever were still on its way would be shown now
    assert counts == [model.rowCount()] and 0 < model.rowCount() < everyone
    assert model.data(model.index(0, COL_NAME)) == "Mohammad Ahmadi"
    # A synchronous filter overtakes a request still on its way.
    model.request_filter(CaseloadFilter(search="zz-nothing"))
    model.set_filter(CaseloadFilter())
    model.wait_for_pending()  # the overtaken request has come back, and is dropped
    assert model.rowCount() == everyone
    assert counts == [counts[0], everyone]


def test_background_search_reports_bad_input(qtbot, demo_db, login):
    model = CaseloadModel(demo_db, login("coordinator"))
    with qtbot.waitSignal(model.failed, timeout=5000) as failed:
        model.request_filter(CaseloadFilter(risks=("purple",)))
    assert "not a risk level" in failed.args[0]


def test_a_view_fetches_only_the_pages_it_shows(qtbot, demo_db, login):
    from PySide6.QtWidgets import QTableView

    model = CaseloadModel(demo_db, login("coordinator"))
    model.PAGE_SIZE = 5
    model.set_filter(CaseloadFilter())
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.verticalHeader().setDefaultSectionSize(24)
    view.resize(800, 10 * 24)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: len(model._pages) > 0, timeout=3000)
    pages = model.rowCount() // model.PAGE_SIZE
    assert pages >= 10
    assert 1 <= len(model._pages) <= 3
    view.scrollToBottom()
    qtbot.waitUntil(lambda: (model.rowCount() - 1) // model.PAGE_SIZE in model._pages, timeout=3000)
    assert (model.rowCount() - 1) // model.PAGE_SIZE in model._pages
    assert len(model._pages) <= 6
