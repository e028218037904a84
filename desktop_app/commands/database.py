"""init, demo, backup, restore, check, migrate-to: creating a database, keeping it safe and
sound, moving it up to a shared server."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from desktop_app.commands.common import CliContext, UsageError, output_path, positive_int
from desktop_app.demo import generator
from desktop_app.services.actor import SYSTEM, Role
from desktop_app.services.errors import HomewardError
from desktop_app.services.storage import database_move, startup
from desktop_app.services.storage.database import DatabaseOpenError
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
        "--cases", type=positive_int, default=500, metavar="N", help="number of cases (default 500)"
    )
    p.add_argument("--seed", type=int, default=1, metavar="S", help="random seed (default 1)")
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser(
        "backup", parents=[common], help="consistent online backup of the database (admin)"
    )
    p.add_argument("--out", required=True, metavar="FILE", help="the backup file to write")
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser(
        "restore", parents=[common], help="verified restore from a backup file (admin)"
    )
    p.add_argument("file", metavar="FILE", help="a backup made by `homeward backup`")
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


def cmd_demo(ctx: CliContext) -> int:
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
    result = backup.backup(ctx.database(), actor, output_path(ctx.args.out))
    print(f"Backed up to {result.path} ({result.size // 1024} KB).", file=ctx.out)
    return 0


def cmd_restore(ctx: CliContext) -> int:
    try:
        ctx.database()
    except DatabaseOpenError as exc:
        # A database too damaged to open: the administrator logs in against the backup.
        path = ctx.args.db
        if ctx.args.database_url or path is None or not Path(path).exists():
            raise
        if not ctx.args.user:
            raise UsageError("this command needs --user NAME (the acting user)") from None
        print(f"homeward: {exc}", file=ctx.err)
        kept = backup.restore_damaged(
            Path(path),
            output_path(ctx.args.file),
            ctx.args.user,
            ctx.password(f"Password for {ctx.args.user}: "),
            os.environ.get("HOMEWARD_PASSPHRASE") or None,
        )
        print(f"Restored {ctx.args.file}. The damaged database was kept as {kept}.", file=ctx.out)
        return 0
    actor = ctx.login()
    kept = backup.restore(ctx.database(), actor, output_path(ctx.args.file))
    print(f"Restored {ctx.args.file}. The replaced database was kept as {kept}.", file=ctx.out)
    return 0


def cmd_check(ctx: CliContext) -> int:
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
