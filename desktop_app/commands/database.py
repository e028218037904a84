"""init, demo, backup, restore, check, migrate-to: creating a database, keeping it safe and
sound, moving it up to a shared server."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from desktop_app.commands.common import (
    DEMO_CASES,
    CliContext,
    UsageError,
    add_overwrite,
    output_path,
)
from desktop_app.demo import generator
from desktop_app.services.actor import SYSTEM, Role
from desktop_app.services.errors import HomewardError
from desktop_app.services.storage import database_move, startup
from desktop_app.services.storage.database import DAMAGED, NOT_HOMEWARD, DatabaseOpenError
from desktop_app.services.trust import auth, backup


def register(sub: Any, common: Any) -> None:
    p = sub.add_parser(
        "init", parents=[common], help="create or migrate a database and its first admin"
    )
    p.add_argument(
        "--admin", required=True, metavar="NAME", help="user name of the first administrator"
    )
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("demo", parents=[common], help="create a demo database with synthetic cases")
    p.add_argument(
        "--cases",
        type=DEMO_CASES,
        default=500,
        metavar="N",
        help="number of cases, 1 to 1,000,000 (default 500)",
    )
    p.add_argument("--seed", type=int, default=1, metavar="S", help="random seed (default 1)")
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser(
        "backup", parents=[common], help="consistent online backup of the database (admin)"
    )
    p.add_argument("--out", required=True, metavar="FILE", help="the backup file to write")
    add_overwrite(p)
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser(
        "restore", parents=[common], help="verified restore from a backup file (admin)"
    )
    p.add_argument("file", metavar="FILE", help="a backup made by `homeward backup`")
    p.add_argument(
        "--yes",
        action="store_true",
        help="confirm replacing a database that opens (otherwise asked, or refused without a terminal)",
    )
    p.set_defaults(handler=cmd_restore)

    p = sub.add_parser(
        "check", parents=[common], help="integrity check, migration state, audit chain (admin)"
    )
    p.set_defaults(handler=cmd_check)

    p = sub.add_parser(
        "migrate-to",
        parents=[common],
        help="copy the SQLite database given by --db into an empty database (e.g. PostgreSQL) and verify the copy",
    )
    p.add_argument(
        "target_url",
        metavar="TARGET_URL",
        help="e.g. postgresql+psycopg://homeward@server/homeward",
    )
    p.set_defaults(handler=cmd_migrate_to)


def cmd_init(ctx: CliContext) -> int:
    db = ctx.database(create=True)
    with db.session() as session:
        if startup.has_users(session):
            print(
                f"Database {db.label} is up to date (schema {db.migration.to_revision if db.migration else ''}); "
                "it already has users, so no new administrator was created.",
                file=ctx.out,
            )
            return 0
    password = ctx.password(f"New password for {ctx.args.admin}: ")
    if not password:
        raise HomewardError("The administrator needs a password (HOMEWARD_PASSWORD or the prompt).")
    with db.session() as session:
        auth.create_user(
            session,
            SYSTEM,
            ctx.args.admin,
            ctx.args.admin,
            Role.ADMIN,
            password,
            must_change_password=False,
        )
    print(f"Created database {db.label} with the administrator '{ctx.args.admin}'.", file=ctx.out)
    return 0


# What a demo case takes on disk with its history, indexes and the journal (measured: about
# 6 KB a case in the file, twice that while it is written), with room to spare.
DEMO_BYTES_PER_CASE = 16_000
DEMO_BYTES_SPARE = 50_000_000


def _check_room_for_demo(ctx: CliContext, cases: int) -> None:
    """A demo of a million cases needs gigabytes: refuse before filling the disk."""
    import shutil

    path = ctx.database_path()
    if path is None:
        return
    folder = path.parent if str(path.parent) else Path(".")
    try:
        free = shutil.disk_usage(folder if folder.exists() else Path(".")).free
    except OSError:
        return
    needed = cases * DEMO_BYTES_PER_CASE + DEMO_BYTES_SPARE
    if free < needed:
        raise HomewardError(
            f"Not enough free disk space for a demo of {cases:,} cases: about "
            f"{needed // 1_000_000:,} MB are needed and {free // 1_000_000:,} MB are free "
            f"where {path.name} would be written."
        )


def cmd_demo(ctx: CliContext) -> int:
    _check_room_for_demo(ctx, ctx.args.cases)
    db = ctx.database(create=True)
    with db.session() as session:
        if startup.holds_data(session):
            raise HomewardError(
                f"{db.label} already holds data; a demo is created only in a new database file."
            )
        summary = generator.create_demo(session, ctx.args.cases, ctx.args.seed)
    print(
        f"Created demo database {db.label}: {summary.cases} cases, teams {', '.join(summary.teams)}, "
        f"{summary.units} housing units. Demo users: {', '.join(summary.users)} (password: demo).",
        file=ctx.out,
    )
    return 0


def cmd_backup(ctx: CliContext) -> int:
    actor = ctx.login()
    result = backup.backup(
        ctx.database(), actor, output_path(ctx.args.out), overwrite=ctx.args.overwrite
    )
    print(f"Backed up to {result.path} ({result.size // 1024} KB).", file=ctx.out)
    return 0


def cmd_restore(ctx: CliContext) -> int:
    source = output_path(ctx.args.file)
    try:
        ctx.database()
    except DatabaseOpenError as exc:
        path = ctx.database_path()
        if path is None or not path.exists() or not _may_restore_over(ctx, exc):
            raise
        # A database too damaged to open: the administrator logs in against the backup.
        if not ctx.args.user:
            raise UsageError("this command needs --user NAME (the acting user)") from None
        print(f"homeward: {exc}", file=ctx.err)
        kept = backup.restore_damaged(
            path,
            source,
            ctx.args.user,
            ctx.password(f"Password for {ctx.args.user}: "),
            os.environ.get("HOMEWARD_PASSPHRASE") or None,
        )
        print(f"Restored {ctx.args.file}. The damaged database was kept as {kept}.", file=ctx.out)
        return 0
    actor = ctx.login()
    db = ctx.database()
    origin = backup.backup_origin(db, source)
    confirmed = ctx.args.yes or _asked_yes(backup.restore_question(db, origin))
    try:
        kept = backup.restore(db, actor, source, confirmed=confirmed)
    except backup.ConfirmationNeeded as exc:
        raise HomewardError(f"{exc} Nothing was restored; to go ahead, add --yes.") from None
    if origin.same_database is False:
        print(f"Note: {source.name} came from another database.", file=ctx.out)
    print(f"Restored {ctx.args.file}. The replaced database was kept as {kept}.", file=ctx.out)
    return 0


def _may_restore_over(ctx: CliContext, exc: DatabaseOpenError) -> bool:
    """Whether a database that does not open may be replaced by the restore.

    Only a damaged one, or — confirmed with --yes — one that is not a readable Homeward
    database at all (it may be encrypted with a passphrase not given). A file that is
    read-only, locked or on a full disk, or a passphrase given for a file that is not
    encrypted, says what it is and is left alone.
    """
    if exc.problem == DAMAGED:
        return True
    if exc.problem == NOT_HOMEWARD:
        if ctx.args.yes:
            return True
        raise HomewardError(
            f"{exc} Nothing was restored; to replace the file with the backup anyway "
            "(it is kept beside it), add --yes."
        ) from None
    return False


def _asked_yes(question: str) -> bool:
    if not sys.stdin or not sys.stdin.isatty():
        return False
    answer = input(f"{question} Replace it? [y/N] ")
    return answer.strip().lower() in {"y", "yes", "j", "ja"}


def cmd_check(ctx: CliContext) -> int:
    try:
        ctx.database()
    except DatabaseOpenError as exc:
        path = ctx.database_path()
        if exc.problem != DAMAGED or path is None:
            raise
        # Too damaged to open (and so to log in): what SQLite finds wrong is all there is.
        passphrase = os.environ.get("HOMEWARD_PASSPHRASE") or None
        for finding in backup.check_damaged_file(path, passphrase=passphrase):
            print(finding.text, file=ctx.err)
        return 1
    actor = ctx.login()
    findings = backup.check(ctx.database(), actor)
    for finding in findings:
        print(finding.text, file=ctx.out if finding.ok else ctx.err)
    return 0 if all(f.ok for f in findings) else 1


def cmd_migrate_to(ctx: CliContext) -> int:
    actor = ctx.login()

    def progress(table: str, rows: int) -> None:
        print(f"  {table}: {rows} rows", file=ctx.out)

    report = database_move.move_to(ctx.database(), actor, ctx.args.target_url, progress)
    print(
        f"Copied {report.total_rows} rows into {report.target}; row counts match, every case "
        f"matches its checksum, and the audit chain ({report.audit_entries} entries) verifies.",
        file=ctx.out,
    )
    return 0
