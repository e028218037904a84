"""Shared fixtures: every test gets a fresh database copied from a template migrated once."""

from __future__ import annotations

import io
import os
import shutil
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import TypeVar

import pytest

# Pinned before any Homeward import so every rule sees the same "today".
TODAY = "2026-03-16"
os.environ["HOMEWARD_TODAY"] = TODAY
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop_app.services.actor import Actor  # noqa: E402
from desktop_app.services.storage.database import Database, open_database  # noqa: E402
from desktop_app.services.trust import auth  # noqa: E402
from tests.support import pg_server  # noqa: E402
from tests.support.backends import _PG_TARGETS, database_url_for, open_test_database  # noqa: E402
from tests.support.small_team_db import SmallTeam, build_small_team  # noqa: E402

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


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[object]:
    """After a window test, once pytest has let go of its fixtures, what is left lives on.

    Out of the garbage collector's sight (see pytest_collection_finish), the
    next test's collections walk only what that test makes. (Frozen earlier, the
    test's own database and windows, still held by pytest, would never be freed.)
    """
    result = yield
    if {"qtbot", "qapp"} & set(getattr(item, "fixturenames", ())):
        import gc

        gc.collect()
        gc.freeze()
    return result


@pytest.fixture(autouse=True)
def _quick_password_hashes(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Passwords hash with the demo's argon2id parameters instead of the full ones.

    A real account's hash takes about 0.1 s (64 MiB, three passes), on purpose; the
    suite creates and logs in thousands of users, so in-process tests use the
    cheaper argon2id the demo users get (as Django's test settings do with their
    hasher). Everything else about logging in is the same. Tests marked
    `real_password_cost` keep the full parameters, and one of them checks that a
    real account gets them. (Commands run as subprocesses always hash in full.)
    """
    if request.node.get_closest_marker("real_password_cost") is None:
        monkeypatch.setattr(auth, "_hasher", auth._demo_hasher)
        monkeypatch.setattr(auth, "_stand_in_hash", _quick_stand_in_hash)


@cache
def _quick_stand_in_hash() -> str:
    return auth._demo_hasher.hash("stand-in")


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

DATABASE_FIXTURES = {
    "db",
    "demo_db",
    "db_path",
    "demo_db_path",
    "small_db_path",
    "login",
    "postgres",
}


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
    config.addinivalue_line(
        "markers",
        "real_password_cost: passwords hash with the full argon2id parameters, as for a "
        "real account (other in-process tests use the demo's cheaper ones)",
    )
    config.addinivalue_line(
        "markers",
        "backend_neutral(reason): uses a database, but what it checks (layout, accessible "
        "names) does not depend on which one; run in the SQLite run only",
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
    the SQLite file itself and those whose checks no backend changes (layout,
    accessible names). Pure tests (rules, catalogues, static checks) run
    once, in the SQLite run.
    """
    backend = config.getoption("--backend")
    keep: list[pytest.Item] = []
    dropped: list[pytest.Item] = []
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        if backend == "sqlite":
            wanted = not fixtures & {"postgres", "pg_cluster"}
        else:
            wanted = (
                bool(fixtures & DATABASE_FIXTURES)
                and item.get_closest_marker("sqlite_only") is None
                and item.get_closest_marker("backend_neutral") is None
            )
        (keep if wanted else dropped).append(item)
    # The slow tests first: with parallel workers, the minute-long ones then overlap
    # with the many short ones instead of keeping one worker busy at the end.
    keep.sort(key=lambda item: item.get_closest_marker("slow") is None)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
    items[:] = keep
    config.stash[_DESELECTED] = len(dropped)
    workeroutput = getattr(config, "workeroutput", None)
    if workeroutput is not None:  # a pytest-xdist worker tells the controller
        workeroutput["deselected_by_backend"] = len(dropped)


_DESELECTED = pytest.StashKey[int]()


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_auto_num_workers(config: pytest.Config) -> int | None:
    """(pytest-xdist, `-n auto`) On PostgreSQL, one worker more than the cores: for a
    minute one worker only waits on the soak's twenty (niced) writer processes, and the
    cores are kept busy by the others."""
    if config.getoption("--backend") != "postgresql":
        return None
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return cores + 1


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node, error) -> None:  # type: ignore[no-untyped-def]
    """(pytest-xdist, on the controller) Each worker collected the same tests; keep its count."""
    left = getattr(node, "workeroutput", {}).get("deselected_by_backend")
    if left is not None:
        node.config.stash[_DESELECTED] = left


