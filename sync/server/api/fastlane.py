"""The pull hot path below FastAPI: "nothing new" for a known till, straight from the worker's memory.

Most requests of a store's tills are pulls with nothing new. This answers them in the ASGI middleware —
no routing, no dependency injection, no thread hop, no database — when the token is already in the
worker's principal cache and the cursor matches the in-memory versions. Anything else (unknown token,
a change, a malformed query) falls through to the real route in routes/sync.py, which gives the same
answer the slow way, so behaviour never depends on which path answered.
"""
from __future__ import annotations

from urllib.parse import unquote_plus

import orjson

from sync.protocol import PULL
from sync.server import feed, metrics
from sync.server.core.security import now, token_hash

_PULL = PULL.encode()


def cached_till(scope):
    """(HQ's context, the till) when the request's bearer token is a till already in this worker's principal
    cache and unexpired; None sends the request the slow way, where a cache miss reads the database."""
    context = getattr(getattr(scope.get("app"), "state", None), "hq", None)
    if context is None:
        return None
    token = None
    for name, value in scope["headers"]:
        if name == b"authorization":
            scheme, _, rest = value.decode("latin-1").partition(" ")
            if scheme.lower() == "bearer":
                token = rest.strip()
            break
    if not token:
        return None
    who = context.state.principals.get(token_hash(token))
    if who is None or who.kind != "till" or (who.expires_at is not None and who.expires_at <= now()):
        return None
    return context, who


def lane_pull(scope):
    """(context, till, since) for a pull a lane may answer: a cached till and a lone short `since`."""
    if scope["method"] != "GET" or scope["path"] != PULL:
        return None
    found = cached_till(scope)
    if found is None:
        return None
    since = _since(scope.get("query_string", b""))
    return None if since is None else (*found, since)


def answer_pull(scope) -> bytes | None:
    request = lane_pull(scope)
    if request is None:
        return None
    context, who, since = request
    cursor = feed.parse_cursor(since)
    if not feed.unchanged(cursor, context.state.versions, store_id=who.store_id):
        return None
    context.state.mark_seen(who.till_id)
    metrics.PULLS.labels("memory").inc()
    return orjson.dumps(feed.empty_response(cursor))


def _since(query: bytes) -> str | None:
    """The `since` parameter when it is the only one and short; None sends the request the slow way."""
    if not query.startswith(b"since=") or b"&" in query or len(query) > 106:
        return None
    return unquote_plus(query[6:].decode("latin-1"))
