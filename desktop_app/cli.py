"""The `homeward` command line: the contract of DESIGN.md, on the same services as the app."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from typing import Any

from desktop_app import __version__
from desktop_app.app import add_global_options
from desktop_app.commands import (
    accounts,
    calendar,
    caseload,
    data_protection,
    database,
    documents,
    exchange,
    housing,
    printing,
    team,
)
from desktop_app.commands.common import CliContext, UsageError
from desktop_app.domain.plain_text import terminal_text
from desktop_app.services.errors import HomewardError

# The modules that add sub-commands, in help order; each has `register(subparsers, common)`.
COMMAND_MODULES = (
    database,
    caseload,
    housing,
    exchange,
    printing,
    team,
    accounts,
    data_protection,
    documents,
    calendar,
)

log = logging.getLogger(__name__)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"homeward: error: {message}", file=sys.stderr)
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="homeward",
        description="Homeward: case management for young refugees' housing transitions. "
        "Without a sub-command it opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"homeward {__version__}")
    add_global_options(parser, suppress=False)
    common = _Parser(add_help=False)
    add_global_options(common, suppress=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in COMMAND_MODULES:
        module.register(sub, common)
    return parser


def run(argv: Sequence[str] | None = None, out=None, err=None) -> int:  # type: ignore[no-untyped-def]
    """Run one command; returns the exit code (0 ok, 1 user error, 2 usage error)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        return -1  # no sub-command: the caller opens the GUI
    ctx = CliContext(args=args, out=_Terminal(out or sys.stdout), err=_Terminal(err or sys.stderr))
    try:
        return int(args.handler(ctx))
    except UsageError as exc:
        print(f"homeward: error: {exc}", file=ctx.err)
        return 2
    except HomewardError as exc:
        print(f"homeward: {exc}", file=ctx.err)
        return 1
    except KeyboardInterrupt:
        print("homeward: interrupted", file=ctx.err)
        return 130
    except BrokenPipeError:
        return 0  # output cut short by a pager or `head`
    except OSError as exc:
        storage = _storage_problem(ctx, exc)
        if storage:
            print(f"homeward: {storage}", file=ctx.err)
            return 1
        print(
            f"homeward: {exc.strerror or exc}{': ' + str(exc.filename) if exc.filename else ''}",
            file=ctx.err,
        )
        return 1
    except Exception as exc:
        lost = _lost_server(args, exc) or _storage_problem(ctx, exc)
        if lost:
            print(f"homeward: {lost}", file=ctx.err)
            return 1
        log.exception("unexpected error in %s", args.command)
        print(
            "homeward: an unexpected error happened; details were written to the log. "
            "Please report it.",
            file=ctx.err,
        )
        return 1
    finally:
        ctx.close()


class _Terminal:
    """An output stream that writes no control or bidi characters (domain/plain_text.py):
    a name or a cell echoed from an import file cannot take over the terminal."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return int(self._stream.write(terminal_text(text)))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def _storage_problem(ctx: CliContext, exc: BaseException) -> str | None:
    """The sentence for a damaged, read-only, full or locked database or file, else None."""
    from pathlib import Path

    from desktop_app.services.storage.database import storage_error

    filename = getattr(exc, "filename", None)
    if filename:
        where, path = str(filename), Path(str(filename))
    else:
        database = ctx.opened_database
        where = database.label if database is not None else str(ctx.args.db or "")
        path = database.path if database is not None else None
    error = storage_error(exc, where, path)
    return str(error) if error is not None else None


def _lost_server(args: argparse.Namespace, exc: Exception) -> str | None:
    """The one line for a database server that cannot be reached, else None."""
    from sqlalchemy.exc import InterfaceError, OperationalError

    url = getattr(args, "database_url", None)
    if not url or not isinstance(exc, (OperationalError, InterfaceError)):
        return None
    from sqlalchemy.engine import make_url

    from desktop_app.services.storage.database import unreachable_message

    return unreachable_message(make_url(url), exc)
