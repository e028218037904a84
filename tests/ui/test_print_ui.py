"""Print preview, Print…, Save as PDF and batch printing in the app, with real widgets."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QInputDialog
from sqlalchemy import select

from desktop_app.db.models import AuditEntry, Case, Team
from desktop_app.reports.batch import BatchCancelled, print_handovers
from desktop_app.services.report_data import lists, recipients
from desktop_app.ui import operations
from desktop_app.ui.print_preview import case_document_dialog
from desktop_app.ui.reports_screen import ReportsScreen
from tests.support.audit_entries import unsealed
from tests.support.pdf_text import pdf_text


def printed(db, document: str) -> list[AuditEntry]:
    with db.session() as s:
        return unsealed(
            s,
            s.scalars(
                select(AuditEntry)
                .where(AuditEntry.action == "printed", AuditEntry.entity_id == document)
                .order_by(AuditEntry.id)
            ),
        )


@pytest.fixture
def north_reference(demo_db):
    with demo_db.session() as s:
        north = s.scalar(select(Team.id).where(Team.name == "Team North"))
        return s.scalar(
            select(Case.reference)
            .where(Case.team_id == north, Case.status == "open")
            .order_by(Case.reference)
        )


@pytest.fixture
def out_dir(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def test_case_summary_preview_save_and_print(qtbot, demo_db, login, north_reference, tmp_path):
    lead = login("lead")
    dialog = case_document_dialog(None, demo_db, lead, north_reference, handover=False)
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.pdf.pageCount() >= 1
    assert dialog.rendered.document == "case_summary"
    saved = dialog.save_document(str(tmp_path / "summary"))
    assert saved == tmp_path / "summary.pdf" and north_reference in pdf_text(saved)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialog.print_document(printer)
    assert len(PdfReader(str(tmp_path / "printed.pdf")).pages) == dialog.pdf.pageCount()
    entries = printed(demo_db, "case_summary")
    assert [e.detail["output"] for e in entries] == [str(saved), str(tmp_path / "printed.pdf")]
    assert all(e.username == "lead" and e.case_id is not None for e in entries)


def test_handover_for_a_landlord_asks_for_a_reason_without_consent(
    qtbot, demo_db, login, north_reference, tmp_path, monkeypatch
):
    coordinator = login("coordinator")
    dialog = case_document_dialog(None, demo_db, coordinator, north_reference, handover=True)
    qtbot.addWidget(dialog)
    panel = dialog.options_panel
    asked = []
    monkeypatch.setattr(
        QInputDialog,
        "getText",
        staticmethod(lambda *a, **k: (asked.append(a[1]) or "Verbal consent, form follows", True)),
    )
    panel.recipient.setCurrentIndex(panel.recipient.findData("landlord"))
    assert not panel.section_boxes[recipients.Section.NOTES].isEnabled()
    assert dialog.rebuild()
    assert asked == ["No consent on record"]
    assert dialog.rendered.detail["override_reason"] == "Verbal consent, form follows"
    saved = dialog.save_document(str(tmp_path / "landlord.pdf"))
    assert "Legal status" not in pdf_text(saved)
    assert printed(demo_db, "handover")[-1].detail["consent_missing"] is True
    # refusing to give a reason prints nothing
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("", False)))
    monkeypatch.setattr("desktop_app.ui.print_preview.QMessageBox.warning", lambda *a, **k: None)
    panel.recipient.setCurrentIndex(panel.recipient.findData("municipality"))
    with demo_db.session() as s:
        needs = not recipients.consent_check(s, coordinator, north_reference, "municipality").ok
    assert dialog.rebuild() is (not needs)


def test_batch_handover_reports_one_file_each(qtbot, demo_db, login, out_dir):
    screen = ReportsScreen(demo_db, login("coordinator"))
    qtbot.addWidget(screen)
    screen.batch_within.setValue(30)
    with demo_db.session() as s:
        expected = lists.handover_references(s, login("coordinator"), 30)
    assert expected
    with qtbot.waitSignal(screen.batch_finished, timeout=60000) as blocker:
        screen.start_batch(out_dir)
    result = blocker.args[0]
    assert sorted(result.printed) == sorted(expected)
    files = sorted(p.name for p in out_dir.iterdir())
    assert files == sorted(f"handover-{r}.pdf" for r in expected)
    one = PdfReader(str(out_dir / f"handover-{expected[0]}.pdf"))
    assert expected[0] in one.pages[0].extract_text()
    assert {e.detail["reference"] for e in printed(demo_db, "handover")} == set(expected)
    assert screen.progress.isHidden() and "printed" in screen.batch_status.text()


def test_batch_combined_file_numbers_each_report_on_its_own(qtbot, demo_db, login, out_dir):
    coordinator = login("coordinator")
    with demo_db.session() as s:
        references = lists.handover_references(s, coordinator, 30)[:3]
    target = out_dir / "all.pdf"
    result = print_handovers(demo_db, coordinator, references, target, combined=True)
    assert result.written == [target]
    pages = [p.extract_text() for p in PdfReader(str(target)).pages]
    starts = [i for i, text in enumerate(pages) if "Handover report:" in text]
    assert len(starts) == 3
    for first, nxt in zip(starts, starts[1:] + [len(pages)], strict=True):
        count = nxt - first
        assert f"Page 1 of {count}" in pages[first]
        assert f"Page {count} of {count}" in pages[nxt - 1]


def test_cancelling_a_batch_leaves_no_file(qtbot, demo_db, login, out_dir):
    coordinator = login("coordinator")
    with demo_db.session() as s:
        references = lists.handover_references(s, coordinator, 90)
    calls = []

    def cancel_after_three() -> bool:
        calls.append(1)
        return len(calls) > 3

    for combined, target in ((False, out_dir), (True, out_dir / "all.pdf")):
        calls.clear()
        with pytest.raises(BatchCancelled):
            print_handovers(
                demo_db,
                coordinator,
                references,
                target,
                combined=combined,
                cancelled=cancel_after_three,
            )
        assert list(out_dir.iterdir()) == []
    assert printed(demo_db, "handover") == []


def test_cancel_button_stops_the_batch(qtbot, demo_db, login, out_dir):
    screen = ReportsScreen(demo_db, login("coordinator"))
    qtbot.addWidget(screen)
    screen.batch_within.setValue(120)
    screen.combined.setChecked(True)
    target = out_dir / "all.pdf"
    with qtbot.waitSignal(screen.batch_finished, timeout=60000) as blocker:
        screen.progress_listeners.append(lambda done, total: done >= 1 and screen.cancel_batch())
        assert screen.start_batch(target) is not None
        assert not screen.cancel_button.isHidden()
    assert blocker.args == [None]
    assert "Cancelled" in screen.batch_status.text()
    assert list(out_dir.iterdir()) == []
    operations.wait_for_all()


def test_workers_cannot_start_reports_for_leads(qtbot, demo_db, login):
    screen = ReportsScreen(demo_db, login("worker"))
    qtbot.addWidget(screen)
    assert screen.summary_button.isEnabled()
    assert not screen.handover_button.isEnabled()
    assert not screen.planning_button.isEnabled()
    assert not screen.batch_button.isEnabled()


def test_ctrl_p_entry_point_opens_the_case_summary_preview(
    qtbot, demo_db, login, north_reference, monkeypatch
):
    from desktop_app.ui import print_preview

    shown = []

    def fake_exec(dialog):
        shown.append((dialog.windowTitle(), dialog.pdf.pageCount(), dialog.rendered.reference))
        return 0

    monkeypatch.setattr(print_preview.PrintPreviewDialog, "exec", fake_exec)
    print_preview.print_case_summary(None, demo_db, login("lead"), north_reference)
    assert len(shown) == 1
    title, pages, reference = shown[0]
    assert north_reference in title and pages >= 1 and reference == north_reference
    # a refused case shows the reason and opens nothing
    warned = []
    monkeypatch.setattr(print_preview.QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    print_preview.print_case_summary(None, demo_db, login("admin"), north_reference)
    assert len(shown) == 1 and "administrators" in warned[0]


def test_list_reports_are_drawn_off_the_gui_thread_then_previewed(qtbot, demo_db, login, out_dir):
    screen = ReportsScreen(demo_db, login("lead"))
    qtbot.addWidget(screen)
    screen.within.setValue(90)
    operation = screen.preview_transitions()
    operation.wait(60)
    dialog = screen.last_dialog
    assert dialog is not None and dialog.rendered.document == "transitions"
    qtbot.addWidget(dialog)
    assert dialog.pdf.pageCount() >= 1
    saved = dialog.save_document(str(out_dir / "transitions.pdf"))
    assert "Transitions in the next 90 days" in pdf_text(saved)
    entry = printed(demo_db, "transitions")[-1]
    assert entry.username == "lead" and entry.detail["within_days"] == 90
    screen.preview_planning().wait(60)
    assert screen.last_dialog.rendered.document == "planning"
    qtbot.addWidget(screen.last_dialog)


def test_batch_for_an_outside_recipient_skips_cases_without_consent(demo_db, login, out_dir):
    coordinator = login("coordinator")
    with demo_db.session() as s:
        references = lists.handover_references(s, coordinator, 30)
        consenting = {
            r for r in references if recipients.consent_check(s, coordinator, r, "municipality").ok
        }
    assert consenting and set(references) - consenting, "the demo has both kinds of case"
    result = print_handovers(
        demo_db, coordinator, references, out_dir, combined=False, recipient="municipality"
    )
    assert set(result.printed) == consenting
    assert set(result.skipped) == set(references) - consenting
    assert all("consent" in why for why in result.skipped.values())
    assert sorted(p.name for p in out_dir.iterdir()) == sorted(
        f"handover-{r}.pdf" for r in consenting
    )
    landlord = print_handovers(
        demo_db,
        coordinator,
        references,
        out_dir / "landlord.pdf",
        combined=True,
        recipient="landlord",
    )
    assert (
        landlord.printed == []
        and landlord.written == []
        and not (out_dir / "landlord.pdf").exists()
    )
