"""Stores: creation, store-wide settings, closing a business day, and the exceptions list."""
from __future__ import annotations

from datetime import timezone

from fastapi import APIRouter, Depends, Path, Query, Request
from sqlalchemy import select

from sync.protocol import API
from sync.server.api.context import report, write
from sync.server.api.deps import ADMINS, MANAGERS, role, same_store
from sync.server.api.schemas import Day, ExceptionRow, SettingValue, Store, StoreCreate, Version
from sync.server.crud import stores
from sync.server.models import exceptions
from sync.server.state import Principal

router = APIRouter(tags=["back office"])
StoreId = Path(max_length=64)


@router.post(f"{API}/stores", response_model=Store, status_code=201)
async def create_store(body: StoreCreate, request: Request, who: Principal = Depends(role(*ADMINS))) -> Store:
    return Store(**await write(request, lambda c: stores.create_store(connection=c, store_id=body.id, name=body.name,
                                                                      actor=who.user_id)))


@router.get(f"{API}/stores", response_model=list[Store], dependencies=[Depends(role(*MANAGERS))])
async def list_stores(request: Request) -> list[Store]:
    return [Store(**row) for row in await report(request, lambda c: stores.list_stores(connection=c))]


@router.put(f"{API}/stores/{{store_id}}/settings/{{key}}", response_model=Version)
async def set_setting(body: SettingValue, request: Request, store_id: str = StoreId,
                      key: str = Path(max_length=64), who: Principal = Depends(role(*ADMINS))) -> Version:
    version = await write(request, lambda c: stores.set_setting(connection=c, store_id=store_id, key=key,
                                                                value=body.value, actor=who.user_id))
    return Version(version=version)


@router.post(f"{API}/stores/{{store_id}}/closed-days", status_code=204)
async def close_day(body: Day, request: Request, store_id: str = StoreId,
                    who: Principal = Depends(role(*MANAGERS))) -> None:
    same_store(who, store_id)
    await write(request, lambda c: stores.close_day(connection=c, store_id=store_id, day=body.day, actor=who.user_id))


@router.get(f"{API}/stores/{{store_id}}/exceptions", response_model=list[ExceptionRow])
async def list_exceptions(request: Request, store_id: str = StoreId, limit: int = Query(200, ge=1, le=5000),
                          before: int | None = Query(None, ge=1, le=2**62, description="the last id of the previous "
                                                     "page: older exceptions"),
                          who: Principal = Depends(role(*MANAGERS))) -> list[ExceptionRow]:
    same_store(who, store_id)

    def read(connection) -> list[dict]:
        query = select(exceptions).where(exceptions.c.store_id == store_id)
        if before is not None:
            query = query.where(exceptions.c.id < before)
        rows = connection.execute(query.order_by(exceptions.c.id.desc()).limit(limit)).mappings().all()
        return [{**{k: row[k] for k in ("id", "store_id", "till_id", "kind", "sku", "detail")},
                 "event_id": None if row["event_id"] is None else str(row["event_id"]),
                 "created_at": (row["created_at"] if row["created_at"].tzinfo
                                else row["created_at"].replace(tzinfo=timezone.utc)).isoformat()}
                for row in rows]

    return [ExceptionRow(**row) for row in await report(request, read)]
