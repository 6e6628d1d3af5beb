"""Rolling-origin backtest against seasonal naive, and the choice of model per series.

Every candidate model forecasts the last four weeks of history from four origins a week apart (a week ahead
each time), with its parameters estimated once on the data before the first origin and run on from there;
the same run goes on to the end of the history and gives the forecast itself (models.py). The errors, over
the days that were observed (censored days are not scored), give:

- MASE and RMSSE: mean absolute / root mean squared error, scaled by the in-sample error of seasonal naive
  one week back (so 1.0 means "as good as last week's same day in the training data"; M5 used RMSSE);
- WAPE: total absolute error over total demand.

The class's first candidate is kept unless another has a clearly lower RMSSE (by PREFER_MARGIN: four weeks
of noisy days would otherwise pick the luckier of two near-equal models), and unless seasonal naive,
backtested the same way, does better: then seasonal naive is used and `fallback` says so, for the window.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from backoffice.analytics.classify import DemandClass
from backoffice.analytics.models import MODELS, SEASON

CANDIDATES = {
    DemandClass.SMOOTH: ("weekday_ses", "ets"),
    DemandClass.ERRATIC: ("weekday_ses", "ets"),
    DemandClass.INTERMITTENT: ("tsb", "croston_sba"),
    DemandClass.LUMPY: ("tsb", "croston_sba"),
    DemandClass.TOO_SHORT: ("category_profile",),
}
PREFER_MARGIN = 0.9
ORIGINS = 4
STEP = 7
MIN_TRAIN = 28


@dataclass(frozen=True)
class Score:
    mase: float
    rmsse: float
    wape: float
    rmse: float          # thousandths per day: the forecast error σ the safety stock is built on

    @staticmethod
    def missing() -> Score:
        return Score(math.nan, math.nan, math.nan, math.nan)


def naive_scale(train: np.ndarray) -> tuple[float, float]:
    """In-sample mean absolute and mean squared error of seasonal naive (lag 7), over observed pairs."""
    diff = train[SEASON:] - train[:-SEASON]
    diff = diff[~np.isnan(diff)]
    if len(diff) == 0:
        return math.nan, math.nan
    return float(np.mean(np.abs(diff))), float(np.mean(diff * diff))


def score(actual: np.ndarray, forecast: np.ndarray, *, train: np.ndarray) -> Score:
    ok = ~np.isnan(actual)
    if not ok.any():
        return Score.missing()
    error = actual[ok] - forecast[ok]
    mae, mse = float(np.mean(np.abs(error))), float(np.mean(error * error))
    scale_abs, scale_sq = naive_scale(train)
    total = float(np.sum(np.abs(actual[ok])))
    return Score(mase=mae / scale_abs if scale_abs > 0 else math.nan,
                 rmsse=math.sqrt(mse / scale_sq) if scale_sq > 0 else math.nan,
                 wape=float(np.sum(np.abs(error))) / total if total > 0 else math.nan,
                 rmse=math.sqrt(mse))


def backtest_origins(length: int, *, origins: int = ORIGINS) -> list[int]:
    """The backtest origins for a history of `length` days: up to `origins` weeks, keeping MIN_TRAIN days."""
    count = max(0, min(origins, (length - MIN_TRAIN) // STEP))
    return [length - (count - k) * STEP for k in range(count)]


def run_model(y: np.ndarray, *, model: str, horizon: int, weekday: int = 0, profile=None,
              params: dict | None = None, lift: np.ndarray | None = None) -> tuple[Score, np.ndarray, dict]:
    """(backtest score, forecast of the `horizon` days after y, parameters) of one model.

    `lift` (len(y) + max(7, horizon) days, elasticity.py): the price effect of each day. The model sees
    y / lift — demand as if at today's regular price — and its forecasts are multiplied back by the lift of
    the days they are for, so they are scored against what actually sold.
    """
    starts = backtest_origins(len(y))
    origins = [*starts, len(y)]
    width = max(STEP, horizon)
    seen = y if lift is None else y / lift[:len(y)]
    forecasts, params = MODELS[model](seen, origins=origins, horizon=width, params=params,
                                      weekday=weekday, profile=profile)
    if lift is not None:
        forecasts = forecasts * np.stack([lift[origin:origin + width] for origin in origins])
    forecast = forecasts[-1, :horizon]
    if not starts:
        return Score.missing(), forecast, params
    backtest = np.concatenate([row[:STEP] for row in forecasts[:-1]])
    return score(y[starts[0]:], backtest, train=y[:starts[0]]), forecast, params


@dataclass(frozen=True)
class Choice:
    model: str               # the model used for the forecast
    forecast: np.ndarray     # its daily forecast, thousandths as floats (models.as_thousandths to store it)
    score: Score             # backtest of the model used
    baseline: Score          # backtest of seasonal naive
    candidate: str           # the class's best model (== model unless it lost to seasonal naive)
    fallback: bool           # True: the candidate lost to seasonal naive, which is used instead
    params: dict = field(default_factory=dict)
    scores: dict[str, Score] = field(default_factory=dict)


def choose(y: np.ndarray, *, demand_class: DemandClass, horizon: int, weekday: int = 0, profile=None,
           lift: np.ndarray | None = None) -> Choice:
    """Backtest the class's candidates (with the price effect `lift`, if given) and plain seasonal naive —
    the baseline as anyone would compute it; the forecast of the one to use."""
    runs = {name: run_model(y, model=name, horizon=horizon, weekday=weekday, profile=profile,
                            lift=None if name == "seasonal_naive" else lift)
            for name in ("seasonal_naive", *CANDIDATES[demand_class])}
    scores = {name: run[0] for name, run in runs.items()}
    baseline = scores["seasonal_naive"]
    best = _best(CANDIDATES[demand_class], scores)
    # A new product, or no observed week to score: nothing to compare, the class's model stands.
    comparable = not (demand_class is DemandClass.TOO_SHORT or math.isnan(baseline.rmsse)
                      or math.isnan(scores[best].rmsse))
    fallback = comparable and scores[best].rmsse > baseline.rmsse
    used = "seasonal_naive" if fallback else best
    return Choice(model=used, forecast=runs[used][1], score=scores[used], baseline=baseline, candidate=best,
                  fallback=fallback, params=runs[used][2], scores=scores)


def _best(candidates: tuple[str, ...], scores: dict[str, Score]) -> str:
    """The first candidate, unless another backtests clearly better (by PREFER_MARGIN): four weeks of noisy
    days pick the luckier of two near-equal models as often as the better one."""
    best = candidates[0]
    for name in candidates[1:]:
        if _rank(scores[name]) < PREFER_MARGIN * _rank(scores[best]):
            best = name
    return best


def _rank(s: Score) -> float:
    if not math.isnan(s.rmsse):
        return s.rmsse
    return s.rmse if not math.isnan(s.rmse) else math.inf
