"""kill -9 of the sync client in the middle of pushing, again and again: nothing lost, nothing doubled.

A till database holds over 3,000 pending events (600 real sales rung through SaleService with their refunds
and stock movements, and 2,400 events of goods in and waste). A sync client process (SyncClient.sync_once,
batches of 100, against the real HQ over HTTPS) is started and SIGKILLed, twelve times: most at a random
moment after it is up — while it reads, sends, waits for HQ or stamps — and every third exactly between
HQ's reply and the local stamp (the process kills itself inside `mark_sent`), the worst moment there is.
The till keeps selling between runs. After each kill HQ holds exactly events 1..acked of the till, at most
once each, and the till never believes HQ holds more than it does. Then `freshtill sync --json` runs clean,
and HQ holds every event exactly once, every outbox row is stamped, and acked_seq is the last sequence at
both ends.
"""
from __future__ import annotations

import json
import os
import random
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pos_app.core.stock import Movement, MovementKind
from pos_app.storage import stock_repo
from tests.sync.e2e.conftest import OPENING, Till, assert_converged, enroll_till
from tests.sync.e2e.trading import ring_sale, trade

ROOT = Path(__file__).resolve().parents[3]
KILLS = 12
SALES = 600
MOVEMENT_EVENTS = 2_400

# The sync client as its own process; with a second argument N > 0 it SIGKILLs itself on the N-th stamp,
# after HQ answered and before the till's transaction commits.
RUNNER = """
import os, signal, sys
from pathlib import Path
from pos_app.storage import sync_repo
from pos_app.storage.database import TillDatabase
from sync.client import credentials
from sync.client.client import SyncClient

folder, kill_at = Path(sys.argv[1]), int(sys.argv[2])
if kill_at:
    real, calls = sync_repo.mark_sent, [0]
    def mark_sent(connection, *, upto, at):
        calls[0] += 1
        if calls[0] == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(connection, upto=upto, at=at)
    sync_repo.mark_sent = mark_sent
db = TillDatabase.open(folder)
client = SyncClient.from_credentials(db=db, credentials=credentials.load(folder), batch_size=100)
print("syncing", flush=True)
client.sync_once()
"""


def _runner(folder: Path, *, kill_at: int = 0) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", RUNNER, str(folder), str(kill_at)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)


def _wait_started(process: subprocess.Popen, *, timeout: float = 60.0) -> None:
    ready, _, _ = select.select([process.stdout], [], [], timeout)
    assert ready and process.stdout.readline() == b"syncing\n", process.stderr.read().decode()


def _many_movement_events(till: Till, count: int) -> None:
    """`count` outbox events of stock movements (goods in and waste), written in one transaction."""
    rng = random.Random(7)
    with till.db.transaction() as connection:
        for _ in range(count):
            kind = rng.choice((MovementKind.GOODS_IN, MovementKind.WASTE))
            quantity = rng.randint(1, 5_000) * (1 if kind is MovementKind.GOODS_IN else -1)
            stock_repo.record(connection, [Movement(rng.choice(("V1", "P1", "M1")), kind, quantity)])


def _check_consistent(hq, till: Till) -> int:
    """HQ holds exactly events 1..acked of this till, each once and the till's own; the till's stamps and
    acknowledgement never run ahead of HQ."""
    with hq.consistent():
        acked = hq.acked(till.till_id)
        held = sorted((seq, event_id) for event_id, t, seq, _status in hq.events(till.store) if t == till.till_id)
    outbox = till.outbox()
    uuids = {seq: uuid for seq, uuid, *_ in outbox}
    assert held == [(seq, uuids[seq].lower()) for seq in range(1, acked + 1)]
    assert till.acked_seq() <= acked <= till.last_seq()
    assert all(seq <= acked for seq, *_, sent in outbox if sent is not None)
    return acked


@pytest.mark.slow
def test_sigkill_mid_push_loses_and_doubles_nothing(hq, tmp_path):
    store = hq.new_store()
    till = enroll_till(hq, store=store, folder=tmp_path / "till")
    rng = random.Random(9)
    try:
        till.client.pull_once()
        till.stock_in(OPENING)
        trade(till, rng, sales=SALES)
        _many_movement_events(till, MOVEMENT_EVENTS)
        assert till.unstamped() >= SALES + MOVEMENT_EVENTS

        hq_ahead = 0
        for attempt in range(KILLS):
            acked_before = till.acked_seq()
            if attempt % 3 == 0:
                process = _runner(till.folder, kill_at=2 if till.unstamped() > 100 else 1)
                assert process.wait(timeout=120) == -signal.SIGKILL, process.stderr.read().decode()
            else:
                process = _runner(till.folder)
                _wait_started(process)
                time.sleep(rng.uniform(0.0, 0.6))     # a random moment of the push
                try:
                    os.killpg(process.pid, signal.SIGKILL)
                except ProcessLookupError:            # it finished first: the next runs have new sales
                    pass
                process.wait(timeout=30)
            process.stdout.close()
            process.stderr.close()
            acked = _check_consistent(hq, till)
            if acked > till.acked_seq():
                hq_ahead += 1                         # killed after HQ applied a batch, before the stamp
            assert till.acked_seq() >= acked_before
            for _ in range(20):                       # the till keeps selling between crashes
                ring_sale(till, rng)
        assert hq_ahead >= len(range(0, KILLS, 3))    # at least every self-kill left HQ ahead of the till

        done = subprocess.run([sys.executable, "-m", "pos_app.cli", "--data-dir", str(till.folder), "sync",
                               "--json"], cwd=ROOT, capture_output=True, timeout=120)
        assert done.returncode == 0, done.stderr.decode()
        assert json.loads(done.stdout)["pending"] == 0
        assert _check_consistent(hq, till) == till.last_seq() == till.acked_seq()
        assert till.unstamped() == 0
        assert_converged(hq, store, [till])
    finally:
        till.close()
