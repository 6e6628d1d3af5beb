"""The pull lane for a change: an incremental pull answered from the worker's store snapshot (mirror.py).

The middleware tries this after the "nothing new" lane (fastlane.py) declined. Like that lane it answers
only a till whose token is in the worker's principal cache, with a lone short `since`, and falls through to
the route (which reads the database) whenever the snapshot cannot give exactly the database's answer.
"""
from __future__ import annotations

import orjson

from sync.protocol import PULL
from sync.server import feed, metrics, mirror
from sync.server.api.fastlane import _since
from sync.server.core.security import now, token_hash


def answer_changes(scope) -> bytes | None:
    if scope["method"] != "GET" or scope["path"] != PULL:
        return None
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
    state = context.state
    who = state.principals.get(token_hash(token))
    if who is None or who.kind != "till" or (who.expires_at is not None and who.expires_at <= now()):
        return None
    since = _since(scope.get("query_string", b""))
    if since is None:
        return None
    state.watch(who.store_id)
    body = mirror.changes(state.feeds.get(who.store_id), cursor=feed.parse_cursor(since), till_id=who.till_id,
                          known=state.versions)
    if body is None:
        return None
    state.mark_seen(who.till_id)
    metrics.PULLS.labels("memory").inc()
    return orjson.dumps(body)
