"""Spreadsheet import: the sample file, a messy file with every kind of bad row, XLSX, encodings."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from desktop_app.db.models import AuditEntry, Case, LegalDecision, Placement, Transition
from desktop_app.services.errors import PermissionDeniedError
from desktop_app.services.exchange import import_columns, importer
from tests.support.audit_entries import unsealed
from tests.support.backends import open_test_database
from tests.support.paths import DATA, SHARED

# The brief's sample sits in shared/ beside the checkout; a copy is kept for other layouts.
SAMPLE = SHARED / "samples" / "caseload-sample.csv"
SAMPLE_COPY = DATA / "caseload-sample.csv"
MESSY = DATA / "messy-caseload.csv"


def _sample() -> Path:
    return SAMPLE if SAMPLE.exists() else SAMPLE_COPY


def _count_cases(db_path: Path) -> int:
    database = open_test_database(db_path)
    try:
        with database.session() as session:
            return int(session.scalar(select(func.count()).select_from(Case)) or 0)
    finally:
        database.dispose()


def _case(db_path: Path, reference: str) -> dict[str, object] | None:
    database = open_test_database(db_path)
    try:
        with database.session() as session:
            case = session.scalar(select(Case).where(Case.reference == reference))
            if case is None:
                return None
            return {
                "given_name": case.given_name,
                "family_name": case.family_name,
                "date_of_birth": case.date_of_birth,
                "dob_precision": case.dob_precision,
                "sex": case.sex,
                "nationality": case.nationality,
                "languages": case.languages,
                "interpreter_language": case.interpreter_language,
                "unaccompanied": case.unaccompanied,
                "arrival_date": case.arrival_date,
                "in_aftercare": case.in_aftercare,
                "family_reunification_members": case.family_reunification_members,
                "team": case.team.name if case.team else None,
                "primary_worker": case.primary_worker.username if case.primary_worker else None,
                "decisions": [
                    (d.decision_type, d.decision_date, d.permit_expiry)
                    for d in session.scalars(
                        select(LegalDecision).where(LegalDecision.case_id == case.id)
                    )
                ],
                "placements": [
                    (p.placement_type, p.municipality, p.planned_end_date, p.end_date)
                    for p in session.scalars(select(Placement).where(Placement.case_id == case.id))
                ],
                "transitions": sorted(
                    (t.kind, t.due_date)
                    for t in session.scalars(
                        select(Transition).where(Transition.case_id == case.id)
                    )
                ),
            }
    finally:
        database.dispose()


def test_sample_copy_matches_the_shared_sample() -> None:
    if SAMPLE.exists():
        assert SAMPLE.read_bytes() == SAMPLE_COPY.read_bytes()


def test_sample_file_imports_cleanly_and_reimport_changes_nothing(
    cli, demo_db_path, monkeypatch
) -> None:
    # The sample's decisions are dated autumn 2026: import it on a day after them.
    monkeypatch.setenv("HOMEWARD_TODAY", "2026-11-23")
    before = _count_cases(demo_db_path)
    result = cli("--db", str(demo_db_path), "--user", "lead", "import", "cases", str(_sample()))
    assert result.code == 0, result.err
    assert "the header is row 1, the first case is row 2" in result.out
    assert "Summary: 5 created, 0 updated, 0 unchanged, 0 rejected." in result.out
    assert "rejected," not in result.out
    assert _count_cases(demo_db_path) == before + 5

    amanuel = _case(demo_db_path, "HW-SAMPLE-0001")
    assert amanuel is not None
    assert amanuel["date_of_birth"] == date(2008, 3, 14)
    assert amanuel["nationality"] == "ER"
    assert amanuel["team"] == "Team North"
    assert amanuel["decisions"] == [("refugee", date(2026, 11, 2), date(2031, 11, 1))]
    assert amanuel["placements"] == [("reception", "Aarhus", None, None)]
    # Decision date + 28 days while still in reception: the move-out transition is derived.
    assert ("status_grant_move_out", date(2026, 11, 30)) in amanuel["transitions"]

    zahra = _case(demo_db_path, "HW-SAMPLE-0002")
    assert zahra is not None
    assert (zahra["date_of_birth"], zahra["dob_precision"]) == (date(2009, 1, 1), "year")
    assert zahra["unaccompanied"] is True  # "ja"
    assert zahra["family_reunification_members"] == 2
    assert zahra["decisions"] == [("pending", None, None)]
    assert zahra["placements"] == [("residential", "Malmö", date(2027, 1, 1), None)]

    yusuf = _case(demo_db_path, "HW-SAMPLE-0003")
    assert yusuf is not None
    # DD.MM.YYYY with an empty precision: exact, inferred from the form.
    assert (yusuf["date_of_birth"], yusuf["dob_precision"]) == (date(2007, 7, 15), "exact")
    assert yusuf["nationality"] == "SY"  # an English country name
    assert yusuf["in_aftercare"] is True

    olena = _case(demo_db_path, "HW-SAMPLE-0004")
    assert olena is not None
    assert (olena["date_of_birth"], olena["dob_precision"]) == (date(2008, 2, 1), "month")
    assert olena["nationality"] == "UA"  # alpha-3
    assert olena["unaccompanied"] is False  # "nej"

    hodan = _case(demo_db_path, "HW-SAMPLE-0005")
    assert hodan is not None
    assert hodan["date_of_birth"] == date(2008, 2, 29)
    assert hodan["unaccompanied"] is True  # "1"

    again = cli("--db", str(demo_db_path), "--user", "lead", "import", "cases", str(_sample()))
    assert again.code == 0, again.err
    assert "Summary: 0 created, 0 updated, 5 unchanged, 0 rejected." in again.out
    assert _count_cases(demo_db_path) == before + 5
    assert _case(demo_db_path, "HW-SAMPLE-0001") == amanuel


def test_sample_on_a_day_before_its_decisions_rejects_those_rows(cli, demo_db_path) -> None:
    # Tests run on 2026-03-16: two sample decisions (2026-11-02, 2026-10-01) lie in the future.
    result = cli("--db", str(demo_db_path), "--user", "lead", "import", "cases", str(_sample()))
    assert result.code == 0
    assert (
        "Row 2: rejected, column decision_date: The decision date 2026-11-02 is in the future."
        in result.out
    )
    assert (
        "Row 6: rejected, column decision_date: The decision date 2026-10-01 is in the future."
        in result.out
    )
    assert "Summary: 3 created, 0 updated, 0 unchanged, 2 rejected." in result.out
    assert _case(demo_db_path, "HW-SAMPLE-0001") is None
    assert _case(demo_db_path, "HW-SAMPLE-0005") is None


MESSY_REJECTIONS = {
    3: ("Date of birth", "'2008-13-45' does not exist in the calendar."),
    4: ("Date of birth", "'31.02.2008' does not exist in the calendar."),
    5: ("Nationality", "'Atlantis' is not a known country."),
    6: ("Given Name", "A name is required."),
    7: ("Reference", "The reference MESSY-06 appears more than once in the file (also row 8)."),
    8: ("Reference", "The reference MESSY-06 appears more than once in the file (also row 7)."),
    9: ("Date of birth", "The date of birth is in the future."),
    11: ("Decision date", "The decision date 2026-06-01 is in the future."),
    12: ("Decision date", "A refugee decision needs its decision date."),
    14: ("Unaccompanied", "'maybe' is not yes or no"),
    15: ("Family reunification members", "'-1' is not a whole number, 0 or more."),
    16: ("Primary worker", "There is no user called 'ghost'."),
    17: ("Team", "There is no team called 'Team West'"),
    18: ("Languages", "'Klingonish' is not a known language."),
    20: ("DOB precision", "'exact' claims more than the date '2009-07' gives"),
    21: ("Sex", "'x' is not one of female, male, other, unknown."),
    22: ("Arrival date", "'yesterday' is not a date"),
}
MESSY_REFERENCES = {
    3: "MESSY-02",
    4: "MESSY-03",
    5: "MESSY-04",
    6: "MESSY-05",
    7: "MESSY-06",
    8: "MESSY-06",
    9: "MESSY-07",
    11: "MESSY-09",
    12: "MESSY-10",
    14: "MESSY-12",
    15: "MESSY-13",
    16: "MESSY-14",
    17: "MESSY-15",
    18: "MESSY-16",
    20: "MESSY-18",
    21: "MESSY-19",
    22: "MESSY-20",
}


def test_messy_spreadsheet_rejects_each_bad_row_with_its_reason_and_stores_none_of_it(
    cli, demo_db_path
) -> None:
    before = _count_cases(demo_db_path)
    result = cli("--db", str(demo_db_path), "--user", "coordinator", "import", "cases", str(MESSY))
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert "Unknown columns, ignored: Notes." in lines
    for row, (column, reason) in MESSY_REJECTIONS.items():
        prefix = f"Row {row}: rejected, column {column}: {reason}"
        assert any(line.startswith(prefix) for line in lines), prefix
    rejected_rows = {int(line.split(":")[0].split()[1]) for line in lines if ": rejected," in line}
    assert rejected_rows == set(MESSY_REJECTIONS)
    assert "Summary: 4 created, 0 updated, 0 unchanged, 17 rejected." in lines
    assert _count_cases(demo_db_path) == before + 4
    for reference in set(MESSY_REFERENCES.values()):
        assert _case(demo_db_path, reference) is None, reference

    mariam = _case(demo_db_path, "MESSY-01")
    assert mariam is not None
    assert mariam["date_of_birth"] == date(2009, 4, 3)  # DD/MM/YYYY
    assert mariam["languages"] == "ar;en"
    assert mariam["placements"][0][1] == "Århus"  # Windows-1252 decoded
    assert mariam["primary_worker"] == "worker"
    # A decision dated before arrival is allowed.
    amina = _case(demo_db_path, "MESSY-08")
    assert amina is not None
    assert amina["decisions"] == [("refugee", date(2024, 1, 15), date(2028, 1, 14))]
    aziz = _case(demo_db_path, "MESSY-17")
    assert aziz is not None
    assert (aziz["dob_precision"], aziz["unaccompanied"]) == ("year", False)  # "nein"
    fatima = _case(demo_db_path, "MESSY-11")
    assert fatima is not None
    assert fatima["decisions"] == [("pending", None, None)]


def test_all_or_nothing_writes_nothing_when_a_row_fails(cli, demo_db_path) -> None:
    before = _count_cases(demo_db_path)
    result = cli(
        "--db",
        str(demo_db_path),
        "--user",
        "coordinator",
        "import",
        "cases",
        str(MESSY),
        "--all-or-nothing",
    )
    assert result.code == 1
    assert "Nothing was imported: 17 row(s) were rejected" in result.out
    assert "Row 2: would be created MESSY-01" in result.out
    assert _count_cases(demo_db_path) == before
    assert _case(demo_db_path, "MESSY-01") is None


def test_dry_run_reports_without_writing(cli, demo_db_path) -> None:
    before = _count_cases(demo_db_path)
    result = cli(
        "--db",
        str(demo_db_path),
        "--user",
        "coordinator",
        "import",
        "cases",
        str(MESSY),
        "--dry-run",
    )
    assert result.code == 0
    assert "Dry run, nothing was written. Would be: 4 created" in result.out
    assert _count_cases(demo_db_path) == before


def _write(path: Path, header: str, *rows: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(("\n".join([header, *rows]) + "\n").encode(encoding))
    return path


HEADER = "reference,given_name,family_name,date_of_birth,nationality,family_reunification_members"


def test_reimport_with_changes_updates_and_audits_each_field(cli, demo_db_path, tmp_path) -> None:
    first = _write(tmp_path / "a.csv", HEADER, "RE-1,Miriam,Tesfaye,2008-01-10,ER,0")
    assert cli("--db", str(demo_db_path), "--user", "lead", "import", "cases", str(first)).code == 0
    second = _write(tmp_path / "b.csv", HEADER, "RE-1,Miriam,Tesfaye,2008-01-12,ER,3")
    result = cli("--db", str(demo_db_path), "--user", "lead", "import", "cases", str(second))
    assert result.code == 0
    assert "Row 2: updated RE-1 (Miriam Tesfaye): date_of_birth, family_reunification_members" in (
        result.out
    )
    stored = _case(demo_db_path, "RE-1")
    assert stored is not None
    assert stored["date_of_birth"] == date(2008, 1, 12)
    assert stored["family_reunification_members"] == 3
    database = open_test_database(demo_db_path)
    with database.session() as session:
        changes = [
            e.detail["changes"]
            for e in unsealed(
                session,
                session.scalars(
                    select(AuditEntry).where(
                        AuditEntry.action == "case_changed", AuditEntry.entity_id == "RE-1"
                    )
                ),
            )
        ]
        imports = list(
            session.scalars(select(AuditEntry).where(AuditEntry.action == "cases_imported"))
        )
    database.dispose()
    assert changes == [
        {
            "date_of_birth": {"before": "2008-01-10", "after": "2008-01-12"},
            "family_reunification_members": {"before": 0, "after": 3},
        }
    ]
    assert [e.detail["created"] for e in imports] == [1, 0]
    assert [e.username for e in imports] == ["lead", "lead"]


def test_rows_without_reference_match_the_same_person_instead_of_duplicating(
    cli, demo_db_path, tmp_path
) -> None:
    path = _write(
        tmp_path / "noref.csv",
        "given_name;family_name;date_of_birth;sex",
        "Nadia;Sultani;12.12.2008;female",
    )
    first = cli("--db", str(demo_db_path), "--user", "lead", "import", "cases", str(path))
    assert "1 created" in first.out
    second = cli("--db", str(demo_db_path), "--user", "lead", "import", "cases", str(path))
    assert "0 created, 0 updated, 1 unchanged" in second.out
    database = open_test_database(demo_db_path)
    with database.session() as session:
        found = session.scalar(
            select(func.count()).select_from(Case).where(Case.family_name == "Sultani")
        )
    database.dispose()
    assert found == 1


@pytest.mark.parametrize(
    ("encoding", "delimiter", "bom"),
    [
        ("utf-8", ",", False),
        ("utf-8", ";", True),
        ("cp1252", ";", False),
        ("utf-8", "\t", False),
        ("utf-16", "\t", False),  # Excel's "Unicode text"
    ],
)
def test_csv_encodings_and_separators(
    cli, demo_db_path, tmp_path, encoding, delimiter, bom
) -> None:
    text = delimiter.join(["Reference", "Given name", "Family name", "DOB", "Nationality"]) + "\r\n"
    text += delimiter.join(["ENC-1", "Søren", "Müller-Åström", "2008-04-01", "Denmark"]) + "\r\n"
    data = text.encode(encoding)
    path = tmp_path / "enc.csv"
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    result = cli("--db", str(demo_db_path), "--user", "lead", "import", "cases", str(path))
    assert result.code == 0, result.err
    assert "1 created" in result.out
    stored = _case(demo_db_path, "ENC-1")
    assert stored is not None
    assert (stored["given_name"], stored["family_name"]) == ("Søren", "Müller-Åström")
    assert stored["nationality"] == "DK"


def test_xlsx_import_reads_typed_cells(cli, demo_db_path, tmp_path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(
        [
            "Reference",
            "Given name",
            "Family name",
            "Date of birth",
            "Unaccompanied",
            "Arrival date",
            "Status decision",
            "Decision date",
            "Permit expiry",
            "Placement type",
            "Placement municipality",
            "Placement end",
            "Family reunification members",
            "Primary worker",
        ]
    )
    sheet.append(
        [
            "XL-1",
            "Goli",
            "Ahmadi",
            datetime(2008, 5, 17),
            True,
            datetime(2024, 2, 3),
            "Humanitarian",
            "2025-12-01",
            date(2028, 11, 30),
            "supported",
            "Viborg",
            datetime(2026, 9, 1),
            2.0,
            "worker",
        ]
    )
    sheet.append(["XL-2", "Hassan", "", "2009", "no"])
    path = tmp_path / "caseload.xlsx"
    workbook.save(path)
    result = cli("--db", str(demo_db_path), "--user", "lead", "import", "cases", str(path))
    assert result.code == 0, result.err
    assert "Row 3: rejected, column Family name: A name is required." in result.out
    assert "Summary: 1 created, 0 updated, 0 unchanged, 1 rejected." in result.out
    stored = _case(demo_db_path, "XL-1")
    assert stored is not None
    assert stored["date_of_birth"] == date(2008, 5, 17)
    assert stored["unaccompanied"] is True
    assert stored["family_reunification_members"] == 2
    assert stored["decisions"] == [("humanitarian", date(2025, 12, 1), date(2028, 11, 30))]
    assert stored["placements"] == [("supported", "Viborg", date(2026, 9, 1), None)]
    assert stored["primary_worker"] == "worker"
    assert ("placement_end", date(2026, 9, 1)) in stored["transitions"]


def test_team_lead_rows_for_another_team_are_rejected(cli, demo_db_path, tmp_path) -> None:
    path = _write(
        tmp_path / "teams.csv",
        "reference,given_name,family_name,date_of_birth,team,primary_worker",
        "TL-1,Rami,Nasser,2008-02-02,Team South,",
        "TL-2,Sara,Nasser,2008-02-03,Team North,worker2",
        "TL-3,Lina,Nasser,2008-02-04,team north,worker",
    )
    result = cli("--db", str(demo_db_path), "--user", "lead", "import", "cases", str(path))
    assert result.code == 0
    assert (
        "Row 2: rejected, column team: You may import only into your own team (Team North), "
        "not 'Team South'." in result.out
    )
    assert "Row 3: rejected, column primary_worker: 'worker2' does not work in Team North." in (
        result.out
    )
    assert "Summary: 1 created, 0 updated, 0 unchanged, 2 rejected." in result.out
    assert _case(demo_db_path, "TL-1") is None
    stored = _case(demo_db_path, "TL-3")
    assert stored is not None and stored["team"] == "Team North"


def test_team_lead_cannot_update_another_teams_case_by_reference(
    cli, demo_db_path, tmp_path
) -> None:
    database = open_test_database(demo_db_path)
    with database.session() as session:
        other = session.scalar(
            select(Case).join(Case.team).where(Case.team.has(name="Team South")).limit(1)
        )
        assert other is not None
        reference, given, family = other.reference, other.given_name, other.family_name
        dob = other.date_of_birth.isoformat()
    database.dispose()
    path = _write(
        tmp_path / "other.csv",
        "reference,given_name,family_name,date_of_birth",
        f"{reference},{given},{family}x,{dob}",
    )
    result = cli("--db", str(demo_db_path), "--user", "lead", "import", "cases", str(path))
    assert result.code == 0
    # Refused without telling which case or team holds the reference.
    assert f"{reference} is already in use by a case you may not see" in result.out
    assert "Team South" not in result.out and family not in result.out
    assert _case(demo_db_path, reference)["family_name"] == family  # type: ignore[index]


def test_social_workers_and_admins_may_not_import(cli, demo_db_path) -> None:
    before = _count_cases(demo_db_path)
    for user in ("worker", "admin"):
        result = cli("--db", str(demo_db_path), "--user", user, "import", "cases", str(MESSY))
        assert result.code == 1
        assert "Permission denied: you may not import a caseload" in result.err
        assert "Traceback" not in result.err
    assert _count_cases(demo_db_path) == before


def test_broken_files_are_refused_with_one_line(cli, demo_db_path, tmp_path) -> None:
    no_names = _write(tmp_path / "cols.csv", "ref;name;born", "A;B;2008")
    garbage = tmp_path / "broken.xlsx"
    garbage.write_bytes(b"this is not a workbook")
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    cases = {
        no_names: "The file has no column for given_name, family_name, date_of_birth (required)",
        garbage: "The file broken.xlsx is not a readable XLSX workbook.",
        empty: "is empty: it needs a header row",
        tmp_path / "missing.csv": "There is no file",
        tmp_path / "old.xls": "old Excel format",
    }
    for path, message in cases.items():
        result = cli("--db", str(demo_db_path), "--user", "lead", "import", "cases", str(path))
        assert result.code == 1, path
        assert message in result.err, result.err
        assert len(result.err.strip().splitlines()) == 1
        assert "Traceback" not in result.err


def test_duplicate_of_the_same_person_without_references_in_one_file(
    cli, demo_db_path, tmp_path
) -> None:
    path = _write(
        tmp_path / "twice.csv",
        "given_name,family_name,date_of_birth",
        "Karim,Wardak,2008-08-08",
        "Karim,Wardak,2008-08-08",
    )
    result = cli("--db", str(demo_db_path), "--user", "lead", "import", "cases", str(path))
    assert (
        "Row 3: rejected, column given_name: Row 2 already describes the same person" in result.out
    )
    assert "1 created" in result.out


def test_service_refuses_a_social_worker_and_reports_progress(demo_db, login) -> None:
    worker = login("worker")
    with pytest.raises(PermissionDeniedError), demo_db.session() as session:
        importer.import_cases(session, worker, MESSY)
    lead = login("lead")
    seen: list[tuple[int, int]] = []
    with demo_db.session() as session:
        report = importer.import_cases(
            session, lead, _sample(), progress=lambda d, t: seen.append((d, t)), dry_run=True
        )
    assert seen[-1] == (5, 5) and len(seen) == 5
    assert report.committed is False


def test_cancelling_rolls_everything_back(demo_db, login, demo_db_path) -> None:
    lead = login("lead")
    before = _count_cases(demo_db_path)
    calls = iter([False, False, True])
    with pytest.raises(importer.ImportCancelled), demo_db.session() as session:
        importer.import_cases(session, lead, MESSY, cancelled=lambda: next(calls))
    assert _count_cases(demo_db_path) == before


def test_column_matching_is_tolerant() -> None:
    mapping = import_columns.guess_mapping(
        ["Given Name", "family-name", "DATE_OF_BIRTH", "Fødselsdato", "Primary Worker", "Whatever"]
    )
    assert mapping == {
        0: "given_name",
        1: "family_name",
        2: "date_of_birth",
        3: None,  # a second date-of-birth column is not used twice
        4: "primary_worker",
        5: None,
    }


def test_coordinator_default_team_and_name_matching_stays_within_what_the_lead_sees(
    cli, demo_db_path, tmp_path
) -> None:
    path = _write(
        tmp_path / "south.csv",
        "given_name,family_name,date_of_birth",
        "Elham,Sharifi,2008-10-10",
    )
    result = cli(
        "--db",
        str(demo_db_path),
        "--user",
        "coordinator",
        "import",
        "cases",
        str(path),
        "--team",
        "Team South",
    )
    assert result.code == 0, result.err
    assert "1 created" in result.out
    database = open_test_database(demo_db_path)
    with database.session() as session:
        case = session.scalar(select(Case).where(Case.family_name == "Sharifi"))
        assert case is not None and case.team is not None
        assert case.team.name == "Team South"
        south_reference = case.reference
    database.dispose()
    # The lead of Team North importing the same person creates their own case and
    # learns nothing about Team South's.
    lead = cli("--db", str(demo_db_path), "--user", "lead", "import", "cases", str(path))
    assert "1 created" in lead.out
    assert south_reference not in lead.out
    refused = cli(
        "--db",
        str(demo_db_path),
        "--user",
        "lead",
        "import",
        "cases",
        str(path),
        "--team",
        "Team South",
    )
    assert refused.code == 1
    assert "Permission denied" in refused.err


def test_coordinator_row_without_team_goes_to_its_workers_team(cli, demo_db_path, tmp_path) -> None:
    path = _write(
        tmp_path / "worker.csv",
        "reference,given_name,family_name,date_of_birth,primary_worker",
        "WT-1,Parisa,Azimi,2008-03-03,worker2",
        "WT-2,Reza,Azimi,2008-03-04,",
    )
    result = cli("--db", str(demo_db_path), "--user", "coordinator", "import", "cases", str(path))
    assert "2 created" in result.out
    with_worker = _case(demo_db_path, "WT-1")
    assert with_worker is not None
    assert (with_worker["team"], with_worker["primary_worker"]) == ("Team South", "worker2")
    without = _case(demo_db_path, "WT-2")
    assert without is not None
    assert (without["team"], without["primary_worker"]) == (None, None)


def test_json_report_for_scripts(cli, demo_db_path) -> None:
    import json

    result = cli(
        "--db",
        str(demo_db_path),
        "--user",
        "coordinator",
        "import",
        "cases",
        str(MESSY),
        "--dry-run",
        "--format",
        "json",
    )
    assert result.code == 0, result.err
    report = json.loads(result.out)
    assert (report["created"], report["rejected"], report["committed"]) == (4, 17, False)
    assert report["unknown_columns"] == ["Notes"]
    by_row = {r["row"]: r for r in report["rows"]}
    assert by_row[4]["status"] == "rejected"
    assert by_row[4]["problems"] == [
        {
            "column": "Date of birth",
            "field": "date_of_birth",
            "reason": "'31.02.2008' does not exist in the calendar.",
        }
    ]
    assert by_row[2]["status"] == "created" and by_row[2]["reference"] == "MESSY-01"
