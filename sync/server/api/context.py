"""What a worker's routes share: settings, the primary and report engines, the in-memory state, the CA."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from fastapi import Request
from sqlalchemy import Connection, Engine
from starlette.concurrency import run_in_threadpool

from sync.server.committer import PushCommitter
from sync.server.core.config import Settings
from sync.server.core.db import reading, snapshot, writing
from sync.server.state import WorkerState

T = TypeVar("T")


@dataclass
class Hq:
    settings: Settings
    engine: Engine          # the primary: every write, and reads that must match a cursor
    reader: Engine          # the replica when configured: report reads
    state: WorkerState
    committer: PushCommitter    # applies this worker's pushes, in groups
    ca_pem: str
    ca_fingerprint: str


def hq(request: Request) -> Hq:
    return request.app.state.hq


async def write(request: Request, work: Callable[[Connection], T]) -> T:
    """`work(connection)` in one write transaction, in the thread pool. Afterwards this worker re-reads its
    versions, so its own tills see the change at once (other workers within one refresh interval)."""
    context = hq(request)

    def run() -> T:
        with writing(context.engine) as connection:
            result = work(connection)
        context.state.refresh()
        return result

    return await run_in_threadpool(run)


async def report(request: Request, work: Callable[[Connection], T]) -> T:
    """`work(connection)` on the report reader (the replica when configured), in the thread pool."""
    def run() -> T:
        with reading(hq(request).reader) as connection:
            return work(connection)

    return await run_in_threadpool(run)


async def report_snapshot(request: Request, work: Callable[[Connection], T]) -> T:
    """Like `report`, in one snapshot (REPEATABLE READ on PostgreSQL): for reports whose statements must agree,
    such as a level and the movements that led to it."""
    def run() -> T:
        with snapshot(hq(request).reader) as connection:
            return work(connection)

    return await run_in_threadpool(run)
