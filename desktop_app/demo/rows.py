"""Rows waiting for a bulk insert: a demo is built in memory and written in large batches."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.db import models as m

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
        if model in self.next_ids and "id" not in row:
            row["id"] = self.next_ids[model]
            self.next_ids[model] += 1
        self.by_model.setdefault(model, []).append(row)
        return row.get("id")

    def flush(self, session: Session, order: Sequence[type] = INSERT_ORDER) -> None:
        # Core executemany on the tables: the ORM's bulk path costs several times more.
        connection = session.connection()
        for model in order:
            rows = self.by_model.pop(model, [])
            table = model.__table__  # type: ignore[attr-defined]
            for start in range(0, len(rows), 20000):
                connection.execute(table.insert(), rows[start : start + 20000])
