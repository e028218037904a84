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
from desktop_app.domain.checklist import (
    AGE_GROUPS,
    CHECKLIST_LABELS,
    DEFAULT_CHECKLIST,
    HOUSING_SECURED,
    PERMIT_RENEWAL,
    SECURE_ITEMS,
    TRANSITION_KINDS,
    default_templates,
)
from desktop_app.domain.i18n import message as _
from desktop_app.domain.transitions import (
    AgeGroup,
    TransitionKind,
    TransitionRules,
    secure_item_for,
)
from desktop_app.services.actor import Actor
from desktop_app.services.errors import ValidationError
from desktop_app.services.trust import audit
from desktop_app.services.trust.permissions import require_admin

DEFAULTS: dict[str, Any] = {
    "organisation_name": "Homeward",
    "organisation_logo": None,  # a path to an image printed on every document
    # Before templates were per kind and age group there was this one: read only when
    # `checklist_templates` was never stored (see `checklist_templates`).
    "checklist_template": list(DEFAULT_CHECKLIST),
    # One template per transition kind and age group (adult / minor on the due date).
    "checklist_templates": default_templates(),
    "rules": asdict(TransitionRules()),
    "lockout_attempts": 5,
    "lockout_minutes": 15,
    "idle_lock_minutes": 15,
    "backup_folder": "",  # empty: `backups/` in the data folder
    "backup_keep": 7,
    "retention_months": 60,
    "demo": False,
    "derived_as_of": None,  # the day the stored transitions were last rolled forward
    # How stored transitions follow the record (`transitions.derivation.RECORDS_VERSION`);
    # None: never reconciled as lasting records, so every case is reconciled once.
    "transition_records_version": None,
    "calendar_reminder_days": 7,  # days before a transition its calendar reminder goes off
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
    "calendar_reminder_days": int,
}

SETTING_LIMITS: dict[str, tuple[int, int]] = {
    "lockout_attempts": (1, 100),
    "lockout_minutes": (1, 24 * 60),
    "idle_lock_minutes": (1, 24 * 60),
    "backup_keep": (1, 365),
    "retention_months": (1, 1200),
    "calendar_reminder_days": (0, 90),
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


def calendar_reminder_days(session: Session) -> int:
    """Days before a transition that its calendar reminder goes off (0: no reminder)."""
    try:
        return max(int(get(session, "calendar_reminder_days")), 0)
    except (TypeError, ValueError):
        return int(DEFAULTS["calendar_reminder_days"])


def transition_records_version(session: Session) -> int | None:
    value = get(session, "transition_records_version")
    return int(value) if value is not None else None


def transition_rules(session: Session) -> TransitionRules:
    stored = get(session, "rules") or {}
    known = {f.name for f in fields(TransitionRules)}
    return TransitionRules(**{k: int(v) for k, v in stored.items() if k in known})


def checklist_template(session: Session) -> tuple[str, ...]:
    """The adults' template for a housing transition (what the older single setting held)."""
    return tuple(checklist_templates(session)["turns_18"]["adult"])


def checklist_templates(session: Session) -> dict[str, dict[str, list[str]]]:
    """The checklist template of each transition kind and age group (a fresh copy to change).

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
    """Change the transition rules (all or nothing); every case's transitions are brought up to
    date. Returns the number of cases looked at again."""
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
    return _bring_transitions_up_to_date(session, actor)


def update_checklist(session: Session, actor: Actor, items: list[str]) -> int:
    """Choose the adults' readiness checklist for every kind at once (in the standard order);
    a permit expiry keeps its renewal in housing's place. Transitions are brought up to date."""
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
    templates = checklist_templates(session)
    for kind in TRANSITION_KINDS:
        adult = chosen
        if kind == "permit_expiry":
            adult = [PERMIT_RENEWAL if i == HOUSING_SECURED else i for i in chosen]
        templates[kind]["adult"] = list(adult)
    put(session, "checklist_templates", templates)
    audit.record(
        session,
        actor,
        "settings_changed",
        entity="settings",
        detail={"checklist_template": {"before": before, "after": chosen}},
    )
    return _bring_transitions_up_to_date(session, actor)


def update_checklist_template(
    session: Session, actor: Actor, kind: str, age_group: str, items: list[str]
) -> int:
    """Choose the checklist of one transition kind and age group (adult or minor on the due
    date); its secure item (housing, a care placement, the permit's renewal) stays on it.
    Transitions are brought up to date; returns how many cases were looked at again."""
    require_admin(actor)
    if kind not in TRANSITION_KINDS:
        raise ValidationError({"kind": _("'{kind}' is not a transition kind.", kind=kind)})
    if age_group not in AGE_GROUPS:
        raise ValidationError(
            {"age_group": _("'{group}' is not an age group (adult or minor).", group=age_group)}
        )
    secure = secure_item_for(TransitionKind(kind), AgeGroup(age_group)).value
    unknown = [i for i in items if i not in CHECKLIST_LABELS]
    others = [i for i in items if i in SECURE_ITEMS and i != secure]
    if unknown or others:
        raise ValidationError(
            {
                "checklist": _(
                    "Unknown checklist items: {unknown}.", unknown=", ".join(unknown + others)
                )
            }
        )
    if secure not in items:
        raise ValidationError(
            {
                "checklist": _(
                    "'{item}' is always on this checklist: the risk depends on it.",
                    item=CHECKLIST_LABELS[secure],
                )
            }
        )
    chosen = list(dict.fromkeys(items))
    templates = checklist_templates(session)
    before = list(templates[kind][age_group])
    if chosen == before:
        return 0
    templates[kind][age_group] = chosen
    put(session, "checklist_templates", templates)
    audit.record(
        session,
        actor,
        "settings_changed",
        entity="settings",
        detail={"checklist_templates": {kind: {age_group: {"before": before, "after": chosen}}}},
    )
    return _bring_transitions_up_to_date(session, actor)


def _bring_transitions_up_to_date(session: Session, actor: Actor) -> int:
    from desktop_app.services.transitions import derivation  # it reads the settings

    return derivation.refresh_all(session, actor)
