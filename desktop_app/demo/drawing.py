"""Drawing the demo's cases a batch at a time, here or in a process of its own.

A large demo's time goes half to drawing the cases (Python, one case after the
other from the seed's generator) and half to storing their rows. Threads cannot
share that out (the drawing holds Python's lock), so from `PARALLEL_FROM` cases
on a fresh process draws the batches and hands each one over as plain tuples,
and this process stores it while the next one is drawn. Either way the same
batches come out, in the same order, for a seed.
"""

from __future__ import annotations

import multiprocessing
import random
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from multiprocessing.connection import Connection
from typing import Any

from desktop_app.db import models as m
from desktop_app.db import transition_copies
from desktop_app.db.bulk import row_values
from desktop_app.demo.case import DEFAULT_RULES, add_case
from desktop_app.demo.context import DemoStock
from desktop_app.demo.history import date_past_outcome
from desktop_app.demo.organisation import Organisation
from desktop_app.demo.rows import INSERT_ORDER
from desktop_app.domain.transitions import TransitionRules
from desktop_app.services.transitions import derivation

BATCH = 5000
# From this many cases on a process of its own draws them: starting one takes about a second.
PARALLEL_FROM = 10_000
# The first cases are written by hand (see `situations.SCENARIOS`): `worker` gets the first
# eight, `worker2` the next four, so every risk level shows on their screens.
WORKER_CASES = 8
HAND_MADE_CASES = 12

# The dates of a transition row, handed on as the driver takes them (`DemoStock.as_driver`).
_TRANSITION_DATES = ("due_date", "housing_began", "resolved_on", "created_on")

# One batch's rows, parents first: (table name, column names, each row's values).
Batch = list[tuple[str, tuple[str, ...], list[tuple[Any, ...]]]]


@dataclass
class DemoPlan:
    """Everything the cases are drawn from, once the organisation and the housing exist
    (plain data, so a drawing process can be handed it)."""

    cases: int
    batch: int  # cases a batch
    rng: random.Random  # the seed's generator, as the organisation and housing left it
    history: random.Random  # the past transitions' outcomes
    stock: DemoStock
    organisation: Organisation
    first_id: int
    rules: TransitionRules
    templates: Mapping[str, Any]
    today: date
    now: datetime


def batches(plan: DemoPlan) -> Iterator[tuple[int, Batch]]:
    """Each batch of the demo's rows with the number of cases drawn so far."""
    if plan.cases < PARALLEL_FROM:
        yield from draw_batches(plan)
        return
    # A fresh process (not a fork of one that may hold threads and a database connection).
    context = multiprocessing.get_context("spawn")
    receiving, sending = context.Pipe(duplex=False)
    process = context.Process(
        target=_draw_into, args=(plan, sending), name="homeward-demo-drawing", daemon=True
    )
    process.start()
    sending.close()
    try:
        while True:
            try:
                message = receiving.recv()
            except EOFError:
                raise RuntimeError("the demo's drawing process stopped unexpectedly") from None
            if message is None:
                return
            if isinstance(message, BaseException):
                raise message
            yield message
    finally:
        # Also when the caller stops early (cancelled, a failed write): the drawing stops too.
        receiving.close()
        if process.is_alive():
            process.terminate()
        process.join()


def _draw_into(plan: DemoPlan, sending: Connection) -> None:
    """In the drawing process: send every batch, then None (or the error that stopped it)."""
    try:
        for item in draw_batches(plan):
            sending.send(item)
        sending.send(None)
    except (BrokenPipeError, EOFError):
        pass  # the writing process stopped reading: nothing more to do
    except Exception as error:  # noqa: BLE001 — raised again in the writing process
        sending.send(error)
    finally:
        sending.close()


def draw_batches(plan: DemoPlan) -> Iterator[tuple[int, Batch]]:
    """Draw the cases in order, a batch at a time."""
    organisation, stock, rng = plan.organisation, plan.stock, plan.rng
    team_ids = organisation.team_ids
    for n in range(plan.cases):
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
            plan.today,
            plan.now,
            plan.first_id + n,
            n if hand_made else None,
            team_id,
            organisation.municipalities[team_id],
            primary,
            organisation.workers_by_team[team_id],
        )
        if (n + 1) % plan.batch == 0 or n + 1 == plan.cases:
            yield n + 1, _finish_batch(plan)


def _finish_batch(plan: DemoPlan) -> Batch:
    """Create the batch's transitions (the past ones with their outcomes), give each case its
    next one; returns every row of the batch, to be written."""
    stock, rules, today = plan.stock, plan.rules, plan.today
    rows, d = stock.rows, stock.as_driver
    next_by_case: dict[int, dict[str, Any]] = {}
    cases = {row["id"]: row for row in rows.by_model.get(m.Case, [])}
    workers = {cid: row["primary_worker_id"] for cid, row in cases.items()}
    municipality = {
        row["case_id"]: row["municipality"]
        for row in rows.by_model.get(m.Placement, [])
        if row["end_date"] is None
    }
    # Made from what each record implies under the default rules, when those are the rules.
    reuse = rules == DEFAULT_RULES
    for cid, case_inputs in stock.inputs.items():
        new_rows, nxt = derivation.new_case_rows(
            cid, case_inputs, rules, plan.templates, today, stock.implied[cid] if reuse else None
        )
        for row in new_rows:
            if case_inputs.facts.created_on is not None and case_inputs.facts.created_on < today:
                date_past_outcome(row, plan.history, today, workers.get(cid))
            row.update(transition_copies.copied_values(cases[cid], municipality.get(cid)))
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
        for row in new_rows:
            for key in _TRANSITION_DATES:
                row[key] = d(row[key])
            rows.add(m.Transition, row)
    for row in rows.by_model.get(m.Case, []):
        row.update(next_by_case[row["id"]])
        row["next_due_date"] = d(row["next_due_date"])
    stock.inputs.clear()
    stock.implied.clear()
    by_model = rows.take()
    batch: Batch = []
    for model in INSERT_ORDER:
        if by_model.get(model):
            table = model.__table__.name  # type: ignore[attr-defined]
            batch.append((table, *row_values(table, by_model[model])))  # in the driver's terms
    return batch
