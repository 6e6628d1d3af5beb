"""Forecasts at HQ: the runs of the nightly job (one at a time, with progress) and the latest forecast per store
and product, as the window reads them.

One run at a time across every worker and the CLI: a run is a `forecast_runs` row with status "running",
claimed in a write transaction — serialised by SQLite's single writer, and on PostgreSQL by a transaction
advisory lock taken before looking. A running row whose heartbeat is older than `STALE_S` belongs to a process
that died (killed, power cut): it is marked failed and a new run may start.
"""
from __future__ import annotations

import json
import math
from datetime import date, timedelta

from sqlalchemy import Connection, select, text, update

from sync.server.core.db import is_postgres, upsert
from sync.server.core.errors import Conflict, NotFound
from sync.server.core.security import aware, now
from sync.server.crud import daily_demand
from sync.server.models import closed_days, products
from sync.server.planning import RATIO_SCALE, forecast_runs, forecasts

# The job stamps progress every 10 s while it fits and after each store's ledger is read (minutes for a big
# store: docs/performance.md); silence far longer than that means its process died.
STALE_S = 30 * 60
_LOCK_KEY = 0x46544E52     # "FTNR": pg_advisory_xact_lock key of the run claim
RATIOS = ("mase", "rmsse", "wape", "baseline_rmsse", "baseline_wape")
_RUN_FIELDS = ("id", "store_id", "trigger", "started_at", "finished_at", "done", "total", "status", "error")


def claim_run(*, connection: Connection, store_id: str | None, trigger: str) -> int:
    """A new running run's id; Conflict when another is running (its id and progress in the sentence)."""
    if is_postgres(connection):
        connection.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _LOCK_KEY})
    moment = now()
    for row in connection.execute(select(forecast_runs).where(forecast_runs.c.status == "running")).mappings():
        if aware(row["heartbeat_at"]) >= moment - timedelta(seconds=STALE_S):
            raise Conflict(f"Forecast run {row['id']} is already running ({row['done']}/{row['total']} products "
                           f"done); wait for it to finish.")
        connection.execute(update(forecast_runs).where(forecast_runs.c.id == row["id"]).values(
            status="failed", finished_at=moment, error="it stopped making progress (its process ended)"))
    return connection.execute(forecast_runs.insert().values(
        store_id=store_id, trigger=trigger, started_at=moment, heartbeat_at=moment, done=0, total=0,
        status="running", error="").returning(forecast_runs.c.id)).scalar_one()


def progress(*, connection: Connection, run_id: int, done: int, total: int) -> None:
    connection.execute(update(forecast_runs).where(forecast_runs.c.id == run_id).values(
        done=done, total=total, heartbeat_at=now()))


def finish_run(*, connection: Connection, run_id: int, error: str = "") -> None:
    connection.execute(update(forecast_runs).where(forecast_runs.c.id == run_id).values(
        status="failed" if error else "finished", finished_at=now(), heartbeat_at=now(), error=error[:2000]))


def latest_run(*, connection: Connection, store_id: str | None) -> dict | None:
    """The newest run that covered `store_id` (one of its own or an every-store run); None: never run."""
    query = select(*[forecast_runs.c[name] for name in _RUN_FIELDS]).order_by(forecast_runs.c.id.desc()).limit(1)
    if store_id is not None:
        query = query.where((forecast_runs.c.store_id == store_id) | forecast_runs.c.store_id.is_(None))
    row = connection.execute(query).mappings().first()
    return None if row is None else _run(row)


def last_started(*, connection: Connection):
    """When the newest run of any kind started (the scheduler runs once per night), or None."""
    return aware(connection.execute(select(forecast_runs.c.started_at).order_by(forecast_runs.c.id.desc())
                                    .limit(1)).scalar())


def ratio(value: float) -> int | None:
    """A backtest accuracy as integer ten-thousandths, half up; None when the backtest had nothing to score."""
    if value is None or not math.isfinite(value):
        return None
    return math.floor(value * RATIO_SCALE + 0.5)


def save(*, connection: Connection, rows: list[dict]) -> None:
    """Replace the latest forecast of each (store, sku) in `rows` (columns of planning.forecasts; `daily`,
    `low`, `high` as lists of integer thousandths)."""
    stamped = [{**row, **{key: json.dumps([int(v) for v in row[key]]) for key in ("daily", "low", "high")}}
               for row in rows]
    for start in range(0, len(stamped), 1000):
        upsert(connection, forecasts, stamped[start:start + 1000], keys=["store_id", "sku"])


