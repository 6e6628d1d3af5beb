"""Sync's rejected events for the back office's Administration view (the exceptions list is in stores.py)."""
from __future__ import annotations

from fastapi import APIRouter, Depends, Query, Request

from sync.protocol import API
from sync.server.api.context import report
from sync.server.api.deps import MANAGERS, role
from sync.server.api.params import StoreId, store_scope
from sync.server.api.schemas import Body
from sync.server.crud import events as crud
from sync.server.crud.stores import get_store
from sync.server.state import Principal

router = APIRouter(tags=["back office"])


class RejectedEvent(Body):
    id: str
    till_id: str
    seq: int
    kind: str
    till_time: str
    received_at: str
    reason: str | None
    payload: str | None       # the event as the till sent it (JSON text)


class RejectedPage(Body):
    store_id: str
    events: list[RejectedEvent]
    next: str | None          # pass as `before` for older ones; None on the last page


@router.get(f"{API}/stores/{{store_id}}/rejected-events", response_model=RejectedPage)
async def rejected_events(request: Request, store_id: str = StoreId, limit: int = Query(50, ge=1, le=500),
                          before: str = Query("", max_length=120), who: Principal = Depends(role(*MANAGERS))
                          ) -> RejectedPage:
    store_scope(who, store_id)

    def read(connection) -> dict:
        get_store(connection=connection, store_id=store_id)
        return crud.rejected(connection=connection, store_id=store_id, before=before or None, limit=limit)

    return RejectedPage(**await report(request, read))
