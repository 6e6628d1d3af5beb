"""Sales for the back office: analysis over a date range (crud/sales_analysis.py) and daily demand per
product and store for the forecasts (crud/daily_demand.py) — one store, or every store for an admin."""
from __future__ import annotations

from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from pydantic import Field

from sync.protocol import API
from sync.server.api.context import report, report_snapshot
from sync.server.api.deps import MANAGERS, role
from sync.server.api.params import FromDay, StoreId, ToDay, day_range, every_store, store_scope
from sync.server.api.schemas import Body
from sync.server.crud import daily_demand, sales_analysis
from sync.server.crud.stores import get_store
from sync.server.state import Principal

router = APIRouter(tags=["back office"])
Top = Annotated[int, Query(ge=1, le=100, description="how many top and bottom sellers")]
PageDays = Annotated[int, Query(ge=1, le=92, description="days per page (the rest: ask again from `next_from`)")]
Sku = Annotated[str | None, Query(min_length=1, max_length=64, description="one product only")]


class CategorySales(Body):
    category: str
    quantity: int             # thousandths of each product's base unit, summed (mixes kg and pieces)
    amount: int               # fen, net of discounts, refunds negative
    share: int | None         # basis points of the total amount
    cost_amount: int          # cost × quantity, fen
    margin: int               # amount − cost_amount
    margin_rate: int | None   # basis points of the amount
    waste_quantity: int       # thousandths written off as waste
    waste_cost: int
    waste_rate: int | None    # waste ÷ (sold + waste), basis points, by quantity
    waste_cost_rate: int | None   # the same by cost value
    fresh: bool               # has a perishable product or one sold by weight


class Seller(Body):
    sku: str
    name_zh: str
    name_en: str
    category: str
    unit: str
    quantity: int
    amount: int
    margin: int


class SalesAnalysis(Body):
    store_id: str | None
    from_: str = Field(alias="from")
    to: str
    amount: int
    cost_amount: int
    margin: int
    waste_cost: int
    categories: list[CategorySales]
    top: list[Seller]
    bottom: list[Seller]


class DailyRow(Body):
    date: str
    store: str
    sku: str
    category: str
    quantity: int             # thousandths sold that day, that day's refunds deducted
    amount: int               # fen, net of discounts
    gross: int                # fen, before discounts
    price: int | None         # regular price per base unit, fen (gross ÷ quantity); None without a sale
    discount: int             # basis points of the regular price taken off
    sold_out: bool            # a movement of the day left less than the smallest sellable quantity
    min_level: int | None     # the lowest level a movement of the day left (without one, the day's level),
                              # thousandths; None: no stock of its own (combos, SKUs HQ lacks)


class DailyPage(Body):
    store_id: str | None
    from_: str = Field(alias="from")
    to: str                   # the last day of this page
    rows: list[DailyRow]
    next_from: str | None     # the next page's `from` (same `to`); None when the range is done


async def _analysis(request: Request, *, store_id: str | None, start: str, end: str, top: int) -> SalesAnalysis:
    first, last = day_range(start, end)

    def read(connection) -> dict:
        if store_id is not None:
            get_store(connection=connection, store_id=store_id)
        return sales_analysis.analysis(connection=connection, store_id=store_id, first=first, last=last, top=top)

    return SalesAnalysis(**await report(request, read))


@router.get(f"{API}/stores/{{store_id}}/sales/analysis", response_model=SalesAnalysis, response_model_by_alias=True)
async def store_analysis(request: Request, start: FromDay, end: ToDay, top: Top = 10, store_id: str = StoreId,
                         who: Principal = Depends(role(*MANAGERS))) -> SalesAnalysis:
    return await _analysis(request, store_id=store_scope(who, store_id), start=start, end=end, top=top)


@router.get(f"{API}/sales/analysis", response_model=SalesAnalysis, response_model_by_alias=True,
            summary="Sales analysis of every store together")
async def all_stores_analysis(request: Request, start: FromDay, end: ToDay, top: Top = 10,
                              who: Principal = Depends(role(*MANAGERS))) -> SalesAnalysis:
    every_store(who)
    return await _analysis(request, store_id=None, start=start, end=end, top=top)


async def _daily(request: Request, *, store_id: str | None, start: str, end: str, days: int,
                 sku: str | None) -> DailyPage:
    first, last = day_range(start, end)
    page_last = last if (last - first).days < days else first + timedelta(days=days - 1)

    def read(connection) -> list[dict]:
        if store_id is not None:
            get_store(connection=connection, store_id=store_id)
        return daily_demand.daily(connection=connection, store_id=store_id, first=first, last=page_last, sku=sku)

    rows = await report_snapshot(request, read)
    return DailyPage(**{"store_id": store_id, "from": first.isoformat(), "to": page_last.isoformat(), "rows": rows,
                        "next_from": (page_last + timedelta(days=1)).isoformat() if page_last < last else None})


@router.get(f"{API}/stores/{{store_id}}/sales/daily", response_model=DailyPage, response_model_by_alias=True)
async def store_daily(request: Request, start: FromDay, end: ToDay, days: PageDays = 31, sku: Sku = None,
                      store_id: str = StoreId, who: Principal = Depends(role(*MANAGERS))) -> DailyPage:
    return await _daily(request, store_id=store_scope(who, store_id), start=start, end=end, days=days, sku=sku)


@router.get(f"{API}/sales/daily", response_model=DailyPage, response_model_by_alias=True,
            summary="Daily demand of every store's products")
async def all_stores_daily(request: Request, start: FromDay, end: ToDay, days: PageDays = 31, sku: Sku = None,
                           who: Principal = Depends(role(*MANAGERS))) -> DailyPage:
    every_store(who)
    return await _daily(request, store_id=None, start=start, end=end, days=days, sku=sku)
