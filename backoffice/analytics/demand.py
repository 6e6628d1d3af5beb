"""Daily demand per product and store from a sales ledger; sold-out and closed days are missing, never zero.

The ledger is what tills report: one row per store, product and day with a sale (`date`, `sku`, `quantity`
in thousandths of the base unit — grams for a kg product — and optionally `store`, `category`, `price` (the
regular price per base unit in fen), `discount` (basis points of it taken off that day), `sold_out`). A day
without a row is a day without a sale, hence zero demand — unless the shop was closed that day, or the
product sold out: then the till saw only part of the demand (or none), and the day is *censored*. Counting
such days as zero (or as what was sold) teaches a model that demand drops exactly when customers wanted the
product most, so the day is kept as missing data and the models skip or impute it.

`build_panel` lays the ledger out as one row of days per series (store × product), from the product's first
sale to the end of the ledger: the shape every model works on. `daily_demand` is the same as a long
DataFrame with exact integer demand (pandas Int64, <NA> on censored days).
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd

REQUIRED = ("date", "sku", "quantity")
OPTIONAL = ("store", "category", "price", "discount", "sold_out")
# A store that records at least this many product-sales on a typical day it trades, and none on some day, was
# closed then: by chance alone a day with no sale at all in such a shop is practically impossible. "Typical"
# is the median over the days it traded, so a shop closed more days than it opened (a seasonal stall, a
# ledger of two market days) is still recognised. A smaller ledger (a few products) says nothing about
# closures; it needs them given explicitly.
CLOSURE_MIN_ROWS_PER_DAY = 10


@dataclass(frozen=True)
class DemandPanel:
    """The ledger as arrays: row i is one series (keys.iloc[i]), column t is dates[t]."""
    keys: pd.DataFrame       # store, sku, category — one row per series
    dates: pd.DatetimeIndex  # every calendar day from the ledger's first to its last (or the `end` asked for)
    sold: np.ndarray         # int64 thousandths sold per day (0 without a row)
    censored: np.ndarray     # bool: sold out or shop closed — demand unknown
    closed: np.ndarray       # bool: the series' store was closed that day
    start: np.ndarray        # int64: first day (column) of each series — its first row in the ledger
    price: np.ndarray        # regular price, float fen, NaN where never known; carried forward and back
    discount: np.ndarray     # int64 basis points of the regular price taken off (0 without a row)

    def __len__(self) -> int:
        return len(self.keys)

    def demand(self, i: int) -> np.ndarray:
        """Series i from its first day, as floats for the models: NaN on censored days."""
        values = self.sold[i, self.start[i]:].astype(float)
        values[self.censored[i, self.start[i]:]] = np.nan
        return values

    def to_frame(self) -> pd.DataFrame:
        n, days = self.sold.shape
        alive = np.arange(days)[None, :] >= self.start[:, None]
        rows, cols = np.nonzero(alive)
        demand = pd.array(self.sold[rows, cols], dtype="Int64")
        demand[self.censored[rows, cols]] = pd.NA
        price = self.price[rows, cols]
        known_price = pd.array(np.where(np.isnan(price), 0, np.round(price)).astype(np.int64), dtype="Int64")
        known_price[np.isnan(price)] = pd.NA
        return pd.DataFrame({
            "store": self.keys["store"].to_numpy()[rows],
            "sku": self.keys["sku"].to_numpy()[rows],
            "category": self.keys["category"].to_numpy()[rows],
            "date": self.dates[cols],
            "demand": demand,
            "sold": self.sold[rows, cols],
            "sold_out": self.censored[rows, cols] & ~self.closed[rows, cols],
            "closed": self.closed[rows, cols],
            "price": known_price,
            "discount": self.discount[rows, cols],
        })


def daily_demand(sales: pd.DataFrame, *, closed: Iterable[date] | pd.DataFrame = (),
                 end: date | None = None) -> pd.DataFrame:
    """One row per store, product and day from the product's first sale: `demand` is <NA> when censored."""
    return build_panel(sales, closed=closed, end=end).to_frame()


