"""Backoff: exponential ceilings from 1 s to 5 min, full jitter below them, reset by a success."""
from __future__ import annotations

from hypothesis import given, strategies as st

from sync.client.backoff import Backoff


def test_the_ceiling_doubles_from_one_second_up_to_five_minutes():
    backoff = Backoff(random=lambda: 1.0)
    assert [backoff.next_delay() for _ in range(11)] == [1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300]


def test_days_offline_stay_at_the_cap():
    backoff = Backoff(random=lambda: 1.0)
    for _ in range(100_000):
        delay = backoff.next_delay()
    assert delay == 300


def test_a_success_starts_again_from_one_second():
    backoff = Backoff(random=lambda: 1.0)
    for _ in range(5):
        backoff.next_delay()
    backoff.reset()
    assert backoff.next_delay() == 1


@given(draws=st.lists(st.floats(0, 1, exclude_max=True), min_size=1, max_size=30))
def test_full_jitter_is_uniform_below_the_ceiling(draws):
    values = iter(draws)
    backoff = Backoff(random=lambda: next(values))
    for n, draw in enumerate(draws, start=1):
        assert backoff.next_delay() == draw * min(300, 2 ** (n - 1))
