"""The forecasting models, one function each, all with the same signature.

    model(y, origins=[o1, o2, ...], horizon=h, params=None) -> (forecasts[len(origins), h], params)

`y` is daily demand in thousandths as floats, NaN on censored days (sold out, shop closed); row k of the
result forecasts y[ok], y[ok+1], … from the data before ok. With `params=None` a model estimates its
parameters on y[:o1] only — never on the days it then forecasts — and runs once through y with them,
reading each origin's forecast on the way; that makes a four-origin backtest plus the real forecast cost
one estimation and one pass. Passing params back re-runs without estimating.

Floats live only here and in the backtest: `as_thousandths` turns a forecast back into integer thousandths,
rounding half up, once, at the edge.

- `ets`: additive Holt-Winters with a weekly season, estimated by statsmodels' ExponentialSmoothing, with a
  damped trend when it earns its extra parameters (lower AICc). The estimation sees the last 52 weeks
  (older demand says little about next week's, and the nightly job must finish); censored days are filled
  from neighbouring same weekdays for it. The pass with the estimated parameters is the same recursion
  (checked against statsmodels in the tests), where a censored day simply carries the states forward.
- `weekday_ses`: simple exponential smoothing of demand divided by stable weekday factors (the product's
  own, pulled towards its category's): the smooth classes' first choice. On the benchmark's shop
  (docs/performance.md) it beat `ets` on noisy daily series — Holt-Winters re-learns each weekday from
  a handful of noisy Saturdays — and costs no optimiser run.
- `croston_sba` and `tsb` (intermittent.py): for items that sell on some days only, their rate spread over
  the week by the category's weekday profile.
- `seasonal_naive`: the same weekday last week; the baseline every model must beat.
- `category_profile`: for new products, the category's weekday rhythm scaled to the product's own level.
"""
from __future__ import annotations

import warnings

import numpy as np

from backoffice.analytics.intermittent import croston_sba, tsb

__all__ = ["MODELS", "as_thousandths", "category_profile", "croston_sba", "ets", "impute", "seasonal_naive", "tsb",
           "weekday_ses"]

SEASON = 7
FIT_WINDOW = 364


def as_thousandths(forecast: np.ndarray) -> np.ndarray:
    """Integer thousandths, never negative, rounded half up (the house rule for quantities)."""
    return np.floor(np.maximum(np.nan_to_num(forecast, nan=0.0), 0.0) + 0.5).astype(np.int64)


def seasonal_naive(y: np.ndarray, *, origins, horizon: int, params=None, **_) -> tuple[np.ndarray, dict]:
    """Each future day repeats the last observed day of the same weekday (censored days are skipped)."""
    return np.stack([_naive_from(y[:origin], horizon=horizon) for origin in origins]), {}


def _naive_from(y: np.ndarray, *, horizon: int) -> np.ndarray:
    last = np.full(SEASON, np.nan)
    n = len(y)
    for lag in range(1, min(n, 8 * SEASON) + 1):
        slot = (n - lag) % SEASON
        if np.isnan(last[slot]) and not np.isnan(y[n - lag]):
            last[slot] = y[n - lag]
    if np.isnan(last).any():
        observed = y[~np.isnan(y)]
        last = np.where(np.isnan(last), observed.mean() if len(observed) else 0.0, last)
    return last[(n + np.arange(horizon)) % SEASON]


def impute(y: np.ndarray) -> np.ndarray:
    """Censored days filled from the same weekday one and two weeks around, else the weekday's mean.

    Exponential smoothing needs a value every day; a censored day must not pull the level down (a zero) nor
    stop the weekly rhythm, so it gets what the neighbouring same weekdays saw.
    """
    missing = np.isnan(y)
    if not missing.any():
        return y
    filled = y.copy()
    total = np.zeros_like(y)
    count = np.zeros_like(y)
    for lag in (-14, -7, 7, 14):
        shifted = np.full_like(y, np.nan)
        if lag > 0:
            shifted[lag:] = y[:-lag]
        else:
            shifted[:lag] = y[-lag:]
        ok = ~np.isnan(shifted)
        total[ok] += shifted[ok]
        count[ok] += 1
    near = np.where(count > 0, total / np.maximum(count, 1), np.nan)
    filled[missing] = near[missing]
    still = np.isnan(filled)
    if still.any():
        weekday_mean = np.array([np.nanmean(y[k::SEASON]) if np.any(~np.isnan(y[k::SEASON])) else np.nan
                                 for k in range(SEASON)])
        overall = np.nanmean(y) if np.any(~np.isnan(y)) else 0.0
        weekday_mean = np.where(np.isnan(weekday_mean), overall, weekday_mean)
        filled[still] = weekday_mean[np.nonzero(still)[0] % SEASON]
    return filled


