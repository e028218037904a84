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

from desktop_app.services.actor import Actor  # noqa: E402
from desktop_app.services.storage.database import Database, open_database  # noqa: E402
from desktop_app.services.trust import auth  # noqa: E402
from tests.backends import _PG_TARGETS, database_url_for, open_test_database  # noqa: E402

DEMO_CASES = 60
DEMO_SEED = 7


@pytest.fixture(autouse=True)
def _windows_gone_before_the_next_test(request: pytest.FixtureRequest) -> Iterator[None]:
    """Windows a test closed are deleted here, on the GUI thread, before the next test.

    Otherwise a closed window's wrapper may be collected later by the garbage
    collector on whichever thread runs it (the background worker, during the
    next test's database wait), and Qt widgets must only die on the GUI thread.
    """
    yield
    import gc

    if not {"qtbot", "qapp"} & set(request.fixturenames):
        return  # no window in this test
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        return
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing a test does touches the real user data folder or settings."""
    monkeypatch.setenv("HOMEWARD_DATA_DIR", str(tmp_path / "userdata"))
    monkeypatch.setenv("HOMEWARD_TODAY", TODAY)
    monkeypatch.delenv("HOMEWARD_PASSWORD", raising=False)


# ---------------------------------------------------------------- backends
#
# The suite runs on SQLite always and, with `--backend postgresql`, again on a
# throwaway PostgreSQL cluster: every test that uses one of the database
# fixtures below gets a PostgreSQL database cloned from a migrated template.
# A test that hands the database to the command line as `--db PATH` gets
# `--database-url URL` instead (see `cli`), so the same test drives the same
# command against the server.

DATABASE_FIXTURES = {"db", "demo_db", "db_path", "demo_db_path", "login", "postgres"}


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--backend",
        choices=("sqlite", "postgresql"),
        default=os.environ.get("HOMEWARD_TEST_BACKEND", "sqlite"),
        help="the database the tests run on (PostgreSQL: a throwaway cluster the tests start)",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "sqlite_only(reason): about the SQLite file itself (backup, encryption, file dialogs); "
        "not run with --backend postgresql",
    )


def pytest_report_header(config: pytest.Config) -> str:
    backend = config.getoption("--backend")
    if backend == "postgresql":
        return "database backend: PostgreSQL (throwaway cluster started by the tests)"
    return "database backend: SQLite"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Each run holds the tests that depend on its backend.

    The SQLite run holds every test but those that need a PostgreSQL server;
    the PostgreSQL run holds the tests that use a database, except those about
    the SQLite file itself. Pure tests (rules, catalogues, static checks) run
    once, in the SQLite run.
    """
    backend = config.getoption("--backend")
    keep: list[pytest.Item] = []
    dropped: list[pytest.Item] = []
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        if backend == "sqlite":
            wanted = "postgres" not in fixtures
        else:
            wanted = bool(fixtures & DATABASE_FIXTURES) and item.get_closest_marker("sqlite_only") is None
        (keep if wanted else dropped).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = keep
    config.stash[_DESELECTED] = len(dropped)


_DESELECTED = pytest.StashKey[int]()


def pytest_terminal_summary(terminalreporter, exitstatus: int, config: pytest.Config) -> None:  # type: ignore[no-untyped-def]
    backend = config.getoption("--backend")
    left = config.stash.get(_DESELECTED, 0)
    if backend == "postgresql":
        terminalreporter.write_line(
            f"Backend: PostgreSQL. {left} tests that need no database or concern only the "
            "SQLite file ran in the SQLite run and are not repeated here."
        )
    else:
        terminalreporter.write_line(
            f"Backend: SQLite. {left} tests that need a PostgreSQL server run with "
            "--backend postgresql (make test does both when the server is installed)."
        )


@pytest.fixture(scope="session")
def backend(pytestconfig: pytest.Config) -> str:
    return str(pytestconfig.getoption("--backend"))


