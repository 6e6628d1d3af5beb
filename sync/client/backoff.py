"""Exponential backoff with full jitter: after the n-th failure in a row, wait a uniformly random time in
[0, min(cap, base · 2^(n-1))]. Full jitter spreads a store's tills apart after HQ comes back, instead of
all of them retrying in the same second (AWS Architecture Blog, "Exponential Backoff and Jitter")."""
from __future__ import annotations

import random as _random
from collections.abc import Callable


class Backoff:
    def __init__(self, *, base: float = 1.0, cap: float = 300.0,
                 random: Callable[[], float] = _random.random) -> None:
        self.base = base
        self.cap = cap
        self._random = random
        self.failures = 0

    def ceiling(self) -> float:
        """The largest wait after the current number of failures."""
        if self.failures == 0:
            return 0.0
        # Capped exponent: 2**n for large n would overflow a float long before days offline end.
        return min(self.cap, self.base * 2 ** min(self.failures - 1, 64))

    def next_delay(self) -> float:
        """Count one more failure and return how long to wait before the next attempt."""
        self.failures += 1
        return self._random() * self.ceiling()

    def reset(self) -> None:
        self.failures = 0
