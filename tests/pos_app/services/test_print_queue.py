"""The print queue against the simulated printer: order, drawer kicks, state, retries, restarts, reprints,
and the worker thread (synchronised on the queue's own change callbacks, never on sleeps)."""
import sqlite3
import threading
from datetime import datetime, timedelta

import pytest

from pos_app.hardware.printer.drawer import DRAWER_KICK
from pos_app.hardware.printer.printer_setting import DummySetting
from pos_app.hardware.printer.printer_status import PrinterState
from pos_app.hardware.printer.simulated_printer import SimulatedPrinter
from pos_app.services.print_queue import PrintQueue, PrintQueueError
from pos_app.storage import print_jobs_repo as jobs
from pos_app.storage.database import TillDatabase


@pytest.fixture
def printer(request):
    simulated = SimulatedPrinter.named(f"queue-{request.node.name}")
    simulated.clear()
    simulated.state = PrinterState.ONLINE
    return simulated


def queue_for(db, printer, **options):
    options.setdefault("idle_poll", None)
    return PrintQueue(db, printer=DummySetting(printer.name), **options)


def drain(queue):
    while queue.send_next():
        pass


def test_jobs_print_in_order_with_the_drawer_kick_first(db, printer):
    queue = queue_for(db, printer)
    first = queue.enqueue(b"receipt 1", sale_id="s-1")
    second = queue.enqueue(b"receipt 2", sale_id="s-2", kick_drawer=True)
    assert queue.state.pending == 3
    drain(queue)
    assert printer.jobs == [DRAWER_KICK, b"receipt 1", b"receipt 2"]
    with db.reading() as connection:
        assert {jobs.get(connection, job_id).state for job_id in (first, second)} == {"printed"}
    assert (queue.state.printer, queue.state.pending, queue.state.last_error) == (PrinterState.ONLINE, 0, "")


def test_paper_out_keeps_the_job_and_says_so_until_retried(db, printer):
    printer.state = PrinterState.PAPER_OUT
    queue = queue_for(db, printer)
    seen = []
    queue.subscribe(seen.append)
    job_id = queue.enqueue(b"receipt", sale_id="s-1")
    assert queue.send_next() is False
    assert printer.jobs == []  # nothing sent into a printer that cannot print it
    state = queue.state
    assert (state.printer, state.pending) == (PrinterState.PAPER_OUT, 1)
    assert state.last_error.startswith("The printer is out of paper: load a new roll")
    assert state.sentence.endswith("1 print job waiting.")
    assert state.retry_in == 1.0
    with db.reading() as connection:
        job = jobs.get(connection, job_id)
    assert (job.state, job.attempts) == ("pending", 1) and "out of paper" in job.last_error
    printer.state = PrinterState.ONLINE  # the cashier loads paper
    queue.retry_now()
    drain(queue)
    assert printer.jobs == [b"receipt"]
    assert [s.pending for s in seen][-1] == 0
    assert any(s.printer is PrinterState.PAPER_OUT for s in seen)


def test_backoff_grows_and_is_capped(db, printer):
    printer.state = PrinterState.UNREACHABLE
    queue = queue_for(db, printer, backoff=(1.0, 2.0, 5.0))
    queue.enqueue(b"receipt")
    delays = []
    for _ in range(5):
        assert queue.send_next() is False
        delays.append(queue.state.retry_in)
    assert delays == [1.0, 2.0, 5.0, 5.0, 5.0]
    assert queue.state.printer is PrinterState.UNREACHABLE
    assert "set to unreachable" in queue.state.last_error


def test_a_late_drawer_kick_is_dropped_not_sent(db, printer):
    clock = [datetime.now().astimezone()]
    printer.state = PrinterState.UNREACHABLE
    queue = queue_for(db, printer, drawer_window=20.0, now=lambda: clock[0])
    queue.enqueue(b"receipt", sale_id="s-1", kick_drawer=True)
    assert queue.send_next() is False
    clock[0] += timedelta(minutes=5)  # the printer comes back five minutes later
    printer.state = PrinterState.ONLINE
    drain(queue)
    assert printer.jobs == [b"receipt"]  # the drawer did not spring open with nobody at the till
    with db.reading() as connection:
        states = connection.exec_driver_sql("SELECT kind, state FROM print_jobs ORDER BY id").all()
    assert states == [("drawer", "expired"), ("receipt", "printed")]


def test_waiting_jobs_survive_a_restart(tmp_path, printer):
    printer.state = PrinterState.UNREACHABLE
    with TillDatabase.open(tmp_path / "till") as db:
        queue = queue_for(db, printer)
        queue.enqueue(b"receipt 1", sale_id="s-1")
        queue.enqueue(b"receipt 2", sale_id="s-2")
        assert queue.send_next() is False
    printer.state = PrinterState.ONLINE
    with TillDatabase.open(tmp_path / "till") as db:
        queue = queue_for(db, printer)
        assert queue.state.pending == 2
        assert [job.payload for job in queue.pending()] == [b"receipt 1", b"receipt 2"]
        drain(queue)
    assert printer.jobs == [b"receipt 1", b"receipt 2"]


