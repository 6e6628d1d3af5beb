"""The persistent print queue: receipts and drawer kicks go to the till database first and to the printer
from one background thread, so a printer that is off, out of paper or unreachable never holds up a sale.

- `enqueue()` is one short local insert; the sale is already committed and the next customer can be served.
- The worker sends pending jobs in order (drawer kicks first: the cashier is waiting with cash in hand).
  Each attempt is bounded by `timeout` (2 s by default) whatever the printer does. A failed job stays
  pending with its last error, and the worker backs off 1, 2, 5, 10, then every 30 s; `retry_now()` (the
  cashier loaded paper) tries again at once. The worker never dies of an error.
- No database transaction is open while the printer is being talked to: read the job, release, send, then
  one short write to mark it printed or record the failure.
- "Printed" means the transport accepted every byte and, where it can tell, the printer took them (see
  pos_app.hardware.printer.connection). Jobs are sent at least once: a job that failed mid-way, or whose
  success could not be recorded (power cut in between), is sent whole again, so a receipt may print twice
  in part; reprinting the whole receipt is what a till should do (and what mature POSs do).
- A drawer kick not delivered within `drawer_window` seconds is dropped (state `expired`): a drawer that
  springs open minutes later, with nobody at the till, is worse than one the cashier opens with the key.
- `state` is the printer's state, pending count and last error; `subscribe(callback)` calls back on every
  change, from whichever thread made it (the window marshals it to the UI thread).

One PrintQueue per till database: two would send the same jobs.
"""
from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime

from pos_app.core.errors import PosError
from pos_app.hardware.errors import DeviceTimeout, HardwareError
from pos_app.hardware.printer.connection import DEFAULT_TIMEOUT, PrinterTarget
from pos_app.hardware.printer.drawer import DRAWER_KICK
from pos_app.hardware.printer.printer_status import DEFAULT_STATUS_TIMEOUT, SENTENCES, PrinterState, query_status
from pos_app.storage import print_jobs_repo as jobs
from pos_app.storage.database import TillDatabase
from pos_app.storage.print_jobs_repo import PrintJob

log = logging.getLogger(__name__)

BACKOFF = (1.0, 2.0, 5.0, 10.0, 30.0)
DRAWER_WINDOW = 20.0
IDLE_POLL = 30.0
KEEP_PRINTED = 2000


class PrintQueueError(PosError):
    code = "print_queue"


@dataclass(frozen=True)
class QueueState:
    printer: PrinterState = PrinterState.UNKNOWN
    pending: int = 0
    last_error: str = ""
    retry_in: float | None = None  # seconds to the next attempt while backing off

    @property
    def sentence(self) -> str:
        """One line for the till's status bar."""
        waiting = "" if not self.pending else \
            f" {self.pending} print job{'s' if self.pending != 1 else ''} waiting."
        if self.last_error:
            return self.last_error + waiting
        if self.printer is PrinterState.UNKNOWN:
            return ("Printer connected." if not self.pending else "Printing…") + waiting
        return SENTENCES[self.printer] + waiting


@dataclass(frozen=True)
class Attempt:
    printed: bool
    printer: PrinterState
    error: str = ""