def listing(*, connection: Connection, store_id: str, after: str = "", limit: int = 500) -> list[dict]:
    """The store's forecasts in SKU order after `after`, with the product's names and unit, without their days
    (the next seven days' total instead)."""
    columns = [c for c in forecasts.c if c.name not in ("daily", "low", "high")]
    query = (select(*columns, forecasts.c.daily, products.c.name_zh, products.c.name_en, products.c.unit)
             .select_from(forecasts.outerjoin(products, products.c.sku == forecasts.c.sku))
             .where(forecasts.c.store_id == store_id, forecasts.c.sku > after).order_by(forecasts.c.sku).limit(limit))
    found = []
    for row in connection.execute(query).mappings():
        item = {key: row[key] for key in row.keys() if key != "daily"}
        item["next_7_days"] = sum(json.loads(row["daily"])[:7])
        found.append(item)
    return found


def categories(*, connection: Connection, store_id: str) -> list[str]:
    return list(connection.execute(select(forecasts.c.category).where(forecasts.c.store_id == store_id)
                                   .distinct().order_by(forecasts.c.category)).scalars())


def one(*, connection: Connection, store_id: str, sku: str) -> dict:
    row = connection.execute(select(forecasts).where(forecasts.c.store_id == store_id, forecasts.c.sku == sku)
                             ).mappings().first()
    if row is None:
        raise NotFound(f"There is no forecast of {sku} in store {store_id} yet: run the nightly job or recompute it.")
    return decoded(row)


def of_category(*, connection: Connection, store_id: str, category: str) -> list[dict]:
    return [decoded(row) for row in connection.execute(
        select(forecasts).where(forecasts.c.store_id == store_id, forecasts.c.category == category)
        .order_by(forecasts.c.sku)).mappings()]


def of_skus(*, connection: Connection, store_id: str, skus: list[str]) -> dict[str, dict]:
    found = {}
    for start in range(0, len(skus), 500):
        for row in connection.execute(select(forecasts).where(
                forecasts.c.store_id == store_id, forecasts.c.sku.in_(skus[start:start + 500]))).mappings():
            found[row["sku"]] = decoded(row)
    return found


def decoded(row) -> dict:
    return {**dict(row), **{key: json.loads(row[key]) for key in ("daily", "low", "high")}}


def _run(row) -> dict:
    return {key: aware(row[key]) if key.endswith("_at") else row[key] for key in _RUN_FIELDS}


def history(*, connection: Connection, store_id: str, first: date, last: date, sku: str | None = None,
            category: str | None = None) -> list[dict]:
    """Demand per day from `first` to `last` of one product, or of a category's products added up: {date,
    quantity, sold_out, closed}. Days without a sale are 0 from the first day a product was on sale (the days
    it was flagged sold out before its first delivery are left out). A category's day is never marked sold
    out: its products run out one by one, and one empty shelf does not censor the category's demand."""
    rows = daily_demand.daily(connection=connection, store_id=store_id, first=first, last=last, sku=sku)
    if category is not None:
        rows = [row for row in rows if row["category"] == category and row["min_level"] is not None]
    shut = set(connection.execute(select(closed_days.c.day).where(
        closed_days.c.store_id == store_id, closed_days.c.day >= first.isoformat(),
        closed_days.c.day <= last.isoformat())).scalars())
    days: dict[str, dict] = {}
    on_sale: set[str] = set()
    for row in rows:            # ordered by date
        if row["sku"] not in on_sale and row["quantity"] <= 0 and row["sold_out"]:
            continue
        on_sale.add(row["sku"])
        day = days.setdefault(row["date"], {"date": row["date"], "quantity": 0, "sold_out": False,
                                            "closed": row["date"] in shut})
        day["quantity"] += max(row["quantity"], 0)
        day["sold_out"] = category is None and (day["sold_out"] or row["sold_out"])
    if not days:
        return []
    out, day = [], date.fromisoformat(min(days))
    while day <= last:
        text_day = day.isoformat()
        out.append(days.get(text_day) or {"date": text_day, "quantity": 0, "sold_out": False,
                                          "closed": text_day in shut})
        day += timedelta(days=1)
    return out


def summed(found: list[dict]) -> dict:
    """A category's forecast: the products' days added; the interval's half-width as if their errors were
    independent, √(Σ half-width²) (adding the bounds would claim every product misses the same way at once)."""
    if not found:
        return {"daily": [], "low": [], "high": []}
    width = min(len(f["daily"]) for f in found)
    daily = [sum(f["daily"][k] for f in found) for k in range(width)]
    spread = [math.isqrt(sum((f["high"][k] - f["daily"][k]) ** 2 for f in found)) for k in range(width)]
    return {"daily": daily, "low": [max(d - s, 0) for d, s in zip(daily, spread)],
            "high": [d + s for d, s in zip(daily, spread)]}
