"""Moving a single-PC database up to a shared server: a verified copy into an empty database.

The target is brought to the same schema by the same Alembic migrations,
then every table is copied in foreign-key order, row counts are compared
a checksum of every case is compared and the audit chain is verified on
the copy. Nothing is written to the
source; a failed copy leaves the target as empty as it was.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Engine, func, inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

from desktop_app.db import migrate
from desktop_app.db.engine import (
    advance_id_sequences,
    make_engine,
    make_session_factory,
    refresh_statistics,
)
from desktop_app.db.models import Base
from desktop_app.domain.i18n import message as _
from desktop_app.services.actor import Actor
from desktop_app.services.errors import HomewardError
from desktop_app.services.storage.database import Database
from desktop_app.services.trust import audit
from desktop_app.services.trust.permissions import require_admin

CHUNK = 5000


@dataclass(frozen=True)
class MoveReport:
    target: str
    rows: dict[str, int]
    audit_entries: int

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())


def _safe_url(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)


def _target_engine(target_url: str) -> Engine:
    try:
        url = make_url(target_url)
    except ArgumentError:
        raise HomewardError(
            _(
                "'{target_url}' is not a database URL (e.g. postgresql+psycopg://host/db).",
                target_url=target_url,
            )
        ) from None
    try:
        return make_engine(url)
    except NoSuchModuleError:
        raise HomewardError(
            _(
                "Homeward cannot talk to '{url_drivername}' databases.",
                url_drivername=url.drivername,
            )
        ) from None
    except ModuleNotFoundError as exc:
        raise HomewardError(
            _(
                "The database driver '{exc_name}' is not installed (for PostgreSQL: pip install 'psycopg[binary]').",
                exc_name=exc.name,
            )
        ) from None


def _require_empty(engine: Engine, safe: str) -> None:
    try:
        names = set(inspect(engine).get_table_names())
    except DBAPIError as exc:
        raise HomewardError(
            _("Cannot reach the target database {safe}: {exc_orig}", safe=safe, exc_orig=exc.orig)
        ) from None
    ours = names & (set(Base.metadata.tables) | {"alembic_version"})
    if ours:
        raise HomewardError(
            _(
                "The target database {safe} is not empty (it has {items}…); migrate-to only copies into an empty database.",
                safe=safe,
                items=", ".join(sorted(ours)[:4]),
            )
        )


# The target keeps the id its own migrations gave it: it is a database of its own from
# now on (the audit anchors of the single-PC file do not apply to it, services/anchors.py).
NOT_COPIED = frozenset({"database_identity"})


def _copied_tables() -> list[Any]:
    return [t for t in Base.metadata.sorted_tables if t.name not in NOT_COPIED]


def move_to(
    source: Database,
    actor: Actor,
    target_url: str,
    progress: Callable[[str, int], None] | None = None,
) -> MoveReport:
    """Copy the whole database into the empty database at `target_url` and verify the copy."""
    require_admin(actor)
    target = _target_engine(target_url)
    safe = _safe_url(target_url)
    if source.url.render_as_string(hide_password=False) == target.url.render_as_string(
        hide_password=False
    ):
        target.dispose()
        raise HomewardError(_("The target is the database itself."))
    try:
        _require_empty(target, safe)
        migrate.upgrade(target)
        if migrate.current_revision(target) != migrate.current_revision(source.engine):
            raise HomewardError(
                _("The target could not be brought to the source's schema revision.")
            )
        copied: dict[str, int] = {}
        try:
            with source.engine.connect() as src, target.begin() as dst:
                for table in _copied_tables():
                    count = 0
                    # Documents' pieces (256 KB each) go a few at a time, other rows by thousands.
                    batch = int(table.info.get("copy_batch_rows", CHUNK))
                    result = src.execution_options(yield_per=batch).execute(
                        select(table).order_by(*table.primary_key.columns)
                    )
                    for chunk in result.mappings().partitions(batch):
                        dst.execute(table.insert(), [dict(row) for row in chunk])
                        count += len(chunk)
                    copied[table.name] = count
                    if progress:
                        progress(table.name, count)
                # Explicit ids were copied; new rows must continue after them.
                advance_id_sequences(dst)
                refresh_statistics(dst)
        except DBAPIError as exc:
            _drop_everything(target)
            raise HomewardError(
                _(
                    "Copying into {safe} failed and was undone: {exc_orig}",
                    safe=safe,
                    exc_orig=exc.orig,
                )
            ) from None
        report = _verify(source, target, copied, safe)
        _vacuum(target)
    finally:
        target.dispose()
    with source.session() as session:
        audit.record(
            session,
            actor,
            "database_moved",
            detail={
                "target": safe,
                "rows": report.total_rows,
                "audit_entries": report.audit_entries,
            },
        )
    return report


def _vacuum(target: Engine) -> None:
    """Leave the server's copy vacuumed: the visibility map lets the board and the search
    read their indexes alone from the first day, instead of once autovacuum gets round
    to the freshly copied tables (and competes with the first users while it does)."""
    if target.dialect.name != "postgresql":
        return
    with target.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM (ANALYZE)")


def _verify(source: Database, target: Engine, copied: dict[str, int], safe: str) -> MoveReport:
    with source.engine.connect() as src, target.connect() as dst:
        for table in _copied_tables():
            here = src.execute(select(func.count()).select_from(table)).scalar_one()
            there = dst.execute(select(func.count()).select_from(table)).scalar_one()
            if here != there or there != copied[table.name]:
                raise HomewardError(
                    _(
                        "The copy in {safe} is incomplete: table {table_name} has {there} rows, the source {here}.",
                        safe=safe,
                        table_name=table.name,
                        there=there,
                        here=here,
                    )
                )
        mismatch = _first_case_that_differs(src, dst) or _first_document_that_differs(dst)
        if mismatch is not None:
            raise HomewardError(
                _(
                    "The copy in {safe} differs from the source for case {mismatch}.",
                    safe=safe,
                    mismatch=mismatch,
                )
            )
    factory = make_session_factory(target)
    with factory() as session:
        chain = audit.verify_chain(session)
    if not chain.ok:
        raise HomewardError(
            _(
                "The audit chain of the copy in {safe} does not verify (entry {chain_first_broken_id}: {chain_problem}).",
                safe=safe,
                chain_first_broken_id=chain.first_broken_id,
                chain_problem=chain.problem,
            )
        )
    return MoveReport(target=safe, rows=copied, audit_entries=chain.entries)


def _case_checksums(conn: Connection) -> Iterator[tuple[str, str]]:
    """(reference, SHA-256 over the case's stored values), case by case in id order."""
    cases = Base.metadata.tables["cases"]
    result = conn.execution_options(yield_per=CHUNK).execute(select(cases).order_by(cases.c.id))
    with result:
        for row in result.mappings():
            text_form = json.dumps(
                {k: _comparable(v) for k, v in row.items()}, sort_keys=True, default=str
            )
            yield str(row["reference"]), hashlib.sha256(text_form.encode()).hexdigest()


def _comparable(value: Any) -> Any:
    # The same stored value reads back as the same text on both databases.
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, float):
        return repr(round(value, 9))
    return value


