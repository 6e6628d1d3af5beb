"""Ten weeks of trade for the demo HQ's forecasts (the screenshots of the Forecasts and Replenishment views):
every product of the demo store but the combos rung day by day on the demo's real till — produce by weight,
meat and fish in portions, packaged goods by the piece, each with a weekend peak, one in ten selling only some
days — pushed by its real sync client, with the goods to sell received at HQ first; then HQ's own nightly
job forecasts them. (With only a few dozen, every other product had just the two days of recorded baskets,
and its forecast showed those two Saturdays' rhythm: sales on Saturdays only.)

The days the demo's recorded baskets fill (its day and the same weekday a week earlier) are left to those
baskets, so the dashboard's figures stay the demo's. Quantities come from a seeded generator: the same every run.
"""
from __future__ import annotations

import random
import time as time_module
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

from pos_app.core.basket import Basket
from pos_app.core.tenders import TenderKind, TenderRequest
from pos_app.demo import STORE_ID
from pos_app.services.checkout import SaleService
from sync.client import credentials
from sync.client.client import SyncClient

DAYS = 70          # ten weeks: enough for the weekly models (shorter series get the category's profile)
TERMS = {"寿光蔬菜合作社 Shouguang Veg Co-op": (1, 2)}     # supplier → (lead time days, review days)


def ring_history(hq, folder: Path) -> dict:
    """Rings the history on `hq`'s till (data in `folder`/till), then runs HQ's forecasting job; the run."""
    from sync.server.core.db import writing
    from sync.server.crud import stock_operations, supply
    from sync.server.forecasting import run_job

    db, engine = hq._db, hq._server.engine
    chosen = _products(db)
    skip = {hq.day, hq.day - timedelta(days=7)}
    days = [hq.day - timedelta(days=back) for back in range(DAYS, -1, -1)]
    plan = {day: _day_lines(chosen, day) for day in days if day not in skip}
    totals: dict[str, int] = {}
    for lines in plan.values():
        for sku, quantity in lines:
            totals[sku] = totals.get(sku, 0) + quantity
    offset = timezone(timedelta(hours=8))          # the demo store's tills are in Shanghai
    start = datetime.combine(days[0] - timedelta(days=1), time(6, 0), tzinfo=offset)
    with writing(engine) as connection:
        # The goods for these sales (and a twentieth more) arrive before the first of them, as HQ records deliveries.
        stock_operations.apply(connection=connection, store_id=STORE_ID, kind="goods_in",
                               operation="6f1c1d3a-6c4e-4a3b-9d43-0d5e3c2b7a11", at=start.isoformat(),
                               actor="demo", lines=[{"sku": sku, "quantity": _packs(total * 21 // 20, sku, chosen),
                                                     "reason": "demo history"} for sku, total in sorted(totals.items())])
        supply.upsert_suppliers(connection=connection, actor="demo", items=[
            {"id": name, "name": name, "lead_time_days": lead, "review_days": review, "min_order_amount": 0,
             "active": True} for name, (lead, review) in TERMS.items()])
        supply.upsert_terms(connection=connection, actor="demo", items=[
            {"sku": p.sku, "lead_time_days": None, "shelf_life_days": 5 if p.unit.value == "kg" else None,
             "loss_rate": 800 if p.unit.value == "kg" else 0, "pack_size": 1000 if p.unit.value == "kg" else None,
             "min_order": 0} for p in chosen])
    client = SyncClient.from_credentials(db=db, credentials=credentials.load(folder / "till"))
    try:
        time_module.sleep(0.3)      # HQ's workers learn of the delivery within their 50 ms refresh; then pull it
        client.pull_once()
        service = SaleService(db)
        for day, lines in plan.items():
            baskets = _baskets(lines)
            for number, part in enumerate(baskets):
                basket = Basket()
                for sku, quantity in part:
                    product = db.catalog.by_sku(sku)
                    if product.sold_by.value == "portion":      # so many of its smallest portion
                        smallest = min(product.portions, key=lambda p: p.size)
                        service.add_product(basket, product, portion=smallest.code, count=quantity // smallest.size)
                    else:
                        service.add_product(basket, product, quantity=quantity, weighed=product.unit.value == "kg")
                # spread over the opening hours, 08:00 to 20:00
                at = datetime.combine(day, time(8, 0), tzinfo=offset) + timedelta(minutes=number * 720 // len(baskets))
                service.checkout(basket, tenders=[TenderRequest(TenderKind.CARD, reference="demo")], cashier="c01",
                                 at=at)
            client.push_once()
    finally:
        client.close()
    return run_job(engine, store_id=STORE_ID, processes=1, last=hq.day)


def _products(db) -> list:
    """Every product sold by weight, by the piece or in portions (combos sell their parts' stock)."""
    return [p for p in sorted(db.catalog.iter_all(), key=lambda p: p.sku)
            if p.sold_by.value in ("weight", "piece") or (p.sold_by.value == "portion" and p.portions)]


def _day_lines(products: list, day: date) -> list[tuple[str, int]]:
    lines = []
    for index, product in enumerate(products):
        rng = random.Random(f"{product.sku}:{day.isoformat()}")
        if index % 10 == 9 and rng.random() < 0.6:
            continue                     # sells only some days
        base = random.Random(product.sku).randint(4, 16)
        peak = 16 if day.weekday() >= 5 else 10
        units = max(base * peak * rng.randint(80, 120) // 1000, 1)     # a tenth of `base`, ±20 %, weekend ×1.6
        if product.sold_by.value == "portion":
            smallest = min(p.size for p in product.portions)
            lines.append((product.sku, max(units // 2, 1) * smallest))          # that many portions
        elif product.unit.value == "kg":
            lines.append((product.sku, units * 1000 + rng.randint(0, 999)))   # grams
        else:
            lines.append((product.sku, units * 3000))
    return lines


def _baskets(lines: list[tuple[str, int]]) -> list[list[tuple[str, int]]]:
    """A day's lines as baskets of six (the till's sales are baskets, not one line each)."""
    return [lines[start:start + 6] for start in range(0, len(lines), 6)]


def _packs(quantity: int, sku: str, products: list) -> int:
    unit = next(p.unit.value for p in products if p.sku == sku)
    return quantity if unit == "kg" else -(-quantity // 1000) * 1000
