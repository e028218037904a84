"""Composition root: the global options, the database and the services, handed to the desktop
or to the command line.

`__main__` calls `run_gui` or `run_cli`. Both read the same global options
(`--db`, `--database-url`, `--user`, defined once here), open the database
the same way and work on the same `Services`. Nothing runs at import, and
importing this module stays cheap: it is on the path of every start.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop_app.services.changes import ChangePublisher
    from desktop_app.services.storage.database import Database

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class GlobalOption:
    flag: str
    metavar: str
    help: str


# Given before or after a sub-command, and to the desktop app alike.
GLOBAL_OPTIONS: tuple[GlobalOption, ...] = (
    GlobalOption("--db", "PATH", "SQLite database file (default: in your data folder)"),
    GlobalOption("--database-url", "URL", "database URL, e.g. postgresql+psycopg://host/db"),
    GlobalOption("--user", "NAME", "acting user (password from HOMEWARD_PASSWORD or a prompt)"),
)
# The desktop's own: `make run` creates the demo database on the first start and opens it.
DESKTOP_FLAGS: tuple[str, ...] = ("--first-run-demo",)


def add_global_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    """The global options on `parser`. With `suppress`, an option not given leaves no value, so a
    sub-command's parser does not undo one given before the sub-command."""
    default = argparse.SUPPRESS if suppress else None
    for option in GLOBAL_OPTIONS:
        parser.add_argument(option.flag, metavar=option.metavar, default=default, help=option.help)


def parse_desktop_args(argv: Sequence[str]) -> argparse.Namespace:
    """The global options and desktop flags of a start of the app; anything else is ignored."""
    parser = argparse.ArgumentParser(prog="homeward", add_help=False)
    add_global_options(parser, suppress=False)
    for flag in DESKTOP_FLAGS:
        parser.add_argument(flag, action="store_true")
    args, _unknown = parser.parse_known_args(list(argv))
    args.db = Path(args.db) if args.db is not None else None
    args.user = args.user or ""
    return args


@dataclass
class Services:
    """What the desktop and the command line work with, built once per run.

    The services are functions of `desktop_app.services` that each take a
    unit of work of `database` and the acting user; this is what they share.
    """

    database: Database

    @property
    def changes(self) -> ChangePublisher:
        """The change signal: every committed unit of work's kinds of change, this process's
        and (once `hear_other_processes` ran) other PCs' and processes'."""
        return self.database.changes

    def hear_other_processes(self) -> None:
        """Changes committed by other PCs (PostgreSQL) or other windows (SQLite) are published
        too, from a background thread, until `close`."""
        self.database.watch_other_processes()

    def close(self) -> None:
        self.database.dispose()


def open_services(
    path: Path | None,
    url: str | None = None,
    *,
    create: bool = True,
    passphrase: str | None = None,
) -> Services:
    """Open (backing up and migrating) the database at `path` or `url` and build the services;
    a file that does not exist yet is created unless `create` is False."""
    from desktop_app.services.storage.database import open_database

    return Services(open_database(path, url, create=create, passphrase=passphrase))


# --- the command line -------------------------------------------------------------


def command_line_database_path(args: argparse.Namespace) -> Path | None:
    """The SQLite file a command works on: --db, else the file in the user's data folder (None
    for a database server given by --database-url)."""
    from desktop_app.config import default_database_path

    if args.database_url:
        return None
    return Path(args.db).expanduser() if args.db else default_database_path()


def command_line_services(args: argparse.Namespace, *, create: bool = False) -> Services:
    """The services of one command: the database of --database-url or --db, else the file in
    the user's data folder; an encrypted file's passphrase comes from HOMEWARD_PASSPHRASE."""
    passphrase = os.environ.get("HOMEWARD_PASSPHRASE") or None
    return open_services(
        command_line_database_path(args), args.database_url, create=create, passphrase=passphrase
    )


def run_cli(argv: Sequence[str]) -> int:
    """One command; -1 when there is none (the caller opens the desktop instead)."""
    from desktop_app.cli import run

    return run(list(argv))


# --- the desktop ---------------------------------------------------------------------


def install_excepthook() -> None:
    """An error nobody caught goes to the log before the usual report."""
    previous = sys.excepthook

    def hook(kind, value, tb):  # type: ignore[no-untyped-def]
        log.critical("Unhandled error", exc_info=(kind, value, tb))
        previous(kind, value, tb)

    sys.excepthook = hook


def _open_for_desktop(path: Path | None, url: str | None) -> tuple[Services | None, Any]:
    """The services, or None and the error that says why the database did not open."""
    from desktop_app.services.errors import HomewardError

    try:
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        return open_services(path, url), None
    except (HomewardError, OSError) as exc:
        return None, exc


def run_gui(argv: Sequence[str]) -> int:
    """Start the desktop in STYLE.md's order: open the database (backed up and migrated), then
    the QApplication, the first-run choice if no database is known yet, the login, the window."""
    from desktop_app import runtime

    runtime.hold_collections_for_startup()  # until the main window is up (settle_after_startup)
    try:
        return _run_gui(argv)
    finally:
        runtime.resume_collections()  # e.g. the login was cancelled


def _run_gui(argv: Sequence[str]) -> int:
    from desktop_app.ui import application as desktop

    install_excepthook()
    args = parse_desktop_args(argv)
    services, error = None, None
    path = None if args.database_url else desktop.known_database(args)
    if path is not None or args.database_url:
        services, error = _open_for_desktop(path, args.database_url)
    qt_app = desktop.make_application([sys.argv[0], *argv])
    if services is None and error is None and args.db is None and desktop.last_was_a_server():
        database = desktop.reconnect_to_server()
        if database is None:
            return 0
        services = Services(database)
    if services is None and error is None:
        chosen = desktop.choose_database(args)
        if chosen is None:
            return 0
        if isinstance(chosen, Path):
            path = chosen
            services, error = _open_for_desktop(path, None)
        else:
            services = Services(chosen)
    if services is None and path is not None:
        from desktop_app.services.storage.database import is_encrypted_file

        if is_encrypted_file(path):  # SQLCipher: ask for the passphrase
            from desktop_app.ui.encryption import open_encrypted

            database = open_encrypted(path)
            if database is None:
                return 0
            services = Services(database)
    if services is None:
        desktop.show_start_error(error)
        return 1
    username = args.user
    try:
        while True:
            # Open windows hear what other PCs and processes change, as they hear their own.
            services.hear_other_processes()
            actor = desktop.login_to(services.database, username)
            if actor is None:
                return 0
            code, step = desktop.run_main_window(qt_app, services.database, actor)
            if step is None:
                return code
            username = ""
            if step.log_out:
                continue
            # File › New database…, Open database… or Connect to a server…
            if step.database is not None:
                opened, error = Services(step.database), None
            else:
                opened, error = _open_for_desktop(step.path, None)
            if opened is None:
                desktop.show_start_error(error)
                continue  # the database in use stays open: log in to it again
            services.close()
            services = opened
    finally:
        services.close()
