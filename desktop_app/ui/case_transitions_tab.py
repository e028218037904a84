"""A case's Transitions tab: each transition with its date, risk and why, readiness, and
the checklist as tick boxes (each tick saved at once)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.checklist import HOUSING_SECURED
from desktop_app.domain.transitions import is_listed
from desktop_app.services import cases, clock
from desktop_app.services import settings as org_settings
from desktop_app.ui import labels
from desktop_app.ui.case_tab import CaseTab, RecordPage
from desktop_app.ui.caseload_model import RISK_COLOURS, RISK_TINTS
from desktop_app.ui.messages import message_text


def risk_badge_html(risk: str) -> str:
    text = labels.label(labels.RISKS, risk)
    return (
        f'<span style="background:{RISK_TINTS[risk]}; color:{RISK_COLOURS[risk]}; '
        f'font-weight:bold; border:1px solid {RISK_COLOURS[risk]};">&nbsp;{text}&nbsp;</span>'
    )


class TransitionCard(QGroupBox):
    """One transition: date, risk with its reason, readiness and the checklist as tick boxes."""

    def __init__(
        self,
        row: Any,
        template: Sequence[str],
        done: set[str],
        editable: bool,
        on_tick: Callable[[str, str, bool], None],
    ) -> None:
        super().__init__()
        self.kind = row.kind
        self.setObjectName(f"transition_{row.kind}")
        uncertain = self.tr(" (uncertain date)") if row.uncertain else ""
        self.setTitle(
            f"{labels.label(labels.KINDS, row.kind)} — {row.due_date.isoformat()}{uncertain}"
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
        grid = QGridLayout()
        self.boxes: dict[str, QCheckBox] = {}
        for i, key in enumerate(template):
            box = QCheckBox(labels.label(labels.CHECKLIST, key))
            box.setObjectName(f"check_{key}")
            if key == HOUSING_SECURED:
                box.setChecked(row.housing_secured)
                box.setEnabled(False)
                box.setToolTip(
                    self.tr(
                        "Ticked by itself when an offer is accepted, the contract signed or the "
                        "young person moved in, with a move-in date on or before this date."
                    )
                )
            else:
                box.setChecked(key in done)
                box.setEnabled(editable)
                box.toggled.connect(lambda checked, k=key, kind=row.kind: on_tick(kind, k, checked))
            self.boxes[key] = box
            grid.addWidget(box, i // 2, i % 2)
        layout.addLayout(grid)


class CaseTransitionsTab(CaseTab):
    """The transitions still followed as cards; those passed and no longer followed as notes."""

    def __init__(self, page: RecordPage, parent: QWidget | None = None) -> None:
        super().__init__(page, parent)
        with page.database.session() as session:
            self.template = tuple(org_settings.checklist_template(session))
            self.rules = org_settings.transition_rules(session)
        self.cards: dict[str, TransitionCard] = {}
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

    def tick(self, kind: str, key: str, done: bool) -> None:
        """Tick (or untick) one checklist item of one transition; saved at once."""
        self.page.run(
            lambda s: cases.set_checklist_item(
                s, self.page.actor, self.page.reference, kind, key, done
            )
        )

    def reload(self) -> None:
        record = self.record
        layout = self.cards_layout
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.cards = {}
        intro = QLabel(
            self.tr(
                "Transitions follow from the date of birth, the decisions and the placements. "
                "Tick what is ready; each tick is saved at once."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        today = clock.today()
        followed, earlier = [], []
        for row in sorted(record.transitions, key=lambda t: (t.due_date, t.kind)):
            passed = row.due_date < today and not is_listed(
                row.kind, row.due_date, today, row.housing_secured, self.rules
            )
            (earlier if passed else followed).append(row)
        for row in earlier:
            # Passed and housed, or passed longer ago than the look-back: no longer followed.
            note = QLabel(
                self.tr("%1 — %2: passed, no longer followed (%3).")
                .replace("%1", labels.label(labels.KINDS, row.kind))
                .replace("%2", row.due_date.isoformat())
                .replace(
                    "%3",
                    self.tr("housing was secured")
                    if row.housing_secured
                    else self.tr("more than %1 days ago").replace(
                        "%1", str(self.rules.lookback_days)
                    ),
                )
            )
            note.setObjectName(f"passed_{row.kind}")
            note.setStyleSheet("color: palette(mid);")
            layout.addWidget(note)
        for row in followed:
            card = TransitionCard(
                row,
                self.template,
                record.checklist.get(row.kind, set()),
                record.can_edit,
                self.tick,
            )
            self.cards[row.kind] = card
            layout.addWidget(card)
        if not record.transitions:
            layout.addWidget(QLabel(self.tr("No transition for this case.")))
        layout.addStretch(1)
