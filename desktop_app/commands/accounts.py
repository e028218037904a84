"""password, users, teams: changing one's own password, and the accounts and teams an
administrator manages."""

from __future__ import annotations

import os
from typing import Any

from desktop_app.commands.common import CliContext, UsageError, add_format, emit
from desktop_app.services.errors import HomewardError
from desktop_app.services.trust import auth, users


def register(sub: Any, common: Any) -> None:
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
