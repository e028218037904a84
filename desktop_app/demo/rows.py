"""Rows waiting for a bulk insert: a demo is built in memory and written in large batches."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

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

    def add(self, model: type, row: dict[str, Any]) -> None:
        self.by_model.setdefault(model, []).append(row)

    def flush(self, session: Session, order: Sequence[type] = INSERT_ORDER) -> None:
        # Core executemany on the tables: the ORM's bulk path costs several times more.
        connection = session.connection()
        for model in order:
            rows = self.by_model.pop(model, [])
            table = model.__table__  # type: ignore[attr-defined]
            for start in range(0, len(rows), 20000):
                connection.execute(table.insert(), rows[start : start + 20000])