class PrintQueue:
    def __init__(self, db: TillDatabase, *, printer: PrinterTarget, timeout: float = DEFAULT_TIMEOUT,
                 status_timeout: float = DEFAULT_STATUS_TIMEOUT, backoff: tuple[float, ...] = BACKOFF,
                 drawer_window: float = DRAWER_WINDOW, idle_poll: float | None = IDLE_POLL,
                 drawer_command: bytes = DRAWER_KICK, keep_printed: int = KEEP_PRINTED,
                 now: Callable[[], datetime] | None = None) -> None:
        self.db = db
        self.printer = printer
        self.timeout = timeout
        self.status_timeout = status_timeout
        self.backoff = backoff
        self.drawer_window = drawer_window
        self.idle_poll = idle_poll
        self.drawer_command = drawer_command
        self.keep_printed = keep_printed
        self._now = now or (lambda: datetime.now().astimezone())
        self._lock = threading.Lock()
        self._subscribers: list[Callable[[QueueState], None]] = []
        self._failures = 0
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        with db.reading() as connection:
            self._state = QueueState(pending=jobs.pending_count(connection))

    # -- what the till calls ---------------------------------------------------------------------------
    def enqueue(self, payload: bytes, *, sale_id: str | None = None, kind: str = "receipt",
                kick_drawer: bool = False) -> int | None:
        """Queue ESC/POS bytes (and a drawer kick before them); returns the job's id (None for a kick alone).
        `sale_id` is the sale's uuid, kept so the receipt can be reprinted."""
        if kind not in jobs.KINDS or kind == "drawer":
            raise ValueError(f"A queued job is a receipt, reprint or test page, not {kind!r}; "
                             f"a drawer kick is asked for with kick_drawer=True.")
        if not payload and not kick_drawer:
            raise ValueError("An empty print job would print nothing.")
        with self.db.transaction() as connection:
            if kick_drawer:
                jobs.insert(connection, payload=self.drawer_command, kind="drawer", sale_uuid=sale_id)
            job_id = jobs.insert(connection, payload=payload, kind=kind, sale_uuid=sale_id) if payload else None
            count = jobs.pending_count(connection)
        self._publish(pending=count)
        # While backing off from a dead printer a new receipt waits its turn; a drawer kick cannot wait.
        if kick_drawer or self._failures == 0:
            self._wake.set()
        return job_id

    def reprint(self, sale_id: str) -> int:
        """Queue the sale's last receipt again."""
        with self.db.reading() as connection:
            last = jobs.latest_receipt(connection, sale_uuid=sale_id)
        if last is None:
            raise PrintQueueError(f"No receipt of sale {sale_id} is stored on this till: print it from the "
                                  f"sale record instead.")
        return self.enqueue(last.payload, sale_id=sale_id, kind="reprint")

    def retry_now(self) -> None:
        """Try the waiting jobs at once (after the cashier loaded paper or switched the printer on)."""
        self._failures = 0
        self._wake.set()

    def cancel(self, job_id: int) -> bool:
        with self.db.transaction() as connection:
            cancelled = jobs.give_up(connection, job_id=job_id, state=jobs.CANCELLED, reason="Cancelled at the till.")
            count = jobs.pending_count(connection)
        self._publish(pending=count)
        return cancelled

    def wait_until_printed(self, timeout: float) -> int:
        """Block (never on the UI thread) until no job is pending or `timeout` seconds have passed; returns
        how many are still pending. For a run that ends — the scripted demo day — so that its receipts are
        on paper before it reports them; a job left pending stays queued for the next start."""
        deadline = time.monotonic() + timeout
        while True:
            with self.db.reading() as connection:
                left = jobs.pending_count(connection)
            if left == 0 or time.monotonic() >= deadline or self._thread is None or not self._thread.is_alive():
                return left
            time.sleep(0.05)

    def pending(self) -> list[PrintJob]:
        with self.db.reading() as connection:
            return jobs.pending(connection)

    @property
    def state(self) -> QueueState:
        with self._lock:
            return self._state

    def subscribe(self, callback: Callable[[QueueState], None]) -> Callable[[], None]:
        """Call `callback(state)` on every change, from the thread that made it; returns an unsubscribe."""
        with self._lock:
            self._subscribers.append(callback)

        def unsubscribe() -> None:
            with self._lock:
                if callback in self._subscribers:
                    self._subscribers.remove(callback)
        return unsubscribe

    # -- the worker ------------------------------------------------------------------------------------
    def start(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="print-queue", daemon=True)
        self._thread.start()

    def stop(self, *, wait: float | None = None) -> bool:
        """Stop the worker after its current attempt (itself bounded); True when it has stopped."""
        self._stop.set()
        self._wake.set()
        thread = self._thread
        if thread is None:
            return True
        thread.join(wait if wait is not None else self.timeout + 3 * self.status_timeout + 5)
        return not thread.is_alive()

    def _run(self) -> None:
        self._safely(self._prune)
        last_probe = None
        while not self._stop.is_set():
            outcome = self._safely(self.send_next)
            if outcome is True:
                continue
            if outcome is None and self.idle_poll is not None and (
                    last_probe is None or time.monotonic() - last_probe >= self.idle_poll):
                self._safely(self.probe)
                last_probe = time.monotonic()
            delay = self._delay() if outcome is not None else self.idle_poll
            self._wake.wait(delay)
            self._wake.clear()

    def _safely(self, step: Callable[[], object]) -> object:
        try:
            return step()
        except Exception as error:  # noqa: BLE001 - the worker must outlive a locked database or a driver bug
            log.exception("print queue step failed")
            self._failures += 1
            self._publish(last_error=f"The print queue hit an error ({error}); it keeps trying.")
            return False

    def _delay(self) -> float:
        return self.backoff[min(max(self._failures - 1, 0), len(self.backoff) - 1)]

    def send_next(self) -> bool | None:
        """One bounded attempt at the next pending job: True printed (or dropped as expired), False failed
        (the job stays pending), None when nothing is pending. The worker's step; callable directly."""
        with self.db.reading() as connection:
            job = jobs.next_pending(connection)
        if job is None:
            self._failures = 0
            self._publish(pending=0, retry_in=None)
            return None
        if job.kind == "drawer" and self._age(job) > self.drawer_window:
            with self.db.transaction() as connection:
                jobs.give_up(connection, job_id=job.id, state=jobs.EXPIRED,
                             reason="The drawer kick came too late to be of use and was dropped.")
                count = jobs.pending_count(connection)
            self._publish(pending=count)
            return True
        attempt = self.attempt(job.payload, check_status=True)
        with self.db.transaction() as connection:
            if attempt.printed:
                jobs.mark_printed(connection, job_id=job.id)
            else:
                jobs.record_failure(connection, job_id=job.id, error=attempt.error)
            count = jobs.pending_count(connection)
        if attempt.printed:
            self._failures = 0
            self._publish(printer=attempt.printer, pending=count, last_error="", retry_in=None)
            return True
        self._failures += 1
        self._publish(printer=attempt.printer, pending=count, last_error=attempt.error, retry_in=self._delay())
        return False

    def attempt(self, payload: bytes, *, check_status: bool = True) -> Attempt:
        """Send bytes once, within the bound, holding no database connection. Never raises."""
        try:
            connection = self.printer.open(timeout=self.timeout)
        except HardwareError as error:
            return Attempt(False, PrinterState.UNREACHABLE, str(error))
        except Exception as error:  # noqa: BLE001 - a driver bug must not kill the worker or lose the job
            log.exception("opening the printer failed")
            return Attempt(False, PrinterState.UNKNOWN, f"Printing failed unexpectedly ({error}).")
        try:
            state = PrinterState.UNKNOWN
            if check_status:
                status = query_status(connection, timeout=self._status_wait())
                state = status.state
                if not state.can_print:
                    return Attempt(False, state, f"{status.sentence} ({self.printer})")
            connection.write(payload)
            connection.finish()
            return Attempt(True, state)
        except DeviceTimeout as error:
            return Attempt(False, PrinterState.OFFLINE, str(error))
        except HardwareError as error:
            return Attempt(False, PrinterState.UNREACHABLE, str(error))
        except Exception as error:  # noqa: BLE001 - a driver bug must not kill the worker or lose the job
            log.exception("printer attempt failed")
            return Attempt(False, PrinterState.UNKNOWN, f"Printing failed unexpectedly ({error}).")
        finally:
            connection.close()

    def probe(self) -> QueueState:
        """Ask the printer's state (when idle, so the till shows paper out before the next sale)."""
        try:
            connection = self.printer.open(timeout=self.timeout)
        except HardwareError as error:
            self._publish(printer=PrinterState.UNREACHABLE, last_error=str(error))
            return self.state
        try:
            status = query_status(connection, timeout=self._status_wait())
            self._publish(printer=status.state,
                          last_error="" if status.state.can_print else f"{status.sentence} ({self.printer})")
        except HardwareError as error:
            self._publish(printer=PrinterState.UNREACHABLE, last_error=str(error))
        finally:
            connection.close()
        return self.state

    def _status_wait(self) -> float:
        # A silent printer must leave most of the bound to the job itself.
        return min(self.status_timeout, self.timeout / 4)

    def _age(self, job: PrintJob) -> float:
        try:
            return (self._now() - datetime.fromisoformat(job.created_at)).total_seconds()
        except (TypeError, ValueError):
            return 0.0

    def _prune(self) -> None:
        with self.db.transaction() as connection:
            jobs.prune(connection, keep=self.keep_printed)

    def _publish(self, **changes) -> None:
        with self._lock:
            new = replace(self._state, **changes)
            if new == self._state:
                return
            self._state = new
            subscribers = list(self._subscribers)
        for callback in subscribers:
            try:
                callback(new)
            except Exception:  # noqa: BLE001 - a window bug must not stop printing
                log.exception("print queue subscriber failed")
