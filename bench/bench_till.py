"""Till core benchmark: lookup, add-to-basket, durable commit, replay, open-to-ready, and bare SQLite.

    python bench/bench_till.py [--products 1000000] [--sales 2000] [--out bench/out/]

Prints one JSON object to stdout (progress goes to stderr) and keeps a copy in OUT/bench_till.json.
The generated catalog database is cached in OUT (keyed by --products) and copied for every run, so a
re-run measures the same file without paying for generation again; --fresh rebuilds it.
"""
from __future__ import annotations

import argparse
import csv
import gc
import json
import math
import os
import platform
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pos_app.core.barcodes import check_digit  # noqa: E402
from pos_app.core.basket import Basket  # noqa: E402
from pos_app.core.products import Product, SoldBy  # noqa: E402
from pos_app.core.quantity import Unit  # noqa: E402
from pos_app.core.stock import Movement, MovementKind  # noqa: E402
from pos_app.core.tenders import TenderKind, TenderRequest  # noqa: E402
from pos_app.services.checkout import SaleService  # noqa: E402
from pos_app.services.replay import replay  # noqa: E402
from pos_app.storage import sales_repo, stock_repo  # noqa: E402
from pos_app.storage.database import TillDatabase  # noqa: E402
from pos_app.storage.db import DB_NAME  # noqa: E402

TARGETS = {"lookup_p99_ms": 1.0, "commit_p99_ms": 15.0, "commit_vs_bare_p99": 3.0,
           "replay_baskets_per_s": 200.0, "open_to_ready_s": 2.0}
WEIGHED_SHARE = 0.20
MAX_PLU = 99_999          # PLUs are 1–5 digits (docs/formats.md); weighed items beyond that carry an EAN-13
CHUNK = 50_000
NAMES = ["西红柿", "黄瓜", "土豆", "五花肉", "鸡蛋", "豆腐", "苹果", "香蕉", "大米", "酱油", "牛奶", "鲈鱼"]
INITIALS = ["XHS", "HG", "TD", "WHR", "JD", "DF", "PG", "XJ", "DM", "JY", "NN", "LY"]


def log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def ms(ns: float) -> float:
    return round(ns / 1e6, 4)


def percentiles(samples_ns: list[int]) -> dict:
    ordered = sorted(samples_ns)

    def rank(q: float) -> int:
        return ordered[max(0, math.ceil(q * len(ordered)) - 1)]
    return {"n": len(ordered), "p50_ms": ms(rank(0.50)), "p90_ms": ms(rank(0.90)), "p99_ms": ms(rank(0.99)),
            "max_ms": ms(ordered[-1]), "mean_ms": ms(statistics.fmean(ordered))}


# -- the catalog ------------------------------------------------------------------------------------------
def ean13(number: int) -> str:
    body = f"69{number:010d}"
    return body + check_digit(body)


def weight_label(plu: str, grams: int) -> str:
    body = "21" + plu.rjust(5, "0") + f"{grams:05d}"
    return body + check_digit(body)


def is_weighed(index: int) -> bool:
    return index % 5 == 0          # every fifth product: 20 %


def plu_of(index: int) -> str | None:
    number = index // 5 + 1
    return str(number) if is_weighed(index) and number <= MAX_PLU else None


def make_product(index: int, rng: random.Random) -> Product:
    k = index % len(NAMES)
    common = dict(sku=f"S{index:07d}", name_zh=f"{NAMES[k]}{index}", name_en=f"Item {index}",
                  pinyin=INITIALS[k], price=rng.randint(100, 20_000), tax_rate=rng.choice((900, 1300)),
                  category=f"C{index % 40:02d}")
    if is_weighed(index):
        plu = plu_of(index)
        return Product(unit=Unit.KG, sold_by=SoldBy.WEIGHT, min_fraction=1, plu=plu,
                       barcodes=() if plu else (ean13(index),), **common)
    return Product(unit=Unit.PIECE, sold_by=SoldBy.PIECE, barcodes=(ean13(index),), **common)


def scan_code(index: int, rng: random.Random) -> tuple[str, int | None]:
    """What a cashier scans for product `index`, and the weight (g) to enter when the code has none."""
    if not is_weighed(index):
        return ean13(index), None
    plu = plu_of(index)
    if plu:
        return weight_label(plu, rng.randint(50, 2500)), None
    return ean13(index), rng.randint(50, 2500)


