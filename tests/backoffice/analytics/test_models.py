"""The models on generated series: each beats seasonal naive where it should, censored days are skipped."""
from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest

from backoffice.analytics.backtest import choose
from backoffice.analytics.classify import DemandClass, classify
from backoffice.analytics.demand import build_panel
from backoffice.analytics.backtest import Score, _best
from backoffice.analytics.models import (as_thousandths, category_profile, ets, impute, seasonal_naive,
                                         weekday_ses)
from backoffice.analytics.nightly import forecast_series

from .conftest import ledger, weekly_series

HOLDOUT = 28


def _mae(actual, forecast):
    return float(np.mean(np.abs(actual - forecast)))


def _mse(actual, forecast):
    return float(np.mean((actual - forecast) ** 2))


def test_ets_pass_is_statsmodels_holt_winters():
    from statsmodels.tsa.holtwinters import ExponentialSmoothing

    y = weekly_series(days=150, trend_per_day=40.0, seed=1)
    params = ets(y, origins=[len(y)], horizon=7)[1]
    model = ExponentialSmoothing(y, trend="add" if params["trend"] else None, damped_trend=params["trend"],
                                 seasonal="add", seasonal_periods=7, initialization_method="heuristic")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        fit = model.fit(use_brute=False)
    # Every one-step forecast of the pass is statsmodels' fitted value for that day …
    one_step = ets(y, origins=list(range(1, len(y))), horizon=1, params=params)[0][:, 0]
    assert one_step == pytest.approx(np.maximum(fit.fittedvalues[1:], 0.0), rel=1e-6, abs=1e-3)
    # … and the forecast is level + the latest season of each weekday (Hyndman & Athanasopoulos 8.3).
    # statsmodels 0.15's own forecast agrees for 1-6 days ahead; 7 ahead it reads the season a week
    # older than the last update, so that day is checked against the textbook formula instead.
    ahead = ets(y, origins=[len(y)], horizon=7, params=params)[0][0]
    assert ahead[:6] == pytest.approx(fit.forecast(6), rel=1e-6)
    assert ahead[6] == pytest.approx(fit.level[-1] + fit.season[-1], rel=1e-6)


def test_smooth_weekly_series_with_trend_beats_seasonal_naive():
    mine = naive = 0.0
    for seed in range(4):
        y = weekly_series(days=240 + HOLDOUT, trend_per_day=30.0, seed=seed)
        train, actual = y[:-HOLDOUT], y[-HOLDOUT:]
        assert classify(train) is DemandClass.SMOOTH
        choice = choose(train, demand_class=DemandClass.SMOOTH, horizon=HOLDOUT)
        assert choice.model in ("weekday_ses", "ets") and not choice.fallback
        mine += _mae(actual, choice.forecast)
        naive += _mae(actual, seasonal_naive(train, origins=[len(train)], horizon=HOLDOUT)[0][0])
        # the weekly rhythm is found: Saturday (day 5 of a Monday-start series) is the forecast's peak
        assert int(np.argmax(choice.forecast[:7])) == (5 - len(train)) % 7
    # Pure noise alone would give seasonal naive √2 times the error of a perfect model.
    assert mine < 0.85 * naive


def test_intermittent_series_beats_seasonal_naive():
    rng = np.random.default_rng(5)
    days = 300 + HOLDOUT
    y = np.where(rng.random(days) < 0.25, rng.poisson(3.0, days) + 1, 0).astype(float) * 1000.0
    train, actual = y[:-HOLDOUT], y[-HOLDOUT:]
    demand_class = classify(train)
    assert demand_class is DemandClass.INTERMITTENT
    choice = choose(train, demand_class=demand_class, horizon=HOLDOUT)
    assert choice.model in ("tsb", "croston_sba")
    naive = seasonal_naive(train, origins=[len(train)], horizon=HOLDOUT)[0][0]
    # squared error: a flat rate is the mean forecast, which absolute error would punish against all-zeros
    assert _mse(actual, choice.forecast) < 0.85 * _mse(actual, naive)
    assert np.mean(choice.forecast) == pytest.approx(0.25 * 4000.0, rel=0.25)   # the true daily rate


