"""The registry's housing providers: social-housing providers, landlords, agencies, host
families."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.db.models import HousingProvider, HousingUnit
from desktop_app.domain.i18n import message as _
from desktop_app.services.actor import Actor
from desktop_app.services.errors import NotFoundError, ValidationError
from desktop_app.services.housing.access import require_reader, require_registry_editor
from desktop_app.services.housing.form_values import text_value
from desktop_app.services.trust import audit

PROVIDER_TYPES: Mapping[str, str] = {
    "social_housing": "Social-housing provider",
    "private_landlord": "Private landlord",
    "rental_agency": "Rental agency",
    "co_housing": "Co-housing project",
    "host_family": "Host family",
    "supported_housing": "Supported-housing service",
}


@dataclass(frozen=True)
class ProviderRow:
    id: int
    name: str
    provider_type: str
    contact_name: str | None
    phone: str | None
    email: str | None
    address: str | None
    notes: str | None
    active: bool
    units: int


def list_providers(
    session: Session, actor: Actor, *, include_inactive: bool = False
) -> list[ProviderRow]:
    require_reader(actor)
    unit_count = (
        select(func.count(HousingUnit.id))
        .where(HousingUnit.provider_id == HousingProvider.id, HousingUnit.retired.is_(False))
        .scalar_subquery()
    )
    query = select(HousingProvider, unit_count).order_by(HousingProvider.name, HousingProvider.id)
    if not include_inactive:
        query = query.where(HousingProvider.active.is_(True))
    return [
        ProviderRow(
            p.id,
            p.name,
            p.provider_type,
            p.contact_name,
            p.phone,
            p.email,
            p.address,
            p.notes,
            bool(p.active),
            int(count or 0),
        )
        for p, count in session.execute(query)
    ]


PROVIDER_FIELDS = ("name", "provider_type", "contact_name", "phone", "email", "address", "notes")


def save_provider(
    session: Session,
    actor: Actor,
    values: Mapping[str, Any],
    provider_id: int | None = None,
) -> HousingProvider:
    """Create a provider (no id) or change one; the fields not given stay as they are."""
    require_registry_editor(actor, _("change the housing providers"))
    provider: HousingProvider | None = None
    if provider_id is not None:
        provider = session.get(HousingProvider, provider_id)
        if provider is None:
            raise NotFoundError(_("No housing provider {provider_id}.", provider_id=provider_id))
    unknown = set(values) - set(PROVIDER_FIELDS)
    if unknown:
        raise ValidationError({k: _("not a field of a housing provider.") for k in sorted(unknown)})
    merged: dict[str, Any] = {}
    if provider is not None:
        merged = {k: getattr(provider, k) for k in PROVIDER_FIELDS}
    merged.update(values)
    errors: dict[str, str] = {}
    name = text_value(merged, "name")
    if not name:
        errors["name"] = _("The provider needs a name.")
    kind = text_value(merged, "provider_type")
    if kind not in PROVIDER_TYPES:
        errors["provider_type"] = _(
            "'{value}' is not a kind of provider (kinds: {provider_types}).",
            value=kind or "",
            provider_types=", ".join(PROVIDER_TYPES),
        )
    email = text_value(merged, "email")
    if email and ("@" not in email or email.startswith("@") or email.endswith("@")):
        errors["email"] = _("'{email}' is not an e-mail address.", email=email)
    if errors:
        raise ValidationError(errors)
    clean = {k: text_value(merged, k) for k in PROVIDER_FIELDS}
    before = {k: getattr(provider, k) for k in PROVIDER_FIELDS} if provider else {}
    if provider is None:
        provider = HousingProvider(active=True, **clean)
        session.add(provider)
    else:
        for key, value in clean.items():
            setattr(provider, key, value)
    session.flush()
    changed = {
        k: {"before": before.get(k), "after": v} for k, v in clean.items() if before.get(k) != v
    }
    audit.record(
        session,
        actor,
        "provider_created" if not before else "provider_changed",
        entity="housing_provider",
        entity_id=provider.id,
        detail=changed,
    )
    return provider


def set_provider_active(session: Session, actor: Actor, provider_id: int, active: bool) -> None:
    require_registry_editor(actor, _("change the housing providers"))
    provider = session.get(HousingProvider, provider_id)
    if provider is None:
        raise NotFoundError(_("No housing provider {provider_id}.", provider_id=provider_id))
    provider.active = active
    audit.record(
        session,
        actor,
        "provider_reactivated" if active else "provider_retired",
        entity="housing_provider",
        entity_id=provider_id,
    )
