"""How fast this machine's CPU is right now: milliseconds of process CPU for a fixed pure-Python loop.

The 2-core VM this project is measured on runs the same code 1.5–2× slower at some moments than at others
(its host is shared). The benchmarks that compare with a target print this beside their figures, taken just
before and just after the measured run, so that a figure can be read against the machine's state.
"""
from __future__ import annotations

import time


def probe_ms(iterations: int = 5_000_000) -> float:
    began = time.process_time()
    total = 0
    for i in range(iterations):
        total += i
    return round((time.process_time() - began) * 1000, 1)