def test_sold_out_days_forecast_like_the_same_series_without_them():
    y = weekly_series(days=210, seed=11)
    rng = np.random.default_rng(12)
    out = rng.random(len(y)) < 0.2                       # one day in five the shelf ran empty …
    partial = np.where(out, np.floor(y * 0.3), y)        # … after 30 % of the day's demand
    full = forecast_series(build_panel(ledger({"A": y})), 0).forecast.sum()
    censored = forecast_series(build_panel(ledger({"A": partial}, sold_out={"A": out})), 0).forecast.sum()
    as_zeroish = forecast_series(build_panel(ledger({"A": partial})), 0).forecast.sum()
    assert censored == pytest.approx(full, rel=0.05)
    assert as_zeroish < 0.92 * full                      # what it would be if sold-out days were demand


def test_a_censored_day_moves_no_state():
    y = weekly_series(days=120, seed=2)
    params = ets(y, origins=[100], horizon=7)[1]
    holed = y.copy()
    holed[100:] = np.nan                                  # nothing observed after day 100
    at_100 = ets(y, origins=[100], horizon=7, params=params)[0][0]
    later = ets(holed, origins=[107], horizon=7, params=params)[0][0]
    assert later == pytest.approx(at_100, rel=1e-9)       # a week of missing days: the same week again


def test_impute_fills_from_same_weekdays():
    y = np.arange(28, dtype=float)
    y[10] = np.nan
    filled = impute(y)
    assert filled[10] == pytest.approx(np.mean([y[3], y[17], y[24]]))
    assert not np.isnan(impute(np.array([np.nan, 1.0, np.nan]))).any()


def test_too_short_series_use_the_category_profile_scaled_to_the_product():
    weekly = (0.8, 0.85, 0.9, 1.0, 1.15, 1.4, 0.9)
    old = {f"O{k}": weekly_series(days=120, level=30_000.0, seed=k, weekly=weekly) for k in range(5)}
    young = weekly_series(days=20, level=5_000.0, seed=9, weekly=weekly, start_weekday=2)
    series = {**old, "NEW": np.concatenate([np.zeros(100), young])}
    sales = ledger(series)
    sales = sales[(sales["sku"] != "NEW") | (sales["date"] >= sales["date"].min() + np.timedelta64(100, "D"))]
    panel = build_panel(sales)
    i = int(np.nonzero(panel.keys["sku"].to_numpy() == "NEW")[0][0])
    choice = forecast_series(panel, i, horizon=14)
    assert choice.model == "category_profile"
    dates = pd.date_range(panel.dates[-1] + pd.Timedelta(days=1), periods=14, freq="D")
    shape = choice.forecast / np.asarray(weekly)[dates.day_of_week]
    assert shape == pytest.approx(np.full(14, shape[0]), rel=0.06)          # the category's rhythm …
    own = np.mean(young / np.asarray(weekly)[(2 + np.arange(20)) % 7])
    assert shape[0] == pytest.approx(own, rel=0.06)                         # … times the product's own level


def test_category_profile_divides_out_the_weekday_of_launch():
    profile = np.array([0.5, 0.5, 0.5, 0.5, 0.5, 2.0, 1.5])
    y = np.array([2000.0])                                   # launched on a Saturday (weekday 5)
    forecast = category_profile(y, origins=[1], horizon=7, weekday=5, profile=profile)[0][0]
    assert forecast[0] == pytest.approx(1000.0 * 1.5)        # Sunday: level 1000 × Sunday's 1.5


