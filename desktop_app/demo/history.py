"""What became of the demo's past transitions: the record's history, dated as the rules and the
workers would have dated it."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from desktop_app.demo.draws import cumulative, weighted

# What became of the transitions of the demo's history that passed without housing: most
# have their outcome recorded by the worker; some of the last months' still wait for it (the
# board and My day show them). Workers catch up: nothing older than this waits.
STILL_WAITING_DAYS = 120
PAST_OUTCOMES = (
    ("housed_late", 34),
    ("stayed_in_care", 24),
    ("moved_elsewhere", 14),
    ("no_housing", 7),
    ("lost_contact", 5),
    (None, 16),
)
_OUTCOMES = tuple(o for o, _w in PAST_OUTCOMES)
_OUTCOMES_CUM = cumulative([w for _o, w in PAST_OUTCOMES])
_RECORDED = tuple(o for o, _w in PAST_OUTCOMES if o is not None)
_RECORDED_CUM = cumulative([w for o, w in PAST_OUTCOMES if o is not None])
RECEIVING = ("Aarhus Kommune", "Vejle Kommune", "Odense Kommune", "After-care service Kompasset")


def date_past_outcome(
    row: dict[str, Any], rng: random.Random, today: date, worker_id: int | None
) -> None:
    """Date the demo's history: what was housed on time resolved itself the next day; most past,
    unhoused transitions have the outcome their worker recorded, every one older than
    `STILL_WAITING_DAYS`."""
    due = row["due_date"]
    if row["outcome"] == "housed_on_time":
        row["resolved_on"] = due + timedelta(days=1)  # the rules saw it the next day
        return
    if row["status"] != "open" or due >= today - timedelta(days=14):
        return
    outcome = weighted(rng, _OUTCOMES, _OUTCOMES_CUM)
    if outcome is None and due < today - timedelta(days=STILL_WAITING_DAYS):
        outcome = weighted(rng, _RECORDED, _RECORDED_CUM)
    if outcome is None:
        return
    resolved_on = min(today, due + timedelta(days=rng.randint(1, 45)))
    began = None
    if outcome == "housed_late":
        began = min(resolved_on, due + timedelta(days=rng.randint(1, 40)))
    row.update(
        status="resolved",
        outcome=outcome,
        outcome_note=rng.choice(RECEIVING) if outcome == "moved_elsewhere" else None,
        housing_began=began,
        resolved_on=resolved_on,
        resolved_by_id=worker_id,
        resolved_automatically=False,
    )