def pytest_collection_finish(session: pytest.Session) -> None:
    """What collecting the tests imported (Qt, SQLAlchemy, Homeward) lives for the whole run.

    Out of the garbage collector's sight (as the app does after startup,
    desktop_app/runtime.py), a full collection walks only what tests made since,
    instead of every module again.
    """
    import gc

    gc.collect()
    gc.freeze()


def pytest_terminal_summary(terminalreporter, exitstatus: int, config: pytest.Config) -> None:  # type: ignore[no-untyped-def]
    backend = config.getoption("--backend")
    left = config.stash.get(_DESELECTED, 0)
    if backend == "postgresql":
        terminalreporter.write_line(
            f"Backend: PostgreSQL. {left} tests that need no database, concern only the "
            "SQLite file or check what no backend changes (layout, accessible names) ran "
            "in the SQLite run and are not repeated here."
        )
    else:
        terminalreporter.write_line(
            f"Backend: SQLite. {left} tests that need a PostgreSQL server run with "
            "--backend postgresql (make test does both when the server is installed)."
        )


@pytest.fixture(scope="session")
def backend(pytestconfig: pytest.Config) -> str:
    return str(pytestconfig.getoption("--backend"))


def worker_name() -> str:
    """This process's name among parallel test workers (pytest-xdist), "main" without them."""
    return os.environ.get("PYTEST_XDIST_WORKER", "main")


T = TypeVar("T")


class _Templates:
    """Databases migrated once (and filled once: the demo, the small team), copied for each test.

    On SQLite a template is a file in `folder`; on PostgreSQL a database on the
    test cluster at `pg_base_url` that each test's database is created from
    (CREATE DATABASE … TEMPLATE). Each parallel worker has its own.
    """

    def __init__(self, folder: Path, pg_base_url: str | None = None) -> None:
        self.folder = folder
        self.pg_base_url = pg_base_url
        self._made: dict[str, object] = {}
        self._count = 0

    def prepare(
        self, name: str, fill: Callable[[Database], T] | None = None, base: str | None = None
    ) -> T:
        """Make template `name` the first time (a copy of template `base`, then `fill`);
        what `fill` returned then is returned every time."""
        if name not in self._made:
            if self.pg_base_url is not None:
                database = open_database(
                    database_url=pg_server.create_database(self.pg_base_url, name, base)
                )
            else:
                if base is not None:
                    shutil.copy2(self.folder / f"{base}.db", self.folder / f"{name}.db")
                database = open_database(self.folder / f"{name}.db")
            try:
                self._made[name] = fill(database) if fill is not None else None
            finally:
                database.dispose()
        return self._made[name]  # type: ignore[return-value]

    @contextmanager
    def copy(self, name: str, target: Path) -> Iterator[Path]:
        """A fresh copy of template `name` for one test, reached by the path `target`."""
        if self.pg_base_url is None:
            shutil.copy2(self.folder / f"{name}.db", target)
            yield target
            return
        self._count += 1
        clone = f"{worker_name()}_t{self._count}"  # unique in the cluster and in its log
        _PG_TARGETS[str(target)] = pg_server.create_database(self.pg_base_url, clone, name)
        try:
            yield target
        finally:
            del _PG_TARGETS[str(target)]
            pg_server.drop_database(self.pg_base_url, clone)

    def empty(self) -> str:
        self.prepare("template_empty")
        return "template_empty"

    def demo(self) -> str:
        def fill(database: Database) -> None:
            from desktop_app.demo import generator

            with database.session() as session:
                generator.create_demo(session, DEMO_CASES, DEMO_SEED)

        # The demo starts from the migrated template rather than migrating again.
        self.prepare("template_demo", fill, base=self.empty())
        return "template_demo"

    def small_team(self) -> tuple[str, SmallTeam]:
        """The small team's template, and the team as built there (its references, ids, actors)."""
        return "template_small", self.prepare("template_small", build_small_team, base=self.empty())


