"""Data-protection duties: subject export, consent, retention review, anonymisation, erasure."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_app.db import models as m
from desktop_app.services.actor import Actor
from desktop_app.services.cases import contacts
from desktop_app.services.errors import NotFoundError, ValidationError
from desktop_app.services.exchange import subject_export
from desktop_app.services.storage.database import Database
from desktop_app.services.trust import retention
from tests.support.pdf_text import pdf_pages


def _team_north_case(db: Database) -> m.Case:
    with db.session() as session:
        team_id = session.scalar(select(m.Team.id).where(m.Team.name == "Team North"))
        # The richest Team North case: most notes.
        case_id = session.scalar(
            select(m.Note.case_id)
            .join(m.Case, m.Case.id == m.Note.case_id)
            .where(m.Case.team_id == team_id)
            .group_by(m.Note.case_id)
            .order_by(func.count().desc(), m.Note.case_id)
            .limit(1)
        )
        case = session.get(m.Case, case_id)
        assert case is not None
        return case


def _add_confidential_note(db: Database, case_id: int) -> None:
    with db.session() as session:
        session.add(
            m.Note(
                case_id=case_id,
                note_date=date(2026, 3, 1),
                kind="meeting",
                text="Synthetic private remark",
                confidential=True,
                created_at=datetime(2026, 3, 1, 10, 0),
            )
        )


def test_subject_export_holds_everything_and_is_audited(
    demo_db: Database, login: Callable[[str], Actor], tmp_path: Path
) -> None:
    case = _team_north_case(demo_db)
    _add_confidential_note(demo_db, case.id)
    lead = login("lead")
    with demo_db.session() as session:
        consent = contacts.add_consent(
            session, lead, case.reference, "Share with the after-care service", "aftercare_service"
        )
        consent_id = consent.id
    with demo_db.session() as session:
        contacts.withdraw_consent(session, lead, case.reference, consent_id)
    with demo_db.session() as session:
        result = subject_export.export_subject(session, lead, case.reference, tmp_path / "sar")
    data = json.loads(result.json_path.read_text(encoding="utf-8"))
    assert data["record"]["reference"] == case.reference
    assert data["record"]["given_name"] == case.given_name
    with demo_db.session() as session:
        for key, _title, model in subject_export.CASE_TABLES:
            count = session.scalar(
                select(func.count()).select_from(model).where(model.case_id == case.id)
            )
            assert len(data[key]) == count, key
    assert "Synthetic private remark" in [n["text"] for n in data["notes"]]
    consents = [c for c in data["consent_records"] if c["id"] == consent_id]
    assert consents and consents[0]["withdrawn_on"] == "2026-03-16"
    assert consents[0]["recorded_by_id"] == lead.user_id
    actions = [e["action"] for e in data["audit_entries"]]
    assert "consent_recorded" in actions and "consent_withdrawn" in actions
    text = "".join(pdf_pages(result.pdf_path))
    assert case.family_name in text and case.reference in text
    assert "Consent records" in text and "Audit log" in text
    with demo_db.session() as session:
        last = session.scalars(select(m.AuditEntry).order_by(m.AuditEntry.id.desc())).first()
        assert last is not None and last.action == "subject_exported"
        assert last.case_id == case.id


def test_export_lists_the_documents_made_about_the_person(
    cli: Callable[..., object], demo_db: Database, demo_db_path: Path, tmp_path: Path
) -> None:
    case = _team_north_case(demo_db)
    args = ("--db", str(demo_db_path), "--user", "lead")
    res = cli("print", "case-summary", case.reference, "--out", str(tmp_path / "s.pdf"), *args)
    assert res.code == 0, res.err  # type: ignore[attr-defined]
    res = cli("export", "subject", case.reference, "--out", str(tmp_path / "one"), *args)
    assert res.code == 0, res.err  # type: ignore[attr-defined]
    res = cli("export", "subject", case.reference, "--out", str(tmp_path / "two"), *args)
    assert res.code == 0, res.err  # type: ignore[attr-defined]
    data = json.loads((tmp_path / "two" / f"{case.reference}.json").read_text(encoding="utf-8"))
    documents = data["documents"]
    # The second export lists the print and the first export, not itself.
    assert [(d["document"], d["by"], d["output"]) for d in documents] == [
        ("case_summary", "lead", str(tmp_path / "s.pdf")),
        ("subject_access_export", "lead", str(tmp_path / "one")),
    ]
    assert documents[0]["recipient"] == "internal"
    text = "".join(pdf_pages(tmp_path / "two" / f"{case.reference}.pdf"))
    assert "Documents made about the person (2)" in text


def test_coordinator_export_withholds_confidential_notes_and_says_so(
    demo_db: Database, login: Callable[[str], Actor], tmp_path: Path
) -> None:
    case = _team_north_case(demo_db)
    _add_confidential_note(demo_db, case.id)
    with demo_db.session() as session:
        result = subject_export.export_subject(
            session, login("coordinator"), case.reference, tmp_path / "sar"
        )
    data = json.loads(result.json_path.read_text(encoding="utf-8"))
    assert "Synthetic private remark" not in result.json_path.read_text(encoding="utf-8")
    assert result.withheld_confidential_notes == data["withheld_confidential_notes"] >= 1
    text = "".join(pdf_pages(result.pdf_path))
    assert "confidential notes are not included" in text


def test_export_of_an_unknown_reference(
    cli: Callable[..., object], demo_db_path: Path, tmp_path: Path
) -> None:
    res = cli(
        "export",
        "subject",
        "HW-1999-99999",
        "--out",
        str(tmp_path),
        "--db",
        str(demo_db_path),
        "--user",
        "coordinator",
    )
    assert res.code == 1 and "No case with the reference" in res.err  # type: ignore[attr-defined]


def test_consent_validation(demo_db: Database, login: Callable[[str], Actor]) -> None:
    case = _team_north_case(demo_db)
    lead = login("lead")
    with pytest.raises(ValidationError) as info, demo_db.session() as session:
        contacts.add_consent(session, lead, case.reference, " ", "the neighbours", date(2030, 1, 1))
    assert set(info.value.errors) == {"purpose", "recipient", "given_on"}
    with pytest.raises(NotFoundError), demo_db.session() as session:
        contacts.withdraw_consent(session, lead, case.reference, 999_999)


def _close_long_ago(db: Database, reference: str, closed_on: date) -> None:
    with db.session() as session:
        case = session.scalar(select(m.Case).where(m.Case.reference == reference))
        assert case is not None
        case.status = "closed"
        case.closed_on = closed_on
        case.closed_reason = "Moved to own tenancy"


def test_retention_review_lists_closed_cases_past_the_period(
    demo_db: Database, login: Callable[[str], Actor]
) -> None:
    case = _team_north_case(demo_db)
    _close_long_ago(demo_db, case.reference, date(2020, 6, 30))
    coordinator = login("coordinator")
    with demo_db.session() as session:
        listed = [r.reference for r in retention.review(session, coordinator)]
        assert case.reference in listed
        # With a longer period (10 years) it is not due yet.
        assert case.reference not in [
            r.reference for r in retention.review(session, coordinator, 120)
        ]
    with demo_db.session() as session:
        south_lead = [r.reference for r in retention.review(session, login("lead.south"))]
    assert case.reference not in south_lead


def test_anonymise_removes_identity_and_keeps_the_figures(
    demo_db: Database, login: Callable[[str], Actor]
) -> None:
    case = _team_north_case(demo_db)
    _close_long_ago(demo_db, case.reference, date(2019, 1, 31))
    coordinator = login("coordinator")
    with demo_db.session() as session:
        before = {
            "placements": session.scalar(
                select(func.count()).select_from(m.Placement).where(m.Placement.case_id == case.id)
            ),
            "offers": session.scalar(
                select(func.count())
                .select_from(m.HousingOffer)
                .where(m.HousingOffer.case_id == case.id)
            ),
            "notes": session.scalar(
                select(func.count()).select_from(m.Note).where(m.Note.case_id == case.id)
            ),
        }
    assert before["notes"] > 0
    with pytest.raises(ValidationError, match="confirm"), demo_db.session() as session:
        retention.anonymise(
            session, coordinator, [case.reference], reason="retention", confirmed=False
        )
    with demo_db.session() as session:
        unchanged = session.get(m.Case, case.id)
        assert unchanged is not None and unchanged.given_name == case.given_name
    with demo_db.session() as session:
        done = retention.anonymise(
            session, coordinator, [case.reference], reason="retention", confirmed=True
        )
    assert done == [case.reference]
    with demo_db.session() as session:
        after = session.get(m.Case, case.id)
        assert after is not None and after.anonymised
        assert case.given_name not in (after.given_name, after.family_name)
        assert after.date_of_birth == date(case.date_of_birth.year, 1, 1)
        assert after.sex == case.sex and after.nationality == case.nationality
        for model in (m.Note, m.Contact, m.Task, m.CaseSearchToken):
            count = session.scalar(
                select(func.count()).select_from(model).where(model.case_id == case.id)
            )
            assert count == 0, model
        assert (
            session.scalar(
                select(func.count()).select_from(m.Placement).where(m.Placement.case_id == case.id)
            )
            == before["placements"]
        )
        assert (
            session.scalar(
                select(func.count())
                .select_from(m.HousingOffer)
                .where(m.HousingOffer.case_id == case.id)
            )
            == before["offers"]
        )
        assert all(
            p.name is None and p.address is None
            for p in session.scalars(select(m.Placement).where(m.Placement.case_id == case.id))
        )
        entry = session.scalars(
            select(m.AuditEntry).where(m.AuditEntry.action == "case_anonymised")
        ).one()
        assert entry.detail == {"reason": "retention"} and entry.username == "coordinator"
        assert case.reference not in [r.reference for r in retention.review(session, coordinator)]


def test_retention_anonymising_refuses_an_open_case_and_changes_nothing(
    demo_db: Database, login: Callable[[str], Actor]
) -> None:
    open_case = _team_north_case(demo_db)
    with pytest.raises(ValidationError, match="not a closed case"), demo_db.session() as session:
        retention.anonymise(
            session, login("coordinator"), [open_case.reference], reason="retention", confirmed=True
        )
    with demo_db.session() as session:
        case = session.get(m.Case, open_case.id)
        assert case is not None and not case.anonymised


def test_erasure_request_through_the_cli(
    cli: Callable[..., object], demo_db: Database, demo_db_path: Path
) -> None:
    case = _team_north_case(demo_db)
    args = ("--db", str(demo_db_path))
    res = cli("erase", case.reference, *args, "--user", "lead")
    assert res.code == 1 and "confirm" in res.err  # type: ignore[attr-defined]
    res = cli("erase", case.reference, "--yes", *args, "--user", "worker")
    assert res.code == 1 and "Permission denied" in res.err  # type: ignore[attr-defined]
    res = cli("erase", case.reference, "--yes", *args, "--user", "lead")
    assert res.code == 0, res.err  # type: ignore[attr-defined]
    res = cli("cases", "--search", case.family_name, "--format", "json", *args, "--user", "lead")
    assert case.reference not in res.out  # type: ignore[attr-defined]
    res = cli("check", *args, "--user", "admin")
    assert res.code == 0, res.err  # type: ignore[attr-defined]


def test_cli_retention_review_and_anonymise(
    cli: Callable[..., object], demo_db: Database, demo_db_path: Path
) -> None:
    case = _team_north_case(demo_db)
    _close_long_ago(demo_db, case.reference, date(2018, 5, 1))
    args = ("--db", str(demo_db_path), "--user", "coordinator")
    res = cli("retention", "--format", "json", *args)
    assert res.code == 0, res.err  # type: ignore[attr-defined]
    assert case.reference in [r["reference"] for r in json.loads(res.out)]  # type: ignore[attr-defined]
    res = cli("retention", "--anonymise", case.reference, "--yes", *args)
    assert res.code == 0, res.err  # type: ignore[attr-defined]
    res = cli("retention", "--format", "json", *args)
    assert case.reference not in res.out  # type: ignore[attr-defined]
