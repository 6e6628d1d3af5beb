"""How demand answers price: one elasticity per category, and the lift it gives each day.

A promotion at 30 % off can double a day's sales; a model that sees that day as ordinary demand raises its
level after every promotion and is surprised by the next one. The ledger knows each day's regular price and
the share taken off, so the effect is estimated and taken out before a model sees the series, and put back on
the forecast for the days ahead whose price is planned (the shop sets its own promotions).

The effect is multiplicative with a constant elasticity e: demand at relative price q is q^(−e) times demand
at the reference price, q = regular price / reference × (1 − discount), the reference being the regular price
on the history's last day. One product rarely has enough promotion days to estimate e, but products of a
category react alike, so e is estimated per category: over every promotion or price-change day of its
series in the last year, the e of a grid (0 to 4 by 0.1) whose predicted sales, q^(−e) times the day's
baseline (the mean of the same weekday one and two weeks around, days without promotion), are closest to
what sold, each squared error divided by the baseline (else the category's best seller alone decides). A category with fewer than MIN_EVENTS such days gets e = 0: no effect assumed.
"""
from __future__ import annotations

import numpy as np

from backoffice.analytics.demand import DemandPanel

GRID = np.round(np.arange(0.0, 4.01, 0.1), 1)
MIN_EVENTS = 20          # price-event days a category needs before its elasticity is trusted
EVENT = 0.02             # a day whose relative price differs by more than 2 % from its neighbours' is an event
FIT_WINDOW = 364
NEIGHBOURS = (-14, -7, 7, 14)
LIFT_CAP = 5.0           # no price moves a day's demand by more than 5x either way


def relative_price(panel: DemandPanel, *, end: int | None = None) -> np.ndarray:
    """q for every series and day of the panel (1.0 where no price is known), against the regular price on
    day `end − 1`. Discounts on days without a sale are unknown and taken as none."""
    end = panel.price.shape[1] if end is None else end
    regular = panel.price
    reference = regular[:, end - 1:end]
    q = regular / reference * (1.0 - panel.discount / 10_000.0)
    return np.where(np.isfinite(q) & (q > 0), q, 1.0)


def planned_price(panel: DemandPanel, *, end: int, horizon: int, regular: np.ndarray | None = None,
                  discount: np.ndarray | None = None) -> np.ndarray:
    """q for the `horizon` days from `end` on: the planned regular prices (fen) and discounts (basis points),
    arrays of (series, horizon) with NaN where not planned; without a plan, today's regular price, no promotion."""
    reference = panel.price[:, end - 1:end]
    q = np.ones((len(panel), horizon))
    if regular is not None:
        q = np.where(np.isfinite(regular), regular / reference, 1.0)
    if discount is not None:
        q = q * (1.0 - np.nan_to_num(discount, nan=0.0) / 10_000.0)
    return np.where(np.isfinite(q) & (q > 0), q, 1.0)


def estimate(panel: DemandPanel, values: np.ndarray, q: np.ndarray, *, end: int) -> dict[str, float]:
    """The elasticity of each category from the days before `end`: {category: e}."""
    begin = max(0, end - FIT_WINDOW)
    y, price = values[:, begin:end], q[:, begin:end]
    base, base_price = _neighbours(y, price, ordinary=panel.discount[:, begin:end] == 0)
    ratio = price / base_price
    event = (np.abs(np.log(ratio)) > EVENT) & np.isfinite(y) & np.isfinite(base) & (base > 0)
    result = {}
    for category, rows in panel.keys.groupby("category").groups.items():
        mask = np.zeros_like(event)
        mask[np.asarray(rows)] = event[np.asarray(rows)]
        if np.count_nonzero(mask) < MIN_EVENTS:
            result[category] = 0.0
            continue
        sold, expected, x = y[mask], base[mask], ratio[mask]
        predicted = expected[None, :] * x[None, :] ** (-GRID[:, None])
        # each error over the day's expected sales (Poisson-like): else a category's best seller alone decides
        loss = ((sold[None, :] - predicted) ** 2 / expected[None, :]).sum(axis=1)
        result[category] = float(GRID[int(np.argmin(loss))])
    return result


def lift(q: np.ndarray, elasticity: np.ndarray) -> np.ndarray:
    """q^(−e) per series (e: one per row), kept within 1/LIFT_CAP … LIFT_CAP: a mistyped price (0.01 for
    10.00) must not divide a product's whole history by thousands."""
    return np.clip(q ** (-np.asarray(elasticity, dtype=float)[:, None]), 1.0 / LIFT_CAP, LIFT_CAP)


def _neighbours(y: np.ndarray, price: np.ndarray, *, ordinary: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each day's baseline demand and relative price: the means over the same weekday one and two weeks
    around, of the days observed and without a promotion."""
    total = np.zeros_like(y)
    count = np.zeros_like(y)
    price_total = np.zeros_like(y)
    width = y.shape[1]
    for lag in NEIGHBOURS:
        src = slice(max(0, lag), width + min(0, lag))
        dst = slice(max(0, -lag), width - max(0, lag))
        ok = ordinary[:, src] & np.isfinite(y[:, src])
        total[:, dst] += np.where(ok, y[:, src], 0.0)
        price_total[:, dst] += np.where(ok, price[:, src], 0.0)
        count[:, dst] += ok
    with np.errstate(invalid="ignore", divide="ignore"):
        return (np.where(count > 0, total / count, np.nan),
                np.where(count > 0, price_total / count, 1.0))
