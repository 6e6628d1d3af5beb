"""A demo HQ for the back-office window (`freshtill backoffice --demo`, the screenshots): the embedded HQ of
the till demo with the demo store's catalog and opening stock, and two days of the demo baskets rung on a real
till and pushed by its real sync client — a day and the same weekday one week earlier — so every figure the
window shows went the way production figures go. Kept outside backoffice.window: the window itself never
imports HQ's code (the import-linter contract in pyproject.toml).
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from pos_app.demo import DEMO, STORE_ID, _start_hq
from pos_app.services.catalog_files import import_catalog
from pos_app.services.checkout import SaleService
from pos_app.services.replay import replay
from pos_app.storage import outbox
from pos_app.storage.database import TillDatabase
from sync.client.client import SyncClient
from backoffice.window.formatting import parse_amount
from backoffice.window.hq_client import HqClient, settle_trust
from sync.server import bootstrap

ADMIN, PASSWORD = "admin", "freshtill-demo"
SOURCE_DAY = "2026-11-21"          # the day resources/demo/baskets.csv was recorded


@dataclass
class DemoHq:
    url: str
    fingerprint: str
    day: date                       # the day with the demo's trade (the one before last week's copy)
    user: str
    password: str
    _server: object
    _db: TillDatabase

    def close(self) -> None:
        self._server.__exit__(None, None, None)
        self._db.close()


def start(folder: Path, *, day: date | None = None, history: bool = False) -> DemoHq:
    """HQ in `folder` with `day` (default yesterday: every basket is in the past) and a week earlier traded;
    with `history`, ten weeks of trade for the forecasts too, and HQ's forecasting job run (demo_history.py)."""
    day = day or date.today() - timedelta(days=1)
    folder.mkdir(parents=True, exist_ok=True)
    db = TillDatabase.open(folder / "till")
    import_catalog(db, DEMO / "catalog.csv")
    server, enrolled, fingerprint = _start_hq(db, folder / "till")
    try:
        bootstrap.add_user(server.engine, user_id=ADMIN, role="admin", name="Demo admin", password=PASSWORD)
        bootstrap.add_store(server.engine, store_id="hilltop", name="FreshTill Hilltop")
        client = SyncClient.from_credentials(db=db, credentials=enrolled.credentials)
        try:
            _opening_stock(server.url, fingerprint=fingerprint, at=f"{day - timedelta(days=7)}T06:00:00+08:00")
            client.pull_once()               # the till sells from the levels HQ now has
            service = SaleService(db)
            earlier, later = _two_days(folder, day=day)
            replay(service, earlier)
            replay(service, later)
            while _pending(db):
                client.push_once()
        finally:
            client.close()
    except BaseException:
        server.__exit__(None, None, None)
        db.close()
        raise
    hq = DemoHq(url=server.url, fingerprint=fingerprint, day=day, user=ADMIN, password=PASSWORD,
                _server=server, _db=db)
    if history:
        from backoffice.demo_history import ring_history
        try:
            ring_history(hq, folder)
        except BaseException:
            hq.close()
            raise
    return hq


def _opening_stock(url: str, *, fingerprint: str, at: str) -> None:
    """The demo's opening stock as goods received at HQ before the first day traded, through the window's
    own client: a count stamped now would stand after the back-dated sales in every product's history."""
    client = HqClient(settle_trust(url, fingerprint=fingerprint))
    try:
        client.login(user=ADMIN, password=PASSWORD)
        units = {p["sku"]: p["unit"] for p in client.stock(store_id=STORE_ID)}
        with open(DEMO / "stock.csv", newline="", encoding="utf-8") as source:
            lines = [{"sku": row["sku"], "quantity": parse_amount(row["quantity"], unit=units[row["sku"]]),
                      "reason": row["reason"]} for row in csv.DictReader(source) if row["sku"] in units]
        lines = [line for line in lines if line["quantity"] > 0]       # goods in are positive; 0 is none
        client.stock_operation(store_id=STORE_ID, kind="goods_in", lines=lines, at=at)
    finally:
        client.close()


def _two_days(folder: Path, *, day: date) -> tuple[Path, Path]:
    """The demo baskets split in two files: two in three on `day`, every other one a week earlier (so the days
    differ), with the recorded times of day kept."""
    with open(DEMO / "baskets.csv", newline="", encoding="utf-8") as source:
        rows = list(csv.DictReader(source))
    baskets = list(dict.fromkeys(row["basket_id"] for row in rows))
    on_day = {b for n, b in enumerate(baskets) if n % 3 != 2}
    week_before = {b for n, b in enumerate(baskets) if n % 2 == 0}
    paths = []
    for chosen, when, tag in ((week_before, day - timedelta(days=7), "w"), (on_day, day, "d")):
        path = folder / f"baskets-{tag}.csv"
        with open(path, "w", newline="", encoding="utf-8") as out:
            writer = csv.DictWriter(out, fieldnames=list(rows[0]))
            writer.writeheader()
            for row in rows:
                if row["basket_id"] in chosen:
                    writer.writerow({**row, "basket_id": f"{tag}{row['basket_id']}",
                                     "time": row["time"].replace(SOURCE_DAY, when.isoformat())})
        paths.append(path)
    return paths[0], paths[1]


def _pending(db: TillDatabase) -> int:
    with db.reading() as connection:
        return outbox.pending_count(connection)
