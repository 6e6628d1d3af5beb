"""The forecast figures HQ stores and sends, exactly: backtest ratios as integer ten-thousandths and back as
decimal strings, and a category's forecast added up from its products (hypothesis)."""
from __future__ import annotations

import math
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from sync.server.api.routes.forecasts import ratio_text
from sync.server.crud.forecasts import ratio, summed


@given(st.integers(0, 10**9))
def test_a_stored_ratio_is_sent_as_its_exact_decimal(value):
    text = ratio_text(value)
    assert Decimal(text) == Decimal(value) / 10_000 and len(text.split(".")[1]) == 4


@given(st.floats(0, 1e6, allow_nan=False))
def test_a_ratio_is_stored_rounded_half_up_once(value):
    stored = ratio(value)
    assert abs(Decimal(stored) - Decimal(value) * 10_000) <= Decimal("0.5") + Decimal(value) * Decimal("1e-12")


def test_a_ratio_that_could_not_be_scored_is_none():
    assert ratio(math.nan) is None and ratio(math.inf) is None and ratio_text(None) is None


days = st.integers(1, 28)
forecast = st.tuples(st.integers(0, 10**7), st.integers(0, 10**6), st.integers(0, 10**6))


@given(st.integers(1, 28).flatmap(lambda n: st.lists(st.lists(forecast, min_size=n, max_size=n), min_size=1,
                                                      max_size=12)))
def test_a_categorys_forecast_adds_its_products(products):
    found = [{"daily": [f for f, _lo, _hi in p], "low": [max(f - lo, 0) for f, lo, _hi in p],
              "high": [f + hi for f, _lo, hi in p]} for p in products]
    total = summed(found)
    width = len(products[0])
    for k in range(width):
        assert total["daily"][k] == sum(p[k][0] for p in products)
        spread = total["high"][k] - total["daily"][k]
        squares = sum(p[k][2] ** 2 for p in products)
        assert spread * spread <= squares < (spread + 1) ** 2          # √(Σ half-width²), rounded down
        assert spread <= sum(p[k][2] for p in products)                  # never wider than the bounds added
        assert total["low"][k] == max(total["daily"][k] - spread, 0)
    if len(products) == 1:
        assert total["high"] == found[0]["high"]


def test_an_empty_category_sums_to_nothing():
    assert summed([]) == {"daily": [], "low": [], "high": []}
