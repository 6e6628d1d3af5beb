"""Replenishment and purchase orders: the suggestion's inputs and arithmetic from HQ's own figures, a purchase
order from edited quantities, its CSV/XLSX, sending it (on order) and receiving it into stock exactly once with
the weights that arrived (SQLite and PostgreSQL)."""
from __future__ import annotations

import csv
import io
from datetime import timedelta

import openpyxl
from sqlalchemy import update

from backoffice.analytics.replenishment import OrderPolicy, suggest_order
from sync.server.core.db import writing
from sync.server.crud import purchase_orders
from sync.server.forecasting import run_job
from sync.server.models import products
from tests.sync.server.forecast_data import DAYS, FIRST, LAST, apples, history
from tests.sync.server.office import session

API = "/api/v1"


def _farm(world, skus) -> str:
    """Apples and bread from one farm: lead time 2, review 3; apples perishable (7 days), 10 % loss, 5 kg packs."""
    farm = f"{world.store}-farm"
    with writing(world.engine) as connection:
        connection.execute(update(products).where(products.c.sku.in_([skus["apple"], skus["bread"]]))
                           .values(supplier=farm))
    admin = {"Authorization": f"Bearer {world.admin}"}
    assert world.client.put(f"{API}/suppliers", headers=admin, json={"suppliers": [
        {"id": farm, "name": "Green Farm", "lead_time_days": 2, "review_days": 3}]}).status_code == 200
    assert world.client.put(f"{API}/products/supply", headers=admin, json={"products": [
        {"sku": skus["apple"], "shelf_life_days": 7, "loss_rate": 1000, "pack_size": 5_000, "min_order": 10_000},
        {"sku": skus["bread"]}]}).status_code == 200
    return farm


def _level(world, sku: str, headers) -> int:
    """HQ's level of one product (the catalog is shared by every test's store: no listing of all of it)."""
    answer = world.client.get(f"{API}/stores/{world.store}/products/{sku}/movements", headers=headers,
                              params={"limit": 1})
    assert answer.status_code == 200, answer.text
    return answer.json()["level"]


def test_a_suggestion_shows_its_inputs_and_follows_the_policy(world):
    skus = history(world)
    farm = _farm(world, skus)
    run_job(world.engine, store_id=world.store, processes=1, last=LAST)
    manager = session(world, store=world.store)
    answer = world.client.get(f"{API}/stores/{world.store}/replenishment", headers=manager,
                              params={"supplier": farm, "service_level": 9800})
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert {"id": farm, "name": "Green Farm", "products": 2} in body["suppliers"]
    apple = next(line for line in body["lines"] if line["sku"] == skus["apple"])
    sold = sum(apples(FIRST + timedelta(days=d)) for d in range(DAYS))
    assert apple["on_hand"] == 400_000 - sold and apple["on_order"] == 0
    assert (apple["lead_time_days"], apple["review_days"], apple["pack_size"], apple["min_order"]) == (2, 3, 5_000,
                                                                                                       10_000)
    view = world.client.get(f"{API}/stores/{world.store}/forecasts/{skus['apple']}", headers=manager).json()
    daily = [d["forecast"] for d in view["forecast"]]
    assert apple["cycle_demand"] == sum(daily[:5]) and apple["shelf_life_cap"] == sum(daily[:9])
    expected = suggest_order(forecast=daily, error_sigma=_sigma(world, skus["apple"]), on_hand=apple["on_hand"],
                             on_order=0, policy=OrderPolicy(lead_time_days=2, review_days=3, service_level_bp=9800,
                                                            pack_size=5_000, min_order=10_000, shelf_life_days=7,
                                                            loss_rate_bp=1000))
    assert (apple["suggested"], apple["safety_stock"], apple["order_up_to"]) == (
        expected.order, expected.safety_stock, expected.order_up_to)
    assert apple["suggested"] % 5_000 == 0 and not apple["stale"]
    assert world.client.get(f"{API}/stores/{world.store}/replenishment", headers=manager,
                            params={"supplier": "nobody"}).json()["lines"] == []


def _sigma(world, sku: str) -> int:
    from sync.server.core.db import reading
    from sync.server.crud import forecasts
    with reading(world.engine) as connection:
        return forecasts.one(connection=connection, store_id=world.store, sku=sku)["sigma"]


