"""The nightly job: a forecast, its model and its backtest accuracy for every series, and the suggested orders.

HQ runs it over the whole ledger each night (and `forecast_series` for one product on demand); the analyst's
`freshtill forecast` runs the same code on a CSV. Series are independent, so they are fitted in chunks by a
pool of processes (2 on the shop's HQ box), with progress logged as chunks come back. Each series costs one
model estimation per candidate and one pass (models.py), some 10-30 ms.

Results are DataFrames with exact integers: forecasts in thousandths per day, rounded half up once; the
forecast error σ in thousandths rounded up (it sizes safety stock); accuracies as ratios.
"""
from __future__ import annotations

import logging
import math
import multiprocessing
import os
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd
from threadpoolctl import threadpool_limits

from backoffice.analytics import elasticity
from backoffice.analytics.backtest import Choice, choose
from backoffice.analytics.classify import classify
from backoffice.analytics.demand import DemandPanel
from backoffice.analytics.models import SEASON, as_thousandths
from backoffice.analytics.replenishment import OrderPolicy, suggest_order

log = logging.getLogger(__name__)

INTERVAL_Z = 1.2816          # the shown prediction interval: 80 %
PROFILE_WEEKS = 8            # a category's weekday rhythm is taken from its last eight weeks
CHUNK = 200                  # series per task handed to a worker process
_THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")
PLAN_COLUMNS = ("date", "price", "discount")   # + sku (and store): regular price in fen, discount in bp
POLICY_COLUMNS = ("on_hand", "on_order", "lead_time_days", "review_days", "service_level_bp", "pack_size",
                  "min_order", "shelf_life_days", "loss_rate_bp")


@dataclass(frozen=True)
class NightlyResult:
    forecasts: pd.DataFrame     # store, sku, date, forecast, low, high (Int thousandths per day)
    models: pd.DataFrame        # one row per series: class, model, fallback, backtest accuracy, sigma
    suggestions: pd.DataFrame   # one row per series with a policy: order and how it was reached


def demand_matrix(panel: DemandPanel) -> np.ndarray:
    """Every series' demand as floats: NaN on censored days and before the series' first day."""
    values = panel.sold.astype(float)
    values[panel.censored] = np.nan
    values[np.arange(values.shape[1])[None, :] < panel.start[:, None]] = np.nan
    return values


def category_profiles(panel: DemandPanel, values: np.ndarray, *, end: int | None = None) -> dict[str, np.ndarray]:
    """Per category, mean demand per weekday over the last weeks before `end`, as factors with mean 1."""
    end = values.shape[1] if end is None else end
    begin = max(0, end - PROFILE_WEEKS * SEASON)
    window = values[:, begin:end]
    weekday = (panel.dates[begin:end].day_of_week.to_numpy())
    profiles = {}
    for category, rows in panel.keys.groupby("category").groups.items():
        block = window[np.asarray(rows)]
        means = np.array([np.nanmean(block[:, weekday == k]) if np.any(~np.isnan(block[:, weekday == k]))
                          else np.nan for k in range(SEASON)])
        if np.all(np.isnan(means)) or np.nanmean(means) <= 0:
            profiles[category] = np.ones(SEASON)
            continue
        means = np.where(np.isnan(means), np.nanmean(means), means)
        profiles[category] = means / means.mean()
    return profiles


def run_nightly(panel: DemandPanel, *, horizon: int = 28, processes: int = 2, policies: pd.DataFrame | None = None,
                closed_ahead: Iterable[date] = (), plan: pd.DataFrame | None = None) -> NightlyResult:
    """Forecast every series of the panel `horizon` days past its last day; suggest orders where a policy
    (a row of `policies` per sku, or per store and sku: POLICY_COLUMNS) is known. `plan`: the prices and
    promotions planned for those days (PLAN_COLUMNS); without it, today's regular price and no promotion."""
    values = demand_matrix(panel)
    end = values.shape[1]
    profiles = category_profiles(panel, values)
    dates = pd.date_range(panel.dates[-1] + pd.Timedelta(days=1), periods=horizon, freq="D")
    regular, discount = plan_arrays(panel, plan, dates=dates)
    lifts = price_lift(panel, values, end=end, horizon=horizon, regular=regular, discount=discount)
    rows = fit_all(panel, values, end=end, horizon=horizon, profiles=profiles, processes=processes, lift=lifts)
    shut = np.asarray(dates.isin(pd.to_datetime(list(closed_ahead))))
    forecasts, models = _frames(panel, rows, dates=dates, shut=shut)
    return NightlyResult(forecasts=forecasts, models=models,
                         suggestions=_suggestions(forecasts, models, policies) if policies is not None
                         else pd.DataFrame())


