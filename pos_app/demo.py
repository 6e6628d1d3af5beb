"""`freshtill demo`: the whole product on one machine with no hardware and no network set up.

It starts an embedded HQ (SQLite, HTTPS with its own generated CA), enrolls a demo till to it, serves a first
customer through the simulated scanner, scale and receipt printer, rings the rest of a day of baskets while the
sync worker pushes every sale to HQ in the background, and ends by comparing HQ's books with the till's.

This module is a composition root like cli.py: it is the one place that wires services to concrete simulated
devices and to the HQ server, which the services themselves may not import.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from pos_app.core.basket import Basket
from pos_app.core.money import CNY
from pos_app.core.receipt import StoreInfo, build_receipt
from pos_app.core.tenders import TenderKind, TenderRequest
from pos_app.hardware.printer.escpos_decode import to_text
from pos_app.hardware.printer.escpos_render import render_job
from pos_app.hardware.printer.printer_setting import parse_printer_setting
from pos_app.hardware.scale import SimulatedScale, sale_grams
from pos_app.hardware.scanner.simulated import SimulatedScanner
from pos_app.services.catalog_files import import_catalog
from pos_app.services.checkout import SaleService
from pos_app.services.print_queue import PrintQueue
from pos_app.services.replay import replay, summarize
from pos_app.services.stock_files import count_stock
from pos_app.storage import outbox, settings_repo
from pos_app.storage.database import TillDatabase
from pos_app.storage.db import data_dir
from sync.client.client import SyncClient
from sync.client.enrollment import enroll
from sync.client.worker import SyncWorker
from sync.products import product_to_wire

DEMO = Path(__file__).resolve().parent.parent / "resources" / "demo"
STORE = StoreInfo(name="鲜到家 · 河畔店", name_en="FreshTill Riverside Market",
                  lines=("河畔路 88 号  88 Riverside Road", "电话 Tel 021-5555 0188"))
STORE_ID = "riverside"
RECEIPTS_WAIT_S = 60.0   # the simulated printer writes a file: a day of receipts takes a few seconds at most


def register(subparsers) -> None:
    demo = subparsers.add_parser("demo", help="the demo store: the till window with simulated scale, scanner and "
                                              "printer, synced to an embedded HQ; without a screen (or with "
                                              "--headless) a scripted day of baskets")
    demo.add_argument("--headless", action="store_true", help="ring the scripted day instead of opening the window")
    demo.add_argument("--json", action="store_true", help="headless; print the day's summary as JSON")
    demo.add_argument("--language", choices=("zh_CN", "en"), default="zh_CN", help="the window's language")
    demo.set_defaults(handler=_demo)


def has_screen() -> bool:
    """Whether a window can be shown: always on Windows and macOS; on Linux, with an X11 or Wayland display
    (and not Qt's offscreen platform, which tests and screenshots use)."""
    if os.environ.get("QT_QPA_PLATFORM", "").startswith(("offscreen", "minimal")):
        return False
    return not sys.platform.startswith("linux") or bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def screen_problem() -> str | None:
    """Why Qt cannot open a window here, or None. Qt aborts the whole process when its platform plugin does
    not load (on a fresh Linux, X11 client libraries such as libxcb-cursor0 or libxcb-icccm4 may be missing),
    so a child process tries first and the libraries it lacked are named in a sentence."""
    import re
    import subprocess
    probe = "from PySide6.QtGui import QGuiApplication; QGuiApplication([])"
    try:
        done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=30,
                              env={**os.environ, "QT_DEBUG_PLUGINS": "1"})
    except subprocess.TimeoutExpired:
        return "Qt did not connect to the display within 30 s"
    if done.returncode == 0:
        return None
    missing = sorted(set(re.findall(r"(lib[\w.+-]+\.so[\w.]*): cannot open shared object file", done.stderr)))
    if missing:
        return f"Qt's platform plugin needs {', '.join(missing)} (install the system packages that provide them)"
    return "Qt could not open the display (" + (done.stderr.strip().splitlines() or ["no message"])[-1][:200] + ")"


def _demo(args) -> int:
    if not (args.headless or args.json):
        if not has_screen():
            print("No screen here (no DISPLAY or WAYLAND_DISPLAY): running the scripted day instead of the till "
                  "window.")
        elif (problem := screen_problem()) is not None:
            print(f"The till window cannot open here: {problem}. Running the scripted day instead.")
        else:
            from pos_app.till.commands import run as open_till
            return open_till(argparse.Namespace(demo=True, data_dir=args.data_dir, language=args.language,
                                                printer=None, scale_port=None, scale_protocol="toledo8217"))
    return _scripted_day(args)


