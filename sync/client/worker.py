"""SyncWorker: the till's background sync — every `interval` seconds, at once when poked after a sale, and
with exponential backoff while HQ is unreachable (for days if need be: the outbox has no bound).

The worker never raises into its caller and never touches Qt: the window reads `status()` (a frozen
snapshot, cheap, no disk) or passes `on_status`, which is called on the worker's thread — a Qt caller
forwards it to the UI thread with a signal.
"""
from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from sync.client.backoff import Backoff
from sync.client.errors import REVOKED, SyncError

if TYPE_CHECKING:   # the till window imports SyncStatus at start; the client (httpx, pydantic) costs ~0.3 s
    from sync.client.client import SyncClient

log = logging.getLogger(__name__)

ONLINE, OFFLINE, UNAUTHORISED, STARTING = "online", "offline", "unauthorised", "starting"


@dataclass(frozen=True)
class SyncStatus:
    state: str = STARTING
    pending: int = 0                  # outbox events HQ has not acknowledged
    last_sync_at: str | None = None
    last_error: str = ""              # one sentence, empty when the last attempt worked
    rejected: int = 0
    retry_in: float = 0.0             # seconds until the next attempt, as planned after the last one


class SyncWorker:
    def __init__(self, *, client: SyncClient, interval: float = 10.0, backoff: Backoff | None = None,
                 monotonic: Callable[[], float] = time.monotonic,
                 on_status: Callable[[SyncStatus], None] | None = None) -> None:
        self._client = client
        self._interval = interval
        self._backoff = backoff or Backoff()
        self._monotonic = monotonic
        self._on_status = on_status
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._status = SyncStatus()
        self._due = 0.0          # monotonic time of the next attempt; 0 = at once
        self._poked = False
        self._thread: threading.Thread | None = None

    # -- the caller's side ------------------------------------------------------------------------------
    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="freshtill-sync", daemon=True)
            self._thread.start()

    def stop(self, *, timeout: float = 20.0) -> None:
        self._stopping.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def poke(self) -> None:
        """A sale was committed: sync now if HQ is reachable; otherwise just recount what is pending (an
        unreachable or revoked HQ is not retried faster because the till is busy)."""
        with self._lock:
            self._poked = True
            if self._status.state in (ONLINE, STARTING):
                self._due = self._monotonic()
        self._wake.set()

    def status(self) -> SyncStatus:
        with self._lock:
            return self._status

    # -- the worker's side ------------------------------------------------------------------------------
    def _run(self) -> None:
        self.refresh()
        while not self._stopping.is_set():
            if self._monotonic() >= self._due:
                delay = self.step()
                with self._lock:
                    sync_again = self._poked and self._status.state == ONLINE
                    self._due = self._monotonic() + (0.0 if sync_again else delay)
            else:
                self.refresh()
            self._wake.wait(max(0.0, self._due - self._monotonic()))
            self._wake.clear()

    def step(self) -> float:
        """One sync attempt; updates the status and returns the seconds to wait before the next one."""
        with self._lock:
            self._poked = False
        try:
            report = self._client.sync_once()
        except SyncError as error:
            if error.kind == "unauthorised":
                state, delay, message = UNAUTHORISED, self._backoff.cap, REVOKED
            else:
                state, delay, message = OFFLINE, self._backoff.next_delay(), str(error)
            log.info("sync failed (%s): %s", error.kind, message)
            self._publish(state=state, last_error=message, retry_in=delay)
            self.refresh()
            return delay
        except Exception as error:   # noqa: BLE001 — the worker must outlive any bug below it
            log.exception("sync failed unexpectedly")
            delay = self._backoff.next_delay()
            self._publish(state=OFFLINE, retry_in=delay,
                          last_error=f"Sync failed unexpectedly ({type(error).__name__}: {error}); the till will retry.")
            self.refresh()
            return delay
        self._backoff.reset()
        self._publish(state=ONLINE, pending=report.pending, last_sync_at=report.finished_at, last_error="",
                      retry_in=self._interval)
        return self._interval

    def refresh(self) -> None:
        """Re-read the pending count (and, at start, the last sync time and error) from the database."""
        try:
            stored = self._client.state()
        except Exception:   # noqa: BLE001 — a status line is not worth a crash
            log.exception("could not read the sync state")
            return
        with self._lock:
            starting = self._status.state == STARTING
        if starting:
            self._publish(pending=stored.pending, rejected=stored.rejected, last_sync_at=stored.last_sync_at,
                          last_error=stored.last_error)
        else:
            self._publish(pending=stored.pending, rejected=stored.rejected)

    def _publish(self, **changes) -> None:
        with self._lock:
            self._status = replace(self._status, **changes)
            status = self._status
        if self._on_status is not None:
            try:
                self._on_status(status)
            except Exception:   # noqa: BLE001
                log.exception("the sync status callback failed")
