"""What every sub-command shares: opening the database, the acting user, output formats."""

from __future__ import annotations

import argparse
import getpass
import io
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from desktop_app.app import Services, command_line_database_path, command_line_services
from desktop_app.domain.spreadsheet_cells import csv_cell, csv_writer
from desktop_app.services.actor import Actor
from desktop_app.services.errors import HomewardError
from desktop_app.services.storage.database import Database
from desktop_app.services.trust import auth


class UsageError(Exception):
    """Wrong use of the command line (exit code 2)."""


@dataclass
class CliContext:
    args: Any
    out: Any = field(default_factory=lambda: sys.stdout)
    err: Any = field(default_factory=lambda: sys.stderr)
    _services: Services | None = None

    def database_path(self) -> Path | None:
        """The SQLite file the command works on (None for a database server)."""
        return command_line_database_path(self.args)

    def database(self, *, create: bool = False) -> Database:
        """The command's database, opened (by the composition root) when first needed."""
        if self._services is None:
            self._services = command_line_services(self.args, create=create)
            for warning in self._services.database.warnings:
                print(f"homeward: warning: {warning}", file=self.err)
        return self._services.database

    @property
    def opened_database(self) -> Database | None:
        """The database, when this command opened it already."""
        return self._services.database if self._services is not None else None

    def close(self) -> None:
        if self._services is not None:
            self._services.close()
            self._services = None

    @contextmanager
    def session(self) -> Iterator[Session]:
        with self.database().session() as session:
            yield session

    def password(self, prompt: str = "Password: ") -> str:
        env = os.environ.get("HOMEWARD_PASSWORD")
        if env is not None:
            return env
        if not sys.stdin or not sys.stdin.isatty():
            raise HomewardError(
                "No password: set HOMEWARD_PASSWORD or run in a terminal to be asked."
            )
        return getpass.getpass(prompt)

    def login(self) -> Actor:
        """The acting user from --user and the password; the login is audited either way."""
        username = self.args.user
        if not username:
            raise UsageError("this command needs --user NAME (the acting user)")
        password = self.password(f"Password for {username}: ")
        db = self.database()
        session = db.factory()
        try:
            actor = auth.login(session, username, password)
            session.commit()
        except HomewardError:
            session.commit()  # keep the failed-login audit entry and the failure count
            raise
        finally:
            session.close()
        with db.session() as session:
            from desktop_app.services.trust.users import must_change_password

            if must_change_password(session, actor):
                raise HomewardError(
                    "You still have an initial password; change it first with "
                    f"`homeward password --user {username}`."
                )
        return actor


def add_format(parser: Any, choices: Sequence[str] = ("table", "csv", "json")) -> None:
    parser.add_argument(
        "--format", choices=list(choices), default="table", help="output format (default: table)"
    )


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return ";".join(str(v) for v in value)
    return str(value)


