"""Finding a young person by name as it is typed: tolerant of spelling, accents and word order.

`search_clause` narrows the cases in SQL through the per-name-part token index
(prefixes, and spelling skeletons so Mohammed finds Muhammad); `rank` puts
the matches in order, best first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from operator import itemgetter
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import aliased

from desktop_app.db.models import Case, CaseSearchToken
from desktop_app.domain.names import fold, skeleton, tokens


def search_clause(text: str) -> ColumnElement[bool] | None:
    words = tokens(text)
    if not words:
        return None
    conditions = []
    raw = text.strip().upper()
    for word in words:
        options: list[ColumnElement[bool]] = [
            and_(CaseSearchToken.token >= word, CaseSearchToken.token < word + "\uffff")
        ]
        skel = skeleton(word)
        if len(word) >= 3 and len(skel) >= 2:
            options.append(CaseSearchToken.skeleton == skel)
        if len(word) >= 5 and len(skel) >= 3:
            options.append(
                and_(CaseSearchToken.skeleton >= skel, CaseSearchToken.skeleton < skel + "\uffff")
            )
        # Driven from the token indexes: the matching case ids are found first,
        # then the cases by primary key (an EXISTS per case would scan them all).
        conditions.append(Case.id.in_(select(CaseSearchToken.case_id).where(or_(*options))))
    by_name = and_(*conditions)
    if any(ch.isdigit() for ch in raw):
        # A merged duplicate's reference finds the case it was merged into.
        alias = aliased(Case)
        merged = select(alias.merged_into_id).where(
            alias.merged_into_id.is_not(None), alias.reference.like(f"%{raw}%")
        )
        return or_(by_name, Case.reference.like(f"%{raw}%"), Case.id.in_(merged))
    return by_name


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

    if len(found) > 3000:
        # A few letters typed match thousands: fuzzy scores cannot tell them apart
        # usefully, so names spelled as typed come first, then the rest, by name.
        first: list[Any] = []
        rest: list[Any] = []
        for row in found:
            (first if typed(row[1]) else rest).append(row)
        return sorted(first, key=itemgetter(1)) + sorted(rest, key=itemgetter(1))

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
