"""Liveness and Prometheus metrics."""
from __future__ import annotations

from fastapi import APIRouter, Depends, Request, Response
from starlette.concurrency import run_in_threadpool

from sync.protocol import HEALTH, METRICS, PROTOCOL_VERSION
from sync.server import metrics
from sync.server.api.context import hq
from sync.server.api.deps import metrics_reader

router = APIRouter(tags=["health"])


@router.get(HEALTH, summary="Liveness: no authentication, no database")
async def healthz() -> dict:
    return {"status": "ok", "protocol": PROTOCOL_VERSION}


@router.get(METRICS, summary="Prometheus metrics (metrics token or a manager's session)",
            dependencies=[Depends(metrics_reader)], response_class=Response,
            responses={200: {"content": {"text/plain": {}}}})
async def prometheus(request: Request) -> Response:
    text = await run_in_threadpool(metrics.render, hq(request).reader)
    return Response(text, media_type=metrics.CONTENT_TYPE)
