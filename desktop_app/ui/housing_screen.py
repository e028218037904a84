"""The Housing screen: the registry of units and providers, each unit's offer history,
and the cases a unit fits (most urgent transition first).

Team leads and coordinators create, edit and retire units and providers;
social workers read the registry and propose units from a case's Housing tab.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.matching import CaseMatch
from desktop_app.services import changes, clock
from desktop_app.services.actor import Actor
from desktop_app.services.errors import HomewardError, ValidationError
from desktop_app.services.housing import access, matching, offers, units
from desktop_app.services.housing import providers as housing_providers
from desktop_app.services.housing.providers import ProviderRow
from desktop_app.services.housing.units import UnitFilter, UnitRow
from desktop_app.services.storage.database import Database
from desktop_app.ui import labels
from desktop_app.ui.change_signal import follow_changes
from desktop_app.ui.housing_models import (
    PROVIDER_TYPES,
    UNIT_TYPES,
    OffersModel,
    ProvidersModel,
    UnitsModel,
    label,
)
from desktop_app.ui.messages import error_text, message_text
from desktop_app.ui.tables import (
    OBJECT_ROLE,
    Column,
    RowTableModel,
    current_object,
    select_object,
    table_view,
)
from desktop_app.ui.tones import set_tone


class _FormDialog(QDialog):
    """A form whose fields show the service's validation message under them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout()
        self.errors: dict[str, QLabel] = {}
        self.general_error = QLabel()
        self.general_error.setObjectName("formError")
        set_tone(self.general_error, "error")
        self.general_error.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def add_field(self, name: str, title: str, editor: QWidget) -> None:
        editor.setObjectName(f"field_{name}")
        error = QLabel()
        error.setObjectName(f"error_{name}")
        set_tone(error, "error")
        error.setWordWrap(True)
        error.hide()
        self.errors[name] = error
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(editor)
        box.addWidget(error)
        self.form.addRow(title, holder)
        # A screen reader names the field by its row's label.
        label = self.form.labelForField(holder)
        if isinstance(label, QLabel):
            label.setBuddy(editor)
        editor.setAccessibleName(title.replace("&", ""))

    def show_errors(self, errors: dict[str, str]) -> None:
        other = []
        for name, label_widget in self.errors.items():
            label_widget.setVisible(name in errors)
            label_widget.setText(errors.get(name, ""))
        for name, text in errors.items():
            if name not in self.errors:
                other.append(f"{name}: {text}")
        self.general_error.setText("\n".join(other))

    def _save(self) -> None:
        try:
            self.save()
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        except HomewardError as exc:
            self.show_errors({})
            self.general_error.setText(error_text(exc))
            return
        self.accept()

    def save(self) -> None:  # pragma: no cover - each dialog saves its own way
        raise NotImplementedError


