"""Drawing the demo's cases a batch at a time, here or in processes of their own.

A large demo's time goes mostly to drawing the cases (Python) and then to storing
their rows. Threads cannot share that out (the drawing holds Python's lock), so
from `PARALLEL_FROM` cases on processes of their own draw the batches — two of
them on a machine with two cores or more, each taking every other batch — and
hand each one over as plain tuples, while this process stores them in order.

So that a batch can be drawn without the ones before it, each draws from a
generator of its own, seeded from the demo's seed and the batch's number (the
first batch from the seed's own generator, as the organisation and housing
left it: a demo of up to `BATCH` cases is what it always was), and numbers the
rows it refers to from a block of ids of its own (`_first_ids`). However the
batches are shared out, and here or apart, a seed gives the same demo.
"""

from __future__ import annotations

import multiprocessing
import os
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
from desktop_app.demo.draws import DemoRandom
from desktop_app.demo.history import date_past_outcome
from desktop_app.demo.organisation import Organisation
from desktop_app.demo.rows import INSERT_ORDER
from desktop_app.domain.transitions import TransitionRules
from desktop_app.services.transitions import derivation

BATCH = 5000
# From this many cases on processes of their own draw them: starting one takes about a second.
PARALLEL_FROM = 10_000
# Processes drawing at once (fewer on a machine with fewer cores): with the one storing
# the rows, two keep two cores busy; a third would only wait for the storing.
DRAWERS = 2
# The first cases are written by hand (see `situations.SCENARIOS`): `worker` gets the first
# eight, `worker2` the next four, so every risk level shows on their screens.
WORKER_CASES = 8
HAND_MADE_CASES = 12
# The most rows of these a case refers to: a batch numbers its own from a block this many
# times its size (a status decision a case; a placement and perhaps reception before it; an
# offer and perhaps an earlier, ended tenancy; a unit of its own for a tenancy).
_DECISIONS, _PLACEMENTS, _OFFERS, _TENANCY_UNITS = 1, 2, 2, 1

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
    seed: int
    rng: random.Random  # the seed's generator, as the organisation and housing left it
    history: random.Random  # the past transitions' outcomes
    stock: DemoStock
    organisation: Organisation
    first_id: int  # of the cases
    # The first free id of the rows the cases refer to: decisions, placements, offers, units.
    first_ids: dict[type, int]
    rules: TransitionRules
    templates: Mapping[str, Any]
    today: date
    now: datetime

    @property
    def batch_count(self) -> int:
        return -(-self.cases // self.batch)


def batches(plan: DemoPlan) -> Iterator[tuple[int, Batch]]:
    """Each batch of the demo's rows, in order, with the number of cases drawn so far."""
    drawers = min(DRAWERS, _cores(), plan.batch_count)
    if plan.cases < PARALLEL_FROM or drawers < 1:
        yield from draw_batches(plan)
        return
    # Fresh processes (not forks of one that may hold threads and a database connection).
    context = multiprocessing.get_context("spawn")
    pipes: list[Connection] = []
    processes = []
    try:
        for first in range(drawers):
            receiving, sending = context.Pipe(duplex=False)
            process = context.Process(
                target=_draw_into,
                args=(plan, first, drawers, sending),
                name=f"homeward-demo-drawing-{first + 1}",
                daemon=True,
            )
            process.start()
            sending.close()
            pipes.append(receiving)
            processes.append(process)
        for number in range(plan.batch_count):
            # A drawer is at most a batch ahead: it waits while its pipe is full.
            try:
                message = pipes[number % drawers].recv()
            except EOFError:
                raise RuntimeError("the demo's drawing process stopped unexpectedly") from None
            if isinstance(message, BaseException):
                raise message
            yield message
    finally:
        # Also when the caller stops early (cancelled, a failed write): the drawing stops too.
        for receiving in pipes:
            receiving.close()
        for process in processes:
            if process.is_alive():
                process.terminate()
            process.join()


def _cores() -> int:
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _draw_into(plan: DemoPlan, first: int, step: int, sending: Connection) -> None:
    """In a drawing process: send batches `first`, `first + step`, … (or the error that
    stopped it)."""
    try:
        for number in range(first, plan.batch_count, step):
            sending.send(draw_batch(plan, number))
    except (BrokenPipeError, EOFError):
        pass  # the writing process stopped reading: nothing more to do
    except Exception as error:  # noqa: BLE001 — raised again in the writing process
        sending.send(error)
    finally:
        sending.close()


def draw_batches(plan: DemoPlan) -> Iterator[tuple[int, Batch]]:
    """Draw every batch in order, here."""
    for number in range(plan.batch_count):
        yield draw_batch(plan, number)


def draw_batch(plan: DemoPlan, number: int) -> tuple[int, Batch]:
    """Draw batch `number`: its rows, and the number of cases drawn with it."""
    organisation, stock = plan.organisation, plan.stock
    first_case = number * plan.batch
    cases = range(first_case, min(first_case + plan.batch, plan.cases))
    if number == 0:
        rng, history = plan.rng, plan.history
    else:
        rng = DemoRandom(f"homeward demo {plan.seed}, batch {number}")
        history = DemoRandom(f"homeward demo {plan.seed}, batch {number}, history")
    ids = _first_ids(plan, number)
    stock.rows.next_ids[m.LegalDecision] = ids[m.LegalDecision]
    stock.rows.next_ids[m.Placement] = ids[m.Placement]
    stock.next_offer_id = ids[m.HousingOffer]
    stock.housing.tenancy.next_id = ids[m.HousingUnit]
    team_ids = organisation.team_ids
    for n in cases:
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
    return cases.stop, _finish_batch(plan, history)


def _first_ids(plan: DemoPlan, number: int) -> dict[type, int]:
    """The first id of each kind of row batch `number` numbers itself. The ids of a demo
    drawn in one batch follow on without a gap; a larger one's leave the unused rest of
    each batch's block."""
    first, ids = number * plan.batch, plan.first_ids
    return {
        m.LegalDecision: ids[m.LegalDecision] + first * _DECISIONS,
        m.Placement: ids[m.Placement] + first * _PLACEMENTS,
        m.HousingOffer: ids[m.HousingOffer] + first * _OFFERS,
        m.HousingUnit: ids[m.HousingUnit] + first * _TENANCY_UNITS,
    }


def _finish_batch(plan: DemoPlan, history: random.Random) -> Batch:
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
        copies = transition_copies.copied_values(cases[cid], municipality.get(cid))
        for row in new_rows:
            if case_inputs.facts.created_on is not None and case_inputs.facts.created_on < today:
                date_past_outcome(row, history, today, workers.get(cid))
            row.update(copies)
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
