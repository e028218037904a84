"""A case's transitions on screen: the open ones as cards with their checklist, the resolved
ones as history with their outcomes, and the dialog that records what became of one.

Used by the case record's transitions tab, the transitions board and My day.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.checklist import CARE_PLACEMENT, HOUSING_SECURED, PERMIT_RENEWAL
from desktop_app.domain.risk_levels import COLOURS as RISK_COLOURS
from desktop_app.domain.risk_levels import TINTS as RISK_TINTS
from desktop_app.domain.transition_records import WORKER_OUTCOMES, OutcomeEntry
from desktop_app.services import clock
from desktop_app.services.errors import HomewardError, ValidationError
from desktop_app.services.transitions import outcomes
from desktop_app.ui import labels
from desktop_app.ui.messages import error_text, message_text, reasons_text
from desktop_app.ui.tones import set_tone


def risk_badge_html(risk: str) -> str:
    """Risk as a coloured badge with its word, so it never depends on colour alone."""
    text = labels.label(labels.RISKS, risk)
    return (
        f'<span style="background:{RISK_TINTS[risk]}; color:{RISK_COLOURS[risk]}; '
        f'font-weight:bold; border:1px solid {RISK_COLOURS[risk]};">&nbsp;{text}&nbsp;</span>'
    )


@dataclass(frozen=True)
class ChecklistActions:
    """What a card may ask of the page holding it."""

    tick: Callable[[str, str, bool], None]
    mark_not_applicable: Callable[[str, str, str | None], None]
    record_outcome: Callable[[Any], None]


class TransitionCard(QGroupBox):
    """One open transition: date, risk with its reason, readiness, the checklist as tick boxes
    (a right click marks an item not applicable), and "Record outcome…"."""

    def __init__(
        self,
        row: Any,
        template: Sequence[str],
        done: set[str],
        not_applicable: set[str],
        editable: bool,
        actions: ChecklistActions,
    ) -> None:
        super().__init__()
        self.row = row
        self.kind = row.kind
        self.setObjectName(f"transition_{row.kind}")
        uncertain = self.tr(" (uncertain date)") if row.uncertain else ""
        minor = self.tr(" — under 18 on this date") if row.age_group == "minor" else ""
        self.setTitle(
            f"{labels.label(labels.KINDS, row.kind)} — {row.due_date.isoformat()}{uncertain}{minor}"
        )
        layout = QVBoxLayout(self)
        self.risk_label = QLabel()
        self.risk_label.setObjectName("riskLabel")
        self.risk_label.setTextFormat(Qt.TextFormat.RichText)
        self.risk_label.setWordWrap(True)
        ready = self.tr("%1% ready").replace("%1", str(row.readiness))
        self.risk_label.setText(
            f"{risk_badge_html(row.risk)}&nbsp;&nbsp;{labels.days_text(row.days_left)}"
            f" · {ready}<br>{message_text(row.explanation)}"
        )
        self.risk = row.risk
        self.explanation = row.explanation
        layout.addWidget(self.risk_label)
        if row.needs_outcome:
            waiting = QLabel(
                self.tr(
                    "The date has passed: record what became of it (housed late, stayed in care, "
                    "moved elsewhere…). It stays on the lists until then."
                )
            )
            waiting.setObjectName("needsOutcome")
            waiting.setWordWrap(True)
            layout.addWidget(waiting)
        grid = QGridLayout()
        self.boxes: dict[str, QCheckBox] = {}
        for i, key in enumerate(template):
            box = QCheckBox(labels.label(labels.CHECKLIST, key))
            box.setObjectName(f"check_{key}")
            if key == row.secure_item:
                box.setChecked(row.housing_secured)
                box.setEnabled(False)
                box.setToolTip(self._secure_tooltip(key))
            elif key in not_applicable:
                box.setText(
                    self.tr("%1 (not applicable)").replace(
                        "%1", labels.label(labels.CHECKLIST, key)
                    )
                )
                box.setChecked(False)
                box.setEnabled(False)
                box.setAccessibleDescription(self.tr("Not applicable to this young person"))
            else:
                box.setChecked(key in done)
                box.setEnabled(editable)
                box.toggled.connect(
                    lambda checked, k=key, kind=row.kind: actions.tick(kind, k, checked)
                )
            if editable and key != row.secure_item:
                box.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
                box.customContextMenuRequested.connect(
                    lambda pos, k=key, b=box, na=key in not_applicable: self._item_menu(
                        b, pos, k, na, actions
                    )
                )
            self.boxes[key] = box
            grid.addWidget(box, i // 2, i % 2)
        layout.addLayout(grid)
        if editable:
            buttons = QHBoxLayout()
            self.na_button = QPushButton(self.tr("Not applicable…"))
            self.na_button.setObjectName("notApplicable")
            self.na_button.setToolTip(
                self.tr("Mark a checklist item as not applicable to this young person")
            )
            self.na_button.clicked.connect(lambda: self._choose_not_applicable(actions))
            self.outcome_button = QPushButton(self.tr("Record outcome…"))
            self.outcome_button.setObjectName("recordOutcome")
            self.outcome_button.clicked.connect(lambda: actions.record_outcome(row))
            buttons.addWidget(self.na_button)
            buttons.addStretch(1)
            buttons.addWidget(self.outcome_button)
            layout.addLayout(buttons)
        self._template = tuple(template)
        self._not_applicable = set(not_applicable)

    def _secure_tooltip(self, key: str) -> str:
        if key == CARE_PLACEMENT:
            return self.tr(
                "Ticked by itself when a foster, residential or supported placement starts on or "
                "before this date."
            )
        if key == PERMIT_RENEWAL:
            return self.tr(
                "Ticked by itself when the permit's renewal is applied for, or a new permit "
                "recorded, on or before this date."
            )
        assert key == HOUSING_SECURED
        return self.tr(
            "Ticked by itself when an offer is accepted, the contract signed or the "
            "young person moved in, with a move-in date on or before this date."
        )

    def _item_menu(
        self, box: QCheckBox, pos: Any, key: str, is_na: bool, actions: ChecklistActions
    ) -> None:
        menu = QMenu(self)
        if is_na:
            again = menu.addAction(self.tr("Applicable again"))
            again.triggered.connect(lambda: actions.mark_not_applicable(self.kind, key, None))
        else:
            mark = menu.addAction(self.tr("Not applicable…"))
            mark.triggered.connect(lambda: self._ask_reason(key, actions))
        menu.exec(box.mapToGlobal(pos))

    def _choose_not_applicable(self, actions: ChecklistActions) -> None:
        choices = [k for k in self._template if k != self.row.secure_item]
        names = [
            labels.label(labels.CHECKLIST, k)
            + (self.tr(" (not applicable)") if k in self._not_applicable else "")
            for k in choices
        ]
        name, ok = QInputDialog.getItem(
            self,
            self.tr("Not applicable"),
            self.tr("Which item does not apply to this young person?"),
            names,
            0,
            False,
        )
        if not ok:
            return
        key = choices[names.index(name)]
        if key in self._not_applicable:
            actions.mark_not_applicable(self.kind, key, None)
        else:
            self._ask_reason(key, actions)

    def _ask_reason(self, key: str, actions: ChecklistActions) -> None:
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Not applicable"),
            self.tr("Why does '%1' not apply to this young person?").replace(
                "%1", labels.label(labels.CHECKLIST, key)
            ),
        )
        if ok:
            actions.mark_not_applicable(self.kind, key, reason)


class TransitionHistory(QGroupBox):
    """The transitions that have an outcome: what became of each, when and why."""

    def __init__(
        self,
        rows: Sequence[Any],
        editable: bool,
        reopen: Callable[[Any], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("History: transitions with an outcome"))
        self.setObjectName("transitionHistory")
        layout = QVBoxLayout(self)
        self.lines: list[QLabel] = []
        for row in rows:
            line = QHBoxLayout()
            text = QLabel(self.describe(row))
            text.setObjectName(f"outcome_{row.kind}")
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            line.addWidget(text, 1)
            self.lines.append(text)
            if editable and row.outcome != "case_closed":
                button = QPushButton(self.tr("Reopen…"))
                button.setToolTip(self.tr("Take back an outcome recorded in error"))
                button.setAccessibleName(
                    self.tr("Reopen %1").replace("%1", labels.label(labels.KINDS, row.kind))
                )
                button.clicked.connect(lambda _checked=False, r=row: reopen(r))
                line.addWidget(button)
            layout.addLayout(line)

    def describe(self, row: Any) -> str:
        parts = [
            self.tr("%1 — due %2: %3")
            .replace("%1", labels.label(labels.KINDS, row.kind))
            .replace("%2", row.due_date.isoformat())
            .replace("%3", labels.label(labels.OUTCOMES, row.outcome))
        ]
        if row.housing_began:
            parts.append(self.tr("housing from %1").replace("%1", row.housing_began.isoformat()))
        if row.outcome_note:
            parts.append(row.outcome_note)
        if row.resolved_on:
            parts.append(self.tr("recorded %1").replace("%1", row.resolved_on.isoformat()))
        return " · ".join(parts)


class OutcomeDialog(QDialog):
    """What became of a transition: the outcome and what makes it true."""

    def __init__(self, row: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record outcome"))
        self.setObjectName("outcomeDialog")
        layout = QVBoxLayout(self)
        heading = QLabel(
            self.tr("%1 — %2, due %3")
            .replace("%1", row.name)
            .replace("%2", labels.label(labels.KINDS, row.kind))
            .replace("%3", row.due_date.isoformat())
        )
        heading.setWordWrap(True)
        layout.addWidget(heading)
        form = QFormLayout()
        self.outcome = QComboBox()
        self.outcome.setObjectName("outcome")
        for outcome in WORKER_OUTCOMES:
            self.outcome.addItem(labels.label(labels.OUTCOMES, outcome.value), outcome.value)
        self.outcome.setAccessibleName(self.tr("Outcome"))
        form.addRow(self.tr("&Outcome:"), self.outcome)
        self.housing_began = QDateEdit()
        self.housing_began.setObjectName("housingBegan")
        self.housing_began.setCalendarPopup(True)
        self.housing_began.setDate(labels.qdate(clock.today()))
        self.housing_began.setAccessibleName(self.tr("Housing began on"))
        self.housing_began_label = QLabel(self.tr("Housing &began on:"))
        self.housing_began_label.setBuddy(self.housing_began)
        form.addRow(self.housing_began_label, self.housing_began)
        self.receiving = QLineEdit()
        self.receiving.setObjectName("receiving")
        self.receiving.setPlaceholderText(self.tr("e.g. Aarhus Kommune, after-care service"))
        self.receiving.setAccessibleName(self.tr("Receiving service or municipality"))
        self.receiving_label = QLabel(self.tr("&Receiving service or municipality:"))
        self.receiving_label.setBuddy(self.receiving)
        form.addRow(self.receiving_label, self.receiving)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason_label = QLabel(self.tr("Rea&son:"))
        self.reason_label.setBuddy(self.reason)
        form.addRow(self.reason_label, self.reason)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("outcomeError")
        set_tone(self.error, "error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.outcome.currentIndexChanged.connect(self._show_fields)
        self._show_fields()

    def _show_fields(self) -> None:
        chosen = self.outcome.currentData()
        for widgets, wanted in (
            ((self.housing_began, self.housing_began_label), chosen == "housed_late"),
            ((self.receiving, self.receiving_label), chosen == "moved_elsewhere"),
            ((self.reason, self.reason_label), chosen == "no_longer_applies"),
        ):
            for widget in widgets:
                widget.setVisible(wanted)

    def entry(self) -> OutcomeEntry:
        chosen = str(self.outcome.currentData())
        began: date | None = None
        if chosen == "housed_late":
            began = labels.pydate(self.housing_began.date())
        return OutcomeEntry(
            chosen,
            began,
            self.receiving.text() if chosen == "moved_elsewhere" else None,
            self.reason.text() if chosen == "no_longer_applies" else None,
        )

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


def record_outcome_with_dialog(parent: QWidget, database: Any, actor: Any, row: Any) -> bool:
    """Ask what became of `row` and record it; the dialog stays open on a refusal, with the
    reason. True when an outcome was recorded."""
    dialog = OutcomeDialog(row, parent)
    while dialog.exec():
        try:
            with database.session() as session:
                outcomes.record_outcome(session, actor, row.transition_id, dialog.entry())
        except ValidationError as exc:
            dialog.show_error(reasons_text(exc.errors, "; "))
            continue
        except HomewardError as exc:
            dialog.show_error(error_text(exc))
            continue
        return True
    return False