def test_an_order_is_made_exported_sent_and_received_once(world):
    skus = history(world)
    farm = _farm(world, skus)
    run_job(world.engine, store_id=world.store, processes=1, last=LAST)
    manager = session(world, store=world.store)
    base = f"{API}/stores/{world.store}/purchase-orders"
    bad = world.client.post(base, headers=manager, json={"supplier": farm, "lines": [
        {"sku": skus["bread"], "ordered": 2_500}, {"sku": skus["combo"], "ordered": 1_000},
        {"sku": world.sku("nope"), "ordered": 1_000}]})
    assert bad.status_code == 422 and all(word in bad.json()["message"] for word in ("whole pieces", "combo", "nope"))
    assert world.client.post(base, headers=manager, json={"supplier": farm, "lines": [
        {"sku": skus["apple"], "ordered": 1.5}]}).status_code == 422
    made = world.client.post(base, headers=manager, json={"supplier": farm, "lines": [
        {"sku": skus["apple"], "suggested": 15_000, "ordered": 12_345}, {"sku": skus["bread"], "ordered": 20_000}]})
    assert made.status_code == 201, made.text
    order = made.json()
    assert order["status"] == "draft" and [line["ordered"] for line in order["lines"]] == [12_345, 20_000]
    path = f"{base}/{order['id']}"
    text = world.client.get(f"{path}/export", headers=manager, params={"format": "csv"})
    assert text.headers["content-type"].startswith("text/csv") and "attachment" in text.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(text.content.decode("utf-8-sig"))))
    assert [(r["sku"], r["name_zh"], r["ordered"], r["suggested"]) for r in rows] == [
        (skus["apple"], "苹果", "12.345", "15.000"), (skus["bread"], "面包", "20.000", "0.000")]
    book = openpyxl.load_workbook(io.BytesIO(world.client.get(f"{path}/export", headers=manager,
                                                              params={"format": "xlsx"}).content))
    sheet = list(book.active.iter_rows(values_only=True))
    assert sheet[0][:5] == ("order", "store", "supplier", "status", "sku") and str(sheet[1][9]) == "12.345"

    def on_order() -> int:
        lines = world.client.get(f"{API}/stores/{world.store}/replenishment", headers=manager).json()["lines"]
        return next(line["on_order"] for line in lines if line["sku"] == skus["apple"])

    assert on_order() == 0
    assert world.client.post(f"{path}/send", headers=manager).json()["status"] == "sent"
    assert world.client.post(f"{path}/send", headers=manager).json()["status"] == "sent"
    assert on_order() == 12_345
    before = {name: _level(world, skus[name], manager) for name in ("apple", "bread")}
    wrong = world.client.post(f"{path}/receive", headers=manager, json={"lines": [{"sku": skus["cheese"],
                                                                                   "quantity": 1}]})
    assert wrong.status_code == 422 and _level(world, skus["apple"], manager) == before["apple"]
    got = world.client.post(f"{path}/receive", headers=manager, json={"lines": [{"sku": skus["apple"],
                                                                                 "quantity": 12_400}]})
    assert got.status_code == 200, got.text
    assert got.json()["repeated"] is False and got.json()["order"]["status"] == "received"
    assert [line["received"] for line in got.json()["order"]["lines"]] == [12_400, 20_000]
    again = world.client.post(f"{path}/receive", headers=manager, json={"lines": [{"sku": skus["apple"],
                                                                                   "quantity": 99_000}]})
    assert again.json()["repeated"] is True
    assert _level(world, skus["apple"], manager) == before["apple"] + 12_400
    assert _level(world, skus["bread"], manager) == before["bread"] + 20_000
    assert on_order() == 0
    assert world.client.post(f"{path}/send", headers=manager).status_code == 409
    listed = world.client.get(base, headers=manager, params={"status": "received"}).json()
    assert [o["id"] for o in listed["orders"]] == [order["id"]] and listed["next"] is None


def test_receiving_in_two_transactions_adds_stock_once(world):
    skus = history(world)
    with writing(world.engine) as connection:
        order = purchase_orders.create(connection=connection, store_id=world.store, supplier="", actor="m",
                                       lines=[{"sku": skus["apple"], "suggested": 0, "ordered": 1_000}])
    results = []
    for _ in range(2):
        with writing(world.engine) as connection:
            results.append(purchase_orders.receive(connection=connection, store_id=world.store, order_id=order["id"],
                                                   lines=None, actor="m"))
    assert [r["repeated"] for r in results] == [False, True]
    manager = session(world, store=world.store)
    movements = world.client.get(f"{API}/stores/{world.store}/products/{skus['apple']}/movements",
                                 headers=manager).json()["movements"]
    assert sum(1 for m in movements if m["kind"] == "goods_in" and "purchase order" in m["reason"]) == 1


def test_orders_belong_to_their_store(world):
    skus = history(world)
    from sync.server import bootstrap
    bootstrap.add_store(world.engine, store_id=f"{world.store}y", name="other")
    foreign = session(world, store=f"{world.store}y")
    manager = session(world, store=world.store)
    made = world.client.post(f"{API}/stores/{world.store}/purchase-orders", headers=manager,
                             json={"supplier": "", "lines": [{"sku": skus["apple"], "ordered": 1_000}]}).json()
    for method, tail in (("get", ""), ("post", "/receive"), ("post", "/send"), ("get", "/export")):
        assert getattr(world.client, method)(f"{API}/stores/{world.store}/purchase-orders/{made['id']}{tail}",
                                             headers=foreign).status_code == 403
    assert world.client.get(f"{API}/stores/{world.store}y/purchase-orders/{made['id']}",
                            headers=foreign).status_code == 404
    cashier = session(world, role="cashier", store=world.store)
    assert world.client.get(f"{API}/stores/{world.store}/replenishment", headers=cashier).status_code == 403


def test_two_receipts_at_once_add_the_stock_once(world):
    """Two workers receiving the same order at the same moment: the order's row lock (PostgreSQL) or the single
    writer (SQLite) makes the second wait and find it received."""
    import threading

    skus = history(world)
    with writing(world.engine) as connection:
        order = purchase_orders.create(connection=connection, store_id=world.store, supplier="", actor="m",
                                       lines=[{"sku": skus["bread"], "suggested": 0, "ordered": 7_000}])
    manager = session(world, store=world.store)
    before = _level(world, skus["bread"], manager)
    start, results, errors = threading.Barrier(2), [], []

    def receive() -> None:
        try:
            start.wait()
            with writing(world.engine) as connection:
                results.append(purchase_orders.receive(connection=connection, store_id=world.store,
                                                       order_id=order["id"], lines=None, actor="m")["repeated"])
        except Exception as error:      # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=receive) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == [] and sorted(results) == [False, True]
    assert _level(world, skus["bread"], manager) == before + 7_000
