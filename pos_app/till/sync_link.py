"""Sync for an open till window: started on a thread of its own once the window is up.

Building the sync client imports httpx and pydantic (a few hundred ms) and a worker's first push may wait on
the network, so none of it happens on the UI thread or before the PIN screen is ready. Until it is running
— and on a till that was never enrolled — the status bar says "offline" and sales wait in the outbox,
exactly as they do when the network is down. Once it runs, every committed sale or refund pokes the worker.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger(__name__)


def start_sync(context, *, folder: Path, before: Callable[[], object] | None = None,
               interval: float = 10.0) -> threading.Thread:
    """Start the sync worker of the till whose data folder is `folder` (its sync.json) in the background.
    `before` runs first on that thread (the demo starts and enrolls with its embedded HQ there)."""
    def run() -> None:
        try:
            if before is not None:
                before()
            from sync.client import credentials as stored
            from sync.client.client import SyncClient
            from sync.client.worker import SyncWorker

            credentials = stored.load(folder)
            if credentials is None:
                return              # never enrolled: `freshtill till enroll` first; the window stays offline
            client = SyncClient.from_credentials(db=context.db, credentials=credentials)
            worker = SyncWorker(client=client, interval=interval)
            worker.start()
        except Exception:           # sync is optional to selling: log it, the window keeps working offline
            log.exception("sync could not start; the till keeps selling and queues its sales")
            return

        def stop() -> None:
            worker.stop()
            client.close()
        context.closers.append(stop)
        context.session.on_committed = lambda _record: worker.poke()
        context.sync_status = worker.status

    thread = threading.Thread(target=run, name="till-sync-start", daemon=True)
    thread.start()
    return thread
