"""The caseload query: visibility, tolerant search, filters and sort, and the transitions list."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from desktop_app.db.models import Case, Team, User, WorkerAssignment
from desktop_app.domain.checklist import template_for
from desktop_app.domain.transitions import assess_risk
from desktop_app.services import settings
from desktop_app.services.actor import SYSTEM
from desktop_app.services.cases import caseload, editing
from desktop_app.services.errors import PermissionDeniedError
from desktop_app.services.transitions import derivation, listing

F = caseload.CaseloadFilter


def _add(session, given, family, dob="2008-06-01", team=None, worker=None):
    case = editing.create_case(
        session,
        SYSTEM,
        {"given_name": given, "family_name": family, "date_of_birth": dob},
        team_id=team,
        primary_worker_id=worker,
    )
    return case.reference


@pytest.fixture
def named(demo_db):
    """Extra cases with name variants, assigned to `worker` in Team North."""
    with demo_db.session() as session:
        north = session.scalar(select(Team.id).where(Team.name == "Team North"))
        worker = session.scalar(select(User.id).where(User.username == "worker"))
        refs = {
            "José": _add(session, "José", "Álvarez", team=north, worker=worker),
            "Muhammad": _add(session, "Muhammad", "Qasemi", team=north, worker=worker),
            "Mohamed": _add(session, "Mohamed", "Qasemi", team=north, worker=worker),
            "Youssef": _add(session, "Youssef", "Zarifi", team=north, worker=worker),
            "Jusuf": _add(session, "Jusuf", "Zarifi", team=north, worker=worker),
            "Petra": _add(session, "Petra", "Zarifi", team=north, worker=worker),
        }
    return refs


def _search(demo_db, actor, text):
    with demo_db.session() as session:
        return [
            r.reference
            for r in caseload.list_cases(
                session, actor, F(search=text, sort=caseload.SortKey.RELEVANCE)
            )
        ]


def test_search_ignores_accents_and_case(demo_db, login, named):
    found = _search(demo_db, login("worker"), "jose alvarez")
    assert found[0] == named["José"]


def test_search_finds_other_spellings_best_first(demo_db, login, named):
    worker = login("worker")
    found = _search(demo_db, worker, "Mohammed Qasemi")
    assert set(found[:2]) == {named["Muhammad"], named["Mohamed"]}
    found = _search(demo_db, worker, "Yusuf Zarifi")
    assert set(found[:2]) == {named["Youssef"], named["Jusuf"]}
    assert named["Petra"] not in found[:2]
    # Exact spelling ranks first among variants.
    assert _search(demo_db, worker, "Mohamed Qasemi")[0] == named["Mohamed"]


def test_search_by_reference(demo_db, login, named):
    worker = login("worker")
    petra = named["Petra"]
    assert _search(demo_db, worker, petra) == [petra]
    # Any part of a reference finds it, typed in lower case too: its number alone, or
    # from its middle; and only among the cases the reader may see.
    number = petra.rsplit("-", 1)[1]
    assert petra in _search(demo_db, worker, number)
    assert petra in _search(demo_db, worker, petra[3:].lower())
    assert petra not in _search(demo_db, login("worker2"), petra)
    # A filter on the case row (due date) still applies to a reference search.
    with demo_db.session() as session:
        due = caseload.list_cases(session, worker, F(search=petra))[0].days_left
        assert due is not None and due > 0

        def within(days):
            flt = F(search=petra, due_within_days=days, sort=caseload.SortKey.RELEVANCE)
            return [r.reference for r in caseload.list_cases(session, worker, flt)]

        assert within(due) == [petra]
        assert within(due - 1) == []


def test_search_respects_visibility(demo_db, login, named):
    assert _search(demo_db, login("worker2"), "Zarifi") == []
    assert len(_search(demo_db, login("coordinator"), "Zarifi")) == 3


def test_visibility_by_role(demo_db, login):
    coordinator, lead, worker = login("coordinator"), login("lead"), login("worker")
    with demo_db.session() as session:
        everyone = caseload.list_cases(session, coordinator, F())
        lead_rows = caseload.list_cases(session, lead, F())
        worker_rows = caseload.list_cases(session, worker, F())
        assert {r.team for r in lead_rows} == {"Team North"}
        assert len(everyone) > len(lead_rows) > len(worker_rows) > 0
        worker_id = session.scalar(select(User.id).where(User.username == "worker"))
        assigned = set(
            session.scalars(
                select(Case.reference)
                .join(WorkerAssignment, WorkerAssignment.case_id == Case.id)
                .where(
                    WorkerAssignment.user_id == worker_id,
                    WorkerAssignment.end_date.is_(None),
                    Case.status == "open",
                )
            )
        )
        assert {r.reference for r in worker_rows} == assigned
    admin = login("admin")
    with pytest.raises(PermissionDeniedError), demo_db.session() as session:
        caseload.list_cases(session, admin, F())


def test_lead_cannot_list_another_team(demo_db, login):
    lead = login("lead")
    with pytest.raises(PermissionDeniedError), demo_db.session() as session:
        caseload.list_cases(session, lead, F(team="Team South"))


def test_risk_and_due_filters_agree_with_the_rules(demo_db, login):
    coordinator = login("coordinator")
    today = date(2026, 3, 16)
    with demo_db.session() as session:
        rules = settings.transition_rules(session)
        every = caseload.list_cases(session, coordinator, F())
        for risk in ("red", "amber", "green"):
            subset = caseload.list_cases(session, coordinator, F(risks=(risk,)))
            assert subset, f"the demo has {risk} cases"
            assert all(r.risk == risk for r in subset)
        assert sum(
            len(caseload.list_cases(session, coordinator, F(risks=(r,))))
            for r in ("red", "amber", "green")
        ) == len([r for r in every if r.risk])
        soon = caseload.list_cases(session, coordinator, F(due_within_days=30))
        assert soon and all(r.days_left is not None and r.days_left <= 30 for r in soon)
        for row in every:
            if row.due_date is not None:
                trow = [t for t in listing.upcoming(session, coordinator, 10_000, case_id=row.id)]
                assert trow[0].due_date == row.due_date and trow[0].kind == row.next_transition
                assert (
                    row.risk
                    == assess_risk(
                        row.due_date, today, trow[0].housing_secured, row.readiness, rules
                    ).value
                )


def test_sorting(demo_db, login):
    lead = login("lead")
    with demo_db.session() as session:
        by_name = caseload.list_cases(session, lead, F(sort=caseload.SortKey.NAME))
        keys = [session.scalar(select(Case.sort_name).where(Case.id == r.id)) for r in by_name]
        assert keys == sorted(keys)
        by_due = caseload.list_cases(
            session, lead, F(sort=caseload.SortKey.DUE_DATE, descending=True)
        )
        dues = [r.due_date for r in by_due if r.due_date]
        assert dues == sorted(dues, reverse=True)
        by_age = caseload.list_cases(session, lead, F(sort=caseload.SortKey.AGE))
        assert [r.age for r in by_age] == sorted(r.age for r in by_age)  # youngest first


def test_transition_rows_follow_every_rule(demo_db, login):
    """Every listed row: open, listed by the rules, risk by the rules, readiness from missing."""
    today = date(2026, 3, 16)
    coordinator = login("coordinator")
    with demo_db.session() as session:
        rules = settings.transition_rules(session)
        templates = settings.checklist_templates(session)
        rows = listing.upcoming(session, coordinator, 90)
    assert {r.risk for r in rows} == {"red", "amber", "green"}
    kinds = {r.kind for r in rows}
    assert {"turns_18", "status_grant_move_out", "permit_expiry"} <= kinds
    assert [r.due_date for r in rows] == sorted(r.due_date for r in rows)
    assert any(r.days_left < 0 for r in rows)  # overdue ones stay until their outcome is known
    for r in rows:
        assert r.status == "open" and r.outcome is None
        assert r.days_left == (r.due_date - today).days
        assert r.days_left <= 90
        assert r.housing_secured == (r.secure_item not in r.missing)
        if r.days_left < 0:
            assert not r.housing_secured  # secured and past: it resolved itself
        if r.kind == "permit_expiry":
            assert r.days_left <= rules.permit_warning_days
            assert r.secure_item == "permit_renewal"
        template = template_for(templates, r.kind, r.age_group, r.secure_item)
        assert set(r.missing) <= set(template)
        assert r.readiness == (len(template) - len(r.missing)) * 100 // len(template)
        assert r.risk == assess_risk(r.due_date, today, r.housing_secured, r.readiness, rules).value


@pytest.mark.parametrize("later", ["2026-06-06", "2027-03-16", "2029-01-01"])
def test_an_open_transition_stays_listed_as_days_pass(demo_db, login, monkeypatch, later):
    """Time passing changes nothing about an open transition but its days left and its risk."""
    coordinator = login("coordinator")
    with demo_db.session() as session:
        case_id = session.scalar(select(Case.id).where(Case.reference == "HW-2026-00001"))
        before = [r for r in listing.upcoming(session, coordinator, 30, case_id=case_id)]
    assert {(r.kind, r.due_date, r.risk) for r in before} == {
        ("turns_18", date(2026, 4, 5), "red"),
        ("placement_end", date(2026, 4, 5), "red"),
    }
    monkeypatch.setenv("HOMEWARD_TODAY", later)
    with demo_db.session() as session:
        derivation.roll_forward_to_today(session)
    with demo_db.session() as session:
        after = listing.upcoming(session, coordinator, 30, case_id=case_id)
        row = caseload.rows(session, coordinator, [case_id])[0]
    assert len(after) == len(before)
    for first, still in zip(
        sorted(before, key=lambda r: r.kind), sorted(after, key=lambda r: r.kind), strict=True
    ):
        assert (still.transition_id, still.kind, still.due_date) == (
            first.transition_id,
            first.kind,
            first.due_date,
        )
        assert still.status == "open" and still.outcome is None
        assert (still.readiness, still.missing, still.housing_secured) == (
            first.readiness,
            first.missing,
            first.housing_secured,
        )
        assert still.days_left == (first.due_date - date.fromisoformat(later)).days < 0
        assert still.risk == "red"
    assert row.due_date == date(2026, 4, 5) and row.risk == "red"


@pytest.mark.parametrize("days", [1, 7, 31, 61, 121, 400])
def test_rolling_forward_only_the_cases_that_can_change_matches_a_full_recount(
    demo_db, monkeypatch, days
):
    from datetime import timedelta

    from desktop_app.db.models import Transition as T

    later = date(2026, 3, 16) + timedelta(days=days)
    monkeypatch.setenv("HOMEWARD_TODAY", later.isoformat())

    def state(session):
        kept = {
            t.id: (
                t.case_id,
                t.kind,
                t.due_date,
                t.status,
                t.outcome,
                t.housing_secured,
                t.readiness,
            )
            for t in session.scalars(select(T))
        }
        nexts = set(session.execute(select(Case.id, Case.next_kind, Case.next_due_date)))
        return kept, nexts

    with demo_db.session() as session:
        derivation.roll_forward_to_today(session)
    with demo_db.session() as session:
        rolled = state(session)
        derivation.refresh_all(session)
    with demo_db.session() as session:
        assert state(session) == rolled


def test_the_closest_spelling_ranks_above_a_merely_similar_name(demo_db, login):
    with demo_db.session() as session:
        north = session.scalar(select(Team.id).where(Team.name == "Team North"))
        worker = session.scalar(select(User.id).where(User.username == "worker"))
        mohamud = _add(session, "Ismail", "Mohamud", team=north, worker=worker)
        mohammed = _add(session, "Mohammed", "Lindqvist", team=north, worker=worker)
    found = _search(demo_db, login("worker"), "mohamed")
    assert found.index(mohammed) < found.index(mohamud)
