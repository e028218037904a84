"""The app's print preview draws documents in the desktop's language and audits it."""

from __future__ import annotations

from sqlalchemy import select

from desktop_app.db.models import AuditEntry, Case
from desktop_app.ui.language import document_language, set_language
from desktop_app.ui.print_preview import case_document_dialog
from tests.support.audit_entries import unsealed
from tests.support.pdf_text import flat_pdf_text


def open_reference(db) -> str:
    with db.session() as s:
        return s.scalar(
            select(Case.reference).where(Case.status == "open").order_by(Case.reference)
        )


def last_print(db, document: str) -> AuditEntry:
    with db.session() as s:
        return unsealed(
            s,
            s.scalars(
                select(AuditEntry)
                .where(AuditEntry.action == "printed", AuditEntry.entity_id == document)
                .order_by(AuditEntry.id)
            ),
        )[-1]


def test_preview_uses_homeward_language(qtbot, demo_db, login, tmp_path, monkeypatch):
    monkeypatch.setenv("HOMEWARD_LANGUAGE", "sv")
    assert document_language() == "sv"
    reference = open_reference(demo_db)
    dialog = case_document_dialog(None, demo_db, login("lead"), reference, handover=True)
    assert dialog is not None
    qtbot.addWidget(dialog)
    saved = dialog.save_document(str(tmp_path / "overlamning"))
    text = flat_pdf_text(saved)
    assert "Överlämningsrapport" in text and "Underskrifter" in text and reference in text
    assert "Handoverreport" not in text
    assert last_print(demo_db, "handover").detail["language"] == "sv"


def test_preview_uses_the_language_chosen_in_settings(qtbot, demo_db, login, tmp_path, monkeypatch):
    monkeypatch.delenv("HOMEWARD_LANGUAGE", raising=False)
    set_language("de")
    assert document_language() == "de"
    reference = open_reference(demo_db)
    dialog = case_document_dialog(None, demo_db, login("lead"), reference, handover=False)
    assert dialog is not None
    qtbot.addWidget(dialog)
    text = flat_pdf_text(dialog.save_document(str(tmp_path / "summary")))
    assert "Fallzusammenfassung" in text and "Seite1von" in text
    assert last_print(demo_db, "case_summary").detail["language"] == "de"
    set_language("en")
    assert document_language() == "en"
