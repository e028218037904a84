"""Answering the case record's dialogs in a test, as a user would: fill in the fields, press OK.

`DialogAnswers(monkeypatch)` replaces `RecordDialog.exec` (a modal loop) with filling the
next queued answer into the real dialog and pressing its OK; a refusal stays visible under
its field, as on screen, and is kept in `refusals` for the test to read.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox

from desktop_app.ui.record_dialog import RecordDialog


class DialogAnswers:
    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self._queue: list[tuple[str, dict[str, Any]]] = []
        self.opened: list[str] = []
        # Per dialog answered: the reasons shown under its fields (and its own message).
        self.refusals: list[dict[str, str]] = []
        self.defaults: list[dict[str, Any]] = []
        # Per dialog answered: the labels each choice offered.
        self.choices: list[dict[str, list[str]]] = []
        monkeypatch.setattr(RecordDialog, "exec", lambda dialog: self._exec(dialog))

    def answer(self, dialog_name: str, **values: Any) -> DialogAnswers:
        """The next dialog opened must be `dialog_name`; these values go into its fields."""
        self._queue.append((dialog_name, values))
        return self

    @property
    def last_refusal(self) -> dict[str, str]:
        return self.refusals[-1]

    def _exec(self, dialog: RecordDialog) -> int:
        assert self._queue, f"no answer queued for {dialog.objectName()}"
        name, values = self._queue.pop(0)
        assert dialog.objectName() == name, (dialog.objectName(), name)
        self.opened.append(name)
        self.defaults.append(dialog.values())
        self.choices.append(
            {
                field: [editor.itemText(i) for i in range(editor.count())]
                for field, editor in dialog.editors.items()
                if isinstance(editor, QComboBox)
            }
        )
        for field, value in values.items():
            dialog.set_value(field, value)
        accepted = dialog.submit()
        shown = {
            field: label.text() for field, label in dialog.errors.items() if not label.isHidden()
        }
        if not dialog.message.isHidden():
            shown["_"] = dialog.message.text()
        self.refusals.append(shown)
        return int(accepted)
