"""HQ's forecasting job: per store, the daily demand panel from HQ's own ledger (crud/daily_demand.py, the columns
backoffice.analytics reads), `run_nightly` over spawned worker processes, and the results stored as the latest
forecast per store and product, with the suggested orders they lead to; `recompute` does one product now.

Progress (series done / total) is written to the run's row as the analytics report it — they log it every
10 s (`fit_all`); a handler on that logger, for this thread's records only, turns each report into a row
update — and before and after each store. pandas and statsmodels are imported when a job runs, not when HQ
starts.
"""
from __future__ import annotations

import dataclasses
import logging
import threading
from datetime import date, timedelta

from sqlalchemy import Engine, select

from sync.server.core.db import reading, snapshot, writing
from sync.server.core.errors import NotFound
from sync.server.core.security import now
from sync.server.crud import daily_demand
from sync.server.crud import forecasts as stored
from sync.server.crud import replenishment
from sync.server.crud.stock_operations import store_day
from sync.server.crud.stores import get_store, list_stores
from sync.server.models import closed_days, products

log = logging.getLogger("freshtill.hq.forecasting")
HORIZON = 28
HISTORY_DAYS = 730
ANALYTICS_LOGGER = "backoffice.analytics.nightly"


def business_day(engine: Engine, store_id: str) -> date:
    """The store's today, at the UTC offset of its tills."""
    with reading(engine) as connection:
        return store_day(connection, store_id=store_id)


def store_panel(engine: Engine, *, store_id: str, last: date, days: int = HISTORY_DAYS):
    """The store's DemandPanel over `days` days up to `last` (included), or None without a sale."""
    import pandas as pd

    from backoffice.analytics.demand import build_panel

    first = last - timedelta(days=days - 1)
    with snapshot(engine) as connection:
        rows = daily_demand.daily(connection=connection, store_id=store_id, first=first, last=last)
        shut = closed_between(connection, store_id=store_id, first=first, last=last)
    # Combos and SKUs HQ lacks (min_level None) have no stock of their own to order.
    rows = [row for row in rows if row["min_level"] is not None]
    if not rows:
        return None
    frame = pd.DataFrame(rows)
    frame["quantity"] = frame["quantity"].clip(lower=0).astype("int64")   # a day of refunds only sold nothing
    frame["price"] = frame["price"].astype("Int64")
    # A product is flagged sold out every day before its first delivery; its series begins when it was on sale.
    live = frame["quantity"].gt(0) | ~frame["sold_out"].astype(bool)
    begins = frame["date"].where(live).groupby(frame["sku"]).transform("min")
    frame = frame[begins.notna() & (frame["date"] >= begins)]
    if frame.empty:
        return None
    closed = pd.DataFrame({"store": [store_id] * len(shut), "date": shut})
    return build_panel(frame[["date", "store", "sku", "category", "quantity", "price", "discount", "sold_out"]],
                       closed=closed, end=last)


def closed_between(connection, *, store_id: str, first: date, last: date) -> list[date]:
    """The store's closed days from `first` to `last` (the past ones censor demand; those ahead get 0)."""
    return [date.fromisoformat(day) for day in connection.execute(select(closed_days.c.day).where(
        closed_days.c.store_id == store_id, closed_days.c.day >= first.isoformat(),
        closed_days.c.day <= last.isoformat())).scalars()]


def _ahead(engine: Engine, *, store_id: str, last: date) -> list[date]:
    with reading(engine) as connection:
        return closed_between(connection, store_id=store_id, first=last + timedelta(days=1),
                              last=last + timedelta(days=HORIZON))


def run_job(engine: Engine, *, store_id: str | None = None, trigger: str = "command", processes: int = 2,
            history_days: int = HISTORY_DAYS, last: date | None = None) -> dict:
    """Forecast every product of one store (or of every store); returns the finished run. Conflict when a run is
    already going. `last`: the last day of history (default: each store's yesterday)."""
    from backoffice.analytics.nightly import run_nightly

    with writing(engine) as connection:
        if store_id is not None:
            get_store(connection=connection, store_id=store_id)
        run_id = stored.claim_run(connection=connection, store_id=store_id, trigger=trigger)
        ids = [store_id] if store_id is not None else [s["id"] for s in list_stores(connection=connection)]
    log.info("forecast run %d started (%s) for %s", run_id, trigger, store_id or "every store")
    tracker = _Progress(engine, run_id)
    try:
        panels = []
        for one in ids:
            through = last or business_day(engine, one) - timedelta(days=1)
            panel = store_panel(engine, store_id=one, last=through, days=history_days)
            if panel is not None:
                panels.append((one, through, panel))
            tracker.save()          # a heartbeat per store read: reading a big store's ledger takes minutes
        tracker.total = sum(len(panel) for _one, _through, panel in panels)
        tracker.save()
        for one, through, panel in panels:
            with tracker.watching():
                result = run_nightly(panel, horizon=HORIZON, processes=processes,
                                     closed_ahead=_ahead(engine, store_id=one, last=through))
            _store(engine, store_id=one, panel=panel, result=result, run_id=run_id, today=through + timedelta(days=1))
            tracker.finished_store(len(panel))
            log.info("forecast run %d: store %s, %d products", run_id, one, len(panel))
    except Exception as exc:
        log.exception("forecast run %d failed", run_id)
        with writing(engine) as connection:
            stored.finish_run(connection=connection, run_id=run_id, error=f"{type(exc).__name__}: {exc}")
        raise
    with writing(engine) as connection:
        stored.finish_run(connection=connection, run_id=run_id)
        return stored.latest_run(connection=connection, store_id=store_id)


