"""`homeward transitions` streams its objects from plain rows: the same objects, in the same order,
as the transition rows the board and the reports read; and the counts (My day, the board) count
the same rows as the lists."""

from __future__ import annotations

import pytest

from desktop_app.services.transitions import listing


@pytest.mark.parametrize(
    ("user", "filters"),
    [
        ("coordinator", {}),
        ("coordinator", {"risks": ("red",)}),
        ("coordinator", {"kinds": ("turns_18",), "team": "Team South"}),
        ("coordinator", {"overdue_only": True}),
        ("lead", {}),
        ("worker", {"municipality": "Aarhus"}),
        ("worker", {}),
    ],
)
def test_the_streamed_objects_are_the_rows_contract(demo_db, login, user, filters):
    actor = login(user)
    with demo_db.read_session() as session:
        rows = listing.upcoming(session, actor, 180, **filters)
        streamed = list(listing.upcoming_records(session, actor, 180, **filters))
    assert rows, filters
    assert streamed == [row.as_contract() for row in rows]
    assert [list(record) for record in streamed] == [list(row.as_contract()) for row in rows]


@pytest.mark.parametrize(
    ("user", "filters"),
    [
        ("coordinator", {}),
        ("coordinator", {"risks": ("red", "amber")}),
        ("coordinator", {"municipality": "Aarhus"}),
        ("lead", {"overdue_only": True}),
        ("worker", {"risks": ("red",)}),
    ],
)
def test_the_count_is_the_number_of_rows(demo_db, login, user, filters):
    actor = login(user)
    with demo_db.read_session() as session:
        rows = listing.upcoming(session, actor, 120, **filters)
        count = listing.count_upcoming(session, actor, 120, **filters)
    assert rows, filters
    assert count == len(rows)
