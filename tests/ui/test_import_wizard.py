"""The import wizard with real widgets: file, remembered column mapping, preview, import, report."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QFileDialog, QWizard
from sqlalchemy import func, select

from desktop_app.db.models import Case
from desktop_app.services.exchange import import_columns, import_file, importer
from desktop_app.ui import operations
from desktop_app.ui.import_wizard import ERROR_BACKGROUND, ImportPreviewModel, ImportWizard
from tests.support.paths import DATA

MESSY = DATA / "messy-caseload.csv"


def _count(demo_db) -> int:
    with demo_db.session() as session:
        return int(session.scalar(select(func.count()).select_from(Case)) or 0)


def _open(qtbot, demo_db, actor) -> ImportWizard:
    wizard = ImportWizard(demo_db, actor)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _to_mapping(qtbot, wizard: ImportWizard, path: Path) -> None:
    qtbot.keyClicks(wizard.file_page.path_edit, str(path))
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.mapping_page


def _next(qtbot, wizard: ImportWizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def test_wizard_imports_the_messy_file_with_a_preview_and_a_saved_report(
    qtbot, demo_db, login, tmp_path, monkeypatch
) -> None:
    coordinator = login("coordinator")
    before = _count(demo_db)
    wizard = _open(qtbot, demo_db, coordinator)
    _to_mapping(qtbot, wizard, MESSY)

    titles = [wizard.mapping_page.combos[i].currentData() for i in range(3)]
    assert titles == ["reference", "given_name", "family_name"]  # matched by name
    notes = wizard.mapping_page.combos[-1]
    assert notes.currentData() == ""  # "Notes" is not a Homeward column

    _next(qtbot, wizard)
    page = wizard.preview_page
    assert wizard.currentPage() is page
    qtbot.waitUntil(page.isComplete, timeout=20000)
    assert "4 new, 0 to update, 0 unchanged, 17 rejected" in page.summary.text()
    assert _count(demo_db) == before  # the preview writes nothing

    model = page.model
    # Data row 2 (file row 4) is "31.02.2008": its date-of-birth cell is marked with the reason.
    dob = model.index(2, ImportPreviewModel.FIRST_FILE_COLUMN + 3)
    assert dob.data() == "31.02.2008"
    assert dob.data(Qt.ItemDataRole.BackgroundRole).color() == ERROR_BACKGROUND
    assert "does not exist in the calendar" in dob.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(2, ImportPreviewModel.COL_ROW).data() == "4"
    assert model.index(2, ImportPreviewModel.COL_RESULT).data() == "Rejected"
    # A good row has no marks.
    good = model.index(0, ImportPreviewModel.FIRST_FILE_COLUMN + 3)
    assert good.data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(0, ImportPreviewModel.COL_RESULT).data() == "New case"

    _next(qtbot, wizard)
    result = wizard.result_page
    assert wizard.currentPage() is result
    qtbot.waitUntil(lambda: result.finished, timeout=30000)
    assert result.progress_bar.value() == result.progress_bar.maximum()
    assert "4 new, 0 updated, 0 unchanged, 17 rejected." in result.status.text()
    text = result.report_view.toPlainText()
    assert "Row 4: rejected, column Date of birth: '31.02.2008' does not exist" in text
    assert _count(demo_db) == before + 4

    saved = tmp_path / "report.txt"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(saved), ""))
    )
    qtbot.mouseClick(result.save_button, Qt.MouseButton.LeftButton)
    assert saved.read_text(encoding="utf-8") == text


def test_column_choices_are_remembered_and_missing_required_columns_stop_the_wizard(
    qtbot, demo_db, login
) -> None:
    lead = login("lead")
    wizard = _open(qtbot, demo_db, lead)
    _to_mapping(qtbot, wizard, MESSY)
    combos = wizard.mapping_page.combos
    # Without the family-name column the file cannot be imported.
    combos[2].setCurrentIndex(combos[2].findData(""))
    _next(qtbot, wizard)
    assert wizard.currentPage() is wizard.mapping_page
    assert "no column for family_name" in wizard.mapping_page.message.text()
    # Put it back, leave the placement municipality out, and go on.
    combos[2].setCurrentIndex(combos[2].findData("family_name"))
    combos[14].setCurrentIndex(combos[14].findData(""))
    _next(qtbot, wizard)
    assert wizard.currentPage() is wizard.preview_page
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=20000)
    operations.wait_for_all()

    again = _open(qtbot, demo_db, lead)
    _to_mapping(qtbot, again, MESSY)
    assert again.mapping_page.combos[14].currentData() == ""  # remembered
    assert again.mapping_page.combos[2].currentData() == "family_name"


def test_all_or_nothing_in_the_wizard_imports_nothing(qtbot, demo_db, login) -> None:
    coordinator = login("coordinator")
    before = _count(demo_db)
    wizard = _open(qtbot, demo_db, coordinator)
    _to_mapping(qtbot, wizard, MESSY)
    _next(qtbot, wizard)
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=20000)
    wizard.preview_page.all_or_nothing.setChecked(True)
    _next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.result_page.finished, timeout=30000)
    assert "Nothing was imported" in wizard.result_page.status.text()
    assert _count(demo_db) == before


def test_unreadable_file_is_explained_on_the_first_page(qtbot, demo_db, login, tmp_path) -> None:
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a workbook")
    wizard = _open(qtbot, demo_db, login("lead"))
    qtbot.keyClicks(wizard.file_page.path_edit, str(broken))
    _next(qtbot, wizard)
    assert wizard.currentPage() is wizard.file_page
    assert "not a readable XLSX workbook" in wizard.file_page.message.text()


def test_team_choice_lists_only_the_leads_team(qtbot, demo_db, login) -> None:
    wizard = _open(qtbot, demo_db, login("lead"))
    combo = wizard.file_page.team_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["Team North"]
    coordinator_wizard = _open(qtbot, demo_db, login("coordinator"))
    assert coordinator_wizard.file_page.team_combo.count() == 4  # no team + three teams


def test_preview_model_passes_qtmodeltester(qtmodeltester, demo_db, login) -> None:
    table = import_file.read_table(MESSY)
    mapping = import_columns.guess_mapping(table.headers)
    with demo_db.session() as session:
        report = importer.preview(session, login("coordinator"), table, mapping)
    model = ImportPreviewModel()
    model.set_preview(table, mapping, report)
    assert model.rowCount() == 21
    assert model.columnCount() == 2 + len(table.headers)
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.index(0, 0, QModelIndex()).isValid()
    qtmodeltester.check(model, force_py=True)


def test_cancelling_the_import_leaves_the_database_as_it_was(
    qtbot, demo_db, login, tmp_path
) -> None:
    # Enough rows that the import is still running when the click arrives: new cases are
    # written a thousand at a time, so a few hundred take a fraction of a second.
    lines = ["reference;given_name;family_name;date_of_birth"]
    lines += [f"CANCEL-{i:05d};Synthetic;Person{i};2008-01-{1 + i % 28:02d}" for i in range(5000)]
    big = tmp_path / "big.csv"
    big.write_text("\n".join(lines) + "\n", encoding="utf-8")
    before = _count(demo_db)
    wizard = _open(qtbot, demo_db, login("lead"))
    _to_mapping(qtbot, wizard, big)
    _next(qtbot, wizard)
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=60000)
    _next(qtbot, wizard)
    result = wizard.result_page
    qtbot.waitUntil(lambda: result.progress_bar.value() > 0, timeout=30000)
    qtbot.mouseClick(result.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: result.finished, timeout=60000)
    assert "cancelled; nothing was imported" in result.status.text()
    assert _count(demo_db) == before
