"""Demand forecast benchmark: accuracy against seasonal naive and AutoETS, and the nightly job's time.

    python bench/bench_forecast.py accuracy [--products 600] [--days 730] [--holdout 28] [--seed 0] [--ablations]
    python bench/bench_forecast.py nightly  [--products 10000] [--days 730] [--processes 2]

`accuracy` generates a fresh-produce shop (backoffice.analytics.synthetic: items selling on some days only,
products launched and delisted, holidays closed, regular price changes and promotions with a category's
elasticity, sold-out days, a drift shared by a category), hides its last `--holdout` days and forecasts them
with three methods, all scored against the *true* demand of the open days (what customers wanted, including
what a sell-out turned away), series by series where the product had history before the holdout:

- `freshtill`: the nightly choice per series (backoffice.analytics), given the shop's closures and the
  promotion/price plan for the hidden days — what HQ knows;
- `seasonal_naive`: the last observed week repeated, from the till's daily sales (zeros on days without);
- `autoets`: statsforecast's AutoETS (season 7) on the same daily sales — the usual strong baseline, which
  sees closed and sold-out days as low sales and knows nothing of prices. statsforecast pins pandas < 3, so
  it lives in its own environment (`pip install -e .[bench]` in a separate venv); without it the script
  uses statsmodels' ETSModel (additive, damped trend, weekly season) and says so in `baseline`.

WAPE is Σ|error| / Σ demand over all scored days; RMSSE and MASE per series are scaled by the in-sample
error of a one-week-back seasonal naive on its training sales (the same scale for every method), then
averaged over series.

With --ablations, `freshtill_without_prices` (no price effect) and `freshtill_without_censoring` (sold-out
and closed days taken as the sales recorded) show what each piece of information buys.

`nightly` times backoffice.analytics.nightly.run_nightly on `--products` series × `--days` days.
Both print one JSON object to stdout.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import math
import os
import platform
import sys
import time
import warnings
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from backoffice.analytics.demand import build_panel  # noqa: E402
from backoffice.analytics.evaluation import holdout_forecasts  # noqa: E402
from backoffice.analytics.models import seasonal_naive  # noqa: E402
from backoffice.analytics.synthetic import generate_shop  # noqa: E402


def machine() -> dict:
    return {"platform": platform.platform(), "cpus": os.cpu_count(), "python": platform.python_version(),
            "loadavg": [round(x, 2) for x in os.getloadavg()]}


def shop_plan(shop, dates: pd.DatetimeIndex) -> pd.DataFrame:
    """The generator's planned regular prices and promotions for `dates`, as nightly.PLAN_COLUMNS."""
    regular = shop.regular.loc[dates].stack().rename("price")
    discount = shop.discount.loc[dates].stack().rename("discount")
    plan = pd.concat([regular, discount], axis=1).reset_index()
    plan.columns = ["date", "sku", "price", "discount"]
    return plan


def autoets(series: dict[int, np.ndarray], *, horizon: int, processes: int) -> tuple[dict[int, np.ndarray], str]:
    try:
        from statsforecast import StatsForecast
        from statsforecast.models import AutoETS
    except ImportError:
        return _statsmodels_ets(series, horizon=horizon), "statsmodels ETSModel (statsforecast not installed)"
    import statsforecast
    frames = [pd.DataFrame({"unique_id": i, "ds": pd.RangeIndex(len(y)), "y": y}) for i, y in series.items()]
    df = pd.concat(frames, ignore_index=True)
    model = StatsForecast(models=[AutoETS(season_length=7)], freq=1, n_jobs=processes)
    out = model.forecast(df=df, h=horizon)
    result = {int(i): rows["AutoETS"].to_numpy() for i, rows in out.groupby("unique_id")}
    return result, f"statsforecast {statsforecast.__version__} AutoETS(season_length=7)"


