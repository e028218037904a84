"""`homeward migrate-to`: a verified copy of a single-PC database into an empty database."""

from __future__ import annotations

import json

from tests.support import pg_server
from tests.support.paths import DATA


def _transitions(cli, *where):
    result = cli(
        *where, "--user", "coordinator", "transitions", "--within", "90", "--format", "json"
    )
    assert result.code == 0, result.err
    return json.loads(result.out)


def test_copy_into_an_empty_sqlite_file_is_identical(cli, sqlite_demo_db_path, tmp_path):
    target = tmp_path / "copy.db"
    result = cli(
        "--db", str(sqlite_demo_db_path), "--user", "admin", "migrate-to", f"sqlite:///{target}"
    )
    assert result.code == 0, result.err
    assert "row counts match, every case matches its checksum, and the audit chain" in result.out
    assert _transitions(cli, "--db", str(target)) == _transitions(
        cli, "--db", str(sqlite_demo_db_path)
    )
    check = cli("--db", str(target), "--user", "admin", "check")
    assert check.code == 0, check.err


def test_refusals_change_nothing(cli, sqlite_demo_db_path, tmp_path):
    target = tmp_path / "copy.db"
    assert (
        cli(
            "--db", str(sqlite_demo_db_path), "--user", "admin", "migrate-to", f"sqlite:///{target}"
        ).code
        == 0
    )
    again = cli(
        "--db", str(sqlite_demo_db_path), "--user", "admin", "migrate-to", f"sqlite:///{target}"
    )
    assert again.code == 1 and "is not empty" in again.err
    lead = cli(
        "--db",
        str(sqlite_demo_db_path),
        "--user",
        "lead",
        "migrate-to",
        f"sqlite:///{tmp_path / 'other.db'}",
    )
    assert lead.code == 1 and "Permission denied" in lead.err
    assert not (tmp_path / "other.db").exists()
    bad = cli("--db", str(sqlite_demo_db_path), "--user", "admin", "migrate-to", "not a url")
    assert bad.code == 1 and "not a database URL" in bad.err
    assert "Traceback" not in again.err + lead.err + bad.err


def test_demo_moved_to_postgresql_gives_the_same_transitions(cli, sqlite_demo_db_path, postgres):
    url = pg_server.create_database(postgres, "moved")
    result = cli("--db", str(sqlite_demo_db_path), "--user", "admin", "migrate-to", url)
    assert result.code == 0, result.err
    assert _transitions(cli, "--database-url", url) == _transitions(
        cli, "--db", str(sqlite_demo_db_path)
    )
    search = cli(
        "--database-url",
        url,
        "--user",
        "worker",
        "cases",
        "--search",
        "JOSE mohammed",
        "--format",
        "json",
    )
    assert search.code == 0, search.err
    check = cli("--database-url", url, "--user", "admin", "check")
    assert check.code == 0, check.out + check.err
    # New rows get ids after the copied ones (the sequences were moved on): an import creates cases.
    before = len(
        json.loads(
            cli("--database-url", url, "--user", "coordinator", "cases", "--format", "json").out
        )
    )
    sample = DATA / "caseload-sample.csv"
    imported = cli(
        "--database-url",
        url,
        "--user",
        "coordinator",
        "import",
        "cases",
        str(sample),
        "--team",
        "Team North",
    )
    assert imported.code == 0, imported.out + imported.err
    after = len(
        json.loads(
            cli("--database-url", url, "--user", "coordinator", "cases", "--format", "json").out
        )
    )
    assert after > before


def test_the_case_checksums_find_a_case_that_differs(cli, sqlite_demo_db_path, tmp_path):
    from sqlalchemy import text

    from desktop_app.db.engine import make_engine, sqlite_url
    from desktop_app.services.storage import database_move

    target = tmp_path / "copy.db"
    assert (
        cli(
            "--db", str(sqlite_demo_db_path), "--user", "admin", "migrate-to", f"sqlite:///{target}"
        ).code
        == 0
    )
    source, copy = make_engine(sqlite_url(sqlite_demo_db_path)), make_engine(sqlite_url(target))
    try:
        with source.connect() as src, copy.connect() as dst:
            assert database_move._first_case_that_differs(src, dst) is None
        with copy.begin() as conn:
            ref = conn.execute(
                text("SELECT reference FROM cases ORDER BY id LIMIT 1 OFFSET 7")
            ).scalar()
            conn.execute(
                text(
                    "UPDATE cases SET legal_guardian = 'Changed in the copy' WHERE reference = :r"
                ),
                {"r": ref},
            )
        with source.connect() as src, copy.connect() as dst:
            assert database_move._first_case_that_differs(src, dst) == ref
    finally:
        source.dispose()
        copy.dispose()
