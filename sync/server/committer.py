"""Group commit of pushes: one thread per worker applies whatever pushes are waiting, together.

A push route validates its body (CPU, in the thread pool, before any lock) and hands the checked batch
here. While a group is being applied and committed, the pushes that arrive queue up; when it is done they
all go in the next group. Nothing waits on purpose: a lone push is applied at once, and under load each
transaction — its fixed statements and its commit flush — serves many tills (ingest/group.py).

After a group commits, this worker's in-memory store snapshots move on by it (state.pushed), before any
till of the group hears its answer, so a till's next pull on this worker already sees its own push.
"""
from __future__ import annotations

import asyncio
import logging
import threading
from collections import defaultdict
from collections.abc import Callable

from sqlalchemy import Engine

from sync.server.core.errors import HqError
from sync.server.ingest.batch import Batch, PushRequest
from sync.server.ingest.group import Outcome, apply_pushes

log = logging.getLogger(__name__)
MAX_GROUP = 256         # pushes per transaction: bounds one group's lock time (~0.5 ms a push) and a till's wait


class PushCommitter:
    def __init__(self, engine: Engine, *, on_commit: Callable[[list[Batch]], None] = lambda batches: None,
                 before_commit=None) -> None:
        self._engine = engine
        self._on_commit = on_commit
        self._before_commit = before_commit
        self._pending: list[tuple[PushRequest, asyncio.Future, asyncio.AbstractEventLoop]] = []
        self._wake = threading.Condition()
        self._stopping = False
        self._thread = threading.Thread(target=self._run, name="hq-push-committer", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        """Finish the group in hand; pushes still queued are answered 503, and their tills send them again."""
        with self._wake:
            self._stopping = True
            self._wake.notify()
        self._thread.join(timeout=timeout)
        with self._wake:
            left, self._pending = self._pending, []
        for _, future, loop in left:
            _settle(loop, future, Outcome(error=_shutting_down()))

    async def submit(self, request: PushRequest) -> Outcome:
        loop = asyncio.get_running_loop()
        future = loop.create_future()
        with self._wake:
            if self._stopping:
                raise _shutting_down()
            self._pending.append((request, future, loop))
            self._wake.notify()
        return await future

    def _run(self) -> None:
        while True:
            with self._wake:
                while not self._pending and not self._stopping:
                    self._wake.wait()
                if self._stopping:
                    return
                group, self._pending = self._pending[:MAX_GROUP], self._pending[MAX_GROUP:]
            try:
                outcomes = apply_pushes(self._engine, [request for request, _, _ in group],
                                        before_commit=self._before_commit)
                self._on_commit([o.batch for o in outcomes if o.batch is not None])
            except Exception as exc:     # apply_pushes answers each push itself; this is a bug or a dead pool
                log.exception("applying a group of pushes failed")
                outcomes = [Outcome(error=exc)] * len(group)
            for (_, future, loop), outcome in zip(group, outcomes):
                _settle(loop, future, outcome)


def _settle(loop: asyncio.AbstractEventLoop, future: asyncio.Future, outcome: Outcome) -> None:
    def settle() -> None:
        if not future.done():           # the till may have hung up (the request was cancelled)
            future.set_result(outcome)
    try:
        loop.call_soon_threadsafe(settle)
    except RuntimeError:                # that worker's loop is closed: nobody is waiting any more
        pass


def _shutting_down() -> HqError:
    return HqError("HQ is restarting; the till sends this batch again shortly.", code="unavailable", status=503)


def mirror_update(batches: list[Batch]) -> dict[str, dict]:
    """Per store, what a group changed: its version, the summed deltas and each till's acked sequence."""
    stores: dict[str, dict] = defaultdict(lambda: {"version": None, "deltas": {}, "acked": {}})
    for batch in batches:
        if batch.version is None:
            continue
        store = stores[batch.store_id]
        store["version"] = batch.version
        for sku, delta in batch.deltas.items():
            store["deltas"][sku] = store["deltas"].get(sku, 0) + delta
        store["acked"][batch.till_id] = batch.acked_seq
    return dict(stores)
