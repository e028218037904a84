"""Rows waiting for a bulk insert: a demo is built in memory and written in large batches."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

from desktop_app.db import models as m
from desktop_app.db.bulk import insert_values

# Parents before children, so every foreign key finds its row.
INSERT_ORDER: tuple[type, ...] = (
    m.Case,
    m.CaseSearchToken,
    m.AgeAssessment,
    m.LegalDecision,
    m.Placement,
    m.WorkerAssignment,
    m.HousingUnit,
    m.HousingOffer,
    m.HousingOfferEvent,
    m.SupportInstrument,
    m.ChecklistItemState,
    m.CourseEnrolment,
    m.EmploymentSupport,
    m.CaseMove,
    m.LifePlanGoal,
    m.Note,
    m.Task,
    m.Contact,
    m.BelongingCheckin,
    m.CommunityActivity,
    m.ConsentRecord,
    m.Transition,
)


@dataclass
class Rows:
    """Rows waiting for a bulk insert, by model."""

    by_model: dict[type, list[dict[str, Any]]] = field(default_factory=dict)
    # The next id of the models whose rows are referred to before they are written.
    next_ids: dict[type, int] = field(default_factory=dict)

    def start_ids(self, session: Session, models: Sequence[type]) -> None:
        for model in models:
            self.next_ids[model] = (session.scalar(select(func.max(model.id))) or 0) + 1  # type: ignore[attr-defined]

    def add(self, model: type, row: dict[str, Any]) -> int | None:
        """Queue a row; a model with an id counter gets its id here, which is returned."""
        next_id = self.next_ids.get(model)
        if next_id is not None and "id" not in row:
            row["id"] = next_id
            self.next_ids[model] = next_id + 1
        queued = self.by_model.get(model)
        if queued is None:
            self.by_model[model] = queued = []
        queued.append(row)
        return row.get("id")

    def queue(self, model: type) -> list[dict[str, Any]]:
        """The list a model's rows wait in, to append to directly (models without an id
        counter: a row that needs its id goes through `add`)."""
        assert model not in self.next_ids
        return self.by_model.setdefault(model, [])

    def take(self) -> dict[type, list[dict[str, Any]]]:
        """The rows queued so far, handed over for writing (the ids keep counting on)."""
        taken, self.by_model = self.by_model, {}
        return taken


def write_batch(
    connection: Connection, batch: Sequence[tuple[str, tuple[str, ...], Sequence[tuple[Any, ...]]]]
) -> None:
    """Insert a batch drawn as tuples (`drawing.Batch`), in its order (parents first).
    Straight through the driver, the values as it takes them (`DemoStock.as_driver`):
    SQLAlchemy's executemany (let alone the ORM's bulk path), or even converting each
    value here, costs more than storing the rows."""
    tables = m.Base.metadata.tables
    for table, names, values in batch:
        insert_values(connection, tables[table], names, values, converted=True)
