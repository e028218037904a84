"""Finding a young person by name as it is typed: tolerant of spelling, accents and word order.

Each name part of a case is kept as a token (folded) and a spelling skeleton
(so Mohammed finds Muhammad), both indexed with the case id. A search that
matches a few hundred people has every match ranked by `rank`, best first. One
that matches thousands (a letter or two typed: "Ha" finds 15,843 of 100,000) is
not fetched whole: `TokenSearch` counts the matches and walks the token index in
order for the best N — the names spelled as typed, by the part that was typed —
reading the index and the narrow sets of ids the caller may see, never the cases
themselves.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    func,
    intersect,
    literal_column,
    or_,
    select,
    union,
)
from sqlalchemy.orm import Session, aliased

from desktop_app.db.models import Case, CaseSearchToken
from desktop_app.domain.names import fold, skeleton, tokens

# Up to this many matches, every one is fetched and ranked by closeness of spelling;
# beyond it, the best are read in the token index's order.
RANK_EVERY_MATCH = 1000

_END = "\uffff"

# The token rows a search walks, apart from those its other words are matched in (the
# subqueries read `CaseSearchToken` itself). One alias for every search: a new one per
# keystroke had SQLAlchemy adapt each column to it again.
_MATCHED = aliased(CaseSearchToken, name="matched_token")

# Conditions on a case id column that keep only the cases a list may show.
IdConditions = Callable[[Any], list[ColumnElement[bool]]]


def _word_options(word: str, token: Any = CaseSearchToken) -> list[ColumnElement[bool]]:
    """How one typed word matches a name part: as its prefix (first), or (3 letters or
    more) by its spelling skeleton."""
    options: list[ColumnElement[bool]] = [and_(token.token >= word, token.token < word + _END)]
    skel = skeleton(word)
    if len(word) >= 5 and len(skel) >= 3:
        # (The skeleton as a prefix holds the skeleton itself: one range, not two reads.)
        options.append(and_(token.skeleton >= skel, token.skeleton < skel + _END))
    elif len(word) >= 3 and len(skel) >= 2:
        options.append(token.skeleton == skel)
    return options


def _cases_matching(word: str) -> Select[Any]:
    return select(CaseSearchToken.case_id).where(or_(*_word_options(word)))


def reference_text(text: str) -> str | None:
    """What a reference search looks for, when the text has a digit in it."""
    raw = text.strip().upper()
    return raw if any(ch.isdigit() for ch in raw) else None


def search_clause(text: str) -> ColumnElement[bool] | None:
    """The search as a condition on `Case` rows (every match)."""
    words = tokens(text)
    if not words:
        return None
    # Driven from the token indexes: the matching case ids are found first,
    # then the cases by primary key (an EXISTS per case would scan them all).
    raw = reference_text(text)
    if raw is None:
        return and_(*(Case.id.in_(_cases_matching(word)) for word in words))
    # A reference typed: one set of ids — the names matching every word, the references
    # holding the text (read from the reference's own index, not the cases), and the
    # cases a merged duplicate holding it was merged into — then those cases by key.
    # (Conditions OR-ed on the case row would read every case.)
    pattern = f"%{raw}%"
    named = intersect(*(_cases_matching(word) for word in words)).subquery()
    by_reference = aliased(Case)
    merged = aliased(Case)
    ids = union(
        select(named.c.case_id),
        select(by_reference.id).where(by_reference.reference.like(pattern)),
        # (`> 0` rather than IS NOT NULL: SQLite then walks the index of the few merged.)
        select(merged.merged_into_id).where(
            merged.merged_into_id > 0, merged.reference.like(pattern)
        ),
    )
    return Case.id.in_(ids)


@dataclass(frozen=True)
class TokenSearch:
    """A search by name answered from the token indexes: `text` has no digit (no reference
    search) and `shown` limits the case ids to those the list may show."""

    text: str
    shown: IdConditions
    # SQLite would otherwise start from an id set (the cases of another word typed, a
    # team's 33,000 cases) and look up each one's tokens; comparing `case_id + 0` (the
    # same ids) keeps the word's index range first. PostgreSQL's planner weighs both.
    tokens_first: bool = False

    def _parts(self, token: Any) -> tuple[list[ColumnElement[bool]], list[ColumnElement[bool]]]:
        """How the longest word typed matches `token` rows (as typed first, then other
        spellings), and the conditions of the other words and of `shown`."""
        words = tokens(self.text)
        longest = max(words, key=len)
        rest = list(words)
        rest.remove(longest)
        # (A literal 0: a bound parameter would be added row by row.)
        case_id = token.case_id + literal_column("0") if self.tokens_first else token.case_id
        return _word_options(longest, token), [
            *(case_id.in_(_cases_matching(word)) for word in rest),
            *self.shown(case_id),
        ]

    def count(self, session: Session) -> int:
        token = _MATCHED
        options, rest = self._parts(token)
        if len(options) == 1:
            # Only as a prefix: each case once, at the first of its matching tokens
            # (`shared`, see domain.names.search_keys) — no sort to drop repeats.
            longest = max(tokens(self.text), key=len)
            query = select(func.count()).where(options[0], token.shared < len(longest), *rest)
        else:
            # Each way of matching read from its own index and the ids merged (UNION drops
            # the repeats): an OR of them would read the table's rows as well.
            ways = union(*(select(token.case_id).where(option, *rest) for option in options))
            query = select(func.count()).select_from(ways.subquery())
        return int(session.scalar(query) or 0)

    def in_index_order(self, session: Session, limit: int | None) -> list[int]:
        """The first `limit` matches (all with None) in the order the index holds them: the
        names spelled as typed, by the part typed (of the longest word) and then by case;
        then the other spellings, by skeleton. Reads only as far as it needs."""
        found: dict[int, None] = {}
        token = _MATCHED
        (as_typed, *spellings), rest = self._parts(token)
        typed = select(token.case_id).where(as_typed, *rest).order_by(token.token, token.case_id)
        if _take(session, typed, found, limit) or not spellings:
            return list(found)
        spelled = (
            select(token.case_id)
            .where(or_(*spellings), ~as_typed, *rest)
            .order_by(token.skeleton, token.case_id)
        )
        _take(session, spelled, found, limit)
        return list(found)


def _take(session: Session, query: Select[Any], found: dict[int, None], limit: int | None) -> bool:
    """Add the case ids `query` yields, in its order, to `found` until it holds `limit`;
    True when it does."""
    want = None if limit is None else limit - len(found)
    if want is not None and want <= 0:
        return True
    # A case matches once but may hold two matching name parts: a little more than is
    # wanted is read, and more (from the start again) only if repeats left it short.
    batch = None if want is None else want + 50
    kept = len(found)
    while True:
        ids = list(session.scalars(query if batch is None else query.limit(batch)))
        for case_id in ids:
            found.setdefault(case_id)
            if limit is not None and len(found) >= limit:
                return True
        if batch is None or len(ids) < batch:
            return False
        for case_id in list(found)[kept:]:
            del found[case_id]
        batch *= 2


def rank(text: str, found: Sequence[Any]) -> list[Any]:
    """Best matches first: spelling closeness, whole words typed as written, then name.

    `found` rows are (id, folded search text, reference).
    """
    query = fold(text)
    words = query.split()
    query_skeletons = {skeleton(w) for w in words}
    # A word "typed as written" starts one of the name's words; one regex checks them
    # all (a lookahead per word: at the start, or after a space).
    typed = re.compile("".join(f"(?=(?:.*? )?{re.escape(w)})" for w in words)).match

    # The fuzzy scores in bulk (rapidfuzz's C loops): each word against every distinct
    # name part, and the whole query against every name.
    names = [row[1] for row in found]
    parts = list({t for name in names for t in (name.split() or [""])})
    closeness = []
    for w in words:
        scores = dict.fromkeys(parts, 0.0)
        for part, score, _index in process.extract(w, parts, scorer=fuzz.ratio, limit=None):
            scores[part] = score
        closeness.append(scores)
    whole = [0.0] * len(names)
    for _name, score, index in process.extract(query, names, scorer=fuzz.WRatio, limit=None):
        whole[index] = score
    part_skeleton = {t: skeleton(t) for t in parts}
    upper_query = query.upper()
    n_words = max(len(words), 1)

    def key(i: int) -> tuple[float, float, str]:
        name = names[i]
        name_parts = name.split() or [""]
        # Each word typed against the name part it is closest to: "mohamed" is nearer
        # "Mohammed" than "Mohamud", whatever else the full names hold.
        value = sum(max(scores[t] for t in name_parts) for scores in closeness) / n_words
        if typed(name):
            value += 20
        if query_skeletons <= {part_skeleton[t] for t in name_parts}:
            value += 10
        if upper_query in found[i][2].upper():
            value += 30
        return (-value, -whole[i], name)

    return [found[i] for i in sorted(range(len(found)), key=key)]
