"""The HQ ASGI application: `create_app(settings)`; `app_from_env()` is the factory uvicorn's workers call.

Engines and the in-memory state are made in the lifespan, so each worker process has its own (after fork).
The database must already be migrated (`hq serve` and `bootstrap.prepare` do it once, before workers start).
"""
from __future__ import annotations

import gc
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from sync.protocol import PROTOCOL_VERSION, PushRequest
from sync.server.api import errors
from sync.server.api.context import Hq
from sync.server.api.middleware import Guard
from sync.server.committer import PushCommitter, mirror_update
from sync.server.api.routes import (catalog, catalog_files, dashboard, enroll, events, forecasts, health, login,
                                    replenishment, sales, stock, stores, supply, sync, tills, users)
from sync.server.core.config import Settings
from sync.server.core.db import is_postgres, make_engine
from sync.server.core.tls import ca_pem, fingerprint
from sync.server.forecasting import run_job
from sync.server.peers import PeerListener, announce
from sync.server.scheduler import NightlyScheduler
from sync.server.state import WorkerState


def create_app(settings: Settings) -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI):
        engine = make_engine(settings.db_url, pool_size=settings.pool_size)
        reader = make_engine(settings.replica_url, pool_size=settings.pool_size) if settings.replica_url else engine
        state = WorkerState(engine=engine, refresh_s=settings.refresh_s)
        state.start()
        # Several workers on PostgreSQL tell each other what their pushes changed (peers.py).
        peers = None
        if settings.effective_workers > 1 and is_postgres(engine):
            peers = PeerListener(engine=engine, state=state)
            peers.start()
        committer = PushCommitter(engine, on_commit=lambda batches: _mirror(state, batches, heard=peers is not None),
                                  before_commit=announce if peers is not None else None)
        committer.start()
        nightly = _scheduler(settings, engine)
        pem = "" if settings.dev_http and settings.tls_cert is None else ca_pem(settings)
        app.state.hq = Hq(settings=settings, engine=engine, reader=reader, state=state, committer=committer,
                          ca_pem=pem, ca_fingerprint=fingerprint(pem) if pem else "")
        # A 500-sale batch allocates ~200k short-lived objects; with the default thresholds the cyclic GC
        # walks the whole heap several times per batch (measured: 150 ms of a 400 ms batch). Reference
        # counting frees nearly all of them; the cyclic collector only needs to run now and then.
        gc.freeze()
        gc.set_threshold(50_000, 20, 100)
        try:
            yield
        finally:
            if nightly is not None:
                nightly.stop()
            committer.stop()
            if peers is not None:
                peers.stop()
            state.stop()
            engine.dispose()
            if reader is not engine:
                reader.dispose()

    app = FastAPI(title="FreshTill HQ", version=f"protocol {PROTOCOL_VERSION}", lifespan=lifespan,
                  docs_url=None, redoc_url=None)
    for module in (health, enroll, sync, login, stores, tills, users, catalog, catalog_files, supply, dashboard, stock,
                   sales, events, forecasts, replenishment):
        app.include_router(module.router)
    errors.install(app)
    app.add_middleware(Guard, max_body=settings.max_body)
    app.openapi = lambda: _openapi(app)
    return app


def _scheduler(settings: Settings, engine) -> NightlyScheduler | None:
    """The nightly forecasting job's clock, when an hour is set (every worker has one; one claims the run)."""
    if settings.nightly_hour < 0:
        return None
    scheduler = NightlyScheduler(engine, hour=settings.nightly_hour, job=lambda: run_job(
        engine, trigger="schedule", processes=settings.nightly_processes))
    scheduler.start()
    return scheduler


def _mirror(state: WorkerState, batches, *, heard: bool) -> None:
    """After a group commits (on the committer thread, before its tills are answered): the snapshots move on.
    One that cannot (another worker's group came in between) is read again at once — unless the workers
    hear each other (peers.py): then the listener applies the other group and this one after it."""
    caught_up = [state.pushed(store_id=store_id, **change) for store_id, change in mirror_update(batches).items()]
    if not all(caught_up) and not heard:
        state.refresh()


def app_from_env() -> FastAPI:
    return create_app(Settings.from_env())


def _openapi(app: FastAPI) -> dict:
    """FastAPI's description plus PushRequest, which the push route reads itself (see routes/sync.py)."""
    if app.openapi_schema is None:
        schema = get_openapi(title=app.title, version=app.version, routes=app.routes)
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        push = PushRequest.model_json_schema(ref_template="#/components/schemas/{model}")
        components.update(push.pop("$defs", {}))
        components["PushRequest"] = push
        schema["components"]["securitySchemes"] = {"bearer": {"type": "http", "scheme": "bearer"}}
        schema["security"] = [{"bearer": []}]
        app.openapi_schema = schema
    return app.openapi_schema