def build_panel(sales: pd.DataFrame, *, closed: Iterable[date] | pd.DataFrame = (),
                end: date | None = None) -> DemandPanel:
    """`closed`: days every store was closed, or a DataFrame of (store, date); more are inferred from the
    ledger itself for stores busy enough to tell (see CLOSURE_MIN_ROWS_PER_DAY)."""
    sales = _checked(sales)
    if sales.empty:
        raise ValueError("the sales ledger is empty")
    first = sales["date"].min()
    last = pd.Timestamp(end) if end is not None else sales["date"].max()
    dates = pd.date_range(first, last, freq="D")
    sales = sales[sales["date"] <= last]
    day = ((sales["date"] - first).dt.days).to_numpy()

    series = sales.groupby(["store", "sku"], sort=True, observed=True)
    code = series.ngroup().to_numpy()
    keys = series["category"].last().reset_index()[["store", "sku", "category"]]
    n, width = len(keys), len(dates)

    sold = np.zeros((n, width), dtype=np.int64)
    np.add.at(sold, (code, day), sales["quantity"].to_numpy(dtype=np.int64))
    sold_out = np.zeros((n, width), dtype=bool)
    sold_out[code, day] = sales["sold_out"].to_numpy(dtype=bool)
    discount = np.zeros((n, width), dtype=np.int64)
    discount[code, day] = sales["discount"].to_numpy(dtype=np.int64)
    price = np.full((n, width), np.nan)
    known = sales["price"].notna().to_numpy()
    price[code[known], day[known]] = sales["price"].to_numpy(dtype=float, na_value=np.nan)[known]
    price = _carry(price)
    start = np.full(n, width, dtype=np.int64)
    np.minimum.at(start, code, day)

    store_closed = _closures(sales, dates=dates, closed=closed)
    store_of = keys["store"].map({s: k for k, s in enumerate(store_closed)}).to_numpy()
    closed_days = np.stack(list(store_closed.values()))[store_of] if n else np.zeros((0, width), dtype=bool)
    # A sale recorded on a "closed" day wins: the shop was evidently open for that product.
    closed_days &= ~((sold > 0) & ~sold_out)
    return DemandPanel(keys=keys, dates=dates, sold=sold, censored=sold_out | closed_days, closed=closed_days,
                       start=start, price=price, discount=discount)


def _checked(sales: pd.DataFrame) -> pd.DataFrame:
    missing = [c for c in REQUIRED if c not in sales.columns]
    if missing:
        raise ValueError(f"the sales ledger lacks column(s) {', '.join(missing)}")
    if not pd.api.types.is_integer_dtype(sales["quantity"]):
        raise TypeError("quantity must be integer thousandths of the base unit, not floats")
    if (sales["quantity"] < 0).any():
        raise ValueError("a day's quantity sold cannot be negative")
    out = pd.DataFrame({
        "date": pd.to_datetime(sales["date"]).dt.normalize(),
        "sku": sales["sku"].astype(str),
        "quantity": sales["quantity"].astype(np.int64),
        "store": sales["store"].astype(str) if "store" in sales else "",
        "category": sales["category"].astype(str) if "category" in sales else "",
        "price": sales["price"].astype("Int64") if "price" in sales else pd.array([pd.NA] * len(sales), "Int64"),
        "discount": sales["discount"].fillna(0).astype(np.int64) if "discount" in sales else 0,
        "sold_out": sales["sold_out"].fillna(False).astype(bool) if "sold_out" in sales else False,
    })
    return out


def _carry(price: np.ndarray) -> np.ndarray:
    """Each series' last known price carried forward, and its first one back to its start."""
    frame = pd.DataFrame(price.T)
    return frame.ffill().bfill().to_numpy().T.copy()


def _closures(sales: pd.DataFrame, *, dates: pd.DatetimeIndex, closed) -> dict[str, np.ndarray]:
    result: dict[str, np.ndarray] = {}
    given = closed if isinstance(closed, pd.DataFrame) else pd.DataFrame({"date": list(closed)})
    given = given.assign(date=pd.to_datetime(given["date"]).dt.normalize()) if len(given) else given
    for store, rows in sales.groupby("store", sort=True):
        # What counts is sales: a sold-out day's row of quantity 0 is no sign that the shop was open.
        per_day = rows.loc[rows["quantity"] > 0, "date"].value_counts().reindex(dates, fill_value=0).to_numpy()
        active = np.asarray(dates >= rows["date"].min())
        traded = per_day[active & (per_day > 0)]
        busy = len(traded) > 0 and np.median(traded) >= CLOSURE_MIN_ROWS_PER_DAY
        mask = (per_day == 0) & active if busy else np.zeros(len(dates), dtype=bool)
        if len(given):
            mine = given if "store" not in given else given[given["store"].astype(str) == store]
            mask |= dates.isin(mine["date"])
        result[store] = mask
    return result
