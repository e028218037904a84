"""A broad search in the caseload: the best matches first, more when the list reaches its end, and
the count of every match above the list."""

from __future__ import annotations

import pytest

from desktop_app.services.cases import caseload
from desktop_app.services.cases.caseload import CaseloadFilter, SortKey
from desktop_app.ui.caseload_model import OBJECT_ROLE, CaseloadModel

BROAD = CaseloadFilter(search="a", sort=SortKey.RELEVANCE)


@pytest.fixture
def broad(monkeypatch):
    """Every search takes the index's way, as a letter or two typed into 100,000 cases does."""
    monkeypatch.setattr(caseload, "RANK_EVERY_MATCH", 0)


def _ids(model: CaseloadModel) -> list[int]:
    return [model.data(model.index(r, 0), OBJECT_ROLE).id for r in range(model.rowCount())]


def test_the_best_come_first_and_more_on_demand(qtmodeltester, demo_db, login, broad):
    actor = login("coordinator")
    with demo_db.session() as session:
        every = caseload.find_cases(session, actor, BROAD, limit=None)
    assert every.total > 12
    model = CaseloadModel(demo_db, actor)
    model.BEST_MATCHES = 5
    counts = []
    model.reloaded.connect(counts.append)
    model.set_filter(BROAD)
    assert counts == [every.total] and model.total == every.total
    assert model.rowCount() == 5 and model.canFetchMore()
    assert _ids(model) == every.ids[:5]
    model.fetchMore()
    assert _ids(model) == every.ids[:10]
    while model.canFetchMore():
        model.fetchMore()
    assert _ids(model) == every.ids
    qtmodeltester.check(model, force_py=True)


def test_the_count_says_how_many_are_shown_of_how_many(qtbot, demo_db, login, broad):
    from desktop_app.ui.caseload_page import CaseloadPage

    page = CaseloadPage(demo_db, login("coordinator"))
    qtbot.addWidget(page)
    page.model.BEST_MATCHES = 5
    page.search.setText("a")
    page.apply_filters()
    total = page.model.total
    assert total > 10
    assert page.count_label.text() == (f"Showing the best 5 of {total} — type more to narrow")
    page.model.fetchMore()
    assert page.count_label.text() == (f"Showing the best 10 of {total} — type more to narrow")
    page.search.setText("")
    page.apply_filters()
    assert page.count_label.text() == f"{page.model.rowCount()} cases"
