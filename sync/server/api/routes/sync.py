"""Push (till → HQ) and pull (HQ → till).

Push reads the raw body and validates it with pydantic itself (faster than FastAPI's body handling for
megabyte batches; the OpenAPI description still documents PushRequest), then hands it to the worker's
committer, which applies it together with the other pushes waiting at that moment. Pull answers
"nothing new" from memory when the cursor matches the worker's versions — no database, no thread hop.
"""
from __future__ import annotations

from datetime import datetime

import orjson
from fastapi import APIRouter, Depends, Header, Query, Request, Response
from starlette.concurrency import run_in_threadpool

from sync.protocol import PULL, PUSH, SENT_AT_HEADER, GapResponse, PullResponse, PushResponse
from sync.server import feed, metrics
from sync.server.api.context import hq
from sync.server.api.deps import till
from sync.server.core.errors import HqError
from sync.server.ingest.batch import PushRequest
from sync.server.ingest.validate import read_batch
from sync.server.state import Principal

router = APIRouter(tags=["till"])
JSON = "application/json"


def _sent_at(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None:
        raise HqError(f"{SENT_AT_HEADER} must be an ISO 8601 time with its offset.", code="bad_header", status=422)
    return moment


@router.post(PUSH, response_model=PushResponse, summary="Send a batch of outbox events",
             openapi_extra={"requestBody": {"required": True, "content": {
                 JSON: {"schema": {"$ref": "#/components/schemas/PushRequest"}}}}},
             responses={409: {"model": GapResponse, "description": "the batch starts after a gap"},
                        413: {"description": "body over the size limit"}})
async def push(request: Request, who: Principal = Depends(till),
               sent_at: str | None = Header(None, alias=SENT_AT_HEADER, max_length=64)) -> Response:
    context = hq(request)
    sent = _sent_at(sent_at)
    body = await request.body()
    checked = await run_in_threadpool(read_batch, body)       # CPU only, before any lock (committer.py)
    outcome = await context.committer.submit(PushRequest(till_id=who.till_id, checked=checked, sent_at=sent))
    if outcome.error is not None:
        raise outcome.error
    answer, batch = outcome.answer, outcome.batch
    if isinstance(answer, GapResponse):
        metrics.EVENTS.labels("gap").inc()
        return Response(orjson.dumps(answer.model_dump()), status_code=409, media_type=JSON)
    metrics.EVENTS.labels("applied").inc(answer.applied)
    metrics.EVENTS.labels("duplicate").inc(answer.duplicates)
    metrics.EVENTS.labels("rejected").inc(len(answer.rejected))
    metrics.LINES.inc(batch.lines)
    return Response(orjson.dumps(answer.model_dump()), media_type=JSON)


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
