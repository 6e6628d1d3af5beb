"""Pulling the plug on a replay, again and again: no sale reported as committed is ever lost, none is ever
half-written, stock and outbox stay consistent, and re-running finishes the file with the exact totals.

`freshtill replay FILE --progress` runs as a real subprocess and is SIGKILLed at a random moment — while
starting, right after its Nth durable commit, or a few milliseconds into the next sale — and the database
file is then inspected with the plain sqlite3 module, as a support engineer would after a power cut.
Set FRESHTILL_CRASH_SEED to replay a failing schedule.
"""
from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

import pytest

from tests.pos_app.services.replay_factories import SPECS, STOCK_EACH, Expected, build_store, write_baskets

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[3]
ITERATIONS = 30
BASKETS = 400
SEED = int(os.environ.get("FRESHTILL_CRASH_SEED", "20261121"))


class Run:
    """One `freshtill replay --progress` subprocess whose stderr is read line by line as it is flushed."""

    def __init__(self, data: Path, baskets: Path, *, capture_stdout: bool = False) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "pos_app.cli", "--data-dir", str(data), "replay", str(baskets), "--progress"],
            cwd=ROOT, stdout=subprocess.PIPE if capture_stdout else subprocess.DEVNULL, stderr=subprocess.PIPE,
            text=True, encoding="utf-8")
        self.started = time.monotonic()
        self.committed: list[tuple[str, str]] = []
        self.commit_times: list[float] = []
        self.other: list[str] = []
        self._changed = threading.Condition()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        for line in self.process.stderr:
            with self._changed:
                words = line.split()
                if len(words) == 3 and words[0] == "committed":
                    self.committed.append((words[1], words[2]))
                    self.commit_times.append(time.monotonic())
                else:
                    self.other.append(line)
                self._changed.notify_all()
        with self._changed:
            self._changed.notify_all()

    def wait_for_commits(self, count: int, *, timeout: float = 30) -> None:
        with self._changed:
            self._changed.wait_for(lambda: len(self.committed) >= count or self.process.poll() is not None,
                                   timeout=timeout)

    def sale_time(self) -> float:
        """Seconds between this run's last two commits: how long a sale takes on this machine now (kills are
        timed in sales, not in seconds, so a faster machine does not finish the baskets before the kills)."""
        times = self.commit_times
        return times[-1] - times[-2] if len(times) >= 2 else 0.005

    def kill(self) -> int:
        self.process.send_signal(signal.SIGKILL)
        return self.finish()

    def finish(self, timeout: float = 120) -> int:
        code = self.process.wait(timeout=timeout)
        self._reader.join(timeout=10)
        return code


def kill_at_random(run: Run, rng: random.Random) -> str:
    """Kill the run at a moment chosen by `rng`; returns a description for assertion messages."""
    mode = rng.choice(["startup", "after_commits", "after_commits", "into_next_sale"])
    if mode == "startup":
        # during start-up: at a random moment of its first 0.6 s, or at its first commit if that is sooner
        delay = rng.uniform(0.0, 0.6)
        run.wait_for_commits(1, timeout=max(0.0, run.started + delay - time.monotonic()))
        plan = f"startup+{delay:.3f}s"
    elif mode == "after_commits":
        count, share = rng.randint(1, 12), rng.uniform(0, 1)
        run.wait_for_commits(max(count, 2))
        jitter = share * run.sale_time()
        time.sleep(jitter)
        plan = f"after {max(count, 2)} commits +{jitter * 1000:.1f}ms"
    else:
        # somewhere inside the third sale, however long a sale takes on this machine
        run.wait_for_commits(2)
        delay = rng.uniform(0, 1) * run.sale_time()
        time.sleep(delay)
        plan = f"second commit +{delay * 1000:.1f}ms"
    code = run.kill()
    return f"{plan} (exit {code})"


# -- what must hold after any crash ----------------------------------------------------------------------
def one(connection: sqlite3.Connection, sql: str, *args):
    return connection.execute(sql, args).fetchone()


