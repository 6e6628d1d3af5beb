"""Five tills × 2,000 sales through a broken network: the issue-5 proof that nothing is lost or doubled.

Each till rings real sales (SaleService on its own till database: weighed, piece, portion, custom-weight and
combo lines, cash/card/mobile, refunds, goods-in, waste and counts) while its real background SyncWorker
pushes and pulls through the fault proxy, with HQ (a child process over HTTPS) behind it. The network gets
worse phase by phase — latency, a blackhole against short client timeouts, resets after HQ got the request
but before the reply, truncated replies, refused connections, all at once — and HQ is restarted twice while
the tills push: once stopped cleanly, once killed with SIGKILL in the middle of whatever it was doing.

After healing and one last sync of every till, every sale is at HQ exactly once, and HQ's revenue, tenders,
per-product sold quantities and amounts, ledger and stock levels equal the tills' to the fen and the gram
(the tills' side read straight from their databases). Both stores' tills end with HQ's stock levels.
"""
from __future__ import annotations

import random
import threading
import time
from dataclasses import dataclass

import pytest

from sync.client.backoff import Backoff
from sync.client.worker import SyncWorker
from tests.sync.e2e.conftest import OPENING, Till, assert_converged, enroll_till, proxy_url, pull_until_level
from tests.sync.e2e.trading import trade
from tests.sync.faultproxy import Fault, Plan

TILLS = 5
SALES = 2_000


@dataclass(frozen=True)
class Phase:
    name: str
    plan: Plan
    sales: int                          # per till, rung while this phase's faults are on
    quota: dict[Fault, int]             # the phase lasts until the proxy has injected at least this many
    restart: str = ""                   # "stop" or "kill": restart HQ halfway through the phase's sales


PHASES = (
    Phase("clean", Plan(seed=1), 150, {}),
    Phase("latency", Plan({Fault.LATENCY: 0.6}, latency_s=0.03, seed=2), 250, {Fault.LATENCY: 20}),
    Phase("blackhole", Plan({Fault.BLACKHOLE: 0.15}, seed=3), 200, {Fault.BLACKHOLE: 3}),
    Phase("reset", Plan({Fault.RESET_AFTER_REQUEST: 0.3}, seed=4), 250, {Fault.RESET_AFTER_REQUEST: 10}),
    Phase("truncate", Plan({Fault.TRUNCATE: 0.3}, truncate_at=40, seed=5), 200, {Fault.TRUNCATE: 10}),
    Phase("hq stopped", Plan(seed=6), 250, {}, restart="stop"),
    Phase("refuse, long truncation", Plan({Fault.REFUSE: 0.25, Fault.TRUNCATE: 0.15}, truncate_at=3_000, seed=7),
          200, {Fault.REFUSE: 5}),
    Phase("hq killed", Plan({Fault.LATENCY: 0.3}, latency_s=0.01, seed=8), 250, {}, restart="kill"),
    Phase("everything", Plan({Fault.LATENCY: 0.1, Fault.BLACKHOLE: 0.03, Fault.RESET_AFTER_REQUEST: 0.1,
                              Fault.TRUNCATE: 0.1, Fault.REFUSE: 0.1}, seed=9), 250, {}),
)
assert sum(phase.sales for phase in PHASES) == SALES


class _Aborted(Exception):
    """The test thread gave up: sellers stop at their next sale."""


class Counted:
    """Wraps a till's sync_once to add up what HQ reported as duplicates (events it already had)."""

    def __init__(self, till: Till) -> None:
        self.duplicates = 0
        self._sync = till.client.sync_once
        till.client.sync_once = self

    def __call__(self):
        report = self._sync()
        self.duplicates += report.push.duplicates
        return report


@pytest.mark.slow
def test_every_sale_reaches_hq_exactly_once_through_faults_and_restarts(hq, proxy, tmp_path):
    started = time.monotonic()
    stores = [hq.new_store(), hq.new_store()]
    proxy.heal()
    tills = [enroll_till(hq, store=stores[n % 2], folder=tmp_path / f"till{n}", url=proxy_url(proxy),
                         connect_timeout=1.0, read_timeout=2.0) for n in range(TILLS)]
    for till in tills:
        till.client.pull_once()                  # the catalog, from HQ through the (healthy) proxy
        till.stock_in(OPENING)
    counters = [Counted(till) for till in tills]
    workers = [SyncWorker(client=till.client, interval=0.2, backoff=Backoff(base=0.05, cap=0.5)) for till in tills]
    gates = [threading.Event() for _ in PHASES]
    done = [threading.Semaphore(0) for _ in PHASES]
    abort = threading.Event()
    progress = [0] * TILLS
    failures: list[BaseException] = []

    def sell(n: int) -> None:
        rng = random.Random(1_000 + n)

        def sold() -> None:
            if abort.is_set():
                raise _Aborted
            progress[n] += 1
            workers[n].poke()
        try:
            for k, phase in enumerate(PHASES):
                gates[k].wait()
                trade(tills[n], rng, sales=phase.sales, on_sale=sold)
                done[k].release()
        except _Aborted:
            pass
        except BaseException as error:   # noqa: BLE001 — handed to the test thread
            failures.append(error)
            for semaphore in done:
                semaphore.release()

    sellers = [threading.Thread(target=sell, args=(n,), name=f"seller-{n}", daemon=True) for n in range(TILLS)]
    for thread in (*workers, *sellers):
        thread.start()
    try:
        before = 0
        for k, phase in enumerate(PHASES):
            proxy.set_plan(phase.plan)
            gates[k].set()
            if phase.restart:
                while min(progress) < before + phase.sales // 2 and not failures:
                    time.sleep(0.01)
                hq.restart(kill=phase.restart == "kill")
            for _ in range(TILLS):
                done[k].acquire()
            assert not failures, failures[0]
            _wait_for_quota(proxy, phase)
            before += phase.sales
        proxy.heal()
        for worker in workers:
            worker.stop()
        for thread in sellers:
            thread.join()
        assert not failures, failures[0]

        for till in tills:                           # every till's last events, then every till sees them all
            report = till.client.sync_once()
            assert report.pending == 0

        assert sum(progress) == TILLS * SALES
        for store in stores:
            members = [till for till in tills if till.store == store]
            assert_converged(hq, store, members)
            assert hq.exceptions(store) == []        # no clock skew, unknown product or oversell here
            pull_until_level(hq, members)
        for phase in PHASES:
            for fault, least in phase.quota.items():
                assert proxy.counts[fault] >= least
        assert sum(c.duplicates for c in counters) > 0, "no reply was ever lost after HQ applied a batch"
        print(f"\n[{hq.kind}] {TILLS}×{SALES} sales through faults in {time.monotonic() - started:.1f} s; "
              f"faults {dict((f.value, c) for f, c in proxy.counts.items() if c)}; "
              f"duplicates HQ skipped {sum(c.duplicates for c in counters)}")
    finally:
        abort.set()
        proxy.heal()
        for gate in gates:
            gate.set()
        for worker in workers:
            worker.stop()
        for till in tills:
            till.close()


def _wait_for_quota(proxy, phase: Phase, *, timeout: float = 30.0) -> None:
    """Keep the phase's faults on until the proxy has injected its quota (the workers keep syncing)."""
    deadline = time.monotonic() + timeout
    while any(proxy.counts[fault] < least for fault, least in phase.quota.items()):
        assert time.monotonic() < deadline, f"phase {phase.name}: only {proxy.counts} faults injected"
        time.sleep(0.05)