def _first_case_that_differs(src: Connection, dst: Connection) -> str | None:
    for (ref, here), (ref_there, there) in zip(
        _case_checksums(src), _case_checksums(dst), strict=True
    ):
        if ref != ref_there or here != there:
            return ref
    return None


def _first_document_that_differs(dst: Connection) -> str | None:
    """The case reference of the first document whose copied bytes do not match its
    stored checksum (read back a piece at a time), or None."""
    documents = Base.metadata.tables["documents"]
    chunks = Base.metadata.tables["document_chunks"]
    cases = Base.metadata.tables["cases"]
    listed = dst.execute(
        select(documents.c.id, documents.c.sha256, cases.c.reference)
        .join(cases, cases.c.id == documents.c.case_id)
        .order_by(documents.c.id)
    ).all()
    for document_id, sha256, reference in listed:
        digest = hashlib.sha256()
        seq = 0
        while True:
            data = dst.execute(
                select(chunks.c.data).where(
                    chunks.c.document_id == document_id, chunks.c.seq == seq
                )
            ).scalar()
            if data is None:
                break
            digest.update(data)
            seq += 1
        if digest.hexdigest() != sha256:
            return str(reference)
    return None


def _drop_everything(engine: Engine) -> None:
    """Leave the target as empty as it was found."""
    with engine.begin() as conn:
        Base.metadata.drop_all(conn)
        conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
