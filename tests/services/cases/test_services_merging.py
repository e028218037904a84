"""Two cases of one person become one: everything moves onto the case kept, twins are
reconciled, the duplicate's reference stays an alias that opening, search, import, the audit
log, the subject export and erasure follow. From a database as `homeward init` leaves it."""

from __future__ import annotations

import io
from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from desktop_app.db.models import AuditEntry, Case, CaseKey, LegalDecision, Transition
from desktop_app.services import appointments, documents
from desktop_app.services.actor import SYSTEM
from desktop_app.services.cases import (
    caseload,
    checklist,
    contacts,
    duplicates,
    editing,
    life_plan,
    notes_and_tasks,
    opening,
    status_and_placements,
)
from desktop_app.services.errors import ConflictError, PermissionDeniedError, ValidationError
from desktop_app.services.exchange import importer, subject_export
from desktop_app.services.housing import offers, units
from desktop_app.services.team import merging, moves
from desktop_app.services.trust import audit_query, retention
from tests.support.documents_data import pdf_bytes
from tests.support.fresh_team import FreshTeam, fresh_team


@pytest.fixture
def team(db) -> FreshTeam:
    return fresh_team(db)


def _fill(team: FreshTeam, worker: str, reference: str, *, extra_note: str) -> None:
    """What each registration of the same young person gathered before anyone noticed."""
    actor = team.actors[worker]
    with team.db.session() as session:
        status_and_placements.add_placement(
            session,
            actor,
            reference,
            "reception",
            municipality="Aarhus",
            start_date=date(2025, 11, 1),
        )
        status_and_placements.add_decision(
            session, actor, reference, "refugee", decision_date=date(2026, 3, 2),
            permit_expiry=date(2028, 3, 2),
        )  # fmt: skip
        notes_and_tasks.add_note(session, actor, reference, extra_note, note_date=date(2026, 3, 1))
        notes_and_tasks.add_task(session, actor, reference, f"Follow up ({worker})")
        contacts.add_contact(session, actor, reference, f"Mentor of {worker}", "mentor")
        life_plan.add_goal(session, actor, reference, "language", f"A2 ({worker})")
        checklist.set_checklist_item(
            session, actor, reference, "status_grant_move_out", "bank_account", True
        )


@pytest.fixture
def pair(team):
    """The same young person registered twice in North: once by anna, once by bo."""
    keep = team.open_case("anna", "Mohammad", "Rahimi", date(2008, 5, 4), nationality="AF")
    other = team.open_case(
        "bo", "Muhammad", "Rahimy", date(2008, 5, 4), nationality="AF", legal_guardian="Red Cross"
    )
    _fill(team, "anna", keep, extra_note="Met at the reception centre.")
    _fill(team, "bo", other, extra_note="Phone call with the guardian.")
    with team.db.session() as session:
        checklist.set_checklist_item(
            session, team.actors["bo"], other, "status_grant_move_out", "budget_plan", True
        )
        unit = units.save_unit(
            session,
            SYSTEM,
            {
                "address": "Viby Torv 3",
                "municipality": "Aarhus",
                "unit_type": "supported",
                "rooms": 1,
                "places": 1,
            },
        )
        offers.propose_offer(session, team.actors["bo"], other, unit.code)
        documents.add_document(
            session, team.actors["bo"], other, io.BytesIO(pdf_bytes()), "decision.pdf"
        )
        appointments.add_appointment(
            session,
            team.actors["bo"],
            other,
            kind="meeting",
            starts_at=datetime(2026, 3, 20, 10, 0),
        )
    return keep, other


def _versions(team, *references):
    with team.db.session() as session:
        return [session.scalar(select(Case.version).where(Case.reference == r)) for r in references]


def _merge(team, keep, other, who="lena", reason="Same passport number (synthetic)."):
    keep_version, other_version = _versions(team, keep, other)
    with team.db.session() as session:
        return merging.merge_cases(
            session, team.actors[who], keep, keep_version, other, other_version, reason=reason
        ).reference


def test_the_team_lead_finds_the_likely_duplicates_and_compares_them(team, pair):
    keep, other = pair
    with team.db.session() as session:
        found = duplicates.duplicate_pairs(session, team.actors["lena"])
        assert duplicates.duplicate_pairs(session, team.actors["anna"]) == []
        preview = merging.merge_preview(session, team.actors["lena"], keep, other)
    assert [(p.first, p.second) for p in found] == [(keep, other)]
    assert preview.fills == ("legal_guardian",)
    assert "given_name" in preview.differences and "family_name" in preview.differences
    assert preview.other.holds["notes"] == 1 and preview.other.holds["documents"] == 1