class UnitDialog(_FormDialog):
    """Create or edit a unit; the service validates and names each wrong field."""

    def __init__(
        self,
        database: Database,
        actor: Actor,
        providers: list[ProviderRow],
        unit: UnitRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unitDialog")
        self.database = database
        self.actor = actor
        self.unit = unit
        self.saved_code: str | None = None
        self.setWindowTitle(
            self.tr("Edit unit %1").replace("%1", unit.code) if unit else self.tr("New unit")
        )
        today = clock.today()
        self.code = QLineEdit(unit.code if unit else "")
        self.code.setPlaceholderText(self.tr("generated when empty"))
        self.provider = QComboBox()
        self.provider.addItem(self.tr("(none)"), None)
        for p in providers:
            self.provider.addItem(p.name, p.id)
        if unit and unit.provider_id is not None:
            self.provider.setCurrentIndex(max(0, self.provider.findData(unit.provider_id)))
        self.address = QLineEdit(unit.address if unit else "")
        self.municipality = QLineEdit(unit.municipality if unit else "")
        self.unit_type = QComboBox()
        for code in units.UNIT_TYPES:
            self.unit_type.addItem(label(UNIT_TYPES, code), code)
        if unit:
            self.unit_type.setCurrentIndex(max(0, self.unit_type.findData(unit.unit_type)))
        self.rooms = QSpinBox()
        self.rooms.setRange(0, 20)
        self.rooms.setValue(unit.rooms if unit else 1)
        self.places = QSpinBox()
        self.places.setRange(1, 50)
        self.places.setValue(unit.places if unit else 1)
        self.floor_area = QLineEdit(
            f"{unit.floor_area:g}" if unit and unit.floor_area is not None else ""
        )
        self.rent = QLineEdit(
            f"{unit.monthly_rent:g}" if unit and unit.monthly_rent is not None else ""
        )
        self.available_from = QDateEdit(
            labels.qdate(unit.available_from if unit and unit.available_from else today)
        )
        self.available_from.setCalendarPopup(True)
        self.available_from.setDisplayFormat("yyyy-MM-dd")
        self.has_until = QCheckBox(self.tr("Available until"))
        self.has_until.setObjectName("hasUntil")
        self.available_until = QDateEdit(
            labels.qdate(unit.available_until if unit and unit.available_until else today)
        )
        self.available_until.setAccessibleName(self.tr("Available until"))
        self.available_until.setCalendarPopup(True)
        self.available_until.setDisplayFormat("yyyy-MM-dd")
        self.has_until.setChecked(bool(unit and unit.available_until))
        self.available_until.setEnabled(self.has_until.isChecked())
        self.has_until.toggled.connect(self.available_until.setEnabled)
        until_row = QWidget()
        until_layout = QHBoxLayout(until_row)
        until_layout.setContentsMargins(0, 0, 0, 0)
        until_layout.addWidget(self.has_until)
        until_layout.addWidget(self.available_until, 1)
        self.accessible = QCheckBox(self.tr("Step-free access"))
        self.accessible.setChecked(bool(unit and unit.accessible))
        self.shared = QCheckBox(self.tr("Shared (places for several households)"))
        self.shared.setChecked(bool(unit and unit.shared))
        self.notes = QPlainTextEdit(unit.notes or "" if unit else "")
        self.notes.setFixedHeight(60)
        for name, title, editor in (
            ("code", self.tr("Code"), self.code),
            ("provider_id", self.tr("Provider"), self.provider),
            ("address", self.tr("Address"), self.address),
            ("municipality", self.tr("Municipality"), self.municipality),
            ("unit_type", self.tr("Type"), self.unit_type),
            ("rooms", self.tr("Rooms"), self.rooms),
            ("places", self.tr("Households it takes"), self.places),
            ("floor_area", self.tr("Floor area (m²)"), self.floor_area),
            ("monthly_rent", self.tr("Monthly rent"), self.rent),
            ("available_from", self.tr("Available from"), self.available_from),
            ("available_until", "", until_row),
            ("accessible", "", self.accessible),
            ("shared", "", self.shared),
            ("notes", self.tr("Notes"), self.notes),
        ):
            self.add_field(name, title, editor)

    def values(self) -> dict[str, Any]:
        return {
            "code": self.code.text(),
            "provider_id": self.provider.currentData(),
            "address": self.address.text(),
            "municipality": self.municipality.text(),
            "unit_type": self.unit_type.currentData(),
            "rooms": self.rooms.value(),
            "places": self.places.value(),
            "floor_area": self.floor_area.text(),
            "monthly_rent": self.rent.text(),
            "available_from": labels.pydate(self.available_from.date()),
            "available_until": labels.pydate(self.available_until.date())
            if self.has_until.isChecked()
            else None,
            "accessible": self.accessible.isChecked(),
            "shared": self.shared.isChecked(),
            "notes": self.notes.toPlainText(),
        }

    def save(self) -> None:
        with self.database.session() as session:
            unit = units.save_unit(
                session, self.actor, self.values(), self.unit.id if self.unit else None
            )
            self.saved_code = unit.code


class ProviderDialog(_FormDialog):
    def __init__(
        self,
        database: Database,
        actor: Actor,
        provider: ProviderRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("providerDialog")
        self.database = database
        self.actor = actor
        self.provider = provider
        self.setWindowTitle(
            self.tr("Edit provider %1").replace("%1", provider.name)
            if provider
            else self.tr("New housing provider")
        )
        self.name = QLineEdit(provider.name if provider else "")
        self.kind = QComboBox()
        for code in housing_providers.PROVIDER_TYPES:
            self.kind.addItem(label(PROVIDER_TYPES, code), code)
        if provider:
            self.kind.setCurrentIndex(max(0, self.kind.findData(provider.provider_type)))
        self.contact = QLineEdit(provider.contact_name or "" if provider else "")
        self.phone = QLineEdit(provider.phone or "" if provider else "")
        self.email = QLineEdit(provider.email or "" if provider else "")
        self.address = QLineEdit(provider.address or "" if provider else "")
        self.notes = QPlainTextEdit(provider.notes or "" if provider else "")
        self.notes.setFixedHeight(60)
        for name, title, editor in (
            ("name", self.tr("Name"), self.name),
            ("provider_type", self.tr("Kind"), self.kind),
            ("contact_name", self.tr("Contact person"), self.contact),
            ("phone", self.tr("Phone"), self.phone),
            ("email", self.tr("E-mail"), self.email),
            ("address", self.tr("Address"), self.address),
            ("notes", self.tr("Notes"), self.notes),
        ):
            self.add_field(name, title, editor)

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text(),
            "provider_type": self.kind.currentData(),
            "contact_name": self.contact.text(),
            "phone": self.phone.text(),
            "email": self.email.text(),
            "address": self.address.text(),
            "notes": self.notes.toPlainText(),
        }

    def save(self) -> None:
        with self.database.session() as session:
            housing_providers.save_provider(
                session, self.actor, self.values(), self.provider.id if self.provider else None
            )


class HousingScreen(QWidget):
    """Units and providers; a unit's offer history and the cases it fits."""

    open_case = Signal(str)
    # A registry list is read in full; beyond this many units the filters narrow it.
    MAX_UNITS_SHOWN = 2000

    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.can_edit = access.can_edit_registry(actor)
        # Units, their offers and the cases they fit: read again after a change to them.
        self.follower = follow_changes(
            self,
            database,
            (changes.UNIT, changes.OFFER, changes.CASE, changes.TRANSITION),
            self.reload,
        )
        self.message = QLabel()
        self.message.setObjectName("housingScreenMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("housingTabs")
        self.tabs.addTab(self._units_page(), self.tr("Units"))
        self.tabs.addTab(self._providers_page(), self.tr("Providers"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self.reload_units)
        self.reload()

    # --- pages ---------------------------------------------------------------------

    def _units_page(self) -> QWidget:
        page = QWidget()
        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("unitSearch")
        self.search.setAccessibleName(self.tr("Search units"))
        self.search.setPlaceholderText(self.tr("Code, address or provider"))
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.municipality = QComboBox()
        self.municipality.setObjectName("filterMunicipality")
        self.unit_type = QComboBox()
        self.unit_type.setObjectName("filterType")
        self.unit_type.addItem(self.tr("All types"), None)
        for code in units.UNIT_TYPES:
            self.unit_type.addItem(label(UNIT_TYPES, code), code)
        self.min_rooms = QSpinBox()
        self.min_rooms.setObjectName("filterRooms")
        self.min_rooms.setAccessibleName(self.tr("At least this many rooms"))
        self.min_rooms.setRange(0, 10)
        self.min_rooms.setSpecialValueText(self.tr("any rooms"))
        self.max_rent = QSpinBox()
        self.max_rent.setObjectName("filterRent")
        self.max_rent.setAccessibleName(self.tr("Rent at most"))
        self.max_rent.setRange(0, 1_000_000)
        self.max_rent.setSingleStep(500)
        self.max_rent.setSpecialValueText(self.tr("any rent"))
        self.available_only = QCheckBox(self.tr("Free by"))
        self.available_only.setObjectName("filterAvailable")
        self.available_by = QDateEdit(labels.qdate(clock.today()))
        self.available_by.setObjectName("filterAvailableBy")
        self.available_by.setAccessibleName(self.tr("Free by"))
        self.available_by.setCalendarPopup(True)
        self.available_by.setDisplayFormat("yyyy-MM-dd")
        self.include_retired = QCheckBox(self.tr("Retired too"))
        self.include_retired.setObjectName("filterRetired")
        for widget in (self.municipality, self.unit_type):
            widget.currentIndexChanged.connect(lambda _i: self.reload_units())
        for spin in (self.min_rooms, self.max_rent):
            spin.valueChanged.connect(lambda _v: self.reload_units())
        for box in (self.available_only, self.include_retired):
            box.toggled.connect(lambda _on: self.reload_units())
        self.available_by.dateChanged.connect(lambda _d: self.reload_units())
        for filter_widget in (
            self.search,
            self.municipality,
            self.unit_type,
            self.min_rooms,
            self.max_rent,
            self.available_only,
            self.available_by,
            self.include_retired,
        ):
            filters.addWidget(filter_widget)
        self.units_model = UnitsModel(self)
        # Not sortable on screen: at most MAX_UNITS_SHOWN are read, in the service's order.
        self.units_view = table_view(self.units_model, "unitsView", title=self.tr("Housing units"))
        self.units_view.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self._unit_selected()
        )
        self.units_view.doubleClicked.connect(lambda _i: self.edit_unit())
        self.count_label = QLabel()
        self.count_label.setObjectName("unitCount")
        buttons = QHBoxLayout()
        self.new_unit_button = QPushButton(self.tr("New unit…"))
        self.new_unit_button.setObjectName("newUnit")
        self.new_unit_button.clicked.connect(self.new_unit)
        self.edit_unit_button = QPushButton(self.tr("Edit…"))
        self.edit_unit_button.setObjectName("editUnit")
        self.edit_unit_button.clicked.connect(self.edit_unit)
        self.retire_unit_button = QPushButton(self.tr("Retire"))
        self.retire_unit_button.setObjectName("retireUnit")
        self.retire_unit_button.clicked.connect(self.toggle_retired)
        for b in (self.new_unit_button, self.edit_unit_button, self.retire_unit_button):
            buttons.addWidget(b)
            b.setVisible(self.can_edit)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)

        self.unit_details = QLabel()
        self.unit_details.setObjectName("unitDetails")
        self.unit_details.setWordWrap(True)
        self.history_model = OffersModel(self, with_case=True)
        self.history_view = table_view(self.history_model, "unitHistory", sortable=True)
        self.history_view.doubleClicked.connect(self._open_history_case)
        self.fits_model: RowTableModel[CaseMatch] = RowTableModel(
            [
                Column(self.tr("Case"), lambda m: m.candidate.reference),
                Column(self.tr("Name"), lambda m: m.candidate.name),
                Column(
                    self.tr("Transition"),
                    lambda m: labels.label(labels.KINDS, m.candidate.transition_kind),
                ),
                Column(self.tr("Due"), lambda m: labels.format_date(m.candidate.due_date)),
                Column(
                    self.tr("Score"),
                    lambda m: m.score,
                    align_right=False,
                    tooltip=lambda m: "\n".join(message_text(r) for r in m.reasons),
                ),
            ],
            self,
        )
        self.fits = table_view(
            self.fits_model,
            "unitFits",
            sortable=True,
            placeholder=self.tr("This unit fits none of the cases you may see."),
        )
        self.fits.doubleClicked.connect(self._open_fitting_case)
        history_box = QGroupBox(self.tr("Offer history"))
        QVBoxLayout(history_box).addWidget(self.history_view)
        fits_box = QGroupBox(self.tr("Cases this unit fits, most urgent first"))
        QVBoxLayout(fits_box).addWidget(self.fits)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(history_box)
        lower.addWidget(fits_box)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.unit_details)
        detail_layout.addWidget(lower, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(filters)
        top_layout.addWidget(self.units_view, 1)
        top_layout.addLayout(buttons)
        splitter.addWidget(top)
        splitter.addWidget(detail)
        layout = QVBoxLayout(page)
        layout.addWidget(splitter)
        return page

    def _providers_page(self) -> QWidget:
        page = QWidget()
        self.providers_model = ProvidersModel(self)
        self.providers_view = table_view(
            self.providers_model, "providersView", sortable=True, title=self.tr("Providers")
        )
        self.providers_view.doubleClicked.connect(lambda _i: self.edit_provider())
        self.inactive_providers = QCheckBox(self.tr("Retired providers too"))
        self.inactive_providers.setObjectName("inactiveProviders")
        self.inactive_providers.toggled.connect(lambda _on: self.reload_providers())
        buttons = QHBoxLayout()
        self.new_provider_button = QPushButton(self.tr("New provider…"))
        self.new_provider_button.setObjectName("newProvider")
        self.new_provider_button.clicked.connect(self.new_provider)
        self.edit_provider_button = QPushButton(self.tr("Edit…"))
        self.edit_provider_button.setObjectName("editProvider")
        self.edit_provider_button.clicked.connect(self.edit_provider)
        self.retire_provider_button = QPushButton(self.tr("Retire / reinstate"))
        self.retire_provider_button.setObjectName("retireProvider")
        self.retire_provider_button.clicked.connect(self.toggle_provider)
        for b in (
            self.new_provider_button,
            self.edit_provider_button,
            self.retire_provider_button,
        ):
            buttons.addWidget(b)
            b.setVisible(self.can_edit)
        buttons.addStretch(1)
        buttons.addWidget(self.inactive_providers)
        layout = QVBoxLayout(page)
        layout.addWidget(self.providers_view, 1)
        layout.addLayout(buttons)
        return page

    # --- loading -------------------------------------------------------------------

    def reload(self) -> None:
        self.follower.read()
        try:
            with self.database.session() as session:
                towns = units.municipalities(session, self.actor)
        except HomewardError as exc:
            self.message.setText(error_text(exc))
            self.setEnabled(False)
            return
        current = self.municipality.currentData()
        self.municipality.blockSignals(True)
        self.municipality.clear()
        self.municipality.addItem(self.tr("All municipalities"), None)
        for town in towns:
            self.municipality.addItem(town, town)
        self.municipality.setCurrentIndex(max(0, self.municipality.findData(current)))
        self.municipality.blockSignals(False)
        self.reload_units()
        self.reload_providers()

    def unit_filter(self) -> UnitFilter:
        return UnitFilter(
            municipality=self.municipality.currentData(),
            unit_type=self.unit_type.currentData(),
            min_rooms=self.min_rooms.value() or None,
            max_rent=float(self.max_rent.value()) if self.max_rent.value() else None,
            available_by=labels.pydate(self.available_by.date())
            if self.available_only.isChecked()
            else None,
            search=self.search.text(),
            include_retired=self.include_retired.isChecked(),
        )

    def reload_units(self, select_code: str | None = None) -> None:
        current = self.selected_unit()
        selected = select_code or (current.code if current else None)
        try:
            with self.database.session() as session:
                rows = units.list_units(
                    session, self.actor, self.unit_filter(), limit=self.MAX_UNITS_SHOWN + 1
                )
        except HomewardError as exc:
            self.message.setText(error_text(exc))
            return
        more = len(rows) > self.MAX_UNITS_SHOWN
        rows = rows[: self.MAX_UNITS_SHOWN]
        self.units_model.set_rows(rows)
        self.count_label.setText(
            self.tr("The first %1 units: narrow the filters to see the others.").replace(
                "%1", f"{len(rows):,}"
            )
            if more
            else self.tr("%1 units").replace("%1", str(len(rows)))
        )
        if rows and not select_object(self.units_view, lambda u: u.code == selected):
            self.units_view.selectRow(0)
        self._unit_selected()

    def reload_providers(self) -> None:
        with self.database.session() as session:
            rows = housing_providers.list_providers(
                session, self.actor, include_inactive=self.inactive_providers.isChecked()
            )
        self.providers_model.set_rows(rows)

    def selected_unit(self) -> UnitRow | None:
        unit: UnitRow | None = current_object(self.units_view)
        return unit

    def selected_provider(self) -> ProviderRow | None:
        provider: ProviderRow | None = current_object(self.providers_view)
        return provider

    def _unit_selected(self) -> None:
        unit = self.selected_unit()
        self.edit_unit_button.setEnabled(unit is not None)
        self.retire_unit_button.setEnabled(unit is not None)
        self.fits_model.set_rows([])
        if unit is None:
            self.unit_details.setText(self.tr("No unit selected."))
            self.history_model.set_rows([])
            return
        self.retire_unit_button.setText(self.tr("Reinstate") if unit.retired else self.tr("Retire"))
        with self.database.session() as session:
            history = offers.unit_offers(session, self.actor, unit.code)
            fits: list[CaseMatch] = (
                []
                if unit.retired
                else matching.match_cases(session, self.actor, unit.code, limit=50)
            )
        details = [
            f"<b>{escape(unit.code)}</b> · {escape(unit.address)}, {escape(unit.municipality)}",
            label(UNIT_TYPES, unit.unit_type),
            self.tr("%1 of %2 places free")
            .replace("%1", str(unit.free_places))
            .replace("%2", str(unit.places)),
        ]
        if unit.retired:
            details.append(self.tr("retired"))
        if unit.notes:
            details.append(escape(unit.notes))
        self.unit_details.setText(" · ".join(details))
        self.history_model.set_rows(history)
        self.fits_model.set_rows(fits)

    def _open_history_case(self, index: Any) -> None:
        offer = index.data(OBJECT_ROLE) if index.isValid() else None
        if offer is not None and offer.reference:
            self.open_case.emit(offer.reference)

    def _open_fitting_case(self, index: Any) -> None:
        match = index.data(OBJECT_ROLE) if index.isValid() else None
        if match is not None:
            self.open_case.emit(match.candidate.reference)

    # --- actions -------------------------------------------------------------------

    def _providers_for_dialog(self) -> list[ProviderRow]:
        with self.database.session() as session:
            return housing_providers.list_providers(session, self.actor)

    def new_unit(self) -> None:
        dialog = UnitDialog(self.database, self.actor, self._providers_for_dialog(), None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.message.setText(self.tr("Unit %1 saved.").replace("%1", dialog.saved_code or ""))
            self.reload()
            self.reload_units(dialog.saved_code)

    def edit_unit(self) -> None:
        unit = self.selected_unit()
        if unit is None or not self.can_edit:
            return
        dialog = UnitDialog(self.database, self.actor, self._providers_for_dialog(), unit, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.message.setText(self.tr("Unit %1 saved.").replace("%1", dialog.saved_code or ""))
            self.reload_units(dialog.saved_code)

    def toggle_retired(self) -> None:
        unit = self.selected_unit()
        if unit is None:
            return
        try:
            with self.database.session() as session:
                units.set_unit_retired(session, self.actor, unit.code, not unit.retired)
        except HomewardError as exc:
            self.message.setText(error_text(exc))
            return
        self.message.setText(
            (
                self.tr("Unit %1 reinstated.") if unit.retired else self.tr("Unit %1 retired.")
            ).replace("%1", unit.code)
        )
        self.reload_units()

    def new_provider(self) -> None:
        dialog = ProviderDialog(self.database, self.actor, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload_providers()

    def edit_provider(self) -> None:
        provider = self.selected_provider()
        if provider is None or not self.can_edit:
            return
        dialog = ProviderDialog(self.database, self.actor, provider, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload_providers()

    def toggle_provider(self) -> None:
        provider = self.selected_provider()
        if provider is None:
            return
        try:
            with self.database.session() as session:
                housing_providers.set_provider_active(
                    session, self.actor, provider.id, not provider.active
                )
        except HomewardError as exc:
            self.message.setText(error_text(exc))
            return
        self.reload_providers()
