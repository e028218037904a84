"""Drawing from the seed's generator quickly: the demo draws millions of numbers."""

from __future__ import annotations

import random
from bisect import bisect
from collections.abc import Sequence
from itertools import accumulate
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from _typeshed import SupportsLenAndGetItem

T = TypeVar("T")


class DemoRandom(random.Random):
    """The seed's generator, drawing with less overhead: the same numbers from the same state
    as `random.Random` (Python 3.11's own code, with its argument checks and one call level
    left out), since the demo draws millions.

    `randint(a, b)` is `a + _randbelow(b - a + 1)`; `choice(seq)` is `seq[_randbelow(len(seq))]`;
    `_randbelow(n)` draws `n.bit_length()` bits until they are below `n`.
    """

    def randint(self, a: int, b: int) -> int:
        n = b - a + 1
        k = n.bit_length()
        r = self.getrandbits(k)
        while r >= n:
            r = self.getrandbits(k)
        return a + r

    def choice(self, seq: SupportsLenAndGetItem[T]) -> T:
        n = len(seq)
        if not n:
            raise IndexError("Cannot choose from an empty sequence")
        k = n.bit_length()
        r = self.getrandbits(k)
        while r >= n:
            r = self.getrandbits(k)
        return seq[r]


def cumulative(weights: Sequence[int]) -> tuple[int, ...]:
    """The cumulative weights `weighted` draws by, worked out once."""
    return tuple(accumulate(weights))


def weighted(rng: random.Random, population: Sequence[T], cum_weights: Sequence[int]) -> T:
    """`rng.choices(population, weights)[0]`, the same draw, with the weights' sums
    (`cumulative`) worked out once instead of at every draw."""
    total = cum_weights[-1] + 0.0
    return population[bisect(cum_weights, rng.random() * total, 0, len(population) - 1)]
