"""The price effect: a category's elasticity is recovered from its promotions, and forecasts use the plan."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from backoffice.analytics import elasticity
from backoffice.analytics.demand import build_panel
from backoffice.analytics.nightly import demand_matrix, plan_arrays, price_lift, run_nightly

from .conftest import weekly_series

DAYS = 300


def _promoted_shop(*, e: float, products: int = 6, seed: int = 0):
    """Products of one category at 10 kg/day with a weekly rhythm, on promotion (20-30 % off) one day in
    ten, demand lifted by (1 − discount)^(−e)."""
    rng = np.random.default_rng(seed)
    frames = []
    for k in range(products):
        discount = np.where(rng.random(DAYS) < 0.1, rng.choice([2000, 3000], DAYS), 0)
        mean = weekly_series(days=DAYS, level=10_000.0, seed=seed * 100 + k) / 1000.0 + 0.0
        lifted = rng.poisson(np.maximum(mean, 0.1) * (1.0 - discount / 10_000.0) ** (-e) * 10) * 100
        dates = pd.date_range("2025-01-06", periods=DAYS, freq="D")
        frames.append(pd.DataFrame({"date": dates, "sku": f"S{k}", "category": "fruit", "quantity": lifted,
                                    "price": 1000, "discount": discount}))
    sales = pd.concat(frames, ignore_index=True)
    return sales[sales["quantity"] > 0].astype({"quantity": np.int64})


@pytest.mark.parametrize("e", [0.0, 1.0, 2.5])
def test_a_category_elasticity_is_recovered(e):
    panel = build_panel(_promoted_shop(e=e))
    values = demand_matrix(panel)
    q = elasticity.relative_price(panel)
    got = elasticity.estimate(panel, values, q, end=values.shape[1])["fruit"]
    assert got == pytest.approx(e, abs=0.35)


def test_too_few_promotions_assume_no_effect():
    sales = _promoted_shop(e=2.0, products=1)
    sales = sales[(sales["discount"] == 0) | (sales["date"] < "2025-02-01")]
    panel = build_panel(sales)
    values = demand_matrix(panel)
    assert elasticity.estimate(panel, values, elasticity.relative_price(panel), end=values.shape[1]) == {"fruit": 0.0}


def test_relative_price_against_the_last_regular_price():
    sales = pd.DataFrame({"date": ["2025-03-01", "2025-03-02", "2025-03-03"], "sku": "A", "quantity": 1000,
                          "price": [800, 1000, 1000], "discount": [0, 2500, 0]})
    q = elasticity.relative_price(build_panel(sales))
    assert q[0].tolist() == pytest.approx([0.8, 0.75, 1.0])
    assert elasticity.lift(np.array([[0.5, 1.0]]), np.array([2.0]))[0].tolist() == [4.0, 1.0]
    assert elasticity.lift(np.array([[0.001, 1000.0]]), np.array([2.0]))[0].tolist() == [5.0, 0.2]   # capped


def test_a_planned_promotion_lifts_the_forecast_and_history_promotions_do_not_raise_the_level():
    sales = _promoted_shop(e=2.0, seed=3)
    panel = build_panel(sales)
    last = panel.dates[-1]
    dates = pd.date_range(last + pd.Timedelta(days=1), periods=14, freq="D")
    plan = pd.DataFrame({"sku": "S0", "date": dates[7], "price": 1000, "discount": 3000}, index=[0])
    result = run_nightly(panel, horizon=14, processes=1, plan=plan)
    s0 = result.forecasts[result.forecasts["sku"] == "S0"]["forecast"].to_numpy()
    s1 = result.forecasts[result.forecasts["sku"] == "S1"]["forecast"].to_numpy()
    assert s0[7] / s0[0] == pytest.approx(0.7 ** -2.0, rel=0.25)     # the same weekday a week before: no promo
    assert s1[7] == pytest.approx(s1[0], rel=0.02)                     # S1 has no promotion planned
    # Without the effect taken out, a tenth of the days at double demand raise the level; with it, the
    # unpromoted forecast sits near the true 10 kg a day.
    assert np.mean(s1) == pytest.approx(10_000.0, rel=0.12)


def test_plan_arrays_place_prices_by_sku_and_day():
    sales = pd.DataFrame({"date": ["2025-03-01", "2025-03-01"], "sku": ["A", "B"], "quantity": 1000,
                          "price": 500})
    panel = build_panel(sales)
    dates = pd.date_range("2025-03-02", periods=3, freq="D")
    plan = pd.DataFrame({"sku": ["B", "B", "Z"], "date": ["2025-03-03", "2025-03-09", "2025-03-02"],
                         "price": [600, 700, 1], "discount": [1000, 0, 0]})
    regular, discount = plan_arrays(panel, plan, dates=dates)
    assert np.isnan(regular[0]).all() and np.isnan(regular[1, [0, 2]]).all()
    assert regular[1, 1] == 600 and discount[1, 1] == 1000
    lifts = price_lift(panel, demand_matrix(panel), end=1, horizon=3, regular=regular, discount=discount)
    assert lifts.shape == (2, 1 + 7) and (lifts == 1.0).all()   # no promotion in history: elasticity 0
