"""`among`: a long list of ids as one condition, on either backend."""

from __future__ import annotations

from sqlalchemy import select

from desktop_app.db.id_lists import among
from desktop_app.db.models import Case
from desktop_app.services.storage.database import Database


def test_among_keeps_exactly_the_listed_ids(demo_db: Database) -> None:
    with demo_db.read_session() as session:
        every = sorted(session.scalars(select(Case.id)))
        wanted = every[::3] + [max(every) + 1000]  # one id that no case has
        found = sorted(session.scalars(select(Case.id).where(among(session, Case.id, wanted))))
        assert found == every[::3]
        # A generator is read once; no ids match nothing.
        assert list(session.scalars(select(Case.id).where(among(session, Case.id, iter([]))))) == []
        text = session.scalars(
            select(Case.reference).where(among(session, Case.reference, ["no such reference"]))
        ).all()
        assert text == []


def test_on_postgresql_the_ids_are_one_array_parameter(demo_db: Database) -> None:
    with demo_db.read_session() as session:
        condition = among(session, Case.id, range(1, 900))
        sql = str(condition.compile(dialect=session.get_bind().dialect))
        if session.get_bind().dialect.name == "postgresql":
            assert "ANY" in sql and sql.count("%(") == 1
        else:
            assert " IN " in sql
