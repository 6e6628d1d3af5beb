"""The back office's dashboard: a day's revenue, baskets and average basket, by hour and by category, against
the same weekday a week earlier — one store, or every store for an admin (crud/dashboard.py)."""
from __future__ import annotations

from datetime import date, timedelta

from fastapi import APIRouter, Depends, Request

from sync.protocol import API
from sync.server.api.context import report
from sync.server.api.deps import MANAGERS, role
from sync.server.api.params import DayText, StoreId, every_store, parse_day, store_scope
from sync.server.core.errors import Invalid
from sync.server.api.schemas import Body
from sync.server.crud import dashboard as crud
from sync.server.crud.stores import get_store
from sync.server.state import Principal

router = APIRouter(tags=["back office"])


def _day(text: str) -> date:
    day = parse_day(text)
    if day < date.min + timedelta(days=7):
        raise Invalid(f"day: {text} has no week before it to compare with.")
    return day


class HourFigures(Body):
    hour: int                 # 0–23, the tills' local hour
    revenue: int              # fen; refunds negative
    baskets: int


class CategoryFigures(Body):
    category: str
    revenue: int              # fen: the net shares of every line of the category's products, refunds negative


class DayFigures(Body):
    revenue: int              # sales + refunds, fen
    sales: int
    refunds: int              # negative or 0
    baskets: int
    refund_count: int
    average_basket: int       # sales / baskets, rounded half away from zero; 0 without baskets
    hours: list[HourFigures]
    categories: list[CategoryFigures]


class Dashboard(Body):
    store_id: str | None      # None: every store
    day: str
    today: DayFigures
    compared_day: str         # the same weekday one week earlier
    compared: DayFigures


@router.get(f"{API}/stores/{{store_id}}/dashboard", response_model=Dashboard)
async def store_dashboard(request: Request, day: DayText, store_id: str = StoreId,
                          who: Principal = Depends(role(*MANAGERS))) -> Dashboard:
    store_scope(who, store_id)
    wanted = _day(day)

    def read(connection) -> dict:
        get_store(connection=connection, store_id=store_id)
        return crud.dashboard(connection=connection, store_id=store_id, day=wanted)

    return Dashboard(**await report(request, read))


@router.get(f"{API}/dashboard", response_model=Dashboard, summary="Every store's dashboard, summed")
async def all_stores_dashboard(request: Request, day: DayText, who: Principal = Depends(role(*MANAGERS))) -> Dashboard:
    every_store(who)
    wanted = _day(day)
    return Dashboard(**await report(request, lambda c: crud.dashboard(connection=c, store_id=None, day=wanted)))
