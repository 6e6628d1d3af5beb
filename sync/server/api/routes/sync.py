"""Push (till → HQ) and pull (HQ → till).

Push reads the raw body and validates it with pydantic itself (faster than FastAPI's body handling for
megabyte batches; the OpenAPI description still documents PushRequest), then hands it to the worker's
committer, which applies it together with the other pushes waiting at that moment (api/pushlane.py, which
also serves most pushes in front of FastAPI; this route answers the rest and every error). Pull answers
"nothing new" from memory when the cursor matches the worker's versions — no database, no thread hop.
"""
from __future__ import annotations

import orjson
from fastapi import APIRouter, Depends, Header, Query, Request, Response
from starlette.concurrency import run_in_threadpool

from sync.protocol import PULL, PUSH, SENT_AT_HEADER, GapResponse, PullResponse, PushResponse
from sync.server import feed, metrics
from sync.server.api import pushlane
from sync.server.api.context import hq
from sync.server.api.deps import till
from sync.server.state import Principal

router = APIRouter(tags=["till"])
JSON = "application/json"


@router.post(PUSH, response_model=PushResponse, summary="Send a batch of outbox events",
             openapi_extra={"requestBody": {"required": True, "content": {
                 JSON: {"schema": {"$ref": "#/components/schemas/PushRequest"}}}}},
             responses={409: {"model": GapResponse, "description": "the batch starts after a gap"},
                        413: {"description": "body over the size limit"}})
async def push(request: Request, who: Principal = Depends(till),
               sent_at: str | None = Header(None, alias=SENT_AT_HEADER, max_length=64)) -> Response:
    context = hq(request)
    sent = pushlane.sent_at(sent_at)
    checked = await pushlane.validated(await request.body())
    status, payload = await pushlane.submit_push(context, till_id=who.till_id, checked=checked, sent=sent)
    return Response(payload, status_code=status, media_type=JSON)


@router.get(PULL, response_model=PullResponse, summary="Changes for this till's store since a cursor")
async def pull(request: Request, who: Principal = Depends(till),
               since: str = Query("", max_length=100, description="the cursor of the last pull; empty: full")
               ) -> Response:
    context = hq(request)
    context.state.mark_seen(who.till_id)
    cursor = feed.parse_cursor(since)
    if feed.unchanged(cursor, context.state.versions, store_id=who.store_id):
        metrics.PULLS.labels("memory").inc()
        return Response(orjson.dumps(feed.empty_response(cursor)), media_type=JSON)
    metrics.PULLS.labels("database").inc()
    context.state.watch(who.store_id)
    body = await run_in_threadpool(feed.pull, engine=context.engine, till_id=who.till_id, store_id=who.store_id,
                                   since=since)
    return Response(orjson.dumps(body), media_type=JSON)
