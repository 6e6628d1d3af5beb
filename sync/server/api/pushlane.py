"""The push path below FastAPI: a till's push served in the ASGI middleware, the same way the route does it.

A push of one sale is a tenth of a busy HQ's requests but, through FastAPI, Starlette's middleware, the
dependency injection and a thread hop for a 2 KB validation, it cost several times a pull. Here a push from
a till already in the worker's principal cache, with a sane body size and `X-FreshTill-Sent-At`, is read,
validated (on the event loop when small: less than a thread hop costs) and handed to the committer by
`submit_push`, which the route uses too. Anything the lane is not sure of — an unknown token, a bad
header, a body that does not parse — goes on to FastAPI with the body replayed, so every error is the
route's own and behaviour never depends on which path answered.
"""
from __future__ import annotations

import logging
import time
from datetime import datetime

import orjson
from starlette.concurrency import run_in_threadpool

from sync.protocol import PUSH, SENT_AT_HEADER, GapResponse
from sync.server import metrics
from sync.server.api.errors import describe
from sync.server.api.fastlane import cached_till
from sync.server.core.errors import HqError
from sync.server.ingest.batch import PushRequest
from sync.server.ingest.validate import Checked, read_batch

log = logging.getLogger(__name__)

INLINE_BYTES = 64 * 1024       # a one-sale push is ~2 KB: validated in ~0.1 ms, cheaper than a thread hop
_SENT_AT = SENT_AT_HEADER.lower().encode()


def sent_at(text: str | None) -> datetime | None:
    """The till's clock when it sent the push (for the skew check), from `X-FreshTill-Sent-At`."""
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None:
        raise HqError(f"{SENT_AT_HEADER} must be an ISO 8601 time with its offset.", code="bad_header", status=422)
    return moment


async def validated(body: bytes) -> list[Checked]:
    """Every event of the push checked (validate.read_batch); raises before anything is applied."""
    return read_batch(body) if len(body) <= INLINE_BYTES else await run_in_threadpool(read_batch, body)


async def submit_push(context, *, till_id: str, checked: list[Checked], sent: datetime | None) -> tuple[int, bytes]:
    """Have the committer apply a validated push with the other waiting pushes; the answer's status and JSON.
    Raises the error the committer gives this push."""
    outcome = await context.committer.submit(PushRequest(till_id=till_id, checked=checked, sent_at=sent))
    if outcome.error is not None:
        raise outcome.error
    answer, batch = outcome.answer, outcome.batch
    if isinstance(answer, GapResponse):
        metrics.EVENTS.labels("gap").inc()
        return 409, orjson.dumps(answer.model_dump())
    metrics.EVENTS.labels("applied").inc(answer.applied)
    metrics.EVENTS.labels("duplicate").inc(answer.duplicates)
    metrics.EVENTS.labels("rejected").inc(len(answer.rejected))
    metrics.LINES.inc(batch.lines)
    return 200, orjson.dumps(answer.model_dump())


async def serve_push(scope, receive, send, app) -> None:
    """Answer a push here when the lane can; otherwise pass it on to `app` (FastAPI) unchanged."""
    started = time.perf_counter()
    found = cached_till(scope)
    header = _headers(scope) if found is not None else None
    if header is None:
        return await app(scope, receive, send)
    context, who = found
    length, sent_text = header
    if length is None or length > context.settings.max_body:
        return await app(scope, receive, send)        # Guard answers 413 (or reads a chunked body itself)
    try:
        sent = sent_at(sent_text)
    except HqError:
        return await app(scope, receive, send)
    body = await _body(receive)
    try:
        checked = await validated(body)
    except Exception:                                  # the route gives its own answer to what does not validate
        return await app(scope, _replay(body, receive), send)
    try:
        status, payload = await submit_push(context, till_id=who.till_id, checked=checked, sent=sent)
    except Exception as exc:
        status, code, message = describe(exc)
        if status >= 500:
            log.exception("push from till %s failed", who.till_id)
        payload = orjson.dumps({"error": code, "message": message})
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode())]})
    await send({"type": "http.response.body", "body": payload})
    metrics.REQUESTS.labels("POST", PUSH, str(status)).inc()
    metrics.LATENCY.labels(PUSH).observe(time.perf_counter() - started)


def _headers(scope) -> tuple[int | None, str | None] | None:
    length = sent = None
    for name, value in scope["headers"]:
        if name == b"content-length":
            if not value.isdigit():
                return None
            length = int(value)
        elif name == _SENT_AT:
            if sent is not None or len(value) > 64:
                return None
            sent = value.decode("latin-1")
    return length, sent


async def _body(receive) -> bytes:
    chunks = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def _replay(body: bytes, receive):
    """A receive that gives the body already read once, then whatever the connection says next."""
    given = False

    async def replay():
        nonlocal given
        if given:
            return await receive()
        given = True
        return {"type": "http.request", "body": body, "more_body": False}
    return replay