def forecast_series(panel: DemandPanel, i: int, *, horizon: int = 28) -> Choice:
    """One series on demand (the window's "recompute"), exactly as the nightly job does it."""
    values = demand_matrix(panel)
    end = values.shape[1]
    profiles = category_profiles(panel, values)
    lifts = price_lift(panel, values, end=end, horizon=horizon)
    return _series(values[i, panel.start[i]:], weekday=int(panel.dates[panel.start[i]].weekday()),
                   profile=profiles[panel.keys["category"].iloc[i]], horizon=horizon,
                   lift=lifts[i, panel.start[i]:])[0]


def price_lift(panel: DemandPanel, values: np.ndarray, *, end: int, horizon: int, regular: np.ndarray | None = None,
               discount: np.ndarray | None = None) -> np.ndarray:
    """Every series' price effect (elasticity.py) over the days before `end` and max(7, horizon) days after:
    from the ledger's prices and discounts, then from the plan (arrays of series × horizon, NaN: unplanned)."""
    width = max(SEASON, horizon)
    q = elasticity.relative_price(panel, end=end)[:, :end]
    pad = np.full((len(panel), width - horizon), np.nan)
    ahead = elasticity.planned_price(
        panel, end=end, horizon=width, regular=None if regular is None else np.hstack([regular, pad]),
        discount=None if discount is None else np.hstack([discount, pad]))
    by_category = elasticity.estimate(panel, values, q, end=end)
    e = panel.keys["category"].map(by_category).to_numpy(dtype=float)
    return elasticity.lift(np.hstack([q, ahead]), e)


def plan_arrays(panel: DemandPanel, plan: pd.DataFrame | None, *,
                dates: pd.DatetimeIndex) -> tuple[np.ndarray | None, np.ndarray | None]:
    """The plan's regular prices and discounts as (series × dates) arrays, NaN where it says nothing."""
    if plan is None or plan.empty:
        return None, None
    on = ["store", "sku"] if "store" in plan.columns else ["sku"]
    index = panel.keys.reset_index().merge(plan.assign(date=pd.to_datetime(plan["date"])), on=on, how="inner")
    index = index[index["date"].isin(dates)]
    rows = index["index"].to_numpy()
    cols = dates.get_indexer(index["date"])
    arrays = []
    for column in PLAN_COLUMNS[1:]:
        out = np.full((len(panel), len(dates)), np.nan)
        if column in index:
            out[rows, cols] = pd.to_numeric(index[column]).to_numpy(dtype=float, na_value=np.nan)
        arrays.append(out)
    return arrays[0], arrays[1]


def _series(y: np.ndarray, *, weekday: int, profile: np.ndarray, horizon: int,
            lift: np.ndarray | None = None) -> tuple[Choice, str, int]:
    demand_class = classify(y)
    choice = choose(y, demand_class=demand_class, horizon=horizon, weekday=weekday, profile=profile, lift=lift)
    return choice, demand_class.value, int(np.count_nonzero(~np.isnan(y)))


def fit_all(panel: DemandPanel, values: np.ndarray, *, end: int, horizon: int, profiles, processes: int,
            lift: np.ndarray | None = None) -> list:
    """Series results in panel order, fitted by `processes` workers (1: here, in this process). `lift`:
    price_lift's matrix for the same `end` and `horizon`."""
    tasks = []
    for first in range(0, len(panel), CHUNK):
        ids = range(first, min(first + CHUNK, len(panel)))
        tasks.append([(i, values[i, panel.start[i]:end], int(panel.dates[min(panel.start[i], end - 1)].weekday()),
                       profiles[panel.keys["category"].iloc[i]], horizon,
                       None if lift is None else lift[i, panel.start[i]:]) for i in ids])
    if len(tasks) < 2 * processes:
        processes = 1   # starting workers (each imports pandas and statsmodels) costs more than it saves
    results: list = [None] * len(panel)
    started = time.monotonic()
    done = 0
    log.info("forecasting %d series over %d days of history, %d process(es)", len(panel), end, processes)
    if processes <= 1:
        # OpenBLAS's own threads make statsmodels' many tiny fits several times slower (see _pool). scipy
        # brings its own OpenBLAS, loaded with statsmodels: import it first so that the limit reaches it.
        import statsmodels.tsa.holtwinters  # noqa: F401
        limits = threadpool_limits(limits=1)
        chunks = map(_work, tasks)
        pool = None
    else:
        limits = None
        pool = _pool(processes)
        chunks = pool.imap_unordered(_work, tasks)
    try:
        next_report = started + 10.0
        for chunk in chunks:
            for i, result in chunk:
                results[i] = result
            done += len(chunk)
            now = time.monotonic()
            if now >= next_report or done == len(panel):
                elapsed = now - started
                log.info("%d/%d series (%.0f %%) in %.0f s, about %.0f s left", done, len(panel),
                         100.0 * done / len(panel), elapsed, elapsed / done * (len(panel) - done))
                next_report = now + 10.0
    finally:
        if pool is not None:
            pool.close()
            pool.join()
        if limits is not None:
            limits.restore_original_limits()
    return results


