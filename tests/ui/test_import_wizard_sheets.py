"""The import wizard with a workbook of several sheets: the other sheets are listed, checked
in the preview with their faulty cells marked, and imported with the cases."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from sqlalchemy import select

from desktop_app.db.models import Contact, LanguageCourse
from desktop_app.ui.import_wizard import ERROR_BACKGROUND, ImportPreviewModel, ImportWizard


def _book(path: Path, sheets: dict[str, list[list[str]]]) -> Path:
    book = Workbook()
    for number, (title, rows) in enumerate(sheets.items()):
        sheet = book.active if number == 0 else book.create_sheet()
        sheet.title = title
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


CASES = [
    ["reference", "given_name", "family_name", "date_of_birth"],
    ["HW-2026-20001", "Ayan", "Warsame", "2008-09-14"],
]
COURSES = [
    ["code", "name", "provider", "level", "place", "places"],
    ["DA-1-EVE", "Danish 1, evening", "Sprogcenter Midt", "A1", "Aarhus", "10"],
    ["DA-X", "Danish X", "Sprogcenter Midt", "Z9", "Aarhus", "10"],
]
CONTACTS = [
    ["reference", "name", "relation", "phone"],
    ["HW-2026-20001", "Hodan Warsame", "family", "+45 22 33 44 55"],
]


def _next(qtbot, wizard):
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def _start(qtbot, demo_db, actor, path):
    wizard = ImportWizard(demo_db, actor)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.file_page.path_edit, str(path))
    _next(qtbot, wizard)
    assert wizard.currentPage() is wizard.mapping_page
    return wizard


def test_the_wizard_checks_and_imports_the_other_sheets_with_the_cases(
    qtbot, demo_db, login, tmp_path
):
    path = _book(
        tmp_path / "caseload.xlsx", {"Cases": CASES, "Courses": COURSES, "Contacts": CONTACTS}
    )
    wizard = _start(qtbot, demo_db, login("lead"), path)
    boxes = {sheet.kind.name: box for box, sheet in wizard.mapping_page.sheet_boxes}
    assert set(boxes) == {"courses", "contacts"}
    assert boxes["courses"].text() == "Courses: Language courses, 2 rows"
    assert boxes["contacts"].text() == "Contacts: Contacts, 1 row"
    assert all(box.isChecked() for box in boxes.values())

    _next(qtbot, wizard)
    page = wizard.preview_page
    qtbot.waitUntil(page.isComplete, timeout=20000)
    text = page.summary.text()
    assert "1 new, 0 to update, 0 unchanged, 0 rejected" in text
    assert "Courses: 1 new, 0 updated, 0 unchanged, 1 rejected." in text
    assert "Contacts: 1 new, 0 updated, 0 unchanged, 0 rejected." in text
    # The courses sheet in the preview: its faulty level is marked with the reason.
    page.sheet_choice.setCurrentIndex(page.sheet_choice.findData("courses"))
    model = page.model
    assert model.rowCount() == 2
    assert model.columnCount() == ImportPreviewModel.FIRST_FILE_COLUMN + len(COURSES[0])
    level = model.index(1, ImportPreviewModel.FIRST_FILE_COLUMN + 3)
    assert level.data() == "Z9"
    assert level.data(Qt.ItemDataRole.BackgroundRole).color() == ERROR_BACKGROUND
    assert "is not a CEFR level" in level.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, ImportPreviewModel.COL_RESULT).data() == "New"
    assert model.index(1, ImportPreviewModel.COL_RESULT).data() == "Rejected"
    with demo_db.session() as session:  # the preview wrote nothing
        assert (
            session.scalar(select(LanguageCourse).where(LanguageCourse.code == "DA-1-EVE")) is None
        )

    _next(qtbot, wizard)
    result = wizard.result_page
    qtbot.waitUntil(lambda: result.finished, timeout=30000)
    assert "Courses: 1 new, 0 updated, 0 unchanged, 1 rejected." in result.status.text()
    report = result.report_view.toPlainText()
    assert "Sheet Courses (courses) of caseload.xlsx" in report
    assert "Row 3: rejected, column level: 'Z9' is not a CEFR level" in report
    with demo_db.session() as session:
        assert session.scalar(select(LanguageCourse.name).where(LanguageCourse.code == "DA-1-EVE"))
        assert session.scalar(select(Contact.phone).where(Contact.name == "Hodan Warsame")) == (
            "+45 22 33 44 55"
        )


def test_a_sheet_without_its_columns_stops_the_wizard_until_it_is_left_out(
    qtbot, demo_db, login, tmp_path
):
    path = _book(
        tmp_path / "caseload.xlsx",
        {"Cases": CASES, "Consents": [["reference", "given on"], ["HW-2026-20001", "2026-03-01"]]},
    )
    wizard = _start(qtbot, demo_db, login("lead"), path)
    _next(qtbot, wizard)
    assert wizard.currentPage() is wizard.mapping_page
    assert "The consents sheet has no column for recipient, purpose" in (
        wizard.mapping_page.message.text()
    )
    [(box, _sheet)] = wizard.mapping_page.sheet_boxes
    box.setChecked(False)
    _next(qtbot, wizard)
    assert wizard.currentPage() is wizard.preview_page
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=20000)
    assert not wizard.preview_page.sheet_choice.isVisible()
