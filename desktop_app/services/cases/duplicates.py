"""Warning before a young person gets a second case: similar names, same birth year and
nationality."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session

from desktop_app.db.models import Case, CaseSearchToken, Team
from desktop_app.domain.codes import UnknownCodeError, country_code
from desktop_app.domain.names import skeleton, tokens
from desktop_app.services.actor import Actor, Role
from desktop_app.services.trust.permissions import can_read_case, require_case_content_role


@dataclass(frozen=True)
class DuplicateCandidate:
    """A case that may be the same young person; names only when the user may read the case."""

    reference: str
    name: str | None
    birth_year: int
    nationality: str | None
    team: str | None
    visible: bool


def likely_duplicates(
    session: Session,
    actor: Actor,
    given_name: str,
    family_name: str,
    date_of_birth: date | None,
    nationality: str | None,
    *,
    limit: int = 10,
) -> list[DuplicateCandidate]:
    """Open or closed cases with a similar name, the same birth year and the same nationality.

    Names are compared by spelling skeleton (Mohammed ~ Muhammad); a case the
    user may not read is reported by reference and team only, so the warning
    never shows another team's young person.
    """
    require_case_content_role(actor)
    if date_of_birth is None:
        return []
    nat: str | None = None
    if nationality and nationality.strip():
        try:
            nat = country_code(nationality)
        except UnknownCodeError:
            nat = None
    family_keys = {skeleton(t) for t in tokens(family_name)} - {""}
    given_keys = {skeleton(t) for t in tokens(given_name)} - {""}
    if not family_keys and not given_keys:
        return []
    conditions: list[ColumnElement[bool]] = [
        # A merged duplicate is no longer a case of its own.
        Case.status != "merged",
        Case.date_of_birth.between(
            date(date_of_birth.year, 1, 1), date(date_of_birth.year, 12, 31)
        ),
    ]
    if nat is not None:
        conditions.append(or_(Case.nationality == nat, Case.nationality.is_(None)))
    name_clauses = []
    for keys in (family_keys, given_keys):
        if keys:
            name_clauses.append(
                select(CaseSearchToken.id)
                .where(CaseSearchToken.case_id == Case.id, CaseSearchToken.skeleton.in_(keys))
                .exists()
            )
    # Both names similar, or the family name similar and nothing known of the given name.
    query = (
        select(Case, Team.name)
        .outerjoin(Team, Team.id == Case.team_id)
        .where(and_(*conditions), and_(*name_clauses))
        .order_by(Case.reference)
        .limit(limit)
    )
    out: list[DuplicateCandidate] = []
    for case, team_name in session.execute(query):
        visible = can_read_case(session, actor, case)
        out.append(
            DuplicateCandidate(
                reference=case.reference,
                name=case.display_name if visible else None,
                birth_year=case.date_of_birth.year,
                nationality=case.nationality,
                team=team_name,
                visible=visible,
            )
        )
    return out


@dataclass(frozen=True)
class DuplicatePair:
    """Two cases of the team that may be one young person (for the team lead to merge)."""

    first: str
    first_name: str
    second: str
    second_name: str
    date_of_birth: date
    other_date_of_birth: date


def duplicate_pairs(session: Session, actor: Actor, *, limit: int = 200) -> list[DuplicatePair]:
    """Pairs of the team lead's cases with a similar family and given name (by spelling
    skeleton), the same birth year and no different nationality; references in order."""
    require_case_content_role(actor)
    if actor.role is not Role.TEAM_LEAD or actor.team_id is None:
        return []
    rows = session.execute(
        select(
            Case.reference,
            Case.given_name,
            Case.family_name,
            Case.date_of_birth,
            Case.nationality,
        )
        .where(Case.team_id == actor.team_id, Case.status != "merged")
        .order_by(Case.reference)
    ).all()
    by_family: dict[tuple[int, str], list[int]] = defaultdict(list)
    given: list[set[str]] = []
    for index, row in enumerate(rows):
        given.append({skeleton(t) for t in tokens(row.given_name)} - {""})
        for key in {skeleton(t) for t in tokens(row.family_name)} - {""}:
            by_family[(row.date_of_birth.year, key)].append(index)
    found: set[tuple[int, int]] = set()
    for indexes in by_family.values():
        for i, a in enumerate(indexes):
            for b in indexes[i + 1 :]:
                first, second = rows[a], rows[b]
                if first.nationality and second.nationality:
                    if first.nationality != second.nationality:
                        continue
                if given[a] and given[b] and not given[a] & given[b]:
                    continue
                found.add((a, b))
    pairs = [
        DuplicatePair(
            rows[a].reference,
            f"{rows[a].given_name} {rows[a].family_name}".strip(),
            rows[b].reference,
            f"{rows[b].given_name} {rows[b].family_name}".strip(),
            rows[a].date_of_birth,
            rows[b].date_of_birth,
        )
        for a, b in sorted(found)
    ]
    return pairs[:limit]