class _PgTemplates:
    """Migrated template databases on the test cluster, cloned once per test."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.count = 0

    def create(self, name: str, template: str | None = None) -> str:
        from tests import pg_server

        return pg_server.create_database(self.base_url, name, template)

    def drop(self, name: str) -> None:
        from tests import pg_server

        pg_server.drop_database(self.base_url, name)

    def clone(self, template: str) -> tuple[str, str]:
        self.count += 1
        name = f"t{self.count}"
        return name, self.create(name, template)


@pytest.fixture(scope="session")
def postgres(backend: str) -> Iterator[str]:
    """A throwaway PostgreSQL cluster (base URL without a database name) for this test run."""
    from tests import pg_server

    if pg_server.server_bin() is None:
        pytest.fail(
            "PostgreSQL server binaries are not installed (make system-deps installs them); "
            "run without --backend postgresql"
        )
    with pg_server.cluster() as (base_url, _bin):
        yield base_url


@pytest.fixture(scope="session")
def _pg_templates(backend: str, request: pytest.FixtureRequest) -> _PgTemplates | None:
    if backend != "postgresql":
        return None
    from desktop_app.demo import generator

    templates = _PgTemplates(request.getfixturevalue("postgres"))
    open_database(database_url=templates.create("template_empty")).dispose()
    demo_db = open_database(database_url=templates.create("template_demo"))
    with demo_db.session() as session:
        generator.create_demo(session, DEMO_CASES, DEMO_SEED)
    demo_db.dispose()
    return templates


@pytest.fixture(scope="session")
def template_db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "empty.db"
    open_database(path).dispose()
    return path


@pytest.fixture(scope="session")
def demo_template_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from desktop_app.demo import generator

    path = tmp_path_factory.mktemp("demo-template") / "demo.db"
    db = open_database(path)
    with db.session() as session:
        generator.create_demo(session, DEMO_CASES, DEMO_SEED)
    db.dispose()
    return path


def _test_database(
    request: pytest.FixtureRequest, target: Path, sqlite_template: str, pg_template: str
) -> Iterator[Path]:
    templates: _PgTemplates | None = request.getfixturevalue("_pg_templates")
    if templates is None:
        shutil.copy2(request.getfixturevalue(sqlite_template), target)
        yield target
        return
    name, url = templates.clone(pg_template)
    _PG_TARGETS[str(target)] = url
    try:
        yield target
    finally:
        del _PG_TARGETS[str(target)]
        templates.drop(name)


@pytest.fixture
def db_path(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Path]:
    yield from _test_database(request, tmp_path / "homeward.db", "template_db_path", "template_empty")


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_test_database(db_path)
    yield database
    database.dispose()


@pytest.fixture
def demo_db_path(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Path]:
    yield from _test_database(request, tmp_path / "demo.db", "demo_template_path", "template_demo")


@pytest.fixture
def sqlite_demo_db_path(tmp_path: Path, demo_template_path: Path) -> Path:
    """The demo as a SQLite file on every backend (the source of a move up to a server)."""
    target = tmp_path / "single-pc.db"
    shutil.copy2(demo_template_path, target)
    return target


@pytest.fixture
def demo_db(demo_db_path: Path) -> Iterator[Database]:
    database = open_test_database(demo_db_path)
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
            code = run(_on_backend(list(args)), out=out, err=err)
        except SystemExit as exc:  # argparse usage errors
            code = int(exc.code or 0)
        return CliResult(code, out.getvalue(), err.getvalue())

    return _run


def _on_backend(args: list[str]) -> list[str]:
    """`--db PATH` of a test database becomes `--database-url URL` on PostgreSQL."""
    rewritten: list[str] = []
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--db" and i + 1 < len(args) and database_url_for(args[i + 1]):
            rewritten += ["--database-url", str(database_url_for(args[i + 1]))]
            i += 2
            continue
        if arg.startswith("--db=") and database_url_for(arg[5:]):
            rewritten.append(f"--database-url={database_url_for(arg[5:])}")
        else:
            rewritten.append(arg)
        i += 1
    return rewritten

