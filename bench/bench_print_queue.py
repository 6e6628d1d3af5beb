"""Print queue benchmark: does a dead printer ever reach the cashier?

    python bench/bench_print_queue.py [--seconds 10] [--pace-ms 25] [--bound 2.0] [--out bench/out/]

With the queue's worker running against a printer that is online, refused (switched off) or blackholed
(a port that never completes a connection), it rings a cash sale through `SaleService.checkout` every
PACE ms for SECONDS (so the worker goes through several bounded attempts meanwhile) and queues each
receipt with a drawer kick, measuring `enqueue` alone and checkout + enqueue per sale. Then it
measures single attempts against each fault (what the worker thread spends, never the cashier) and how
fast a backlog prints once the printer is back. Prints one JSON object; a copy goes to OUT.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import platform
import shutil
import socket
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pos_app.core.basket import Basket  # noqa: E402
from pos_app.core.tenders import TenderKind, TenderRequest  # noqa: E402
from pos_app.hardware.printer.printer_setting import parse_printer_setting  # noqa: E402
from pos_app.services.checkout import SaleService  # noqa: E402
from pos_app.services.print_queue import PrintQueue  # noqa: E402
from pos_app.storage import stock_repo  # noqa: E402
from pos_app.storage.database import TillDatabase  # noqa: E402
from pos_app.core.stock import Movement, MovementKind  # noqa: E402
from tests.conftest import COLA, small_catalog  # noqa: E402
from tests.pos_app.hardware.printer.printer_fakes import (BlackholePrinter, DroppingPrinter,  # noqa: E402
                                                          FakeNetworkPrinter, free_port)

RECEIPT = b"\x1b@" + "西红柿 0.532kg x ¥6.98   ¥3.71\n".encode("gb18030") * 40 + b"\x1dVA\x03"  # ~1.3 KB


def log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def percentiles(samples_ns: list[int]) -> dict:
    ordered = sorted(samples_ns)

    def rank(q: float) -> int:
        return ordered[max(0, math.ceil(q * len(ordered)) - 1)]
    return {"n": len(ordered), "p50_ms": round(rank(0.5) / 1e6, 3), "p99_ms": round(rank(0.99) / 1e6, 3),
            "max_ms": round(ordered[-1] / 1e6, 3)}


def fresh_db(folder: Path) -> TillDatabase:
    shutil.rmtree(folder, ignore_errors=True)
    db = TillDatabase.open(folder)
    with db.transaction() as connection:
        db.catalog.upsert(connection, small_catalog())
        stock_repo.record(connection, [Movement("P1", MovementKind.GOODS_IN, 10_000_000)])
    return db


def ring(db: TillDatabase, queue: PrintQueue, *, seconds: float, pace: float) -> dict:
    service = SaleService(db)
    enqueue_ns, sale_ns = [], []
    end = time.perf_counter() + seconds
    next_at = time.perf_counter()
    while next_at < end:
        time.sleep(max(0.0, next_at - time.perf_counter()))
        next_at += pace
        started = time.perf_counter_ns()
        basket = Basket()
        service.add_code(basket, COLA)
        sale = service.checkout(basket, tenders=[TenderRequest(TenderKind.CASH, amount=1000)], cashier="c")
        queued = time.perf_counter_ns()
        queue.enqueue(RECEIPT, sale_id=sale.uuid, kick_drawer=True)
        done = time.perf_counter_ns()
        enqueue_ns.append(done - queued)
        sale_ns.append(done - started)
    return {"enqueue": percentiles(enqueue_ns), "checkout_plus_enqueue": percentiles(sale_ns)}


def scenario(name: str, url: str, *, folder: Path, seconds: float, pace: float, bound: float) -> dict:
    db = fresh_db(folder / name)
    queue = PrintQueue(db, printer=parse_printer_setting(url), timeout=bound, idle_poll=None,
                       backoff=(0.2,))  # keep the worker hammering the printer: the worst case for the till
    queue.start()
    try:
        result = ring(db, queue, seconds=seconds, pace=pace)
        result["pending_at_end"] = queue.state.pending
        result["last_error"] = queue.state.last_error
    finally:
        queue.stop()
    with db.reading() as connection:
        result["printer_attempts"] = connection.exec_driver_sql("SELECT coalesce(sum(attempts), 0) FROM print_jobs") \
            .scalar()
    db.close()
    log(f"{name}: enqueue p99 {result['enqueue']['p99_ms']} ms, sale+enqueue p99 "
        f"{result['checkout_plus_enqueue']['p99_ms']} ms, pending {result['pending_at_end']}")
    return result


def attempt_times(url: str, *, folder: Path, bound: float, runs: int = 5) -> dict:
    db = fresh_db(folder)
    queue = PrintQueue(db, printer=parse_printer_setting(url), timeout=bound, idle_poll=None)
    seconds = []
    for _ in range(runs):
        started = time.perf_counter()
        attempt = queue.attempt(RECEIPT)
        seconds.append(time.perf_counter() - started)
    db.close()
    return {"median_s": round(statistics.median(seconds), 4), "max_s": round(max(seconds), 4),
            "printed": attempt.printed, "error": attempt.error}


def backlog(*, folder: Path, jobs: int, bound: float) -> dict:
    """`jobs` receipts (each with a kick) queued while refused; the printer comes back; time to print all."""
    port = free_port()
    db = fresh_db(folder)
    queue = PrintQueue(db, printer=parse_printer_setting(f"tcp://127.0.0.1:{port}"), timeout=bound,
                       idle_poll=None)
    for i in range(jobs):
        queue.enqueue(RECEIPT, sale_id=f"s-{i}", kick_drawer=False)
    queue.send_next()
    printer = FakeNetworkPrinter(port=port)
    done = threading.Event()
    queue.subscribe(lambda state: done.set() if state.pending == 0 else None)
    started = time.perf_counter()
    queue.start()
    queue.retry_now()
    done.wait(600)
    elapsed = time.perf_counter() - started
    queue.stop()
    received = printer.wait_for(jobs * len(RECEIPT))
    printer.close()
    db.close()
    return {"jobs": jobs, "seconds": round(elapsed, 3), "jobs_per_s": round(jobs / elapsed, 1),
            "bytes_exactly_once_in_order": received == RECEIPT * jobs}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--pace-ms", type=float, default=25.0)
    parser.add_argument("--bound", type=float, default=2.0)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-print-queue-"))
    online = FakeNetworkPrinter()
    hole = BlackholePrinter()
    dropper = DroppingPrinter(read=64)
    refused = f"tcp://127.0.0.1:{free_port()}"
    try:
        result = {
            "machine": {"platform": platform.platform(), "cpus": os.cpu_count(), "python": platform.python_version(),
                        "loadavg_at_start": [round(x, 2) for x in os.getloadavg()]},
            "bound_s": args.bound,
            "till_while_printer": {
                "online": scenario("online", online.url, folder=folder, seconds=args.seconds,
                                     pace=args.pace_ms / 1000, bound=args.bound),
                "refused": scenario("refused", refused, folder=folder, seconds=args.seconds,
                                     pace=args.pace_ms / 1000, bound=args.bound),
                "blackholed": scenario("blackholed", hole.url, folder=folder, seconds=args.seconds,
                                     pace=args.pace_ms / 1000, bound=args.bound),
            },
            "one_attempt": {
                "online": attempt_times(online.url, folder=folder / "a1", bound=args.bound),
                "refused": attempt_times(refused, folder=folder / "a2", bound=args.bound),
                "blackholed": attempt_times(hole.url, folder=folder / "a3", bound=args.bound, runs=3),
                "dropped_mid_job": attempt_times(dropper.url, folder=folder / "a4", bound=args.bound, runs=1),
            },
            "backlog_after_outage": backlog(folder=folder / "backlog", jobs=200, bound=args.bound),
        }
    finally:
        for fake in (online, hole, dropper):
            fake.close()
        shutil.rmtree(folder, ignore_errors=True)
    text = json.dumps(result, ensure_ascii=False, indent=2)
    print(text)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "bench_print_queue.json").write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    socket.setdefaulttimeout(None)
    sys.exit(main())
