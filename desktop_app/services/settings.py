"""Organisation settings: every setting's default and limits, reading them, and changing them.

Each setting has its default here and nowhere else: a database that never
stored a value reads the default, and an administrator's change is checked
against the limits below before anything is saved.
"""

from __future__ import annotations

from dataclasses import asdict, fields
from typing import Any

from sqlalchemy.orm import Session

from desktop_app.db.models import Setting
from desktop_app.domain.checklist import DEFAULT_CHECKLIST, HOUSING_SECURED
from desktop_app.domain.i18n import message as _
from desktop_app.domain.transitions import TransitionRules
from desktop_app.services.actor import Actor
from desktop_app.services.errors import ValidationError
from desktop_app.services.trust import audit
from desktop_app.services.trust.permissions import require_admin

DEFAULTS: dict[str, Any] = {
    "organisation_name": "Homeward",
    "organisation_logo": None,  # a path to an image printed on every document
    "checklist_template": list(DEFAULT_CHECKLIST),
    "rules": asdict(TransitionRules()),
    "lockout_attempts": 5,
    "lockout_minutes": 15,
    "idle_lock_minutes": 15,
    "backup_folder": "",  # empty: `backups/` in the data folder
    "backup_keep": 7,
    "retention_months": 60,
    "demo": False,
    "derived_as_of": None,  # the day the stored transitions were last rolled forward
}

# Settings an administrator edits from the administration screen or the command line.
EDITABLE_SETTINGS: dict[str, type] = {
    "organisation_name": str,
    "lockout_attempts": int,
    "lockout_minutes": int,
    "idle_lock_minutes": int,
    "backup_folder": str,
    "backup_keep": int,
    "retention_months": int,
}

SETTING_LIMITS: dict[str, tuple[int, int]] = {
    "lockout_attempts": (1, 100),
    "lockout_minutes": (1, 24 * 60),
    "idle_lock_minutes": (1, 24 * 60),
    "backup_keep": (1, 365),
    "retention_months": (1, 1200),
}

RULE_LIMITS: dict[str, tuple[int, int]] = {
    "move_out_days": (1, 365),
    "aftercare_end_age": (18, 30),
    "permit_warning_days": (0, 730),
    "lookback_days": (0, 365),
    "red_within_days": (0, 365),
    "amber_within_days": (0, 730),
    "amber_readiness_below": (0, 100),
}


# --- reading -------------------------------------------------------------------


def get(session: Session, key: str) -> Any:
    """The stored value, or the setting's default when none was stored."""
    row = session.get(Setting, key)
    if row is None or row.value is None:
        return DEFAULTS.get(key)
    return row.value


def put(session: Session, key: str, value: Any) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value


def _number(session: Session, key: str) -> int:
    """A whole-number setting; an empty stored value falls back to the default."""
    return int(get(session, key) or DEFAULTS[key])


def organisation_name(session: Session) -> str:
    return str(get(session, "organisation_name") or DEFAULTS["organisation_name"])


def organisation_logo(session: Session) -> str | None:
    logo = get(session, "organisation_logo")
    return str(logo) if logo else None


def lockout_attempts(session: Session) -> int:
    return _number(session, "lockout_attempts")


def lockout_minutes(session: Session) -> int:
    return _number(session, "lockout_minutes")


def idle_lock_minutes(session: Session) -> int:
    return _number(session, "idle_lock_minutes")


def backup_folder(session: Session) -> str:
    """The folder chosen for the daily backups; empty when none was chosen."""
    return str(get(session, "backup_folder") or "")


def backup_keep(session: Session) -> int:
    return max(1, _number(session, "backup_keep"))


def retention_months(session: Session) -> int:
    return _number(session, "retention_months")


def transition_rules(session: Session) -> TransitionRules:
    stored = get(session, "rules") or {}
    known = {f.name for f in fields(TransitionRules)}
    return TransitionRules(**{k: int(v) for k, v in stored.items() if k in known})


