"""Name search on a PostgreSQL server whose database speaks Danish (da_DK.UTF-8 collation).

A municipality's server is often created with its country's locale. The search finds a
typed prefix with `token >= 'MOH' AND token < 'MOH' || U+FFFF`; a glibc language collation
does not order that range round the prefix, so before revision 0003 "MOH" missed MOHAMMED
there. The search keys now compare bytewise (COLLATE "C") on every server.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from desktop_app.demo import generator
from desktop_app.services.cases import caseload, editing
from desktop_app.services.storage.database import Database, open_database
from desktop_app.services.trust import auth
from tests.support import pg_server

LOCALE = "da_DK.UTF-8"
CREATED = {"Mohammed Haidari", "Åse Ærø", "Aaliyah Osman"}


def _locale_installed() -> bool:
    listed = subprocess.run(["locale", "-a"], capture_output=True, text=True).stdout.lower()
    return "da_dk.utf8" in listed or "da_dk.utf-8" in listed


@pytest.fixture
def danish_server_db(postgres: str) -> Iterator[Database]:
    if not _locale_installed():
        pytest.fail(f"The {LOCALE} locale is not installed; `make system-deps` generates it")
    name = "danish_collation"
    pg_server.drop_database(postgres, name)
    with pg_server._admin(postgres) as conn:
        conn.execute(
            f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' "
            f"LC_COLLATE '{LOCALE}' LC_CTYPE '{LOCALE}'"
        )
    db = open_database(database_url=f"{postgres}/{name}")
    yield db
    db.dispose()
    pg_server.drop_database(postgres, name)


def test_the_danish_collation_really_breaks_a_prefix_range(danish_server_db):
    # The premise: in this database's own collation 'mohammed' is outside ['moh', 'moh'+U+FFFF).
    with danish_server_db.engine.connect() as conn:
        inside = conn.execute(
            sa.text("SELECT 'mohammed' >= 'moh' AND 'mohammed' < 'moh' || chr(65535)")
        ).scalar()
    assert inside is False


def test_search_keys_are_bytewise_and_prefixes_are_found(danish_server_db):
    with danish_server_db.engine.connect() as conn:
        collations = dict(
            conn.execute(
                sa.text(
                    "SELECT column_name, collation_name FROM information_schema.columns "
                    "WHERE table_name = 'case_search_tokens' AND column_name IN ('token', 'skeleton')"
                )
            ).all()
        )
    assert collations == {"token": "C", "skeleton": "C"}
    with danish_server_db.session() as session:
        generator.create_demo(session, 10, 1)
    with danish_server_db.session() as session:
        lead = auth.login(session, "lead", "demo")
        for given, family in (("Mohammed", "Haidari"), ("Åse", "Ærø"), ("Aaliyah", "Osman")):
            editing.create_case(
                session,
                lead,
                {"given_name": given, "family_name": family, "date_of_birth": "2008-05-01"},
            )
    with danish_server_db.session() as session:
        lead = auth.login(session, "lead", "demo")

        def found(text: str) -> list[str]:
            ids = caseload.case_ids(
                session, lead, caseload.CaseloadFilter(search=text, scope=caseload.Scope.ALL)
            )
            names = [row.name for row in caseload.rows(session, lead, ids)]
            return sorted(n for n in names if n in CREATED)

        assert found("moh") == ["Mohammed Haidari"]
        assert found("Haid") == ["Mohammed Haidari"]
        assert found("aal") == ["Aaliyah Osman"]
        assert found("ærø") == ["Åse Ærø"]
        assert found("aer") == ["Åse Ærø"]
        assert found("mohamed") == ["Mohammed Haidari"]  # tolerant spelling still works
