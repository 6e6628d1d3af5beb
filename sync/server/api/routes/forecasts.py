"""Forecasts for the back office: the latest forecast of every product of a store (model, demand class, backtest
accuracy against seasonal naive and whether that baseline was used), one product's or one category's history
with its forecast and 80 % interval, the latest run's progress, and recomputing one product now
(crud/forecasts.py, sync/server/forecasting.py). Quantities are integer thousandths; accuracies decimal strings."""
from __future__ import annotations

from datetime import date, timedelta

from fastapi import APIRouter, Depends, Path, Query, Request
from starlette.concurrency import run_in_threadpool

from sync.protocol import API
from sync.server.api.context import hq, report, report_snapshot
from sync.server.api.deps import MANAGERS, role
from sync.server.api.params import StoreId, store_scope
from sync.server.api.schemas import Body
from sync.server.core.db import snapshot
from sync.server.core.errors import NotFound
from sync.server.core.security import aware
from sync.server.crud import forecasts as crud
from sync.server.crud.stores import get_store
from sync.server.forecasting import recompute
from sync.server.models import products
from sync.server.planning import RATIO_SCALE
from sync.server.state import Principal

router = APIRouter(tags=["back office"])
HistoryDays = Query(56, ge=7, le=730, description="days of history before the forecast")


class Run(Body):
    id: int
    store_id: str | None       # None: every store
    trigger: str               # schedule | command
    started_at: str
    finished_at: str | None
    done: int                  # products (store × product series) forecast so far
    total: int
    status: str                # running | finished | failed
    error: str


class Accuracy(Body):
    demand_class: str          # smooth | erratic | intermittent | lumpy | too_short | none
    model: str                 # the model used
    candidate: str             # the class's best model; differs from `model` when it lost to the baseline
    fallback: bool             # seasonal naive did better in the backtest and is used
    mase: str | None           # backtest of the model used (decimal ratios; None: nothing to score)
    rmsse: str | None
    wape: str | None
    baseline_rmsse: str | None  # seasonal naive's backtest, the same days
    baseline_wape: str | None


class ForecastSummary(Accuracy):
    sku: str
    name_zh: str
    name_en: str
    unit: str
    category: str
    observed_days: int
    start_day: str
    next_7_days: int           # thousandths over the forecast's first seven days
    computed_at: str
    run_id: int | None         # None: recomputed on demand


class ForecastPage(Body):
    store_id: str
    run: Run | None
    categories: list[str]
    forecasts: list[ForecastSummary]
    next: str | None           # pass as `after`


class Day(Body):
    date: str
    quantity: int              # thousandths sold (refunds deducted)
    sold_out: bool             # demand was censored: the shelf was empty part of the day
    closed: bool


class Forecast(Body):
    date: str
    forecast: int              # thousandths
    low: int                   # 80 % prediction interval
    high: int


class ForecastView(Body):
    store_id: str
    sku: str | None            # None for a category
    category: str
    name_zh: str
    name_en: str
    unit: str
    accuracy: Accuracy | None  # a category's products each have their own
    products: int              # series summed (1 for a product)
    fallbacks: int             # of them, on seasonal naive
    computed_at: str
    history: list[Day]
    forecast: list[Forecast]


def ratio_text(value: int | None) -> str | None:
    """Ten-thousandths as a decimal string: 8123 → '0.8123'."""
    if value is None:
        return None
    whole, part = divmod(value, RATIO_SCALE)
    return f"{whole}.{part:04d}"


def _accuracy(row: dict) -> dict:
    return {"demand_class": row["demand_class"], "model": row["model"], "candidate": row["candidate"],
            "fallback": row["fallback"], **{name: ratio_text(row[name]) for name in crud.RATIOS}}


def _run(run: dict | None) -> Run | None:
    if run is None:
        return None
    return Run(**{**run, **{key: run[key].isoformat() if run[key] is not None else None
                            for key in ("started_at", "finished_at")}})


def _days(found: dict) -> list[Forecast]:
    start = date.fromisoformat(found["start_day"])
    return [Forecast(date=(start + timedelta(days=k)).isoformat(), forecast=f, low=lo, high=hi)
            for k, (f, lo, hi) in enumerate(zip(found["daily"], found["low"], found["high"]))]