def _start_hq(db: TillDatabase, folder: Path):
    """An embedded HQ (SQLite, HTTPS with its own CA) in `folder`/hq for the demo store, holding `db`'s
    catalog and the demo users, and `db`'s till enrolled to it (CA pinned; sync.json in `folder`).
    Returns (server, enrolled, CA fingerprint); the caller stops the server."""
    # Imported here: the HQ server (FastAPI, uvicorn) is heavy and only the demo runs it in the till.
    from pos_app.till.context import DEMO_USERS
    from sync.server import bootstrap
    from sync.server.core.config import Settings
    from sync.server.core.tls import fingerprint
    from sync.server.runner import ServerThread

    hq = ServerThread(Settings(data_dir=folder / "hq", refresh_s=0.05))
    hq.__enter__()
    try:
        bootstrap.add_store(hq.engine, store_id=STORE_ID, name=STORE.name_en)
        bootstrap.seed_catalog(hq.engine, [product_to_wire(p) for p in db.catalog.iter_all()])
        for user_id, name, role, pin in DEMO_USERS:
            bootstrap.add_user(hq.engine, user_id=user_id, role=role, store_id=STORE_ID, name=name, pin=pin)
        ca = fingerprint((folder / "hq" / "tls" / "ca.pem").read_text())
        code = bootstrap.enrollment_code(hq.engine, store_id=STORE_ID)
        enrolled = enroll(db=db, data_dir=folder, hq_url=hq.url, code=code, ca_fingerprint=ca, till_name="Till 1")
    except BaseException:
        hq.__exit__(None, None, None)
        raise
    return hq, enrolled, ca


def window_hq(context, folder: Path) -> None:
    """For the till window's demo (on its sync thread): start the embedded HQ and enroll the demo till; the
    HQ stops when the window's context closes, after the sync worker."""
    hq, _enrolled, _ca = _start_hq(context.db, folder)
    context.closers.append(lambda: hq.__exit__(None, None, None))


def _scripted_day(args) -> int:
    folder = data_dir(args.data_dir) / "demo"
    shutil.rmtree(folder, ignore_errors=True)  # the demo always starts from the same morning
    say = (lambda *_: None) if args.json else print
    say("FreshTill demo — an embedded HQ, one till, simulated devices, one day of trading")
    with TillDatabase.open(folder / "till") as db:
        imported = import_catalog(db, DEMO / "catalog.csv")
        with db.transaction() as connection:
            settings_repo.put(connection, "store_name", STORE.name)
            settings_repo.put(connection, "store_name_en", STORE.name_en)
            settings_repo.put(connection, "receipt_header", list(STORE.lines))
        hq, enrolled, ca = _start_hq(db, folder / "till")
        try:
            result, receipts = _trade(db, hq=hq, enrolled=enrolled, ca=ca, folder=folder, say=say, imported=imported)
        finally:
            hq.__exit__(None, None, None)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        _print_day(result, folder=folder)
    return 0 if result["reconciled"] else 1


def _trade(db: TillDatabase, *, hq, enrolled, ca: str, folder: Path, say, imported):
    """The first customer through the devices, then the day's baskets while the worker syncs; HQ vs till."""
    from sync.server.models import sales as hq_sales

    say(f"  HQ            {hq.url}  (HTTPS, CA {ca[:23]}…)")
    say(f"  till          enrolled as {enrolled.credentials.till_id}, CA pinned; data in {folder}")
    count_stock(db, DEMO / "stock.csv")  # a new store starts from an opening stock take

    receipts = folder / "receipts.bin"
    queue = PrintQueue(db, printer=parse_printer_setting(f"file://{receipts}"), idle_poll=None)
    client = SyncClient.from_credentials(db=db, credentials=enrolled.credentials)
    worker = SyncWorker(client=client, interval=1.0)
    queue.start()
    worker.start()
    try:
        first, committed = _first_customer(db, queue=queue, worker=worker, say=say)
        reached = _wait_acknowledged(db, sale_uuid=first.uuid, since=committed, timeout=20.0)
        say(f"  first sale    reached HQ in {reached:.2f} s" if reached is not None
            else "  first sale    not yet at HQ (it waits in the outbox; nothing is lost)")

        def printed(_basket: str, sale) -> None:
            job = render_job(build_receipt(sale=sale, store=STORE, language="zh"), width_mm=58)
            queue.enqueue(job.data, sale_id=sale.uuid, kick_drawer=job.kick_drawer)
            worker.poke()

        service = SaleService(db)
        summary = summarize(service, replay(service, DEMO / "baskets.csv", on_commit=printed))
        unprinted = queue.wait_until_printed(timeout=RECEIPTS_WAIT_S)
    finally:
        worker.stop()
        queue.stop()
    final = client.sync_once()   # whatever the worker had not sent yet
    client.close()
    with hq.engine.connect() as connection:
        hq_count, hq_total = connection.execute(
            select(func.count(), func.coalesce(func.sum(hq_sales.c.total), 0))).one()
    with db.reading() as connection:
        till_count, till_total = connection.exec_driver_sql(
            "SELECT count(*), coalesce(sum(total), 0) FROM sales").one()
        pending = outbox.pending_count(connection)
    result = {**summary, "hq": {"sales": hq_count, "revenue": "¥" + CNY.format(hq_total), "url": hq.url},
              "till": {"sales": till_count, "revenue": "¥" + CNY.format(till_total), "pending_events": pending},
              "reconciled": hq_count == till_count and hq_total == till_total and pending == 0,
              "receipts": str(receipts), "receipts_still_queued": unprinted, "products": imported.products,
              "last_sync": final.as_json()}
    return result, receipts