def _statsmodels_ets(series: dict[int, np.ndarray], *, horizon: int) -> dict[int, np.ndarray]:
    from statsmodels.tsa.exponential_smoothing.ets import ETSModel
    result = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for i, y in series.items():
            try:
                fit = ETSModel(y, trend="add", damped_trend=True, seasonal="add", seasonal_periods=7).fit(disp=False)
                result[i] = np.asarray(fit.forecast(horizon))
            except Exception:   # too short or degenerate: the mean
                result[i] = np.full(horizon, float(np.mean(y)))
    return result


def accuracy(args) -> dict:
    load_before = machine()["loadavg"]
    shop = generate_shop(products=args.products, days=args.days, seed=args.seed)
    panel = build_panel(shop.sales, closed=shop.closed)
    holdout = args.holdout
    started = time.perf_counter()
    values, end, rows = holdout_forecasts(panel, holdout=holdout, processes=args.processes,
                                          plan=shop_plan(shop, panel.dates[-holdout:]))
    ours_seconds = time.perf_counter() - started
    truth = shop.truth.reindex(index=panel.dates, columns=panel.keys["sku"]).to_numpy().T[:, end:]
    raw = panel.sold.astype(float)        # what the till saw: zeros on days without a row, closed or not

    scored = [i for i in range(len(panel)) if panel.start[i] < end - 13 and np.isfinite(truth[i]).any()
              and rows[i] is not None]
    history = {i: raw[i, panel.start[i]:end] for i in scored}
    started = time.perf_counter()
    ets, baseline = autoets(history, horizon=holdout, processes=args.processes)
    ets_seconds = time.perf_counter() - started
    methods = {
        "freshtill": {i: rows[i][0].forecast for i in scored},
        "seasonal_naive": {i: seasonal_naive(history[i], origins=[len(history[i])], horizon=holdout)[0][0]
                           for i in scored},
        "autoets": {i: np.maximum(ets[i], 0.0) for i in scored},
    }
    ablations = {}
    if args.ablations:
        # What each piece of information buys: the same method without the price effect, and without
        # censoring (sold-out and closed days taken as the sales they recorded, as AutoETS sees them).
        without_prices = _fit(panel, end=end, holdout=holdout, processes=args.processes, lift=False)
        blind = dataclasses.replace(panel, censored=np.zeros_like(panel.censored),
                                    closed=np.zeros_like(panel.closed))
        without_censoring = _fit(blind, end=end, holdout=holdout, processes=args.processes, lift=True,
                                 plan=shop_plan(shop, panel.dates[-holdout:]))
        for name, fitted in (("freshtill_without_prices", without_prices),
                             ("freshtill_without_censoring", without_censoring)):
            ablations[name] = {i: fitted[i][0].forecast if fitted[i] is not None else methods["seasonal_naive"][i]
                               for i in scored}
    methods.update(ablations)
    classes = {i: rows[i][1] for i in scored}
    result = {"benchmark": "forecast accuracy", "machine": machine(), "loadavg_before": load_before,
              "shop": {"products": args.products, "days": args.days, "seed": args.seed, "holdout": holdout,
                       "closed_days": len(shop.closed), "scored_series": len(scored),
                       "sold_out_rows": int(shop.sales["sold_out"].sum()),
                       "promotion_share": round(float((shop.discount.to_numpy() > 0).mean()), 4)},
              "baseline": baseline, "seconds": {"freshtill": round(ours_seconds, 1),
                                                "autoets": round(ets_seconds, 1)},
              "methods": {}, "by_class": {}}
    per_series = {}
    for name, forecasts in methods.items():
        result["methods"][name], per_series[name] = _scores(forecasts, truth=truth, history=history)
    for demand_class in sorted(set(classes.values())):
        members = [i for i in scored if classes[i] == demand_class]
        result["by_class"][demand_class] = {"series": len(members), **{
            name: _scores({i: methods[name][i] for i in members}, truth=truth, history=history)[0]
            for name in methods}}
    ours, theirs = per_series["freshtill"], per_series["autoets"]
    both = [i for i in ours if math.isfinite(ours[i]) and math.isfinite(theirs.get(i, math.nan))]
    result["freshtill_beats_autoets_share"] = round(float(np.mean([ours[i] < theirs[i] for i in both])), 3)
    result["models_chosen"] = pd.Series([rows[i][0].model for i in scored]).value_counts().to_dict()
    return result


