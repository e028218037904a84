"""Export: the filtered caseload (CSV, XLSX), the round trip back in, anonymised statistics."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from desktop_app.db.models import AuditEntry, Case
from desktop_app.demo import generator
from desktop_app.services.cases import caseload
from desktop_app.services.errors import PermissionDeniedError
from desktop_app.services.exchange import exporter, import_file, importer
from desktop_app.services.trust.auth import login as auth_login
from tests.support.backends import open_test_database


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=";"))


def test_export_cases_csv_follows_the_filter_and_is_audited(
    cli, demo_db, demo_db_path, tmp_path, login
) -> None:
    lead = login("lead")
    with demo_db.session() as session:
        expected = [
            r.reference
            for r in caseload.list_cases(session, lead, caseload.CaseloadFilter(risks=("red",)))
        ]
    assert expected, "the demo has red cases in Team North"
    out = tmp_path / "red.csv"
    result = cli(
        "--db",
        str(demo_db_path),
        "--user",
        "lead",
        "export",
        "cases",
        "--risk",
        "red",
        "--out",
        str(out),
    )
    assert result.code == 0, result.err
    assert f"Exported {len(expected)} case(s)" in result.out
    rows = _read_csv(out)
    assert [r["reference"] for r in rows] == expected
    assert {r["risk"] for r in rows} == {"red"}
    assert {r["team"] for r in rows} == {"Team North"}
    assert list(rows[0])[:4] == ["reference", "given_name", "family_name", "date_of_birth"]
    with demo_db.session() as session:
        entry = session.scalar(
            select(AuditEntry)
            .where(AuditEntry.action == "caseload_exported")
            .order_by(AuditEntry.id.desc())
        )
        assert entry is not None
        assert entry.username == "lead"
        assert entry.detail["cases"] == len(expected)
        assert entry.detail["filter"]["risks"] == ["red"]


def test_export_cases_xlsx_and_search(cli, demo_db, demo_db_path, tmp_path, login) -> None:
    coordinator = login("coordinator")
    with demo_db.session() as session:
        case = session.scalar(select(Case).order_by(Case.id).limit(1))
        assert case is not None
        family = case.family_name
        expected = [
            r.reference
            for r in caseload.list_cases(
                session,
                coordinator,
                caseload.CaseloadFilter(search=family, sort=caseload.SortKey.RELEVANCE),
            )
        ]
    out = tmp_path / "found.xlsx"
    result = cli(
        "--db",
        str(demo_db_path),
        "--user",
        "coordinator",
        "export",
        "cases",
        "--search",
        family,
        "--out",
        str(out),
    )
    assert result.code == 0, result.err
    workbook = load_workbook(out, read_only=True)
    rows = list(workbook.worksheets[0].iter_rows(values_only=True))
    workbook.close()
    assert rows[0][:3] == ("reference", "given_name", "family_name")
    assert [r[0] for r in rows[1:]] == expected


def test_export_refuses_other_file_types_and_missing_folders(cli, demo_db_path, tmp_path) -> None:
    for out, message in (
        (tmp_path / "x.pdf", "exports to .csv or .xlsx"),
        (tmp_path / "nofolder" / "x.csv", "does not exist"),
    ):
        result = cli(
            "--db", str(demo_db_path), "--user", "lead", "export", "cases", "--out", str(out)
        )
        assert result.code == 1
        assert message in result.err


def _fresh_demo_without_cases(path: Path) -> None:
    database = open_test_database(path)
    with database.session() as session:
        generator.create_demo(session, 0, 7)
    database.dispose()


ROUND_TRIP_FIELDS = (
    "given_name",
    "family_name",
    "date_of_birth",
    "dob_precision",
    "sex",
    "nationality",
    "languages",
    "interpreter_language",
    "unaccompanied",
    "arrival_date",
    "in_aftercare",
    "family_reunification_members",
)


def _snapshot(path: Path) -> dict[str, dict[str, object]]:
    database = open_test_database(path)
    out: dict[str, dict[str, object]] = {}
    with database.session() as session:
        actor = auth_login(session, "coordinator", "demo")
        records = exporter.caseload_records(
            session, actor, caseload.CaseloadFilter(include_closed=False)
        )
        for case in session.scalars(select(Case).where(Case.status == "open")):
            out[case.reference] = {name: getattr(case, name) for name in ROUND_TRIP_FIELDS}
        for record in records:
            out[record["reference"]].update(
                {
                    key: record[key]
                    for key in (
                        "status_decision",
                        "decision_date",
                        "permit_expiry",
                        "placement_type",
                        "placement_municipality",
                        "placement_end",
                        "primary_worker",
                        "team",
                    )
                }
            )
    database.dispose()
    return out


def _transitions(path: Path) -> dict[str, set[tuple[str, object, str]]]:
    """Each open case's transitions as (kind, due date, status)."""
    from desktop_app.db.models import Transition

    database = open_test_database(path)
    out: dict[str, set[tuple[str, object, str]]] = {}
    with database.session() as session:
        for reference, kind, due, status in session.execute(
            select(Case.reference, Transition.kind, Transition.due_date, Transition.status)
            .join(Case, Case.id == Transition.case_id)
            .where(Case.status == "open")
        ):
            out.setdefault(reference, set()).add((kind, due, status))
    database.dispose()
    return out


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_round_trip_export_then_import_into_a_fresh_database(
    cli, demo_db_path, tmp_path, suffix
) -> None:
    exported = tmp_path / f"caseload{suffix}"
    result = cli(
        "--db",
        str(demo_db_path),
        "--user",
        "coordinator",
        "export",
        "cases",
        "--out",
        str(exported),
    )
    assert result.code == 0, result.err
    fresh = tmp_path / "fresh.db"
    _fresh_demo_without_cases(fresh)
    imported = cli("--db", str(fresh), "--user", "coordinator", "import", "cases", str(exported))
    assert imported.code == 0, imported.err
    assert " 0 rejected." in imported.out, imported.out
    assert "Columns worked out by Homeward, ignored: age, next_transition" in imported.out
    assert "Unknown columns" not in imported.out
    original = _snapshot(demo_db_path)
    copy = _snapshot(fresh)
    assert copy.keys() == original.keys()
    for reference, values in original.items():
        assert copy[reference] == values, reference
    # The transitions follow from the record: every one still open in the original is open in the
    # copy on the same date, and the copy has none the original never had. (What became of the
    # past ones is history the spreadsheet does not carry.)
    kept, made = _transitions(demo_db_path), _transitions(fresh)
    for reference in original:
        open_there = {(k, d) for k, d, status in kept.get(reference, ()) if status == "open"}
        open_here = {(k, d) for k, d, status in made.get(reference, ()) if status == "open"}
        assert open_there <= open_here, reference
        assert {(k, d) for k, d, _s in made.get(reference, ())} <= {
            (k, d) for k, d, _s in kept.get(reference, ())
        }, reference
    again = cli("--db", str(fresh), "--user", "coordinator", "import", "cases", str(exported))
    assert f"0 created, 0 updated, {len(original)} unchanged, 0 rejected" in again.out
    # The export read back into the database it came from changes nothing there either.
    home = cli("--db", str(demo_db_path), "--user", "coordinator", "import", "cases", str(exported))
    assert f"0 created, 0 updated, {len(original)} unchanged, 0 rejected" in home.out, home.out
    assert _snapshot(demo_db_path) == original


