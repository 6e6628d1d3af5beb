"""Supply terms for replenishment: suppliers and each product's lead time, shelf life, loss rate, pack size
and minimum order (crud/supply.py). HQ-only data: the tills never receive it."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from pydantic import Field, StrictBool, StrictInt

from sync.protocol import API
from sync.server.api.context import report, write
from sync.server.api.deps import MANAGERS, role
from sync.server.api.schemas import Body, Id, Text
from sync.server.crud import supply as crud
from sync.server.state import Principal

router = APIRouter(tags=["back office"])
Days = Annotated[StrictInt, Field(ge=0, le=3650)]
Milli = Annotated[StrictInt, Field(ge=0, le=10**12)]


class Supplier(Body):
    id: Id
    name: Text = ""
    lead_time_days: Days = crud.DEFAULT_LEAD_DAYS        # from order to delivery
    review_days: Annotated[StrictInt, Field(ge=1, le=365)] = crud.DEFAULT_REVIEW_DAYS   # days between orders
    min_order_amount: Annotated[StrictInt, Field(ge=0, le=10**12)] = 0              # fen per order
    active: StrictBool = True


class Suppliers(Body):
    suppliers: Annotated[list[Supplier], Field(min_length=1, max_length=5000)]


class SupplyTerms(Body):
    sku: Id
    lead_time_days: Days | None = None       # None: the supplier's
    shelf_life_days: Annotated[StrictInt, Field(ge=1, le=3650)] | None = None    # None: not perishable
    loss_rate: Annotated[StrictInt, Field(ge=0, le=9999)] = 0                   # basis points: 1500 = 15 %
    pack_size: Annotated[StrictInt, Field(ge=1, le=10**12)] | None = None        # thousandths; None: min_fraction
    min_order: Milli = 0                                                         # thousandths


class SupplyTermsUpsert(Body):
    products: Annotated[list[SupplyTerms], Field(min_length=1, max_length=5000)]


class ProductSupply(Body):
    sku: str
    supplier: str
    lead_time_days: int | None
    shelf_life_days: int | None
    loss_rate: int
    pack_size: int | None
    min_order: int
    effective_lead_time_days: int            # the product's, else its supplier's, else 1
    review_days: int                         # its supplier's, else 1
    effective_pack_size: int                 # the product's, else its smallest sellable quantity


class SupplyPage(Body):
    products: list[ProductSupply]
    next: str | None                         # pass as `after` for the next page


class Count(Body):
    count: int


@router.get(f"{API}/suppliers", response_model=list[Supplier], dependencies=[Depends(role(*MANAGERS))])
async def list_suppliers(request: Request) -> list[Supplier]:
    return [Supplier(**row) for row in await report(request, lambda c: crud.list_suppliers(connection=c))]


@router.put(f"{API}/suppliers", response_model=Count, summary="Add or replace suppliers")
async def put_suppliers(body: Suppliers, request: Request, who: Principal = Depends(role(*MANAGERS))) -> Count:
    items = [item.model_dump() for item in body.suppliers]
    return Count(count=await write(request, lambda c: crud.upsert_suppliers(connection=c, items=items,
                                                                            actor=who.user_id)))


@router.get(f"{API}/products/supply", response_model=SupplyPage, dependencies=[Depends(role(*MANAGERS))])
async def list_terms(request: Request, after: str = Query("", max_length=64),
                     limit: int = Query(1000, ge=1, le=10_000)) -> SupplyPage:
    rows = await report(request, lambda c: crud.terms(connection=c, after=after, limit=limit + 1))
    return SupplyPage(products=rows[:limit], next=rows[limit - 1]["sku"] if len(rows) > limit else None)


@router.put(f"{API}/products/supply", response_model=Count, summary="Replace products' supply terms",
            responses={422: {"description": "a product HQ does not have"}})
async def put_terms(body: SupplyTermsUpsert, request: Request, who: Principal = Depends(role(*MANAGERS))) -> Count:
    items = [item.model_dump() for item in body.products]
    return Count(count=await write(request, lambda c: crud.upsert_terms(connection=c, items=items,
                                                                        actor=who.user_id)))
