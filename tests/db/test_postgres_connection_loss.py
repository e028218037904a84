"""Losing the shared server: plain words, nothing typed is lost, work carries on once it is back.

Each test stops and starts this test run's own server (each parallel worker has
a cluster of its own, and runs one test at a time), with a copy of the demo on it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from desktop_app.services.cases import opening
from desktop_app.services.errors import DatabaseUnavailableError
from desktop_app.services.storage.database import open_database
from desktop_app.services.trust import auth
from desktop_app.ui.case_record import CaseRecordPage
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.operations import wait_for_all
from tests.support import pg_server
from tests.support.backends import database_url_for

HASSAN = "HW-2026-00001"


@pytest.fixture
def running(
    pg_cluster: pg_server.Cluster, demo_db_path: Path
) -> Iterator[tuple[pg_server.Cluster, str]]:
    """The server and the URL of the test's demo database; the server runs again afterwards."""
    url = database_url_for(demo_db_path)
    assert url is not None
    yield pg_cluster, url
    if not _answers(url):  # a failed test leaves the server running for the next
        pg_cluster.start()


def _where(url: str) -> str:
    """How the messages name the database: "NAME on HOST"."""
    parsed = make_url(url)
    return f"{parsed.database} on {parsed.host}"


def _answers(url: str) -> bool:
    database = open_database(database_url=url, run_migrations=False)
    try:
        return database.is_reachable()
    finally:
        database.dispose()


def test_a_service_step_says_the_server_is_gone_then_carries_on(running) -> None:
    cluster, url = running
    database = open_database(database_url=url)
    try:
        with database.session() as session:
            worker = auth.login(session, "worker", "demo")
        cluster.stop()
        assert not database.is_reachable()
        with pytest.raises(DatabaseUnavailableError, match="cannot be reached") as lost:
            with database.session() as session:
                opening.open_case(session, worker, HASSAN)
        assert _where(url) in str(lost.value)
        cluster.start()
        # The same database object goes on: the dropped connections are replaced.
        with database.session() as session:
            assert opening.open_case(session, worker, HASSAN).case.reference == HASSAN
    finally:
        database.dispose()


def test_the_command_line_exits_1_with_one_line(running, cli) -> None:
    cluster, url = running
    cluster.stop()
    result = cli("--database-url", url, "--user", "lead", "transitions", "--within", "90")
    assert result.code == 1
    lines = result.err.strip().splitlines()
    assert len(lines) == 1, result.err
    assert lines[0].startswith(f"homeward: The database server for {_where(url)} cannot be reached")
    assert "Traceback" not in result.err
    cluster.start()
    again = cli("--database-url", url, "--user", "lead", "transitions", "--within", "90")
    assert again.code == 0, again.err


@pytest.fixture
def lossy_db(running):
    """The database, disposed only after the test's windows are gone (request it before qtbot)."""
    database = open_database(database_url=running[1])
    yield database
    database.dispose()


def test_the_window_keeps_the_edit_shows_the_loss_and_saves_when_back(
    running, lossy_db, qtbot
) -> None:
    cluster, _url = running
    database = lossy_db
    with database.session() as session:
        worker = auth.login(session, "worker", "demo")
    window = MainWindow(database, worker)
    qtbot.addWidget(window)
    window.show()
    watch = window.connection_watch
    assert watch is not None
    watch.timer.setInterval(200)
    record = window.open_case(HASSAN)
    assert isinstance(record, CaseRecordPage)
    guardian = record.form.editors["legal_guardian"]
    guardian.clear()
    qtbot.keyClicks(guardian, "Guardian typed while the server was away")

    cluster.stop()
    with qtbot.waitSignal(watch.lost, timeout=10000):
        watch.check_now()
    assert watch.banner.isVisible()
    assert "connection to the database server is lost" in watch.banner.text()
    assert record.save() is False
    assert "cannot be reached" in record.message.text()
    assert guardian.text() == "Guardian typed while the server was away"
    assert record.is_dirty()

    cluster.start()
    with qtbot.waitSignal(watch.restored, timeout=15000):
        pass
    assert not watch.banner.isVisible()
    assert "again" in window.statusBar().currentMessage()
    assert record.save() is True
    with database.session() as session:
        saved = opening.open_case(session, worker, HASSAN, audit_read=False).case
    assert saved.legal_guardian == "Guardian typed while the server was away"
    watch.timer.stop()
    wait_for_all()