def checklist_template(session: Session) -> tuple[str, ...]:
    return tuple(get(session, "checklist_template") or DEFAULT_CHECKLIST)


def is_demo(session: Session) -> bool:
    return bool(get(session, "demo"))


# --- changing (administrators) ------------------------------------------------


def update_settings(session: Session, actor: Actor, values: dict[str, Any]) -> None:
    """Validate every value first; nothing is saved when one is wrong."""
    require_admin(actor)
    errors: dict[str, str] = {}
    cleaned: dict[str, Any] = {}
    for key, raw in values.items():
        kind = EDITABLE_SETTINGS.get(key)
        if kind is None:
            errors[key] = _("This setting cannot be changed here.")
            continue
        if kind is int:
            try:
                number = int(str(raw).strip())
            except ValueError:
                errors[key] = _("'{raw}' is not a whole number.", raw=raw)
                continue
            low, high = SETTING_LIMITS[key]
            if not low <= number <= high:
                errors[key] = _("Must be between {low} and {high}.", low=low, high=high)
                continue
            cleaned[key] = number
        else:
            cleaned[key] = str(raw).strip()
    if errors:
        raise ValidationError(errors)
    changes = {}
    for key, value in cleaned.items():
        before = get(session, key)
        if before != value:
            changes[key] = {"before": before, "after": value}
            put(session, key, value)
    if changes:
        audit.record(
            session, actor, "settings_changed", entity="settings", detail={"changes": changes}
        )


def update_rules(session: Session, actor: Actor, values: dict[str, Any]) -> int:
    """Change the transition rules (all or nothing); every case's transitions are re-derived.

    Returns the number of cases re-derived.
    """
    from desktop_app.services.transitions import derivation  # it reads the settings

    require_admin(actor)
    current = asdict(transition_rules(session))
    errors: dict[str, str] = {}
    new = dict(current)
    for key, raw in values.items():
        if key not in RULE_LIMITS:
            errors[key] = _("This is not a transition rule.")
            continue
        try:
            number = int(str(raw).strip())
        except ValueError:
            errors[key] = _("'{raw}' is not a whole number.", raw=raw)
            continue
        low, high = RULE_LIMITS[key]
        if not low <= number <= high:
            errors[key] = _("Must be between {low} and {high}.", low=low, high=high)
            continue
        new[key] = number
    if not errors and new["red_within_days"] > new["amber_within_days"]:
        errors["red_within_days"] = _("Red cannot reach further ahead than amber.")
    if errors:
        raise ValidationError(errors)
    changes = {k: {"before": current[k], "after": v} for k, v in new.items() if current[k] != v}
    if not changes:
        return 0
    put(session, "rules", new)
    audit.record(session, actor, "settings_changed", entity="settings", detail={"rules": changes})
    return derivation.refresh_all(session)


def update_checklist(session: Session, actor: Actor, items: list[str]) -> int:
    """Choose the readiness checklist items (in the standard order); transitions re-derived."""
    from desktop_app.services.transitions import derivation  # it reads the settings

    require_admin(actor)
    unknown = [i for i in items if i not in DEFAULT_CHECKLIST]
    if unknown:
        raise ValidationError(
            {"checklist": _("Unknown checklist items: {unknown}.", unknown=", ".join(unknown))}
        )
    if HOUSING_SECURED not in items:
        raise ValidationError(
            {"checklist": _("Housing secured is always on the checklist: the risk depends on it.")}
        )
    chosen = [i for i in DEFAULT_CHECKLIST if i in items]
    before = list(checklist_template(session))
    if chosen == before:
        return 0
    put(session, "checklist_template", chosen)
    audit.record(
        session,
        actor,
        "settings_changed",
        entity="settings",
        detail={"checklist_template": {"before": before, "after": chosen}},
    )
    return derivation.refresh_all(session)
