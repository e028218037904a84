"""Someone else saved the same case meanwhile: show what changed, let the user choose."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)


def _text(value: Any) -> str:
    if value is True:
        return "✓"
    if value is False:
        return "—"
    return "" if value is None else str(value)


class ConflictDialog(QDialog):
    """Field by field: as you opened it, your change, and what the other person saved.

    Nothing is overwritten unless the user presses "Save mine over theirs".
    """

    TAKE_THEIRS = 1
    KEEP_MINE = 2
    CANCEL = 0

    def __init__(
        self,
        message: str,
        fields: Sequence[tuple[str, str]],
        original: Mapping[str, Any],
        mine: Mapping[str, Any],
        theirs: Mapping[str, Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Someone else changed this case"))
        self.setObjectName("conflictDialog")
        self.choice = self.CANCEL
        intro = QLabel(
            message
            + "\n"
            + self.tr(
                "Compare the changes below. Nothing has been saved yet and nothing is "
                "overwritten unless you choose to."
            )
        )
        intro.setWordWrap(True)
        self.table = QTreeWidget()
        self.table.setObjectName("conflictTable")
        self.table.setAccessibleName(self.tr("Fields saved by both"))
        self.table.setRootIsDecorated(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setHeaderLabels(
            [
                self.tr("Field"),
                self.tr("When you opened it"),
                self.tr("Your change"),
                self.tr("Saved by someone else"),
            ]
        )
        self.table.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.rows: dict[str, tuple[str, str, str]] = {}
        for name, label in fields:
            before = original.get(name)
            their = theirs.get(name, before)
            if name not in mine and their == before:
                continue
            mine_text = _text(mine[name]) if name in mine else self.tr("(unchanged)")
            item = QTreeWidgetItem([label, _text(before), mine_text, _text(their)])
            if their != before:
                item.setForeground(3, QColor("#b00020"))
            if name in mine:
                item.setForeground(2, QColor("#1f6f78"))
            self.rows[name] = (_text(before), mine_text, _text(their))
            self.table.addTopLevelItem(item)
        buttons = QDialogButtonBox()
        self.theirs_button = QPushButton(self.tr("Discard mine, show theirs"))
        self.mine_button = QPushButton(self.tr("Save mine over theirs"))
        self.cancel_button = QPushButton(self.tr("Keep editing"))
        buttons.addButton(self.theirs_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.mine_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.theirs_button.clicked.connect(lambda: self._choose(self.TAKE_THEIRS))
        self.mine_button.clicked.connect(lambda: self._choose(self.KEEP_MINE))
        self.cancel_button.clicked.connect(lambda: self._choose(self.CANCEL))
        self.cancel_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(760, 360)

    def _choose(self, choice: int) -> None:
        self.choice = choice
        self.done(choice)

    def exec_choice(self) -> int:
        self.exec()
        return self.choice