@pytest.fixture(scope="session")
def pg_cluster(backend: str) -> Iterator[pg_server.Cluster]:
    """A throwaway PostgreSQL cluster for this test run.

    With parallel workers each has a cluster of its own, so a test may stop and
    start it (tests/db/test_postgres_connection_loss.py) without disturbing another's.
    """
    if pg_server.server_bin() is None:
        pytest.fail(
            "PostgreSQL server binaries are not installed (make system-deps installs them); "
            "run without --backend postgresql"
        )
    with pg_server.own_cluster() as cluster:
        yield cluster


@pytest.fixture(scope="session")
def postgres(pg_cluster: pg_server.Cluster) -> str:
    """The test cluster's base URL, without a database name."""
    return pg_cluster.base_url


@pytest.fixture(scope="session")
def _sqlite_templates(tmp_path_factory: pytest.TempPathFactory) -> _Templates:
    return _Templates(tmp_path_factory.mktemp("templates"))


@pytest.fixture(scope="session")
def _templates(
    backend: str, request: pytest.FixtureRequest, _sqlite_templates: _Templates
) -> _Templates:
    """The templates on the backend of this run."""
    if backend != "postgresql":
        return _sqlite_templates
    return _Templates(_sqlite_templates.folder, request.getfixturevalue("postgres"))


@pytest.fixture
def db_path(tmp_path: Path, _templates: _Templates) -> Iterator[Path]:
    with _templates.copy(_templates.empty(), tmp_path / "homeward.db") as path:
        yield path


def _close(database: Database) -> None:
    """Dispose of a test's database once the app's background work on it is done (a case's
    Housing tab ranks its units on the background worker, in a session of its own)."""
    operations = sys.modules.get("desktop_app.ui.operations")
    if operations is not None:
        operations.wait_for_all()
    database.dispose()


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_test_database(db_path)
    yield database
    _close(database)


@pytest.fixture
def demo_db_path(tmp_path: Path, _templates: _Templates) -> Iterator[Path]:
    with _templates.copy(_templates.demo(), tmp_path / "demo.db") as path:
        yield path


@pytest.fixture
def sqlite_demo_db_path(tmp_path: Path, _sqlite_templates: _Templates) -> Iterator[Path]:
    """The demo as a SQLite file on every backend (the source of a move up to a server)."""
    with _sqlite_templates.copy(_sqlite_templates.demo(), tmp_path / "single-pc.db") as path:
        yield path


@pytest.fixture
def demo_db(demo_db_path: Path) -> Iterator[Database]:
    database = open_test_database(demo_db_path)
    yield database
    _close(database)


@pytest.fixture
def small_db_path(tmp_path: Path, _templates: _Templates) -> Iterator[Path]:
    """The small team of tests/support/small_team_db.py, built once and copied for each test."""
    template, _team = _templates.small_team()
    with _templates.copy(template, tmp_path / "small.db") as path:
        yield path


@pytest.fixture
def small(small_db_path: Path, _templates: _Templates) -> Iterator[SmallTeam]:
    """The small team whose figures were worked out by hand, on a database of this test's own."""
    _template, team = _templates.small_team()
    database = open_test_database(small_db_path)
    yield replace(team, db=database)
    _close(database)


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
