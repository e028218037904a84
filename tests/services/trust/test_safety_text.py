"""Names and references are plain text, and no export lets a spreadsheet run a formula.

Findings 2 and 3 of the safety review: control characters (NUL, BEL, U+202E) were
accepted on input, an XLSX export then failed, the log kept the name; CSV exports
wrote `=…` cells as they were.
"""

from __future__ import annotations

import csv
import io
import logging
import sys
from datetime import datetime

import pytest
from openpyxl import load_workbook
from sqlalchemy import insert, select

from desktop_app.db.models import Case, User
from desktop_app.domain.plain_text import (
    first_hidden_character,
    hidden_character_problem,
    is_hidden_character,
)
from desktop_app.domain.spreadsheet_cells import csv_cell, unescape_csv_cell
from desktop_app.services.actor import SYSTEM, Role
from desktop_app.services.cases import editing
from desktop_app.services.cases.caseload import CaseloadFilter
from desktop_app.services.errors import ValidationError
from desktop_app.services.exchange import exporter, import_file, importer
from desktop_app.services.trust import audit_query, auth, users
from tests.support.backends import raw_sql

FORMULAS = ['=HYPERLINK("http://x.example","Klik")', "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"]


# --- the rules --------------------------------------------------------------------


@pytest.mark.parametrize(
    "char",
    [
        "\x00",
        "\x07",
        "\x1b",
        "\x7f",
        "\x85",
        "\u202e",
        "\u202d",
        "\u2066",
        "\u200e",
        "\u200b",
        "\ufeff",
        "\u2028",
        "\u00ad",
        "\n",
        "\t",
    ],
)
def test_control_and_invisible_characters_are_refused(char):
    assert is_hidden_character(char)
    assert hidden_character_problem(f"Amanuel{char}Tesfay") is not None


@pytest.mark.parametrize(
    "name",
    [
        "Amanuel Tesfay",
        "Zoë Müller-Łukasiewicz",
        "محمد رضایی",
        "می\u200cخواهم",
        "Narges\u200dA",
        "Ĳssel",
        "O'Brien",
        "Nguyễn Thị Hương",
        "Сергей",
    ],
)
def test_names_in_any_script_pass_with_zero_width_joiners_kept(name):
    # ZWNJ (U+200C) and ZWJ (U+200D) are part of Persian, Kurdish and Urdu spelling.
    assert hidden_character_problem(name) is None


def test_a_text_is_checked_as_each_of_its_characters_would_be():
    # A printable text is passed without looking at each character: that shortcut must
    # agree with the rule for every code point there is.
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        expected = char if is_hidden_character(char) else None
        assert first_hidden_character(f"Ana{char}") == expected, f"U+{code:04X}"


@pytest.mark.parametrize("text", FORMULAS)
def test_a_text_cell_that_would_start_a_formula_gets_an_apostrophe(text):
    cell = csv_cell(text)
    assert cell.startswith("'") and cell[1:].replace("\ufffd", text[0]) == text
    assert unescape_csv_cell("'" + text) == text


def test_numbers_stay_numbers_and_plain_text_stays_as_it_is():
    assert csv_cell(-5) == -5 and csv_cell(3.5) == 3.5
    assert csv_cell("Tesfay") == "Tesfay" and csv_cell("2026-03-16") == "2026-03-16"


# --- refused on input, everywhere ---------------------------------------------------


def test_a_new_case_and_an_edit_refuse_a_name_with_a_control_character(demo_db, login):
    lead = login("lead")
    with demo_db.session() as session, pytest.raises(ValidationError) as refused:
        editing.create_case(
            session,
            lead,
            {"given_name": "Amanuel\x07", "family_name": "Tesfay", "date_of_birth": "2008-05-01"},
        )
    assert "U+0007" in refused.value.errors["given_name"]
    with demo_db.session() as session, pytest.raises(ValidationError) as refused:
        editing.create_case(
            session,
            lead,
            {"given_name": "Amanuel", "family_name": "Tesfay", "date_of_birth": "2008-05-01"},
            reference="HW-\u202e1000",
        )
    assert "RIGHT-TO-LEFT OVERRIDE" in refused.value.errors["reference"]
    with demo_db.session() as session:
        case = session.scalar(select(Case).where(Case.team_id == lead.team_id).limit(1))
        reference, version = case.reference, case.version
    with demo_db.session() as session, pytest.raises(ValidationError) as refused:
        editing.update_case(session, lead, reference, version, {"family_name": "Tes\x00fay"})
    assert set(refused.value.errors) == {"family_name"}
    with demo_db.session() as session:
        assert "\x00" not in session.get(Case, case.id).family_name