def test_reprint_and_cancel(db, printer):
    queue = queue_for(db, printer)
    queue.enqueue(b"receipt of s-1", sale_id="s-1")
    drain(queue)
    reprint = queue.reprint("s-1")
    with db.reading() as connection:
        assert jobs.get(connection, reprint).kind == "reprint"
    drain(queue)
    assert printer.jobs == [b"receipt of s-1", b"receipt of s-1"]
    with pytest.raises(PrintQueueError, match="No receipt of sale s-9"):
        queue.reprint("s-9")
    printer.state = PrinterState.COVER_OPEN
    stuck = queue.enqueue(b"unwanted")
    assert queue.send_next() is False
    assert queue.cancel(stuck) and queue.state.pending == 0
    printer.state = PrinterState.ONLINE
    assert queue.send_next() is None
    assert printer.jobs[-1] == b"receipt of s-1"


def test_what_enqueue_refuses_and_a_kick_on_its_own(db, printer):
    queue = queue_for(db, printer)
    with pytest.raises(ValueError, match="kick_drawer=True"):
        queue.enqueue(DRAWER_KICK, kind="drawer")
    with pytest.raises(ValueError, match="empty print job"):
        queue.enqueue(b"")
    assert queue.enqueue(b"", sale_id="s-1", kick_drawer=True) is None
    drain(queue)
    assert printer.jobs == [DRAWER_KICK]


def test_idle_probe_shows_the_printer_state_before_the_next_sale(db, printer):
    queue = queue_for(db, printer)
    printer.state = PrinterState.PAPER_NEAR_END
    assert queue.probe().printer is PrinterState.PAPER_NEAR_END
    printer.state = PrinterState.UNREACHABLE
    state = queue.probe()
    assert state.printer is PrinterState.UNREACHABLE and "unreachable" in state.last_error


class GatedTarget:
    """The simulated printer behind a gate the test opens: holds an attempt mid-way, deterministically."""
    kind = "dummy"

    def __init__(self, name):
        self.inner = DummySetting(name)
        self.entered = threading.Event()
        self.gate = threading.Event()
        self.fail_with = None

    def open(self, *, timeout):
        self.entered.set()
        self.gate.wait(10)
        if self.fail_with is not None:
            raise self.fail_with
        return self.inner.open(timeout=timeout)

    def __str__(self):
        return str(self.inner)


def test_no_database_lock_or_connection_is_held_while_the_printer_is_talked_to(db, printer):
    target = GatedTarget(printer.name)
    queue = PrintQueue(db, printer=target, idle_poll=None)
    queue.enqueue(b"receipt", sale_id="s-1")
    queue.start()
    try:
        assert target.entered.wait(10)
        assert db.engine.pool.checkedout() == 0
        other = sqlite3.connect(db.path, timeout=0, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")  # fails at once with "database is locked" if anyone holds the lock
        other.execute("INSERT INTO settings (key, value) VALUES ('probe', '1')")
        other.execute("COMMIT")
        other.close()
        done = threading.Event()
        queue.subscribe(lambda state: done.set() if state.pending == 0 else None)
        target.gate.set()
        assert done.wait(10)
    finally:
        assert queue.stop()
    assert printer.jobs == [b"receipt"]


def test_the_worker_survives_driver_bugs_and_subscriber_bugs(db, printer):
    target = GatedTarget(printer.name)
    target.gate.set()
    target.fail_with = RuntimeError("driver bug")
    queue = PrintQueue(db, printer=target, idle_poll=None, backoff=(0.01,))
    failed, printed = threading.Event(), threading.Event()

    def watch(state):
        if "driver bug" in state.last_error:
            failed.set()
        if state.pending == 0:
            printed.set()
        raise ValueError("a window bug")

    queue.subscribe(watch)
    queue.enqueue(b"receipt")
    queue.start()
    try:
        assert failed.wait(10)
        assert queue._thread.is_alive()
        target.fail_with = None
        queue.retry_now()
        assert printed.wait(10)
    finally:
        assert queue.stop()
    assert printer.jobs == [b"receipt"]


def test_stop_is_prompt_and_start_is_idempotent(db, printer):
    queue = queue_for(db, printer)
    queue.start()
    queue.start()
    assert queue.stop()
    assert queue.stop()


def test_waiting_until_printed_returns_what_is_left(db, printer):
    """The scripted demo day ends only when its receipts are on paper — or says how many still wait."""
    queue = queue_for(db, printer)
    for n in range(5):
        queue.enqueue(f"receipt {n}".encode(), sale_id=f"s-{n}")
    assert queue.wait_until_printed(timeout=5) == 5          # no worker running: nothing will print
    queue.start()
    try:
        assert queue.wait_until_printed(timeout=30) == 0
        assert len(printer.jobs) == 5
        printer.state = PrinterState.PAPER_OUT
        queue.enqueue(b"one more", sale_id="s-9")
        assert queue.wait_until_printed(timeout=0.3) == 1    # a printer out of paper: the job stays queued
    finally:
        assert queue.stop(wait=10)
