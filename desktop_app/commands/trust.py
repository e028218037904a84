"""backup, restore, check, export subject, password, users, teams, retention, audit."""

from __future__ import annotations

import os
from datetime import date
from typing import Any

from desktop_app.commands.common import (
    CliContext,
    UsageError,
    add_format,
    add_overwrite,
    bounded_int,
    emit,
    output_path,
)
from desktop_app.db import sqlcipher
from desktop_app.db.storage import StorageProblem
from desktop_app.services import audit_query, auth, backup, retention, subject_export, users
from desktop_app.services.database import NOT_HOMEWARD, DatabaseOpenError
from desktop_app.services.errors import HomewardError


def _date(text: str) -> date:
    import argparse

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (YYYY-MM-DD)") from None


def register(sub: Any, common: Any) -> None:
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

    from desktop_app.commands.transfer import command_group

    # `export` is shared with `export cases` / `export statistics`.
    what = command_group(sub, common, "export", "export the caseload, statistics or a subject")
    s = what.add_parser(
        "subject",
        parents=[common],
        help="everything held about one person, as JSON and PDF (coordinator or team lead)",
    )
    s.add_argument("reference", metavar="REF", help="case reference")
    s.add_argument("--out", required=True, metavar="DIR", help="folder for the export")
    add_overwrite(s)
    s.set_defaults(handler=cmd_export_subject)

    p = sub.add_parser(
        "password",
        parents=[common],
        help="change your password (new one from HOMEWARD_NEW_PASSWORD or a prompt)",
    )
    p.set_defaults(handler=cmd_password)

    p = sub.add_parser("users", parents=[common], help="list and manage user accounts (admin)")
    p.add_argument(
        "action",
        nargs="?",
        default="list",
        choices=["list", "create", "disable", "enable", "reset-password", "unlock"],
    )
    p.add_argument("username", nargs="?", metavar="NAME")
    p.add_argument("--full-name", metavar="TEXT")
    p.add_argument(
        "--role", choices=["social_worker", "team_lead", "coordinator", "admin"], metavar="ROLE"
    )
    p.add_argument("--team", metavar="T")
    add_format(p)
    p.set_defaults(handler=cmd_users)

    p = sub.add_parser("teams", parents=[common], help="list and create teams")
    p.add_argument("action", nargs="?", default="list", choices=["list", "create"])
    p.add_argument("name", nargs="?", metavar="NAME")
    p.add_argument("--municipality", metavar="TEXT")
    add_format(p)
    p.set_defaults(handler=cmd_teams)

    p = sub.add_parser(
        "retention",
        parents=[common],
        help="closed cases past the retention period; anonymise chosen ones",
    )
    p.add_argument(
        "--months",
        type=bounded_int(0, 1200, "months"),
        metavar="M",
        help="retention period, 0 to 1200 (default: setting)",
    )
    p.add_argument(
        "--anonymise", nargs="+", metavar="REF", help="anonymise these cases (needs --yes)"
    )
    p.add_argument("--yes", action="store_true", help="confirm the anonymisation")
    add_format(p)
    p.set_defaults(handler=cmd_retention)

    p = sub.add_parser(
        "erase", parents=[common], help="handle an erasure request: anonymise one case"
    )
    p.add_argument("reference", metavar="REF")
    p.add_argument("--yes", action="store_true", help="confirm (it cannot be undone)")
    p.set_defaults(handler=cmd_erase)

    p = sub.add_parser("audit", parents=[common], help="read the audit log (team lead and up)")
    p.add_argument("--case", metavar="REF")
    p.add_argument("--for-user", metavar="NAME", dest="for_user")
    p.add_argument("--action", metavar="ACTION")
    p.add_argument("--since", type=_date, metavar="DATE")
    p.add_argument("--until", type=_date, metavar="DATE")
    p.add_argument(
        "--limit", type=bounded_int(1, 1_000_000), default=5000, metavar="N", help="1 to 1,000,000"
    )
    add_format(p)
    p.set_defaults(handler=cmd_audit)


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
    confirmed = ctx.args.yes or _asked_yes(ctx, backup.restore_question(db, origin))
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
    if exc.problem == StorageProblem.DAMAGED.value:
        return True
    if exc.problem == NOT_HOMEWARD:
        if ctx.args.yes:
            return True
        raise HomewardError(
            f"{exc} Nothing was restored; to replace the file with the backup anyway "
            "(it is kept beside it), add --yes."
        ) from None
    return False


def _asked_yes(ctx: CliContext, question: str) -> bool:
    import sys

    if not sys.stdin or not sys.stdin.isatty():
        return False
    answer = input(f"{question} Replace it? [y/N] ")
    return answer.strip().lower() in {"y", "yes", "j", "ja"}


def cmd_check(ctx: CliContext) -> int:
    try:
        ctx.database()
    except DatabaseOpenError as exc:
        path = ctx.database_path()
        if exc.problem != StorageProblem.DAMAGED.value or path is None:
            raise
        # Too damaged to open (and so to log in): what SQLite finds wrong is all there is.
        passphrase = os.environ.get("HOMEWARD_PASSPHRASE") or None
        key = sqlcipher.key_for_file(passphrase, path) if passphrase else None
        for finding in backup.check_damaged_file(path, key):
            print(finding.text, file=ctx.err)
        return 1
    actor = ctx.login()
    findings = backup.check(ctx.database(), actor)
    for finding in findings:
        print(finding.text, file=ctx.out if finding.ok else ctx.err)
    return 0 if all(f.ok for f in findings) else 1