def _pool(processes: int):
    """Worker processes started fresh, with one BLAS thread each.

    Forked workers inherit OpenBLAS's thread pool: two processes each spinning several BLAS threads on two
    cores ran 8x slower than one process. A spawned worker reads the thread limits from its environment as
    numpy loads, so they are set for the start and put back after.
    """
    saved = {name: os.environ.get(name) for name in _THREAD_VARIABLES}
    os.environ.update({name: "1" for name in _THREAD_VARIABLES})
    try:
        return multiprocessing.get_context("spawn").Pool(processes)
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _work(task: list) -> list:
    out = []
    for i, y, weekday, profile, horizon, lift in task:
        if len(y) == 0:
            out.append((i, None))
            continue
        out.append((i, _series(y, weekday=weekday, profile=profile, horizon=horizon, lift=lift)))
    return out


def _sigma(choice: Choice, y: np.ndarray) -> float:
    if not math.isnan(choice.score.rmse):
        return choice.score.rmse
    observed = y[~np.isnan(y)]
    return float(np.std(observed)) if len(observed) > 1 else float(np.mean(choice.forecast))


def _frames(panel: DemandPanel, rows: list, *, dates: pd.DatetimeIndex, shut: np.ndarray):
    horizon = len(dates)
    forecast = np.zeros((len(panel), horizon), dtype=np.int64)
    low = np.zeros_like(forecast)
    high = np.zeros_like(forecast)
    records = []
    for i, row in enumerate(rows):
        key = panel.keys.iloc[i]
        if row is None:
            records.append((key["store"], key["sku"], key["category"], "too_short", "none", "none", False,
                            math.nan, math.nan, math.nan, math.nan, math.nan, 0, 0))
            continue
        choice, demand_class, observed = row
        sigma = _sigma(choice, panel.demand(i))   # censored days are no evidence of spread
        f = np.where(shut, 0.0, choice.forecast)
        forecast[i] = as_thousandths(f)
        low[i] = as_thousandths(np.where(shut, 0.0, f - INTERVAL_Z * sigma))
        high[i] = as_thousandths(np.where(shut, 0.0, f + INTERVAL_Z * sigma))
        records.append((key["store"], key["sku"], key["category"], demand_class, choice.model, choice.candidate,
                        choice.fallback, choice.score.mase, choice.score.rmsse, choice.score.wape,
                        choice.baseline.rmsse, choice.baseline.wape, math.ceil(sigma) if np.isfinite(sigma) else 0,
                        observed))
    models = pd.DataFrame.from_records(records, columns=[
        "store", "sku", "category", "demand_class", "model", "candidate", "fallback", "mase", "rmsse", "wape",
        "baseline_rmsse", "baseline_wape", "sigma", "observed_days"])
    n = len(panel)
    forecasts = pd.DataFrame({
        "store": np.repeat(panel.keys["store"].to_numpy(), horizon),
        "sku": np.repeat(panel.keys["sku"].to_numpy(), horizon),
        "date": np.tile(dates.to_numpy(), n),
        "forecast": forecast.ravel(), "low": low.ravel(), "high": high.ravel(),
    })
    return forecasts, models


def _suggestions(forecasts: pd.DataFrame, models: pd.DataFrame, policies: pd.DataFrame) -> pd.DataFrame:
    on = ["store", "sku"] if "store" in policies.columns else ["sku"]
    wanted = models.merge(policies, on=on, how="inner")
    by_series = forecasts.groupby(["store", "sku"], sort=False)["forecast"]
    records = []
    for row in wanted.itertuples(index=False):
        shelf = getattr(row, "shelf_life_days", None)
        policy = OrderPolicy(lead_time_days=int(row.lead_time_days), review_days=int(row.review_days),
                             service_level_bp=int(getattr(row, "service_level_bp", 9500)),
                             pack_size=int(getattr(row, "pack_size", 1000)), min_order=int(getattr(row, "min_order", 0)),
                             shelf_life_days=None if shelf is None or pd.isna(shelf) else int(shelf),
                             loss_rate_bp=int(getattr(row, "loss_rate_bp", 0)))
        daily = [int(v) for v in by_series.get_group((row.store, row.sku))]
        s = suggest_order(forecast=daily, error_sigma=int(row.sigma), on_hand=int(row.on_hand),
                          on_order=int(getattr(row, "on_order", 0)), policy=policy)
        records.append((row.store, row.sku, s.order, s.order_up_to, s.cycle_demand, s.safety_stock,
                        s.shelf_life_cap, s.capped, s.position))
    return pd.DataFrame.from_records(records, columns=["store", "sku", "order", "order_up_to", "cycle_demand",
                                                       "safety_stock", "shelf_life_cap", "capped", "position"])
