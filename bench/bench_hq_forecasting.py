"""HQ's side of the nightly forecasting job: what it costs besides fitting the models.

    python bench/bench_hq_forecasting.py [--products 300] [--days 365] [--processes 2] [--db postgresql+psycopg://…]

A fresh HQ database (SQLite in a temporary folder, or the PostgreSQL URL given: its tables must not exist yet)
gets a store, `--products` products by weight and a real-shaped history pushed through the real push route by
an enrolled till: one sale per day holding a line for every product that sold that day (weekly rhythm, some
products only some days), with a delivery first. Then `sync.server.forecasting.run_job` runs for the store, and
the parts are timed apart: reading HQ's ledger into the demand panel (daily_demand over the whole history),
fitting (backoffice.analytics.run_nightly over spawned processes), and storing the forecasts and suggested
orders. Prints one JSON object.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from fastapi.testclient import TestClient  # noqa: E402

from sync.protocol import PUSH  # noqa: E402
from sync.server import bootstrap, forecasting, samples  # noqa: E402
from sync.server.app import create_app  # noqa: E402
from sync.server.core.config import Settings  # noqa: E402

STORE = "B1"


def history(client, till: dict, *, products: int, days: int, last: date) -> int:
    """Pushes the store's history; returns the number of sale lines."""
    headers = {"Authorization": f"Bearer {till['token']}"}
    first = last - timedelta(days=days - 1)
    skus = [f"P{n:05d}" for n in range(products)]
    events = [samples.event(1, samples.movements_payload([(sku, 10**9) for sku in skus],
                                                         created_at=f"{first - timedelta(days=1)}T07:00:00+08:00"))]
    lines = 0
    for offset in range(days):
        day = first + timedelta(days=offset)
        peak = 16 if day.weekday() >= 5 else 10
        sold = []
        for n, sku in enumerate(skus):
            rng = random.Random(f"{sku}{day}")
            if n % 5 == 4 and rng.random() < 0.6:
                continue          # a fifth of the products sell only some days
            sold.append((sku, (n % 13 + 2) * peak * rng.randint(80, 120) + rng.randint(0, 99), 698))
        lines += len(sold)
        events.append(samples.event(len(events) + 1, samples.sale_payload(sold, created_at=f"{day}T10:00:00+08:00")))
    for start in range(0, len(events), 50):
        answer = client.post(PUSH, json={"events": events[start:start + 50]}, headers=headers)
        assert answer.status_code == 200 and not answer.json()["rejected"], answer.text[:500]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--products", type=int, default=300)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--db", default="")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(data_dir=Path(folder), database_url=args.db)
        engine = bootstrap.prepare(settings).engine
        bootstrap.add_store(engine, store_id=STORE)
        till = bootstrap.enroll_till(engine, store_id=STORE)
        bootstrap.seed_catalog(engine, [samples.product(f"P{n:05d}") for n in range(args.products)])
        last = date.today() - timedelta(days=1)
        with TestClient(create_app(settings), base_url="https://testserver") as client:
            started = time.perf_counter()
            lines = history(client, till, products=args.products, days=args.days, last=last)
            pushed = time.perf_counter() - started
        timings = {}
        original = {name: getattr(forecasting, name) for name in ("store_panel", "_store")}

        def timed(name):
            def run(*a, **k):
                begun = time.perf_counter()
                try:
                    return original[name](*a, **k)
                finally:
                    timings[name] = round(time.perf_counter() - begun, 2)
            return run

        forecasting.store_panel, forecasting._store = timed("store_panel"), timed("_store")
        begun = time.perf_counter()
        run = forecasting.run_job(engine, store_id=STORE, processes=args.processes, last=last,
                                  history_days=args.days)
        total = time.perf_counter() - begun
        engine.dispose()
    print(json.dumps({
        "bench": "hq_forecasting", "database": "postgresql" if args.db else "sqlite", "products": args.products,
        "days": args.days, "sale_lines": lines, "processes": args.processes, "push_s": round(pushed, 1),
        "run": {"status": run["status"], "done": run["done"], "total": run["total"]},
        "panel_from_ledger_s": timings["store_panel"], "store_results_s": timings["_store"],
        "fit_s": round(total - timings["store_panel"] - timings["_store"], 2), "job_s": round(total, 2),
        "machine": {"platform": platform.platform(), "cpus": os.cpu_count(),
                    "loadavg": [round(x, 2) for x in os.getloadavg()]}}))


if __name__ == "__main__":
    main()
