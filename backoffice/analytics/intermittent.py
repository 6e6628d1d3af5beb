"""Croston-SBA and TSB: forecasts for items that sell on some days only.

Both smooth two things separately — how much sells on a day with a sale, and how often there is one — and
forecast their product as a flat daily rate. Croston (1972) smooths the interval between sales and is biased
high; Syntetos & Boylan's approximation (SBA) multiplies by (1 − α/2) to remove that. TSB (Teunter, Syntetos
& Babai, 2011) smooths the probability of a sale every day instead, so the forecast of an item nobody buys
any more decays towards zero (Croston's only moves when a sale happens: it never notices a delisted item).

Censored days (NaN) are left out: a sold-out day says nothing about whether a customer came. The smoothing
constants are chosen from a small grid by the in-sample one-step squared error, all grid points run at once.
"""
from __future__ import annotations

import numpy as np

CROSTON_ALPHAS = np.array([0.05, 0.1, 0.15, 0.2, 0.3, 0.5])
TSB_ALPHAS = np.array([0.05, 0.1, 0.2, 0.3, 0.5])
TSB_BETAS = np.array([0.02, 0.05, 0.1, 0.2, 0.3])
FIT_WINDOW = 364


def croston_sba(y: np.ndarray, *, origins, horizon: int, params: dict | None = None, weekday: int = 0,
                profile: np.ndarray | None = None, **_) -> tuple[np.ndarray, dict]:
    """Estimated on y[:origins[0]] (its last 52 weeks) unless params are given; a rate per origin, spread
    over the week by the category's `profile` (weekday factors with mean 1; y[0] is a `weekday`)."""
    if params is None:
        start = max(0, origins[0] - FIT_WINDOW)
        _, errors = _croston_pass(y[start:origins[0]], CROSTON_ALPHAS, at=())
        params = {"start": start, "alpha": float(CROSTON_ALPHAS[int(np.argmin(errors))])}
    start = params["start"]
    rates, _ = _croston_pass(y[start:max(origins)], np.array([params["alpha"]]), at=[o - start for o in origins])
    return _weekly(rates, origins=origins, horizon=horizon, weekday=weekday, profile=profile), params


def _weekly(rates: np.ndarray, *, origins, horizon: int, weekday: int, profile: np.ndarray | None) -> np.ndarray:
    """A rate per origin as daily forecasts: flat, or shaped by the weekday factors of similar products —
    an item selling twice a week sells on Saturdays more than on Mondays when its category does."""
    flat = np.repeat(rates, horizon, axis=1)
    if profile is None:
        return flat
    days = (weekday + np.asarray(origins)[:, None] + np.arange(horizon)[None, :]) % len(profile)
    return flat * np.asarray(profile, dtype=float)[days]


def _croston_pass(y: np.ndarray, alphas: np.ndarray, *, at) -> tuple[np.ndarray, np.ndarray]:
    """(SBA rate before each day in `at`, per alpha; sum of squared one-step errors per alpha).

    Starts at the first sale: its size is the first size estimate and its position among the observed days
    (1-based) the first interval estimate; the days before it have no forecast to score, and before any
    sale the rate is 0.
    """
    rates = np.zeros((len(at), len(alphas)))
    sse = np.zeros(len(alphas))
    wanted = {day: k for k, day in enumerate(at)}
    size = interval = None
    since = 0.0   # observed days since the last sale, not counting it
    bias = 1.0 - alphas / 2.0
    for day, value in enumerate(np.append(y, np.nan)):
        if day in wanted and size is not None:
            rates[wanted[day]] = bias * size / interval
        if value != value:   # NaN: censored, or the end
            continue
        if size is None:
            since += 1.0
            if value > 0:
                size, interval, since = np.full(len(alphas), value), np.full(len(alphas), since), 0.0
            continue
        error = value - bias * size / interval
        sse += error * error
        if value > 0:
            size = size + alphas * (value - size)
            interval = interval + alphas * (since + 1.0 - interval)
            since = 0.0
        else:
            since += 1.0
    return rates, sse


def tsb(y: np.ndarray, *, origins, horizon: int, params: dict | None = None, weekday: int = 0,
        profile: np.ndarray | None = None, **_) -> tuple[np.ndarray, dict]:
    """Estimated on y[:origins[0]] (its last 52 weeks) unless params are given; a rate per origin, spread
    over the week by `profile` as croston_sba does."""
    if params is None:
        start = max(0, origins[0] - FIT_WINDOW)
        alphas, betas = (grid.ravel() for grid in np.meshgrid(TSB_ALPHAS, TSB_BETAS))
        _, errors = _tsb_pass(y[start:origins[0]], alphas, betas, at=())
        best = int(np.argmin(errors))
        params = {"start": start, "alpha": float(alphas[best]), "beta": float(betas[best])}
    start = params["start"]
    # The first estimates come from the estimation window, whichever later origin is being forecast.
    first = origins[0] - start
    rates, _ = _tsb_pass(y[start:max(origins)], np.array([params["alpha"]]), np.array([params["beta"]]),
                         at=[o - start for o in origins], init_days=first)
    return _weekly(rates, origins=origins, horizon=horizon, weekday=weekday, profile=profile), params


def _tsb_pass(y: np.ndarray, alphas: np.ndarray, betas: np.ndarray, *, at,
              init_days: int | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(probability × size before each day in `at`; sum of squared one-step errors), per (alpha, beta).

    Starts from the share of observed days with a sale, and their mean size, over the first `init_days`.
    """
    head = y[:init_days] if init_days is not None else y
    head = head[~np.isnan(head)]
    positive = head[head > 0]
    if len(positive) == 0:
        return np.zeros((len(at), len(alphas))), np.zeros(len(alphas))
    probability = np.full(len(alphas), len(positive) / len(head))
    size = np.full(len(alphas), positive.mean())
    rates = np.zeros((len(at), len(alphas)))
    sse = np.zeros(len(alphas))
    wanted = {day: k for k, day in enumerate(at)}
    for day, value in enumerate(np.append(y, np.nan)):
        if day in wanted:
            rates[wanted[day]] = probability * size
        if value != value:   # NaN: censored, or the end
            continue
        error = value - probability * size
        sse += error * error
        if value > 0:
            probability = probability + betas * (1.0 - probability)
            size = size + alphas * (value - size)
        else:
            probability = probability - betas * probability
    return rates, sse
