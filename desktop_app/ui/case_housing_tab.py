"""A case's Housing tab: its offers with their history and support, and the units that match.

The worker proposes a unit from the ranked list, then moves the offer on with
the buttons under it. Every move goes through the housing service; a move the
rules refuse is shown with the service's own reason, and nothing changes.
After any change the tab emits `changed` so the case record reloads its
transitions (housing secured, readiness and risk follow the offers).

The offers are read at once; ranking thousands of units takes longer, so the
matches are found off the GUI thread and shown when they arrive (the tab is
usable meanwhile).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop_app.domain.matching import UnitMatch, money
from desktop_app.services import clock
from desktop_app.services.actor import Actor
from desktop_app.services.errors import HomewardError
from desktop_app.services.housing import matching
from desktop_app.services.housing import offers as housing_offers
from desktop_app.services.housing import support as housing_support
from desktop_app.services.storage.database import Database
from desktop_app.ui import labels
from desktop_app.ui.housing_models import (
    DECLINE_REASONS,
    MOVE_ACTIONS,
    SUPPORT_KINDS,
    MatchesModel,
    OffersModel,
    label,
)
from desktop_app.ui.messages import error_text, message_text
from desktop_app.ui.operations import Operation, Progress, run_operation, show_failure
from desktop_app.ui.tables import (
    OBJECT_ROLE,
    Column,
    RowTableModel,
    current_object,
    select_object,
    table_view,
)

MOVE_ORDER = ("viewing", "accepted", "contract_signed", "moved_in", "ended", "declined")


def _date_edit(value: date, name: str) -> QDateEdit:
    edit = QDateEdit(labels.qdate(value))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setObjectName(name)
    return edit


class SupportFields(QWidget):
    """Kind, amount, period and provider of one support instrument."""

    def __init__(self, start: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.kind = QComboBox()
        self.kind.setObjectName("supportKind")
        for code in housing_support.SUPPORT_KINDS:
            self.kind.addItem(label(SUPPORT_KINDS, code), code)
        self.amount = QDoubleSpinBox()
        self.amount.setObjectName("supportAmount")
        self.amount.setRange(0, 10_000_000)
        self.amount.setDecimals(0)
        self.amount.setSingleStep(500)
        self.start = _date_edit(start, "supportStart")
        self.has_end = QCheckBox(self.tr("Ends on"))
        self.has_end.setObjectName("supportHasEnd")
        self.end = _date_edit(start.replace(year=start.year + 1), "supportEnd")
        self.end.setAccessibleName(self.tr("Ends on"))
        self.end.setEnabled(False)
        self.has_end.toggled.connect(self.end.setEnabled)
        end_row = QHBoxLayout()
        end_row.addWidget(self.has_end)
        end_row.addWidget(self.end, 1)
        self.provided_by = QLineEdit()
        self.provided_by.setObjectName("supportProvidedBy")
        self.provided_by.setPlaceholderText(self.tr("e.g. the municipality's housing office"))
        form.addRow(self.tr("Support"), self.kind)
        form.addRow(self.tr("Amount"), self.amount)
        form.addRow(self.tr("From"), self.start)
        form.addRow(end_row)
        form.addRow(self.tr("Provided by"), self.provided_by)

    def values(self) -> dict[str, Any]:
        return {
            "kind": self.kind.currentData(),
            "amount": self.amount.value() or None,
            "start_date": labels.pydate(self.start.date()),
            "end_date": labels.pydate(self.end.date()) if self.has_end.isChecked() else None,
            "provided_by": self.provided_by.text().strip() or None,
        }


class OfferMoveDialog(QDialog):
    """Asks what a move needs: the move-in date (with optional support), the reason, the end."""

    def __init__(
        self, to_state: str, unit_code: str, planned: date | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("offerMoveDialog")
        self.to_state = to_state
        today = clock.today()
        self.setWindowTitle(
            self.tr("%1: %2").replace("%1", unit_code).replace("%2", label(MOVE_ACTIONS, to_state))
        )
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.move_in = _date_edit(planned or today, "moveInDate")
        self.end_date = _date_edit(today, "endDate")
        self.reason = QComboBox()
        self.reason.setObjectName("declineReason")
        for code in housing_offers.decline_reasons():
            self.reason.addItem(label(DECLINE_REASONS, code), code)
        self.note = QPlainTextEdit()
        self.note.setObjectName("moveNote")
        self.note.setFixedHeight(60)
        self.with_support = QGroupBox(self.tr("Add support with the acceptance"))
        self.with_support.setObjectName("withSupport")
        self.with_support.setCheckable(True)
        self.with_support.setChecked(False)
        self.support = SupportFields(planned or today)
        box = QVBoxLayout(self.with_support)
        box.addWidget(self.support)
        if to_state == "accepted":
            form.addRow(self.tr("Planned move-in"), self.move_in)
            layout.addWidget(self.with_support)
        elif to_state == "moved_in":
            form.addRow(self.tr("Moved in on"), self.move_in)
        elif to_state == "ended":
            form.addRow(self.tr("Tenancy ended on"), self.end_date)
        elif to_state == "declined":
            form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Note"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def move_values(self) -> dict[str, Any]:
        values: dict[str, Any] = {"note": self.note.toPlainText().strip() or None}
        if self.to_state in ("accepted", "moved_in"):
            values["move_in_date"] = labels.pydate(self.move_in.date())
        if self.to_state == "ended":
            values["end_date"] = labels.pydate(self.end_date.date())
        if self.to_state == "declined":
            values["decline_reason"] = self.reason.currentData()
        return values

    def support_values(self) -> dict[str, Any] | None:
        if self.to_state == "accepted" and self.with_support.isChecked():
            return self.support.values()
        return None


class SupportDialog(QDialog):
    def __init__(self, unit_code: str, start: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("supportDialog")
        self.setWindowTitle(self.tr("Support on the offer of %1").replace("%1", unit_code))
        layout = QVBoxLayout(self)
        self.fields = SupportFields(start)
        layout.addWidget(self.fields)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class CaseHousingTab(QWidget):
    """Offers of one case and the units matched to it."""

    changed = Signal()

    def __init__(
        self, database: Database, actor: Actor, reference: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.reference = reference
        self.can_edit = False

        self.needs_label = QLabel()
        self.needs_label.setObjectName("housingNeeds")
        self.needs_label.setWordWrap(True)
        self.needs_label.setTextFormat(Qt.TextFormat.PlainText)  # names and addresses are data
        self.message = QLabel()
        self.message.setObjectName("housingMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # names and addresses are data
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # Offers
        self.offers_model = OffersModel(self)
        self.offers_view = table_view(self.offers_model, "offersView", sortable=True)
        self.offers_view.selectionModel().currentRowChanged.connect(self._offer_selected)
        self.history_model: RowTableModel[housing_offers.OfferEventRow] = RowTableModel(
            [
                Column(self.tr("When"), lambda e: e.at.strftime("%Y-%m-%d %H:%M")),
                Column(self.tr("From"), lambda e: labels.label(labels.OFFER_STATES, e.from_state)),
                Column(self.tr("To"), lambda e: labels.label(labels.OFFER_STATES, e.to_state)),
                Column(self.tr("By"), lambda e: e.user),
                Column(self.tr("Note"), lambda e: e.note),
            ],
            self,
        )
        self.history = table_view(self.history_model, "offerHistory")
        self.support_list = QLabel()
        self.support_list.setObjectName("offerSupport")
        self.support_list.setWordWrap(True)
        self.support_list.setTextFormat(Qt.TextFormat.PlainText)  # names and addresses are data
        self.move_buttons: dict[str, QPushButton] = {}
        moves = QHBoxLayout()
        for state in MOVE_ORDER:
            button = QPushButton(label(MOVE_ACTIONS, state))
            button.setObjectName(f"move_{state}")
            button.clicked.connect(lambda _=False, s=state: self.move_selected(s))
            self.move_buttons[state] = button
            moves.addWidget(button)
        self.support_button = QPushButton(self.tr("Add support…"))
        self.support_button.setObjectName("addSupport")
        self.support_button.clicked.connect(self.add_support)
        moves.addWidget(self.support_button)
        moves.addStretch(1)
        offers_box = QGroupBox(self.tr("Offers"))
        offers_layout = QVBoxLayout(offers_box)
        offers_layout.addWidget(self.offers_view, 2)
        offers_layout.addLayout(moves)
        offers_layout.addWidget(self.support_list)
        offers_layout.addWidget(self.history, 1)

        # Matching units
        self.matches_model = MatchesModel(self)
        self.matches_view = table_view(self.matches_model, "matchesView", sortable=True)
        self.matches_view.selectionModel().currentRowChanged.connect(self._match_selected)
        self.matches_view.doubleClicked.connect(lambda _index: self.propose_selected())
        self.reasons = QLabel()
        self.reasons.setObjectName("matchReasons")
        self.reasons.setWordWrap(True)
        self.reasons.setTextFormat(Qt.TextFormat.PlainText)  # names and addresses are data
        self.propose_button = QPushButton(self.tr("Propose this unit"))
        self.propose_button.setObjectName("proposeButton")
        self.propose_button.clicked.connect(self.propose_selected)
        self.only_fitting = QCheckBox(self.tr("Only units that fit"))
        self.only_fitting.setObjectName("onlyFitting")
        self.only_fitting.toggled.connect(lambda _on: self._fill_matches())
        match_box = QGroupBox(self.tr("Matching units, best first"))
        match_layout = QVBoxLayout(match_box)
        top = QHBoxLayout()
        top.addWidget(self.only_fitting)
        top.addStretch(1)
        top.addWidget(self.propose_button)
        match_layout.addLayout(top)
        match_layout.addWidget(self.matches_view, 1)
        match_layout.addWidget(self.reasons)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(offers_box)
        splitter.addWidget(match_box)
        layout = QVBoxLayout(self)
        layout.addWidget(self.needs_label)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        self._matches: list[UnitMatch] = []
        self._needed_by: date | None = None
        # The search for matching units under way (None once its matches are shown).
        self.matching: Operation | None = None
        self._searches = 0
        self.reload()

    # --- loading -----------------------------------------------------------------

    def reload(self) -> None:
        """Reload offers and matches from the database (does not emit `changed`)."""
        selected = self.selected_offer()
        try:
            with self.database.session() as session:
                housing = housing_offers.case_housing(session, self.actor, self.reference)
                # The matching started below is audited here, in the unit of work the tab
                # reads in anyway: the background ranking then writes nothing, and never
                # holds the write lock the tabs built meanwhile on this thread wait for.
                matching.record_matched(session, self.actor, self.reference)
            self.can_edit = housing.can_edit
            needs = housing.needs
            self._needed_by = housing.needed_by
            offers = housing.offers
        except HomewardError as exc:
            self.show_message(error_text(exc))
            return
        self._find_matches()
        parts = [
            self.tr("Household of %1").replace("%1", str(needs.household_size))
            + (
                self.tr(" (%1 expected by family reunification)").replace(
                    "%1", str(needs.reunification_members)
                )
                if needs.reunification_members
                else ""
            ),
            self.tr("budget %1").replace("%1", money(needs.monthly_budget))
            if needs.monthly_budget
            else self.tr("no budget recorded"),
            ", ".join(needs.preferred_municipalities) or self.tr("no preferred municipality"),
        ]
        if needs.needed_by:
            parts.append(self.tr("needed by %1").replace("%1", needs.needed_by.isoformat()))
        if needs.needs_accessible:
            parts.append(self.tr("step-free access needed"))
        self.needs_label.setText(" · ".join(parts))
        self.offers_model.set_rows(offers)
        self.support_button.setEnabled(False)
        for button in self.move_buttons.values():
            button.setEnabled(False)
        if not offers:
            self._show_offer(None)
        elif selected is None or not select_object(self.offers_view, lambda o: o.id == selected.id):
            self.offers_view.selectRow(0)

    def _find_matches(self) -> None:
        """Rank the units for this case on the background worker; the newest search wins."""
        database, actor, reference = self.database, self.actor, self.reference

        def work(_progress: Progress) -> list[UnitMatch]:
            # Ranked in a read session, which holds no lock: the tabs built meanwhile on
            # the GUI thread (each in a session that takes the write lock) never wait for
            # it. (Its audit entry is written by `reload`.)
            with database.read_session() as session:
                return matching.match_units(session, actor, reference, audit_read=False)

        self._matches = []
        self.matches_model.set_rows([])
        self.propose_button.setEnabled(False)
        self.reasons.setText(self.tr("Finding the units that match…"))
        self._searches += 1
        search = self._searches
        # No parent: the tab may close first, and the search then finishes unseen.
        self.matching = run_operation(
            None,
            work,
            on_success=lambda found: self._matches_found(search, found),
            on_failure=lambda exc: self._matches_failed(search, exc),
        )

    def _matches_found(self, search: int, found: list[UnitMatch]) -> None:
        if not isValid(self) or search != self._searches:
            return  # the tab is gone, or a newer search has started
        self.matching = None
        self._matches = found
        self._fill_matches()
        self.propose_button.setEnabled(self.can_edit)

    def _matches_failed(self, search: int, exc: BaseException) -> None:
        if not isValid(self) or search != self._searches:
            return
        self.matching = None
        self.reasons.setText("")
        if isinstance(exc, HomewardError):
            self.show_message(error_text(exc))
        else:
            show_failure(self, exc)

    def _fill_matches(self) -> None:
        if self.matching is not None:
            return  # shown when they arrive
        shown = [m for m in self._matches if m.fits or not self.only_fitting.isChecked()]
        self.matches_model.set_rows(shown)
        if shown:
            self.matches_view.selectRow(0)
        else:
            self.reasons.setText(self.tr("No unit with a free place matches."))

    def show_message(self, text: str) -> None:
        self.message.setText(text)

    # --- selection ---------------------------------------------------------------

    def selected_offer(self) -> housing_offers.OfferView | None:
        offer: housing_offers.OfferView | None = current_object(self.offers_view)
        return offer

    def selected_match(self) -> UnitMatch | None:
        match: UnitMatch | None = current_object(self.matches_view)
        return match

    def _offer_selected(self, current: Any, _previous: Any = None) -> None:
        self._show_offer(current.data(OBJECT_ROLE) if current.isValid() else None)

    def _show_offer(self, offer: housing_offers.OfferView | None) -> None:
        self.history_model.set_rows(offer.events if offer is not None else [])
        editable = self.can_edit and offer is not None
        for state, button in self.move_buttons.items():
            # Only the offer's next steps can be pressed; the others say why not.
            refused = housing_offers.move_refused(offer.state, state) if offer is not None else None
            button.setEnabled(editable and refused is None)
            why = error_text(refused) if refused is not None else ""
            button.setToolTip(why)
            button.setAccessibleDescription(why)
        self.support_button.setEnabled(
            editable and offer is not None and offer.state not in ("declined", "ended")
        )
        if offer is None:
            self.support_list.setText(self.tr("No housing offer yet: propose a unit below."))
            return
        if offer.support:
            lines = [
                " · ".join(
                    filter(
                        None,
                        [
                            label(SUPPORT_KINDS, s.kind),
                            money(s.amount) if s.amount is not None else "",
                            s.start_date.isoformat() if s.start_date else "",
                            ("→ " + s.end_date.isoformat()) if s.end_date else "",
                            s.provided_by or "",
                        ],
                    )
                )
                for s in offer.support
            ]
            self.support_list.setText(self.tr("Support:") + " " + "; ".join(lines))
        else:
            self.support_list.setText(self.tr("No support recorded on this offer."))

    def _match_selected(self, current: Any, _previous: Any = None) -> None:
        match = current.data(OBJECT_ROLE) if current.isValid() else None
        if match is None:
            self.reasons.setText("")
            return
        self.reasons.setText(
            self.tr("%1 scores %2 of 100:")
            .replace("%1", match.unit.code)
            .replace("%2", str(match.score))
            + " "
            + " ".join(message_text(r) for r in match.reasons)
        )

    # --- actions -----------------------------------------------------------------

    def propose_selected(self) -> None:
        match = self.selected_match()
        if match is None or not self.can_edit:
            return
        code = match.unit.code
        try:
            with self.database.session() as session:
                offer = housing_offers.propose_offer(session, self.actor, self.reference, code)
                offer_id = offer.id
        except HomewardError as exc:
            self.show_message(error_text(exc))
            return
        self.show_message(self.tr("%1 proposed.").replace("%1", code))
        self._after_change(offer_id)

    def move_selected(self, to_state: str) -> None:
        offer = self.selected_offer()
        if offer is None or not self.can_edit:
            return
        refused = housing_offers.move_refused(offer.state, to_state)
        if refused is not None:  # said before any date or reason is asked for
            self.show_message(error_text(refused))
            return
        details: dict[str, Any] = {}
        support: dict[str, Any] | None = None
        if to_state in ("accepted", "moved_in", "ended", "declined"):
            planned = offer.move_in_date
            if planned is None and to_state == "accepted":
                planned = self._suggested_move_in()
            dialog = OfferMoveDialog(to_state, offer.unit_code, planned, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            details = dialog.move_values()
            support = dialog.support_values()
        try:
            with self.database.session() as session:
                housing_offers.move_offer(
                    session,
                    self.actor,
                    offer.id,
                    to_state,
                    expected_version=offer.version,
                    **details,
                )
                if support is not None:
                    housing_support.add_support(session, self.actor, offer.id, **support)
        except HomewardError as exc:
            self.show_message(error_text(exc))
            return
        text = (
            self.tr("%1: %2.")
            .replace("%1", offer.unit_code)
            .replace("%2", labels.label(labels.OFFER_STATES, to_state))
        )
        move_in = details.get("move_in_date")
        if to_state == "accepted" and move_in and self._needed_by and move_in > self._needed_by:
            text += " " + self.tr(
                "The move-in on %1 is after the transition on %2, so housing is not yet "
                "secured for it."
            ).replace("%1", move_in.isoformat()).replace("%2", self._needed_by.isoformat())
        self._after_change(offer.id)
        self.show_message(text)

    def add_support(self) -> None:
        offer = self.selected_offer()
        if offer is None or not self.can_edit:
            return
        dialog = SupportDialog(offer.unit_code, offer.move_in_date or clock.today(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.fields.values()
        try:
            with self.database.session() as session:
                housing_support.add_support(session, self.actor, offer.id, **values)
        except HomewardError as exc:
            self.show_message(error_text(exc))
            return
        self.show_message(
            self.tr("%1 recorded.").replace("%1", label(SUPPORT_KINDS, values["kind"]))
        )
        self._after_change(offer.id)

    def _suggested_move_in(self) -> date:
        """A week before the home is needed (today when that is sooner), the unit permitting."""
        today = clock.today()
        needed = self._needed_by  # as the tab last read it
        if needed is None:
            return today
        return max(today, needed - timedelta(days=7))

    def _after_change(self, offer_id: int) -> None:
        self.reload()
        select_object(self.offers_view, lambda o: o.id == offer_id)
        self.changed.emit()
