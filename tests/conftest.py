"""Shared fixtures: every test gets a fresh database copied from a template migrated once."""

from __future__ import annotations

import io
import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

# Pinned before any Homeward import so every rule sees the same "today".
TODAY = "2026-03-16"
os.environ["HOMEWARD_TODAY"] = TODAY
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop_app.services import auth  # noqa: E402
from desktop_app.services.actor import Actor  # noqa: E402
from desktop_app.services.database import Database, open_database  # noqa: E402

DEMO_CASES = 60
DEMO_SEED = 7


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing a test does touches the real user data folder or settings."""
    monkeypatch.setenv("HOMEWARD_DATA_DIR", str(tmp_path / "userdata"))
    monkeypatch.setenv("HOMEWARD_TODAY", TODAY)
    monkeypatch.delenv("HOMEWARD_PASSWORD", raising=False)


@pytest.fixture(scope="session")
def template_db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "empty.db"
    open_database(path).dispose()
    return path


@pytest.fixture(scope="session")
def demo_template_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from desktop_app.services import demo

    path = tmp_path_factory.mktemp("demo-template") / "demo.db"
    db = open_database(path)
    with db.session() as session:
        demo.create_demo(session, DEMO_CASES, DEMO_SEED)
    db.dispose()
    return path


def _copy_and_open(source: Path, target: Path) -> Database:
    shutil.copy2(source, target)
    return open_database(target)


@pytest.fixture
def db_path(tmp_path: Path, template_db_path: Path) -> Path:
    target = tmp_path / "homeward.db"
    shutil.copy2(template_db_path, target)
    return target


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(db_path)
    yield database
    database.dispose()


@pytest.fixture
def demo_db_path(tmp_path: Path, demo_template_path: Path) -> Path:
    target = tmp_path / "demo.db"
    shutil.copy2(demo_template_path, target)
    return target


@pytest.fixture
def demo_db(demo_db_path: Path) -> Iterator[Database]:
    database = open_database(demo_db_path)
    yield database
    database.dispose()


@pytest.fixture
def login(demo_db: Database) -> Callable[[str], Actor]:
    """Log a demo user in (password 'demo') and return the actor."""

    def _login(username: str) -> Actor:
        with demo_db.session() as session:
            return auth.login(session, username, "demo")

    return _login


@dataclass
class CliResult:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch) -> Callable[..., CliResult]:
    """Run `homeward ARGS` in-process; `password` goes through HOMEWARD_PASSWORD."""
    from desktop_app.cli import run

    def _run(*args: str, password: str | None = "demo") -> CliResult:
        if password is None:
            monkeypatch.delenv("HOMEWARD_PASSWORD", raising=False)
        else:
            monkeypatch.setenv("HOMEWARD_PASSWORD", password)
        out, err = io.StringIO(), io.StringIO()
        try:
            code = run(list(args), out=out, err=err)
        except SystemExit as exc:  # argparse usage errors
            code = int(exc.code or 0)
        return CliResult(code, out.getvalue(), err.getvalue())

    return _run


@pytest.fixture(scope="session")
def postgres() -> Iterator[str]:
    """A throwaway PostgreSQL cluster (base URL without a database name) for this test run."""
    from tests import pg_server

    if pg_server.server_bin() is None:
        if os.environ.get("CI"):
            pytest.fail("CI installs PostgreSQL (make system-deps); its server binaries are missing")
        pytest.skip("PostgreSQL server binaries are not installed here (make system-deps installs them)")
    with pg_server.cluster() as (base_url, _bin):
        yield base_url