def ets(y: np.ndarray, *, origins, horizon: int, params: dict | None = None, **_) -> tuple[np.ndarray, dict]:
    if params is None:
        params = _ets_estimate(y[:origins[0]])
    return _ets_run(y, params=params, origins=origins, horizon=horizon), params


def _ets_estimate(train: np.ndarray) -> dict:
    from statsmodels.tsa.holtwinters import ExponentialSmoothing

    start = max(0, len(train) - FIT_WINDOW)
    series = impute(train[start:])
    fits = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")   # convergence chatter on flat series; the backtest judges the result
        for trend in (False, True):
            model = ExponentialSmoothing(series, trend="add" if trend else None, damped_trend=trend,
                                         seasonal="add", seasonal_periods=SEASON,
                                         initialization_method="heuristic")
            fits.append(model.fit(use_brute=False))
    best = min(fits, key=lambda f: f.aicc if np.isfinite(f.aicc) else np.inf)
    p = best.params
    trend = best.model.trend is not None
    return {"start": start, "trend": trend,
            "alpha": float(p["smoothing_level"]), "gamma": float(p["smoothing_seasonal"]),
            "beta": float(p["smoothing_trend"]) if trend else 0.0,
            "phi": float(p["damping_trend"]) if trend else 1.0,
            "level": float(p["initial_level"]), "slope": float(p["initial_trend"]) if trend else 0.0,
            "seasons": [float(v) for v in p["initial_seasons"]]}


def _ets_run(y: np.ndarray, *, params: dict, origins, horizon: int) -> np.ndarray:
    """statsmodels' additive Holt-Winters recursion from the estimated initial states, one pass over y.

    A censored day feeds the model its own one-step forecast, which leaves every state where it was
    (level and trend carried forward, season kept): missing data, not a zero.
    """
    alpha, beta, gamma, phi = params["alpha"], params["beta"], params["gamma"], params["phi"]
    level, slope, seasons = params["level"], params["slope"], list(params["seasons"])
    start = params["start"]
    wanted = {origin - start: k for k, origin in enumerate(origins)}
    damping = np.cumsum(phi ** np.arange(1, horizon + 1))
    out = np.zeros((len(origins), horizon))
    steps = max(origins) - start
    for i in range(steps + 1):
        if i in wanted:
            phase = (i + np.arange(horizon)) % SEASON
            out[wanted[i]] = level + damping * slope + np.asarray(seasons)[phase]
        if i == steps:
            break
        value = y[start + i]
        k = i % SEASON
        old = seasons[k]
        base = level + phi * slope
        if value != value:   # NaN: censored
            level, slope = base, phi * slope
            continue
        previous = level
        level = alpha * (value - old) + (1.0 - alpha) * base
        slope = beta * (level - previous) + (1.0 - beta) * phi * slope
        seasons[k] = gamma * (value - base) + (1.0 - gamma) * old
    return np.maximum(out, 0.0)


def category_profile(y: np.ndarray, *, origins, horizon: int, params=None, weekday: int = 0,
                     profile: np.ndarray | None = None, **_) -> tuple[np.ndarray, dict]:
    """The category's weekday factors (mean 1) times the product's level over its last four weeks.

    `weekday` is the weekday (Monday 0) of y[0]. The level divides each observed day by its weekday's factor,
    so a product launched on a Saturday is not taken for a best-seller. A weekday the category never sells on
    (factor 0) says nothing about the level and is left out: dividing by it made the level NaN, and the
    forecast zero.
    """
    factors = np.ones(SEASON) if profile is None else np.asarray(profile, dtype=float)
    rows = []
    for origin in origins:
        recent = y[max(0, origin - 28):origin]
        days = (weekday + np.arange(origin - len(recent), origin)) % SEASON
        ok = ~np.isnan(recent) & (factors[days] > 0)
        level = float(np.mean(recent[ok] / factors[days[ok]])) if ok.any() else 0.0
        rows.append(level * factors[(weekday + origin + np.arange(horizon)) % SEASON])
    return np.stack(rows), {}


