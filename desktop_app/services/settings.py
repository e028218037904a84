"""Organisation settings: the transition rules, the checklist template, the organisation name."""

from __future__ import annotations

from dataclasses import asdict, fields
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.db.models import Setting
from desktop_app.domain.checklist import DEFAULT_CHECKLIST
from desktop_app.domain.transitions import TransitionRules

DEFAULTS: dict[str, Any] = {
    "organisation_name": "Homeward",
    "checklist_template": list(DEFAULT_CHECKLIST),
    "rules": asdict(TransitionRules()),
    "lockout_attempts": 5,
    "lockout_minutes": 15,
    "idle_lock_minutes": 15,
    "demo": False,
}


def get(session: Session, key: str) -> Any:
    row = session.get(Setting, key)
    if row is None:
        return DEFAULTS.get(key)
    return row.value


def put(session: Session, key: str, value: Any) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value


def all_settings(session: Session) -> dict[str, Any]:
    merged = dict(DEFAULTS)
    merged.update({row.key: row.value for row in session.scalars(select(Setting))})
    return merged


def transition_rules(session: Session) -> TransitionRules:
    stored = get(session, "rules") or {}
    known = {f.name for f in fields(TransitionRules)}
    return TransitionRules(**{k: int(v) for k, v in stored.items() if k in known})


def checklist_template(session: Session) -> tuple[str, ...]:
    return tuple(get(session, "checklist_template") or DEFAULT_CHECKLIST)


def is_demo(session: Session) -> bool:
    return bool(get(session, "demo"))
