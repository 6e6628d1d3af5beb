"""The window's background helper: callables run on one worker thread, results come back on the UI thread.

Like Anki's `CollectionOp`, every database write and device call the window makes goes through a
`Background`: `background.run(fn, on_success=..., on_failure=...)`. `fn` runs on the helper's single
thread, in submission order, so the till database has one writer and a sale's steps never interleave;
the callbacks run on the UI thread (the helper is a QObject living there and its signal is delivered by
a queued connection), so widgets are only ever touched by the thread that owns them.

A failure is the exception `fn` raised. PosError and HardwareError (a cashier's sentence) go to
`on_failure`; anything else is logged with its traceback first, then goes there too: a bug below the
window must show as a message, never kill the worker or the event loop.
"""
from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from pos_app.core.errors import PosError

log = logging.getLogger(__name__)

Success = Callable[[Any], None]
Failure = Callable[[BaseException], None]


@dataclass
class _Job:
    fn: Callable[[], Any]
    on_success: Success | None
    on_failure: Failure | None
    result: Any = None
    error: BaseException | None = None


class Background(QObject):
    """One named worker thread. `pending` counts jobs submitted and not yet called back."""

    _finished = Signal(object)
    idle = Signal()   # emitted on the UI thread when the last pending job has been called back

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._queue: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._pending = 0
        self._closed = False
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._thread = threading.Thread(target=self._work, name=f"till-{name}", daemon=True)
        self._thread.start()

    @property
    def pending(self) -> int:
        return self._pending

    def run(self, fn: Callable[[], Any], *, on_success: Success | None = None,
            on_failure: Failure | None = None) -> None:
        """Queue `fn` for the worker thread; call from the UI thread only."""
        if self._closed:
            log.warning("background %s is closed; dropped %r", self.name, fn)
            return
        self._pending += 1
        self._queue.put(_Job(fn, on_success, on_failure))

    def close(self, *, wait: float = 5.0) -> bool:
        """Finish the queued jobs (callbacks are no longer delivered) and stop; True when stopped."""
        if not self._closed:
            self._closed = True
            self._queue.put(None)
        self._thread.join(wait)
        return not self._thread.is_alive()

    def _work(self) -> None:
        while (job := self._queue.get()) is not None:
            try:
                job.result = job.fn()
            except Exception as error:  # noqa: BLE001 - the worker outlives any failure and reports it
                if not isinstance(error, PosError):
                    log.exception("background %s: %r failed", self.name, job.fn)
                job.error = error
            if not self._closed:
                self._finished.emit(job)

    def _deliver(self, job: _Job) -> None:
        self._pending -= 1
        try:
            if job.error is None:
                if job.on_success is not None:
                    job.on_success(job.result)
            elif job.on_failure is not None:
                job.on_failure(job.error)
            else:
                log.error("background %s: unhandled failure %s", self.name, job.error)
        finally:
            if self._pending == 0:
                self.idle.emit()