def check_database(path: Path, *, reported: dict[str, str], expected: Expected, context: str) -> int:
    """Every invariant a crash must not break; returns how many sales the file holds."""
    connection = sqlite3.connect(path)
    try:
        assert one(connection, "PRAGMA integrity_check") == ("ok",), context
        assert one(connection, "PRAGMA foreign_key_check") is None, context
        sales = {uuid: (basket, total, rounding, lines) for uuid, basket, total, rounding, lines in connection.execute(
            "SELECT uuid, external_ref, total, rounding, line_count FROM sales")}

        # every sale the replay reported as committed is there, under its basket
        for basket, uuid in reported.items():
            assert uuid in sales, f"{context}: committed sale {uuid} of {basket} is missing"
            assert sales[uuid][0] == basket, context

        # no partial sale: lines, parts, payments, taxes, movements and one outbox event for each
        line_counts = dict(connection.execute(
            "SELECT s.uuid, count(l.line_no) FROM sales s LEFT JOIN sale_lines l ON l.sale_id = s.id GROUP BY s.id"))
        paid = dict(connection.execute(
            "SELECT s.uuid, sum(p.amount) FROM sales s JOIN payments p ON p.sale_id = s.id GROUP BY s.id"))
        taxed = dict(connection.execute(
            "SELECT s.uuid, sum(t.gross) FROM sales s JOIN sale_taxes t ON t.sale_id = s.id GROUP BY s.id"))
        outbox = dict(connection.execute("SELECT uuid, count(*) FROM outbox WHERE kind = 'sale' GROUP BY uuid"))
        for uuid, (basket, total, rounding, line_count) in sales.items():
            where = f"{context}: sale {uuid} ({basket})"
            assert line_count > 0 and line_counts[uuid] == line_count, where
            assert paid.get(uuid) == total + rounding, where
            assert taxed.get(uuid) == total, where
            assert outbox.get(uuid) == 1, where
            assert Decimal(total) / 100 == expected.totals[basket], where
        assert set(outbox) == set(sales), f"{context}: outbox sale events without their sale"

        # each line has parts adding up to its net amount
        bad_lines = connection.execute(
            "SELECT l.sale_id, l.line_no FROM sale_lines l LEFT JOIN sale_parts p "
            "ON p.sale_id = l.sale_id AND p.line_no = l.line_no "
            "GROUP BY l.sale_id, l.line_no HAVING count(p.position) = 0 OR sum(p.amount) != l.net").fetchall()
        assert bad_lines == [], context

        # stock movements: exactly the parts of existing sales, nothing referring to a sale that is not there
        parts = {(u, sku): -q for u, sku, q in connection.execute(
            "SELECT s.uuid, p.sku, sum(p.quantity) FROM sale_parts p JOIN sales s ON s.id = p.sale_id "
            "GROUP BY s.uuid, p.sku")}
        moves = {(u, sku): q for u, sku, q in connection.execute(
            "SELECT sale_uuid, sku, sum(quantity) FROM stock_movements WHERE sale_uuid IS NOT NULL "
            "GROUP BY sale_uuid, sku")}
        assert moves == parts, f"{context}: sale stock movements differ from the sales' parts"
        assert one(connection, "SELECT count(*) FROM stock_movements WHERE sale_uuid IS NOT NULL AND "
                               "sale_uuid NOT IN (SELECT uuid FROM sales)") == (0,), context

        # levels are the ledger's sums
        levels = dict(connection.execute("SELECT sku, quantity FROM stock_levels"))
        ledger = dict(connection.execute("SELECT sku, sum(quantity) FROM stock_movements GROUP BY sku"))
        for sku in set(levels) | set(ledger):
            assert levels.get(sku, 0) == ledger.get(sku, 0), f"{context}: level of {sku} is not its ledger"

        # outbox sequence 1..N without gaps
        low, high, count = one(connection, "SELECT min(seq), max(seq), count(*) FROM outbox")
        assert (low, high) == (1, count), f"{context}: outbox seq {low}..{high} for {count} events"
        return len(sales)
    finally:
        connection.close()


def test_killed_replays_never_lose_or_half_write_a_sale(tmp_path):
    data = tmp_path / "till"
    build_store(data)
    baskets = tmp_path / "baskets.csv"
    expected = write_baskets(baskets, count=BASKETS, seed=SEED)
    database = data / "till.sqlite"
    reported: dict[str, str] = {}
    kills = 0
    for iteration in range(ITERATIONS):
        rng = random.Random(SEED + iteration)
        run = Run(data, baskets)
        plan = kill_at_random(run, rng)
        context = f"seed {SEED} iteration {iteration}: killed {plan}"
        assert run.process.returncode in (0, -signal.SIGKILL), f"{context}: {''.join(run.other)}"
        assert run.other == [], f"{context}: unexpected stderr {''.join(run.other)}"
        kills += run.process.returncode == -signal.SIGKILL
        for basket, uuid in run.committed:
            assert basket not in reported, f"{context}: basket {basket} rung twice"
            reported[basket] = uuid
        check_database(database, reported=reported, expected=expected, context=context)
    assert kills >= ITERATIONS * 0.8, "most runs must actually be killed, not finish on their own"
    before_final = check_database(database, reported=reported, expected=expected, context="before the last run")
    assert before_final < BASKETS, "the kills should leave baskets for the last run to finish"

    final = Run(data, baskets, capture_stdout=True)
    summary_text = final.process.stdout.read()
    assert final.finish() == 0, "".join(final.other)
    summary = json.loads(summary_text)
    assert summary["problems"] == []
    assert summary["skipped_already_rung"] == before_final
    assert summary["baskets"] == BASKETS - before_final == len(final.committed)
    reported.update(final.committed)
    assert check_database(database, reported=reported, expected=expected, context="after the last run") == BASKETS

    check_totals(database, expected)


def check_totals(path: Path, expected: Expected) -> None:
    """The whole file, rung across all those crashes, comes to the independent figures to the fen and gram."""
    connection = sqlite3.connect(path)
    try:
        assert {b for (b,) in connection.execute("SELECT external_ref FROM sales")} == set(expected.totals)
        (revenue,) = one(connection, "SELECT sum(total) FROM sales")
        assert Decimal(revenue) / 100 == expected.revenue
        (lines,) = one(connection, "SELECT count(*) FROM sale_lines")
        assert lines == expected.lines
        sold = defaultdict(int, connection.execute("SELECT sku, sum(quantity) FROM sale_parts GROUP BY sku"))
        levels = dict(connection.execute("SELECT sku, quantity FROM stock_levels"))
        for spec in SPECS:
            if spec.sold_by == "combo":
                continue
            assert Decimal(sold[spec.sku]) / 1000 == expected.sold[spec.sku], spec.sku
            assert Decimal(levels[spec.sku]) / 1000 == STOCK_EACH - expected.sold[spec.sku], spec.sku
    finally:
        connection.close()