def test_a_weekday_the_category_never_sells_on_leaves_the_level_finite():
    """A category closed on Sundays has a Sunday factor of 0; a product sold (or not) on a Sunday must not
    turn the level into NaN — which became a forecast of zero for a product that sells every other day."""
    profile = np.array([1.2, 1.2, 1.2, 1.2, 1.2, 1.0, 0.0])
    y = np.array([1200.0, 1200.0, 1200.0, 1200.0, 1200.0, 1000.0, 0.0] * 2)   # Monday first, Sundays zero
    with np.errstate(all="raise"):
        forecast = category_profile(y, origins=[14], horizon=7, weekday=0, profile=profile)[0][0]
        ses = weekday_ses(y, origins=[14], horizon=7, profile=profile)[0][0]
    assert forecast == pytest.approx(1000.0 * profile)
    assert np.all(np.isfinite(ses)) and ses[0] > 0 and ses[6] == pytest.approx(0.0, abs=1e-9)


def test_as_thousandths_rounds_half_up_never_negative():
    got = as_thousandths(np.array([-3.0, 0.5, 1.49, 2.5, np.nan]))
    assert got.tolist() == [0, 1, 1, 3, 0] and got.dtype == np.int64


def test_weekday_ses_finds_the_rhythm_and_the_level():
    weekly = np.array([0.8, 0.85, 0.9, 1.0, 1.15, 1.4, 0.9])
    y = weekly_series(days=364, level=40_000.0, seed=4, weekly=tuple(weekly))
    forecast, params = weekday_ses(y, origins=[len(y)], horizon=7)
    assert np.asarray(params["factors"]) == pytest.approx(weekly / weekly.mean(), rel=0.05)
    assert forecast[0] == pytest.approx(40_000.0 * weekly, rel=0.08)


def test_weekday_ses_borrows_the_category_rhythm_when_its_own_is_thin():
    profile = np.array([0.5, 0.5, 0.5, 0.5, 0.5, 2.5, 2.0])
    y = np.full(14, 1000.0)                               # two flat weeks of its own
    _, params = weekday_ses(y, origins=[14], horizon=7, profile=profile)
    factors = np.asarray(params["factors"])
    # each weekday: 2 own observations (factor 1) against 8 weeks' weight of the category's
    expected = (2 * 1.0 + 8 * profile) / 10
    assert factors == pytest.approx(expected / expected.mean())


def test_weekday_ses_skips_censored_days():
    y = weekly_series(days=120, seed=6)
    params = weekday_ses(y, origins=[100], horizon=7)[1]
    holed = y.copy()
    holed[100:110] = np.nan
    assert weekday_ses(holed, origins=[110], horizon=7, params=params)[0][0] == pytest.approx(
        weekday_ses(y, origins=[100], horizon=10, params=params)[0][0][3:10], rel=1e-9)


def test_the_first_candidate_stands_unless_another_is_clearly_better():
    def s(rmsse):
        return Score(mase=rmsse, rmsse=rmsse, wape=rmsse, rmse=rmsse)
    assert _best(("a", "b"), {"a": s(1.0), "b": s(0.95)}) == "a"      # within the noise of four weeks
    assert _best(("a", "b"), {"a": s(1.0), "b": s(0.85)}) == "b"
    assert _best(("a", "b"), {"a": s(float("nan")), "b": s(0.85)}) == "b"


def test_intermittent_rates_take_the_category_weekday_shape():
    from backoffice.analytics.intermittent import croston_sba, tsb

    rng = np.random.default_rng(8)
    y = np.where(rng.random(200) < 0.3, 2000.0, 0.0)
    profile = np.array([0.5, 0.5, 0.5, 1.0, 1.0, 2.0, 1.5])
    for model in (croston_sba, tsb):
        flat, params = model(y, origins=[200], horizon=7)
        shaped, _ = model(y, origins=[200], horizon=7, params=params, weekday=3, profile=profile)
        assert np.ptp(flat[0]) == 0.0
        # y[0] is a Thursday (3): day 200 is (3 + 200) % 7 = Monday … the factors follow from there
        assert shaped[0] == pytest.approx(flat[0] * profile[(3 + 200 + np.arange(7)) % 7])
