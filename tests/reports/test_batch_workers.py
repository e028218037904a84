"""A batch of handover reports drawn by worker processes: the same files as one process draws,
progress counted up to the end, and a cancel that leaves nothing behind."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from desktop_app.db.models import AuditEntry, Case
from desktop_app.reports.batch import BatchCancelled, print_handovers
from desktop_app.services.report_data import lists
from desktop_app.services.trust import audit
from tests.support.audit_entries import unsealed


def _printed(db) -> list[str]:
    with db.session() as s:
        entries = unsealed(
            s,
            s.scalars(
                select(AuditEntry).where(
                    AuditEntry.action == "printed", AuditEntry.entity_id == "handover"
                )
            ),
        )
        return sorted(e.detail["reference"] for e in entries)


@pytest.fixture
def references(demo_db, login):
    with demo_db.session() as s:
        found = lists.handover_references(s, login("coordinator"), 90)
    assert len(found) >= 6, "enough cases to keep two workers busy"
    return found


def test_workers_draw_the_same_files_as_one_process(demo_db, login, references, tmp_path):
    coordinator = login("coordinator")
    alone, shared = tmp_path / "alone", tmp_path / "shared"
    alone.mkdir()
    shared.mkdir()
    steps: list[tuple[int, int]] = []
    here = print_handovers(demo_db, coordinator, references, alone, combined=False, workers=0)
    drawn = print_handovers(
        demo_db,
        coordinator,
        references,
        shared,
        combined=False,
        workers=2,
        progress=lambda done, total: steps.append((done, total)),
    )
    assert drawn.printed == here.printed == references
    assert sorted(p.name for p in shared.iterdir()) == sorted(p.name for p in alone.iterdir())
    for reference in references:
        text = PdfReader(str(shared / f"handover-{reference}.pdf")).pages[0].extract_text()
        assert reference in text
    dones = [done for done, _total in steps]
    assert dones == sorted(dones) and steps[-1] == (len(references), len(references))
    assert {total for _done, total in steps} == {len(references)}
    assert _printed(demo_db) == sorted(references * 2)


def test_cancelling_while_workers_draw_leaves_no_file(demo_db, login, references, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    asked = []

    def cancel_after_five() -> bool:
        asked.append(1)
        return len(asked) > 5

    with pytest.raises(BatchCancelled):
        print_handovers(
            demo_db,
            login("coordinator"),
            references,
            out,
            combined=False,
            workers=2,
            cancelled=cancel_after_five,
        )
    assert list(out.iterdir()) == []
    assert _printed(demo_db) == []


def test_each_printed_file_has_its_own_audit_entry_in_an_intact_chain(
    demo_db, login, references, tmp_path
):
    out = tmp_path / "out"
    out.mkdir()
    print_handovers(
        demo_db, login("coordinator"), references[:5], out, combined=False, workers=0, language="de"
    )
    with demo_db.session() as s:
        ids = dict(
            s.execute(select(Case.reference, Case.id).where(Case.reference.in_(references))).all()
        )
        entries = unsealed(
            s,
            s.scalars(
                select(AuditEntry)
                .where(AuditEntry.action == "printed", AuditEntry.entity_id == "handover")
                .order_by(AuditEntry.id)
            ),
        )
        assert audit.verify_chain(s).ok
    assert [e.case_id for e in entries] == [ids[r] for r in references[:5]]
    assert [e.detail for e in entries] == [
        {
            "document": "handover",
            "output": str(out / f"handover-{r}.pdf"),
            "reference": r,
            "language": "de",
            "recipient": "internal",
            "batch": 5,
            "combined": False,
        }
        for r in references[:5]
    ]
    assert {(e.username, e.entity) for e in entries} == {("coordinator", "document")}