def _csv_value(value: Any) -> Any:
    """Numbers as they are (a negative `days_left` stays a number); text never a formula."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    return csv_cell(_cell(value))


def emit(
    ctx: CliContext,
    records: Sequence[dict[str, Any]],
    fmt: str,
    columns: Sequence[str],
    table_columns: Sequence[tuple[str, str]] | None = None,
    empty_message: str = "Nothing to show.",
) -> None:
    """Print records as JSON (a list of objects), CSV (lists joined by ';') or an aligned table."""
    if fmt == "json":
        json.dump(list(records), ctx.out, ensure_ascii=False, indent=2)
        ctx.out.write("\n")
        return
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv_writer(buffer, lineterminator="\n")
        writer.writerow(columns)
        for record in records:
            writer.writerow([_csv_value(record.get(c)) for c in columns])
        ctx.out.write(buffer.getvalue())
        return
    if not records:
        print(empty_message, file=ctx.out)
        return
    heads = table_columns or [(c, c) for c in columns]
    cells = [[_cell(r.get(key)) for key, _ in heads] for r in records]
    widths = [
        max(len(title), *(len(row[i]) for row in cells)) for i, (_, title) in enumerate(heads)
    ]
    print(
        "  ".join(title.ljust(w) for (_, title), w in zip(heads, widths, strict=True)).rstrip(),
        file=ctx.out,
    )
    print("  ".join("-" * w for w in widths), file=ctx.out)
    for row in cells:
        print(
            "  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip(), file=ctx.out
        )


def date_arg(text: str) -> date:
    """An argparse type: a full date (YYYY-MM-DD, DD.MM.YYYY or DD/MM/YYYY)."""
    from desktop_app.domain.dates import DateFormatError, parse_date

    try:
        return parse_date(text)
    except (DateFormatError, ValueError):
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (use YYYY-MM-DD)") from None


def bounded_int(low: int, high: int, unit: str = "") -> Callable[[str], int]:
    """An argparse type: a whole number from `low` to `high` (a usage error otherwise).

    Every number the command line takes has a range that makes sense for it, so a
    typing slip (`--within 99999999999`) is a usage error rather than a query for
    dates that do not exist or a demo that fills the disk.
    """
    span = f"{low:,} to {high:,}" + (f" {unit}" if unit else "")

    def parse(text: str) -> int:
        try:
            value = int(text.strip().replace("_", ""))
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"'{text}' is out of range: use {span}")
        return value

    parse.__name__ = "whole number"  # what argparse calls the type in its messages
    return parse


def bounded_amount(high: float) -> Callable[[str], float]:
    """An argparse type: an amount from 0 to `high` (not NaN, not infinite)."""
    import math

    def parse(text: str) -> float:
        try:
            value = float(text.strip().replace(",", "."))
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{text}' is not an amount") from None
        if not math.isfinite(value) or not 0 <= value <= high:
            raise argparse.ArgumentTypeError(f"'{text}' is out of range: use 0 to {high:,.0f}")
        return value

    parse.__name__ = "amount"
    return parse


# The ranges of the command line's numbers (README, "Command line").
DAYS_AHEAD = bounded_int(0, 3650, "days")  # --within: up to ten years
MONTHS_AHEAD = bounded_int(1, 120, "months")  # --months of planning: up to ten years
QUARTERS = bounded_int(1, 40, "quarters")
DEMO_CASES = bounded_int(1, 1_000_000, "cases")
RECORD_ID = bounded_int(1, 2_147_483_647)  # an offer's or request's number
LIMIT = bounded_int(1, 100_000)
AMOUNT = bounded_amount(10_000_000)

Handler = Callable[[CliContext], int]


def output_path(text: str) -> Path:
    return Path(text).expanduser()


def command_group(sub: Any, common: Any, name: str, help_text: str) -> Any:
    """The sub-commands of `homeward NAME …` (`import cases`, `export subject` …).

    The group is created the first time it is asked for; a later call adds to
    the same group, so more than one module may add a sub-command to it.
    """
    parser = sub.choices.get(name)
    if parser is None:
        parser = sub.add_parser(name, parents=[common], help=help_text)
        parser.set_defaults(handler=_missing_what(parser))
        return parser.add_subparsers(dest=f"{name}_what", metavar="WHAT", parser_class=type(parser))
    for action in parser._actions:  # noqa: SLF001 - argparse keeps its sub-parsers here
        if isinstance(action, argparse._SubParsersAction):
            return action
    return parser.add_subparsers(dest=f"{name}_what", metavar="WHAT", parser_class=type(parser))


def _missing_what(parser: Any) -> Any:
    def handler(ctx: CliContext) -> int:
        raise UsageError(f"say what to {parser.prog.split()[-1]} (see {parser.prog} --help)")

    return handler


def iso_date(text: str) -> date:
    """An argparse type: a date written YYYY-MM-DD."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (YYYY-MM-DD)") from None


def add_overwrite(parser: Any) -> None:
    parser.add_argument(
        "--overwrite",
        action="store_true",
        help="replace the file if it exists (never a device, folder or pipe)",
    )
