"""Name folding for tolerant search.

Names of young refugees reach the office transliterated many ways
(Mohammed / Muhammad / Mohamed, Yusuf / Youssef / Jusuf). Two keys make them
findable: the *folded* form (accents and case removed) and a consonant
*skeleton* that ignores vowels, doubled letters and common transliteration
swaps.
"""

from __future__ import annotations

import re
from functools import lru_cache

from unidecode import unidecode

_NON_ALNUM = re.compile(r"[^a-z0-9]+")

# Applied in order on folded text before vowels are dropped.
_SWAPS: tuple[tuple[str, str], ...] = (
    ("ph", "f"),
    ("kh", "h"),
    ("gh", "g"),
    ("dh", "d"),
    ("th", "t"),
    ("sh", "s"),
    ("sch", "s"),
    ("ch", "s"),
    ("ck", "k"),
    ("q", "k"),
    ("c", "k"),
    ("x", "ks"),
    ("w", "v"),
    ("z", "s"),
    ("j", "y"),
)
_VOWELS = set("aeiouy")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case, accents and non-Latin scripts transliterated, punctuation to spaces."""
    return " ".join(_NON_ALNUM.sub(" ", unidecode(text).lower()).split())


def tokens(text: str) -> list[str]:
    return fold(text).split()


@lru_cache(maxsize=65536)
def skeleton(token: str) -> str:
    """The consonant skeleton of one folded token: first letter kept, vowels and repeats dropped."""
    word = fold(token).replace(" ", "")
    if not word:
        return ""
    for old, new in _SWAPS:
        word = word.replace(old, new)
    # "al-" and "el-" prefixes are written both ways; the skeleton of the rest decides.
    first = word[0]
    out = [first if first not in _VOWELS else "a"]
    for ch in word[1:]:
        if ch in _VOWELS:
            continue
        if ch != out[-1]:
            out.append(ch)
    return "".join(out)


def search_keys(names: str) -> list[tuple[str, str, int]]:
    """The indexed search keys of a person's names: each distinct name part (folded, in
    alphabetical order) with its skeleton and the number of letters it shares with the
    part before it.

    A prefix typed matches a run of one person's parts that follow each other in that
    order; only the first of them shares fewer letters than the prefix has with the part
    before it, so counting parts with `shared < len(prefix)` counts each person once.
    """
    keys: list[tuple[str, str, int]] = []
    previous = ""
    for token in sorted(set(tokens(names))):
        shared = 0
        for a, b in zip(previous, token, strict=False):
            if a != b:
                break
            shared += 1
        keys.append((token, skeleton(token), shared))
        previous = token
    return keys
