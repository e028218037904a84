"""New cases are written a batch at a time: the database afterwards holds exactly what writing
the same rows one by one through the case services holds, and a bad row in the middle of a
batch is reported while the others are written (or, with all-or-nothing, none)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.db import transition_copies
from desktop_app.db.models import (
    AuditEntry,
    Case,
    CaseKey,
    CaseSearchToken,
    LegalDecision,
    Placement,
    Transition,
    WorkerAssignment,
)
from desktop_app.services.exchange import import_bulk, importer
from desktop_app.services.transitions import derivation
from desktop_app.services.trust import audit, auth
from tests.support.backends import open_test_database

HEADER = (
    "reference;given_name;family_name;date_of_birth;dob_precision;sex;nationality;languages;"
    "interpreter_language;unaccompanied;arrival_date;status_decision;decision_date;"
    "permit_expiry;placement_type;placement_municipality;placement_end;in_aftercare;"
    "primary_worker;team;family_reunification_members"
)
# Columns whose value is the moment of writing (or made from it, or random): not compared.
_MOMENTS = {"created_at", "updated_at", "at", "hash", "prev_hash", "key"}


def _rows(count: int, existing: list[str], seed: int = 11) -> list[str]:
    """Rows of every kind a team's spreadsheet holds: new cases with and without a reference,
    a decision or none, a placement with or without its end, and rows about cases the
    database already has."""
    rng = random.Random(seed)
    year = date.today().year
    lines = []
    for i in range(count):
        born = (year - rng.randint(14, 21), rng.randint(1, 12), rng.randint(1, 28))
        dob = rng.choice(
            [
                f"{born[0]}-{born[1]:02d}-{born[2]:02d}",
                f"{born[2]:02d}.{born[1]:02d}.{born[0]}",
                f"{born[0]}-{born[1]:02d}",
                f"{born[0]}",
            ]
        )
        decision = rng.choice(["refugee", "subsidiary", "pending", "", "humanitarian"])
        decided = f"{year - 1}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        expiry = f"{year + 2}-{rng.randint(1, 12):02d}-01" if decision == "refugee" else ""
        placement = rng.choice(["reception", "foster", "supported", ""])
        end = f"{year}-{rng.randint(1, 12):02d}-15" if placement and rng.random() < 0.4 else ""
        if i % 37 == 5 and existing:
            reference = existing.pop()
        elif i % 41 == 7:
            reference = ""  # a reference made up by the database
        else:
            reference = f"BATCH-{i:04d}"
        lines.append(
            ";".join(
                [
                    reference,
                    rng.choice(["Amanuel", "Zahra", "Yusuf", "Olena", "Hodan", "Nour"]),
                    rng.choice(["Tesfay", "Rahimi", "Haddad", "Kovalenko", "Warsame"]) + str(i),
                    dob,
                    rng.choice(["", "", "assessed"]) if len(dob) == 10 else "",
                    rng.choice(["", "female", "male", "other"]),
                    rng.choice(["ER", "AF", "Syria", ""]),
                    rng.choice(["ti", "fa, ps", "ar", ""]),
                    rng.choice(["", "", "ti"]),
                    rng.choice(["yes", "ja", "0", ""]),
                    f"{year - 2}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                    decision,
                    decided if decision not in ("", "pending") else "",
                    expiry,
                    placement,
                    rng.choice(["Aarhus", "Randers", ""]) if placement else "",
                    end,
                    rng.choice(["", "", "yes", "no"]),
                    rng.choice(["", "worker", "mikkel"]),
                    "Team North",
                    rng.choice(["", "0", "2"]),
                ]
            )
        )
    return lines


def _short_row(reference: str, given: str, family: str, born: str) -> str:
    """A row with only the person and the team (every other column empty)."""
    cells = dict.fromkeys(HEADER.split(";"), "")
    cells.update(reference=reference, given_name=given, family_name=family, date_of_birth=born)
    cells["team"] = "Team North"
    return ";".join(cells.values())


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join([HEADER, *lines]) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def two_demo_paths(tmp_path: Path, _templates: Any) -> Iterator[tuple[Path, Path]]:
    """Two copies of the demo database, as alike as two copies can be (ids included)."""
    with (
        _templates.copy(_templates.demo(), tmp_path / "batched.db") as one,
        _templates.copy(_templates.demo(), tmp_path / "one_by_one.db") as other,
    ):
        yield one, other


def _plain(row: Any, skip: set[str]) -> dict[str, Any]:
    return {k: v for k, v in row._mapping.items() if k not in skip}


def _snapshot(session: Session, first_case: int, first_entry: int) -> dict[str, Any]:
    """Everything the import wrote or changed, but the moments of writing and random keys."""
    out: dict[str, Any] = {}
    for model in (Case, CaseSearchToken, WorkerAssignment, LegalDecision, Placement, Transition):
        table = model.__table__
        query = select(table).order_by(table.c.id)
        if model is not Case:
            query = query.where(table.c.case_id >= first_case)
        else:
            query = query.where(table.c.id >= first_case)
        out[table.name] = [_plain(r, _MOMENTS) for r in session.execute(query)]
    out["case_keys"] = list(
        session.scalars(
            select(CaseKey.case_id).where(CaseKey.case_id >= first_case).order_by(CaseKey.case_id)
        )
    )
    # Cases the import updated: their rows, decisions and placements as they now stand.
    out["all_cases"] = [
        _plain(r, _MOMENTS) for r in session.execute(select(Case.__table__).order_by(Case.id))
    ]
    entries = session.scalars(
        select(AuditEntry).where(AuditEntry.id >= first_entry).order_by(AuditEntry.id)
    ).all()
    out["audit"] = [
        (
            e.id,
            e.user_id,
            e.username,
            e.action,
            e.entity,
            e.entity_id,
            e.case_id,
            audit.readable_detail(session, e.case_id, e.detail),
            e.sealed_hash,
        )
        for e in entries
    ]
    return out


def _import(
    path: Path,
    source: Path,
    who: str,
    monkeypatch: pytest.MonkeyPatch,
    *,
    one_by_one: bool,
    all_or_nothing: bool = False,
) -> tuple[list[Any], dict[str, Any]]:
    with monkeypatch.context() as patch:
        if one_by_one:
            # Every reference counts as one the database may hold, so every row takes the
            # one-by-one way through the case services (which then finds no such case);
            # and every case's transitions are derived in one go, as before chunks.
            patch.setattr(importer, "existing_references", lambda _s, refs: set(refs))
            patch.setattr(derivation, "_REFRESH_CHUNK", 10**9)
        else:
            patch.setattr(derivation, "_REFRESH_CHUNK", 70)
        database = open_test_database(path)
        try:
            with database.session() as session:
                actor = auth.login(session, who, "demo")
            with database.session() as session:
                first_case = int(session.scalar(select(func.max(Case.id))) or 0) + 1
                first_entry = int(session.scalar(select(func.max(AuditEntry.id))) or 0) + 1
                report = importer.import_cases(
                    session, actor, source, all_or_nothing=all_or_nothing
                )
                session.commit()
            with database.session() as session:
                assert audit.verify_chain(session).ok
                snapshot = _snapshot(session, first_case, first_entry)
        finally:
            database.dispose()
    outcomes = [
        (o.row, o.status, o.reference, o.name, o.changes, [str(p) for p in o.problems])
        for o in report.outcomes
    ]
    return outcomes, snapshot


def _existing_references(path: Path, count: int) -> list[str]:
    database = open_test_database(path)
    try:
        with database.session() as session:
            team_north = select(Case.team_id).where(Case.primary_worker_id.is_not(None)).limit(1)
            return list(
                session.scalars(
                    select(Case.reference)
                    .where(Case.status == "open", Case.team_id.in_(team_north))
                    .order_by(Case.id)
                    .limit(count)
                )
            )
    finally:
        database.dispose()


@pytest.mark.parametrize("who", ["coordinator", "lead"])
def test_batched_rows_write_what_rows_one_by_one_write(
    two_demo_paths: tuple[Path, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    who: str,
) -> None:
    batched, one_by_one = two_demo_paths
    # More rows than a batch, so one batch is written whole and the next is not.
    monkeypatch.setattr(import_bulk, "BATCH", 120)
    lines = _rows(300, _existing_references(batched, 6))
    lines.insert(150, _short_row("BAD-0001", "Broken", "Row", "31.02.2009"))
    source = _write(tmp_path / "caseload.csv", lines)

    outcomes, snapshot = _import(batched, source, who, monkeypatch, one_by_one=False)
    expected_outcomes, expected = _import(one_by_one, source, who, monkeypatch, one_by_one=True)

    statuses = {status for _row, status, *_rest in outcomes}
    assert {"created", "updated", "rejected"} <= statuses
    assert sum(1 for o in outcomes if o[1] == "created") > 250
    assert outcomes == expected_outcomes
    assert snapshot["cases"] and snapshot["transitions"] and snapshot["case_search_tokens"]
    for name in expected:
        assert snapshot[name] == expected[name], name
    actions = [entry[3] for entry in snapshot["audit"]]
    assert {"transition_resolved", "case_changed", "decision_added", "placement_added"} <= set(
        actions
    )
    assert actions.count("case_created") == sum(1 for o in outcomes if o[1] == "created")
    assert actions[-1] == "cases_imported"


def test_a_bad_row_inside_a_batch_is_reported_and_the_others_are_written(
    demo_db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(import_bulk, "BATCH", 50)
    lines = [
        _short_row(f"MID-{i:03d}", "Synthetic", f"Person{i}", f"2009-03-{1 + i % 28:02d}")
        for i in range(120)
    ]
    lines[60] = _short_row("MID-060", "Synthetic", "Person60", "2009-13-01")
    source = _write(tmp_path / "one-bad.csv", lines)

    outcomes, snapshot = _import(
        demo_db_path, source, "lead", monkeypatch, one_by_one=False, all_or_nothing=True
    )
    rejected = [o for o in outcomes if o[1] == "rejected"]
    assert [(o[0], o[2]) for o in rejected] == [(62, "MID-060")]
    assert "field='date_of_birth'" in rejected[0][5][0] and "2009-13-01" in rejected[0][5][0]
    assert snapshot["cases"] == [] and snapshot["audit"] == []

    outcomes, snapshot = _import(demo_db_path, source, "lead", monkeypatch, one_by_one=False)
    assert [o[0] for o in outcomes if o[1] == "rejected"] == [62]
    assert [c["reference"] for c in snapshot["cases"]] == [
        f"MID-{i:03d}" for i in range(120) if i != 60
    ]
    created = [e for e in snapshot["audit"] if e[3] == "case_created"]
    assert [e[5] for e in created] == [c["reference"] for c in snapshot["cases"]]
    tokens = {t["case_id"] for t in snapshot["case_search_tokens"]}
    assert tokens == {c["id"] for c in snapshot["cases"]}


def _copies(session: Session, case_ids: list[int]) -> dict[int, dict[str, Any]]:
    """What each case's transitions copy of it, read from the database."""
    cases = {
        case.id: case.__dict__
        for case in session.scalars(select(Case).where(Case.id.in_(case_ids)))
    }
    current = dict(
        session.execute(
            select(Placement.case_id, Placement.municipality).where(
                Placement.case_id.in_(case_ids), Placement.end_date.is_(None)
            )
        ).all()
    )
    return {
        case_id: transition_copies.copied_values(cases[case_id], current.get(case_id))
        for case_id in case_ids
    }