def test_statistics_are_anonymous_and_add_up(cli, demo_db, demo_db_path, tmp_path) -> None:
    out = tmp_path / "stats.csv"
    result = cli(
        "--db",
        str(demo_db_path),
        "--user",
        "coordinator",
        "export",
        "statistics",
        "--out",
        str(out),
        "--min-cell",
        "1",
    )
    assert result.code == 0, result.err
    rows = _read_csv(out)
    assert list(rows[0]) == list(exporter.STATISTICS_COLUMNS)
    text = out.read_text(encoding="utf-8-sig")
    with demo_db.session() as session:
        open_cases = list(session.scalars(select(Case).where(Case.status == "open")))
    for case in open_cases:
        assert case.reference not in text
        assert case.family_name not in text
        assert case.date_of_birth.isoformat() not in text
    assert sum(int(r["cases"]) for r in rows) == len(open_cases)
    assert {r["age_band"] for r in rows} <= {band for band, _, _ in exporter.AGE_BANDS}
    for row in rows:
        assert int(row["female"]) + int(row["male"]) + int(row["other_or_unknown"]) == int(
            row["cases"]
        )

    suppressed = tmp_path / "stats-suppressed.csv"
    assert (
        cli(
            "--db",
            str(demo_db_path),
            "--user",
            "coordinator",
            "export",
            "statistics",
            "--out",
            str(suppressed),
        ).code
        == 0
    )
    cells = [
        v
        for r in _read_csv(suppressed)
        for k, v in r.items()
        if k not in ("municipality", "age_band")
    ]
    assert "<3" in cells
    assert not {"1", "2"} & set(cells)


def test_statistics_team_lead_sees_own_team_worker_is_refused(demo_db, login, tmp_path) -> None:
    lead = login("lead")
    worker = login("worker")
    with demo_db.session() as session:
        rows = exporter.statistics(session, lead)
        team_cases = session.scalars(
            select(Case.id).where(Case.team_id == lead.team_id, Case.status == "open")
        ).all()
    assert sum(r.counts["cases"] for r in rows) == len(team_cases)
    with pytest.raises(PermissionDeniedError), demo_db.session() as session:
        exporter.export_statistics(session, worker, tmp_path / "no.csv")
    assert not (tmp_path / "no.csv").exists()


def test_xlsx_export_keeps_formula_like_text_as_text(demo_db, login, tmp_path) -> None:
    lead = login("lead")
    with demo_db.session() as session:
        report = importer.import_cases(
            session,
            lead,
            import_file.read_csv_text(
                "reference,given_name,family_name,date_of_birth\nFX-1,=SUM(A1),Test,2008-01-01\n",
                "formula.csv",
            ),
        )
        assert report.created == 1
        exporter.export_cases(
            session, lead, caseload.CaseloadFilter(search="FX-1"), tmp_path / "f.xlsx"
        )
    workbook = load_workbook(tmp_path / "f.xlsx")
    sheet = workbook.worksheets[0]
    assert sheet["B2"].value == "=SUM(A1)"
    assert sheet["B2"].data_type == "s"
    workbook.close()
