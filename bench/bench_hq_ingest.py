"""HQ ingest benchmark: sale lines per second through the real push path, beside a raw COPY of the same rows.

    python bench/bench_hq_ingest.py [--clients 4] [--batches 6] [--events 500] [--lines 10] [--workers 2]
                                    [--dev-http] [--db postgresql+psycopg://postgres@127.0.0.1:5432/test]

The push path is the whole thing a till's batch goes through: HTTPS (unless --dev-http) to `hq serve`
(uvicorn, several workers) → orjson + pydantic validation of every event → one transaction per batch with
the till's row lock, INSERT … ON CONFLICT for event ids, sales, COPY of lines, tenders, taxes and ledger
movements, store levels and version, acked_seq. Each client is one till pushing its own batches back to back.
The reference COPYs the same sale-line rows into a plain scratch table with one psycopg COPY.
Runs in a scratch PostgreSQL schema, dropped afterwards. Prints one JSON object to stdout.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import random
import secrets
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx
import orjson
import psycopg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from cpuprobe import probe_ms  # noqa: E402
from sync.protocol import PUSH  # noqa: E402
from sync.server import bootstrap, samples  # noqa: E402
from sync.server.core.config import Settings  # noqa: E402
from sync.server.ingest.rows import LINE_COLUMNS, detail_rows  # noqa: E402
from sync.server.runner import ServerProcess  # noqa: E402
from sync.protocol import SalePayload  # noqa: E402

PG = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
TARGET_LINES_PER_S = 50_000
IDLE_WINDOW_S = 3.0


def log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def make_batches(*, clients: int, batches: int, events: int, lines: int, skus: list[str], seed: int) -> list[list[bytes]]:
    rng = random.Random(seed)
    out = []
    for _client in range(clients):
        seq, bodies = 0, []
        for _batch in range(batches):
            batch = []
            for _event in range(events):
                seq += 1
                basket = [(rng.choice(skus), rng.randint(100, 2500), rng.randint(100, 9000)) for _ in range(lines)]
                batch.append(samples.event(seq, samples.sale_payload(basket)))
            bodies.append(orjson.dumps({"events": batch}))
        out.append(bodies)
    return out


def push_all(*, url: str, verify, tokens: list[str], bodies: list[list[bytes]], events: int) -> dict:
    latencies: list[float] = []
    failures: list[str] = []
    lock = threading.Lock()
    start_gate = threading.Barrier(len(tokens) + 1)

    def client(index: int) -> None:
        headers = {"Authorization": f"Bearer {tokens[index]}", "Content-Type": "application/json"}
        with httpx.Client(base_url=url, verify=verify, timeout=120) as http:
            http.get("/healthz")   # connect and handshake before the clock starts
            start_gate.wait()
            for body in bodies[index]:
                began = time.perf_counter()
                answer = http.post(PUSH, content=body, headers=headers)
                took = time.perf_counter() - began
                with lock:
                    latencies.append(took)
                    if answer.status_code != 200 or answer.json()["applied"] != events:
                        failures.append(f"{answer.status_code} {answer.text[:200]}")

    threads = [threading.Thread(target=client, args=(i,)) for i in range(len(tokens))]
    for thread in threads:
        thread.start()
    start_gate.wait()
    began = time.perf_counter()
    for thread in threads:
        thread.join()
    return {"seconds": time.perf_counter() - began, "latencies": latencies, "failures": failures}


def cpu_by_group(server_pgid: int) -> dict[str, float]:
    """CPU seconds so far of PostgreSQL's processes, of the HQ server's process group and of this process."""
    tick = os.sysconf("SC_CLK_TCK")
    totals = {"postgres": 0.0, "hq_server": 0.0, "load_client": 0.0, "other": 0.0}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                stat = handle.read()
        except OSError:
            continue
        name = stat[stat.index("(") + 1:stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2:].split()
        seconds = (int(fields[11]) + int(fields[12])) / tick
        if name == "postgres":
            totals["postgres"] += seconds
        elif int(fields[2]) == server_pgid:
            totals["hq_server"] += seconds
        elif int(entry) == os.getpid():
            totals["load_client"] += seconds
        else:
            totals["other"] += seconds
    return totals


def settle(server_pgid: int, *, quiet_cores: float = 0.05, limit_s: float = 30.0) -> None:
    last, waited = cpu_by_group(server_pgid), 0.0
    while waited < limit_s:
        time.sleep(1.0)
        waited += 1.0
        current = cpu_by_group(server_pgid)
        if current["hq_server"] - last["hq_server"] < quiet_cores:
            return
        last = current


def copy_reference(*, dsn: str, schema: str, bodies: list[list[bytes]]) -> dict:
    rows: list[tuple] = []
    for client in bodies:
        for body in client:
            for event in orjson.loads(body)["events"]:
                detail_rows(SalePayload.model_validate(event["payload"]), lines=rows, tenders=[], taxes=[])
    names = ", ".join(f'"{c}"' for c in LINE_COLUMNS)
    with psycopg.connect(dsn, options=f"-csearch_path={schema}") as connection:
        connection.execute("CREATE TABLE copy_reference (LIKE sale_lines INCLUDING DEFAULTS)")
        connection.commit()
        began = time.perf_counter()
        with connection.cursor() as cursor, cursor.copy(f"COPY copy_reference ({names}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        connection.commit()
        seconds = time.perf_counter() - began
    return {"rows": len(rows), "seconds": round(seconds, 3), "lines_per_s": round(len(rows) / seconds)}


def wal_state(dsn: str) -> tuple[int, int]:
    """Bytes of WAL written so far and checkpoints so far (timed + requested), server-wide."""
    with psycopg.connect(dsn, autocommit=True) as connection:
        lsn = connection.execute("SELECT pg_current_wal_lsn() - '0/0'::pg_lsn").fetchone()[0]
        done = connection.execute("SELECT checkpoints_timed + checkpoints_req FROM pg_stat_bgwriter").fetchone()[0]
    return int(lsn), int(done)


def count_lines(*, dsn: str, schema: str) -> tuple[int, int]:
    with psycopg.connect(dsn, options=f"-csearch_path={schema}") as connection:
        lines = connection.execute("SELECT count(*) FROM sale_lines").fetchone()[0]
        events = connection.execute("SELECT count(*) FROM events WHERE status = 'applied' AND kind = 'sale'").fetchone()[0]
    return lines, events


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=PG)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--batches", type=int, default=6, help="batches per client")
    parser.add_argument("--events", type=int, default=500, help="sale events per batch (MAX_BATCH is 500)")
    parser.add_argument("--lines", type=int, default=10, help="lines per sale")
    parser.add_argument("--products", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--dev-http", action="store_true", help="plain HTTP on loopback instead of TLS")
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args()

    dsn = args.db.replace("+psycopg", "")
    schema = f"bench_hq_{secrets.token_hex(4)}"
    with psycopg.connect(dsn, autocommit=True) as connection:
        connection.execute(f'CREATE SCHEMA "{schema}"')
    data = Path(tempfile.mkdtemp(prefix="bench-hq-"))
    sep = "&" if "?" in args.db else "?"
    settings = Settings(data_dir=data, database_url=f"{args.db}{sep}options=-csearch_path%3D{schema}",
                        workers=args.workers, dev_http=args.dev_http, pool_size=4)
    try:
        prepared = bootstrap.prepare(settings)
        bootstrap.add_store(prepared.engine, store_id="B1")
        skus = [f"P{i:05d}" for i in range(args.products)]
        bootstrap.seed_catalog(prepared.engine, [samples.product(sku) for sku in skus])
        tokens = [bootstrap.enroll_till(prepared.engine, store_id="B1")["token"] for _ in range(args.clients)]
        # Opening stock (a goods-in event from a back-room till), so sales do not flag every SKU as oversold.
        stocker = bootstrap.enroll_till(prepared.engine, store_id="B1")
        opening = orjson.dumps({"events": [samples.event(1, samples.movements_payload([(sku, 10**9) for sku in skus]))]})
        prepared.engine.dispose()
        log(f"generating {args.clients}×{args.batches} batches of {args.events} sales × {args.lines} lines")
        bodies = make_batches(clients=args.clients, batches=args.batches, events=args.events, lines=args.lines,
                              skus=skus, seed=args.seed)
        megabytes = sum(len(b) for c in bodies for b in c) / 1e6
        with ServerProcess(settings) as server:
            httpx.post(server.url + PUSH, content=opening, verify=server.verify,
                       headers={"Authorization": f"Bearer {stocker['token']}"}).raise_for_status()
            # Workers go on starting (imports, schema builds) for seconds after the first answer: wait until
            # HQ is quiet, or that start-up CPU is billed to the push. Then measure what the box spends with
            # this HQ idle (its refresh loops, other people's servers and their PostgreSQL backends), so the
            # per-line figures can also be given net of it.
            settle(server.process.pid)
            # Start from a checkpoint: earlier runs leave up to max_wal_size of WAL behind, and a checkpoint
            # they trigger in the middle of this one makes every page touched after it log a full image
            # (measured: a third more CPU per line). Checkpoints during the run are still counted below.
            with psycopg.connect(dsn, autocommit=True) as connection:
                connection.execute("CHECKPOINT")
            idle_before = cpu_by_group(server.process.pid)
            time.sleep(IDLE_WINDOW_S)
            idle_after = cpu_by_group(server.process.pid)
            log(f"pushing to {server.url} ({args.workers} workers)")
            load_before = os.getloadavg()[0]
            probe_before = probe_ms()
            wal_before = wal_state(dsn)
            cpu_before = cpu_by_group(server.process.pid)
            run = push_all(url=server.url, verify=server.verify, tokens=tokens, bodies=bodies, events=args.events)
            cpu_after = cpu_by_group(server.process.pid)
            wal_after = wal_state(dsn)
            probe_after = probe_ms()
            cpu = {name: round(cpu_after[name] - cpu_before[name], 2) for name in cpu_after}
            idle_rate = {name: max(0.0, idle_after[name] - idle_before[name]) / IDLE_WINDOW_S for name in idle_after}
        lines, events = count_lines(dsn=dsn, schema=schema)
        expected = args.clients * args.batches * args.events * args.lines
        log("COPY reference")
        reference = copy_reference(dsn=dsn, schema=schema, bodies=bodies)
    finally:
        with psycopg.connect(dsn, autocommit=True) as connection:
            connection.execute(f'DROP SCHEMA "{schema}" CASCADE')
    ordered = sorted(run["latencies"])
    lines_per_s = round(lines / run["seconds"])
    result = {
        "benchmark": "hq_ingest",
        "machine": {"platform": platform.platform(), "cpus": os.cpu_count(), "python": platform.python_version(),
                    "loadavg_before": round(load_before, 2),
                    "cpu_probe_ms_before_after": [probe_before, probe_after]},
        "setup": {"clients": args.clients, "batches_per_client": args.batches, "events_per_batch": args.events,
                  "lines_per_sale": args.lines, "server_workers": args.workers,
                  "transport": "http (dev)" if args.dev_http else "https (generated local CA)",
                  "request_megabytes": round(megabytes, 1)},
        "push": {"lines": lines, "expected_lines": expected, "applied_events": events, "seconds": round(run["seconds"], 3),
                 "lines_per_s": lines_per_s, "events_per_s": round(events / run["seconds"]),
                 "batch_p50_ms": round(statistics.median(ordered) * 1000, 1),
                 "batch_max_ms": round(ordered[-1] * 1000, 1), "failures": run["failures"][:5],
                 "cpu_seconds": cpu, "cpu_seconds_per_1000_lines": {k: round(v / lines * 1000, 4)
                                                                    for k, v in cpu.items()},
                 "idle_cpu_cores": {k: round(v, 3) for k, v in idle_rate.items()},
                 "cpu_seconds_per_1000_lines_net_of_idle": {
                     k: round(max(0.0, v - idle_rate[k] * run["seconds"]) / lines * 1000, 4) for k, v in cpu.items()},
                 # All cores busy with HQ and PostgreSQL at the CPU per line measured here (raw, not net: the
                 # idle rate of a shared box moves too much to subtract with confidence).
                 "projected_idle_lines_per_s": round(os.cpu_count() * lines / max(
                     1e-9, cpu["hq_server"] + cpu["postgres"])),
                 # Server-wide, so only meaningful on a box where nothing else writes to PostgreSQL.
                 "wal_megabytes_per_1000_lines": round((wal_after[0] - wal_before[0]) / 1e6 / lines * 1000, 3),
                 "checkpoints_during_run": wal_after[1] - wal_before[1]},
        "copy_reference": reference,
        "ratio_push_to_copy": round(lines_per_s / reference["lines_per_s"], 3),
        "target_lines_per_s": TARGET_LINES_PER_S,
        "pass": lines == expected and not run["failures"] and lines_per_s >= TARGET_LINES_PER_S,
    }
    print(json.dumps(result, indent=1))
    return 0 if lines == expected and not run["failures"] else 1


if __name__ == "__main__":
    sys.exit(main())
