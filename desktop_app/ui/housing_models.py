"""Table models and translated labels shared by the Housing screen and a case's Housing tab.

The lists here are small (a registry holds a few thousand units at most, a case
a handful of offers), so each model keeps the rows the service returned and
shows them in that order.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale
from PySide6.QtGui import QColor

from desktop_app.domain.matching import UnitMatch
from desktop_app.services.housing.offers import OfferView
from desktop_app.services.housing.providers import ProviderRow
from desktop_app.services.housing.units import UnitRow
from desktop_app.ui import labels
from desktop_app.ui.messages import message_text
from desktop_app.ui.tables import Column, RowTableModel

_CONTEXT = "Housing"

UNIT_TYPES = {
    "social": QT_TRANSLATE_NOOP("Housing", "Social housing"),
    "co_housing": QT_TRANSLATE_NOOP("Housing", "Co-housing / shared"),
    "supported": QT_TRANSLATE_NOOP("Housing", "Supported housing"),
    "private": QT_TRANSLATE_NOOP("Housing", "Private rental"),
    "student": QT_TRANSLATE_NOOP("Housing", "Student housing"),
    "host_family": QT_TRANSLATE_NOOP("Housing", "Host family"),
}
PROVIDER_TYPES = {
    "social_housing": QT_TRANSLATE_NOOP("Housing", "Social-housing provider"),
    "private_landlord": QT_TRANSLATE_NOOP("Housing", "Private landlord"),
    "rental_agency": QT_TRANSLATE_NOOP("Housing", "Rental agency"),
    "co_housing": QT_TRANSLATE_NOOP("Housing", "Co-housing project"),
    "host_family": QT_TRANSLATE_NOOP("Housing", "Host family"),
    "supported_housing": QT_TRANSLATE_NOOP("Housing", "Supported-housing service"),
}
SUPPORT_KINDS = {
    "rent_subsidy": QT_TRANSLATE_NOOP("Housing", "Rent subsidy"),
    "deposit_guarantee": QT_TRANSLATE_NOOP("Housing", "Deposit guarantee"),
    "rent_guarantee": QT_TRANSLATE_NOOP("Housing", "Rent guarantee"),
    "intermediation": QT_TRANSLATE_NOOP("Housing", "Intermediation by a rental agency"),
}
DECLINE_REASONS = {
    "too_far": QT_TRANSLATE_NOOP("Housing", "Too far from school, work or network"),
    "too_expensive": QT_TRANSLATE_NOOP("Housing", "Too expensive"),
    "too_small": QT_TRANSLATE_NOOP("Housing", "Too small for the household"),
    "not_suitable": QT_TRANSLATE_NOOP("Housing", "Not suitable (condition, accessibility, shared)"),
    "young_person_declined": QT_TRANSLATE_NOOP("Housing", "The young person declined"),
    "landlord_declined": QT_TRANSLATE_NOOP("Housing", "The landlord chose someone else"),
    "found_other_housing": QT_TRANSLATE_NOOP("Housing", "Other housing found"),
    "withdrawn": QT_TRANSLATE_NOOP("Housing", "Offer withdrawn"),
    "other": QT_TRANSLATE_NOOP("Housing", "Other reason"),
}
MOVE_ACTIONS = {
    "viewing": QT_TRANSLATE_NOOP("Housing", "Viewing arranged"),
    "accepted": QT_TRANSLATE_NOOP("Housing", "Accept…"),
    "contract_signed": QT_TRANSLATE_NOOP("Housing", "Contract signed"),
    "moved_in": QT_TRANSLATE_NOOP("Housing", "Moved in…"),
    "ended": QT_TRANSLATE_NOOP("Housing", "End tenancy…"),
    "declined": QT_TRANSLATE_NOOP("Housing", "Decline…"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def label(table: Mapping[str, object], code: str | None) -> str:
    """The translated label of `code` in one of the tables above (the code itself if unknown)."""
    if code is None:
        return ""
    text = table.get(code)
    return tr(str(text)) if text else code


def _d(value: date | None) -> str:
    return labels.format_date(value)


def _money(value: float | None) -> str:
    """Whole amounts with the user's digit grouping (4,500 · 4.500 · 4 500)."""
    return QLocale().toString(round(value)) if value is not None else ""


def _free_text(u: UnitRow) -> str:
    return f"{u.free_places}/{u.places}"


def _retired_grey(u: UnitRow) -> QColor | None:
    return QColor("#888888") if u.retired else None


class UnitsModel(RowTableModel[UnitRow]):
    """The registry's units; retired ones in grey."""

    def __init__(self, parent: Any = None) -> None:
        columns: list[Column[UnitRow]] = [
            Column(QCoreApplication.translate("Housing", "Unit"), lambda u: u.code),
            Column(QCoreApplication.translate("Housing", "Address"), lambda u: u.address),
            Column(QCoreApplication.translate("Housing", "Municipality"), lambda u: u.municipality),
            Column(
                QCoreApplication.translate("Housing", "Type"),
                lambda u: label(UNIT_TYPES, u.unit_type),
            ),
            Column(QCoreApplication.translate("Housing", "Rooms"), lambda u: u.rooms),
            Column(
                QCoreApplication.translate("Housing", "Free places"),
                _free_text,
                sort_key=lambda u: (u.free_places, u.places),
                align_right=True,
            ),
            Column(
                QCoreApplication.translate("Housing", "Area m²"),
                lambda u: _money(u.floor_area),
                sort_key=lambda u: u.floor_area,
                align_right=True,
            ),
            Column(
                QCoreApplication.translate("Housing", "Rent"),
                lambda u: _money(u.monthly_rent),
                sort_key=lambda u: u.monthly_rent,
                align_right=True,
            ),
            Column(
                QCoreApplication.translate("Housing", "Available from"),
                lambda u: _d(u.available_from),
            ),
            Column(QCoreApplication.translate("Housing", "Until"), lambda u: _d(u.available_until)),
            Column(
                QCoreApplication.translate("Housing", "Step-free"),
                lambda u: QCoreApplication.translate("Housing", "yes") if u.accessible else "",
            ),
            Column(QCoreApplication.translate("Housing", "Provider"), lambda u: u.provider or ""),
        ]
        super().__init__([replace(c, colour=_retired_grey) for c in columns], parent)