def generate(path: Path, *, products: int) -> dict:
    """A till database of `products` products through CatalogRepo.upsert, with opening stock."""
    started = time.perf_counter()
    if path.parent.exists():
        shutil.rmtree(path.parent)
    db = TillDatabase.open(path.parent)
    rng = random.Random(1)
    try:
        for first in range(0, products, 4 * CHUNK):
            with db.transaction() as connection:       # a few big transactions, 50k products per upsert
                for start in range(first, min(first + 4 * CHUNK, products), CHUNK):
                    batch = [make_product(i, rng) for i in range(start, min(start + CHUNK, products))]
                    db.catalog.upsert(connection, batch, replace_children=False)
                    # opening stock: ledger and levels through the stock repository (no outbox event: a load)
                    stock_repo.apply(connection, [Movement(p.sku, MovementKind.GOODS_IN, 500_000) for p in batch])
            log(f"generated {min(first + 4 * CHUNK, products):,} products")
        with db.reading() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            connection.exec_driver_sql("ANALYZE")
    finally:
        db.close()
    (path.parent / "complete").write_text(str(products))
    return {"seconds": round(time.perf_counter() - started, 1), "file_mb": round(path.stat().st_size / 2**20, 1)}


# -- measurements -------------------------------------------------------------------------------------------
def bench_lookup(service: SaleService, *, products: int, samples: int, rng: random.Random) -> dict:
    codes = [scan_code(rng.randrange(products), rng)[0] for _ in range(samples + 200)]
    for code in codes[:200]:
        service.resolve(code)                       # warm the statements, not the products
    service.catalog.clear_cache()
    times = []
    for code in codes[200:]:
        t = time.perf_counter_ns()
        service.resolve(code)
        times.append(time.perf_counter_ns() - t)
    return percentiles(times)


def bench_add(service: SaleService, *, products: int, samples: int, rng: random.Random) -> dict:
    picks = [scan_code(rng.randrange(products), rng) for _ in range(samples)]
    times = []
    for code, grams in picks:
        basket = Basket()
        t = time.perf_counter_ns()
        service.add_code(basket, code, weight=grams)
        times.append(time.perf_counter_ns() - t)
    return percentiles(times)


def three_line_basket(service: SaleService, *, products: int, rng: random.Random) -> Basket:
    basket = Basket()
    for _ in range(3):
        code, grams = scan_code(rng.randrange(products), rng)
        service.add_code(basket, code, weight=grams)
    return basket


def bench_commit(service: SaleService, *, products: int, sales: int, rng: random.Random) -> tuple[dict, list]:
    tenders = [[TenderRequest(TenderKind.CASH)], [TenderRequest(TenderKind.MOBILE)], [TenderRequest(TenderKind.CARD)]]
    for _ in range(20):   # warm-up
        service.checkout(three_line_basket(service, products=products, rng=rng), tenders=tenders[0], cashier="b")
    times, done = [], []
    for i in range(sales):
        basket = three_line_basket(service, products=products, rng=rng)
        t = time.perf_counter_ns()
        sale = service.checkout(basket, tenders=tenders[i % 3], cashier="bench")
        times.append(time.perf_counter_ns() - t)
        done.append(sale)
    return percentiles(times), done


def bare_rows(sales) -> list[tuple]:
    """The exact rows the project wrote for `sales`, with fresh uuids, ready for plain executemany."""
    import uuid
    from pos_app.storage.sales_repo import _LINE_COLUMNS
    prepared = []
    for sale in sales:
        sale_uuid, at = str(uuid.uuid4()), sale.created_at.isoformat(timespec="microseconds")
        header = (sale_uuid, sale.kind.value, at, sale.cashier, sale.till, sale.total, sale.discount,
                  sale.discount_reason, sale.rounding, sale.change, None, None, len(sale.lines))
        lines = [tuple(getattr(line, c) for c in _LINE_COLUMNS) for line in sale.lines]
        parts = [(line.line_no, i, p.sku, p.quantity, p.amount, p.tax_rate)
                 for line in sale.lines for i, p in enumerate(line.parts)]
        payments = [(i, t.kind.value, t.amount, t.tendered, t.reference) for i, t in enumerate(sale.tenders)]
        taxes = [(t.rate, t.gross, t.tax) for t in sale.taxes]
        moves = [(str(uuid.uuid4()), m.sku, m.kind.value, m.quantity, sale_uuid, m.reason, at)
                 for m in sale.movements()]
        deltas = [(m[1], m[3]) for m in moves]
        payload = json.dumps(sales_repo.to_payload(sale, movements=[]), ensure_ascii=False, sort_keys=True)
        prepared.append((header, lines, parts, payments, taxes, moves, deltas, (sale_uuid, "sale", payload, at)))
    return prepared