def recompute(engine: Engine, *, store_id: str, sku: str, history_days: int = HISTORY_DAYS,
              last: date | None = None) -> dict:
    """One product's forecast now, as the nightly job makes it: the store's whole panel (closures are judged on
    it) and the product's category (its weekday profile is the category's); only this product is stored."""
    from backoffice.analytics.nightly import run_nightly

    with reading(engine) as connection:
        get_store(connection=connection, store_id=store_id)
        category = connection.execute(select(products.c.category).where(products.c.sku == sku)).scalar()
    through = last or business_day(engine, store_id) - timedelta(days=1)
    panel = store_panel(engine, store_id=store_id, last=through, days=history_days)
    if category is None or panel is None or sku not in set(panel.keys["sku"]):
        raise NotFound(f"{sku} has no sales in store {store_id} over the last {history_days} days to forecast from.")
    rows = panel.keys.index[panel.keys["category"] == panel.keys.loc[panel.keys["sku"] == sku, "category"].iloc[0]]
    part = _rows(panel, rows.to_numpy())
    result = run_nightly(part, horizon=HORIZON, processes=1, closed_ahead=_ahead(engine, store_id=store_id,
                                                                                  last=through))
    mine = int((part.keys["sku"] == sku).to_numpy().nonzero()[0][0])
    with writing(engine) as connection:
        stored.save(connection=connection, rows=[_forecast_row(part, result, mine, run_id=None)])
        return stored.one(connection=connection, store_id=store_id, sku=sku)


def _rows(panel, rows):
    """The panel's series `rows` only (arrays and key rows sliced; the calendar kept)."""
    n = len(panel)
    changes = {}
    for item in dataclasses.fields(panel):
        value = getattr(panel, item.name)
        if hasattr(value, "iloc") and len(value) == n:
            changes[item.name] = value.iloc[rows].reset_index(drop=True)
        elif hasattr(value, "shape") and value.shape[:1] == (n,) and not hasattr(value, "weekday"):
            changes[item.name] = value[rows]
    return dataclasses.replace(panel, **changes)


def _store(engine: Engine, *, store_id: str, panel, result, run_id: int, today: date) -> None:
    rows = [_forecast_row(panel, result, i, run_id=run_id) for i in range(len(panel))]
    with writing(engine) as connection:
        stored.save(connection=connection, rows=rows)
        replenishment.keep(connection=connection, store_id=store_id, run_id=run_id, today=today)


def _forecast_row(panel, result, i: int, *, run_id: int | None) -> dict:
    """Series i of a NightlyResult as a `forecasts` row (frames are in panel order, `horizon` days a series)."""
    model = result.models.iloc[i]
    horizon = len(result.forecasts) // len(panel)
    days = result.forecasts.iloc[i * horizon:(i + 1) * horizon]
    return {"store_id": str(model["store"]), "sku": str(model["sku"]), "run_id": run_id,
            "category": str(model["category"]), "demand_class": str(model["demand_class"]),
            "model": str(model["model"]), "candidate": str(model["candidate"]), "fallback": bool(model["fallback"]),
            **{name: stored.ratio(float(model[name])) for name in stored.RATIOS},
            "sigma": int(model["sigma"]), "observed_days": int(model["observed_days"]),
            "history_start": panel.dates[int(panel.start[i])].date().isoformat(),
            "start_day": days["date"].iloc[0].date().isoformat(),
            "daily": days["forecast"].tolist(), "low": days["low"].tolist(), "high": days["high"].tolist(),
            "computed_at": now()}


class _Progress:
    """The run's done/total in its row: from the analytics' progress reports while a store is fitted (records
    of this thread only), and after each store."""

    def __init__(self, engine: Engine, run_id: int) -> None:
        self.engine, self.run_id = engine, run_id
        self.before = 0        # series of the stores already stored
        self.total = 0

    def save(self, done_now: int = 0) -> None:
        with writing(self.engine) as connection:
            stored.progress(connection=connection, run_id=self.run_id, done=self.before + done_now, total=self.total)

    def finished_store(self, series: int) -> None:
        self.before += series
        self.save()

    def watching(self):
        return _Watch(self)


class _Watch(logging.Handler):
    def __init__(self, progress: _Progress) -> None:
        super().__init__(level=logging.INFO)
        self.progress = progress
        self.thread = threading.get_ident()
        self.logger = logging.getLogger(ANALYTICS_LOGGER)

    def __enter__(self):
        self.saved_level = self.logger.level
        if not self.logger.isEnabledFor(logging.INFO):
            self.logger.setLevel(logging.INFO)
        self.logger.addHandler(self)
        return self

    def __exit__(self, *_exc) -> None:
        self.logger.removeHandler(self)
        self.logger.setLevel(self.saved_level)

    def emit(self, record: logging.LogRecord) -> None:
        # "%d/%d series …" — should the wording change, progress still moves store by store.
        args = record.args if isinstance(record.args, tuple) else ()
        if record.thread != self.thread or not str(record.msg).startswith("%d/%d series") or len(args) < 2:
            return
        try:
            self.progress.save(int(args[0]))
        except Exception:       # progress is a courtesy; the run itself must not fail for it
            log.warning("could not record the forecast run's progress", exc_info=True)
