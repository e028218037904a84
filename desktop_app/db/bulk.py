"""Writing many rows at once: one prepared INSERT handed every row through the driver.

SQLAlchemy's own executemany builds and converts a parameter dictionary per row
and per column, which costs several times what the database spends storing the
row. Here each column's value conversion (the dialect's own bind processor:
dates as ISO text on SQLite, JSON as text…) is looked up once and applied a
column at a time, and the driver gets plain tuples — the stored values are
exactly those SQLAlchemy's insert would store, column defaults included.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from itertools import repeat
from operator import itemgetter
from typing import Any

from sqlalchemy import Boolean, Connection, Table

# Rows handed to the driver in one call: large enough to amortise the call, small
# enough that the converted tuples of one chunk never hold much memory.
CHUNK = 10_000

# Converts one column's values (a sequence) into what the driver is given.
ColumnConverter = Callable[[Sequence[Any]], list[Any]]


def insert_rows(connection: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """INSERT every row, in their order: dicts of column name → value, all naming the same
    columns (those left out get their column's default)."""
    if not rows:
        return
    names, values = row_values(table.name, rows)
    insert_values(connection, table, names, values)


def row_values(
    table_name: str, rows: Sequence[Mapping[str, Any]]
) -> tuple[tuple[str, ...], list[tuple[Any, ...]]]:
    """The column names the rows give, and each row's values in that order (plain tuples,
    quick to hand to another process); `rows` must all name the same columns."""
    names = tuple(rows[0])
    if set(map(len, rows)) != {len(names)}:
        raise ValueError(f"rows for {table_name} name different columns")
    values = itemgetter(*names) if len(names) > 1 else (lambda row: (row[names[0]],))
    return names, list(map(values, rows))


def insert_values(
    connection: Connection,
    table: Table,
    names: tuple[str, ...],
    values: Sequence[tuple[Any, ...]],
    *,
    converted: bool = False,
) -> None:
    """INSERT rows given as tuples of the columns `names`, in their order (the columns left
    out get their default). `converted`: the values are already what the driver is given
    (dates and times through `driver_dates`; text, whole numbers, booleans and None as
    they are), so only the defaults are added."""
    if not values:
        return
    statement, converters, defaults = _prepared(connection, table, names)
    if converted:
        converters = [None] * len(converters)
    for start in range(0, len(values), CHUNK):
        chunk = list(values[start : start + CHUNK])
        connection.exec_driver_sql(statement, _tuples(chunk, converters, defaults))


def _tuples(
    rows: list[tuple[Any, ...]],
    converters: Sequence[ColumnConverter | None],
    defaults: tuple[Any, ...],
) -> list[tuple[Any, ...]]:
    if not defaults and not any(converters):
        return rows
    if not any(converters):
        return [row + defaults for row in rows]
    columns: list[Sequence[Any]] = list(zip(*rows, strict=True))
    for index, convert in enumerate(converters):
        if convert is not None:
            columns[index] = convert(columns[index])
    columns.extend(repeat(value, len(rows)) for value in defaults)  # type: ignore[misc]
    return list(zip(*columns, strict=False))


# SQLite's default storage formats of DATE and DATETIME, which `isoformat` writes too.
_SQLITE_DATE = "%(year)04d-%(month)02d-%(day)02d"
_SQLITE_DATETIME = (
    "%(year)04d-%(month)02d-%(day)02d %(hour)02d:%(minute)02d:%(second)02d.%(microsecond)06d"
)


class _DriverDates(dict[Any, Any]):
    """Dates and naive datetimes as SQLite's DATE and DATETIME columns store them, each
    distinct value converted once."""

    def __missing__(self, value: date | datetime) -> str:
        text = (
            value.isoformat(" ", "microseconds")
            if isinstance(value, datetime)
            else value.isoformat()
        )
        self[value] = text
        return text


def driver_dates(dialect_name: str) -> Callable[[Any], Any]:
    """The value of a date or datetime (or None) as the driver is given it for a DATE or
    DATETIME column of this database, for rows inserted with `converted=True`: on SQLite
    the text SQLAlchemy stores, made once per distinct day (a large load holds the same
    few thousand days millions of times, and text hands over to another process at a
    fraction of a date's cost); elsewhere the value itself. Naive datetimes only."""
    if dialect_name != "sqlite":
        return _itself
    # (A date and the datetime of its midnight are different keys: they never compare equal.)
    return _DriverDates({None: None}).__getitem__


def _itself(value: Any) -> Any:
    return value


def _column_converter(impl: Any, dialect: Any) -> ColumnConverter | None:
    """The column's bind processor applied to every value, None too (a JSON column stores
    None as its own text), as SQLAlchemy's executemany would. On SQLite, plain dates and
    times take `isoformat` (the same text at a fraction of the cost) and booleans go as
    they are (the driver stores them as 1 and 0, as the processor would)."""
    process = impl.bind_processor(dialect)
    if process is None:
        return None
    storage = getattr(impl, "_storage_format", None)
    if dialect.name == "sqlite" and storage == _SQLITE_DATE:
        return lambda values: [v.isoformat() if v.__class__ is date else process(v) for v in values]
    if dialect.name == "sqlite" and storage == _SQLITE_DATETIME:
        return lambda values: [
            v.isoformat(" ", "microseconds")
            if v.__class__ is datetime and v.tzinfo is None
            else process(v)
            for v in values
        ]
    if dialect.name == "sqlite" and isinstance(impl, Boolean):
        return lambda values: [
            v if v is None or v.__class__ is bool else process(v) for v in values
        ]
    return lambda values: list(map(process, values))


def _prepared(
    connection: Connection, table: Table, names: tuple[str, ...]
) -> tuple[str, list[ColumnConverter | None], tuple[Any, ...]]:
    """The statement, a converter per given column, and the (converted) scalar defaults of
    the columns the rows leave out."""
    dialect = connection.dialect
    given = [table.c[name] for name in names]
    defaulted = [
        c for c in table.c if c.name not in names and c.default is not None and c.default.is_scalar
    ]
    defaults = []
    for column in defaulted:
        convert = _column_converter(column.type.dialect_impl(dialect), dialect)
        value = column.default.arg  # type: ignore[union-attr]
        defaults.append(convert([value])[0] if convert is not None else value)
    columns = given + defaulted
    quote = dialect.identifier_preparer.quote
    marker = "?" if dialect.paramstyle == "qmark" else "%s"
    statement = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(c.name) for c in columns)}) "
        f"VALUES ({', '.join(marker for _ in columns)})"
    )
    converters = [_column_converter(c.type.dialect_impl(dialect), dialect) for c in given]
    return statement, converters, tuple(defaults)