def test_users_and_teams_refuse_control_characters(demo_db, login):
    admin = login("admin")
    with demo_db.session() as session, pytest.raises(ValidationError) as refused:
        users.create_user(
            session, admin, "mona\x1b", "Mona", "social_worker", "long-password-1", "Team North"
        )
    assert "username" in refused.value.errors
    with demo_db.session() as session, pytest.raises(ValidationError) as refused:
        users.create_user(
            session, admin, "mona", "Mona \u202eS", "social_worker", "long-password-1", "Team North"
        )
    assert "full_name" in refused.value.errors
    with demo_db.session() as session, pytest.raises(ValidationError):
        users.create_team(session, admin, "Team\u2066West")
    with demo_db.session() as session, pytest.raises(ValidationError):
        users.update_team(session, admin, "Team North", municipality="Aarhus\x07")


def test_an_import_rejects_the_rows_with_control_characters_and_keeps_the_others(
    demo_db, login, tmp_path
):
    path = tmp_path / "caseload.csv"
    path.write_text(
        "reference,given_name,family_name,date_of_birth\n"
        "HW-IMP-1,Selam,Tekle,2008-05-01\n"
        "HW-IMP-2,Amanuel\x00,Tesfay,2008-06-01\n"
        "HW-IMP-3,Yonas,\u202eyafseT,2008-07-01\n"
        "HW-IMP-\x07,Hana,Berhe,2008-08-01\n",
        encoding="utf-8",
    )
    with demo_db.session() as session:
        report = importer.import_cases(session, login("lead"), path)
    assert (report.created, report.rejected) == (1, 3)
    reasons = " ".join(p.reason for p in report.problems)
    assert "U+0000" in reasons and "U+202E" in reasons and "U+0007" in reasons


# --- written out safely ----------------------------------------------------------------


def _store_name(db_path, case_id: int, given: str) -> None:
    # What an older Homeward (or another tool) may have stored: the output must cope.
    raw_sql(db_path, "UPDATE cases SET given_name = :g WHERE id = :i", {"g": given, "i": case_id})


def _team_case_id(demo_db, lead) -> int:
    with demo_db.session() as session:
        return int(
            session.scalar(
                select(Case.id).where(Case.team_id == lead.team_id).order_by(Case.id).limit(1)
            )
        )


def test_exports_write_formulas_as_text_and_stored_control_characters_harmlessly(
    demo_db, demo_db_path, login, tmp_path, cli
):
    lead = login("lead")
    case_id = _team_case_id(demo_db, lead)
    _store_name(demo_db_path, case_id, '=HYPERLINK("http://x.example")\x07\u202e')
    with demo_db.session() as session:
        reference = session.get(Case, case_id).reference
    # CSV export: an apostrophe, no control character.
    out = tmp_path / "caseload.csv"
    with demo_db.session() as session:
        exporter.export_cases(session, lead, CaseloadFilter(), out)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = {r["reference"]: r for r in csv.DictReader(handle, delimiter=";")}
    given = rows[reference]["given_name"]
    assert given.startswith("'=HYPERLINK") and "\x07" not in given and "\u202e" not in given
    # XLSX export: written (no crash), a text cell, never a formula.
    book = tmp_path / "caseload.xlsx"
    with demo_db.session() as session:
        exporter.export_cases(session, lead, CaseloadFilter(), book)
    sheet = load_workbook(book).worksheets[0]
    header = [c.value for c in sheet[1]]
    cells = {r[0].value: r[header.index("given_name")] for r in sheet.iter_rows(min_row=2)}
    assert cells[reference].data_type == "s"
    assert cells[reference].value.startswith("=HYPERLINK") and "\x07" not in cells[reference].value
    # `cases --format csv` (the command line's CSV) and the audit log's CSV.
    result = cli("--db", str(demo_db_path), "--user", "lead", "cases", "--format", "csv")
    assert result.code == 0
    line = next(r for r in csv.reader(io.StringIO(result.out)) if r and r[0] == reference)
    assert line[1].startswith("'=HYPERLINK")
    # Negative numbers stay numbers in CSV (days_left of an overdue transition).
    result = cli(
        "--db",
        str(demo_db_path),
        "--user",
        "lead",
        "transitions",
        "--within",
        "90",
        "--format",
        "csv",
    )
    days = [r[4] for r in csv.reader(io.StringIO(result.out))][1:]
    assert any(d.startswith("-") for d in days), "the demo has overdue transitions"
    at = datetime(2026, 3, 16, 9, 0)
    rows_ = [audit_query.AuditRow(1, at, "=cmd|' /C calc'!A0", "login", None, None, None, {}, "h")]
    assert "'=cmd" in audit_query.to_csv(rows_)