def bench_bare(path: Path, prepared: list[tuple]) -> dict:
    """The physical floor: the same rows per sale through bare sqlite3, WAL + synchronous=FULL, one
    BEGIN IMMEDIATE … COMMIT per sale."""
    from pos_app.storage.sales_repo import _LINE_COLUMNS
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    line_sql = (f"INSERT INTO sale_lines (sale_id, {', '.join(_LINE_COLUMNS)}) "
                f"VALUES ({', '.join('?' * (len(_LINE_COLUMNS) + 1))})")
    times = []
    for header, lines, parts, payments, taxes, moves, deltas, outbox in prepared:
        t = time.perf_counter_ns()
        con.execute("BEGIN IMMEDIATE")
        sale_id = con.execute(
            "INSERT INTO sales (uuid, kind, created_at, cashier, till, total, discount, discount_reason, "
            'rounding, "change", original_uuid, external_ref, line_count) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)',
            header).lastrowid
        con.executemany(line_sql, [(sale_id, *line) for line in lines])
        con.executemany("INSERT INTO sale_parts (sale_id, line_no, position, sku, quantity, amount, tax_rate) "
                        "VALUES (?,?,?,?,?,?,?)", [(sale_id, *p) for p in parts])
        con.executemany("INSERT INTO payments (sale_id, position, kind, amount, tendered, reference) "
                        "VALUES (?,?,?,?,?,?)", [(sale_id, *p) for p in payments])
        con.executemany("INSERT INTO sale_taxes (sale_id, rate, gross, tax) VALUES (?,?,?,?)",
                        [(sale_id, *x) for x in taxes])
        con.executemany("INSERT INTO stock_movements (uuid, sku, kind, quantity, sale_uuid, reason, created_at) "
                        "VALUES (?,?,?,?,?,?,?)", moves)
        con.executemany("INSERT INTO stock_levels (sku, quantity) VALUES (?, ?) "
                        "ON CONFLICT(sku) DO UPDATE SET quantity = quantity + excluded.quantity", deltas)
        con.execute("INSERT INTO outbox (uuid, kind, payload, created_at) VALUES (?,?,?,?)", outbox)
        con.execute("COMMIT")
        times.append(time.perf_counter_ns() - t)
    con.close()
    return percentiles(times)


def write_baskets(path: Path, *, products: int, baskets: int, rng: random.Random) -> int:
    lines = 0
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["basket_id", "code", "quantity", "weight", "tender"])
        for b in range(baskets):
            tender = rng.choice(["cash", "card", "mobile"])
            for _ in range(rng.randint(1, 5)):
                code, grams = scan_code(rng.randrange(products), rng)
                quantity = str(rng.randint(1, 3)) if grams is None and not code.startswith("21") else ""
                writer.writerow([f"R{b:06d}", code, quantity, f"{grams / 1000:.3f}" if grams else "", tender])
                lines += 1
    return lines


def bench_replay(service: SaleService, path: Path) -> dict:
    t = time.perf_counter()
    result = replay(service, path)
    seconds = time.perf_counter() - t
    rung = len(result.sales)
    return {"baskets": rung, "problems": len(result.problems), "seconds": round(seconds, 3),
            "baskets_per_s": round(rung / seconds, 1)}


OPEN_SCRIPT = """
import json, sys, time
t_imports = time.perf_counter()
sys.path.insert(0, {root!r})
from pos_app.services.checkout import SaleService
from pos_app.storage.database import TillDatabase
t_open = time.perf_counter()
db = TillDatabase.open({folder!r})
service = SaleService(db)
service.resolve({code!r})
t_ready = time.perf_counter()
print(json.dumps({{"imports_s": t_open - t_imports, "open_to_ready_s": t_ready - t_open}}), flush=True)
"""


def bench_open(folder: Path, *, products: int, runs: int, rng: random.Random) -> dict:
    totals, inner, imports = [], [], []
    for _ in range(runs):
        code = scan_code(rng.randrange(products), rng)[0]
        t = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", OPEN_SCRIPT.format(root=str(ROOT), folder=str(folder),
                                                                        code=code)],
                             check=True, capture_output=True, text=True).stdout
        totals.append(time.perf_counter() - t)
        figures = json.loads(out)
        inner.append(figures["open_to_ready_s"])
        imports.append(figures["imports_s"])
    return {"runs": runs,
            "with_interpreter_s": {"median": round(statistics.median(totals), 3), "max": round(max(totals), 3)},
            "imports_s": {"median": round(statistics.median(imports), 3)},
            "without_interpreter_s": {"median": round(statistics.median(inner), 4), "max": round(max(inner), 4)}}


