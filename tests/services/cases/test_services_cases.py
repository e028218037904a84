"""Creating and changing cases: validation, optimistic locking, audit, search keys."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from desktop_app.db.models import AuditEntry, Case, Transition
from desktop_app.services.actor import SYSTEM
from desktop_app.services.cases import caseload, checklist, editing, opening, status_and_placements
from desktop_app.services.errors import ConflictError, PermissionDeniedError, ValidationError
from desktop_app.services.transitions import listing
from tests.support.audit_entries import unsealed


def _new_case(session, actor, **values):
    base = {
        "given_name": "Selam",
        "family_name": "Tekle",
        "date_of_birth": "2008-05-01",
        "nationality": "ER",
    }
    base.update(values)
    return editing.create_case(session, actor, base)


def test_worker_creates_a_case_and_becomes_its_primary_worker(demo_db, login):
    worker = login("worker")
    with demo_db.session() as session:
        case = _new_case(session, worker)
        reference = case.reference
    with demo_db.session() as session:
        record = opening.open_case(session, worker, reference)
        assert record.primary_worker.username == "worker"
        assert record.case.nationality == "ER"
        assert {t.kind for t in record.transitions} == {"turns_18"}
        assert record.transitions[0].due_date == date(2026, 5, 1)


def test_validation_names_every_bad_field_and_saves_nothing(demo_db, login):
    worker = login("worker")
    with demo_db.session() as session:
        before = session.scalar(select(func.count()).select_from(Case))
    with pytest.raises(ValidationError) as info, demo_db.session() as session:
        _new_case(
            session,
            worker,
            given_name="",
            date_of_birth="31.02.2008",
            nationality="Atlantis",
            sex="x",
        )
    assert set(info.value.errors) == {"given_name", "date_of_birth", "nationality", "sex"}
    assert "does not exist" in info.value.errors["date_of_birth"]
    with demo_db.session() as session:
        assert session.scalar(select(func.count()).select_from(Case)) == before


def test_future_date_of_birth_is_refused(demo_db, login):
    worker = login("worker")
    with pytest.raises(ValidationError, match="future"), demo_db.session() as session:
        _new_case(session, worker, date_of_birth="2027-01-01")


def test_update_is_audited_field_by_field(demo_db, login):
    worker = login("worker")
    with demo_db.session() as session:
        case = _new_case(session, worker)
        reference, version = case.reference, case.version
    with demo_db.session() as session:
        editing.update_case(
            session,
            worker,
            reference,
            version,
            {"family_name": "Tekle-Haile", "in_aftercare": True},
        )
    with demo_db.session() as session:
        (entry,) = unsealed(
            session,
            session.scalars(
                select(AuditEntry).where(
                    AuditEntry.action == "case_changed", AuditEntry.entity_id == reference
                )
            ),
        )
        assert entry.detail["changes"]["family_name"] == {"before": "Tekle", "after": "Tekle-Haile"}
        assert entry.detail["changes"]["in_aftercare"] == {"before": False, "after": True}
        case = session.scalar(select(Case).where(Case.reference == reference))
        assert case.version == version + 1
        kinds = set(session.scalars(select(Transition.kind).where(Transition.case_id == case.id)))
        assert "aftercare_end" in kinds  # the rule input changed, so transitions were re-derived


def test_a_stale_save_raises_a_conflict_and_keeps_the_first_save(demo_db, login):
    worker, lead = login("worker"), login("lead")
    with demo_db.session() as session:
        case = _new_case(session, worker)
        reference, version = case.reference, case.version
    with demo_db.session() as session:
        editing.update_case(session, lead, reference, version, {"preferred_name": "Sela"})
    with pytest.raises(ConflictError) as info, demo_db.session() as session:
        editing.update_case(session, worker, reference, version, {"preferred_name": "Selamawit"})
    assert info.value.current["preferred_name"] == "Sela"
    with demo_db.session() as session:
        assert (
            session.scalar(select(Case.preferred_name).where(Case.reference == reference)) == "Sela"
        )


def test_renaming_updates_search(demo_db, login):
    worker = login("worker")
    with demo_db.session() as session:
        case = _new_case(session, worker, given_name="Ruta", family_name="Kidane")
        reference, version = case.reference, case.version
    with demo_db.session() as session:
        editing.update_case(session, worker, reference, version, {"family_name": "Zerezghi"})
    with demo_db.session() as session:
        found = caseload.list_cases(
            session,
            worker,
            caseload.CaseloadFilter(search="zerezghi", sort=caseload.SortKey.RELEVANCE),
        )
        assert [r.reference for r in found] == [reference]
        assert caseload.list_cases(
            session, worker, caseload.CaseloadFilter(search="kidane ruta")
        ) == [] or all(
            r.reference != reference
            for r in caseload.list_cases(
                session, worker, caseload.CaseloadFilter(search="kidane ruta")
            )
        )


def test_worker_cannot_change_another_teams_case_and_the_refusal_is_audited(demo_db, login):
    worker2 = login("worker2")
    with demo_db.session() as session:
        reference = session.scalar(
            select(Case.reference).where(Case.primary_worker_id.is_not(None)).order_by(Case.id)
        )
        version = session.scalar(select(Case.version).where(Case.reference == reference))
    with pytest.raises(PermissionDeniedError), demo_db.session() as session:
        editing.update_case(session, worker2, reference, version, {"preferred_name": "X"})
    with demo_db.session() as session:
        denied = unsealed(
            session,
            session.scalars(select(AuditEntry).where(AuditEntry.action == "permission_denied")),
        )
        assert any(
            e.username == "worker2" and reference in e.detail.get("message", "") for e in denied
        )


def test_checklist_tick_moves_readiness(demo_db, login):
    worker = login("worker")
    with demo_db.session() as session:
        case = _new_case(session, worker)
        reference = case.reference
    with demo_db.session() as session:
        checklist.set_checklist_item(session, worker, reference, "turns_18", "bank_account", True)
        checklist.set_checklist_item(session, worker, reference, "turns_18", "income", True)
    with demo_db.session() as session:
        row = listing.upcoming(session, worker, 90, kinds=["turns_18"])
        mine = next(r for r in row if r.reference == reference)
        assert mine.readiness == 16
        assert "bank_account" not in mine.missing and "housing_secured" in mine.missing
    with (
        pytest.raises(ValidationError, match="Housing secured follows"),
        demo_db.session() as session,
    ):
        checklist.set_checklist_item(
            session, worker, reference, "turns_18", "housing_secured", True
        )


def test_age_assessment_moves_the_18th_birthday(demo_db, login):
    worker = login("worker")
    with demo_db.session() as session:
        reference = _new_case(session, worker, date_of_birth="2009", dob_precision="year").reference
    with demo_db.session() as session:
        status_and_placements.record_age_assessment(
            session, worker, reference, date(2008, 4, 20), assessed_on=date(2026, 3, 1)
        )
    with demo_db.session() as session:
        record = opening.open_case(session, worker, reference)
        assert record.case.dob_precision == "assessed"
        assert record.age_assessments[0].previous_date_of_birth == date(2009, 1, 1)
        t18 = next(t for t in record.transitions if t.kind == "turns_18")
        assert t18.due_date == date(2026, 4, 20) and t18.uncertain


def test_references_are_generated_in_sequence(db):
    with db.session() as session:
        first = editing.create_case(
            session, SYSTEM, {"given_name": "A", "family_name": "B", "date_of_birth": "2008"}
        )
        second = editing.create_case(
            session, SYSTEM, {"given_name": "C", "family_name": "D", "date_of_birth": "2008"}
        )
        assert first.reference == "HW-2026-00001"
        assert second.reference == "HW-2026-00002"
