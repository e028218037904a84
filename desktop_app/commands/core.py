"""init, demo, cases, transitions, and recording what became of a transition."""

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
    date_arg,
    emit,
)
from desktop_app.db.models import Case, User
from desktop_app.domain.transition_records import WORKER_OUTCOMES, OutcomeEntry
from desktop_app.services import auth, caseload, demo, transition_outcomes, transitions
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
    "status",
    "outcome",
)
RESOLVED_COLUMNS = (*TRANSITION_COLUMNS, "resolved_on", "outcome_note", "housing_began")


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
    p.add_argument(
        "--overdue",
        action="store_true",
        help="only the overdue ones, which need their outcome recorded",
    )
    p.add_argument(
        "--resolved-since",
        type=date_arg,
        metavar="DATE",
        help="instead, the transitions resolved since DATE, with their outcomes",
    )
    add_format(p)
    p.set_defaults(handler=cmd_transitions)

    kinds = [k.value for k in transitions.TransitionKind]
    p = sub.add_parser(
        "record-outcome",
        parents=[common],
        help="record what became of a transition (an overdue one, or one that no longer applies)",
    )
    p.add_argument("reference", metavar="REF", help="the case reference")
    p.add_argument("kind", choices=kinds, metavar="KIND", help=f"one of {', '.join(kinds)}")
    p.add_argument(
        "outcome",
        choices=[o.value for o in WORKER_OUTCOMES],
        metavar="OUTCOME",
        help=f"one of {', '.join(o.value for o in WORKER_OUTCOMES)}",
    )
    p.add_argument(
        "--due", type=date_arg, metavar="DATE", help="its due date, when the case has several"
    )
    p.add_argument(
        "--housing-began", type=date_arg, metavar="DATE", help="housed_late: the date housing began"
    )
    p.add_argument(
        "--receiving", metavar="TEXT", help="moved_elsewhere: the receiving service or municipality"
    )
    p.add_argument("--reason", metavar="TEXT", help="no_longer_applies: why")
    p.set_defaults(handler=cmd_record_outcome)

    p = sub.add_parser(
        "reopen-transition",
        parents=[common],
        help="take back a transition's outcome recorded in error",
    )
    p.add_argument("reference", metavar="REF", help="the case reference")
    p.add_argument("kind", choices=kinds, metavar="KIND", help=f"one of {', '.join(kinds)}")
    p.add_argument(
        "--due", type=date_arg, metavar="DATE", help="its due date, when the case has several"
    )
    p.add_argument("--reason", required=True, metavar="TEXT", help="why the outcome is taken back")
    p.set_defaults(handler=cmd_reopen_transition)


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
        if ctx.args.resolved_since is not None:
            found = transitions.resolved_since(
                session, actor, ctx.args.resolved_since, team=ctx.args.team
            )
            found = [
                row
                for row in found
                if (not ctx.args.kind or row.kind == ctx.args.kind)
                and (not ctx.args.risk or row.risk == ctx.args.risk)
            ]
        else:
            found = transitions.upcoming(
                session,
                actor,
                ctx.args.within,
                team=ctx.args.team,
                risks=(ctx.args.risk,) if ctx.args.risk else None,
                kinds=(ctx.args.kind,) if ctx.args.kind else None,
                overdue_only=ctx.args.overdue,
            )
    records = [row.as_contract() for row in found]
    resolved = ctx.args.resolved_since is not None
    emit(
        ctx,
        records,
        ctx.args.format,
        RESOLVED_COLUMNS if resolved else TRANSITION_COLUMNS,
        [
            ("reference", "Reference"),
            ("name", "Name"),
            ("kind", "Transition"),
            ("due_date", "Due"),
            *(
                [("outcome", "Outcome"), ("resolved_on", "Resolved")]
                if resolved
                else [
                    ("days_left", "Days"),
                    ("readiness", "Ready %"),
                    ("risk", "Risk"),
                ]
            ),
            ("primary_worker", "Worker"),
            ("outcome_note" if resolved else "missing", "Note" if resolved else "Missing"),
        ],
        "No transitions were resolved since then."
        if resolved
        else "No transitions in this period.",
    )
    return 0


def cmd_record_outcome(ctx: CliContext) -> int:
    actor = ctx.login()
    args = ctx.args
    with ctx.session() as session:
        transition_id = transition_outcomes.find_transition(
            session, actor, args.reference, args.kind, args.due
        )
        row = transition_outcomes.record_outcome(
            session,
            actor,
            transition_id,
            OutcomeEntry(args.outcome, args.housing_began, args.receiving, args.reason),
        )
    print(
        f"{row.reference}: {row.kind} due {row.due_date.isoformat()} resolved as {row.outcome}.",
        file=ctx.out,
    )
    return 0


def cmd_reopen_transition(ctx: CliContext) -> int:
    actor = ctx.login()
    args = ctx.args
    with ctx.session() as session:
        transition_id = transition_outcomes.find_transition(
            session, actor, args.reference, args.kind, args.due, open_only=False
        )
        row = transition_outcomes.reopen(session, actor, transition_id, args.reason)
    state = f"resolved again as {row.outcome}" if row.outcome else "open again"
    print(f"{row.reference}: {row.kind} due {row.due_date.isoformat()} is {state}.", file=ctx.out)
    return 0