def test_new_cases_are_derived_from_what_was_written_without_reading_it_back(
    demo_db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # What the batch holds of each new case is what the rules would read back from the
    # database: each time it is asked, the two are compared.
    monkeypatch.setattr(import_bulk, "BATCH", 40)
    monkeypatch.setattr(derivation, "_REFRESH_CHUNK", 30)
    source = _write(tmp_path / "caseload.csv", _rows(130, [], seed=5))
    held = import_bulk.NewCases.inputs_of
    compared: list[int] = []
    kinds: set[str] = set()

    def inputs_of(self: import_bulk.NewCases, case_ids: list[int]) -> Any:
        given = held(self, case_ids)
        read = derivation.gather_inputs(self.session, case_ids)
        assert {k: replace(v, copies=None) for k, v in given.items()} == read
        assert {k: v.copies for k, v in given.items()} == _copies(self.session, case_ids)
        compared.extend(case_ids)
        for inputs in given.values():
            facts = inputs.facts
            kinds.update(["decision"] if facts.decisions else [])
            kinds.update(["placement"] if facts.placements else [])
            kinds.update(["end"] if any(p.planned_end_date for p in facts.placements) else [])
        return given

    monkeypatch.setattr(import_bulk.NewCases, "inputs_of", inputs_of)
    outcomes, snapshot = _import(demo_db_path, source, "coordinator", monkeypatch, one_by_one=False)
    created = [c["id"] for c in snapshot["cases"]]
    # Made-up references take the one-by-one way; every other new case was held.
    assert sorted(compared) == [
        c["id"] for c in snapshot["cases"] if c["reference"].startswith("BATCH-")
    ]
    assert len(compared) > 100 and len(created) == sum(1 for o in outcomes if o[1] == "created")
    assert kinds == {"decision", "placement", "end"}
