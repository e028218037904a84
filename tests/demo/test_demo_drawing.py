"""A large demo is drawn in processes of their own: the database it gives holds exactly what
drawing every case in this process gives, however many processes share the batches, and
stopping it (a cancel) leaves no process behind and nothing written."""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, inspect, select, text

from desktop_app.db import models as m
from desktop_app.demo import drawing, generator
from desktop_app.services import clock
from tests.support.backends import open_test_database

# Written with the moment of writing, or salted: not compared.
_NOT_COMPARED = {"audit_log", "case_keys", "database_identity", "alembic_version"}
_SALTED = {"password_hash"}


@pytest.fixture
def two_empty_paths(tmp_path: Path, _templates: Any) -> Iterator[tuple[Path, Path]]:
    with (
        _templates.copy(_templates.empty(), tmp_path / "here.db") as here,
        _templates.copy(_templates.empty(), tmp_path / "apart.db") as apart,
    ):
        yield here, apart


@pytest.fixture(autouse=True)
def _one_moment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Both demos are made at the same moment of the same day."""
    monkeypatch.setenv("HOMEWARD_TODAY", "2026-11-20")
    monkeypatch.setattr(clock, "now", lambda: datetime(2026, 11, 20, 9, 30))


def _draw_in_processes_only(monkeypatch: pytest.MonkeyPatch, drawers: int = 1) -> None:
    """From the first case on, `drawers` processes of their own draw; this one cannot (a
    drawing process imports the module afresh)."""

    def not_here(plan: drawing.DemoPlan) -> None:
        raise AssertionError("drawn in the writing process")

    monkeypatch.setattr(drawing, "PARALLEL_FROM", 1)
    monkeypatch.setattr(drawing, "DRAWERS", drawers)
    monkeypatch.setattr(drawing, "_cores", lambda: drawers)
    monkeypatch.setattr(drawing, "draw_batches", not_here)


def _create(path: Path, cases: int, **plan: Any) -> list[tuple[int, int]]:
    progress: list[tuple[int, int]] = []
    database = open_test_database(path)
    try:
        with database.session() as session:
            generator.create_demo(
                session, cases, 4, progress=lambda done, total: progress.append((done, total))
            )
    finally:
        database.dispose()
    return progress


def _contents(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    database = open_test_database(path)
    try:
        with database.session() as session:
            connection = session.connection()
            contents = {}
            for table in sorted(inspect(connection).get_table_names()):
                if table in _NOT_COMPARED or table.startswith("sqlite_"):
                    continue
                columns = [
                    c["name"]
                    for c in inspect(connection).get_columns(table)
                    if c["name"] not in _SALTED
                ]
                order = "id" if "id" in columns else ", ".join(columns)
                contents[table] = list(
                    connection.execute(
                        text(f"SELECT {', '.join(columns)} FROM {table} ORDER BY {order}")
                    )
                )
            return contents
    finally:
        database.dispose()


@pytest.mark.parametrize("drawers", [1, 2])
def test_a_demo_drawn_apart_holds_what_one_drawn_here_holds(
    two_empty_paths: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, drawers: int
) -> None:
    here, apart = two_empty_paths
    monkeypatch.setattr(drawing, "BATCH", 9)  # several batches of a small demo
    in_process = _create(here, 40)
    _draw_in_processes_only(monkeypatch, drawers)
    in_processes = _create(apart, 40)
    assert in_process == in_processes == [(9, 40), (18, 40), (27, 40), (36, 40), (40, 40)]
    expected, got = _contents(here), _contents(apart)
    assert len(expected["cases"]) == 40 and expected["transitions"]
    # Every batch draws its own people (not the first batch's again).
    names = [(case.given_name, case.family_name, case.date_of_birth) for case in got["cases"]]
    assert len(set(names[:9])) == 9 and not set(names[:9]) & set(names[9:18])
    assert got == expected
    assert not multiprocessing.active_children()


def test_a_batch_hands_its_rows_over_as_the_driver_takes_them(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, backend: str
) -> None:
    """On SQLite a row's dates travel as the text the database stores (the writer converts
    nothing); on PostgreSQL as dates, which its driver takes."""
    monkeypatch.setattr(drawing, "BATCH", 10)
    handed: list[Any] = []
    write_batch = generator.write_batch

    def noted(connection: Any, batch: drawing.Batch) -> None:
        handed.extend(value for _table, _names, rows in batch for row in rows for value in row)
        write_batch(connection, batch)

    monkeypatch.setattr(generator, "write_batch", noted)
    _create(db_path, 25)
    dates = [value for value in handed if isinstance(value, date)]
    texts = {value for value in handed if isinstance(value, str)}
    if backend == "sqlite":
        assert not dates
        assert {"2026-11-20", "2026-11-20 09:30:00.000000"} <= texts
    else:
        assert date(2026, 11, 20) in dates and datetime(2026, 11, 20, 9, 30) in dates


def test_a_cancelled_demo_stops_its_drawing_process_and_writes_nothing(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(drawing, "BATCH", 5)
    _draw_in_processes_only(monkeypatch, 2)

    class Cancelled(Exception):
        pass

    def cancel(done: int, total: int) -> None:
        raise Cancelled()

    database = open_test_database(db_path)
    try:
        with pytest.raises(Cancelled), database.session() as session:
            generator.create_demo(session, 200, 4, progress=cancel)
        assert not multiprocessing.active_children()
        with database.session() as session:
            assert session.scalar(select(func.count()).select_from(m.Case)) == 0
            assert session.scalar(select(func.count()).select_from(m.User)) == 0
    finally:
        database.dispose()


def test_a_demo_of_one_batch_numbers_its_rows_without_gaps(db_path: Path) -> None:
    """The blocks of ids a batch numbers its rows from leave no gap in a demo of one batch
    (every demo up to 5,000 cases): the decisions, placements, offers and units follow on."""
    _create(db_path, 40)
    database = open_test_database(db_path)
    try:
        with database.session() as session:
            for model in (m.LegalDecision, m.Placement, m.HousingOffer, m.HousingUnit):
                ids = list(session.scalars(select(model.id).order_by(model.id)))
                assert ids == list(range(ids[0], ids[0] + len(ids))), model.__name__
    finally:
        database.dispose()
