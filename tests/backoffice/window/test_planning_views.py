"""The Replenishment and Forecasts views under pytest-qt against the real in-process HQ, fed by a real till that
rang five weeks of back-dated sales (tomatoes by weight with a weekend peak, cola by the piece) and pushed them
with its real sync client; HQ's nightly job then forecast them. What the views show is compared with the till's
own sales and HQ's own levels; a purchase order typed in the window is exported, sent and received, and the
stock rises by exactly what was ordered, once."""
from __future__ import annotations

import csv
import dataclasses
from datetime import datetime, timedelta

import openpyxl
import pytest

from pos_app.core.basket import Basket
from pos_app.core.tenders import TenderKind, TenderRequest
from pos_app.services.checkout import SaleService
from sync.products import product_to_wire
from sync.server import bootstrap
from sync.server.core.db import writing
from sync.server.crud import supply
from sync.server.forecasting import run_job
from tests.backoffice.window.conftest import STORE, idle, sign_in
from tests.backoffice.window.test_window import hq_level
from tests.conftest import small_catalog

pytestmark = pytest.mark.qt
DAYS = 35
FARM = "farm"


def tomatoes(day) -> int:
    return 3_250 if day.weekday() >= 5 else 1_500


@pytest.fixture(scope="module")
def planned(world):
    """Five weeks of sales before today, goods in before them, supply terms, then HQ's forecasting run."""
    engine = world.hq.engine
    wires = [product_to_wire(dataclasses.replace(p, supplier=FARM)) for p in small_catalog() if p.sku in ("V1", "P1")]
    bootstrap.seed_catalog(engine, wires)
    with writing(engine) as connection:
        supply.upsert_suppliers(connection=connection, actor="test", items=[
            {"id": FARM, "name": "Green Farm", "lead_time_days": 1, "review_days": 2, "min_order_amount": 0,
             "active": True}])
        supply.upsert_terms(connection=connection, actor="test", items=[{"sku": "V1", "pack_size": 1_000, "loss_rate": 0, "min_order": 0}])
    now = datetime.now().astimezone().replace(hour=10, minute=0, second=0, microsecond=0)
    from backoffice.window.hq_client import HqClient, settle_trust
    from tests.backoffice.window.conftest import MANAGER, PASSWORD
    office = HqClient(settle_trust(world.url, fingerprint=world.fingerprint))
    office.login(user=MANAGER, password=PASSWORD)
    office.stock_operation(store_id=STORE, kind="goods_in", at=(now - timedelta(days=DAYS + 1)).isoformat(),
                           lines=[{"sku": "V1", "quantity": 200_000}, {"sku": "P1", "quantity": 200_000}])
    office.close()
    world.client.pull_once()
    service = SaleService(world.db)
    sold = {}
    for back in range(DAYS, 0, -1):
        when = now - timedelta(days=back)
        basket = Basket()
        service.add_product(basket, world.db.catalog.by_sku("V1"), quantity=tomatoes(when.date()), weighed=True)
        service.add_product(basket, world.db.catalog.by_sku("P1"), quantity=2_000, weighed=False)
        sale = service.checkout(basket, tenders=[TenderRequest(TenderKind.CARD, reference="r")], cashier="c1", at=when)
        sold[when.date().isoformat()] = sum(line.quantity * line.count for line in sale.lines if line.sku == "V1")
    world.client.push_once()
    run = run_job(engine, store_id=STORE, processes=1)
    assert run["status"] == "finished" and run["done"] == run["total"] >= 2
    return sold


