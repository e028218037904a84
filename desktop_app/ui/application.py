"""The desktop's part of starting: the QApplication, the first-run choice, the login, the window.

`desktop_app.app.run_gui` keeps STYLE.md's order (logging, done by __main__ → open
the database, backing up and migrating → QApplication → login → main window) and
calls these. The first-run dialog and the demo creation need a QApplication, so
they come right after it is built.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app import config


def make_application(argv: list[str]):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from desktop_app import __version__
    from desktop_app.ui import language
    from desktop_app.ui.icons import app_icon

    if QApplication.instance() is None:
        # Fractional scaling (125 %, 150 %) as the screen asks; the SVG icons stay sharp.
        QApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName(config.APP_NAME)
    app.setOrganizationName(config.APP_AUTHOR)
    app.setOrganizationDomain(config.ORGANISATION_DOMAIN)
    app.setApplicationVersion(__version__)
    # Ties the windows to homeward.desktop, so Wayland task bars show its icon.
    app.setDesktopFileName("homeward")
    app.setWindowIcon(app_icon())
    # The language chosen in Settings › Language (or HOMEWARD_LANGUAGE), else the system's.
    language.install_translators(app)
    return app


def create_demo_database(path: Path, cases: int = 500, seed: int = 1) -> bool:
    """Create the demo database off the GUI thread with a progress dialog; True when done."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    from desktop_app.demo import generator
    from desktop_app.services.storage.database import open_database
    from desktop_app.ui.operations import OperationCancelled, Progress, run_operation

    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".creating")

    def work(progress: Progress) -> int:
        for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
            leftover.unlink(missing_ok=True)
        database = open_database(partial)
        try:
            with database.session() as session:

                def report(done: int, total: int) -> None:
                    progress.report(done, total)
                    if progress.cancelled:
                        raise OperationCancelled()

                generator.create_demo(session, cases, seed, progress=report)
        finally:
            database.dispose()
        partial.replace(path)
        return cases

    loop = QEventLoop()
    operation = run_operation(
        None,
        work,
        title=QCoreApplication.translate("Startup", "Creating the demo database"),
        label=QCoreApplication.translate(
            "Startup", "Creating %1 made-up young people to try Homeward with…"
        ).replace("%1", str(cases)),
    )
    operation.when_finished(loop.quit)
    if not operation.done:
        loop.exec()
    return operation.error is None and path.exists()


def known_database(args: argparse.Namespace) -> Path | None:
    """The database to open without asking: --db, the demo, the last one used, the default."""
    from desktop_app.ui import preferences

    if args.db is not None:
        return Path(args.db)
    if args.first_run_demo:
        demo_path = config.demo_database_path()
        return demo_path if demo_path.exists() else None
    if preferences.last_server() is not None:
        return None  # the team server is the one to open (see reconnect_to_server)
    last = preferences.last_database()
    if last is not None and last.exists():
        return last
    if config.default_database_path().exists():
        return config.default_database_path()
    return None


def choose_database(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """Path | Database | None: a file to open, a server database already open, or nothing.

    No database known yet: create the demo (make run) or ask with the first-run dialog."""
    from desktop_app.ui.login import FirstRunDialog, StartChoice

    if args.first_run_demo:
        demo_path = config.demo_database_path()
        if not demo_path.exists() and not create_demo_database(demo_path):
            return None
        return demo_path
    dialog = FirstRunDialog(config.default_database_path())
    if not dialog.exec() or dialog.result_choice is None:
        return None
    result = dialog.result_choice
    if result.choice is StartChoice.SERVER:
        return result.database
    if result.choice is StartChoice.DEMO:
        demo_path = config.demo_database_path()
        if not demo_path.exists() and not create_demo_database(demo_path):
            return None
        return demo_path
    return result.path


def login_to(database, username: str = ""):  # type: ignore[no-untyped-def]
    """First administrator if the database has none, then the login; the actor or None."""
    from desktop_app.services.errors import HomewardError
    from desktop_app.ui import preferences
    from desktop_app.ui.login import FirstAdministratorDialog, LoginDialog
    from desktop_app.ui.messages import error_text

    if database.path is not None:
        preferences.remember_database(database.path)
    from desktop_app.services.storage import startup

    with database.session() as session:
        has_users = startup.has_users(session)
    if not has_users:
        first = FirstAdministratorDialog()
        while True:
            if not first.exec():
                return None
            try:
                first.create_in(database)
                username = first.username.text().strip()
                break
            except HomewardError as exc:
                first.message.setText(error_text(exc))
    login = LoginDialog(database, username=username)
    if not login.exec() or login.actor is None:
        return None
    return login.actor


def last_was_a_server() -> bool:
    from desktop_app.ui import preferences

    return preferences.last_server() is not None


def reconnect_to_server():  # type: ignore[no-untyped-def]
    """The team server used last: at once with the keyring's password, else through the dialog."""
    from desktop_app.ui.server_dialog import ServerConnectionDialog, reconnect_silently

    database = reconnect_silently()
    if database is not None:
        return database
    dialog = ServerConnectionDialog()
    if dialog.exec() and dialog.database is not None:
        return dialog.database
    return None


def show_start_error(error: BaseException | None) -> None:
    """The database could not be opened: say why, in the interface language."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.ui.messages import error_text

    QMessageBox.critical(
        None,
        QCoreApplication.translate("Startup", "Homeward"),
        error_text(error) if error is not None else "",
    )


def run_main_window(app, database, actor):  # type: ignore[no-untyped-def]
    """After the login: an initial password changed first, then the main window until it closes.

    Returns the exit code and what the window was closed for (`NextStep`: log out, another
    database), or None to quit."""
    from PySide6.QtCore import QTimer

    from desktop_app.runtime import resume_collections, settle_after_startup
    from desktop_app.ui.idle_lock import IdleLock, ensure_password_changed, start_daily_backup
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.operations import wait_for_all

    if not ensure_password_changed(None, database, actor):
        return 0, None
    window = MainWindow(database, actor)
    window.show()
    # Locks the window after the configured idle minutes; unsaved edits stay.
    window.idle_lock = IdleLock(database, actor, window)  # type: ignore[attr-defined]
    start_daily_backup(database)
    # Once the window has painted and the first pages have loaded; never after this window
    # (a window closed sooner leaves no collection to run in the middle of what follows).
    settle = window.settle_timer = QTimer(window)  # type: ignore[attr-defined]
    settle.setSingleShot(True)
    settle.timeout.connect(settle_after_startup)
    settle.start(1500)
    try:
        code = int(app.exec())
    finally:
        settle.stop()
        resume_collections()  # a window closed before it settled
        wait_for_all()
    step = window.next_step
    window.idle_lock.stop()  # type: ignore[attr-defined]
    window.deleteLater()
    return code, step
