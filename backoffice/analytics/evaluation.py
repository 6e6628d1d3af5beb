"""Scoring the whole method on a holdout: hide the last weeks, run the nightly choice, compare.

`freshtill forecast --evaluate` and the benchmark use it. The last `holdout` days of every series are cut
off; the job (classes, backtests, fallback to seasonal naive) runs on what is left, exactly as it would have
that night, and its forecast is scored against the hidden days together with seasonal naive's. Censored
hidden days are not scored. Totals: WAPE over all series and days (volume-weighted), the mean RMSSE and MASE
over series, and the share of series where the chosen forecast beat seasonal naive.
"""
from __future__ import annotations

import math

import numpy as np
import pandas as pd

from backoffice.analytics.backtest import score
from backoffice.analytics.demand import DemandPanel
from backoffice.analytics.models import MODELS
from backoffice.analytics.nightly import category_profiles, demand_matrix, fit_all, plan_arrays, price_lift


def evaluate(panel: DemandPanel, *, holdout: int = 28, processes: int = 2,
             plan: pd.DataFrame | None = None) -> tuple[pd.DataFrame, dict]:
    """(one row per scored series, totals). Series born inside the holdout have no history and are left out.

    The hidden days' prices and promotions are known in advance in a shop (it sets them), so the forecast
    gets them as its plan: `plan` (nightly.PLAN_COLUMNS) if given, else the regular prices and discounts
    the ledger recorded on those days (a promotion day without any sale is then taken for an ordinary one).
    """
    values, end, rows = holdout_forecasts(panel, holdout=holdout, processes=processes, plan=plan)
    records = []
    totals = {"model": [0.0, 0.0], "seasonal_naive": [0.0, 0.0]}   # [sum |error|, sum |actual|]
    for i, row in enumerate(rows):
        if row is None or panel.start[i] >= end:
            continue
        choice, demand_class, _ = row
        train = values[i, panel.start[i]:end]
        actual = values[i, end:]
        naive = MODELS["seasonal_naive"](train, origins=[len(train)], horizon=holdout)[0][0]
        mine, base = score(actual, choice.forecast, train=train), score(actual, naive, train=train)
        ok = ~np.isnan(actual)
        if not ok.any():
            continue
        for name, forecast in (("model", choice.forecast), ("seasonal_naive", naive)):
            totals[name][0] += float(np.sum(np.abs(actual[ok] - forecast[ok])))
            totals[name][1] += float(np.sum(actual[ok]))
        key = panel.keys.iloc[i]
        records.append((key["store"], key["sku"], demand_class, choice.model, choice.fallback,
                        mine.mase, mine.rmsse, mine.wape, base.mase, base.rmsse, base.wape,
                        int(round(float(np.sum(actual[ok])))), int(np.sum(np.floor(choice.forecast[ok] + 0.5)))))
    scored = pd.DataFrame.from_records(records, columns=[
        "store", "sku", "demand_class", "model", "fallback", "mase", "rmsse", "wape",
        "naive_mase", "naive_rmsse", "naive_wape", "actual", "forecast"])
    return scored, summary(scored, totals)


def holdout_forecasts(panel: DemandPanel, *, holdout: int, processes: int = 2,
                      plan: pd.DataFrame | None = None) -> tuple[np.ndarray, int, list]:
    """(demand matrix, first hidden day, fit_all's rows forecasting the hidden days): evaluate's forecasts,
    for the benchmark to score against other methods."""
    values = demand_matrix(panel)
    end = values.shape[1] - holdout
    if end < 1:
        raise ValueError(f"the history has {values.shape[1]} days: nothing left before a {holdout}-day holdout")
    profiles = category_profiles(panel, values, end=end)
    if plan is not None:
        regular, discount = plan_arrays(panel, plan, dates=panel.dates[end:])
    else:
        regular, discount = panel.price[:, end:], panel.discount[:, end:].astype(float)
    lifts = price_lift(panel, values, end=end, horizon=holdout, regular=regular, discount=discount)
    rows = fit_all(panel, values, end=end, horizon=holdout, profiles=profiles, processes=processes, lift=lifts)
    return values, end, rows


def summary(scored: pd.DataFrame, totals: dict) -> dict:
    def wape(name):
        absolute, volume = totals[name]
        return absolute / volume if volume > 0 else math.nan

    both = scored.dropna(subset=["rmsse", "naive_rmsse"])
    by_class = {}
    for demand_class, rows in both.groupby("demand_class"):
        by_class[demand_class] = {"series": len(rows), "rmsse": _mean(rows["rmsse"]),
                                  "naive_rmsse": _mean(rows["naive_rmsse"]),
                                  "beats_naive": _share(rows["rmsse"] < rows["naive_rmsse"])}
    return {
        "series": len(scored),
        "wape": wape("model"), "naive_wape": wape("seasonal_naive"),
        "rmsse": _mean(both["rmsse"]), "naive_rmsse": _mean(both["naive_rmsse"]),
        "mase": _mean(both["mase"]), "naive_mase": _mean(both["naive_mase"]),
        "beats_naive": _share(both["rmsse"] < both["naive_rmsse"]),
        "fallback_share": _share(scored["fallback"]),
        "models": scored["model"].value_counts().to_dict(),
        "by_class": by_class,
    }


def _mean(values: pd.Series) -> float:
    finite = values[np.isfinite(values)]
    return float(finite.mean()) if len(finite) else math.nan


def _share(flags: pd.Series) -> float:
    return float(flags.mean()) if len(flags) else math.nan