def test_the_forecast_view_charts_the_tills_sales_and_the_model(open_window, qtbot, world, planned):
    window = open_window(world=world)
    sign_in(qtbot, window, fingerprint=world.fingerprint)
    window.tabs.setCurrentWidget(window.forecasts)
    idle(qtbot, window)
    screen = window.forecasts
    assert {screen.choice.itemData(i) for i in range(screen.choice.count())} >= {"V1", "P1"}
    assert "Last forecast run finished" in screen.run_state.text()
    screen.select(kind="product", key="V1")
    idle(qtbot, window)
    chart = screen.chart
    shown = {day["date"]: day["quantity"] for day in chart.history}
    assert {day: shown[day] for day in planned} == planned            # the till's own sales, to the gram
    assert len(chart.forecast) == 28 and all(d["low"] <= d["forecast"] <= d["high"] for d in chart.forecast)
    weekend = [d["forecast"] for d in chart.forecast if datetime.fromisoformat(d["date"]).weekday() >= 5]
    weekday = [d["forecast"] for d in chart.forecast if datetime.fromisoformat(d["date"]).weekday() < 5]
    assert min(weekend) > max(weekday)                                # the weekend peak is forecast
    accuracy = screen.view["accuracy"]
    assert screen.model_line.text().startswith("Model used: ") and "RMSSE" in screen.accuracy_line.text()
    assert ("Seasonal naive is used" in screen.baseline_line.text()) == accuracy["fallback"]
    first = screen.view["computed_at"]
    assert screen.recompute_button.isEnabled()
    screen.recompute()
    idle(qtbot, window, timeout=60_000)
    assert screen.state.text() == "Recomputed just now." and screen.view["computed_at"] > first
    screen.select(kind="category", key=screen.view["category"])
    idle(qtbot, window)
    assert screen.view["sku"] is None and chart.title.startswith("Category") and not screen.recompute_button.isEnabled()
    window.languages.use("zh_CN")
    qtbot.waitUntil(lambda: window.tabs.tabText(window.tabs.indexOf(screen)) == "需求预测")   # LanguageChange is posted
    qtbot.waitUntil(lambda: screen.kind.itemText(1) == "分类" and "所用模型" not in screen.model_line.text())
    window.languages.use("en")
    qtbot.waitUntil(lambda: window.tabs.tabText(window.tabs.indexOf(screen)) == "Forecasts")


def test_a_purchase_order_typed_in_the_window_is_exported_sent_and_received_once(open_window, qtbot, world,
                                                                               planned, tmp_path):
    window = open_window(world=world)
    sign_in(qtbot, window, fingerprint=world.fingerprint)
    window.tabs.setCurrentWidget(window.replenishment)
    idle(qtbot, window)
    screen = window.replenishment
    screen.supplier.setCurrentIndex(screen.supplier.findData(FARM))
    idle(qtbot, window)
    model = screen.model
    rows = {line["sku"]: r for r, line in enumerate(model.lines)}
    assert set(rows) == {"V1", "P1"}
    tomato = model.lines[rows["V1"]]
    assert tomato["on_hand"] == hq_level(world, "V1") and tomato["lead_time_days"] == 1
    assert tomato["suggested"] % 1_000 == 0                          # whole 1 kg packs
    order = model.index(rows["V1"], model.COLUMNS.index("order"))
    assert model.setData(order, "12.3456") is False and "finer than 0.001" in screen.banner.text()
    assert model.setData(model.index(rows["P1"], model.COLUMNS.index("order")), "1.5") is False
    assert model.setData(order, "12.345") is True and model.data(order) == "12.345 kg"
    model.setData(model.index(rows["P1"], model.COLUMNS.index("order")), "6")
    screen.make_order()
    idle(qtbot, window)
    made = screen.order
    assert made["status"] == "draft" and {(l["sku"], l["ordered"]) for l in made["lines"]} == {("V1", 12_345),
                                                                                               ("P1", 6_000)}
    screen.export_to(tmp_path / "order.csv", kind="csv")
    screen.export_to(tmp_path / "order.xlsx", kind="xlsx")
    idle(qtbot, window)
    with open(tmp_path / "order.csv", encoding="utf-8-sig", newline="") as source:
        lines = {row["sku"]: row for row in csv.DictReader(source)}
    assert lines["V1"]["ordered"] == "12.345" and lines["V1"]["name_zh"] == "西红柿"
    sheet = list(openpyxl.load_workbook(tmp_path / "order.xlsx").active.iter_rows(values_only=True))
    assert len(sheet) == 3 and "Saved" in screen.banner.text()
    screen.advance("send")
    idle(qtbot, window)
    assert screen.order["status"] == "sent"
    assert screen.model.lines[rows["V1"]]["on_order"] == 12_345
    before = hq_level(world, "V1")
    screen.advance("receive")
    idle(qtbot, window)
    assert screen.order["status"] == "received" and hq_level(world, "V1") == before + 12_345
    assert not screen.order_buttons["receive"].isEnabled()
    screen.order = made | {"status": "sent"}           # a stale window posting again: HQ receives it only once
    screen.advance("receive")
    idle(qtbot, window)
    assert hq_level(world, "V1") == before + 12_345 and screen.order["status"] == "received"


