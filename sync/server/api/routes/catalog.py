"""Catalog edits from the back office: products, delisting, a store's own price. Each bumps a version."""
from __future__ import annotations

from fastapi import APIRouter, Depends, Path, Request

from sync.protocol import API
from sync.server.api.context import write
from sync.server.api.deps import MANAGERS, role, same_store
from sync.server.api.schemas import Delist, Price, ProductsUpsert, Version
from sync.server.crud import catalog
from sync.server.state import Principal

router = APIRouter(tags=["back office"])


@router.put(f"{API}/products", response_model=Version)
async def upsert_products(body: ProductsUpsert, request: Request,
                          who: Principal = Depends(role(*MANAGERS))) -> Version:
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
