"""Revision 0011: the stored search keys learn what they share, and a search counts them right."""

from __future__ import annotations

from datetime import date, datetime

from alembic import command
from sqlalchemy import inspect, text

from desktop_app.db import migrate
from desktop_app.domain.names import search_keys, skeleton, tokens
from desktop_app.services.actor import SYSTEM
from desktop_app.services.cases import caseload

PEOPLE = {
    1: ("Hamid", "Haddad", None),
    2: ("Habib", "Noori", "Habibullah"),
    3: ("Amanuel", "Tesfay", None),
}


def test_revision_0011_fills_what_each_stored_token_shares(db, monkeypatch):
    engine = db.engine
    command.downgrade(migrate.alembic_config(engine), "0008")
    now = datetime(2026, 1, 1, 9, 0)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO teams (id, name, active) VALUES (1, 'Team North', true)"))
        for case_id, (given, family, preferred) in PEOPLE.items():
            names = " ".join(filter(None, (given, family, preferred)))
            conn.execute(
                text(
                    "INSERT INTO cases (id, reference, given_name, family_name, preferred_name,"
                    " search_text, sort_name, date_of_birth, dob_precision, sex,"
                    " interpreter_needed, unaccompanied, status, in_aftercare,"
                    " family_reunification_members, needs_accessible_housing, team_id, anonymised,"
                    " created_at, updated_at, version)"
                    " VALUES (:id, :ref, :given, :family, :preferred, :names, :names, :dob, 'exact',"
                    " 'male', false, true, 'open', false, 0, false, 1, false, :now, :now, 1)"
                ),
                {
                    "id": case_id,
                    "ref": f"HW-2025-0000{case_id}",
                    "given": given,
                    "family": family,
                    "preferred": preferred,
                    "names": names.lower(),
                    "dob": date(2008, 5, 1),
                    "now": now,
                },
            )
            # As revision 0008's writers stored them: the tokens in reverse order, so the
            # upgrade cannot lean on the order the rows were written in.
            for token in sorted(set(tokens(names)), reverse=True):
                conn.execute(
                    text(
                        "INSERT INTO case_search_tokens (case_id, token, skeleton)"
                        " VALUES (:case, :token, :skeleton)"
                    ),
                    {"case": case_id, "token": token, "skeleton": skeleton(token)},
                )
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == migrate.head_revision(engine)
    with engine.connect() as conn:
        stored = {
            (case_id, token): shared
            for case_id, token, shared in conn.execute(
                text("SELECT case_id, token, shared FROM case_search_tokens")
            )
        }
        indexes = {
            i["name"]: i["column_names"] for i in inspect(conn).get_indexes("case_search_tokens")
        }
    assert stored == {
        (case_id, token): shared
        for case_id, (given, family, preferred) in PEOPLE.items()
        for token, _skeleton, shared in search_keys(
            " ".join(filter(None, (given, family, preferred)))
        )
    }
    assert stored[(1, "hamid")] == 2 and stored[(2, "habibullah")] == 5
    assert indexes["ix_case_search_tokens_token_case"] == ["token", "case_id", "shared"]
    # "Ha" finds Hamid Haddad and Habib (Habibullah) Noori once each, from the index.
    monkeypatch.setattr(caseload, "RANK_EVERY_MATCH", 0)
    flt = caseload.CaseloadFilter(search="Ha", sort=caseload.SortKey.RELEVANCE)
    with db.session() as session:
        found = caseload.find_cases(session, SYSTEM, flt)
    assert (found.total, sorted(found.ids)) == (2, [1, 2])
