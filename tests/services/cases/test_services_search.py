"""Broad searches: the best matches in name order and a count of all, from the token index."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from desktop_app.db.models import Case, CaseSearchToken, Team, User
from desktop_app.domain.names import search_keys, tokens
from desktop_app.services.actor import SYSTEM
from desktop_app.services.cases import caseload, editing

F = caseload.CaseloadFilter


@given(
    st.lists(st.text(alphabet="abhmd ", min_size=1, max_size=9), min_size=1, max_size=4),
    st.text(alphabet="abhmd", min_size=1, max_size=3),
)
def test_a_prefix_counts_each_person_once(names, prefix):
    keys = search_keys(" ".join(names))
    counted = [t for t, _skel, shared in keys if t.startswith(prefix) and shared < len(prefix)]
    matching = [t for t, _skel, _shared in keys if t.startswith(prefix)]
    assert len(counted) == (1 if matching else 0)
    assert [t for t, _s, _n in keys] == sorted(set(tokens(" ".join(names))))


def _expected(session, actor, flt, prefix):
    """The matches worked out the plain way: every case listed, its names checked in Python."""
    listed = caseload.list_cases(
        session, actor, F(scope=flt.scope, include_closed=flt.include_closed)
    )
    names = {cid: text for cid, text in session.execute(select(Case.id, Case.search_text))}
    return {row.id for row in listed if any(t.startswith(prefix) for t in names[row.id].split())}


@pytest.fixture
def few_to_rank(monkeypatch):
    """No search is ranked by closeness: the demo's few cases take the index's way."""
    monkeypatch.setattr(caseload, "RANK_EVERY_MATCH", 0)


@pytest.mark.parametrize(
    ("user", "scope"),
    [
        ("coordinator", caseload.Scope.ALL),
        ("lead", caseload.Scope.ALL),
        ("lead", caseload.Scope.TEAM),
        ("worker", caseload.Scope.MINE),
        ("worker", caseload.Scope.TEAM),
    ],
)
def test_a_broad_search_shows_the_best_and_counts_every_match(
    demo_db, login, few_to_rank, user, scope
):
    actor = login(user)
    broad = 0
    with demo_db.session() as session:
        for prefix in ("a", "h", "m", "s", "k", "ha", "mo"):
            flt = F(scope=scope, search=prefix.upper(), sort=caseload.SortKey.RELEVANCE)
            expected = _expected(session, actor, flt, prefix)
            if len(expected) < 3:
                continue
            broad += 1
            shown = len(expected) // 2
            best = caseload.find_cases(session, actor, flt, limit=shown)
            assert best.total == len(expected)
            assert len(best.ids) == shown and set(best.ids) <= expected
            every = caseload.find_cases(session, actor, flt, limit=None)
            assert every.ids[:shown] == best.ids
            assert len(every.ids) == len(set(every.ids)) == every.total
            assert set(every.ids) == expected
            assert caseload.case_ids(session, actor, flt) == every.ids
            # In the index's order: by the first name part that starts as typed.
            first_parts = [
                min(
                    t
                    for t in session.scalars(
                        select(CaseSearchToken.token).where(CaseSearchToken.case_id == cid)
                    )
                    if t.startswith(prefix)
                )
                for cid in every.ids
            ]
            assert first_parts == sorted(first_parts)
    assert broad >= 2  # searches that matched more than were shown


def test_other_spellings_follow_those_typed_as_written(demo_db, login, few_to_rank):
    with demo_db.session() as session:
        north = session.scalar(select(Team.id).where(Team.name == "Team North"))
        worker = session.scalar(select(User.id).where(User.username == "worker"))
        for given in ("Muhammad", "Mohammed", "Mohamed", "Mohamud"):
            editing.create_case(
                session,
                SYSTEM,
                {"given_name": given, "family_name": "Lindqvist", "date_of_birth": "2008-06-01"},
                team_id=north,
                primary_worker_id=worker,
            )
    coordinator = login("coordinator")
    with demo_db.session() as session:
        found = caseload.find_cases(
            session, coordinator, F(search="mohammed", sort=caseload.SortKey.RELEVANCE), limit=None
        )
        names = {cid: name for cid, name in session.execute(select(Case.id, Case.search_text))}
    shown = [names[cid].split()[0] for cid in found.ids]
    typed = [n for n in shown if n.startswith("mohammed")]
    assert typed and shown[: len(typed)] == typed
    assert "muhammad" in shown[len(typed) :]
    assert found.total == len(found.ids)


def test_a_renamed_case_is_found_and_counted_by_its_new_name(demo_db, login, few_to_rank):
    coordinator = login("coordinator")
    flt = F(search="Q", sort=caseload.SortKey.RELEVANCE)
    with demo_db.session() as session:
        before = caseload.find_cases(session, coordinator, flt).total
        case = session.scalars(select(Case).where(Case.status == "open").limit(1)).one()
        editing.update_case(
            session,
            SYSTEM,
            case.reference,
            case.version,
            {"given_name": "Qadir", "preferred_name": "Qais"},
        )
    with demo_db.session() as session:
        after = caseload.find_cases(session, coordinator, flt)
        assert after.total == before + 1
        assert case.id in caseload.find_cases(session, coordinator, flt, limit=None).ids
