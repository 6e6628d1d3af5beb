"""Catalog edits from the back office: products, delisting, a store's own price. Each bumps a version."""
from __future__ import annotations

from fastapi import APIRouter, Depends, Path, Query, Request

from pos_app.core.errors import PosError
from sync.products import wire_to_product
from sync.protocol import API, Minor, ProductWire
from sync.server.api.context import report, write
from sync.server.api.deps import MANAGERS, role, same_store
from sync.server.api.schemas import Body, Delist, Price, ProductsUpsert, Version
from sync.server.core.errors import HqError
from sync.server.crud import catalog
from sync.server.state import Principal

router = APIRouter(tags=["back office"])


class CatalogProduct(ProductWire):
    store_price: Minor | None = None     # the asked store's own price; `price` is the default


class CatalogPage(Body):
    products: list[CatalogProduct]
    next: str | None                     # pass as `after` for the next page; None on the last


@router.get(f"{API}/products", response_model=CatalogPage, summary="The catalog, delisted products included",
            dependencies=[Depends(role(*MANAGERS))])
async def list_products(request: Request, after: str = Query("", max_length=64),
                        limit: int = Query(1000, ge=1, le=5000),
                        store_id: str | None = Query(None, max_length=64, description="add this store's prices")
                        ) -> CatalogPage:
    page = await report(request, lambda c: catalog.list_products(connection=c, after=after, limit=limit,
                                                                 store_id=store_id))
    return CatalogPage(**page)


@router.put(f"{API}/products", response_model=Version)
async def upsert_products(body: ProductsUpsert, request: Request,
                          who: Principal = Depends(role(*MANAGERS))) -> Version:
    _sellable(body.products)
    version = await write(request, lambda c: catalog.upsert_products(connection=c, items=body.products,
                                                                      actor=who.user_id))
    return Version(version=version)


@router.post(f"{API}/products/delist", response_model=Version)
async def delist(body: Delist, request: Request, who: Principal = Depends(role(*MANAGERS))) -> Version:
    version = await write(request, lambda c: catalog.delist(connection=c, skus=list(body.skus), actor=who.user_id))
    return Version(version=version)


@router.put(f"{API}/stores/{{store_id}}/prices/{{sku}}", response_model=Version)
async def set_price(body: Price, request: Request, store_id: str = Path(max_length=64),
                    sku: str = Path(max_length=64), who: Principal = Depends(role(*MANAGERS))) -> Version:
    same_store(who, store_id)
    version = await write(request, lambda c: catalog.set_store_price(connection=c, store_id=store_id, sku=sku,
                                                                      price=body.price, actor=who.user_id))
    return Version(version=version)


def _sellable(products: list[ProductWire]) -> None:
    """Every till turns a pulled product into its domain form; one it cannot (an unknown unit, a pricing rule
    that does not parse) would stop every till's pull, so HQ refuses the whole edit first."""
    for item in products:
        try:
            wire_to_product(item)
        except (PosError, ValueError) as exc:
            raise HqError(f"Product {item.sku} is not one a till can sell: {exc}", code="bad_product",
                          status=422) from None
