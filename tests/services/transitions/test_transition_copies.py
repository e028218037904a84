"""Each transition carries its case's listed values (reference, name, status, primary worker,
team, current placement's municipality), and the lists read them from there: every writer that
changes one of them must leave the lists showing the new value, and no transition disagreeing
with its case."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from sqlalchemy import select

from desktop_app.db import transition_copies
from desktop_app.db.models import Case, Placement, Transition
from desktop_app.services.cases import editing, residence, status_and_placements
from desktop_app.services.team import merging, moves, reassignment
from desktop_app.services.transitions import listing
from desktop_app.services.trust import retention
from tests.support.backends import open_test_database

TODAY = date(2026, 3, 16)  # the small team's day (conftest pins it)


def _listed(small, who: str = "cora", **filters) -> dict[str, list[dict]]:
    """The open transitions `who` is listed, by reference (every date)."""
    by_reference: dict[str, list[dict]] = {}
    with small.db.read_session() as session:
        for record in listing.upcoming_records(
            session, small.actors[who], 3650, include_all_dates=True, **filters
        ):
            by_reference.setdefault(record["reference"], []).append(record)
    return by_reference


def _none_stale(database) -> None:
    with database.session() as session:
        assert transition_copies.stale_count(session.connection()) == 0


def _version(small, letter: str) -> int:
    with small.db.session() as session:
        return session.scalar(select(Case.version).where(Case.reference == small.refs[letter]))


def _current_placement(small, letter: str) -> int:
    with small.db.session() as session:
        return session.scalar(
            select(Placement.id).where(
                Placement.case_id == small.case_id(letter), Placement.end_date.is_(None)
            )
        )


def test_the_small_team_starts_with_its_copies_true(small):
    _none_stale(small.db)
    dawit = _listed(small)[small.refs["D"]]
    assert {(r["name"], r["team"], r["primary_worker"], r["municipality"]) for r in dawit} == {
        ("Dawit Testcase", "South", "dina", "Aarhus")
    }


def test_a_renamed_person_is_listed_by_the_new_name(small):
    with small.db.session() as session:
        editing.update_case(
            session,
            small.actors["dina"],
            small.refs["D"],
            _version(small, "D"),
            {"given_name": "Dawitt", "family_name": "Haile"},
        )
    assert {r["name"] for r in _listed(small)[small.refs["D"]]} == {"Dawitt Haile"}
    _none_stale(small.db)


def test_a_new_primary_worker_is_listed_and_filters_by_worker(small):
    with small.db.session() as session:
        reassignment.reassign(
            session,
            small.actors["sam"],
            small.refs["D"],
            "eli",
            "Dina is on leave; Eli knows the family.",
            reason="Dina's leave starts this week.",
        )
    assert {r["primary_worker"] for r in _listed(small)[small.refs["D"]]} == {"eli"}
    assert small.refs["D"] in _listed(small, worker_id=small.users["eli"])
    assert small.refs["D"] not in _listed(small, worker_id=small.users["dina"])
    _none_stale(small.db)


def test_a_case_moved_to_another_team_is_listed_with_it_and_seen_by_its_lead(small):
    assert small.refs["D"] in _listed(small, "sam")
    with small.db.session() as session:
        request = moves.request_transfer(
            session, small.actors["sam"], small.refs["D"], "North", "The family moves north."
        )
    with small.db.session() as session:
        moves.decide_transfer(session, small.actors["lena"], request.id, True, new_primary="anna")
    dawit = _listed(small)[small.refs["D"]]
    assert {(r["team"], r["primary_worker"]) for r in dawit} == {("North", "anna")}
    assert small.refs["D"] in _listed(small, "lena")
    assert small.refs["D"] not in _listed(small, "sam")
    assert small.refs["D"] in _listed(small, "cora", team="North")
    _none_stale(small.db)


def test_a_closed_case_leaves_the_lists(small):
    with small.db.session() as session:
        request = moves.request_closure(
            session, small.actors["dina"], small.refs["D"], "Returned home with the family"
        )
    with small.db.session() as session:
        moves.decide_closure(session, small.actors["sam"], request.id, True)
    assert small.refs["D"] not in _listed(small)
    with small.db.session() as session:
        statuses = set(
            session.scalars(
                select(Transition.case_status).where(Transition.case_id == small.case_id("D"))
            )
        )
    assert statuses == {"closed"}
    _none_stale(small.db)


def test_a_new_placement_is_listed_by_its_municipality(small):
    with small.db.session() as session:
        status_and_placements.add_placement(
            session,
            small.actors["dina"],
            small.refs["D"],
            "foster",
            municipality="Horsens",
            start_date=TODAY,
        )
    assert {r["municipality"] for r in _listed(small)[small.refs["D"]]} == {"Horsens"}
    assert small.refs["D"] in _listed(small, municipality="Horsens")
    assert small.refs["D"] not in _listed(small, municipality="Aarhus")
    _none_stale(small.db)


def test_a_corrected_and_then_ended_placement_is_listed_as_it_now_stands(small):
    placement = _current_placement(small, "D")
    with small.db.session() as session:
        residence.correct_placement(
            session,
            small.actors["dina"],
            small.refs["D"],
            placement,
            {"municipality": "Vejle"},
            reason="The reception centre is in Vejle, not Aarhus.",
        )
    assert {r["municipality"] for r in _listed(small)[small.refs["D"]]} == {"Vejle"}
    _none_stale(small.db)
    with small.db.session() as session:
        residence.end_placement(session, small.actors["dina"], small.refs["D"], placement, TODAY)
    assert {r["municipality"] for r in _listed(small)[small.refs["D"]]} == {None}
    _none_stale(small.db)


def test_an_erased_case_is_listed_only_by_its_anonymised_name(small):
    with small.db.session() as session:
        retention.anonymise(
            session,
            small.actors["sam"],
            [small.refs["D"]],
            reason="erasure_request",
            confirmed=True,
        )
    with small.db.session() as session:
        case = session.scalar(select(Case).where(Case.reference == small.refs["D"]))
        given, family, status = case.given_name, case.family_name, case.status
    listed = _listed(small).get(small.refs["D"], [])
    assert all(r["name"] == f"{given} {family}" for r in listed)
    assert "Dawit" not in json.dumps(listed)
    assert (status == "open") == bool(listed)
    _none_stale(small.db)


def test_a_merged_duplicates_transitions_are_listed_under_the_case_kept(small):
    keep, other = small.refs["A"], small.refs["B"]
    bilal = {r["kind"] for r in _listed(small)[other]}
    with small.db.session() as session:
        merging.merge_cases(
            session,
            small.actors["lena"],
            keep,
            _version(small, "A"),
            other,
            _version(small, "B"),
            reason="The same young person registered twice (synthetic).",
        )
    listed = _listed(small)
    assert other not in listed
    assert bilal <= {r["kind"] for r in listed[keep]}
    assert {r["name"] for r in listed[keep]} == {"Amal Testcase"}
    _none_stale(small.db)


def test_imported_cases_and_imported_changes_are_listed_as_imported(
    cli, demo_db_path: Path, tmp_path: Path, monkeypatch
):
    monkeypatch.setenv("HOMEWARD_TODAY", "2026-11-23")
    sample = Path(__file__).parents[2] / "data" / "caseload-sample.csv"
    created = cli("--db", str(demo_db_path), "--user", "lead", "import", "cases", str(sample))
    assert created.code == 0, created.err

    def amanuel() -> list[dict]:
        result = cli(
            "--db", str(demo_db_path), "--user", "coordinator", "transitions", "--within", "60",
            "--format", "json",
        )  # fmt: skip
        assert result.code == 0, result.err
        return [r for r in json.loads(result.out) if r["reference"] == "HW-SAMPLE-0001"]

    assert {(r["name"], r["team"], r["municipality"]) for r in amanuel()} == {
        ("Amanuel Tesfay", "Team North", "Aarhus")
    }
    renamed = tmp_path / "renamed.csv"
    renamed.write_text(
        sample.read_text(encoding="utf-8").replace(";Amanuel;Tesfay;", ";Amanuel;Tesfaye;"),
        encoding="utf-8",
    )
    updated = cli("--db", str(demo_db_path), "--user", "lead", "import", "cases", str(renamed))
    assert updated.code == 0, updated.err
    assert "1 updated" in updated.out
    assert {r["name"] for r in amanuel()} == {"Amanuel Tesfaye"}
    database = open_test_database(demo_db_path)
    try:
        _none_stale(database)
    finally:
        database.dispose()


def test_the_demo_is_generated_with_its_copies_true(demo_db):
    with demo_db.session() as session:
        assert (
            session.scalar(select(Transition.id).where(Transition.case_reference.is_(None))) is None
        )
    _none_stale(demo_db)


def test_a_writer_that_forgets_is_found(small):
    """`stale_count`, which the tests above rely on, sees a copy that disagrees."""
    dawit = small.case_id("D")
    with small.db.session() as session:
        session.connection().execute(
            Transition.__table__.update()
            .where(Transition.case_id == dawit)
            .values(case_given_name="Someone else")
        )
        assert transition_copies.stale_count(session.connection()) > 0
