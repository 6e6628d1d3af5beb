"""The pull lane for a change: an incremental pull answered from the worker's store snapshot (mirror.py).

The middleware tries this after the "nothing new" lane (fastlane.py) declined. Like that lane it answers
only a till whose token is in the worker's principal cache, with a lone short `since`, and falls through to
the route (which reads the database) whenever the snapshot cannot give exactly the database's answer.
"""
from __future__ import annotations

import orjson

from sync.server import feed, metrics, mirror
from sync.server.api.fastlane import lane_pull


def answer_changes(scope) -> bytes | None:
    request = lane_pull(scope)
    if request is None:
        return None
    context, who, since = request
    state = context.state
    state.watch(who.store_id)
    body = mirror.changes(state.feeds.get(who.store_id), cursor=feed.parse_cursor(since), till_id=who.till_id,
                          known=state.versions)
    if body is None:
        return None
    state.mark_seen(who.till_id)
    metrics.PULLS.labels("memory").inc()
    return orjson.dumps(body)
