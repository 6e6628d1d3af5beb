"""Replenishment for the back office: suggested orders with every input that made them, and purchase orders —
made from the manager's quantities, exported as CSV/XLSX, sent, received into stock exactly once
(crud/replenishment.py, crud/purchase_orders.py). Quantities are integer thousandths of the base unit."""
from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import Response
from pydantic import Field, StrictInt

from sync.protocol import API
from sync.server.api.context import report, write
from sync.server.api.deps import MANAGERS, role
from sync.server.api.params import StoreId, store_scope
from sync.server.api.schemas import Body, Id, Text
from sync.server.crud import purchase_orders as orders
from sync.server.crud import replenishment as crud
from sync.server.crud.stock_operations import store_day
from sync.server.crud.stores import get_store
from sync.server.planning import ORDER_STATUSES
from sync.server.purchase_order_file import FORMATS, filename, render
from sync.server.state import Principal

router = APIRouter(tags=["back office"])
Milli = Annotated[StrictInt, Field(ge=0, le=10**12, description="thousandths of the product's base unit")]
OrderId = Path(ge=1, le=2**62, description="a purchase order's id")


class SupplierChoice(Body):
    id: str                    # as products name it ("" for products without a supplier)
    name: str
    products: int              # forecast products of the store from this supplier


class Suggestion(Body):
    sku: str
    name_zh: str
    name_en: str
    unit: str
    category: str
    supplier: str
    on_hand: int               # HQ's level now (negative when sold past the recorded stock)
    on_order: int              # sent purchase orders not yet received
    position: int              # on hand + on order
    lead_time_days: int
    review_days: int
    service_level_bp: int
    cycle_demand: int          # forecast demand over lead time + review period
    safety_stock: int          # z × forecast error × √(lead time + review)
    shelf_life_days: int | None
    shelf_life_cap: int | None  # what sells within lead time + shelf life (perishables)
    capped: bool               # the cap lowered the order-up-to level
    loss_rate: int             # basis points grossed up
    order_up_to: int
    pack_size: int
    min_order: int
    suggested: int             # whole packs, at least the minimum; 0 when nothing is needed
    model: str
    fallback: bool
    forecast_start: str
    stale: bool                # the forecast is older than its horizon: run the nightly job


class Suggestions(Body):
    store_id: str
    today: str
    suppliers: list[SupplierChoice]
    lines: list[Suggestion]
    next: str | None           # pass as `after`


class OrderLineIn(Body):
    sku: Id
    suggested: Milli = 0
    ordered: Annotated[StrictInt, Field(gt=0, le=10**12)]


class OrderIn(Body):
    supplier: Text
    lines: Annotated[list[OrderLineIn], Field(min_length=1, max_length=5000)]


class OrderLine(Body):
    sku: str
    name_zh: str
    name_en: str
    unit: str
    suggested: int
    ordered: int
    received: int | None


class OrderHeader(Body):
    id: int
    store_id: str
    supplier: str
    status: str                # draft | sent | received
    created_by: str
    created_at: str
    sent_at: str | None
    received_at: str | None
    received_by: str | None


class Order(OrderHeader):
    lines: list[OrderLine]


class OrderPage(Body):
    orders: list[OrderHeader]
    next: int | None           # pass as `before`


class Arrived(Body):
    sku: Id
    quantity: Milli            # what arrived (weighed); 0: the line did not come


class ReceiveIn(Body):
    lines: Annotated[list[Arrived], Field(max_length=5000)] = []   # lines not given arrive as ordered


class Received(Body):
    order: Order
    repeated: bool             # it had been received already: nothing changed now


@router.get(f"{API}/stores/{{store_id}}/replenishment", response_model=Suggestions)
async def suggestions(request: Request, store_id: str = StoreId, supplier: str | None = Query(None, max_length=200),
                      service_level: int = Query(crud.DEFAULT_SERVICE_BP, ge=5000, le=9990,
                                                 description="basis points: 9500 = 95 %"),
                      after: str = Query("", max_length=64), limit: int = Query(500, ge=1, le=5000),
                      who: Principal = Depends(role(*MANAGERS))) -> Suggestions:
    store_scope(who, store_id)

    def read(connection) -> Suggestions:
        get_store(connection=connection, store_id=store_id)
        today = store_day(connection, store_id=store_id)
        lines = crud.suggestions(connection=connection, store_id=store_id, today=today, supplier=supplier,
                                 service_level_bp=service_level, after=after, limit=limit + 1)
        return Suggestions(store_id=store_id, today=today.isoformat(),
                           suppliers=crud.supplier_names(connection=connection, store_id=store_id),
                           lines=lines[:limit], next=lines[limit - 1]["sku"] if len(lines) > limit else None)

    return await report(request, read)


