"""A seeded generator of realistic fresh-produce daily sales, for tests and the benchmark.

The shape is a small Chinese fresh-food shop: categories with their own weekday rhythm (weekend peaks for
meat and fruit, a Monday dip for seafood), a slow trend per product, weighed goods in grams and counted goods
in thousandths of a piece, items that sell only on some days, products launched and delisted during the
period, holidays on which the shop is closed, days that sold out before closing (censored demand), regular
price changes and price promotions that move demand by a price elasticity shared within a category (similar
products react alike), and a slow demand drift shared by a category's products.

`generate_shop` returns the sales ledger exactly as a till would report it — one row per product and open day
with a sale or a sell-out; no row for a day without sales — plus the true demand, so tests can check that the
analytics recover what was put in.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd

# Weekday multipliers (Monday first) per category: the rhythm the models must find.
CATEGORY_WEEKLY = {
    "vegetables": (0.90, 0.85, 0.90, 0.95, 1.05, 1.25, 1.10),
    "fruit": (0.85, 0.85, 0.90, 0.95, 1.10, 1.30, 1.05),
    "meat": (0.80, 0.85, 0.85, 0.95, 1.15, 1.35, 1.05),
    "seafood": (0.60, 0.85, 0.90, 1.00, 1.20, 1.40, 1.05),
    "bakery": (1.00, 0.95, 0.95, 1.00, 1.05, 1.10, 0.95),
    "dairy": (1.00, 1.00, 1.00, 1.00, 1.00, 1.05, 0.95),
}
CATEGORY_ELASTICITY = {"vegetables": 1.5, "fruit": 2.0, "meat": 2.5, "seafood": 2.5, "bakery": 1.2, "dairy": 1.0}
KINDS = ("smooth", "erratic", "intermittent", "lumpy")


@dataclass(frozen=True)
class SyntheticShop:
    sales: pd.DataFrame        # date, sku, category, quantity (thousandths), regular price (fen), discount (bp), sold_out
    truth: pd.DataFrame        # dates × skus: true demand in thousandths (NaN where the product was not listed)
    closed: tuple[date, ...]   # days the shop was closed
    products: pd.DataFrame     # sku, category, kind, unit, level, trend, elasticity, start, end
    regular: pd.DataFrame      # dates × skus: regular price in fen (the plan a shop knows in advance)
    discount: pd.DataFrame     # dates × skus: promotion in basis points of the regular price (also planned)


def generate_shop(*, products: int = 50, days: int = 730, seed: int = 0, start: date = date(2024, 1, 1),
                  kinds: tuple[float, float, float, float] = (0.45, 0.15, 0.3, 0.1),
                  churn: bool = True, sold_out_rate: float = 0.03, promo_rate: float = 0.04,
                  closures_per_year: int = 4) -> SyntheticShop:
    rng = np.random.default_rng(seed)
    dates = pd.date_range(start, periods=days, freq="D")
    weekday = dates.day_of_week.to_numpy()
    closed = _closed_days(rng, dates=dates, per_year=closures_per_year)
    catalog = _catalog(rng, count=products, days=days, kinds=kinds, churn=churn)
    demand = _true_demand(rng, catalog=catalog, weekday=weekday, days=days)
    discount = _promotions(rng, shape=demand.shape, rate=promo_rate)
    regular = _regular_prices(rng, catalog=catalog, days=days)
    relative = regular / regular[:, :1] * (1.0 - discount)
    demand = demand * relative ** (-catalog["elasticity"].to_numpy()[:, None])
    quantity = _realise(rng, catalog=catalog, mean=demand)
    alive = _alive(catalog, days=days)
    quantity = np.where(alive, quantity, 0)
    true = np.where(alive, quantity, np.nan).astype(float)

    # A sell-out: the shelf ran empty part-way through the day, so the till saw only part of the demand.
    sold_out = alive & (rng.random(quantity.shape) < sold_out_rate) & (quantity > 0)
    sold = np.where(sold_out, np.floor(quantity * rng.uniform(0.2, 0.8, quantity.shape)), quantity).astype(np.int64)
    open_day = ~np.isin(dates.date, closed)
    keep = alive & open_day[None, :] & ((sold > 0) | sold_out)
    rows, cols = np.nonzero(keep)
    sales = pd.DataFrame({
        "date": dates[cols],
        "sku": catalog["sku"].to_numpy()[rows],
        "category": catalog["category"].to_numpy()[rows],
        "quantity": sold[rows, cols],
        "price": np.round(regular[rows, cols]).astype(np.int64),   # regular price, as HQ's daily demand has it
        "discount": np.round(discount[rows, cols] * 10_000).astype(np.int64),
        "sold_out": sold_out[rows, cols],
    })
    truth = pd.DataFrame(true.T, index=dates, columns=catalog["sku"].to_numpy())
    truth.loc[~open_day, :] = np.nan
    catalog = catalog.assign(start=dates[catalog["start"].to_numpy()].date,
                             end=dates[catalog["end"].to_numpy() - 1].date)
    skus = catalog["sku"].to_numpy()
    return SyntheticShop(sales=sales.sort_values(["date", "sku"], ignore_index=True), truth=truth,
                         closed=tuple(closed), products=catalog,
                         regular=pd.DataFrame(np.round(regular.T).astype(np.int64), index=dates, columns=skus),
                         discount=pd.DataFrame(np.round(discount.T * 10_000).astype(np.int64), index=dates,
                                               columns=skus))


def _closed_days(rng, *, dates: pd.DatetimeIndex, per_year: int) -> list[date]:
    """New Year's Day every year, plus a few other holidays drawn once per year (never two in a row)."""
    closed = [d.date() for d in dates if d.month == 1 and d.day == 1]
    for year in sorted(set(dates.year)):
        in_year = [d.date() for d in dates if d.year == year and not (d.month == 1 and d.day == 1)]
        if len(in_year) > 60 and per_year > 1:
            picks = rng.choice(len(in_year) // 7, size=min(per_year - 1, len(in_year) // 7), replace=False)
            closed += [in_year[int(p) * 7 + int(rng.integers(0, 7))] for p in picks]
    return sorted(set(closed))


def _catalog(rng, *, count: int, days: int, kinds, churn: bool) -> pd.DataFrame:
    categories = list(CATEGORY_WEEKLY)
    category = np.array([categories[i] for i in rng.integers(0, len(categories), count)])
    kind = rng.choice(len(KINDS), size=count, p=np.asarray(kinds) / sum(kinds))
    weighed = rng.random(count) < 0.6   # sold by weight: quantities are grams of a kg product
    level = np.where(kind <= 1, rng.lognormal(np.log(12.0), 0.8, count), rng.lognormal(np.log(2.0), 0.5, count))
    start = np.zeros(count, dtype=np.int64)
    end = np.full(count, days, dtype=np.int64)
    if churn:
        late = rng.random(count) < 0.15                      # launched during the period
        start[late] = rng.integers(days // 4, days - 14, late.sum())
        brand_new = rng.random(count) < 0.03                 # launched in the last weeks: too short to model
        start[brand_new] = rng.integers(max(0, days - 40), max(1, days - 7), brand_new.sum())
        gone = (rng.random(count) < 0.08) & (start < days // 2)  # delisted before the end
        end[gone] = rng.integers(days // 2, days - 30, gone.sum())
    return pd.DataFrame({
        "sku": [f"P{i:05d}" for i in range(count)],
        "category": category,
        "kind": [KINDS[k] for k in kind],
        "unit": np.where(weighed, "kg", "piece"),
        "level": level,
        "trend": rng.normal(0.0, 0.25, count) * (rng.random(count) < 0.6),   # relative change per year
        # how strongly demand answers price: the category's, give or take a little per product
        "elasticity": np.array([CATEGORY_ELASTICITY[c] for c in category]) + rng.normal(0.0, 0.2, count),
        "start": start,
        "end": end,
    })


def _alive(catalog: pd.DataFrame, *, days: int) -> np.ndarray:
    t = np.arange(days)[None, :]
    return (t >= catalog["start"].to_numpy()[:, None]) & (t < catalog["end"].to_numpy()[:, None])


def _true_demand(rng, *, catalog: pd.DataFrame, weekday: np.ndarray, days: int) -> np.ndarray:
    """Mean units per day: level × weekday rhythm (category's, a little individual) × trend."""
    weekly = np.array([CATEGORY_WEEKLY[c] for c in catalog["category"]])
    weekly = weekly * rng.normal(1.0, 0.05, weekly.shape)
    t = np.arange(days)[None, :] / 365.0
    trend = np.maximum(0.2, 1.0 + catalog["trend"].to_numpy()[:, None] * (t - t.mean()))
    wobble = np.exp(np.cumsum(rng.normal(0.0, 0.01, (len(catalog), days)), axis=1))  # slow level drift
    categories = sorted(set(catalog["category"]))
    shared = np.exp(np.cumsum(rng.normal(0.0, 0.01, (len(categories), days)), axis=1))   # the category's drift
    shared = shared[[categories.index(c) for c in catalog["category"]]]
    return catalog["level"].to_numpy()[:, None] * weekly[:, weekday] * trend * wobble * shared


def _promotions(rng, *, shape: tuple[int, int], rate: float) -> np.ndarray:
    """Promotion stretches of 3-7 days at 10-30 % off; `rate` is the share of days on promotion."""
    discount = np.zeros(shape)
    count, days = shape
    starts = rng.random(shape) < rate / 5.0
    for product, day in zip(*np.nonzero(starts)):
        discount[product, day:day + int(rng.integers(3, 8))] = rng.choice((0.1, 0.15, 0.2, 0.3))
    return discount


def _realise(rng, *, catalog: pd.DataFrame, mean: np.ndarray) -> np.ndarray:
    """Demand in thousandths: customers per day, each buying one piece or about 0.5 kg (in grams)."""
    kind = catalog["kind"].to_numpy()[:, None]
    erratic = (kind == "erratic") | (kind == "lumpy")
    intermittent = (kind == "intermittent") | (kind == "lumpy")
    chance = np.where(intermittent, np.clip(mean / 3.0, 0.08, 0.6), 1.0)   # how often it sells at all
    rate = mean / chance                                                     # customers on a selling day
    rate = np.where(erratic, rate * rng.gamma(1.0, 1.0, mean.shape), rate)  # uneven: coefficient of variation 1
    selling = rng.random(mean.shape) < chance
    units = np.where(selling, np.maximum(rng.poisson(rate), intermittent & selling), 0)
    grams = units * 500.0 * rng.lognormal(0.0, 0.15, mean.shape)
    weighed = (catalog["unit"].to_numpy() == "kg")[:, None]
    return np.where(weighed, np.round(grams), units * 1000).astype(np.int64)


def _regular_prices(rng, *, catalog: pd.DataFrame, days: int) -> np.ndarray:
    """Regular price in fen per base unit (deterministic start from the sku), changed up or down by 5-20 %
    on none, one or two days of the period."""
    codes = np.array([int(s[1:]) for s in catalog["sku"]])
    price = np.repeat((300.0 + (codes * 7919 % 5000))[:, None], days, axis=1)
    for product in range(len(catalog)):
        for day in np.sort(rng.integers(1, days, int(rng.integers(0, 3)))):
            price[product, day:] *= 1.0 + rng.choice((-1.0, 1.0)) * rng.uniform(0.05, 0.2)
    return price
