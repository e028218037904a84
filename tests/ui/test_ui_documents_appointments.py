"""The Documents and Appointments tabs, My day's appointments, the week view and the
calendar menu, driven with real widgets."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDropEvent
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLabel
from sqlalchemy import select

from desktop_app.db import models as m
from desktop_app.services import appointments
from desktop_app.ui import case_appointments_tab, case_documents_tab
from desktop_app.ui.case_appointments_tab import CaseAppointmentsTab, appointment_model
from desktop_app.ui.case_documents_tab import (
    AddDocumentDialog,
    CaseDocumentsTab,
    DocumentPreview,
    document_model,
)
from tests.support.documents_data import TODAY, image_bytes, own_open_case, pdf_bytes


@pytest.fixture(autouse=True)
def _nothing_is_handed_to_another_program(monkeypatch):
    def refuse(*_args, **_kwargs):
        raise AssertionError("a document was handed to another program")

    monkeypatch.setattr(QDesktopServices, "openUrl", refuse)


def _actions(db, action: str) -> int:
    with db.session() as session:
        return len(
            session.scalars(select(m.AuditEntry.id).where(m.AuditEntry.action == action)).all()
        )


@pytest.fixture
def documents_tab(qtbot, demo_db, login):
    reference = own_open_case(demo_db)
    tab = CaseDocumentsTab(demo_db, login("worker"), reference, True)
    qtbot.addWidget(tab)
    tab.show()
    tab.reload()
    return tab


def test_the_models_pass_the_model_tester(qtmodeltester, documents_tab, demo_db, login, tmp_path):
    letter = tmp_path / "letter.pdf"
    letter.write_bytes(pdf_bytes())
    assert documents_tab.add_with(letter, {"title": "Decision letter", "kind": "decision"})
    qtmodeltester.check(documents_tab.model)
    model = appointment_model()
    with demo_db.session() as session:
        model.set_rows(
            [
                appointments.add_appointment(
                    session,
                    login("worker"),
                    documents_tab.reference,
                    kind="viewing",
                    starts_at=datetime(2026, 3, 17, 14, 0),
                )
            ]
        )
    qtmodeltester.check(model)
    qtmodeltester.check(document_model())


def test_a_scanned_letter_is_added_shown_in_the_app_printed_and_saved(
    qtbot, documents_tab, demo_db, tmp_path, monkeypatch
):
    letter = tmp_path / "Decision letter.pdf"
    letter.write_bytes(pdf_bytes())
    assert documents_tab.add_with(
        letter, {"title": "Decision letter", "kind": "decision", "confidential": False}
    )
    assert documents_tab.model.rowCount() == 1
    assert documents_tab.model.index(0, case_documents_tab.COL_TITLE).data() == "Decision letter"
    documents_tab.view.selectRow(0)
    preview = documents_tab.preview()
    assert isinstance(preview, DocumentPreview)
    qtbot.addWidget(preview)
    view = preview.findChild(QPdfView, "pdfView")
    assert view is not None and preview.pdf is not None and preview.pdf.pageCount() == 1
    assert _actions(demo_db, "document_viewed") == 1
    # Printing goes to the printer the user picks (here a PDF file).
    printed = tmp_path / "printed.pdf"

    def printer(_parent):
        chosen = QPrinter()
        chosen.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        chosen.setOutputFileName(str(printed))
        return chosen

    monkeypatch.setattr(case_documents_tab, "choose_printer", printer)
    preview.print()
    assert printed.exists() and printed.read_bytes().startswith(b"%PDF")
    assert _actions(demo_db, "document_printed") == 1
    preview.close()
    copy = tmp_path / "copy.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    documents_tab.save_copy()
    assert copy.read_bytes() == letter.read_bytes()
    assert _actions(demo_db, "document_saved") == 1


def test_an_image_is_shown_scaled_and_a_wrong_file_is_refused_with_its_reason(
    qtbot, documents_tab, demo_db, tmp_path
):
    photo = tmp_path / "permit.jpg"
    photo.write_bytes(image_bytes("JPEG", (1600, 1200)))
    assert documents_tab.add_with(photo, {"title": "Residence permit", "kind": "permit"})
    documents_tab.view.selectRow(0)
    preview = documents_tab.preview()
    qtbot.addWidget(preview)
    shown = preview.findChild(QLabel, "imageView").pixmap()
    assert 0 < shown.width() <= 720 and abs(shown.width() / shown.height() - 4 / 3) < 0.01
    preview.close()
    fake = tmp_path / "contract.pdf"
    fake.write_bytes(b"MZ" + bytes(300))
    assert not documents_tab.add_with(fake, {"title": "Contract", "kind": "lease"})
    assert "is not a PDF, JPEG or PNG" in documents_tab.message.text()
    assert documents_tab.model.rowCount() == 1


def test_files_dropped_on_the_tab_are_added(qtbot, documents_tab, tmp_path, monkeypatch):
    first, second = tmp_path / "lease.png", tmp_path / "consent.pdf"
    first.write_bytes(image_bytes("PNG"))
    second.write_bytes(pdf_bytes())
    monkeypatch.setattr(AddDocumentDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(first)), QUrl.fromLocalFile(str(second))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    documents_tab.dropEvent(event)
    titles = {
        documents_tab.model.index(r, case_documents_tab.COL_TITLE).data()
        for r in range(documents_tab.model.rowCount())
    }
    assert titles == {"lease", "consent"}


def test_appointments_are_planned_and_a_missed_one_leaves_a_task(
    qtbot, demo_db, login, monkeypatch
):
    worker = login("worker")
    reference = own_open_case(demo_db)
    tab = CaseAppointmentsTab(
        demo_db, worker, reference, True, interpreter_needed=True, interpreter_language="fa"
    )
    qtbot.addWidget(tab)
    tab.reload()
    yesterday = datetime.combine(TODAY - timedelta(days=1), datetime.min.time()).replace(hour=9)
    assert tab.plan_with(
        {
            "kind": "hearing",
            "starts_at": yesterday,
            "duration_minutes": 120,
            "place": "Court",
            "interpreter_needed": True,
            "interpreter_language": "fa",
        }
    )
    assert not tab.plan_with({"kind": "hearing", "starts_at": yesterday, "duration_minutes": 0})
    assert "duration" in tab.message.text().lower()
    assert tab.model.rowCount() == 1
    assert tab.model.index(0, case_appointments_tab.COL_INTERPRETER).data() == "Persian"
    tab.view.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Ring the lawyer", True))
    tab.missed()
    assert tab.model.index(0, case_appointments_tab.COL_STATE).data() == "Missed"
    with demo_db.session() as session:
        assert session.scalar(select(m.Task.title).where(m.Task.title == "Ring the lawyer"))


def test_my_day_shows_todays_and_tomorrows_appointments(qtbot, demo_db, login):
    from desktop_app.ui.my_day import MyDayPage

    worker = login("worker")
    reference = own_open_case(demo_db)
    with demo_db.session() as session:
        for days, kind in ((0, "home_visit"), (1, "viewing"), (3, "meeting")):
            appointments.add_appointment(
                session,
                worker,
                reference,
                kind=kind,
                starts_at=datetime.combine(
                    TODAY + timedelta(days=days), datetime.min.time()
                ).replace(hour=11),
            )
    page = MyDayPage(demo_db, worker)
    qtbot.addWidget(page)
    page.reload()
    rows = [
        page.appointments.topLevelItem(i).text(0)
        for i in range(page.appointments.topLevelItemCount())
    ]
    kinds = [
        page.appointments.topLevelItem(i).text(1)
        for i in range(page.appointments.topLevelItemCount())
    ]
    assert rows == ["today 11:00", "tomorrow 11:00"] and kinds == ["Home visit", "Viewing"]


def test_week_view_and_calendar_export_from_the_menu(qtbot, demo_db, login, tmp_path, monkeypatch):
    from desktop_app.ui.main_window import MainWindow

    worker = login("worker")
    reference = own_open_case(demo_db)
    with demo_db.session() as session:
        appointments.add_appointment(
            session, worker, reference, kind="meeting", starts_at=datetime(2026, 3, 24, 10, 0)
        )
    window = MainWindow(demo_db, worker)
    qtbot.addWidget(window)
    actions = window.calendar_actions
    week = actions.show_week()
    qtbot.addWidget(week)
    assert week.model.rowCount() == 0  # this week: nothing planned
    week.move(7)
    assert week.model.rowCount() == 1
    week.close()
    out = tmp_path / "mine.ics"
    assert actions.export_to(out, 30, False)
    events = list(Calendar.from_ical(out.read_bytes()).walk("VEVENT"))
    assert any(str(e["SUMMARY"]) == f"{reference}: Meeting" for e in events)
    # The subscribed file follows changes made in the app.
    subscribed = tmp_path / "subscribed.ics"
    assert actions.subscribe(subscribed)
    assert "Home visit" not in subscribed.read_text(encoding="utf-8")
    with demo_db.session() as session:
        appointments.add_appointment(
            session, worker, reference, kind="home_visit", starts_at=datetime(2026, 3, 19, 9, 0)
        )
    # The change signal tells the window, which rewrites the file.
    qtbot.waitUntil(lambda: "Home visit" in subscribed.read_text(encoding="utf-8"))
    assert Path(str(actions.subscription_path())) == subscribed
    actions.unsubscribe()
    assert actions.subscription_path() is None
