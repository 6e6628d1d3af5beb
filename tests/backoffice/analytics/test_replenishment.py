"""Suggested orders: worked cases computed by hand, and properties of the integer arithmetic."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backoffice.analytics.replenishment import (OrderPolicy, demand_over, round_order, safety_stock, service_z,
                                                suggest_order)

KG = 1000   # thousandths of the base unit


def test_service_levels_give_the_textbook_z():
    assert [service_z(bp) for bp in (9500, 9800, 9900, 5000)] == [1645, 2054, 2326, 0]


def test_lead_time_review_period_safety_stock_and_packs():
    # 10 kg a day; delivery 2 days after ordering, next order in 7 days: cover 9 days = 90 kg.
    # Safety: z(95 %) 1.645 × σ 2 kg × √9 = 9.870 kg.  S = 99.870 kg.
    # On hand 30 kg + 10 kg on order = 40 kg: 59.870 kg needed → 12 cases of 5 kg = 60 kg.
    policy = OrderPolicy(lead_time_days=2, review_days=7, pack_size=5 * KG)
    s = suggest_order(forecast=[10 * KG] * 28, error_sigma=2 * KG, on_hand=30 * KG, on_order=10 * KG,
                      policy=policy)
    assert (s.cycle_demand, s.safety_stock, s.order_up_to, s.position) == (90_000, 9_870, 99_870, 40_000)
    assert s.order == 60_000 and not s.capped and s.shelf_life_cap is None


def test_higher_service_level_more_safety_stock():
    # z(99 %) 2.326 × 2 kg × 3 = 13.956 kg
    policy = OrderPolicy(lead_time_days=2, review_days=7, service_level_bp=9900)
    s = suggest_order(forecast=[10 * KG] * 28, error_sigma=2 * KG, on_hand=0, on_order=0, policy=policy)
    assert s.safety_stock == 13_956 and s.order == 104_000    # 103.956 kg → whole kg


def test_safety_stock_rounds_up_an_irrational_root():
    # 1.645 × 1 kg × √2 = 2.32638… kg → 2.327 kg (up: safety stock is never rounded down)
    assert safety_stock(error_sigma=KG, days=2, service_level_bp=9500) == 2_327


def test_shelf_life_cap_then_loss_gross_up_pack_and_minimum_order():
    # Strawberries: 3 days on the shelf, 2 days to arrive: at most 5 days' demand = 50 kg can sell
    # (below the uncapped 99.870 kg). 20 % is lost to waste: S = 50 / 0.8 = 62.5 kg.
    # Position 40 kg: 22.5 kg needed → 5 cases of 5 kg = 25 kg; the supplier's minimum of 30 kg wins.
    policy = OrderPolicy(lead_time_days=2, review_days=7, pack_size=5 * KG, min_order=30 * KG,
                         shelf_life_days=3, loss_rate_bp=2000)
    s = suggest_order(forecast=[10 * KG] * 28, error_sigma=2 * KG, on_hand=30 * KG, on_order=10 * KG,
                      policy=policy)
    assert s.shelf_life_cap == 50_000 and s.capped
    assert s.order_up_to == 62_500
    assert s.order == 30_000
    no_minimum = OrderPolicy(lead_time_days=2, review_days=7, pack_size=5 * KG, shelf_life_days=3,
                             loss_rate_bp=2000)
    assert suggest_order(forecast=[10 * KG] * 28, error_sigma=2 * KG, on_hand=30 * KG, on_order=10 * KG,
                         policy=no_minimum).order == 25_000


def test_fractional_kilograms_exactly():
    # 1.234 kg a day, one day to arrive and a daily order: 2.468 kg, no error; 0.9 kg in stock, lost
    # 5 %: S = ceil(2468 / 0.95) = 2.598 kg (2597.89… up), order 1.698 kg in grams.
    policy = OrderPolicy(lead_time_days=1, review_days=1, pack_size=1, loss_rate_bp=500)
    s = suggest_order(forecast=[1_234] * 7, error_sigma=0, on_hand=900, on_order=0, policy=policy)
    assert (s.cycle_demand, s.order_up_to, s.order) == (2_468, 2_598, 1_698)
    assert isinstance(s.order, int)


def test_oversold_stock_and_enough_stock():
    policy = OrderPolicy(lead_time_days=0, review_days=1)
    assert suggest_order(forecast=[500], error_sigma=0, on_hand=-2_000, on_order=0, policy=policy).order == 3_000
    assert suggest_order(forecast=[500], error_sigma=0, on_hand=600, on_order=0, policy=policy).order == 0


def test_demand_beyond_the_forecast_repeats_its_last_week():
    forecast = [0] * 21 + [1_000, 1_000, 1_000, 1_000, 1_000, 4_000, 4_000]   # last week: 13 kg
    assert demand_over(forecast, days=28) == 13_000
    assert demand_over(forecast, days=35) == 26_000
    assert demand_over(forecast, days=29) == 13_000 + 1_857                  # 13/7 kg, rounded


def test_policies_refuse_nonsense():
    for bad in ({"lead_time_days": -1}, {"review_days": 0}, {"service_level_bp": 10_000}, {"pack_size": 0},
                {"shelf_life_days": 0}, {"loss_rate_bp": 10_000}, {"min_order": -1}):
        with pytest.raises(ValueError):
            OrderPolicy(**{"lead_time_days": 1, "review_days": 1, **bad})
    with pytest.raises(ValueError):
        suggest_order(forecast=[-1], error_sigma=0, on_hand=0, on_order=0,
                      policy=OrderPolicy(lead_time_days=1, review_days=1))


policies = st.builds(
    OrderPolicy, lead_time_days=st.integers(0, 14), review_days=st.integers(1, 14),
    service_level_bp=st.integers(5000, 9990), pack_size=st.integers(1, 20_000), min_order=st.integers(0, 50_000),
    shelf_life_days=st.none() | st.integers(1, 30), loss_rate_bp=st.integers(0, 9000))
forecasts = st.lists(st.integers(0, 200_000), min_size=1, max_size=40)


@settings(max_examples=150, deadline=None)
@given(policy=policies, forecast=forecasts, sigma=st.integers(0, 50_000), on_hand=st.integers(-100_000, 500_000),
       on_order=st.integers(0, 200_000), extra=st.integers(0, 100_000), day=st.integers(0, 39))
def test_orders_are_whole_packs_never_negative_and_grow_with_demand(policy, forecast, sigma, on_hand, on_order,
                                                                   extra, day):
    def order(days):
        return suggest_order(forecast=days, error_sigma=sigma, on_hand=on_hand, on_order=on_order, policy=policy)

    s = order(forecast)
    assert type(s.order) is int and type(s.order_up_to) is int and type(s.safety_stock) is int
    assert s.order >= 0 and s.order % policy.pack_size == 0
    if s.order:
        assert s.order >= policy.min_order and s.order >= s.order_up_to - s.position
        assert s.order - policy.pack_size < max(s.order_up_to - s.position, policy.min_order)
    more = list(forecast)
    more[day % len(more)] += extra
    assert order(more).order >= s.order


@given(quantity=st.integers(-10**9, 10**9), pack=st.integers(1, 10**6), minimum=st.integers(0, 10**6))
def test_rounding_covers_the_need_with_less_than_a_pack_to_spare(quantity, pack, minimum):
    policy = OrderPolicy(lead_time_days=0, review_days=1, pack_size=pack, min_order=minimum)
    got = round_order(quantity, policy=policy)
    if quantity <= 0:
        assert got == 0
    else:
        need = max(quantity, minimum)
        assert got % pack == 0 and need <= got < need + pack
