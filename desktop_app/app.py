"""Composition root: builds the database, services and main window. Nothing runs at import."""

from __future__ import annotations

from collections.abc import Sequence


def run_gui(argv: Sequence[str]) -> int:
    from desktop_app.ui.application import run

    return run(list(argv))