class ProvidersModel(RowTableModel[ProviderRow]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(QCoreApplication.translate("Housing", "Provider"), lambda p: p.name),
                Column(
                    QCoreApplication.translate("Housing", "Kind"),
                    lambda p: label(PROVIDER_TYPES, p.provider_type),
                ),
                Column(
                    QCoreApplication.translate("Housing", "Contact"), lambda p: p.contact_name or ""
                ),
                Column(QCoreApplication.translate("Housing", "Phone"), lambda p: p.phone or ""),
                Column(QCoreApplication.translate("Housing", "E-mail"), lambda p: p.email or ""),
                Column(QCoreApplication.translate("Housing", "Units"), lambda p: p.units),
                Column(
                    QCoreApplication.translate("Housing", "Active"),
                    lambda p: (
                        QCoreApplication.translate("Housing", "yes")
                        if p.active
                        else QCoreApplication.translate("Housing", "no")
                    ),
                ),
            ],
            parent,
        )


def _history_text(o: OfferView) -> str:
    """Every change of the offer, with its date and user."""
    return "\n".join(
        f"{e.at:%Y-%m-%d %H:%M}  {labels.label(labels.OFFER_STATES, e.to_state)}"
        + (f"  ({e.user})" if e.user else "")
        + (f"  {e.note}" if e.note else "")
        for e in o.events
    )


def _support_text(o: OfferView) -> str:
    return ", ".join(label(SUPPORT_KINDS, s.kind) for s in o.support)


class OffersModel(RowTableModel[OfferView]):
    """A case's offers (or a unit's history, with the case reference when it may be shown)."""

    def __init__(self, parent: Any = None, *, with_case: bool = False) -> None:
        columns: list[Column[OfferView]] = []
        if with_case:
            columns.append(
                Column(
                    QCoreApplication.translate("Housing", "Case"),
                    lambda o: (
                        o.reference
                        or QCoreApplication.translate("Housing", "(a case you may not open)")
                    ),
                )
            )
        else:
            columns += [
                Column(QCoreApplication.translate("Housing", "Unit"), lambda o: o.unit_code)
            ]
        columns += [
            Column(QCoreApplication.translate("Housing", "Address"), lambda o: o.address),
            Column(
                QCoreApplication.translate("Housing", "State"),
                lambda o: labels.label(labels.OFFER_STATES, o.state),
                tooltip=_history_text,
            ),
            Column(QCoreApplication.translate("Housing", "Proposed"), lambda o: _d(o.proposed_on)),
            Column(QCoreApplication.translate("Housing", "Move-in"), lambda o: _d(o.move_in_date)),
            Column(QCoreApplication.translate("Housing", "Ended"), lambda o: _d(o.end_date)),
            Column(
                QCoreApplication.translate("Housing", "Declined because"),
                lambda o: label(DECLINE_REASONS, o.decline_reason),
                tooltip=lambda o: o.decline_note or "",
            ),
            Column(QCoreApplication.translate("Housing", "Support"), _support_text),
        ]
        super().__init__(columns, parent)


SCORE_COLOURS = ((75, "#2e7d32"), (50, "#b87900"), (0, "#c62828"))


def _reasons(m: UnitMatch) -> str:
    return "\n".join(message_text(r) for r in m.reasons)


def _score_colour(m: UnitMatch) -> QColor | None:
    for threshold, colour in SCORE_COLOURS:
        if m.score >= threshold:
            return QColor(colour)
    return None


class MatchesModel(RowTableModel[UnitMatch]):
    """Units ranked for one case, best first; the reasons show as a tooltip and below the list."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("Housing", "Score"),
                    lambda m: m.score,
                    tooltip=_reasons,
                    colour=_score_colour,
                ),
                Column(
                    QCoreApplication.translate("Housing", "Unit"),
                    lambda m: m.unit.code,
                    tooltip=_reasons,
                ),
                Column(
                    QCoreApplication.translate("Housing", "Address"),
                    lambda m: m.unit.address,
                    tooltip=_reasons,
                ),
                Column(
                    QCoreApplication.translate("Housing", "Municipality"),
                    lambda m: m.unit.municipality,
                ),
                Column(
                    QCoreApplication.translate("Housing", "Type"),
                    lambda m: label(UNIT_TYPES, m.unit.unit_type),
                ),
                Column(QCoreApplication.translate("Housing", "Rooms"), lambda m: m.unit.rooms),
                Column(
                    QCoreApplication.translate("Housing", "Rent"),
                    lambda m: _money(m.unit.monthly_rent),
                    sort_key=lambda m: m.unit.monthly_rent,
                    align_right=True,
                ),
                Column(
                    QCoreApplication.translate("Housing", "Available from"),
                    lambda m: _d(m.unit.available_from),
                ),
            ],
            parent,
        )