# -- the machine ----------------------------------------------------------------------------------------------
def machine(folder: Path) -> dict:
    device = fs = "?"
    best = ""
    for line in Path("/proc/mounts").read_text().splitlines() if Path("/proc/mounts").exists() else []:
        dev, mount, kind = line.split()[:3]
        if str(folder.resolve()).startswith(mount) and len(mount) > len(best):
            best, device, fs = mount, dev, kind
    rotational = Path(f"/sys/block/{Path(device).name}/queue/rotational")
    fsyncs = []
    probe = folder / "fsync.probe"
    with open(probe, "wb") as handle:
        for _ in range(50):
            handle.write(b"x" * 4096)
            t = time.perf_counter_ns()
            handle.flush()
            os.fsync(handle.fileno())
            fsyncs.append(time.perf_counter_ns() - t)
    probe.unlink()
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor()) if Path("/proc/cpuinfo").exists() else ""
    return {"platform": platform.platform(), "cpu": cpu, "cpu_count": os.cpu_count(),
            "memory_gb": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1),
            "python": platform.python_version(), "sqlite": sqlite3.sqlite_version,
            "disk": {"device": device, "filesystem": fs, "mount": best,
                     "rotational": rotational.read_text().strip() if rotational.exists() else "?",
                     "fsync_4k_p50_ms": ms(statistics.median(fsyncs)),
                     "fsync_4k_p99_ms": percentiles(fsyncs)["p99_ms"]}}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--products", type=int, default=1_000_000)
    parser.add_argument("--sales", type=int, default=2000)
    parser.add_argument("--baskets", type=int, default=2000, help="baskets in the replay file")
    parser.add_argument("--lookups", type=int, default=20_000)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    parser.add_argument("--fresh", action="store_true", help="rebuild the cached catalog database")
    args = parser.parse_args(argv)
    out = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(20261122)

    base = out / f"catalog-{args.products}" / DB_NAME
    generation = None
    if args.fresh or not (base.parent / "complete").exists():
        log(f"generating {args.products:,} products into {base.parent}")
        generation = generate(base, products=args.products)
    run_dir = out / "run"
    shutil.rmtree(run_dir, ignore_errors=True)
    run_dir.mkdir()
    shutil.copyfile(base, run_dir / DB_NAME)
    os.sync()

    result = {"benchmark": "till core (issue 2)", "machine": machine(run_dir),
              "command": "python bench/bench_till.py " + " ".join(argv if argv is not None else sys.argv[1:]),
              "products": args.products, "generation": generation or "cached", "gc": gc.isenabled()}
    log("open-to-ready (fresh subprocesses)")
    result["open_to_ready"] = bench_open(run_dir, products=args.products, runs=7, rng=rng)
    db = TillDatabase.open(run_dir)
    service = SaleService(db)
    log(f"lookup ({args.lookups:,} random codes)")
    result["lookup"] = bench_lookup(service, products=args.products, samples=args.lookups, rng=rng)
    log("add to basket")
    result["add_to_basket"] = bench_add(service, products=args.products, samples=5000, rng=rng)
    log(f"commit ({args.sales:,} three-line sales)")
    result["commit"], sales = bench_commit(service, products=args.products, sales=args.sales, rng=rng)
    baskets = out / "run" / "baskets.csv"
    result["replay"] = {"lines": write_baskets(baskets, products=args.products, baskets=args.baskets, rng=rng)}
    log(f"replay ({args.baskets:,} baskets)")
    result["replay"].update(bench_replay(service, baskets))
    db.close()
    log("bare sqlite3 reference")
    result["bare_sqlite_commit"] = bench_bare(run_dir / DB_NAME, bare_rows(sales))

    ratio = result["commit"]["p99_ms"] / result["bare_sqlite_commit"]["p99_ms"]
    result["commit_vs_bare_p99"] = round(ratio, 2)
    checks = {
        "lookup_p99_ms": (result["lookup"]["p99_ms"], "<="),
        "commit_p99_ms": (result["commit"]["p99_ms"], "<="),
        "commit_vs_bare_p99": (result["commit_vs_bare_p99"], "<="),
        "replay_baskets_per_s": (result["replay"]["baskets_per_s"], ">="),
        "open_to_ready_s": (result["open_to_ready"]["with_interpreter_s"]["max"], "<="),
    }
    result["targets"] = {name: {"value": value, "target": f"{op} {TARGETS[name]}",
                                "pass": value <= TARGETS[name] if op == "<=" else value >= TARGETS[name]}
                         for name, (value, op) in checks.items()}
    result["all_pass"] = all(t["pass"] for t in result["targets"].values())
    text = json.dumps(result, ensure_ascii=False, indent=2)
    (out / "bench_till.json").write_text(text + "\n")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