SES_ALPHAS = np.array([0.02, 0.05, 0.1, 0.2, 0.3])
SHRINK_WEEKS = 8    # a product's own weekday factors count as much as its category's after this many weeks


def weekday_ses(y: np.ndarray, *, origins, horizon: int, params: dict | None = None, weekday: int = 0,
                profile: np.ndarray | None = None, **_) -> tuple[np.ndarray, dict]:
    """Simple exponential smoothing of the demand divided by stable weekday factors, times those factors.

    The factors are the product's own weekday means over the last 52 weeks (÷ their mean) pulled towards
    its category's `profile`, each weekday by SHRINK_WEEKS weeks' weight: a noisy product borrows the rhythm
    of similar ones instead of learning every Saturday's accident as Holt-Winters' smoothed seasons do.
    The smoothing constant is the grid's best one-step squared error on the estimation window.
    """
    if params is None:
        start = max(0, origins[0] - FIT_WINDOW)
        factors = _weekday_factors(y[start:origins[0]], weekday=(weekday + start) % SEASON, profile=profile)
        _, errors = _ses_pass(y[start:origins[0]], SES_ALPHAS, factors=factors, weekday=(weekday + start) % SEASON,
                              at=())
        params = {"start": start, "alpha": float(SES_ALPHAS[int(np.argmin(errors))]),
                  "factors": [float(f) for f in factors]}
    start, factors = params["start"], np.asarray(params["factors"])
    first = (weekday + start) % SEASON
    levels, _ = _ses_pass(y[start:max(origins)], np.array([params["alpha"]]), factors=factors, weekday=first,
                          at=[o - start for o in origins])
    days = (weekday + np.asarray(origins)[:, None] + np.arange(horizon)[None, :]) % SEASON
    return levels[:, :1] * factors[days], params


def _weekday_factors(y: np.ndarray, *, weekday: int, profile: np.ndarray | None) -> np.ndarray:
    prior = np.ones(SEASON) if profile is None else np.asarray(profile, dtype=float)
    days = (weekday + np.arange(len(y))) % SEASON
    ok = ~np.isnan(y)
    total = np.bincount(days[ok], weights=y[ok], minlength=SEASON)
    count = np.bincount(days[ok], minlength=SEASON).astype(float)
    overall = total.sum() / count.sum() if count.sum() > 0 and total.sum() > 0 else 0.0
    if overall <= 0:
        return prior
    own = np.where(count > 0, total / np.maximum(count, 1) / overall, prior)
    factors = (count * own + SHRINK_WEEKS * prior) / (count + SHRINK_WEEKS)
    return factors / factors.mean()


def _ses_pass(y: np.ndarray, alphas: np.ndarray, *, factors: np.ndarray, weekday: int,
              at) -> tuple[np.ndarray, np.ndarray]:
    """(level before each day in `at`, per alpha; sum of squared one-step errors per alpha)."""
    observed = y[~np.isnan(y)]
    level = np.full(len(alphas), observed[:28].mean() if len(observed) else 0.0)
    levels = np.zeros((len(at), len(alphas)))
    sse = np.zeros(len(alphas))
    wanted = {day: k for k, day in enumerate(at)}
    for day, value in enumerate(np.append(y, np.nan)):
        if day in wanted:
            levels[wanted[day]] = level
        if value != value:   # NaN: censored, or the end
            continue
        factor = factors[(weekday + day) % SEASON]
        error = value - level * factor
        sse += error * error
        if factor > 0:   # a weekday whose factor is 0 (never sold on) cannot move the level
            level = level + alphas * (value / factor - level)
    return levels, sse


MODELS = {
    "ets": ets,
    "weekday_ses": weekday_ses,
    "croston_sba": croston_sba,
    "tsb": tsb,
    "seasonal_naive": seasonal_naive,
    "category_profile": category_profile,
}