def update_values(
    connection: Connection,
    table: Table,
    names: tuple[str, ...],
    key: str,
    values: Sequence[tuple[Any, ...]],
) -> None:
    """UPDATE one row per tuple: the row whose column `key` holds the tuple's last value gets
    the columns `names` set to its other values, converted as `insert_values` converts them."""
    if not values:
        return
    dialect = connection.dialect
    quote = dialect.identifier_preparer.quote
    marker = "?" if dialect.paramstyle == "qmark" else "%s"
    statement = (
        f"UPDATE {quote(table.name)} SET {', '.join(f'{quote(n)} = {marker}' for n in names)} "
        f"WHERE {quote(key)} = {marker}"
    )
    converters = [
        _column_converter(table.c[name].type.dialect_impl(dialect), dialect)
        for name in (*names, key)
    ]
    for start in range(0, len(values), CHUNK):
        chunk = list(values[start : start + CHUNK])
        connection.exec_driver_sql(statement, _tuples(chunk, converters, ()))


@contextmanager
def indexes_set_aside(connection: Connection, tables: Sequence[Table]) -> Iterator[None]:
    """Drop the plain indexes of `tables` for a bulk load into empty tables, and build them
    again, from their own stored definitions, when it is done.

    Building an index once over the loaded rows is several times cheaper than keeping it
    up to date row by row. Indexes that back a constraint (primary keys, unique columns)
    stay. Both databases change their schema inside the transaction, so a load that fails
    leaves every index where it was.
    """
    definitions = _plain_indexes(connection, [t.name for t in tables])
    quote = connection.dialect.identifier_preparer.quote
    for name, _sql in definitions:
        connection.exec_driver_sql(f"DROP INDEX {quote(name)}")
    yield
    for _name, sql in definitions:
        connection.exec_driver_sql(sql)


def _plain_indexes(connection: Connection, tables: Sequence[str]) -> list[tuple[str, str]]:
    """(name, CREATE INDEX statement) of the indexes of these tables that back no constraint."""
    found: list[tuple[str, str]] = []
    for table in tables:
        if connection.dialect.name == "sqlite":
            rows = connection.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master "
                "WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
                (table,),
            )
        else:
            rows = connection.exec_driver_sql(
                "SELECT i.indexname, i.indexdef FROM pg_indexes i "
                "JOIN pg_class c ON c.relname = i.indexname "
                "JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = i.schemaname "
                "WHERE i.tablename = %s AND i.schemaname = current_schema() "
                "AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = c.oid)",
                (table,),
            )
        found.extend((name, sql) for name, sql in rows)
    return found
