"""The layers stay typed and clean: mypy strict below the UI, ruff everywhere."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.paths import REPO


@pytest.mark.slow
def test_mypy_strict_on_domain_db_and_services():
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "desktop_app/domain",
            "desktop_app/db",
            "desktop_app/services",
            "desktop_app/demo",
        ],
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


def test_tests_and_benchmarks_are_formatted():
    # (desktop_app/ follows once the moves into capability packages have landed.)
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--check", "tests", "benchmarks"],
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
        if any(
            marker in path.read_text(encoding="utf-8")
            for marker in ("from sqlalchemy", "import sqlalchemy", "session.execute")
        )
    ]
    assert offenders == []


def _imported_modules(path: Path) -> set[str]:
    """Every module a file imports, `from a import b` counted as both a and a.b."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def test_screens_and_commands_reach_storage_through_the_services():
    files = [
        *(REPO / "desktop_app" / "ui").rglob("*.py"),
        *(REPO / "desktop_app" / "commands").rglob("*.py"),
        REPO / "desktop_app" / "cli.py",
    ]
    offenders = [
        f"{path.relative_to(REPO)}: {module}"
        for path in files
        for module in sorted(_imported_modules(path))
        if module == "desktop_app.db" or module.startswith("desktop_app.db.")
    ]
    assert offenders == []


def test_screens_get_answers_about_a_case_not_the_case_itself():
    # The loaders hand back the database's row of a case, alive only in its session:
    # screens ask the services for plain data (`access_to`, `case_housing`…) instead.
    loaders = {"load_case_for_read", "load_case_for_edit", "load_case_with_access"}
    offenders = [
        f"{path.relative_to(REPO)}: {module}"
        for path in (REPO / "desktop_app" / "ui").rglob("*.py")
        for module in sorted(_imported_modules(path))
        if module.rsplit(".", 1)[-1] in loaders
    ]
    assert offenders == []


def test_the_services_import_no_qt():
    offenders = [
        f"{path.relative_to(REPO)}: {module}"
        for path in (REPO / "desktop_app" / "services").rglob("*.py")
        for module in sorted(_imported_modules(path))
        if module.split(".")[0] in ("PySide6", "shiboken6")
    ]
    assert offenders == []


def test_pages_and_commands_are_listed_plainly():
    """No module is looked up by name at run time: a screen or command that is missing or broken
    fails where it is imported, in the tests, instead of turning into a stand-in."""
    for name in ("ui/main_window.py", "cli.py", "app.py"):
        imported = _imported_modules(REPO / "desktop_app" / name)
        assert "importlib" not in imported, name