def test_chart_numbers_are_written_through_the_same_guard(tmp_path):
    from desktop_app.ui.charts import write_csv

    path = tmp_path / "chart.csv"
    write_csv(path, ["municipality", "cases"], [["@Aarhus", 3], ["-Odense", -1]])
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[1] == ["'@Aarhus", "3"] and rows[2] == ["'-Odense", "-1"]


def test_an_exported_formula_like_name_imports_back_as_it_was(demo_db, login, tmp_path):
    lead = login("lead")
    source = tmp_path / "in.csv"
    source.write_text(
        "reference,given_name,family_name,date_of_birth\nHW-EQ-1,=Selam,+Tekle,2008-05-01\n",
        encoding="utf-8",
    )
    with demo_db.session() as session:
        importer.import_cases(session, lead, source)
    out = tmp_path / "out.csv"
    with demo_db.session() as session:
        exporter.export_cases(session, lead, CaseloadFilter(search="HW-EQ-1"), out)
    assert "'=Selam" in out.read_text(encoding="utf-8-sig")
    table = import_file.read_table(out)
    row = table.rows[0]
    assert table.headers[1] == "given_name" and row[1] == "=Selam" and row[2] == "+Tekle"


def test_the_log_keeps_where_an_error_happened_but_not_its_message(tmp_path):
    from desktop_app.__main__ import PrivateFormatter

    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(PrivateFormatter("%(levelname)s %(message)s"))
    log = logging.getLogger("homeward-test-private")
    log.addHandler(handler)
    name = "".join(["Ama", "nuel ", "Tes", "fay"])  # (the log shows lines of code too)
    try:
        try:
            try:
                raise ValueError(f"{name} cannot be used in worksheets")
            except ValueError as inner:
                raise RuntimeError(f"while exporting {name}") from inner
        except RuntimeError:
            log.exception("unexpected error in %s", "export")
    finally:
        log.removeHandler(handler)
    text = stream.getvalue()
    assert "unexpected error in export" in text and "test_safety_text.py" in text
    assert "builtins.ValueError" in text and "builtins.RuntimeError" in text
    assert "Amanuel" not in text and "Tesfay" not in text


def test_database_errors_carry_no_values_of_the_statement(db):
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError) as failed, db.session() as session:
        auth.create_user(
            session, SYSTEM, "amanuel.tesfay", "Amanuel Tesfay", Role.ADMIN, "long-pw-123"
        )
        session.execute(
            insert(User).values(
                username="amanuel.tesfay",
                full_name="Amanuel Tesfay",
                role="admin",
                password_hash="x",
                active=True,
                must_change_password=False,
                failed_logins=0,
            )
        )
    assert "Amanuel" not in str(failed.value) and "hidden" in str(failed.value)


def test_the_command_line_never_writes_a_control_character_to_the_terminal(
    demo_db, demo_db_path, login, cli
):
    lead = login("lead")
    case_id = _team_case_id(demo_db, lead)
    _store_name(demo_db_path, case_id, "Amanuel\x1b[2J\u202e")
    result = cli("--db", str(demo_db_path), "--user", "lead", "cases")
    assert result.code == 0
    assert "\x1b" not in result.out and "\u202e" not in result.out
    assert "Amanuel\ufffd[2J\ufffd" in result.out
