"""Pure ASGI middleware (no per-request task or copy): request metrics, the body size limit, the pull fast
lanes (api/fastlane.py for "nothing new", api/changelane.py for changes from memory) and the push lane
(api/pushlane.py).

`Guard` sits inside FastAPI (installed by create_app). `FastLanes` wraps the whole FastAPI application when
HQ is served (runner.py), so a pull the lanes can answer does not pass through FastAPI's and Starlette's
own middleware either; whatever they decline goes on to FastAPI, where Guard tries the lanes again
(cheaply declining) and does the rest.
"""
from __future__ import annotations

import time

from sync.protocol import PULL, PUSH
from sync.server import metrics
from sync.server.api.changelane import answer_changes
from sync.server.api.fastlane import answer_pull
from sync.server.api.pushlane import serve_push
from sync.server.api.errors import BodyTooLarge


_counted: dict[str, object] = {}


def _count_fast_pull(started: float) -> None:
    # The labelled children are looked up once: labels() costs more than the increment itself.
    if not _counted:
        _counted["requests"] = metrics.REQUESTS.labels("GET", PULL, "200")
        _counted["latency"] = metrics.LATENCY.labels(PULL)
    _counted["requests"].inc()
    _counted["latency"].observe(time.perf_counter() - started)


async def _send_json(send, body: bytes) -> None:
    await send({"type": "http.response.start", "status": 200,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


def fast_answer(scope) -> bytes | None:
    answer = answer_pull(scope)
    return answer_changes(scope) if answer is None else answer


class FastLanes:
    def __init__(self, app) -> None:
        self.app = app

    def __getattr__(self, name):      # `served.state`, `served.openapi()` … are the application's
        return getattr(self.app, name)

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http" and scope["method"] == "GET" and scope["path"] == PULL:
            started = time.perf_counter()
            scope["app"] = self.app
            fast = fast_answer(scope)
            if fast is not None:
                await _send_json(send, fast)
                _count_fast_pull(started)
                return
        elif scope["type"] == "http" and scope["method"] == "POST" and scope["path"] == PUSH:
            scope["app"] = self.app
            return await serve_push(scope, receive, send, self.app)
        await self.app(scope, receive, send)


class Guard:
    def __init__(self, app, *, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        started = time.perf_counter()
        status = [500]
        limit = self.max_body
        for name, value in scope.get("headers", ()):
            if name == b"content-length" and value.isdigit() and int(value) > limit:
                return await self._refuse(scope, send, started)
        fast = fast_answer(scope)
        if fast is not None:
            await _send_json(send, fast)
            _count_fast_pull(started)
            return
        received = [0]

        async def counted_receive():
            message = await receive()
            if message["type"] == "http.request":
                received[0] += len(message.get("body", b""))
                if received[0] > limit:
                    raise BodyTooLarge(limit)
            return message

        async def watched_send(message):
            if message["type"] == "http.response.start":
                status[0] = message["status"]
            await send(message)

        try:
            await self.app(scope, counted_receive, watched_send)
        finally:
            route = scope.get("route")
            label = getattr(route, "path", "unmatched")
            metrics.REQUESTS.labels(scope["method"], label, str(status[0])).inc()
            metrics.LATENCY.labels(label).observe(time.perf_counter() - started)

    async def _refuse(self, scope, send, started) -> None:
        body = b'{"error":"too_large","message":"The request body is over the size limit."}'
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                                (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": body})
        metrics.REQUESTS.labels(scope["method"], "unmatched", "413").inc()
        metrics.LATENCY.labels("unmatched").observe(time.perf_counter() - started)
