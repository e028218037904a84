"""Every page and dialog fits a 1,280 × 720 screen in every language of the desktop.

The window's (and each dialog's) minimum size hint is what Qt will not shrink below; a
page whose filters or columns insist on more pushes the window past the screen's edge.
The title bar and the task bar take some of the 720 pixels, so the window gets 680.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop_app.ui import language
from desktop_app.ui.main_window import MainWindow
from tests.ui.test_change_signal import _own_case

SCREEN_WIDTH, SCREEN_HEIGHT = 1280, 720 - 40

LANGUAGES = ("en", "da", "sv", "de", "pseudo")

pytestmark = pytest.mark.backend_neutral("a page's size is the same on every backend")


@pytest.fixture(params=LANGUAGES)
def in_language(request, qapp, monkeypatch):
    monkeypatch.setenv(language.ENVIRONMENT_VARIABLE, request.param)
    installed = language.install_translators(qapp)
    yield request.param
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(QLocale.system())


def _too_big(widget: QWidget) -> tuple[int, int] | None:
    QApplication.processEvents()  # the layouts settle
    hint = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    if hint.width() > SCREEN_WIDTH or hint.height() > SCREEN_HEIGHT:
        return hint.width(), hint.height()
    return None


def test_every_page_fits_the_screen(qtbot, demo_db, login, in_language):
    too_big: dict[str, tuple[int, int]] = {}
    for username in ("worker", "coordinator", "admin"):
        window = MainWindow(demo_db, login(username))
        qtbot.addWidget(window)
        window.resize(SCREEN_WIDTH, SCREEN_HEIGHT)
        window.show()
        for spec in window.page_specs():
            window.show_page(spec.key)
            page = window.pages[spec.key]
            tabs = getattr(page, "tabs", None)
            for index in range(tabs.count() if tabs is not None else 1):
                if tabs is not None:
                    tabs.setCurrentIndex(index)
                size = _too_big(window)
                if size:
                    where = f"{username}: {spec.key}" + (f" tab {index}" if tabs else "")
                    too_big[where] = size
        if username == "worker":
            record = window.open_case(_own_case(demo_db, "worker"))
            for index in range(record.tabs.count()):
                record.tabs.setCurrentIndex(index)
                size = _too_big(window)
                if size:
                    too_big[f"case record tab {record.tabs.tabText(index)}"] = size
        window.close()
    assert not too_big, (
        f"{in_language}: wider or taller than {SCREEN_WIDTH}×{SCREEN_HEIGHT}: {too_big}"
    )


def _dialogs(database, login, tmp_path):  # type: ignore[no-untyped-def]
    """One of every dialog of the desktop, filled as a user would meet it."""
    from datetime import date

    from desktop_app.services.housing import providers, units
    from desktop_app.services.transitions import board
    from desktop_app.ui import (
        about_dialog,
        admin_screen,
        calendar_actions,
        case_appointments_tab,
        case_documents_tab,
        case_housing_tab,
        conflict_dialog,
        housing_screen,
        idle_lock,
        language,
        merge_dialog,
        new_case_dialog,
        partners_dialogs,
        print_preview,
        server_dialog,
        shortcuts_dialog,
        team_dialogs,
        transition_widgets,
    )
    from desktop_app.ui import (
        login as login_dialogs,
    )
    from desktop_app.ui.import_wizard import ImportWizard

    worker, lead, admin = login("worker"), login("lead"), login("admin")
    reference = _own_case(database, "worker")
    with database.session() as session:
        provider_rows = providers.list_providers(session, lead)
        unit_rows = units.list_units(session, lead, units.UnitFilter(), limit=1)
        row = board.board(session, lead, 90).rows[0]
    yield "about", about_dialog.AboutDialog(database)
    yield "new user", admin_screen.NewUserDialog(["Team North", "Team South"])
    yield "week view", calendar_actions.WeekView(database, worker)
    yield "export calendar", calendar_actions.ExportCalendarDialog()
    yield (
        "appointment",
        case_appointments_tab.PlanAppointmentDialog(
            True, "prs", [(1, "Nørrebrogade 12, 2200 København N (viewing)")]
        ),
    )
    yield "offer move", case_housing_tab.OfferMoveDialog("accepted", "U-00044", date(2026, 4, 1))
    yield "support", case_housing_tab.SupportDialog("U-00044", date(2026, 4, 1))
    fields = [("given_name", "Given name"), ("family_name", "Family name")]
    values = {"given_name": "Amanuel", "family_name": "Tesfay"}
    yield (
        "conflict",
        conflict_dialog.ConflictDialog(
            "Someone else saved this case.", fields, values, values, values
        ),
    )
    yield "unit", housing_screen.UnitDialog(database, lead, provider_rows, unit_rows[0])
    yield "provider", housing_screen.ProviderDialog(database, lead, provider_rows[0])
    yield "unlock", idle_lock.UnlockDialog(database, worker)
    yield "change password", idle_lock.ChangePasswordDialog(database, worker, forced=True)
    yield "login", login_dialogs.LoginDialog(database)
    yield "first run", login_dialogs.FirstRunDialog(tmp_path / "homeward.db")
    yield "first administrator", login_dialogs.FirstAdministratorDialog()
    yield "new case", new_case_dialog.NewCaseDialog(database, worker)
    yield (
        "print preview",
        print_preview.case_document_dialog(None, database, lead, reference, handover=True),
    )
    yield "server", server_dialog.ServerConnectionDialog()
    yield "shortcuts", shortcuts_dialog.ShortcutsDialog([])
    yield (
        "reassign",
        team_dialogs.ReassignDialog(database, lead, reference, "Amanuel Tesfay", "worker"),
    )
    yield (
        "worker leaves",
        team_dialogs.WorkerLeavesDialog(
            database, lead, "worker", [("laura", "Laura Winther"), ("mikkel", "Mikkel Friis")]
        ),
    )
    yield "outcome", transition_widgets.OutcomeDialog(row)
    yield "import", ImportWizard(database, lead)
    yield "new course", partners_dialogs.CourseDialog(database, lead)
    yield "new programme", partners_dialogs.ProgrammeDialog(database, lead)
    yield "merge", merge_dialog.MergeDialog(database, lead, reference)
    yield "duplicates", merge_dialog.DuplicatesDialog(database, lead)
    yield "language", language.LanguageDialog()
    letter = tmp_path / "Decision letter from the immigration service.pdf"
    yield "add document", case_documents_tab.AddDocumentDialog(letter)
    del admin


def test_every_dialog_fits_the_screen(qtbot, demo_db, login, tmp_path, in_language, monkeypatch):
    def refuse(*args, **_kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError(f"a message box while opening a dialog: {args[1:]}")

    for box in ("information", "warning", "question", "critical"):
        monkeypatch.setattr(QMessageBox, box, staticmethod(refuse))
    too_big: dict[str, tuple[int, int]] = {}
    for name, dialog in _dialogs(demo_db, login, tmp_path):
        assert dialog is not None, name
        qtbot.addWidget(dialog)
        dialog.show()
        size = _too_big(dialog)
        if size:
            too_big[name] = size
        dialog.close()
    assert not too_big, (
        f"{in_language}: dialogs larger than {SCREEN_WIDTH}×{SCREEN_HEIGHT}: {too_big}"
    )
