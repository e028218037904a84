"""Property-based fuzzing: no input ends in a traceback or an "unexpected error".

The import reader (CSV and XLSX bytes, then the whole dry-run import), the date
parser and the command line's arguments get inputs hypothesis makes up. The runs
are derandomized (the same examples every time, so a failure can be repeated)
and small enough to take a few seconds each.
"""

from __future__ import annotations

import io
import os
import random
import string
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from desktop_app.domain.dates import DateFormatError, parse_date_with_precision
from desktop_app.domain.spreadsheet_cells import xlsx_text
from desktop_app.services.errors import HomewardError
from desktop_app.services.exchange import import_columns, import_file, importer
from tests.support.backends import db_args

# HOMEWARD_FUZZ_EXAMPLES=2000 searches deeper by hand; `make test` keeps the default.
EXAMPLES = int(os.environ.get("HOMEWARD_FUZZ_EXAMPLES", "60"))
FUZZ = settings(
    derandomize=True,
    database=None,
    deadline=None,
    max_examples=EXAMPLES,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
# Each example of these runs a whole command or import: fewer of them.
FUZZ_SLOW = settings(FUZZ, max_examples=max(1, EXAMPLES * 5 // 12))

DATE_LIKE = st.one_of(
    st.text(max_size=30),
    st.from_regex(r"\A-?\d{0,6}[-./ ]\d{0,3}[-./ ]\d{0,6}\Z"),
    st.builds(
        lambda y, m, d, sep: sep.join(str(p) for p in (y, m, d)),
        st.integers(-10, 100_000),
        st.integers(-1, 14),
        st.integers(-1, 40),
        st.sampled_from(["-", ".", "/"]),
    ),
)


@FUZZ
@given(DATE_LIKE)
def test_the_date_parser_answers_every_text_with_a_date_or_a_reason(text):
    try:
        value, precision = parse_date_with_precision(text)
    except DateFormatError as exc:
        assert str(exc) and "\n" not in str(exc)
    else:
        assert 1 <= value.year <= 9999 and precision is not None


CELL = st.one_of(
    st.text(max_size=25),
    st.sampled_from(
        [
            "",
            "2008-05-01",
            "01.05.2008",
            "2008-02",
            "2008",
            "yes",
            "refugee",
            "Team North",
            "worker",
            "=1+1",
            "\x00",
            "\u202e",
            "9" * 40,
        ]
    ),
)
HEADERS = st.lists(
    st.sampled_from(
        list(import_columns.FIELDS) + ["dob", "Vorname", "surname", "unknown", "", "age"]
    ),
    min_size=1,
    max_size=8,
)


def _csv_bytes(headers: list[str], rows: list[list[str]], sep: str, encoding: str) -> bytes:
    text = "\n".join(sep.join(f'"{c}"' if sep in c else c for c in row) for row in [headers, *rows])
    return text.encode(encoding, errors="replace")


@FUZZ
@given(
    st.one_of(
        st.binary(max_size=400),
        st.builds(
            _csv_bytes,
            HEADERS,
            st.lists(st.lists(CELL, max_size=8), max_size=6),
            st.sampled_from([",", ";", "\t"]),
            st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]),
        ),
    )
)
def test_any_csv_bytes_are_read_or_refused_with_a_reason(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("csv") / "caseload.csv"
    path.write_bytes(data)
    try:
        table = import_file.read_table(path)
    except import_file.ImportFileError as exc:
        assert str(exc) and len(str(exc)) < 600
    else:
        assert all(isinstance(c, str) for row in table.rows for c in row)


def _valid_workbook() -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.append(["reference", "given_name", "family_name", "date_of_birth"])
    sheet.append(["HW-FZ-1", "Selam", "Tekle", "2008-05-01"])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


WORKBOOK = _valid_workbook()


@FUZZ
@given(st.lists(st.tuples(st.integers(0, len(WORKBOOK) - 1), st.integers(0, 255)), max_size=12))
def test_any_damage_to_a_workbook_is_read_or_refused_with_a_reason(tmp_path_factory, flips):
    data = bytearray(WORKBOOK)
    for where, value in flips:
        data[where] = value
    path = tmp_path_factory.mktemp("xlsx") / "caseload.xlsx"
    path.write_bytes(bytes(data))
    try:
        import_file.read_table(path)
    except import_file.ImportFileError as exc:
        assert str(exc) and "\n" not in str(exc) and len(str(exc)) < 300


def _workbook(headers: list[str], rows: list[list[object]]) -> bytes:
    book = Workbook()
    sheet = book.active
    for row in [headers, *rows]:
        sheet.append([xlsx_text(v) if isinstance(v, str) else v for v in row])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


XLSX_CELL = st.one_of(
    CELL,
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.dates(),
    st.booleans(),
    st.none(),
)


@FUZZ_SLOW
@given(
    st.one_of(
        st.builds(
            _csv_bytes,
            HEADERS,
            st.lists(st.lists(CELL, max_size=8), max_size=5),
            st.just(","),
            st.just("utf-8"),
        ).map(lambda b: ("csv", b)),
        st.builds(_workbook, HEADERS, st.lists(st.lists(XLSX_CELL, max_size=8), max_size=5)).map(
            lambda b: ("xlsx", b)
        ),
    )
)
def test_a_dry_run_import_of_any_table_reports_and_never_fails(
    demo_db, login, tmp_path_factory, source
):
    suffix, data = source
    path = tmp_path_factory.mktemp("import") / f"caseload.{suffix}"
    path.write_bytes(data)
    lead = login("lead")
    try:
        with demo_db.session() as session:
            report = importer.import_cases(session, lead, path, dry_run=True)
    except HomewardError as exc:
        assert str(exc) and len(str(exc)) < 600
    else:
        assert report.summary()


# --- the command line ---------------------------------------------------------------------

COMMANDS = [
    ["cases"],
    ["transitions"],
    ["planning"],
    ["housing", "match", "HW-2026-00001"],
    ["housing", "move"],
    ["housing", "units"],
    ["housing", "fits"],
    ["print", "transitions"],
    ["print", "case-summary"],
    ["audit"],
    ["export", "cases"],
    ["outcomes"],
    ["balance"],
    ["import", "cases"],
    ["retention"],
]
OPTIONS = [
    "--within",
    "--months",
    "--quarters",
    "--limit",
    "--format",
    "--search",
    "--team",
    "--risk",
    "--since",
    "--until",
    "--min-rooms",
    "--max-rent",
    "--scope",
    "--case",
    "--language",
    "--page-size",
    "--recipient",
    "--out",
    "--overwrite",
    "--dry-run",
]
VALUE = st.one_of(
    st.integers(-(10**20), 10**20).map(str),
    st.text(string.printable, max_size=12),
    st.text(max_size=8),
    st.sampled_from(
        [
            "json",
            "csv",
            "table",
            "red",
            "Team North",
            "2026-13-45",
            "2026-03-01",
            "nan",
            "inf",
            "-0",
            "1e309",
            "HW-2026-00001",
            "U-00001",
            "da",
            "A4",
        ]
    ),
)


@FUZZ_SLOW
@given(
    st.sampled_from(COMMANDS),
    st.lists(st.tuples(st.sampled_from(OPTIONS), VALUE), max_size=4),
    st.lists(VALUE, max_size=2),
    st.sampled_from(["lead", "worker", "coordinator", "admin"]),
)
def test_no_arguments_end_in_a_traceback_or_an_unexpected_error(
    cli, demo_db_path, tmp_path_factory, capsys, command, options, extra, user
):
    folder = tmp_path_factory.mktemp("out")
    args: list[str] = [*command, *extra]
    for option, value in options:
        if option == "--out":
            # Only into the test's own folder, under a made-up name.
            safe = "".join(c for c in value if c.isalnum())[:12] or "out"
            value = str(folder / f"{safe}.{random.Random(value).choice(['pdf', 'csv', 'xlsx'])}")
        if option in ("--overwrite", "--dry-run"):
            args.append(option)
        else:
            args += [option, value]
    result = cli(*db_args(demo_db_path), "--user", user, *args)
    said = result.err + capsys.readouterr().err
    assert result.code in (0, 1, 2), said
    assert "unexpected error" not in said and "Traceback" not in said, (args, said)
    if result.code == 1:
        assert said.startswith("homeward: ") and said.strip().count("\n") == 0, (args, said)


@pytest.mark.parametrize("text", ["\x00", "1" * 5000, "\ud800", "9999-99-99"])
def test_odd_date_texts_found_once_stay_refused_plainly(text):
    with pytest.raises(DateFormatError):
        parse_date_with_precision(text)


def test_a_row_numbered_past_the_sheet_is_still_read(tmp_path):
    path = tmp_path / "gaps.csv"
    path.write_bytes(b"given_name,family_name,date_of_birth\n\n\n\nSelam,Tekle,2008-05-01\n")
    table = import_file.read_table(path)
    assert table.row_numbers == [5]


def test_the_examples_are_the_same_every_run():
    assert FUZZ.derandomize and FUZZ.database is None
    assert Path(__file__).name == "test_safety_fuzz.py"