def cmd_export_subject(ctx: CliContext) -> int:
    actor = ctx.login()
    with ctx.session() as session:
        result = subject_export.export_subject(
            session,
            actor,
            ctx.args.reference,
            output_path(ctx.args.out),
            overwrite=ctx.args.overwrite,
        )
    print(f"Wrote {result.json_path} and {result.pdf_path}.", file=ctx.out)
    if result.withheld_confidential_notes:
        print(
            f"{result.withheld_confidential_notes} confidential notes were withheld; "
            "the team lead of the case completes the answer.",
            file=ctx.out,
        )
    return 0


def cmd_password(ctx: CliContext) -> int:
    username = ctx.args.user
    if not username:
        raise UsageError("this command needs --user NAME")
    old = ctx.password(f"Current password for {username}: ")
    new = os.environ.get("HOMEWARD_NEW_PASSWORD")
    if new is None:
        import getpass
        import sys

        if not sys.stdin or not sys.stdin.isatty():
            raise HomewardError("No new password: set HOMEWARD_NEW_PASSWORD or run in a terminal.")
        new = getpass.getpass("New password: ")
    db = ctx.database()
    with db.session() as session:
        actor = auth.login(session, username, old)
    with db.session() as session:
        auth.change_password(session, actor, old, new)
    print("Your password was changed.", file=ctx.out)
    return 0


def _need_name(ctx: CliContext) -> str:
    if not ctx.args.username:
        raise UsageError(f"users {ctx.args.action} needs a user name")
    return str(ctx.args.username)


def cmd_users(ctx: CliContext) -> int:
    actor = ctx.login()
    action = ctx.args.action
    with ctx.session() as session:
        if action == "list":
            rows = users.list_users(session, actor)
            records = [
                {
                    "username": r.username,
                    "full_name": r.full_name,
                    "role": r.role,
                    "team": r.team,
                    "active": r.active,
                    "locked": r.locked,
                    "must_change_password": r.must_change_password,
                }
                for r in rows
            ]
            emit(
                ctx,
                records,
                ctx.args.format,
                (
                    "username",
                    "full_name",
                    "role",
                    "team",
                    "active",
                    "locked",
                    "must_change_password",
                ),
            )
            return 0
        name = _need_name(ctx)
        if action == "create":
            if not ctx.args.role:
                raise UsageError("users create needs --role")
            initial = os.environ.get("HOMEWARD_NEW_PASSWORD") or users.generate_initial_password()
            users.create_user(
                session,
                actor,
                name,
                ctx.args.full_name or name,
                ctx.args.role,
                initial,
                ctx.args.team,
            )
            print(
                f"Created {name}. Initial password: {initial} (to be changed at the first login).",
                file=ctx.out,
            )
        elif action in ("disable", "enable"):
            users.set_active(session, actor, name, action == "enable")
            print(f"{name} is {'enabled' if action == 'enable' else 'disabled'}.", file=ctx.out)
        elif action == "reset-password":
            initial = users.reset_password(
                session, actor, name, os.environ.get("HOMEWARD_NEW_PASSWORD") or None
            )
            print(
                f"New initial password for {name}: {initial} (to be changed at the next login).",
                file=ctx.out,
            )
        elif action == "unlock":
            users.unlock(session, actor, name)
            print(f"{name} is unlocked.", file=ctx.out)
    return 0


def cmd_teams(ctx: CliContext) -> int:
    actor = ctx.login()
    with ctx.session() as session:
        if ctx.args.action == "create":
            if not ctx.args.name:
                raise UsageError("teams create needs a team name")
            users.create_team(session, actor, ctx.args.name, ctx.args.municipality)
            print(f"Created the team {ctx.args.name}.", file=ctx.out)
            return 0
        rows = users.list_teams(session, actor)
    emit(
        ctx,
        [
            {
                "name": t.name,
                "municipality": t.municipality,
                "active": t.active,
                "members": t.members,
            }
            for t in rows
        ],
        ctx.args.format,
        ("name", "municipality", "active", "members"),
    )
    return 0


def cmd_retention(ctx: CliContext) -> int:
    actor = ctx.login()
    with ctx.session() as session:
        if ctx.args.anonymise:
            done = retention.anonymise(
                session, actor, list(ctx.args.anonymise), reason="retention", confirmed=ctx.args.yes
            )
            print(f"Anonymised {len(done)} cases: {', '.join(done)}.", file=ctx.out)
            return 0
        rows = retention.review(session, actor, ctx.args.months)
    emit(
        ctx,
        [
            {
                "reference": r.reference,
                "name": r.name,
                "closed_on": r.closed_on.isoformat(),
                "closed_reason": r.closed_reason,
                "team": r.team,
            }
            for r in rows
        ],
        ctx.args.format,
        ("reference", "name", "closed_on", "closed_reason", "team"),
        empty_message="No closed case is past the retention period.",
    )
    return 0


def cmd_erase(ctx: CliContext) -> int:
    actor = ctx.login()
    with ctx.session() as session:
        retention.anonymise(
            session, actor, [ctx.args.reference], reason="erasure_request", confirmed=ctx.args.yes
        )
    print(f"Anonymised {ctx.args.reference} (erasure request).", file=ctx.out)
    return 0


def cmd_audit(ctx: CliContext) -> int:
    actor = ctx.login()
    flt = audit_query.AuditFilter(
        case_reference=ctx.args.case,
        username=ctx.args.for_user,
        action=ctx.args.action,
        since=ctx.args.since,
        until=ctx.args.until,
        limit=ctx.args.limit,
    )
    with ctx.session() as session:
        rows = audit_query.query(session, actor, flt)
    emit(
        ctx,
        [r.as_record() for r in rows],
        ctx.args.format,
        audit_query.CSV_COLUMNS,
        [("id", "#"), ("at", "When"), ("user", "User"), ("action", "Action"), ("case", "Case")],
        "No audit entries match.",
    )
    return 0
