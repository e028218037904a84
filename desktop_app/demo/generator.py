"""Creating a demo database: realistic, synthetic, deterministic for a seed, and quick for
100,000 cases.

Rows are built in memory and written with bulk inserts in batches of 5,000
cases; each batch's transitions are created from the same in-memory facts
with the domain rules, as the services would create them, and the past ones
given the outcomes a service's history would hold (`history`).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

from desktop_app.db import models as m
from desktop_app.db.bulk import indexes_set_aside
from desktop_app.db.engine import advance_id_sequences, refresh_statistics
from desktop_app.demo.case import DEFAULT_RULES, add_case
from desktop_app.demo.context import DemoRandom, DemoStock
from desktop_app.demo.history import date_past_outcome
from desktop_app.demo.housing import create_housing_stock
from desktop_app.demo.names import ORIGINS
from desktop_app.demo.organisation import (
    create_language_courses,
    create_organisation,
    create_programmes,
)
from desktop_app.demo.rows import INSERT_ORDER, Rows, write_rows
from desktop_app.domain.i18n import message as _
from desktop_app.domain.transitions import TransitionRules
from desktop_app.services import clock, settings
from desktop_app.services.actor import SYSTEM
from desktop_app.services.errors import HomewardError
from desktop_app.services.transitions import derivation
from desktop_app.services.trust import audit

BATCH = 5000
# The first cases are written by hand (see `situations.SCENARIOS`): `worker` gets the first
# eight, `worker2` the next four, so every risk level shows on their screens.
WORKER_CASES = 8
HAND_MADE_CASES = 12


@dataclass(frozen=True)
class DemoSummary:
    cases: int
    users: tuple[str, ...]
    teams: tuple[str, ...]
    units: int


def create_demo(
    session: Session,
    cases: int,
    seed: int = 1,
    progress: Callable[[int, int], None] | None = None,
) -> DemoSummary:
    """Fill an empty, migrated database with demo teams, users, housing and `cases` cases."""
    if cases < 0:
        raise HomewardError(_("The number of cases must be 0 or more."))
    if session.scalar(select(func.count()).select_from(m.User)):
        raise HomewardError(
            _("This database already holds users; a demo is only created in a new database.")
        )
    rng = DemoRandom(seed)
    today = clock.today()
    now = clock.now()
    settings.put(session, "demo", True)
    settings.put(session, "organisation_name", "Homeward Demo — Youth Transitions Service")
    organisation = create_organisation(session)
    housing = create_housing_stock(session, rng, today, max(30, min(5000, cases // 20 + 30)))
    create_programmes(session, today)
    stock = DemoStock(
        rows=Rows(),
        origins=list(ORIGINS),
        origin_weights=[weight for weight, *_rest in ORIGINS.values()],
        housing=housing,
        course_ids=create_language_courses(session, today),
        next_offer_id=(session.scalar(select(func.max(m.HousingOffer.id))) or 0) + 1,
    )
    first_id = (session.scalar(select(func.max(m.Case.id))) or 0) + 1
    team_ids = organisation.team_ids
    stock.rows.start_ids(session, (m.LegalDecision, m.Placement))
    rules = settings.transition_rules(session)
    templates = settings.checklist_templates(session)
    history = DemoRandom(seed + 1)
    # The rows of one batch are written on a thread of their own while the next batch is
    # drawn; the indexes of the (new, empty) tables are built once, after the last batch.
    tables = [model.__table__ for model in INSERT_ORDER]  # type: ignore[attr-defined]
    with (
        indexes_set_aside(session.connection(), tables),
        _BatchWriter(session.connection()) as writer,
    ):
        for n in range(cases):
            hand_made = n < HAND_MADE_CASES
            if hand_made:
                team_id = team_ids[0 if n < WORKER_CASES else 1]
                primary = organisation.users["worker" if n < WORKER_CASES else "worker2"]
            else:
                team_id = team_ids[n % len(team_ids)]
                primary = rng.choice(organisation.workers_by_team[team_id])
            add_case(
                stock,
                rng,
                today,
                now,
                first_id + n,
                n if hand_made else None,
                team_id,
                organisation.municipalities[team_id],
                primary,
                organisation.workers_by_team[team_id],
            )
            if (n + 1) % BATCH == 0 or n + 1 == cases:
                writer.write(_finish_batch(stock, rules, templates, today, history))
                if progress:
                    progress(n + 1, cases)
    settings.put(session, "derived_as_of", today.isoformat())
    settings.put(session, "transition_records_version", derivation.RECORDS_VERSION)
    # The cases, offers and units went in with ids of their own.
    advance_id_sequences(session.connection())
    refresh_statistics(session.connection())
    audit.record(session, SYSTEM, "demo_created", detail={"cases": cases, "seed": seed})
    return DemoSummary(
        cases=cases,
        users=tuple(organisation.users),
        teams=organisation.team_names,
        units=session.scalar(select(func.count()).select_from(m.HousingUnit)) or 0,
    )


class _BatchWriter:
    """Writes one batch of rows at a time on a background thread (the connection is used by
    that thread alone until the writer is left)."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="homeward-demo-writer")
        self._pending: Future[None] | None = None

    def __enter__(self) -> _BatchWriter:
        return self

    def write(self, by_model: dict[type, list[dict[str, Any]]]) -> None:
        self._wait()
        self._pending = self._pool.submit(write_rows, self._connection, by_model)

    def _wait(self) -> None:
        if self._pending is not None:
            pending, self._pending = self._pending, None
            pending.result()  # a failed write is raised here

    def __exit__(self, *exc_info: object) -> None:
        try:
            if exc_info[0] is None:
                self._wait()
        finally:
            self._pool.shutdown(wait=True)


def _finish_batch(
    stock: DemoStock,
    rules: TransitionRules,
    templates: Mapping[str, Any],
    today: date,
    history: random.Random,
) -> dict[type, list[dict[str, Any]]]:
    """Create the batch's transitions (the past ones with their outcomes), give each case its
    next one; returns every row of the batch, to be written."""
    rows = stock.rows
    next_by_case: dict[int, dict[str, Any]] = {}
    workers = {row["id"]: row["primary_worker_id"] for row in rows.by_model.get(m.Case, [])}
    # Made from what each record implies under the default rules, when those are the rules.
    reuse = rules == DEFAULT_RULES
    for cid, case_inputs in stock.inputs.items():
        new_rows, nxt = derivation.new_case_rows(
            cid, case_inputs, rules, templates, today, stock.implied[cid] if reuse else None
        )
        for row in new_rows:
            if case_inputs.facts.created_on is not None and case_inputs.facts.created_on < today:
                date_past_outcome(row, history, today, workers.get(cid))
            rows.add(m.Transition, row)
        candidates = [
            derivation.NextTransition(
                r["kind"], r["due_date"], r["readiness"], r["housing_secured"], r["uncertain"]
            )
            for r in new_rows
            if r["status"] == "open"
        ]
        next_by_case[cid] = derivation.next_values(
            derivation.pick_next(candidates, today, rules) if nxt is not None else None
        )
    for row in rows.by_model.get(m.Case, []):
        row.update(next_by_case[row["id"]])
    stock.inputs.clear()
    stock.implied.clear()
    return rows.take()