def _fit(panel, *, end: int, holdout: int, processes: int, lift: bool, plan: pd.DataFrame | None = None) -> list:
    from backoffice.analytics.nightly import category_profiles, demand_matrix, fit_all, plan_arrays, price_lift

    values = demand_matrix(panel)
    profiles = category_profiles(panel, values, end=end)
    lifts = None
    if lift:
        regular, discount = plan_arrays(panel, plan, dates=panel.dates[end:])
        lifts = price_lift(panel, values, end=end, horizon=holdout, regular=regular, discount=discount)
    return fit_all(panel, values, end=end, horizon=holdout, profiles=profiles, processes=processes, lift=lifts)


def _scores(forecasts: dict[int, np.ndarray], *, truth: np.ndarray, history: dict[int, np.ndarray]):
    absolute = volume = 0.0
    rmsse, mase = {}, {}
    for i, forecast in forecasts.items():
        ok = np.isfinite(truth[i])
        error = truth[i][ok] - forecast[ok]
        absolute += float(np.abs(error).sum())
        volume += float(truth[i][ok].sum())
        train = history[i]
        diff = train[7:] - train[:-7]
        scale_sq, scale_abs = float(np.mean(diff * diff)) if len(diff) else 0.0, float(np.mean(np.abs(diff))) \
            if len(diff) else 0.0
        rmsse[i] = math.sqrt(float(np.mean(error * error)) / scale_sq) if scale_sq > 0 and ok.any() else math.nan
        mase[i] = float(np.mean(np.abs(error))) / scale_abs if scale_abs > 0 and ok.any() else math.nan
    finite = [v for v in rmsse.values() if math.isfinite(v)]
    finite_mase = [v for v in mase.values() if math.isfinite(v)]
    return ({"wape": round(absolute / volume, 4) if volume else None,
             "rmsse": round(float(np.mean(finite)), 4) if finite else None,
             "mase": round(float(np.mean(finite_mase)), 4) if finite_mase else None}, rmsse)


def nightly(args) -> dict:
    from backoffice.analytics.nightly import run_nightly

    load_before = machine()["loadavg"]
    started = time.perf_counter()
    shop = generate_shop(products=args.products, days=args.days, seed=args.seed)
    generated = time.perf_counter() - started
    started = time.perf_counter()
    panel = build_panel(shop.sales, closed=shop.closed)
    built = time.perf_counter() - started
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", stream=sys.stderr)
    started = time.perf_counter()
    result = run_nightly(panel, horizon=28, processes=args.processes)
    seconds = time.perf_counter() - started
    return {"benchmark": "nightly forecast job", "machine": machine(), "loadavg_before": load_before,
            "products": args.products, "days": args.days, "series": len(panel), "processes": args.processes,
            "ledger_rows": len(shop.sales), "generate_seconds": round(generated, 1),
            "build_panel_seconds": round(built, 1), "run_nightly_seconds": round(seconds, 1),
            "ms_per_series": round(1000 * seconds / len(panel), 1),
            "models": result.models["model"].value_counts().to_dict()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=("accuracy", "nightly"))
    parser.add_argument("--products", type=int)
    parser.add_argument("--days", type=int, default=730)
    parser.add_argument("--holdout", type=int, default=28)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--ablations", action="store_true",
                        help="accuracy: also run the method without prices and without censoring")
    args = parser.parse_args()
    if args.products is None:
        args.products = 600 if args.mode == "accuracy" else 10_000
    report = accuracy(args) if args.mode == "accuracy" else nightly(args)
    print(json.dumps(report, indent=1, default=str))


if __name__ == "__main__":
    main()