def _first_customer(db: TillDatabase, *, queue: PrintQueue, worker: SyncWorker, say):
    """One basket through the devices a real till uses: a scanned bottle, tomatoes on the scale, cash."""
    service = SaleService(db)
    basket = Basket()
    scanned: list[str] = []
    scanner = SimulatedScanner()
    scanner.start(scanned.append)
    cola = next(p for p in db.catalog.iter_all() if p.sold_by.value == "piece" and p.barcodes)
    scanner.scan(cola.barcodes[0])
    for code in scanned:
        service.add_code(basket, code)
    scale = SimulatedScale(protocol="toledo8217")
    scale.state.put(532)
    grams = sale_grams(scale.read())            # only a stable weight above zero is taken
    tomato = db.catalog.by_sku("V001")
    service.add_product(basket, tomato, quantity=grams, weighed=True)
    scale.close()
    sale = service.checkout(basket, tenders=[TenderRequest(TenderKind.CASH, 5000)], cashier="c01")
    committed = time.monotonic()
    job = render_job(build_receipt(sale=sale, store=STORE, language="zh", cashier="王芳"), width_mm=58)
    queue.enqueue(job.data, sale_id=sale.uuid, kick_drawer=job.kick_drawer)   # cash: the drawer opens
    worker.poke()
    say(f"  first sale    scanned {cola.name_zh} {cola.name_en}; weighed {grams} g {tomato.name_zh} on the "
        f"simulated Toledo scale; paid cash ¥50.00, change ¥{CNY.format(sale.change)}")
    say("  its receipt, as the simulated 58 mm printer received it:")
    for line in to_text(job.data).splitlines():
        say("    | " + line)
    return sale, committed


def _wait_acknowledged(db: TillDatabase, *, sale_uuid: str, since: float, timeout: float) -> float | None:
    """Seconds from the sale's commit (`since`, monotonic) until HQ acknowledged it, polled every 10 ms."""
    while time.monotonic() - since < timeout:
        with db.reading() as connection:
            sent = connection.exec_driver_sql(
                "SELECT sent_at IS NOT NULL FROM outbox WHERE uuid = ?", (sale_uuid,)).scalar()
        if sent:
            return time.monotonic() - since
        time.sleep(0.01)
    return None


def _print_day(result: dict, *, folder: Path) -> None:
    print(f"  day           {result['baskets']} baskets, {result['lines']} lines, revenue ¥{result['revenue']}")
    print("  tenders       " + "   ".join(f"{k} ¥{v}" for k, v in result["tenders"].items()))
    for rate, tax in result["tax_by_rate"].items():
        print(f"  tax {rate:>5}     on ¥{tax['gross']}: ¥{tax['tax']}")
    hq, till = result["hq"], result["till"]
    verdict = "equal to the fen" if result["reconciled"] else "NOT equal: see freshtill sync status"
    print(f"  till          {till['sales']} sales, {till['revenue']}; events waiting for HQ: {till['pending_events']}")
    print(f"  HQ            {hq['sales']} sales, {hq['revenue']} — {verdict}")
    queued = f"; {result['receipts_still_queued']} still queued for the next start" if result["receipts_still_queued"] else ""
    print(f"  receipts      {result['receipts']}  (read them: freshtill devices receipt show FILE){queued}")
    print(f"  stock         freshtill --data-dir {folder / 'till'} stock")
    if result["problems"]:
        print(f"  {len(result['problems'])} rows could not be rung:")
        for problem in result["problems"][:10]:
            print(f"    line {problem['line']} ({problem['basket']}): {problem['reason']}")