def test_merging_moves_every_record_and_leaves_no_twins(team, pair):
    keep, other = pair
    assert _merge(team, keep, other) == keep
    with team.db.session() as session:
        other_id = session.scalar(select(Case.id).where(Case.reference == other))
        # Nothing of the duplicate is left anywhere but its own row (and its audit key).
        for table in merging.case_tables():
            left = session.scalar(
                select(func.count()).select_from(table).where(table.c.case_id == other_id)
            )
            assert left == 0, table.name
        shell = session.get(Case, other_id)
        assert (shell.status, shell.merged_into_id is not None) == ("merged", True)
        # The same decision recorded on both counts once: the duplicate's copy is withdrawn.
        decisions = session.scalars(
            select(LegalDecision).where(LegalDecision.case_id == shell.merged_into_id)
        ).all()
        assert len(decisions) == 2
        assert sum(1 for d in decisions if d.withdrawn_on is None) == 1
        assert "merged" in next(d for d in decisions if d.withdrawn_on).withdrawn_reason
        # One transition of each kind and source: no twins.
        kinds = session.execute(
            select(Transition.kind, func.count())
            .where(Transition.case_id == shell.merged_into_id, Transition.status == "open")
            .group_by(Transition.kind)
        ).all()
        assert all(count == 1 for _kind, count in kinds), kinds
    with team.db.session() as session:
        record = opening.open_case(session, team.actors["lena"], keep, audit_read=False)
    assert record.aliases == (other,)
    assert len(record.notes) == 2 and len(record.tasks) == 2 and len(record.goals) == 2
    assert len(record.placements) == 1  # the same reception placement, kept once
    assert len(record.offers) == 1
    assert record.case.legal_guardian == "Red Cross"  # filled from the duplicate
    assert record.case.given_name == "Mohammad"  # the case kept's wins
    move_out = record.checklist["status_grant_move_out"]
    assert {"bank_account", "budget_plan"} <= move_out
    # bo, the duplicate's worker, stays with the young person as a secondary worker.
    current = {(a.user.username, a.role) for a in record.assignments if a.end_date is None}
    assert current == {("anna", "primary"), ("bo", "secondary")}
    with team.db.session() as session:
        merged = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "cases_merged")
        ).all()
    assert len(merged) == 2


def test_the_duplicates_reference_is_an_alias_everywhere(team, pair, tmp_path):
    keep, other = pair
    _merge(team, keep, other)
    lena, anna = team.actors["lena"], team.actors["anna"]
    with team.db.session() as session:
        assert opening.open_case(session, anna, other).case.reference == keep
        found = caseload.list_cases(session, lena, caseload.CaseloadFilter(search=other))
        assert [row.reference for row in found] == [keep]
        everything = caseload.list_cases(
            session, lena, caseload.CaseloadFilter(include_closed=True)
        )
        assert other not in [row.reference for row in everything]
        entries = audit_query.query(
            session, lena, audit_query.AuditFilter(case_reference=other, limit=None)
        )
        assert {"note_added", "cases_merged"} <= {e.action for e in entries}
    # A row of an import with the old reference updates the case kept.
    csv = tmp_path / "caseload.csv"
    csv.write_text(
        "reference,given_name,family_name,date_of_birth,arrival_date\n"
        f"{other},Mohammad,Rahimi,2008-05-04,2025-10-30\n",
        encoding="utf-8",
    )
    with team.db.session() as session:
        report = importer.import_cases(session, lena, csv)
    assert (report.updated, report.created, report.rejected) == (1, 0, 0)
    with team.db.session() as session:
        assert opening.open_case(session, lena, keep).case.arrival_date == date(2025, 10, 30)
        data = subject_export.collect(session, lena, other)
    assert data["record"]["reference"] == keep
    assert [c["reference"] for c in data["merged_cases"]] == [other]
    # The duplicate's own audit entries are part of the person's data.
    assert any(
        e["action"] == "cases_merged" and (e["detail"] or {}).get("merged_into") == keep
        for e in data["audit_entries"]
    )


def test_erasing_the_case_kept_erases_the_duplicate_merged_into_it(team, pair):
    keep, other = pair
    _merge(team, keep, other)
    with team.db.session() as session:
        retention.anonymise(
            session, team.actors["lena"], [other], reason="erasure_request", confirmed=True
        )
    with team.db.session() as session:
        rows = session.execute(select(Case.reference, Case.given_name, Case.anonymised)).all()
        keys = session.scalars(select(CaseKey.key)).all()
    assert {(r, g, a) for r, g, a in rows} == {
        (keep, "Anonymised", True),
        (other, "Anonymised", True),
    }
    assert keys and all(k is None for k in keys)


def test_only_the_team_lead_merges_and_a_change_since_comparing_is_a_conflict(team, pair):
    keep, other = pair
    for who in ("anna", "cora", "sam"):
        with pytest.raises(PermissionDeniedError), team.db.session() as session:
            merging.merge_preview(session, team.actors[who], keep, other)
    with pytest.raises(ValidationError) as same, team.db.session() as session:
        merging.merge_preview(session, team.actors["lena"], keep, keep)
    assert "same case" in same.value.errors["other"]
    keep_version, other_version = _versions(team, keep, other)
    with team.db.session() as session:  # bo saves the duplicate meanwhile
        notes_and_tasks.add_note(session, team.actors["bo"], other, "Another call.")
        editing.update_case(
            session, team.actors["bo"], other, other_version, {"preferred_name": "Mo"}
        )
    with pytest.raises(ConflictError), team.db.session() as session:
        merging.merge_cases(
            session, team.actors["lena"], keep, keep_version, other, other_version, reason="Same"
        )
    with team.db.session() as session:
        assert session.scalar(select(Case.status).where(Case.reference == other)) == "open"
    with pytest.raises(ValidationError) as no_reason:
        _merge(team, keep, other, reason=" ")
    assert set(no_reason.value.errors) == {"reason"}
    # A request waiting for a decision is decided first.
    with team.db.session() as session:
        moves.request_closure(session, team.actors["bo"], other, "Duplicate registration")
    with pytest.raises(ValidationError) as waiting:
        _merge(team, keep, other)
    assert "waiting" in waiting.value.errors["case"]
