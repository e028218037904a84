"""Organisation settings: the transition rules, the checklist template, the organisation name."""

from __future__ import annotations

from dataclasses import asdict, fields
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.db.models import Setting
from desktop_app.domain.checklist import (
    DEFAULT_CHECKLIST,
    PERMIT_RENEWAL,
    SECURE_ITEMS,
    default_templates,
)
from desktop_app.domain.transitions import TransitionRules

DEFAULTS: dict[str, Any] = {
    "organisation_name": "Homeward",
    "checklist_template": list(DEFAULT_CHECKLIST),
    # One template per transition kind and age group (adult / minor on the due date).
    "checklist_templates": default_templates(),
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
    """The adults' template for a housing transition (what the older single setting held)."""
    return tuple(checklist_templates(session)["turns_18"]["adult"])


def checklist_templates(session: Session) -> dict[str, dict[str, list[str]]]:
    """The checklist template of each transition kind and age group.

    A database set up before templates were per kind and age group has one
    template, `checklist_template`: it stands for every adults' template then
    (with the permit's renewal in place of housing for a permit expiry).
    """
    stored = session.get(Setting, "checklist_templates")
    if stored is not None and stored.value:
        merged = default_templates()
        for kind, groups in dict(stored.value).items():
            for group, items in dict(groups or {}).items():
                if kind in merged and group in merged[kind] and items:
                    merged[kind][group] = list(items)
        return merged
    templates = default_templates()
    legacy = session.get(Setting, "checklist_template")
    if legacy is not None and legacy.value:
        for kind, groups in templates.items():
            items = list(legacy.value)
            if kind == "permit_expiry":
                items = [PERMIT_RENEWAL if k in SECURE_ITEMS else k for k in items]
            groups["adult"] = items
            if kind != "status_grant_move_out":
                groups["minor"] = list(items)
    return templates


def is_demo(session: Session) -> bool:
    return bool(get(session, "demo"))
