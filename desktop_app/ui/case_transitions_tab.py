"""A case's Transitions tab: each open transition with its date, risk and why, readiness,
the checklist as tick boxes (each tick saved at once; an item can be marked not applicable)
and *Record outcome…*; below them, the resolved ones with their outcomes, as history."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFrame, QInputDialog, QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop_app.domain.checklist import template_for
from desktop_app.domain.transitions import is_listed
from desktop_app.services import clock
from desktop_app.services import settings as org_settings
from desktop_app.services.cases import checklist
from desktop_app.services.transitions import outcomes
from desktop_app.ui import case_labels, labels
from desktop_app.ui.case_tab import CaseTab, RecordPage
from desktop_app.ui.transition_widgets import (
    ChecklistActions,
    TransitionCard,
    TransitionHistory,
    record_outcome_with_dialog,
    risk_badge_html,
)

__all__ = ["CaseTransitionsTab", "risk_badge_html"]


class CaseTransitionsTab(CaseTab):
    """The open transitions as cards, soonest first; the resolved ones as history."""

    def __init__(self, page: RecordPage, parent: QWidget | None = None) -> None:
        super().__init__(page, parent)
        with page.database.session() as session:
            self.templates = org_settings.checklist_templates(session)
            self.rules = org_settings.transition_rules(session)
        # The first open card of each kind (and every card by its transition's number).
        self.cards: dict[str, TransitionCard] = {}
        self.cards_by_id: dict[int, TransitionCard] = {}
        self.history: TransitionHistory | None = None
        content = QWidget()
        self.cards_layout = QVBoxLayout(content)
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.reload()

    # --- changes ---------------------------------------------------------------------

    def tick(self, kind: str, key: str, done: bool) -> None:
        """Tick (or untick) one checklist item of one transition; saved at once."""
        self.page.run(
            lambda s: checklist.set_checklist_item(
                s, self.page.actor, self.page.reference, kind, key, done
            )
        )

    def mark_not_applicable(self, kind: str, key: str, reason: str | None) -> None:
        """Mark an item not applicable with the reason (None: applicable again)."""
        self.page.run(
            lambda s: checklist.set_checklist_item(
                s,
                self.page.actor,
                self.page.reference,
                kind,
                key,
                False,
                not_applicable=reason is not None,
                reason=reason,
            )
        )

    def record_outcome(self, row: Any) -> None:
        if record_outcome_with_dialog(self, self.page.database, self.page.actor, row):
            self.page.run(lambda _s: None)  # read the record again

    def reopen(self, row: Any) -> None:
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Reopen"),
            self.tr("Why is the outcome '%1' taken back?").replace(
                "%1", labels.label(labels.OUTCOMES, row.outcome)
            ),
        )
        if ok:
            self.page.run(lambda s: outcomes.reopen(s, self.page.actor, row.transition_id, reason))

    # --- showing -----------------------------------------------------------------------

    def _point_at_contacts(self, card: TransitionCard) -> None:
        """ "Adult connections" names the mentor, family, teachers… on the record."""
        box = card.boxes.get("adult_connections")
        if box is None:
            return
        network = self.record.network_contacts(clock.today())
        if network and "adult_connections" not in self.record.checklist_na.get(card.kind, ()):
            box.setText(
                labels.counted(
                    self.tr("%1 — %n on record", "", len(network)), len(network)
                ).replace("%1", labels.label(labels.CHECKLIST, "adult_connections"))
            )
        tip = (
            self.tr("On record: %1.").replace(
                "%1",
                ", ".join(
                    f"{c.name} ({labels.label(case_labels.CONTACT_ROLES, c.role)})" for c in network
                ),
            )
            if network
            else self.tr(
                "No mentor, family member, teacher or other adult connection is recorded yet "
                "(Contacts and consents)."
            )
        )
        box.setToolTip(tip)
        box.setAccessibleDescription(tip)

    def reload(self) -> None:
        record = self.record
        layout = self.cards_layout
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.cards = {}
        self.cards_by_id = {}
        intro = QLabel(
            self.tr(
                "Transitions follow from the date of birth, the decisions and the placements, and "
                "stay here until their outcome is known. Tick what is ready; each tick is saved "
                "at once. Right-click an item to mark it not applicable."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        today = clock.today()
        actions = ChecklistActions(self.tick, self.mark_not_applicable, self.record_outcome)
        for row in sorted(record.open_transitions, key=lambda t: (t.due_date, t.kind)):
            if not is_listed(row.kind, row.due_date, today, self.rules):
                continue  # a permit expiry not yet in its warning window
            card = TransitionCard(
                row,
                template_for(self.templates, row.kind, row.age_group, row.secure_item),
                record.checklist.get(row.kind, set()),
                record.checklist_na.get(row.kind, set()),
                record.can_edit,
                actions,
            )
            self._point_at_contacts(card)
            self.cards.setdefault(row.kind, card)
            self.cards_by_id[row.transition_id] = card
            layout.addWidget(card)
        resolved = sorted(record.resolved_transitions, key=lambda t: (t.due_date, t.kind))
        self.history = TransitionHistory(resolved, record.can_edit, self.reopen)
        self.history.setVisible(bool(resolved))
        if not record.transitions:
            layout.addWidget(QLabel(self.tr("No transition for this case.")))
        layout.addWidget(self.history)
        layout.addStretch(1)