def test_the_views_ask_for_one_store(open_window, qtbot, world, planned):
    from tests.backoffice.window.conftest import ADMIN
    window = open_window(world=world)
    sign_in(qtbot, window, user=ADMIN)
    idle(qtbot, window)
    assert window.selected_store() is None
    assert window.replenishment.state.text() == "Choose one store to order for it."
    assert not window.replenishment.make_button.isEnabled()
    assert window.forecasts.state.text() == "Choose one store to see its forecasts."
    window.store.setCurrentIndex(window.store.findData(STORE))
    idle(qtbot, window)
    assert window.replenishment.make_button.isEnabled()


def test_a_delivery_is_received_with_the_weights_that_arrived(open_window, qtbot, world, planned):
    window = open_window(world=world)
    sign_in(qtbot, window, fingerprint=world.fingerprint)
    window.tabs.setCurrentWidget(window.replenishment)
    idle(qtbot, window)
    screen = window.replenishment
    screen.supplier.setCurrentIndex(screen.supplier.findData(FARM))
    idle(qtbot, window)
    rows = {line["sku"]: r for r, line in enumerate(screen.model.lines)}
    column = screen.model.COLUMNS.index("order")
    screen.model.setData(screen.model.index(rows["V1"], column), "10")
    screen.model.setData(screen.model.index(rows["P1"], column), "4")
    screen.make_order()
    idle(qtbot, window)
    before = {sku: hq_level(world, sku) for sku in ("V1", "P1")}
    dialog = screen.open_receipt()
    dialog.set_arrived("V1", "9.876")
    dialog.set_arrived("P1", "2.5")
    dialog.receive()
    assert "P1" in dialog.result.text() and screen.order["status"] == "draft"        # refused before sending
    assert {sku: hq_level(world, sku) for sku in ("V1", "P1")} == before
    dialog.set_arrived("P1", "0")
    dialog.receive()
    idle(qtbot, window)
    assert dialog.result.text() == "Received into stock." and screen.order["status"] == "received"
    assert hq_level(world, "V1") == before["V1"] + 9_876 and hq_level(world, "P1") == before["P1"]
    assert {line["sku"]: line["received"] for line in screen.order["lines"]} == {"V1": 9_876, "P1": 0}
    assert not screen.order_buttons["receive"].isEnabled()
    dialog.close()


def test_an_order_sent_earlier_is_there_to_receive_in_a_new_window(open_window, qtbot, world, planned):
    """The lorry comes the day after the order went out: the view opens on the newest open order, and any
    earlier one can be picked from the list."""
    from backoffice.window.hq_client import HqClient, settle_trust
    from tests.backoffice.window.conftest import MANAGER, PASSWORD
    office = HqClient(settle_trust(world.url, fingerprint=world.fingerprint))
    office.login(user=MANAGER, password=PASSWORD)
    try:
        older = office.create_purchase_order(store_id=STORE, supplier=FARM,
                                             lines=[{"sku": "V1", "suggested": 0, "ordered": 1_000}])
        office.purchase_order(store_id=STORE, order_id=older["id"], action="receive")
        sent = office.create_purchase_order(store_id=STORE, supplier=FARM,
                                            lines=[{"sku": "V1", "suggested": 0, "ordered": 7_500}])
        office.purchase_order(store_id=STORE, order_id=sent["id"], action="send")
    finally:
        office.close()
    window = open_window(world=world)
    sign_in(qtbot, window, fingerprint=world.fingerprint)
    window.tabs.setCurrentWidget(window.replenishment)
    screen = window.replenishment
    qtbot.waitUntil(lambda: screen.order is not None)
    idle(qtbot, window)
    assert screen.order["id"] == sent["id"] and screen.order["status"] == "sent"
    assert screen.order_buttons["receive"].isEnabled() and not screen.order_buttons["send"].isEnabled()
    assert screen.picker.currentData() == sent["id"]
    assert screen.picker.findData(older["id"]) > screen.picker.findData(sent["id"]) > 0    # newest first
    screen.picker.activated.emit(screen.picker.findData(older["id"]))                      # the manager picks it
    qtbot.waitUntil(lambda: screen.order["id"] == older["id"])
    assert screen.order["status"] == "received" and not screen.order_buttons["receive"].isEnabled()
    assert f"#{older['id']}" in screen.picker.currentText()
