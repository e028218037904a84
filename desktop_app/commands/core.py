"""init, demo, cases, transitions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from desktop_app.commands.common import (
    DAYS_AHEAD,
    DEMO_CASES,
    CliContext,
    UsageError,
    add_format,
    emit,
)
from desktop_app.db.models import Case, User
from desktop_app.services import auth, caseload, demo, transitions
from desktop_app.services.actor import SYSTEM, Role
from desktop_app.services.errors import HomewardError

CASE_COLUMNS = (
    "reference",
    "name",
    "date_of_birth",
    "age",
    "next_transition",
    "due_date",
    "risk",
    "primary_worker",
)
TRANSITION_COLUMNS = (
    "reference",
    "name",
    "kind",
    "due_date",
    "days_left",
    "uncertain",
    "readiness",
    "risk",
    "missing",
    "primary_worker",
)


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

    p = sub.add_parser("cases", parents=[common], help="the caseload you may see")
    p.add_argument(
        "--search",
        default="",
        metavar="TEXT",
        help="names or reference; other spellings and accents tolerated",
    )
    p.add_argument("--team", metavar="T", help="only this team")
    p.add_argument(
        "--risk",
        choices=["red", "amber", "green"],
        help="only cases whose next transition has this risk",
    )
    p.add_argument(
        "--scope",
        choices=["mine", "team", "all"],
        default="all",
        help="whose cases (default: all you may see)",
    )
    p.add_argument(
        "--within",
        type=DAYS_AHEAD,
        metavar="DAYS",
        help="next transition due within DAYS days (0 to 3650)",
    )
    p.add_argument("--include-closed", action="store_true", help="also closed cases")
    add_format(p)
    p.set_defaults(handler=cmd_cases)

    p = sub.add_parser(
        "transitions", parents=[common], help="upcoming transitions with readiness and risk"
    )
    p.add_argument(
        "--within",
        type=DAYS_AHEAD,
        default=90,
        metavar="DAYS",
        help="due within DAYS days, 0 to 3650 (default 90); overdue ones are included",
    )
    p.add_argument("--team", metavar="T", help="only this team")
    p.add_argument("--risk", choices=["red", "amber", "green"], help="only this risk")
    p.add_argument(
        "--kind", choices=[k.value for k in transitions.TransitionKind], help="only this kind"
    )
    add_format(p)
    p.set_defaults(handler=cmd_transitions)


def cmd_init(ctx: CliContext) -> int:
    db = ctx.database(create=True)
    with db.session() as session:
        existing = session.scalar(select(func.count()).select_from(User))
        if existing:
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
        if session.scalar(select(func.count()).select_from(Case)) or session.scalar(
            select(func.count()).select_from(User)
        ):
            raise HomewardError(
                f"{db.label} already holds data; a demo is created only in a new database file."
            )
        summary = demo.create_demo(session, ctx.args.cases, ctx.args.seed)
    print(
        f"Created demo database {db.label}: {summary.cases} cases, teams {', '.join(summary.teams)}, "
        f"{summary.units} housing units. Demo users: {', '.join(summary.users)} (password: demo).",
        file=ctx.out,
    )
    return 0


def caseload_filter(args: Any) -> caseload.CaseloadFilter:
    """The caseload filter of `cases` (and of `export cases`, which takes the same options)."""
    search = args.search or ""
    return caseload.CaseloadFilter(
        scope=caseload.Scope(args.scope),
        search=search,
        risks=(args.risk,) if args.risk else (),
        due_within_days=args.within,
        team=args.team,
        include_closed=args.include_closed,
        sort=caseload.SortKey.RELEVANCE if search.strip() else caseload.SortKey.DUE_DATE,
    )


def cmd_cases(ctx: CliContext) -> int:
    actor = ctx.login()
    flt = caseload_filter(ctx.args)
    with ctx.session() as session:
        found = caseload.list_cases(session, actor, flt)
    records = [row.as_contract() for row in found]
    emit(
        ctx,
        records,
        ctx.args.format,
        CASE_COLUMNS,
        [
            ("reference", "Reference"),
            ("name", "Name"),
            ("age", "Age"),
            ("next_transition", "Next transition"),
            ("due_date", "Due"),
            ("days_left", "Days"),
            ("readiness", "Ready %"),
            ("risk", "Risk"),
            ("primary_worker", "Worker"),
        ],
        "No cases match.",
    )
    return 0


def cmd_transitions(ctx: CliContext) -> int:
    if ctx.args.within is None:
        raise UsageError("--within DAYS is required")
    actor = ctx.login()
    with ctx.session() as session:
        found = transitions.upcoming(
            session,
            actor,
            ctx.args.within,
            team=ctx.args.team,
            risks=(ctx.args.risk,) if ctx.args.risk else None,
            kinds=(ctx.args.kind,) if ctx.args.kind else None,
        )
    records = [row.as_contract() for row in found]
    emit(
        ctx,
        records,
        ctx.args.format,
        TRANSITION_COLUMNS,
        [
            ("reference", "Reference"),
            ("name", "Name"),
            ("kind", "Transition"),
            ("due_date", "Due"),
            ("days_left", "Days"),
            ("readiness", "Ready %"),
            ("risk", "Risk"),
            ("primary_worker", "Worker"),
            ("missing", "Missing"),
        ],
        "No transitions in this period.",
    )
    return 0
