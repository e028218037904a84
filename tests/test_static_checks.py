"""The layers stay typed and clean: mypy strict below the UI, ruff everywhere."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_mypy_strict_on_domain_db_and_services():
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "desktop_app/domain", "desktop_app/db", "desktop_app/services", "desktop_app/demo"],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_finds_nothing():
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "desktop_app", "tests", "benchmarks"],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_qt_below_the_ui_layer():
    offenders = [
        str(path.relative_to(REPO))
        for layer in ("domain", "db", "services", "demo", "reports", "commands")
        for path in (REPO / "desktop_app" / layer).rglob("*.py")
        if "PySide6" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []


def test_no_sql_in_the_ui_layer():
    offenders = [
        str(path.relative_to(REPO))
        for path in (REPO / "desktop_app" / "ui").rglob("*.py")
        if any(marker in path.read_text(encoding="utf-8") for marker in ("from sqlalchemy", "import sqlalchemy", "session.execute"))
    ]
    assert offenders == []