@router.post(f"{API}/stores/{{store_id}}/purchase-orders", response_model=Order, status_code=201,
             summary="Make a draft purchase order from the manager's quantities")
async def create(body: OrderIn, request: Request, store_id: str = StoreId,
                 who: Principal = Depends(role(*MANAGERS))) -> Order:
    store_scope(who, store_id)
    lines = [line.model_dump() for line in body.lines]
    return Order(**await write(request, lambda c: orders.create(connection=c, store_id=store_id,
                                                                supplier=body.supplier, lines=lines,
                                                                actor=who.user_id)))


@router.get(f"{API}/stores/{{store_id}}/purchase-orders", response_model=OrderPage)
async def listing(request: Request, store_id: str = StoreId, status: Literal[ORDER_STATUSES] | None = None,
                  before: int | None = Query(None, ge=1), limit: int = Query(50, ge=1, le=500),
                  who: Principal = Depends(role(*MANAGERS))) -> OrderPage:
    store_scope(who, store_id)
    rows = await report(request, lambda c: orders.listing(connection=c, store_id=store_id, status=status,
                                                          before=before, limit=limit + 1))
    return OrderPage(orders=rows[:limit], next=rows[limit - 1]["id"] if len(rows) > limit else None)


@router.get(f"{API}/stores/{{store_id}}/purchase-orders/{{order_id}}", response_model=Order)
async def one(request: Request, store_id: str = StoreId, order_id: int = OrderId,
              who: Principal = Depends(role(*MANAGERS))) -> Order:
    store_scope(who, store_id)
    return Order(**await report(request, lambda c: orders.get(connection=c, store_id=store_id, order_id=order_id)))


@router.get(f"{API}/stores/{{store_id}}/purchase-orders/{{order_id}}/export", response_class=Response,
            responses={200: {"content": {kind: {} for kind in FORMATS.values()}}})
async def export(request: Request, store_id: str = StoreId, order_id: int = OrderId,
                 format: Literal["csv", "xlsx"] = Query("csv"), who: Principal = Depends(role(*MANAGERS))) -> Response:
    """The order as a file for the supplier (CSV in UTF-8 with BOM, or XLSX)."""
    store_scope(who, store_id)
    order = await report(request, lambda c: orders.get(connection=c, store_id=store_id, order_id=order_id))
    return Response(render(order, kind=format), media_type=FORMATS[format],
                    headers={"Content-Disposition": f'attachment; filename="{filename(order, kind=format)}"'})


@router.post(f"{API}/stores/{{store_id}}/purchase-orders/{{order_id}}/send", response_model=Order,
             responses={409: {"description": "the order was already received"}})
async def send(request: Request, store_id: str = StoreId, order_id: int = OrderId,
               who: Principal = Depends(role(*MANAGERS))) -> Order:
    store_scope(who, store_id)
    return Order(**await write(request, lambda c: orders.send(connection=c, store_id=store_id, order_id=order_id,
                                                              actor=who.user_id)))


@router.post(f"{API}/stores/{{store_id}}/purchase-orders/{{order_id}}/receive", response_model=Received,
             summary="Receive the order into stock (once, however often it is posted)")
async def receive(request: Request, store_id: str = StoreId, order_id: int = OrderId, body: ReceiveIn | None = None,
                  who: Principal = Depends(role(*MANAGERS))) -> Received:
    store_scope(who, store_id)
    lines = [line.model_dump() for line in body.lines] if body is not None else None
    return Received(**await write(request, lambda c: orders.receive(connection=c, store_id=store_id,
                                                                    order_id=order_id, lines=lines,
                                                                    actor=who.user_id)))