@router.get(f"{API}/stores/{{store_id}}/forecasts", response_model=ForecastPage)
async def forecasts(request: Request, store_id: str = StoreId, after: str = Query("", max_length=64),
                    limit: int = Query(500, ge=1, le=5000), who: Principal = Depends(role(*MANAGERS))) -> ForecastPage:
    store_scope(who, store_id)

    def read(connection) -> ForecastPage:
        get_store(connection=connection, store_id=store_id)
        rows = crud.listing(connection=connection, store_id=store_id, after=after, limit=limit + 1)
        summaries = [ForecastSummary(
            **_accuracy(row), sku=row["sku"], name_zh=row["name_zh"] or "", name_en=row["name_en"] or "",
            unit=row["unit"] or "kg", category=row["category"], observed_days=row["observed_days"],
            start_day=row["start_day"], next_7_days=row["next_7_days"],
            computed_at=aware(row["computed_at"]).isoformat(), run_id=row["run_id"]) for row in rows[:limit]]
        return ForecastPage(store_id=store_id, run=_run(crud.latest_run(connection=connection, store_id=store_id)),
                            categories=crud.categories(connection=connection, store_id=store_id),
                            forecasts=summaries, next=rows[limit - 1]["sku"] if len(rows) > limit else None)

    return await report(request, read)


@router.get(f"{API}/stores/{{store_id}}/forecast-run", response_model=Run | None)
async def latest_run(request: Request, store_id: str = StoreId, who: Principal = Depends(role(*MANAGERS))) -> Run | None:
    """The newest run that covered the store; null when none ever did."""
    store_scope(who, store_id)
    return _run(await report(request, lambda c: crud.latest_run(connection=c, store_id=store_id)))


def _product_view(connection, *, store_id: str, sku: str, history_days: int) -> ForecastView:
    found = crud.one(connection=connection, store_id=store_id, sku=sku)
    product = connection.execute(products.select().where(products.c.sku == sku)).mappings().first() or {}
    start = date.fromisoformat(found["start_day"])
    days = crud.history(connection=connection, store_id=store_id, sku=sku, first=start - timedelta(days=history_days),
                        last=start - timedelta(days=1))
    return ForecastView(store_id=store_id, sku=sku, category=found["category"], name_zh=product.get("name_zh", ""),
                        name_en=product.get("name_en", ""), unit=product.get("unit", "kg"),
                        accuracy=Accuracy(**_accuracy(found)), products=1, fallbacks=int(found["fallback"]),
                        computed_at=aware(found["computed_at"]).isoformat(),
                        history=[Day(**d) for d in days], forecast=_days(found))


@router.get(f"{API}/stores/{{store_id}}/forecasts/{{sku}}", response_model=ForecastView)
async def product_forecast(request: Request, store_id: str = StoreId, sku: str = Path(max_length=64),
                           history_days: int = HistoryDays, who: Principal = Depends(role(*MANAGERS))) -> ForecastView:
    store_scope(who, store_id)
    return await report_snapshot(request, lambda c: _product_view(c, store_id=store_id, sku=sku,
                                                                  history_days=history_days))


@router.get(f"{API}/stores/{{store_id}}/category-forecast", response_model=ForecastView)
async def category_forecast(request: Request, store_id: str = StoreId,
                            category: str = Query(max_length=200, description="a product category"),
                            history_days: int = HistoryDays, who: Principal = Depends(role(*MANAGERS))) -> ForecastView:
    """The category's products' history and forecasts added day by day."""
    store_scope(who, store_id)

    def read(connection) -> ForecastView:
        found = crud.of_category(connection=connection, store_id=store_id, category=category)
        if not found:
            raise NotFound(f"Store {store_id} has no forecast in category {category!r}.")
        start = min(date.fromisoformat(f["start_day"]) for f in found)
        days = crud.history(connection=connection, store_id=store_id, category=category,
                            first=start - timedelta(days=history_days), last=start - timedelta(days=1))
        total = crud.summed([f for f in found if f["start_day"] == start.isoformat()])
        units = {u for (u,) in connection.execute(products.select().with_only_columns(products.c.unit).where(
            products.c.sku.in_([f["sku"] for f in found[:500]])))}
        return ForecastView(store_id=store_id, sku=None, category=category, name_zh=category, name_en=category,
                            unit=units.pop() if len(units) == 1 else "", accuracy=None, products=len(found),
                            fallbacks=sum(f["fallback"] for f in found),
                            computed_at=max(aware(f["computed_at"]) for f in found).isoformat(),
                            history=[Day(**d) for d in days],
                            forecast=_days({**total, "start_day": start.isoformat()}))

    return await report_snapshot(request, read)


@router.post(f"{API}/stores/{{store_id}}/forecasts/{{sku}}/recompute", response_model=ForecastView,
             summary="Forecast one product again now, as the nightly job does",
             responses={404: {"description": "the product has no sales in the store to forecast from"}})
async def recompute_one(request: Request, store_id: str = StoreId, sku: str = Path(max_length=64),
                        history_days: int = HistoryDays, who: Principal = Depends(role(*MANAGERS))) -> ForecastView:
    store_scope(who, store_id)
    engine = hq(request).engine

    def work() -> ForecastView:
        recompute(engine, store_id=store_id, sku=sku)
        with snapshot(engine) as connection:        # the primary: a replica may not have the new row yet
            return _product_view(connection, store_id=store_id, sku=sku, history_days=history_days)

    return await run_in_threadpool(work)
