"""What the steps of one demo case share: the stock every case draws from, and the case being
drawn."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from desktop_app.demo.housing import HousingStock
from desktop_app.demo.rows import Rows
from desktop_app.demo.situations import Situation
from desktop_app.domain.transitions import ImpliedTransition
from desktop_app.services.transitions import derivation


class Days(dict[int, Any]):
    """The days counted from today as the rows hold them (`DemoStock.as_driver`), each made
    once: `days[-30]` is the day a month ago. The demo dates millions of rows within a few
    years of today."""

    def __init__(self, today: date, as_driver: Callable[[Any], Any]) -> None:
        super().__init__()
        self.today, self.as_driver = today, as_driver

    def __missing__(self, offset: int) -> Any:
        value = self[offset] = self.as_driver(self.today + timedelta(days=offset))
        return value


@dataclass
class DemoStock:
    """What every case draws from, and where its rows go."""

    rows: Rows
    origins: list[str]
    origin_cum_weights: tuple[int, ...]  # `draws.cumulative` of each origin's weight
    housing: HousingStock
    course_ids: list[int]
    next_offer_id: int
    # A date or datetime as the rows hold it: what the database's driver is given
    # (`bulk.driver_dates`), so the writer hands the rows on as they are.
    as_driver: Callable[[Any], Any]
    days: Days  # counted from today, as the rows hold them
    # The rule inputs of each case of the current batch, to derive its transitions.
    inputs: dict[int, derivation.CaseInputs] = field(default_factory=dict)
    # What each case's record implies under the default rules (`implied_by`), in order.
    implied: dict[int, list[ImpliedTransition]] = field(default_factory=dict)


@dataclass(slots=True)
class DemoCase:
    """One made-up young person while their rows are drawn: what the later steps read."""

    cid: int
    rng: random.Random
    today: date
    now: datetime
    scenario: int | None  # the hand-made first cases
    situation: Situation
    team_id: int
    municipalities: Sequence[str]  # the ones the team serves
    primary: int
    workers: Sequence[int]
    birth18: date
    date_of_birth: date  # as recorded: the 1st of the month or of January when imprecise
    status: str
    arrival: date
    municipality: str  # where the young person would like to live
    # Opened when the young person arrived, so the record has a history; the hand-made
    # scenarios are opened today, so they show only what they were made to show.
    opened: datetime
    as_driver: Callable[[Any], Any]  # `DemoStock.as_driver`: a date as the rows hold it
    day: Callable[[int], Any]  # `DemoStock.days`: a day counted from today, as rows hold it
