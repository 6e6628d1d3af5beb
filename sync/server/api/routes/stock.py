"""A store's stock for the back office: levels with alerts, a product's movement history, and goods in, waste
and stock counts by weight (crud/stock.py, crud/stock_operations.py). Quantities are integer thousandths of
the product's base unit (grams for kg)."""
from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Path, Query, Request
from pydantic import Field, StrictInt

from sync.protocol import API, IsoTime, Uuid
from sync.server.api.context import report, report_snapshot, write
from sync.server.api.deps import MANAGERS, role
from sync.server.api.params import StoreId, store_scope
from sync.server.api.schemas import Body, Id, Text
from sync.server.crud import stock as crud
from sync.server.crud import stock_operations
from sync.server.crud.stores import get_store
from sync.server.state import Principal

router = APIRouter(tags=["back office"])
Quantity = Annotated[StrictInt, Field(ge=0, le=10**12, description="thousandths of the product's base unit")]


class PortionStock(Body):
    code: str
    size: int                 # thousandths
    sellable: int             # whole portions the level still makes


class ProductStock(Body):
    sku: str
    name_zh: str
    name_en: str
    category: str
    unit: str
    level: int                # thousandths; negative when sold beyond the recorded stock
    safety_stock: int
    min_fraction: int
    whole_units: int          # whole base units on the shelf
    portions: list[PortionStock]
    sold_out: bool            # below the smallest sellable quantity
    low_stock: bool           # below the safety stock
    oversold: bool            # below zero
    delisted: bool
    unknown: bool             # a SKU the catalog lacks (sold before HQ knew it)


class StockPage(Body):
    store_id: str
    products: list[ProductStock]
    next: str | None          # pass as `after` for the next page; None on the last


class Movement(Body):
    uuid: str
    kind: str                 # sale | refund | goods_in | waste | count | transfer
    quantity: int             # signed thousandths
    level_after: int          # the level right after this movement, in this order
    reason: str
    at: str                   # when it was made, the till's (or the back office's) local time
    till_id: str | None       # None: made in the back office
    actor: str | None         # the back-office user, for operations made there
    sale_uuid: str | None
    received_at: str          # when HQ recorded it


class MovementPage(Body):
    store_id: str
    sku: str
    level: int
    movements: list[Movement]
    next: str | None          # pass as `before` for older movements; None on the last page


class StockLine(Body):
    sku: Id
    quantity: Quantity
    reason: Text = ""


class StockOperation(Body):
    operation: Uuid           # made by the back office; sending it again changes nothing
    at: IsoTime | None = None  # the store's local time of the operation; default: now at the store's offset
    lines: Annotated[list[StockLine], Field(min_length=1, max_length=5000)]


class StockMove(Body):
    sku: str
    quantity: int             # signed thousandths written to the ledger
    counted: int | None       # what was counted (counts only)
    level: int                # the level after the operation


class StockOperationResult(Body):
    operation: str
    store_id: str
    kind: str
    at: str
    version: int              # the store version the tills pull the new levels at
    repeated: bool            # true: this operation was already recorded; nothing changed now
    movements: list[StockMove]


@router.get(f"{API}/stores/{{store_id}}/stock", response_model=StockPage)
async def stock(request: Request, store_id: str = StoreId, after: str = Query("", max_length=64),
                limit: int = Query(1000, ge=1, le=10_000),
                alert: Literal[crud.ALERTS] | None = Query(None, description="only products with this flag"),
                who: Principal = Depends(role(*MANAGERS))) -> StockPage:
    store_scope(who, store_id)

    def read(connection) -> dict:
        get_store(connection=connection, store_id=store_id)
        return crud.levels(connection=connection, store_id=store_id, after=after, limit=limit, alert=alert)

    return StockPage(**await report(request, read))


@router.get(f"{API}/stores/{{store_id}}/products/{{sku}}/movements", response_model=MovementPage)
async def movements(request: Request, store_id: str = StoreId, sku: str = Path(max_length=64),
                    limit: int = Query(100, ge=1, le=1000), before: str = Query("", max_length=120),
                    who: Principal = Depends(role(*MANAGERS))) -> MovementPage:
    store_scope(who, store_id)

    def read(connection) -> dict:
        get_store(connection=connection, store_id=store_id)
        return crud.movements(connection=connection, store_id=store_id, sku=sku, before=before or None, limit=limit)

    return MovementPage(**await report_snapshot(request, read))


def _operation(kind: str, path: str, summary: str):
    @router.post(f"{API}/stores/{{store_id}}/stock/{path}", response_model=StockOperationResult, summary=summary,
                 name=f"stock_{kind}", responses={409: {"description": "the operation id was used for other lines"},
                                                  422: {"description": "an unknown product, a combo, a bad quantity"}})
    async def operate(body: StockOperation, request: Request, store_id: str = StoreId,
                      who: Principal = Depends(role(*MANAGERS))) -> StockOperationResult:
        store_scope(who, store_id)
        lines = [line.model_dump() for line in body.lines]
        made = await write(request, lambda c: stock_operations.apply(
            connection=c, store_id=store_id, kind=kind, operation=body.operation, at=body.at, lines=lines,
            actor=who.user_id))
        return StockOperationResult(**made)

    return operate


_operation("goods_in", "goods-in", "Goods received: each line adds its quantity")
_operation("waste", "waste", "Waste written off: each line (a positive quantity) subtracts")
_operation("count", "count", "A stock count: per product, counted − HQ's level goes to the ledger")
