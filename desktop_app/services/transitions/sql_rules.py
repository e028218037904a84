"""The listing and risk rules of `domain.transitions` as SQL expressions, so lists filter and
sort by them."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, case, not_, or_

from desktop_app.db.models import Transition
from desktop_app.domain.transition_records import TransitionStatus
from desktop_app.domain.transitions import TransitionKind, TransitionRules


def risk_sql(
    due: Any, secured: Any, readiness: Any, today: date, rules: TransitionRules
) -> ColumnElement[str]:
    """The risk rule as a SQL expression, so lists can filter and sort by it."""
    red_until = today + timedelta(days=rules.red_within_days)
    amber_until = today + timedelta(days=rules.amber_within_days)
    return case(
        (and_(due <= red_until, not_(secured)), "red"),
        (
            and_(due >= today, due <= amber_until, readiness < rules.amber_readiness_below),
            "amber",
        ),
        else_="green",
    )


def listed_sql(kind: Any, due: Any, today: date, rules: TransitionRules) -> ColumnElement[bool]:
    """The listing rule of `is_listed` for open transitions, in SQL: every overdue one, however
    old; a permit expiry from its warning window."""
    return or_(
        kind != TransitionKind.PERMIT_EXPIRY.value,
        due <= today + timedelta(days=rules.permit_warning_days),
    )


def open_sql() -> ColumnElement[bool]:
    """Open transitions: those still waiting for an outcome."""
    return Transition.status == TransitionStatus.OPEN.value
